"""Issue 15 in the case editor: places of detention, relatives with consent and notifications,
approximate times, international bodies, when the case became known, groups of linked cases;
typed with real key events, saved as one transaction, shown on the overview and filterable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.cases import service as case_service
from tests.ui.drive import when_dialog_opens
from ui.dates import format_edtf
from tests.ui.test_editor import two_cases, unlock, window  # noqa: F401 (fixtures)


def _type(widget, text: str) -> None:
    """Type into a line edit as the user does: focus it, then real key events."""
    widget.setFocus()
    widget.clear()
    QTest.keyClicks(widget, text)


def test_the_new_records_are_typed_saved_shown_and_filterable(vault_key, window, qtbot, two_cases):  # noqa: F811
    unlock(window, two_cases, vault_key)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(1))
    editor = ws.editor
    editor.tabs.setCurrentIndex(editor._tab_index["detention"])

    def held(dialog):
        _type(dialog.place, "SIZO-1, Moscow")
        dialog.since.setText("2021-07-10")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(held)
    editor.detention_tab._edit(-1)
    assert [p.place for p in editor.case.detention] == ["SIZO-1, Moscow"]

    def vanished(dialog):
        QTest.mouseClick(dialog.unknown, Qt.MouseButton.LeftButton)
        dialog.since.setText("2021-12-19")
        _type(dialog.note, "moved for a transfer")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(vanished)
    editor.detention_tab._edit(-1)
    assert editor.case.detention[0].until == "2021-12-19"  # the place held until then is closed

    def mother(dialog):
        _type(dialog.name, "Mother")
        dialog.role.setCurrentIndex(dialog.role.findData("relative"))
        dialog.consent.setCurrentIndex(dialog.consent.findData("yes"))
        dialog.safe.setCurrentIndex(dialog.safe.findData(True))
        _type(dialog.contact_how, "phone, evenings")
        dialog._add_notification_row("2021-12-28", "19:00", "his last call")
        dialog.accept()

    when_dialog_opens(mother)
    editor.parties_tab._edit_party(-1)

    def removal(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("extradited"))
        dialog.date.setText("2021-12-31")
        _type(dialog.time, "17:00")
        QTest.mouseClick(dialog.time_approx, Qt.MouseButton.LeftButton)
        dialog.accept()

    when_dialog_opens(removal)
    editor.add_event()

    def measures(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("interim_measures_granted"))
        dialog.date.setText("2021-12-31")
        _type(dialog.time, "21:30")
        dialog.body.setCurrentIndex(dialog.body.findData("ECtHR"))
        dialog.accept()

    when_dialog_opens(measures)
    editor.add_event()

    editor.tabs.setCurrentIndex(editor._tab_index["context"])
    editor.context_tab.learned_date.setText("2021-12-19")
    _type(editor.context_tab.learned_how, "a colleague's call")

    def group(dialog):
        _type(dialog.name.lineEdit(), "Zhlobin, 9-10 August 2020")
        dialog.accept()

    when_dialog_opens(group)
    editor.context_tab._link()
    assert editor.save()

    saved = case_service.get_case(window.vault, editor.case.id)
    assert [(p.place, p.unknown, p.until) for p in saved.detention] == [
        ("SIZO-1, Moscow", False, "2021-12-19"), (None, True, None)]
    (relative,) = saved.parties
    assert (relative.consent, relative.safe_to_contact, relative.contact_how) == ("yes", True, "phone, evenings")
    assert [(n.date, n.time, n.text) for n in relative.notifications] == [("2021-12-28", "19:00", "his last call")]
    removed, granted = saved.events[-2:]
    assert (removed.time, removed.time_approx, granted.body) == ("17:00", True, "ECtHR")
    assert (saved.learned_date, saved.learned_how) == ("2021-12-19", "a colleague's call")
    assert [g.name for g in saved.groups] == ["Zhlobin, 9-10 August 2020"]
    # the overview shows where the client is, the link and when the case became known
    editor.tabs.setCurrentIndex(editor._tab_index["overview"])
    overview = editor.overview.toPlainText()
    assert f"WHEREABOUTS UNKNOWN since {format_edtf('2021-12-19')}" in overview
    assert "Zhlobin, 9-10 August 2020" in overview and f"{format_edtf('2021-12-31')} about 17:00" in overview
    # the second case joins the same group; the list filters by it
    ws.open_case(ws.case_list.model.case_id(0))

    def join(dialog):
        dialog.name.setCurrentIndex(dialog.name.findText("Zhlobin, 9-10 August 2020"))
        dialog.accept()

    when_dialog_opens(join)
    ws.editor.context_tab._link()
    assert ws.editor.save()
    ws.case_list._fill_filters()
    box = ws.case_list.filters["group"]
    box.setCurrentIndex(box.findData(saved.groups[0].id))
    assert ws.case_list.model.rowCount() == 2
    assert {g.id for g in case_service.get_case(window.vault, ws.editor.case.id).groups} == {saved.groups[0].id}


def test_a_bad_notification_date_is_named_and_nothing_is_lost(vault_key, window, qtbot, two_cases):  # noqa: F811
    unlock(window, two_cases, vault_key)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    seen = []

    def bad(dialog):
        _type(dialog.name, "Brother")
        dialog._add_notification_row("28.12.2021", "", "told by phone")
        dialog.accept()  # refused: the dialog stays open with the problem shown
        seen.append(dialog.problem.text())
        dialog.notifications.item(0, 0).setText("2021-12-28")
        dialog.accept()

    when_dialog_opens(bad)
    ws.editor.parties_tab._edit_party(-1)
    assert seen == ["Notification 1: the date must be like 2021-12-28, 2021-12 or 2021-12-28~."]
    assert [(n.date, n.text) for n in ws.editor.case.parties[0].notifications] == [("2021-12-28", "told by phone")]


def _button(tab, text: str):
    from PySide6.QtWidgets import QPushButton

    return next(b for b in tab.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_list_tabs_edit_the_chosen_row_remove_the_selected_one_and_refuse_an_invalid_record(
        vault_key, window, qtbot, two_cases):  # noqa: F811
    unlock(window, two_cases, vault_key)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(1))
    editor = ws.editor
    editor.tabs.setCurrentIndex(editor._tab_index["detention"])
    tab = editor.detention_tab
    for place, since in [("IVS Smolensk", "2021-07-10"), ("SIZO-1, Moscow", "2021-08-01")]:
        def held(dialog, place=place, since=since):
            _type(dialog.place, place)
            dialog.since.setText(since)
            QTest.keyClick(dialog, Qt.Key.Key_Return)

        when_dialog_opens(held)
        QTest.mouseClick(_button(tab, "Add a place…"), Qt.MouseButton.LeftButton)
    assert [p.place for p in editor.case.detention] == ["IVS Smolensk", "SIZO-1, Moscow"]

    def nameless(dialog):
        dialog.place.clear()
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # refused: the dialog stays open and says why
        assert dialog.isVisible() and dialog.problem.text()
        _type(dialog.place, "IVS-2 Smolensk")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(nameless)
    tab.table.selectRow(0)
    QTest.mouseClick(_button(tab, "Edit…"), Qt.MouseButton.LeftButton)
    assert [p.place for p in editor.case.detention] == ["IVS-2 Smolensk", "SIZO-1, Moscow"]

    tab.table.selectRow(1)
    QTest.mouseClick(_button(tab, "Remove"), Qt.MouseButton.LeftButton)
    assert [p.place for p in editor.case.detention] == ["IVS-2 Smolensk"]
    assert tab.model.rowCount() == 1

    parties = editor.parties_tab
    before = list(editor.case.parties)

    def relative(dialog):
        _type(dialog.name, "Brother")
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    when_dialog_opens(relative)
    QTest.mouseClick(_button(parties, "Add a party…"), Qt.MouseButton.LeftButton)
    assert [p.name for p in editor.case.parties] == [p.name for p in before] + ["Brother"]
    parties.party_table.selectRow(len(before))
    QTest.mouseClick(_button(parties, "Remove"), Qt.MouseButton.LeftButton)
    assert [p.name for p in editor.case.parties] == [p.name for p in before]
