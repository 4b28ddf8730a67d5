"""The removal-risk band is kept until the clock alone could change it
(desktop.rapid.risk.next_change): an event dated ahead begins, or a release-day watch ends.
Until that moment the assessment must not change; the kept band relies on it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from db.rapid import RiskEvent
from desktop.rapid import risk

BASE = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
NEVER = datetime.max.replace(tzinfo=timezone.utc)
PLACES = (None, "Vladivostok", "Kaliningrad", "Moscow", "Petropavlovsk-Kamchatsky")
# releases and removals weigh more: they are what the clock turns
TYPES = (*risk.RELEVANT, "release", "release", "released_from_prison", "extradited", "deported")


@st.composite
def _event(draw, n: int) -> RiskEvent:
    day = date(2026, 3, 10) + timedelta(days=draw(st.integers(-5, 5)))
    span = draw(st.sampled_from((0, 0, 0, 1, 30)))  # a day, or uncertain: an interval
    upper = day + timedelta(days=span)
    at = draw(st.one_of(st.none(), st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}"))) if not span else None
    text = day.isoformat() if not span else f"{day.isoformat()}/{upper.isoformat()}"
    return RiskEvent(f"e{n}", draw(st.sampled_from(TYPES)), text, day.isoformat(), upper.isoformat(), at,
                     draw(st.sampled_from(PLACES)))


@st.composite
def _case(draw):
    events = risk.in_assessment_order([draw(_event(n)) for n in range(draw(st.integers(0, 7)))])
    violated = [(draw(st.sampled_from(("EXT-09", "REF-04", "IM-UN"))), e) for e in events
                if e.type in risk.VIOLATING and draw(st.booleans())]
    return events, violated


@settings(max_examples=300, deadline=None)
@given(case=_case(), start=st.integers(-6 * 24 * 60, 6 * 24 * 60), lang=st.sampled_from(("en", "ru", "be")),
       fractions=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=6))
def test_nothing_changes_before_the_next_change(case, start, lang, fractions):
    events, violated = case
    now = BASE + timedelta(minutes=start)
    answer = risk.assess(events, now=now, lang=lang, violated_blocks=violated)
    turn = risk.next_change(events, now=now)
    assert turn > now
    span = min(turn, now + timedelta(days=20)) - now
    for f in (*fractions, 1 - 1e-9):
        later = now + span * f
        if later < turn:
            assert risk.assess(events, now=later, lang=lang, violated_blocks=violated) == answer


def test_the_release_day_watch_ends_when_it_ends():
    release = RiskEvent("r", "release", "2026-03-10", "2026-03-10", "2026-03-10", "10:00", "Moscow")
    at = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    assert [r.kind for r in risk.assess([release], now=at)] == ["released"]
    ends = risk.next_change([release], now=at)
    assert ends == datetime(2026, 3, 13, 7, 0, tzinfo=timezone.utc)  # 10:00 Moscow + 72 hours
    assert [r.kind for r in risk.assess([release], now=ends - timedelta(minutes=1))] == ["released"]
    assert risk.assess([release], now=ends) == []
    assert risk.next_change([release], now=ends) == NEVER


def test_an_event_dated_ahead_opens_its_window_when_it_begins():
    order = RiskEvent("x", "expulsion_ordered", "2026-03-11", "2026-03-11", "2026-03-11", "09:00", "Vladivostok")
    before = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    assert risk.assess([order], now=before) == []
    begins = datetime(2026, 3, 10, 23, 0, tzinfo=timezone.utc)  # 09:00 in Vladivostok (UTC+10)
    assert risk.next_change([order], now=before) == begins
    assert [r.kind for r in risk.assess([order], now=begins)] == ["expulsion_ordered"]


def test_a_removal_dated_ahead_closes_the_window_when_it_begins():
    transfer = RiskEvent("t", "transfer_date_set", "2026-03-09", "2026-03-09", "2026-03-09", None, "Moscow")
    removal = RiskEvent("x", "extradited", "2026-03-10", "2026-03-10", "2026-03-10", "23:30", "Moscow")
    at = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    assert [r.kind for r in risk.assess([transfer, removal], now=at)] == ["transfer_date_set"]
    assert risk.next_change([transfer, removal], now=at) == datetime(2026, 3, 10, 20, 30, tzinfo=timezone.utc)
