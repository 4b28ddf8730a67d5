"""Issue 11 in the window: violated blocks are red alarms on the dashboard and in the case,
shaded on the timeline; deadlines show local time with Moscow beside it; an override whose
trigger changed is flagged until the lawyer keeps it (a real click)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.cases import timeline as layout
from desktop.deadlines import dashboard as dashboard_service
from desktop.deadlines import service as deadline_service
from ui.case_deadlines import DeadlinesPanel
from ui.dashboard import RED, DashboardPage, format_due
from ui.dates import format_day
from ui.timeline import TimelinePanel


def _violated(vault, reference="V-1"):
    return case_service.create_case(vault, Case(reference=reference, kind="extradition", person=Person("Аляксей"), events=[
        Event("extradition_granted", "2025-02-01"), Event("decision_notified", "2025-02-03", place="Kaliningrad"),
        Event("complaint_filed", "2025-02-10"), Event("transfer_date_set", "2025-03-01")]))


def test_a_violated_block_is_the_first_thing_the_dashboard_shows_in_red(qtbot, vault):
    _violated(vault)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.show_board(dashboard_service.compute(vault, now=datetime(2025, 3, 5, tzinfo=timezone.utc)))
    card, model, table = page.sections["watch"]
    assert page.tabs.currentWidget() is table  # violations first, before overdue terms
    row = next(i for i, d in enumerate(model.rows) if d.kind == "block")
    texts = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert any("VIOLATED" in t for t in texts) and "CPC art. 462(6)" in texts
    fg = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert QColor(fg.color() if hasattr(fg, "color") else fg) == RED


def test_the_case_tab_marks_the_violation_and_local_time(qtbot, vault):
    case = _violated(vault)
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.show_case(case.id)
    rows = panel.model.rows
    block = next(i for i, d in enumerate(rows) if d.rule_id == "EXT-09")
    assert panel.model.data(panel.model.index(block, 1)) == "VIOLATED"
    panel.table.selectRow(block)
    assert "VIOLATED" in panel.details.toPlainText()
    ext05 = next(d for d in rows if d.rule_id == "EXT-05")
    # served 03.02.2025 in Kaliningrad: 10 days -> 13.02, 24:00 local = 01:00 on 14.02 in Moscow
    assert ext05.zone == "Europe/Kaliningrad" and format_due(ext05).endswith(f"= {format_day(date(2025, 2, 14))} 01:00 MSK")


def test_an_override_whose_trigger_changed_is_kept_by_a_click(qtbot, vault):
    case = case_service.create_case(vault, Case(reference="O-1", kind="extradition", person=Person("A"),
                                                events=[Event("decision_notified", "2025-03-03")]))
    (d,) = deadline_service.for_case(vault, case.id)
    deadline_service.override(vault, d.id, due=date(2025, 3, 20), reason="Court accepted later service")
    case.events[0].date = "2025-03-04"
    case_service.update_case(vault, case)
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.show_case(case.id)
    panel.table.selectRow(0)
    assert "trigger changed since this override" in panel.model.data(panel.model.index(0, 2))
    assert panel.confirm_button.isEnabled()
    with qtbot.wait_signal(panel.deadlines_changed):
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert not deadline_service.get(vault, d.id).trigger_changed and not panel.confirm_button.isEnabled()


def test_the_timeline_shades_blocks(qtbot, vault):
    case = _violated(vault)
    deadlines = deadline_service.for_case(vault, case.id)
    built = layout.build(case_service.get_case(vault, case.id), deadlines, now=datetime(2025, 3, 5, tzinfo=timezone.utc))
    (shade,) = [s for s in built.shades if s.deadline_id]  # the block (the case's risk window is shaded too)
    assert shade.violated and shade.in_force and shade.label.startswith("VIOLATED")
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.set_vault(vault)
    panel.show_timeline(case_service.get_case(vault, case.id), deadlines)
    image = QImage(QSize(900, 360), QImage.Format.Format_RGB32)
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    panel.view.draw(painter, QSize(900, 360))
    painter.end()
    assert panel.view._shade_hits  # drawn where it can be pointed at


def test_the_gravity_is_chosen_with_the_keyboard_and_sets_the_limit(qtbot, vault):
    from ui.editor.case_tab import CaseTab

    case = case_service.create_case(vault, Case(reference="G-1", kind="extradition", person=Person("A"), events=[
        Event("arrest", "2025-01-10"), Event("custody_ordered", "2025-01-12")]))
    limit = next(d for d in deadline_service.for_case(vault, case.id) if d.rule_id == "EXT-03L")
    assert limit.last_day == date(2025, 7, 9) and "gravity_unknown" in limit.caveats  # 6 months, the earliest
    tab = CaseTab()
    qtbot.addWidget(tab)
    tab.fill(case)
    tab.gravity.setFocus()
    for _ in range(3):  # not known -> small -> medium -> grave
        qtbot.keyClick(tab.gravity, Qt.Key.Key_Down)
    tab.collect(case)
    assert case.gravity == "grave"
    case_service.update_case(vault, case)
    limit = next(d for d in deadline_service.for_case(vault, case.id) if d.rule_id == "EXT-03L")
    assert limit.last_day == date(2026, 1, 9) and "gravity_unknown" not in limit.caveats  # 12 months
