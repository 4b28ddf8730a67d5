"""Rapid response in the window (issue 16), offscreen with a real vault: the risk band on the
dashboard, the checklist, a draft written from the band in one flow, filings and their alarm."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone

from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db.records import Case, Charge, Event, Person, PersonName
from desktop.cases import service as case_service
from desktop.rapid import checklist, filings
from tests.helpers import fill_drive, small_file_system
from ui.dashboard import DashboardPage
from ui.rapid import ChecklistDialog, DraftDialog, FilingDialog, FilingsPanel

SOON = (date.today() + timedelta(days=1)).isoformat()


def _risky(vault, reference="BY-2026-007"):
    return case_service.create_case(vault, Case(
        reference=reference, kind="extradition",
        person=Person("Аляксандр Кабанаў", names=[PersonName("Alaksandr Kabanau", "en")], birth_date="1990-02-03",
                      citizenship=["BY"]),
        facility="SIZO-2 Moscow", lawyer="A. Ivanova", summary="Protest in August 2020.",
        charges=[Charge("BY", "CC", "342")],
        events=[Event("arrest", "2026-01-10"), Event("transfer_date_set", SOON, time="05:30", place="Moscow")]))


def test_the_band_lists_clients_at_risk_with_reasons_and_opens_the_case(qtbot, vault):
    case = _risky(vault)
    case_service.create_case(vault, Case(reference="QUIET-1", kind="other", person=Person("Ганна")))
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    band = page.risk_band
    assert not band.isHidden() and "1 client" in band.title.text()
    assert [r.reference for r in band.rows] == ["BY-2026-007"]
    shown = [band.model.data(band.model.index(0, c)) for c in range(band.model.columnCount())]
    assert "transfer date set" in shown[2] and "CPC art. 467" in shown[3]
    with qtbot.wait_signal(page.case_requested) as signal:
        band.table.setFocus()
        qtbot.keyClick(band.table, Qt.Key.Key_Return)
    assert signal.args == [case.id]
    page.set_vault(None)  # locked: the band keeps nothing
    assert band.isHidden() and band.rows == []


def test_from_the_band_to_a_written_draft_in_one_flow(qtbot, vault, tmp_path, answers):
    _risky(vault)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    target = tmp_path / "request"
    answers.queue.append(str(target))  # the save dialog: the name without .docx

    def fill(dialog: DraftDialog) -> None:
        dialog.body.setCurrentIndex(dialog.body.findData("un-hrc"))
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        assert dialog.missing.count() == 0 and "every fact" in dialog.missing_label.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def drive():
        dialog = page.risk_band.findChild(DraftDialog)
        fill(dialog)

    qtbot.waitUntil(lambda: page.risk_band.draft_button.isVisible() or True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, drive)
    page.risk_band.draft_button.click()
    written = tmp_path / "request.docx"
    assert written.exists() and (written.stat().st_mode & 0o777) == 0o600
    text = "\n".join(p.text for p in Document(io.BytesIO(written.read_bytes())).paragraphs)
    assert "Аляксандр Кабанаў" in text and "Комитет ООН по правам человека" in text and "05:30" in text
    assert any(kind == "inform" and "saved" in title for kind, title, _ in answers.seen)


def test_the_draft_dialog_lists_missing_facts_before_drafting(qtbot, vault):
    case = case_service.create_case(vault, Case(reference="X-2", kind="expulsion", person=Person("Ales")))
    dialog = DraftDialog(vault, case.id)
    qtbot.addWidget(dialog)
    labels = [dialog.missing.item(i).text() for i in range(dialog.missing.count())]
    assert "date of birth" in labels and "the scheduled or feared removal date and time" in labels
    assert "8 fact" in dialog.missing_label.text()


def test_checklist_ticks_with_the_keyboard_are_saved_with_who_and_when(qtbot, vault):
    case = _risky(vault)
    dialog = ChecklistDialog(vault, case.id, case.reference)
    qtbot.addWidget(dialog)
    box = dialog.boxes["call_facility"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert checklist.state(vault, case.id)[0].done_by == "A. Ivanova"
    assert "A. Ivanova" in box.text()


def test_a_late_filing_shows_on_the_band_and_clears_with_its_answer(qtbot, vault, answers):
    case = case_service.create_case(vault, Case(reference="F-1", kind="extradition", person=Person("Ales")))
    panel = FilingsPanel()
    qtbot.addWidget(panel)
    panel.set_case(vault, case.id)

    def enter(dialog: FilingDialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("interim_measures"))
        dialog.body.setCurrentIndex(dialog.body.findData("ecthr"))
        dialog.filed_at.setText("2022-04-01 16:00")
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: enter(panel.findChild(FilingDialog)))
    panel.add_button.click()
    assert panel.model.rowCount() == 1
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.risk_band.refresh(datetime(2022, 4, 5, tzinfo=timezone.utc))
    assert not page.risk_band.isHidden() and "F-1" in page.risk_band.late_label.text()
    view = filings.list_filings(vault)[0]
    filings.answer(vault, view.filing.id, "indicated", "2022-04-02 10:00")
    page.risk_band.refresh(datetime(2022, 4, 5, tzinfo=timezone.utc))
    assert page.risk_band.isHidden()


def enter_filing_once(panel, fill) -> list:
    """Open the new-filing dialog with the panel's button, ``fill(dialog)`` and press OK once;
    a refused dialog stays open and is then cancelled. Returns the dialogs seen (two when the
    first was refused)."""
    from PySide6.QtCore import QTimer

    attempts = []

    def enter():
        dialog = panel.findChild(FilingDialog)
        attempts.append(dialog)
        if len(attempts) == 1:
            fill(dialog)
            dialog.accept()
        else:
            dialog.reject()

    QTimer.singleShot(0, enter)
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: len(attempts) == 1 and panel.findChild(FilingDialog) and
                          panel.findChild(FilingDialog).isVisible() and enter())
    timer.start()
    panel.add_button.click()
    timer.stop()
    return attempts


def test_a_bad_filing_time_is_refused_with_a_message_and_the_dialog_stays(qtbot, vault, answers):
    case = case_service.create_case(vault, Case(reference="F-2", kind="extradition", person=Person("Ales")))
    panel = FilingsPanel()
    qtbot.addWidget(panel)
    panel.set_case(vault, case.id)
    attempts = enter_filing_once(panel, lambda dialog: dialog.filed_at.setText("tomorrow"))
    assert any(kind == "error" and "not a date and time" in text for kind, _t, text in answers.seen)
    assert panel.model.rowCount() == 0
    assert isinstance(attempts[0], QDialog)


def test_the_case_shows_its_risk_on_the_overview_and_its_filings_on_the_urgent_tab(qtbot, vault):
    from ui.case_editor import CaseEditor

    case = _risky(vault)
    filings.add(vault, case.id, filings.Filing("", "complaint", "Moscow City Court", "2026-01-12 10:00",
                                               reference="3/26"))
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.set_case(vault, case_service.get_case(vault, case.id))
    assert "At risk of removal now" in editor.overview.toPlainText()
    assert "transfer date set" in editor.overview.toPlainText()
    editor.tabs.setCurrentWidget(editor.urgent)
    assert "AT RISK OF REMOVAL NOW" in editor.urgent.risk_label.text()
    assert "CPC art. 467" in editor.urgent.risk_label.text()
    model = editor.urgent.filings.model
    assert model.rowCount() == 1 and model.data(model.index(0, 3)) == "3/26"
    quiet = case_service.create_case(vault, Case(reference="Q-1", kind="other", person=Person("Ганна")))
    editor.set_case(vault, case_service.get_case(vault, quiet.id))
    assert "At risk" not in editor.overview.toPlainText()
    assert "No removal-risk window" in editor.urgent.risk_label.text()
    assert editor.urgent.filings.model.rowCount() == 0


def test_with_the_belarusian_interface_the_draft_is_in_a_language_the_body_accepts(qtbot, vault, qapp, tmp_path,
                                                                                   answers):
    """The interface in Belarusian: the dialog offers English and Russian only, starts with
    Russian, says why, and the draft saved with the keyboard alone is in Russian."""
    from ui import i18n

    case = _risky(vault)
    i18n.install(qapp, "be")
    try:
        dialog = DraftDialog(vault, case.id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "ru"]
        assert dialog.language.currentData() == "ru"
        note = dialog.language_note
        assert note.isVisible() and "беларускай" in note.text()
        # Through the keyboard: to the language box, down and up again stays within the two.
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
        assert dialog.language.currentData() == "en"
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
        assert dialog.language.currentData() == "ru"
        answers.queue.append(str(tmp_path / "request.docx"))
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)  # the default button: save
        written = tmp_path / "request.docx"
        assert written.exists()
        text = "\n".join(p.text for p in Document(io.BytesIO(written.read_bytes())).paragraphs)
        assert "Комитет ООН по правам человека" in text or "Комитет" in text
    finally:
        i18n.install(qapp, "en")


def test_the_note_is_not_shown_with_the_english_interface(qtbot, vault):
    dialog = DraftDialog(vault, _risky(vault).id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "en" and not dialog.language_note.isVisible()


def test_choosing_the_ecthr_for_a_2025_case_says_the_court_cannot_take_it(qtbot, vault):
    case = case_service.create_case(vault, Case(
        reference="BY-2025-044", kind="extradition", arrest_date="2025-03-10",
        person=Person("Аляксандр Кабанаў", birth_date="1990-02-03", citizenship=["BY"]),
        events=[Event("arrest", "2025-03-10"), Event("extradition_granted", "2025-21")]))
    dialog = DraftDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.period_note.isVisible()
    dialog.body.setFocus()
    qtbot.keyClick(dialog.body, Qt.Key.Key_End)  # the last body: the ECtHR
    assert dialog.body.currentData() == "ecthr"
    assert dialog.period_note.isVisible() and "16 September 2022" in dialog.period_note.text()
    assert "UN Human Rights Committee" in dialog.period_note.text()
    labels = [dialog.missing.item(i).text() for i in range(dialog.missing.count())]
    assert not any("2022" in label for label in labels)
    qtbot.keyClick(dialog.body, Qt.Key.Key_Home)
    assert dialog.body.currentData() == "un-hrc" and not dialog.period_note.isVisible()


def test_saving_a_draft_onto_a_full_drive_says_so_in_the_interface_language(qtbot, vault, qapp, tmp_path, answers):
    """A real 64 KB file system, full but for one page: the Russian interface says the drive is
    full (not the English line below it), nothing is left on the drive, the dialog stays open."""
    case = _risky(vault)
    with small_file_system(tmp_path / "usb", "64k") as drive:
        _save_the_draft_onto_a_full_drive(vault, case, drive, qtbot, qapp, answers)


def _save_the_draft_onto_a_full_drive(vault, case, drive, qtbot, qapp, answers) -> None:
    from ui import i18n

    i18n.install(qapp, "ru")
    try:
        fill_drive(drive, 4096)
        dialog = DraftDialog(vault, case.id)
        qtbot.addWidget(dialog)
        dialog.show()
        answers.queue.append(str(drive / "request.docx"))
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)
        kind, _title, text = answers.seen[-1]
        assert kind == "error" and "Диск заполнен" in text, text
        assert "disk is full" not in text and "drive is full" not in text
        assert sorted(p.name for p in drive.iterdir()) == ["photos.zip"]
        assert dialog.isVisible()
    finally:
        i18n.install(qapp, "en")


def test_a_bar_violated_before_a_protection_shows_on_the_band_and_the_overview(qtbot, vault):
    """Interim measures (UN HRC), a transfer date set after them, then the extradition refused:
    the transfer window is closed, but the violated bar (INT-01) stays red on the dashboard's
    band and on the case's Overview, as the deadline engine finds it."""
    from ui.case_editor import CaseEditor

    case = case_service.create_case(vault, Case(
        reference="BY-2026-039", kind="extradition", person=Person("Ігар Лосік"),
        events=[Event("arrest", "2026-01-10"),
                Event("interim_measures_granted", "2026-01-20", body="UN Human Rights Committee"),
                Event("transfer_date_set", "2026-02-01", time="17:00", place="Moscow"),
                Event("extradition_refused", "2026-02-02")]))
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    band = page.risk_band
    assert [r.reference for r in band.rows] == ["BY-2026-039"]
    shown = [band.model.data(band.model.index(0, c)) for c in range(band.model.columnCount())]
    assert "removal step while removal was barred" in shown[2] and "INT-01" in shown[3]
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.set_case(vault, case_service.get_case(vault, case.id))
    assert "removal step while removal was barred" in editor.overview.toPlainText()
    assert "INT-01" in editor.overview.toPlainText()


def test_the_band_left_on_screen_shows_a_new_risk_at_the_next_minute_and_keeps_the_selection(qtbot, vault):
    """A lawyer leaves the dashboard open: the band asks again each minute (its clock) and
    shows a client newly at risk without a visit, keeping the client selected; hidden pages
    are not asked."""
    first = _risky(vault)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    band = page.risk_band
    assert band.clock.isActive() and band.clock.interval() == 60_000
    assert [r.reference for r in band.rows] == ["BY-2026-007"]
    band.table.selectRow(0)
    _risky(vault, "BY-2026-008")  # written elsewhere (another window, the command line)
    page.hide()
    band.tick()
    assert [r.reference for r in band.rows] == ["BY-2026-007"]  # not on screen: not asked
    page.show()
    band.tick()
    assert sorted(r.reference for r in band.rows) == ["BY-2026-007", "BY-2026-008"]
    assert band.model.case_id(band.table.currentIndex().row()) == first.id
    assert "2 client" in band.title.text()
