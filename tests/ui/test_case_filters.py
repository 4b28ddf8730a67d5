"""The case list's "next deadline" filter (issue 13, item 12): overdue, due this week, due
within 30 days, chosen with the keyboard as a lawyer would, on a real vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.cases import interchange
from desktop.cases import service as case_service
from desktop.cases.service import CaseFilter
from desktop.deadlines import dashboard
from desktop.deadlines import service as deadline_service
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from ui import settings
from ui.main_window import MainWindow

#: Reference -> days from today of its one open deadline (None: no deadline). F-SHUT is a
#: closed case: its deadline counts nowhere, as on the dashboard.
DUE = {"F-LATE": -2, "F-WEEK": 3, "F-MONTH": 20, "F-LATER": 60, "F-NONE": None, "F-SHUT": 2}


@pytest.fixture
def vault_with_deadlines(vault_path):
    refs = list(DUE)
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            *(case_dict(ref, status="closed" if ref == "F-SHUT" else "open", outcome="pending", events=[])
              for ref in refs))))
        for row in case_service.list_cases(vault):
            days = DUE[row.reference]
            if days is not None:
                deadline_service.add_manual(vault, row.id, title=f"Complaint {row.reference}",
                                            due=date.today() + timedelta(days=days))
    return vault_path


def _refs(vault, where: CaseFilter) -> set[str]:
    return {row.reference for row in case_service.list_cases(vault, where=where)}


def test_due_filter_in_the_service(vault_with_deadlines):
    with open_vault(vault_with_deadlines, PASSPHRASE) as vault:
        now = dashboard.utc_now_text()
        assert _refs(vault, CaseFilter(due_before_utc=now)) == {"F-LATE"}
        assert _refs(vault, CaseFilter(due_after_utc=now, due_before_utc=dashboard.horizon_utc(7))) == {"F-WEEK"}
        within_30 = CaseFilter(due_after_utc=now, due_before_utc=dashboard.horizon_utc(30))
        assert _refs(vault, within_30) == {"F-WEEK", "F-MONTH"}
        assert case_service.count_cases(vault, where=within_30) == 2
        assert len(_refs(vault, CaseFilter())) == 6
        rows = {r.reference: r for r in case_service.list_cases(vault)}
        assert rows["F-SHUT"].next_due is None and rows["F-WEEK"].next_due  # a closed case has none due


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.show()
    yield w
    w.close()
    w.deleteLater()


def test_due_this_week_chosen_with_the_keyboard_and_remembered(window, qtbot, vault_with_deadlines):
    window.start.path_box.setEditText(str(vault_with_deadlines))
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    page = window.workspace.case_list
    window.workspace.show_page("cases")
    assert page.model.rowCount() == 6
    box = page.filters["due"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)  # "Overdue"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "F-LATE"
    QTest.keyClick(box, Qt.Key.Key_Down)  # "Due ≤ 7 days"
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "F-WEEK")
    assert page.model.rowCount() == 1 and box.currentText() == "Due ≤ 7 days"
    QTest.keyClick(box, Qt.Key.Key_Down)  # "Due ≤ 30 days"
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert settings.get(settings.CASE_FILTERS)["due"] == "30"
    window.lock()
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    assert page.filters["due"].currentData() == 30 and page.model.rowCount() == 2  # remembered


def test_my_cases_are_the_cases_whose_lawyer_signs_this_vault(window, qtbot, vault_path):
    """'My cases' (issue 13, item 12): the lawyer filter offers first the cases whose lawyer is
    the name this vault's user signs the history with."""
    with open_vault(vault_path, PASSPHRASE) as vault:
        me = vault.author
        assert me
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("M-1"), case_dict("M-2"), case_dict("M-3"))))
        for ref, lawyer in (("M-1", me), ("M-2", "Another Lawyer")):
            case = case_service.get_case(vault, ref)
            case.lawyer = lawyer
            case_service.update_case(vault, case)
    window.start.path_box.setEditText(str(vault_path))
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    page = window.workspace.case_list
    box = page.filters["lawyer"]
    assert box.itemText(1) == f"My cases ({me})"
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "M-1"
    assert "lawyer" not in settings.get(settings.CASE_FILTERS)  # a name is never kept in the settings
