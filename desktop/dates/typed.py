"""Dates as people type them, turned into EDTF.

Accepted (issue 13, item 5): the day-first numeric forms of the app's locales (31.12.2021,
31/12/2021, 1.2.2021), month and year (12.2021), ISO 8601 (2021-12-31, 2021-12, 2021), every
EDTF form the user guide shows (2025-08?, 2021-12~, 2025-09-01/2025-09-10, open ends ``..``),
any other valid EDTF (201X, 2021-21), with the qualifiers ~ ? % after a day or month typed
in the locale's form, and intervals written with "/" between ISO dates or with a dash
(– — -) between any two forms.
"""

from __future__ import annotations

import re

from desktop.dates import edtf as dates

_Q = r"([~?%])?"
_DAY_FIRST = re.compile(r"([0-9]{1,2})[./]([0-9]{1,2})[./]([0-9]{4})" + _Q)
_MONTH_YEAR = re.compile(r"([0-9]{1,2})[./]([0-9]{4})" + _Q)
_ISO_LOOSE = re.compile(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?" + _Q)
_DASHES = re.compile(r"\s*[–—]\s*|\s+-\s+")


def _side(text: str) -> str | None:
    text = text.strip()
    if text in ("", ".."):
        return text
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year, q = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}{q or ''}"
    if match := _MONTH_YEAR.fullmatch(text):
        month, year, q = match.groups()
        return f"{year}-{int(month):02d}{q or ''}"
    if match := _ISO_LOOSE.fullmatch(text):
        year, month, day, q = match.groups()
        if int(month) > 12:  # a season such as 2021-21 is EDTF as written
            return text
        return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "") + (q or "")
    return text


def qualified(text: str, *, approximate: bool = False, uncertain: bool = False) -> str:
    """``text`` (a day or month as typed, e.g. 31.12.2021) with the qualifier :func:`to_edtf`
    reads after it: ``~`` approximate, ``?`` uncertain, ``%`` both (EDTF's own marks)."""
    return text + {(True, True): "%", (True, False): "~", (False, True): "?"}.get((approximate, uncertain), "")


def to_edtf(text: str) -> str | None:
    """The EDTF value of what was typed; '' for nothing typed; None when not understood
    (not a date, or no such day, e.g. 31.02.2021)."""
    text = (text or "").strip()
    if not text:
        return ""
    candidates = []
    single = _side(text)
    if single:
        candidates.append(single)
    parts = _DASHES.split(text)
    if len(parts) == 2:
        candidates.append("/".join(_side(p) or "" for p in parts))
    if "/" in text and not _DAY_FIRST.fullmatch(text):
        left, _, right = text.partition("/")
        candidates.append(f"{_side(left) or ''}/{_side(right) or ''}")
    for value in candidates:
        if value and dates.is_valid(value):
            return value
    return None
