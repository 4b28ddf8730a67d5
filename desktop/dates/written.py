"""Dates as people and spreadsheets write them on lists (birth dates, mostly), read into EDTF.

Forms read, each seen on published wanted lists (MVD RF, KGB RB, court lists):

- ``14.03.1987``, ``14/03/1987``, ``14-03-1987``, day first, with or without the
  suffixes ``г.р.``, ``г.``, ``года рождения``, ``г. нар.``;
- ``14.03.87``: a two-digit year is the latest year not after this one (for a birth
  date, ``87`` is 1987 and ``05`` 2005);
- ``1987-03-14``, and ``1987-03-14 00:00:00`` / ``1987-03-14T00:00:00`` as spreadsheet
  programs export date cells (a midnight time is no part of the date; another time is);
- ``03.1987`` (a month), ``1987`` and ``1987 г.`` (a year);
- ``14 марта 1987 г.``, ``14 сакавіка 1987``, ``March 14, 1987``: month names in Russian,
  Belarusian and English, read by the ``dateparser`` library;
- an Excel serial day number (``31850`` is 1987-03-14; the 1900 date system, counted
  from 1899-12-30 as Excel and LibreOffice do for dates after February 1900);
- a spreadsheet date cell (a ``datetime.date``/``datetime.datetime``);
- ``около 1980``, ``circa 1980``: the date read from the rest, approximate (``1980~``);
- EDTF's marks written into another form (``~08.1989``, ``08~.1989``, ``08.1989?``): the
  date without them, approximate (``~``) or uncertain (``?``), as the marks say.

:func:`parse_written_date` returns EDTF text (``1987-03-14``, ``1987-03``, ``1987``) or
None when the text is not a date any of these forms give, or a date after ``today`` (a
birth date in the future is a typo); it never raises on bad input.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from desktop.dates import edtf

#: Excel's day 0 in the 1900 date system, as both Excel and LibreOffice count for dates
#: after 1900-02-28 (Microsoft, "Date systems in Excel").
EXCEL_EPOCH = _dt.date(1899, 12, 30)
#: Excel serial numbers read as dates: five digits, 1927-05-18 .. 2099-12-31 (a shorter
#: number in a birth-date column is more likely a typo than a date in the 1900s).
_SERIAL_RANGE = (10000, 73050)

_SUFFIX = re.compile(
    r"(?:\s*(?:г\.?\s*р\.?|г\.?\s*н\.?|года\s+рождения|год\s+рождения|года?|гг?\.?|р\.?|y\.?o\.?b\.?))+\s*$",
    re.IGNORECASE)
_PREFIX = re.compile(r"^\s*(?:д\.?\s*р\.?|дата\s+рождения|род\.?|родился|родилась|born|dob|b\.)\s*:?\s*",
                     re.IGNORECASE)
_APPROXIMATE = re.compile(r"^(?:около|примерно|приблизительно|прибл\.|ок\.|каля|прыкладна|circa|ca\.|c\.|about|approx\.?)\s*",
                          re.IGNORECASE)
_MIDNIGHT = re.compile(r"[ T]0?0:00(?::00(?:\.0+)?)?$")
_TIME_OF_DAY = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_DMY = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})[./-](\d{1,2})[./-](\d{1,2})")
_MY = re.compile(r"(\d{1,2})[./-](\d{4})")
_YEAR = re.compile(r"\d{4}")
_SERIAL = re.compile(r"\d{5}(?:\.0+)?")
_HAS_LETTERS = re.compile(r"[^\W\d_]")
#: EDTF's marks written into a date of another form: ``~08.1989``, ``08~.1989``, ``08.1989?``.
_MARKS = re.compile(r"\s*[~?]\s*")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full_year(two_digits: int, today: _dt.date) -> int:
    """The latest year ending in ``two_digits`` that is not after this year."""
    year = today.year - today.year % 100 + two_digits
    return year if year <= today.year else year - 100


def _serial(number: float) -> str | None:
    if not _SERIAL_RANGE[0] <= number <= _SERIAL_RANGE[1] or number != int(number):
        return None
    return (EXCEL_EPOCH + _dt.timedelta(days=int(number))).isoformat()


def parse_written_date(value: object, *, today: _dt.date | None = None) -> str | None:
    """EDTF text of a date as lists write it (see the module docstring), or None.

    ``value``: str, int/float (a year or an Excel serial), or a date/datetime cell.
    ``today`` sets the century of two-digit years (default: the real today).
    """
    today = today or _dt.date.today()
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, _dt.datetime):
        if value.time() != _dt.time(0, 0):
            return None  # a time of day is not a birth date
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        if 1000 <= value <= today.year and value == int(value):
            return f"{int(value):04d}"
        return _serial(value)
    found = _parse_text(str(value), today)
    if found is not None and edtf.parse(found).lower > today:
        return None  # a birth date in the future is a typo, not a date to match on
    return found


@functools.lru_cache(maxsize=65536)
def _parse_text(text: str, today: _dt.date) -> str | None:
    value = " ".join(text.split()).strip(" ,;")
    if not value:
        return None
    if edtf.looks_like_edtf(value) and edtf.is_valid(value):
        return value
    value = _PREFIX.sub("", value)
    approximate = _APPROXIMATE.match(value)
    if approximate:
        found = _parse_text(value[approximate.end():], today)
        return found + "~" if found and found[-1].isdigit() else None
    value = _SUFFIX.sub("", value).strip(" ,;.")
    value = _MIDNIGHT.sub("", value)
    if _TIME_OF_DAY.search(value):
        return None
    if edtf.looks_like_edtf(value) and edtf.is_valid(value):
        return value
    marks = set(_MARKS.findall(value))
    if marks and not _HAS_LETTERS.search(value):
        # "~08.1989" or "08~.1989": the date without the marks, approximate (~), uncertain (?)
        # or both (%), as the marks say wherever they stand.
        found = _parse_text(_MARKS.sub("", value), today)
        kinds = {m.strip() for m in marks}
        if not found or not found[-1].isdigit():
            return None
        return found + ("%" if kinds == {"~", "?"} else "~" if "~" in kinds else "?")
    match = _DMY.fullmatch(value)
    if match:
        day, month, year_s = match.groups()
        year = int(year_s) if len(year_s) == 4 else _full_year(int(year_s), today)
        return _day(year, int(month), int(day))
    match = _YMD.fullmatch(value)
    if match:
        return _day(*(int(g) for g in match.groups()))
    match = _MY.fullmatch(value)
    if match:
        month, year = int(match.group(1)), int(match.group(2))
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and year else None
    if _YEAR.fullmatch(value):
        return value if value != "0000" else None
    if _SERIAL.fullmatch(value):
        return _serial(float(value))
    if _HAS_LETTERS.search(value):
        return _with_month_names(value)
    return None


_LANGUAGES = ["ru", "be", "en", "uk", "pl"]


@functools.cache
def _date_parser():
    import dateparser  # a heavy import, needed only for month names

    return dateparser.date.DateDataParser(
        languages=_LANGUAGES,
        settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "STRICT_PARSING": False,
                  "REQUIRE_PARTS": ["year"], "PARSERS": ["absolute-time"]})


def _with_month_names(value: str) -> str | None:
    try:
        data = _date_parser().get_date_data(value)
    except Exception:  # noqa: BLE001 - the library raises several kinds on odd text
        return None
    found = data.date_obj
    if found is None:
        return None
    if data.period == "year":
        return f"{found.year:04d}"
    if data.period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    if data.period == "day":
        if found.time() != _dt.time(0, 0):
            return None
        return found.date().isoformat()
    return None
