"""The removal-risk band keeps each case's assessment between visits (desktop.rapid.risk.assessed):
after a write, the cases whose events did not change are not assessed again. The answer kept
must be the answer :func:`risk.assess` gives at every later moment until
:func:`risk.next_change`: an event that had not begun begins, a release-day watch closes."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from db.rapid import RiskEvent
from desktop.rapid import risk

BASE = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
PLACES = (None, "Vladivostok", "Kaliningrad", "Moscow", "Petropavlovsk-Kamchatsky")


@st.composite
def _event(draw, n: int) -> RiskEvent:
    day = date(2026, 3, 10) + timedelta(days=draw(st.integers(-5, 5)))
    span = draw(st.sampled_from((0, 0, 0, 1, 30)))  # a day, or uncertain: "2026-03~", an interval
    upper = day + timedelta(days=span)
    at = draw(st.one_of(st.none(), st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}"))) if not span else None
    text = day.isoformat() if not span else f"{day.isoformat()}/{upper.isoformat()}"
    return RiskEvent(f"e{n}", draw(st.sampled_from(risk.RELEVANT)), text, day.isoformat(), upper.isoformat(), at,
                     draw(st.sampled_from(PLACES)))


@st.composite
def _case(draw):
    events = [draw(_event(n)) for n in range(draw(st.integers(0, 7)))]
    events = risk.in_assessment_order(events)
    violated = [(draw(st.sampled_from(("EXT-09", "REF-04", "IM-UN"))), e) for e in events
                if e.type in risk.VIOLATING and draw(st.booleans())]
    return events, violated


@settings(max_examples=150, deadline=None)
@given(case=_case(), steps=st.lists(st.integers(0, 60 * 24 * 3), min_size=1, max_size=8),
       lang=st.sampled_from(("en", "ru", "be")))
def test_a_kept_assessment_is_the_one_assess_gives_at_any_later_moment(case, steps, lang):
    events, violated = case
    risk._assessed.clear()
    now = BASE - timedelta(days=6)
    for minutes in steps:  # later and later, by up to three days each time
        now += timedelta(minutes=minutes)
        expected = risk.assess(events, now=now, lang=lang, violated_blocks=violated)
        assert risk.assessed(events, now=now, lang=lang, violated_blocks=violated) == expected
        turn = risk.next_change(events, now=now)
        assert turn > now
        if turn < datetime.max.replace(tzinfo=timezone.utc):
            # just before the turn the kept answer holds; at it, the answer is assessed again
            before = turn - timedelta(seconds=1)
            assert risk.assessed(events, now=before, lang=lang, violated_blocks=violated) == \
                risk.assess(events, now=before, lang=lang, violated_blocks=violated)
            assert risk.assessed(events, now=turn, lang=lang, violated_blocks=violated) == \
                risk.assess(events, now=turn, lang=lang, violated_blocks=violated)


def test_the_release_day_watch_closes_when_it_ends_though_the_events_did_not_change():
    release = RiskEvent("r", "release", "2026-03-10", "2026-03-10", "2026-03-10", "10:00", "Moscow")
    risk._assessed.clear()
    at = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    assert [r.kind for r in risk.assessed([release], now=at)] == ["released"]
    ends = risk.next_change([release], now=at)
    assert ends == datetime(2026, 3, 13, 7, 0, tzinfo=timezone.utc)  # 10:00 Moscow + 72 hours
    assert [r.kind for r in risk.assessed([release], now=ends - timedelta(minutes=1))] == ["released"]
    assert risk.assessed([release], now=ends) == []


def test_an_event_dated_ahead_opens_its_window_when_it_begins():
    order = RiskEvent("x", "expulsion_ordered", "2026-03-11", "2026-03-11", "2026-03-11", "09:00", "Vladivostok")
    risk._assessed.clear()
    before = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    assert risk.assessed([order], now=before) == []
    begins = datetime(2026, 3, 10, 23, 0, tzinfo=timezone.utc)  # 09:00 in Vladivostok (UTC+10)
    assert risk.next_change([order], now=before) == begins
    assert [r.kind for r in risk.assessed([order], now=begins)] == ["expulsion_ordered"]
