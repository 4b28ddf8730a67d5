"""The Russian production calendar, year by year, against the government's resolutions on
the transfer of days off (consultant.ru; the `holidays` library cites the same documents)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.dates import workdays


def _weekday_holidays(year: int) -> set[date]:
    """Non-working days of a year that fall Monday to Friday."""
    return {d for d in workdays.non_working_days(year) if d.weekday() < 5}


def _working_weekends(year: int) -> set[date]:
    day, found = date(year, 1, 1), set()
    while day.year == year:
        if day.weekday() >= 5 and workdays.is_working_day(day):
            found.add(day)
        day += timedelta(days=1)
    return found


def D(text: str) -> date:  # noqa: N802 - reads like a literal
    return date.fromisoformat(text)


# Weekdays off, and Saturdays worked, per the resolutions (Resolution of the Government of
# the Russian Federation on the transfer of days off for each year).
CALENDAR = {
    2020: ({"01-01", "01-02", "01-03", "01-06", "01-07", "01-08", "02-24", "03-09", "05-01", "05-04",
            "05-05", "05-11", "06-12", "11-04"}, set()),
    2021: ({"01-01", "01-04", "01-05", "01-06", "01-07", "01-08", "02-22", "02-23", "03-08", "05-03",
            "05-10", "06-14", "11-04", "11-05", "12-31"}, {"02-20"}),
    2022: ({"01-03", "01-04", "01-05", "01-06", "01-07", "02-23", "03-07", "03-08", "05-02", "05-03",
            "05-09", "05-10", "06-13", "11-04"}, {"03-05"}),
    2023: ({"01-02", "01-03", "01-04", "01-05", "01-06", "02-23", "02-24", "03-08", "05-01", "05-08",
            "05-09", "06-12", "11-06"}, set()),
    2024: ({"01-01", "01-02", "01-03", "01-04", "01-05", "01-08", "02-23", "03-08", "04-29", "04-30",
            "05-01", "05-09", "05-10", "06-12", "11-04", "12-30", "12-31"}, {"04-27", "11-02", "12-28"}),
    2025: ({"01-01", "01-02", "01-03", "01-06", "01-07", "01-08", "05-01", "05-02", "05-08", "05-09",
            "06-12", "06-13", "11-03", "11-04", "12-31"}, {"11-01"}),
    2026: ({"01-01", "01-02", "01-05", "01-06", "01-07", "01-08", "01-09", "02-23", "03-09", "05-01",
            "05-11", "06-12", "11-04", "12-31"}, set()),
    2027: ({"01-01", "01-04", "01-05", "01-06", "01-07", "01-08", "02-22", "02-23", "03-08", "05-03",
            "05-10", "06-14", "11-04", "11-05", "12-31"}, {"02-20"}),
}


@pytest.mark.parametrize("year", sorted(CALENDAR))
def test_production_calendar(year):
    off, worked = CALENDAR[year]
    assert _weekday_holidays(year) == {D(f"{year}-{md}") for md in off}
    assert _working_weekends(year) == {D(f"{year}-{md}") for md in worked}
    assert workdays.is_verified(D(f"{year}-06-01"))


def test_covid_non_working_days_are_not_holidays():
    # Presidential "non-working days" of 2020 (30 March - 11 May) are ordinary working days
    # for procedural terms; only the real holidays inside that period are not.
    assert workdays.is_working_day(D("2020-04-15"))
    assert workdays.is_working_day(D("2020-07-01"))  # the 2020 vote
    assert not workdays.is_working_day(D("2020-05-04"))


def test_next_and_add_working_days():
    assert workdays.next_working_day(D("2024-04-27")) == D("2024-04-27")  # a working Saturday
    assert workdays.next_working_day(D("2024-04-28")) == D("2024-05-02")
    assert workdays.add_working_days(D("2024-12-27"), 1) == D("2024-12-28")
    assert workdays.add_working_days(D("2024-12-28"), 1) == D("2025-01-09")
    assert workdays.add_working_days(D("2025-01-09"), 0) == D("2025-01-09")
    with pytest.raises(ValueError):
        workdays.add_working_days(D("2025-01-09"), -1)
    assert not workdays.is_verified(D("2031-01-01"))
    assert workdays.is_working_day(D("2050-01-03")) and not workdays.is_working_day(D("2050-01-01"))
