"""Custody periods in Russia read from a case's events, for the summary and the figures.

A period starts with a detention (arrest, re-arrest, administrative detention, a custody
order or a special-centre placement while at liberty) and ends with release or removal
(extradited, handed over, deported, abducted, left the country). Days count from the first
possible day of each date, so an approximate date never lengthens a period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

STARTS = ("arrest", "rearrest", "admin_detention", "custody_ordered", "special_centre_placement")
ENDS = ("release", "extradited", "handed_over", "deported", "abducted", "left_country")


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None  # None: still in custody

    def days(self, as_of: date) -> int:
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


def total_days(found: list[Period], as_of: date) -> int:
    return sum(p.days(as_of) for p in found)
