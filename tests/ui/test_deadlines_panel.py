"""The deadlines panel of a case: list, manual deadline, status, override with a reason."""

from __future__ import annotations

import json
from datetime import date, time

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import service as deadline_service
from ui.case_deadlines import DeadlinesPanel, ManualAnswer, OverrideAnswer


def test_panel_lists_and_edits(qtbot, vault, answers, qtmodeltester):
    case = case_service.create_case(vault, Case(reference="BY-2025-001", kind="extradition", person=Person("Łukaš Ŭładzimir"),
                                                events=[Event("decision_notified", "2025-03-03")]))
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.show_case(case.id)
    rows = panel.model.rows
    assert [d.rule_id for d in rows] == ["EXT-05"]
    qtmodeltester.check(panel.model)
    texts = [panel.model.data(panel.model.index(0, c)) for c in range(panel.model.columnCount())]
    # The trigger's date as the interface shows every date (the locale's form; a season in words).
    from ui.dates import format_edtf

    assert "CPC art. 463(1)" in texts and any(f"Extradition decision served, {format_edtf('2025-03-03')}" == t
                                              for t in texts)
    panel.table.selectRow(0)
    assert "463(1)" in panel.details.toPlainText() and panel.override_button.isEnabled()
    assert not panel.delete_button.isEnabled()

    answers.queue.append(OverrideAnswer(date(2025, 3, 17), None, "Notice served on 7 March"))
    with qtbot.wait_signal(panel.deadlines_changed):
        panel.override()
    d = deadline_service.get(vault, rows[0].id)
    assert d.overridden and d.last_day == date(2025, 3, 17) and d.override_reason == "Notice served on 7 March"
    assert "Notice served" in panel.details.toPlainText() and panel.clear_button.isEnabled()

    panel.set_status("done")
    assert deadline_service.get(vault, rows[0].id).status == "done"

    answers.queue.append(ManualAnswer("Ask ECtHR for Rule 39", date(2025, 3, 5), time(10, 0), case.events[0].id, "Rule 39"))
    panel.add_manual()
    manual = next(d for d in panel.model.rows if d.manual)
    assert manual.title == "Ask ECtHR for Rule 39" and manual.has_time and panel.current().id == manual.id
    assert panel.delete_button.isEnabled()
    answers.queue.append(True)
    panel.delete()
    assert not any(d.manual for d in panel.model.rows)

    answers.queue.append(OverrideAnswer(date(2025, 3, 17), None, "   "))  # refused with a plain message
    panel.table.selectRow(0)
    panel.override()
    assert answers.seen[-1][0] == "error" and "Say why" in answers.seen[-1][2]
    panel.set_vault(None)
    assert panel.model.rows == [] and not panel.add_button.isEnabled()


