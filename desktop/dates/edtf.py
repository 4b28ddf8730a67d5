"""EDTF dates (levels 0 and 1) as the interchange format and the event table use them.

The common forms (day, month, year, with ~ ? % qualifiers, seasons, and intervals of
them, open or unknown ends) are parsed here, exactly and fast: the `edtf` library takes
about 3 ms a parse, which is minutes for a 200,000-event import. Every other form
(unspecified digits such as 201X, long years) goes to the library.

Rules of this program beyond the library (tests/desktop/test_edtf.py compares the two on
every form both accept):

- Seasons (EDTF level 1: 21 spring, 22 summer, 23 autumn, 24 winter) are the Northern
  Hemisphere's meteorological seasons, Belarus and Russia being there: spring is March to
  May, summer June to August, autumn September to November, and winter of 2021
  (``2021-24``) runs from 2021-12-01 to 2022-02-28, across the year boundary (the library
  stops it at 2021-12-31, which would leave January and February of that winter out).
- A date with a time of day (``2026-11-29T23:30:00``) is refused with
  :class:`DateError` saying so: this program keeps an event's time in its own field, and
  a date field must not cut the time off silently.
- Only ASCII digits are digits: full-width ``２０２１`` is refused (Python's ``\\d`` and
  ``int()`` would take it).

:func:`simple_parts`, :func:`season_parts`, :func:`day_interval` and :func:`interval_ends`
give the GUI the precision and parts of a date, :func:`simple_text` and :func:`interval_text`
write them back, and :func:`event_sort_key` gives the order of events, so no layer above
this one reads or writes EDTF itself.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import edtf

_SIMPLE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([~?%])?")
_DAY_INTERVAL = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})/([0-9]{4}-[0-9]{2}-[0-9]{2})")
_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ]([0-9]{2}:[0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?")
#: Meteorological seasons of the Northern Hemisphere: code -> (first month, last month, years on).
SEASONS = {21: (3, 5, 0), 22: (6, 8, 0), 23: (9, 11, 0), 24: (12, 2, 1)}
OPEN_LOWER = date(1, 1, 1)
OPEN_UPPER = date(9999, 12, 31)


class DateErrorCode(StrEnum):
    """What is wrong with a date, for the GUI to word in the user's language."""

    NOT_A_DATE = ""  # nothing more to say than "not a date" (false, as the empty string)
    TIME_OF_DAY = "time_of_day"  # a date with a time of day: the time has its own field
    DIGITS = "digits"  # digits other than 0-9 (full-width, say)


class DateError(ValueError):
    """Not an EDTF date this program understands. ``str()`` is the text given (as before);
    ``reason`` is an English sentence when there is more to say than "not a date"
    (a time of day, full-width digits), else ''; ``code`` is a :class:`DateErrorCode` (a
    plain string of one of its values is accepted; another raises ValueError)."""

    def __init__(self, text: object, reason: str = "", code: DateErrorCode | str = DateErrorCode.NOT_A_DATE) -> None:
        super().__init__(text)
        self.reason = reason
        self.code = DateErrorCode(code)


@dataclass(frozen=True)
class Edtf:
    text: str
    lower: date  # first day the date may refer to
    upper: date  # last day
    approximate: bool = False
    uncertain: bool = False

    @property
    def is_day(self) -> bool:
        """True for one exact day (no interval, no qualifier)."""
        return self.lower == self.upper and not (self.approximate or self.uncertain)

    def overlaps(self, start: date | None, end: date | None) -> bool:
        """True when the date's days meet the period ``start``..``end`` (inclusive; None: open)."""
        return (start is None or self.upper >= start) and (end is None or self.lower <= end)


