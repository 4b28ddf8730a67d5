"""The order of a case's events: by date, within a day by time, never letting a vague date
jump before a precise earlier one.

Rules (issue 15):

- An event whose date certainly ends before another's begins comes first.
- Within one day, an event with a time comes in order of its time; an approximate time
  ("about 17:00") is taken as up to ``APPROX_MINUTES`` either way, so it is ordered against
  another time only when the two cannot overlap.
- Otherwise (the dates overlap: ``2021~`` against ``2021-03-23``, or the same day without
  times) the events keep the order in which they were entered. An approximate later date
  therefore never sorts before an exact earlier one.

Dates are compared by their nominal day bounds (``2023-01-05~`` is the 5th), as written;
an approximate qualifier widens nothing here. Figures that depend on such a date say so
(desktop.reports.aggregate).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from desktop.dates import edtf as dates

#: How far either way an approximate time may be from the time written (minutes).
APPROX_MINUTES = 60

T = TypeVar("T")


def _bounds(event) -> tuple[date, date]:
    parsed = dates.parse(event.date)
    return parsed.lower, parsed.upper


def _minutes(event) -> tuple[int, int] | None:
    if not event.time:
        return None
    hours, minutes = (int(x) for x in event.time.split(":"))
    moment = hours * 60 + minutes
    slack = APPROX_MINUTES if getattr(event, "time_approx", False) else 0
    return moment - slack, moment + slack


def compare(a, b) -> int:
    """-1 when ``a`` certainly came before ``b``, 1 when certainly after, 0 when the record
    cannot tell (then the entered order decides)."""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if a_high < b_low:
        return -1
    if b_high < a_low:
        return 1
    if a_low == a_high == b_low == b_high:  # the same single day: the times decide
        ta, tb = _minutes(a), _minutes(b)
        if ta is not None and tb is not None:
            if ta[1] < tb[0]:
                return -1
            if tb[1] < ta[0]:
                return 1
    return 0


def chronological(events: Sequence[T]) -> list[T]:
    """The events in time order (see the module's rules); ``events`` in entered order.

    Each event is placed after every event it certainly follows and before the first event it
    certainly precedes that comes after those; so the order is stable for what the record
    cannot tell apart."""
    placed: list = []
    for event in events:
        after = max((i for i, other in enumerate(placed) if compare(other, event) < 0), default=-1)
        index = len(placed)
        for i in range(after + 1, len(placed)):
            if compare(event, placed[i]) < 0:
                index = i
                break
        placed.insert(index, event)
    return placed


def certainly_before(a, b) -> bool:
    """True when event ``a`` certainly comes before event ``b`` (:func:`compare` < 0: ``a``'s
    date ends before ``b``'s begins, or the same day with times that cannot overlap)."""
    return compare(a, b) < 0
