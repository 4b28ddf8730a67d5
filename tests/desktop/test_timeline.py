"""The timeline layout model: lanes, markers (points and ranges), custody bars, deadline flags."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import service as dl
from desktop.cases import timeline

MSK = dl.zone(dl.MOSCOW)


def _case(*events: Event, status: str = "open") -> Case:
    for i, e in enumerate(events):
        e.id = e.id or f"e{i}"
    return Case(reference="BY-2022-010", kind="extradition", person=Person("Dzmitry Padlobnikau"),
                status=status, events=list(events))


def test_hours_matter_interim_measures_and_removal_same_day():
    case = _case(Event("arrest", "2022-01-10", place="Moscow"),
                 Event("interim_measures_granted", "2022-03-02", time="21:30", body="ECtHR"),
                 Event("handed_over", "2022-03-02", time="17:00"))
    tl = timeline.build(case, now=datetime(2022, 4, 1, tzinfo=timezone.utc))
    by_type = {m.type: m for m in tl.markers}
    im, removed = by_type["interim_measures_granted"], by_type["handed_over"]
    assert im.start == datetime(2022, 3, 2, 21, 30, tzinfo=MSK) and im.has_time and not im.is_range
    assert removed.start < im.start and removed.lane == "removal" and im.lane == "international"
    assert tl.lanes == ("criminal_ru", "international", "removal")
    (bar,) = tl.bars
    assert bar.start == by_type["arrest"].start and bar.end == removed.end and not bar.open_ended
    assert tl.start <= bar.start and tl.end >= im.end


def test_ranges_for_approximate_month_and_interval_dates():
    case = _case(Event("abducted", "2021-05~"), Event("located", "2021-06-10?"),
                 Event("contact_lost", "2021-04-28/2021-05-02"), Event("note", "2021-06-20"))
    tl = timeline.build(case, now=datetime(2021, 7, 1, tzinfo=timezone.utc), lang="ru")
    by_type = {m.type: m for m in tl.markers}
    assert by_type["abducted"].is_range and by_type["abducted"].start == datetime(2021, 5, 1, tzinfo=MSK)
    assert by_type["abducted"].end == datetime(2021, 6, 1, tzinfo=MSK)
    assert by_type["located"].is_range and by_type["located"].end - by_type["located"].start == timedelta(days=7)
    assert by_type["contact_lost"].start == datetime(2021, 4, 28, tzinfo=MSK)
    assert not by_type["note"].is_range and by_type["note"].start.hour == 12
    assert by_type["abducted"].label == "Похищен"


def test_open_ended_custody_and_flags(vault):
    case = case_service.create_case(vault, _case(
        Event("arrest", "2025-02-20", time="22:40"), Event("custody_ordered", "2025-02-22"),
        Event("decision_notified", "2025-03-03")))
    for e in case.events:
        assert e.id
    now = datetime(2025, 3, 20, tzinfo=timezone.utc)
    tl = timeline.build(case, dl.for_case(vault, case.id), now=now)
    (bar,) = tl.bars
    assert bar.open_ended and bar.end == now and bar.lane == "criminal_ru"
    flags = {f.label: f for f in tl.flags}
    complaint = next(f for f in tl.flags if f.due == datetime(2025, 3, 14, tzinfo=MSK))
    assert complaint.overdue and complaint.status == "open" and complaint.lane == "criminal_ru"
    assert any(not f.overdue for f in flags.values())  # the custody term is still running
    assert tl.end >= max(f.due for f in tl.flags)


def test_empty_case_has_a_span():
    tl = timeline.build(_case(), now=datetime(2025, 1, 1, tzinfo=timezone.utc))
    assert tl.end > tl.start and tl.lanes == () and tl.markers == ()


@given(st.lists(st.tuples(st.sampled_from(sorted(timeline.CUSTODY_STARTS + timeline.CUSTODY_ENDS + ("note", "contact"))),
                          st.dates(min_value=datetime(2019, 1, 1).date(), max_value=datetime(2027, 1, 1).date()),
                          st.sampled_from(["", "~", "month"])), max_size=12))
@settings(max_examples=150, deadline=None)
def test_layout_invariants(items):
    events = [Event(t, d.isoformat()[:7] if q == "month" else d.isoformat() + q) for t, d, q in items]
    tl = timeline.build(_case(*events), now=datetime(2027, 6, 1, tzinfo=timezone.utc))
    assert len(tl.markers) == len(events)
    assert list(tl.lanes) == [lane for lane in timeline.LANES if lane in tl.lanes]
    for item in [*tl.markers, *tl.bars]:
        assert item.start <= item.end and tl.start <= item.start and item.end <= tl.end
        assert item.lane in tl.lanes and item.start.tzinfo is not None
    for a, b in zip(tl.bars, tl.bars[1:]):
        assert a.end <= b.start or a.lane != b.lane