def _simple(text: str) -> tuple[date, date, str] | None:
    match = _SIMPLE.fullmatch(text)
    if not match:
        return None
    year_s, month_s, day_s, qualifier = match.groups()
    year = int(year_s)
    if year == 0:
        raise DateError(text)
    if month_s is None:
        return date(year, 1, 1), date(year, 12, 31), qualifier or ""
    month = int(month_s)
    if month in SEASONS and day_s is None:
        first, last_month, years_on = SEASONS[month]
        end_year = year + years_on
        return (date(year, first, 1), date(end_year, last_month, calendar.monthrange(end_year, last_month)[1]),
                qualifier or "")
    if not 1 <= month <= 12:
        return None  # a level-2 season (25-41): the library decides
    last = calendar.monthrange(year, month)[1]
    if day_s is None:
        return date(year, month, 1), date(year, month, last), qualifier or ""
    day = int(day_s)
    if not 1 <= day <= last:
        raise DateError(text)
    return date(year, month, day), date(year, month, day), qualifier or ""


@functools.lru_cache(maxsize=4096)
def parse(text: str) -> Edtf:
    """Parse an EDTF string (a day, month or year, with ~ ? % qualifiers, a season, an
    interval of those, open ends) into its :class:`Edtf` with the first and last day it may
    refer to. Raises DateError when it is not one (``reason``/``code`` say more for a time
    of day or full-width digits)."""
    if not isinstance(text, str) or not text or text != text.strip():
        raise DateError(text)
    if not text.isascii():
        if any(ch.isdigit() for ch in text):
            raise DateError(text, "is written with digits other than 0-9 (full-width digits, say); "
                                  "write the date with ordinary digits, e.g. 2021-12-31", DateErrorCode.DIGITS)
        raise DateError(text)
    timed = _DATE_TIME.fullmatch(text)
    if timed:
        raise DateError(text, f"has a time of day ({timed.group(2)}); a date field holds the date only: "
                              f"write {timed.group(1)} here and the time in the event's time field",
                        DateErrorCode.TIME_OF_DAY)
    if "/" in text:
        start_s, _, end_s = text.partition("/")
        lower, upper, qualifiers = OPEN_LOWER, OPEN_UPPER, ""
        if start_s not in ("", ".."):
            start = _simple(start_s) or _library(start_s)
            lower, qualifiers = start[0], qualifiers + start[2]
        if end_s not in ("", ".."):
            end = _simple(end_s) or _library(end_s)
            upper, qualifiers = end[1], qualifiers + end[2]
        if start_s in ("", "..") and end_s in ("", ".."):
            raise DateError(text)
        if lower > upper:
            raise DateError(text)
        return Edtf(text, lower, upper, "~" in qualifiers or "%" in qualifiers,
                    "?" in qualifiers or "%" in qualifiers)
    parsed = _simple(text) or _library(text)
    lower, upper, qualifier = parsed
    return Edtf(text, lower, upper, qualifier in "~%" and qualifier != "",
                qualifier in "?%" and qualifier != "")


def _library(text: str) -> tuple[date, date, str]:
    try:
        value = edtf.parse_edtf(text)
        lower, upper = value.lower_strict(), value.upper_strict()
    except Exception:  # the library raises several kinds for bad input
        raise DateError(text) from None
    if isinstance(value, edtf.Interval):
        raise DateError(text)  # intervals are handled above
    qualifier = "%" if "%" in text else "~" if "~" in text else "?" if "?" in text else ""
    try:
        return date(*lower[:3]), date(*upper[:3]), qualifier
    except (TypeError, ValueError):
        raise DateError(text) from None


_EDTF_START = re.compile(r"-?\d{4}(?:$|[-~?%/])|\.\./|/")


def looks_like_edtf(text: str) -> bool:
    """A cheap test run before :func:`is_valid` on free text: starts as EDTF does
    (a four-digit year, or an open interval). The library is slow on other text."""
    return bool(_EDTF_START.match(text))


@functools.lru_cache(maxsize=4096)
def iso_bounds(text: str) -> tuple[str, str]:
    """(first day, last day) a date may be, as ISO days ("2021-12-01", "2021-12-31" for
    "2021-12"): what a record stores beside its date. Cached: an import asks it for every
    event (issue 19, cause 4). Raises DateError as :func:`parse` does."""
    parsed = parse(text)
    return parsed.lower.isoformat(), parsed.upper.isoformat()


