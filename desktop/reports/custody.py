"""Custody periods in Russia read from a case's events, for the summary and the figures.

A period starts with a detention (arrest, re-arrest, administrative detention, a custody
order or a special-centre placement while at liberty) and ends with release or removal
(extradited, handed over, deported, abducted, left the country). Days count from the first
possible day of each date, so an approximate date never lengthens a period.

Issue 15:

- Events are taken in time order by desktop.cases.order (an approximate later date never
  sorts before an exact earlier one).
- A period still open when the case is closed, or when the case's outcome ends custody
  (extradited, handed over, abducted, released, left the country), has ended on a day the
  record does not give: it is not "still in custody", and it has no length (``end_known``
  False), so it is left out of durations instead of being counted to today.
- A period whose start or end is not one exact day is ``approximate``: its length is an
  estimate, and a report must say so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop.cases import order
from desktop.dates import edtf as dates

STARTS = ("arrest", "rearrest", "admin_detention", "custody_ordered", "special_centre_placement")
ENDS = ("release", "extradited", "handed_over", "deported", "abducted", "left_country")
#: Case outcomes after which the person is no longer held in Russia.
ENDING_OUTCOMES = ("extradited", "handed_over", "abducted", "released", "left_country")


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None  # None: still in custody, or ended on a day not recorded (end_known False)
    approximate: bool = False  # the start or the end is not one exact day
    end_known: bool = True  # False: ended (case closed / outcome) on a day not recorded

    @property
    def ongoing(self) -> bool:
        """True when the person is still held (no end, and no end left unrecorded)."""
        return self.end is None and self.end_known

    def days(self, as_of: date) -> int:
        """The period's length in days, an open one counted to ``as_of`` (never negative)."""
        return max(0, ((self.end or as_of) - self.start).days)


def periods(events: Iterable[tuple[str, date]]) -> list[Period]:
    """Custody periods from (type, first possible day) pairs in chronological order."""
    found: list[Period] = []
    start: date | None = None
    for typ, day in events:
        if start is None and typ in STARTS:
            start = day
        elif start is not None and typ in ENDS:
            found.append(Period(start, max(day, start)))
            start = None
    if start is not None:
        found.append(Period(start, None))
    return found


def case_periods(events: Iterable, *, closed: bool = False, outcome: str | None = None) -> list[Period]:
    """Custody periods of one case from its events (objects with ``type``, ``date`` EDTF,
    ``time``, ``time_approx``; in entered order), ordered by desktop.cases.order. A period
    left open ends, on an unrecorded day, when the case is ``closed`` or its ``outcome``
    ends custody."""
    found: list[Period] = []
    start = None
    for event in order.chronological([e for e in events if e.type in STARTS or e.type in ENDS]):
        parsed = dates.parse(event.date)
        if start is None and event.type in STARTS:
            start = parsed
        elif start is not None and event.type in ENDS:
            found.append(Period(start.lower, max(parsed.lower, start.lower),
                                approximate=not (start.is_day and parsed.is_day)))
            start = None
    if start is not None:
        ended = closed or outcome in ENDING_OUTCOMES
        found.append(Period(start.lower, None, approximate=not start.is_day, end_known=not ended))
    return found


def total_days(found: list[Period], as_of: date) -> int:
    """The days in custody over all ``found`` periods, an open period counted to ``as_of``."""
    return sum(p.days(as_of) for p in found)
