"""The dashboard page with a real vault, offscreen: sections, rows open their case, lock empties it."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import dashboard as dashboard_service
from ui.dashboard import DashboardPage


def _add(vault, reference, events, **fields):
    return case_service.create_case(vault, Case(reference=reference, kind=fields.pop("kind", "extradition"),
                                                person=Person("Алесь Бяляцкі"), events=events, **fields))


def test_dashboard_page_sections_and_opening(qtbot, vault, qtmodeltester):
    due = _add(vault, "A-1", [Event("decision_notified", "2025-03-03")])
    held = _add(vault, "B-2", [Event("arrest", "2025-02-20", time="22:40"), Event("custody_ordered", "2025-02-21")])
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    now = datetime(2025, 3, 13, 6, 0, tzinfo=timezone.utc)
    page.show_board(dashboard_service.compute(vault, now=now))
    card, model, table = page.sections["today"]
    assert card.count == 1 and model.rows[0].reference == "A-1"
    assert "A-1" in {model.data(model.index(0, c)) for c in range(model.columnCount())}
    qtmodeltester.check(model)
    assert page.tabs.currentWidget() is page.sections["overdue"][2]  # B-2's appeal term passed
    assert page.sections["custody"][1].rows[0].case_id == held.id
    silence = page.sections["silence"][1]
    assert [r.reference for r in silence.rows] == ["B-2"]  # in custody, no contact for 17 days
    with qtbot.wait_signal(page.case_requested) as signal:
        table.doubleClicked.emit(model.index(0, 2))
    assert signal.args == [due.id]
    qtbot.mouseClick(page.sections["custody"][0], Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.sections["custody"][2] and page.sections["custody"][0].isChecked()
    page.set_vault(None)  # locked: nothing of the cases is kept
    assert page.board is None and all(m.rows == [] for _c, m, _t in page.sections.values())
    assert not page.refresh_button.isEnabled()


def test_dashboard_refresh_on_a_real_clock(qtbot, vault):
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    assert page.board is not None and page.board.case_ids == set()
    assert "Nothing needs attention" in page.empty_hint.text()
    _add(vault, "C-3", [Event("contact", "2020-01-01")], at_risk=True)
    page.refresh()
    assert page.sections["silence"][0].count == 1
