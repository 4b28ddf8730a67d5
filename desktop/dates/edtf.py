"""EDTF dates (levels 0 and 1) as the interchange format and the event table use them.

The common forms (day, month, year, with ~ ? % qualifiers, and intervals of them, open
or unknown ends) are parsed here, exactly and fast: the `edtf` library takes about 3 ms
a parse, which is minutes for a 200,000-event import. Every other level-1 form (seasons,
unspecified digits such as 201X, long years) goes to the library.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

import edtf

_SIMPLE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?")
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
OPEN_LOWER = date(1, 1, 1)
OPEN_UPPER = date(9999, 12, 31)


class DateError(ValueError):
    """Not an EDTF date this program understands."""


@dataclass(frozen=True)
class Edtf:
    text: str
    lower: date  # first day the date may refer to
    upper: date  # last day
    approximate: bool = False
    uncertain: bool = False

    @property
    def is_day(self) -> bool:
        return self.lower == self.upper and not (self.approximate or self.uncertain)

    def overlaps(self, start: date | None, end: date | None) -> bool:
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
    if not 1 <= month <= 12:
        return None  # maybe a season (21-24): the library decides
    last = calendar.monthrange(year, month)[1]
    if day_s is None:
        return date(year, month, 1), date(year, month, last), qualifier or ""
    day = int(day_s)
    if not 1 <= day <= last:
        raise DateError(text)
    return date(year, month, day), date(year, month, day), qualifier or ""


@functools.lru_cache(maxsize=4096)
def parse(text: str) -> Edtf:
    """Parse an EDTF string; raise DateError when it is not one."""
    if not isinstance(text, str) or not text or text != text.strip():
        raise DateError(text)
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


def is_valid(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        parse(text)  # type: ignore[arg-type]
    except DateError:
        return False
    return True


def is_valid_time(text: object) -> bool:
    return isinstance(text, str) and _TIME.fullmatch(text) is not None


def from_date(day: date) -> str:
    return day.isoformat()