def test_the_days_a_notice_gives_are_typed_in_a_dialog_with_a_reason(qtbot, vault, answers):
    """Issue 11 item 5: a permit refusal whose notice gives 5 days instead of 15. The lawyer
    selects the term, presses Alt+N, types the days and the reason; no reason, no change."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.ui.drive import when_dialog_opens
    from ui.case_deadlines import NoticeDaysDialog

    case = case_service.create_case(vault, Case(reference="P-2025-5", kind="expulsion", person=Person("Ala Mroz"),
                                                events=[Event("permit_refused", "2025-03-03", place="Samara")]))
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.show_case(case.id)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=2000)
    row = next(i for i, d in enumerate(panel.model.rows) if d.rule_id == "ADM-08")
    panel.table.setFocus()
    panel.table.selectRow(row)
    assert panel.notice_button.isEnabled()
    computed = panel.current()
    assert computed.last_day == date(2025, 3, 18)
    seen: dict = {}

    def type_days_and_reason(dialog) -> None:
        try:
            assert isinstance(dialog, NoticeDaysDialog)
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            seen["default"] = (dialog.days.value(), dialog.last_day.text())
            QTest.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Days
            seen["days_focus"] = QApplication.focusWidget() in (dialog.days, dialog.days.findChild(object, "qt_spinbox_lineedit"))
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(QApplication.focusWidget(), "5")
            seen["five"] = dialog.last_day.text()
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # no reason yet: refused, still open
            seen["refused"] = (dialog.isVisible(), dialog.error_label.text())
            QTest.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Reason
            QTest.keyClicks(QApplication.focusWidget(), "The notice of 3 March gives 5 days to leave")
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        finally:
            if dialog.isVisible() and not seen.get("five"):
                dialog.reject()

    when_dialog_opens(type_days_and_reason)
    with qtbot.wait_signal(panel.deadlines_changed):
        QTest.keyClick(panel, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Days in the &notice…
    assert seen["default"][0] == 15 and "2025" in seen["default"][1] and "Samara time (UTC+4)" in seen["default"][1]
    from PySide6.QtCore import QDate, QLocale

    def long(day):
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    assert seen["default"][1].startswith(long(date(2025, 3, 18)))
    assert seen["days_focus"] and seen["five"].startswith(long(date(2025, 3, 8)))
    assert seen["refused"] == (True, "Say why: the reason is kept in the history.")
    d = deadline_service.get(vault, computed.id)
    assert d.overridden and d.last_day == date(2025, 3, 8)  # 4..8 March, calendar days
    assert d.override_reason == "The notice of 3 March gives 5 days to leave"
    assert d.zone == "Europe/Samara" and d.due.isoformat() == "2025-03-09T00:00:00+04:00"
    assert panel.current().id == d.id and "The notice of 3 March" in panel.details.toPlainText()
    audit = [h for h in case_service.history(vault, case.id) if h.action == "override"]
    assert audit and json.loads(audit[-1].changes)["notice_days"] == 5

    # Escape leaves everything as it was
    when_dialog_opens(lambda dialog: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    panel.notice_days()
    assert deadline_service.get(vault, d.id).last_day == date(2025, 3, 8)

    # a term in months takes no number of days: the action is off
    other = case_service.create_case(vault, Case(reference="P-2025-6", kind="extradition", person=Person("Ян Лес"),
                                                 events=[Event("custody_ordered", "2025-03-03")]))
    panel.show_case(other.id)
    months = next(i for i, d in enumerate(panel.model.rows) if d.kind == "custody")
    panel.table.selectRow(months)
    assert not panel.notice_button.isEnabled()
    panel.notice_days()  # a no-op: no dialog opens, nothing asked
    assert not [s for s in answers.seen if s[0] != "inform"]


def test_the_status_column_speaks_the_interface_language(qtbot, vault, qapp):
    """A deadline's status was looked up under the wrong translation context and stayed
    English ("open", "done") in the Russian and Belarusian interfaces."""
    from ui import i18n

    case = case_service.create_case(vault, Case(reference="BY-2025-002", kind="extradition", person=Person("Ян Ю"),
                                                events=[Event("decision_notified", "2025-03-03")]))
    try:
        for lang, word in (("ru", "открыт"), ("be", "адкрыты")):
            i18n.install(qapp, lang)
            panel = DeadlinesPanel()
            qtbot.addWidget(panel)
            panel.set_vault(vault)
            panel.show_case(case.id)
            texts = [panel.model.data(panel.model.index(0, c)) for c in range(panel.model.columnCount())]
            assert word in texts, (lang, texts)
            assert panel.status_actions["open"].text() == word
            panel.set_vault(None)
    finally:
        i18n.install(qapp, "en")


def test_the_manual_and_override_dialogs_refuse_a_blank_required_field_and_take_a_filled_one(qtbot, vault):
    """Typed with real keys: Enter on a blank title (or reason) keeps the dialog open and says
    what is missing; once typed, Enter closes it with the answer."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.case_deadlines import ManualDeadlineDialog, OverrideDialog

    case = case_service.create_case(vault, Case(reference="BY-2025-002", kind="extradition", person=Person("Ala Mroz"),
                                                events=[Event("decision_notified", "2025-03-03")]))
    computed = deadline_service.for_case(vault, case.id)[0]
    for dialog, field, missing, typed in [
            (ManualDeadlineDialog(case.events), "title", "Say what is due.", "Submit the ECtHR request"),
            (OverrideDialog(computed), "reason", "Say why: the reason is kept in the history.", "Ruling of 5 March")]:
        qtbot.addWidget(dialog)
        dialog.show()
        edit = getattr(dialog, field)
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() == 0 and dialog.error_label.text() == missing
        QTest.keyClicks(edit, typed)
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert not dialog.isVisible() and dialog.result() == 1
        answer = dialog.answer()
        assert (answer.title if field == "title" else answer.reason) == typed


def test_a_trigger_in_a_season_is_shown_in_words_in_the_interface_language(qtbot, vault, qapp):
    from ui import i18n

    case = case_service.create_case(vault, Case(reference="S-1", kind="extradition", person=Person("Ганна"),
                                                events=[Event("decision_notified", "2021-21")]))
    try:
        for language, words in (("en", "spring 2021"), ("ru", "весна 2021"), ("be", "вясна 2021")):
            i18n.install(qapp, language)
            panel = DeadlinesPanel()
            qtbot.addWidget(panel)
            panel.set_vault(vault)
            panel.show_case(case.id)
            texts = [panel.model.data(panel.model.index(0, c)) for c in range(panel.model.columnCount())]
            assert any(t and t.endswith(words) for t in texts), texts
            assert not any(t and "2021-21" in t for t in texts)
    finally:
        i18n.install(qapp, "en")