def is_valid(text: object) -> bool:
    """True when ``text`` is a string :func:`parse` accepts (never raises)."""
    if not isinstance(text, str):
        return False
    try:
        parse(text)  # type: ignore[arg-type]
    except DateError:
        return False
    return True


@dataclass(frozen=True)
class SimpleParts:
    """A day, a month or a year, maybe qualified (the forms a date widget edits)."""

    year: int
    month: int | None
    day: int | None
    approximate: bool
    uncertain: bool

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        return "day" if self.day else "month" if self.month else "year"


def simple_parts(text: str | None) -> SimpleParts | None:
    """The parts of a valid day, month or year (``2021-07-21``, ``2021-07~``, ``2021?``);
    None for seasons, intervals, other forms and anything invalid."""
    if not text:
        return None
    match = _SIMPLE.fullmatch(text)
    if not match or not is_valid(text):
        return None
    year, month, day, qualifier = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    qualifier = qualifier or ""
    return SimpleParts(int(year), int(month) if month else None, int(day) if day else None,
                       qualifier in ("~", "%"), qualifier in ("?", "%"))


def season_parts(text: str | None) -> tuple[int, str, bool, bool] | None:
    """(year, "spring"|"summer"|"autumn"|"winter", approximate, uncertain) of a valid season
    (``2021-24`` is the winter that begins in December 2021), else None."""
    if not text:
        return None
    match = _SIMPLE.fullmatch(text)
    if not match or match.group(3) is not None or match.group(2) is None or not is_valid(text):
        return None
    code = int(match.group(2))
    if code not in SEASONS:
        return None
    qualifier = match.group(4) or ""
    return (int(match.group(1)), {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}[code],
            qualifier in ("~", "%"), qualifier in ("?", "%"))


def day_interval(text: str | None) -> tuple[date, date] | None:
    """(first day, last day) of a valid interval between two days (``2021-01-28/2021-02-01``),
    else None."""
    if not text:
        return None
    match = _DAY_INTERVAL.fullmatch(text)
    if not match or not is_valid(text):
        return None
    return date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))


def simple_text(year: int, month: int | None = None, day: int | None = None, *,
                approximate: bool = False, uncertain: bool = False) -> str:
    """The EDTF text of a day, a month or a year with its qualifier (``2021-07-21``,
    ``2021-07~``, ``2021?``, ``2021%`` when both): :func:`simple_parts` read backwards. The
    text is not checked (a day needs its month); :func:`is_valid` says whether it is a date."""
    text = f"{year:04d}"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text + {(True, True): "%", (True, False): "~", (False, True): "?"}.get((approximate, uncertain), "")


#: The forms a date field takes, in words (messages for people never say "EDTF").
FORMS_HELP = ("write a day as 2021-12-31, a month as 2021-12 or a year as 2021; add ~ when it is approximate "
              "(2021-12~) or ? when it is uncertain (2021?); a period is two dates joined by / "
              "(2022-01-28/2022-02-01)")


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


@dataclass(frozen=True)
class HumanWords:
    """How :func:`human` words a date's parts. The defaults are the CLI's English (a day in
    ISO form, unambiguous in any country); the GUI passes its locale's forms and translations.
    In the texts, ``%1`` stands for what they qualify: the year of a season ("2021", or
    "2021–22" for a winter), the date that is approximate or uncertain."""

    day: Callable[[date], str] = date.isoformat
    month: Callable[[int, int], str] = lambda year, month: f"{_MONTHS_EN[month - 1]} {year}"  # (year, month)
    seasons: tuple[tuple[str, str], ...] = (("spring", "spring %1"), ("summer", "summer %1"),
                                            ("autumn", "autumn %1"), ("winter", "winter %1"))
    approximate: str = "about %1"
    uncertain: str = "%1 (uncertain)"
    open_end: str = "…"


ENGLISH = HumanWords()


