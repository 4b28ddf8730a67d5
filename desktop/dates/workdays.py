"""The production calendar of the Russian Federation: which days are working days.

Public holidays (Labour Code art. 112) and the government's yearly transfers of days off
come from the maintained `holidays` library (its Russia calendar cites each year's
government resolution on consultant.ru). Checked day by day against the resolutions for
2020-2027 (tests/desktop/test_workdays.py has one test per year); a change of the library
that breaks a year fails there. Saturdays made working days by a transfer are working days.

Not counted as non-working: the "non-working days with pay" that presidential decrees
declared in 2020 and 2021 (COVID-19, the 2020 vote): they are neither weekends nor public
holidays, so procedural terms do not move for them (the Supreme Court's COVID-19 review
No. 1 of 21.04.2020 lets a term missed because of them be restored instead).
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

import holidays

#: Years whose transfers of days off were checked against the government's resolutions.
VERIFIED_YEARS = range(2020, 2028)
_FIRST, _LAST = 1992, 2040


@functools.cache
def _non_working() -> frozenset[date]:
    calendar = holidays.country_holidays("RU", years=range(_FIRST, _LAST + 1))
    days = set(calendar)
    workdays = set(getattr(calendar, "weekend_workdays", ()))
    day = date(_FIRST, 1, 1)
    while day.year <= _LAST:
        if day.weekday() >= 5 and day not in workdays:
            days.add(day)
        day += timedelta(days=1)
    return frozenset(days)


def is_working_day(day: date) -> bool:
    """A working day of the Russian production calendar (five-day week)."""
    if _FIRST <= day.year <= _LAST:
        return day not in _non_working()
    return day.weekday() < 5


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, otherwise the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_working_days(day: date, count: int) -> date:
    """The ``count``-th working day after ``day`` (``day`` itself is not counted; 0 gives
    ``day``), by the Russian production calendar of :func:`is_working_day`. Raises ValueError
    for a negative ``count``."""
    if count < 0:
        raise ValueError("count must not be negative")
    while count:
        day += timedelta(days=1)
        if is_working_day(day):
            count -= 1
    return day


def is_verified(day: date) -> bool:
    """Whether the transfers of days off for this day's year were checked (2020-2027)."""
    return day.year in VERIFIED_YEARS


def non_working_days(year: int) -> list[date]:
    """Every non-working day of a year (weekends not worked, holidays, transfers)."""
    day, days = date(year, 1, 1), []
    while day.year == year:
        if not is_working_day(day):
            days.append(day)
        day += timedelta(days=1)
    return days
