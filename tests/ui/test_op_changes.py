"""Verbs say what changed (issue 18, item 5): a save returns its OpChanges, and the window
refreshes only what they concern. One save of a summary ran 89 statements, 32 of them after
the commit to refresh whole views; now the views that show nothing of it are left alone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from tests.ui.test_access import unlock, window  # noqa: F401 - fixtures
from tests.ui.test_editor import add_event


@pytest.fixture
def two_open(vault_path):
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("A-1", status="open", outcome="pending", events=[]), case_dict("A-2"))))
    return vault_path


def test_save_case_says_what_changed(two_open):
    with open_vault(two_open, PASSPHRASE) as vault:
        case = svc.get_case(vault, "A-1")
        case.summary = "Moved to SIZO-1."
        changes = svc.save_case(vault, case).changes
        assert changes.records == {"case"} and not changes.row and not changes.person and not changes.deadlines
        case.status = "closed"
        assert svc.save_case(vault, case).changes.row
        case.person.hometown = "Hrodna"
        changes = svc.save_case(vault, case).changes
        assert changes.person and not changes.row
        case.events.append(svc.Event("decision_notified", (date.today() - timedelta(days=1)).isoformat()))
        changes = svc.save_case(vault, case).changes
        assert changes.events and changes.deadlines and changes.row  # the next deadline is a column
        assert svc.save_case(vault, case).changes.nothing  # saved again unchanged
        fresh = svc.save_case(vault, svc.Case(reference="A-3", kind="other", person=svc.Person("Ірына")))
        assert fresh.changes.created and fresh.case.id


def test_a_summary_save_refreshes_no_list(window, qtbot, two_open):
    unlock(window, two_open)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    statements: list[str] = []
    window.vault.conn.set_trace_callback(statements.append)
    try:
        ws.editor.case_tab.summary.setPlainText("Moved to SIZO-1; the family was not told.")
        assert ws.editor.save()
    finally:
        window.vault.conn.set_trace_callback(None)
    commit = max(i for i, s in enumerate(statements) if s.strip().upper().startswith("COMMIT"))
    after = statements[commit + 1:]
    assert len(after) <= 3, after
    assert not [s for s in after if "FROM cases c JOIN persons" in s or "FROM documents" in s or "FROM persons" in s]
    assert any("summary" in line for line in ws.editor.history.lines)  # the history did follow


def test_a_status_or_a_new_deadline_reaches_the_list(window, qtbot, two_open):
    unlock(window, two_open)
    ws = window.workspace
    ws.show_page("cases")
    ws.open_case(ws.case_list.model.case_id(0))
    row = [ws.case_list.model.case_id(r) for r in range(2)].index(ws.editor.case.id)
    outcome = ws.editor.case_tab.outcome
    outcome.setCurrentIndex(outcome.findData("unknown"))
    assert ws.editor.save()
    assert ws.case_list.model._rows[row].outcome == "unknown"
    add_event(ws.editor, qtbot, "decision_notified", (date.today() - timedelta(days=1)).strftime("%d/%m/%Y"))
    assert ws.editor.save()
    assert ws.case_list.model._rows[row].next_due  # the "Next due" column shows the new deadline
    assert ws.editor.deadlines.model.rowCount() > 0
