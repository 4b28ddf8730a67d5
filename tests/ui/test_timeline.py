"""The timeline view offscreen: items drawn for a known case, zoom/pan/fit, click, PNG export."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import service as deadline_service
from ui.timeline import LABEL_WIDTH, TimelinePanel

MSK = deadline_service.zone(deadline_service.MOSCOW)


def _case(vault):
    return case_service.create_case(vault, Case(reference="BY-2021-003", kind="extradition", person=Person("Ігар Лосік"), events=[
        Event("arrest", "2021-01-21", time="06:10"),
        Event("custody_ordered", "2021-01-22"),
        Event("decision_notified", "2021-05-14"),
        Event("interim_measures_granted", "2021-07-21", time="21:30", body="ECtHR"),
        Event("extradited", "2021-07-21", time="17:00"),
        Event("located", "2021-08"),
    ]))


def _panel(qtbot, vault):
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.set_vault(vault)
    return panel


def _colour_count(image: QImage, colour: str) -> int:
    target = QColor(colour).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) == target)


def test_items_are_drawn_for_the_events_of_a_case(qtbot, vault):
    case = _case(vault)
    panel = _panel(qtbot, vault)
    panel.show_case(case.id)
    view = panel.view
    view.resize(1100, 400)  # the panel is not shown: its layout leaves the view alone
    tl = view.timeline
    assert sorted(m.event_id for m in tl.markers) == sorted(e.id for e in case.events)
    assert [m.start for m in tl.markers] == sorted(m.start for m in tl.markers)
    assert tl.lanes == ("criminal_ru", "international", "removal") and len(tl.bars) == 1 and tl.flags
    image = view.render_image(QSize(1100, 400))
    assert len(view._hits) == len(case.events)  # every marker drawn and clickable
    assert _colour_count(image, "#1f4e99") > 20  # criminal-procedure markers
    assert _colour_count(image, "#b00020") > 5   # removal marker and overdue flags
    # the marker of the extradition at 17:00 is left of the interim measures at 21:30
    view.set_range(datetime(2021, 7, 21, 12, tzinfo=MSK), datetime(2021, 7, 22, 0, tzinfo=MSK))
    view.render_image(QSize(1100, 400))
    xs = {eid: rect.center().x() for rect, eid in view._hits}
    assert xs[case.events[4].id] < xs[case.events[3].id]
    assert abs(xs[case.events[4].id] - view.x_of(datetime(2021, 7, 21, 17, tzinfo=MSK).timestamp())) < 1


def test_zoom_pan_fit_and_click(qtbot, vault):
    case = _case(vault)
    panel = _panel(qtbot, vault)
    panel.show()
    panel.show_case(case.id)
    view = panel.view
    start, end = view.visible_range()
    assert start <= view.timeline.start and end >= view.timeline.end
    view.zoom(4)
    z_start, z_end = view.visible_range()
    assert (z_end - z_start) < (end - start) / 3
    view.pan(100)
    assert view.visible_range()[0] > z_start
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_range() == (start, end)
    for _ in range(40):
        view.zoom(4)
    assert view.visible_range()[1] - view.visible_range()[0] >= timedelta(hours=2)  # hours, not less
    view.fit()
    view.grab()  # paints now
    rect, event_id = view._hits[-1]  # drawn last: on top
    with qtbot.wait_signal(panel.event_requested) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert signal.args == [event_id]
    assert view.event_at(QPointF(LABEL_WIDTH - 50, 5)) is None


def test_png_export_goes_where_the_user_chose(qtbot, vault, tmp_path, answers):
    case = _case(vault)
    panel = _panel(qtbot, vault)
    panel.show_case(case.id)
    answers.queue.append(False)  # warned first; declined: nothing is asked or written
    panel.export_png()
    assert answers.seen[-1][0] == "confirm" and "not encrypted" in answers.seen[-1][2]
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".png"]
    answers.queue.extend([True, str(tmp_path / "timeline")])
    panel.export_png()
    data = (tmp_path / "timeline.png").read_bytes()
    assert data.startswith(b"\x89PNG") and QImage.fromData(data).width() >= 900
    answers.queue.extend([True, str(tmp_path / "timeline"), False])  # the added suffix names an existing file
    panel.export_png()
    assert answers.seen[-1][0] == "confirm" and "already exists" in answers.seen[-1][2]
    assert (tmp_path / "timeline.png").read_bytes() == data
    answers.queue.extend([True, ""])  # cancelled: nothing written
    panel.export_png()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == ["timeline.png"]
    panel.set_vault(None)
    assert panel.view.timeline is None and not panel.export_button.isEnabled()
