"""The features' pages inside the main window: dashboard first, a case's deadlines and
timeline following its events, reports from the editor, and a lock closing every dialog."""

from __future__ import annotations

import pytest

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from tests.ui.drive import when_dialog_opens
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.show()
    yield w
    w.workspace.editor.set_case(None, None)
    w.close()
    w.deleteLater()


@pytest.fixture
def notified(vault_key, vault_path):
    """A case whose extradition decision was served yesterday: a complaint is due."""
    from datetime import date, timedelta

    served = (date.today() - timedelta(days=1)).isoformat()
    with open_vault(vault_path, vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(case_dict(
            "N-1", status="open", outcome="pending",
            events=[{"type": "arrest", "date": served}, {"type": "decision_notified", "date": served}]))))
    return vault_path


def unlock(window, path, key):
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(key)
    window.start.open_selected()
    assert window.vault is not None, window.start.error_label.text()


def test_dashboard_is_the_first_page_and_opens_cases(vault_key, window, qtbot, notified):
    unlock(window, notified, vault_key)
    ws = window.workspace
    assert ws.current_page() == "dashboard"
    case_id = ws.case_list.model.case_id(0)
    ws.dashboard.case_requested.emit(case_id)
    assert ws.current_page() == "cases" and ws.editor.case.id == case_id


def test_case_tabs_follow_its_events(vault_key, window, qtbot, notified):
    unlock(window, notified, vault_key)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    editor = ws.editor
    rules = {d.rule_id for d in editor.deadlines.model.rows}
    assert any(r and r.startswith("EXT-05") for r in rules), rules  # complaint within 10 days
    timeline = editor.timeline.view.timeline
    assert timeline is not None and len(timeline.markers) == 2
    first_event = editor.case.events[0].id
    editor.show_event(first_event)
    assert editor.tabs.currentIndex() == editor._tab_index["events"]
    assert editor.events_tab.event_table.currentIndex().row() == 0


def test_lock_closes_an_open_report_dialog(vault_key, window, qtbot, notified):
    unlock(window, notified, vault_key)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    seen = []

    def lock_while_open(dialog):
        seen.append(type(dialog).__name__)
        window.lock()

    when_dialog_opens(lock_while_open)
    ws.open_report(ws.editor.case.id)
    assert seen == ["ReportDialog"]
    assert window.vault is None
    from PySide6.QtWidgets import QApplication, QDialog

    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_dashboard_strip_tells_backups_and_leads_to_the_page(vault_key, window, qtbot, notified, tmp_path, answers):
    unlock(window, notified, vault_key)
    ws = window.workspace
    assert ws.dashboard.backup_status.text().startswith("⚠ No verified backup yet")
    assert ws.dashboard.screening_status.text() == "Wanted lists: none imported yet"
    ws.dashboard.backup_status.click()
    assert ws.current_page() == "backups"
    folder = tmp_path / "usb"
    folder.mkdir()
    answers.queue.append(str(folder))  # the folder chooser
    assert ws.backups.back_up_now()  # nothing typed: under the vault's own key, nothing retyped
    backups = list(folder.glob("*.abarona"))
    assert len(backups) == 1
    ws.show_page("dashboard")
    assert ws.dashboard.backup_status.text().startswith("✓ Last verified backup:")


def test_hand_off_takes_the_cases_selected_in_the_list(vault_key, window, qtbot, notified):
    with open_vault(notified, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(case_dict("N-2"), case_dict("N-3"))))
    unlock(window, notified, vault_key)
    ws = window.workspace
    ws.show_page("cases")
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    qtbot.wait(100)  # let the list settle (its search debounce)
    model, selection = ws.case_list.model, QItemSelection()
    for row in (0, 2):
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    ws.case_list.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    chosen = ws.case_list.selected_ids()
    assert chosen == [model.case_id(0), model.case_id(2)]
    seen = []

    def look(dialog):
        seen.append((type(dialog).__name__, list(dialog._case_ids)))
        dialog.reject()

    when_dialog_opens(look)
    ws.hand_off()
    assert seen == [("HandoffExportDialog", chosen)]


def test_a_merge_reloads_the_open_case_so_no_stale_copy_is_saved(vault_key, window, qtbot, vault_path):
    """Found in review: saving the editor's copy after a merge deleted the merged spellings."""
    from desktop.cases import service as case_service
    from desktop.screening import duplicates

    with open_vault(vault_path, vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("M-1", person={"name": "Аляксей Кудзін", "names": [{"value": "Aliaksei Kudzin"}]}),
            case_dict("M-2", person={"name": "Алексей Кудин", "names": [{"value": "Alexei Kudin"}]}))))
    unlock(window, vault_path, vault_key)
    ws = window.workspace
    ws.show_page("cases")
    first = next(ws.case_list.model.case_id(r) for r in range(2)
                 if case_service.get_case(window.vault, ws.case_list.model.case_id(r)).reference == "M-1")
    ws.open_case(first)
    kept = ws.editor.case.person.id
    other = next(c.person.id for c in (case_service.get_case(window.vault, "M-2"),))
    duplicates.merge_persons(window.vault, keep_id=kept, merge_id=other)
    ws.vault_changed_elsewhere()
    names = {n.value for n in ws.editor.case.person.names}
    assert {"Алексей Кудин", "Alexei Kudin"} <= names  # the editor shows the merged client
    ws.editor.case_tab.summary.setPlainText("edited after the merge")
    assert ws.editor.save()
    saved = case_service.get_case(window.vault, "M-1")
    assert {"Алексей Кудин", "Alexei Kudin"} <= {n.value for n in saved.person.names}
