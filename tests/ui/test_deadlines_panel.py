"""The deadlines panel of a case: list, manual deadline, status, override with a reason."""

from __future__ import annotations

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
    assert "CPC art. 463(1)" in texts and any("2025-03-03" in t for t in texts)
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