def human(text: str | None, words: HumanWords = ENGLISH) -> str:
    """An EDTF value as people read it (the CLI's English by default; the GUI's format_edtf
    passes its own ``words``): ``2021-21`` -> "spring 2021", ``2021-24`` -> "winter 2021–22",
    ``2021-07~`` -> "about July 2021", ``1988?`` -> "1988 (uncertain)", ``2021-07-21`` ->
    "2021-07-21", intervals as "a – b" with "…" for an open or unknown end. A form it has no
    words for (201X, a level-2 season) and text that is no date are returned as written;
    None and "" give ""."""
    if not text:
        return ""
    ends = interval_ends(text)
    if ends is not None:
        start, end = ends
        left = _human_simple(start, words) if start is not None else words.open_end
        right = _human_simple(end, words) if end is not None else words.open_end
        return f"{left} – {right}" if left and right else text
    return _human_simple(text, words) or text


def _human_simple(text: str, words: HumanWords) -> str | None:
    parts = simple_parts(text)
    if parts is not None:
        if parts.day:
            shown = words.day(date(parts.year, parts.month, parts.day))
        elif parts.month:
            shown = words.month(parts.year, parts.month)
        else:
            shown = str(parts.year)
        approximate, uncertain = parts.approximate, parts.uncertain
    else:
        season = season_parts(text)
        if season is None:
            return None
        year, name, approximate, uncertain = season
        shown = dict(words.seasons)[name].replace(
            "%1", f"{year}–{(year + 1) % 100:02d}" if name == "winter" else str(year))
    if approximate:
        shown = words.approximate.replace("%1", shown)
    if uncertain:
        shown = words.uncertain.replace("%1", shown)
    return shown


def interval_text(first: date, last: date) -> str:
    """The EDTF text of the days from ``first`` to ``last`` (``2021-01-28/2021-02-01``):
    :func:`day_interval` read backwards."""
    return f"{first.isoformat()}/{last.isoformat()}"


def interval_ends(text: str | None) -> tuple[str | None, str | None] | None:
    """The two ends of an interval as written (``2021-03~/..`` -> ("2021-03~", None); an open
    or unknown end, "" or "..", is None), or None when ``text`` is no interval. Reads the
    form only: whether each end is a date is :func:`simple_parts`' or :func:`parse`'s to say."""
    if not text or "/" not in text:
        return None
    start, _, end = text.partition("/")
    return (None if start in ("", "..") else start), (None if end in ("", "..") else end)


def event_sort_key(date_text: str | None, time_text: str | None = None) -> tuple[date, str]:
    """The order of events in a chronology: by the first day the date may refer to, then the
    time of day; an invalid or missing date sorts last. Sorting is stable, so events of one
    day without a time keep the order they were entered in."""
    try:
        lower = parse(date_text).lower if date_text else OPEN_UPPER
    except DateError:
        lower = OPEN_UPPER
    return lower, time_text or ""


def describe_error(text: object) -> str | None:
    """The ``reason`` of :class:`DateError` for ``text`` when it says more than "not a
    date" (a time of day, full-width digits), else None (also for a valid date)."""
    if not isinstance(text, str):
        return None
    try:
        parse(text)
    except DateError as exc:
        return exc.reason or None
    return None


def error_code(text: object) -> DateErrorCode:
    """The ``code`` of :class:`DateError` for ``text`` (TIME_OF_DAY, DIGITS), or NOT_A_DATE
    (the empty string; also for a valid date and for text that is simply not a date)."""
    if not isinstance(text, str):
        return DateErrorCode.NOT_A_DATE
    try:
        parse(text)
    except DateError as exc:
        return exc.code
    return DateErrorCode.NOT_A_DATE


def is_valid_time(text: object) -> bool:
    """True when ``text`` is a time of day as "HH:MM" (24 hours, 00:00 to 23:59)."""
    return isinstance(text, str) and _TIME.fullmatch(text) is not None


def from_date(day: date) -> str:
    """A calendar day as the EDTF text of that day ("2021-12-31")."""
    return day.isoformat()
