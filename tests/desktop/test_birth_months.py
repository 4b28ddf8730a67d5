"""A birth date known to the month (a list's "08.1989") agrees with that month only: a client
born in September 1989 is not that person by the date, however the list marks it ("~08.1989",
"08~.1989"), and the reason names the dates in words, never as EDTF."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.dates import edtf as dates
from desktop.dates.written import parse_written_date
from desktop.names.matching import DEFAULT_THRESHOLD, compare

TODAY = date(2026, 12, 1)
NAME = "Петров Иван Сергеевич"


@pytest.mark.parametrize(("written", "read"), [
    ("08.1989", "1989-08"), ("~08.1989", "1989-08~"), ("08~.1989", "1989-08~"), ("08.1989~", "1989-08~"),
    ("08.1989?", "1989-08?"), ("~08.1989?", "1989-08%"), ("12.05~.1988", "1988-05-12~"), ("~ 1989 г.", "1989~"),
])
def test_edtf_marks_written_into_a_list_date_are_read(written, read):
    assert parse_written_date(written, today=TODAY) == read


@pytest.mark.parametrize("written", ["~", "?", "~~", "08~.13.1989", "~abc"])
def test_marks_without_a_date_are_no_date(written):
    assert parse_written_date(written, today=TODAY) is None


months = st.tuples(st.integers(1900, 2020), st.integers(1, 12), st.sampled_from(["", "~", "?", "%"]))


@given(months, st.integers(1, 12), st.integers(1, 31), st.booleans())
def test_a_month_only_date_matches_its_own_month_only(listed, other_month, day, whole_month):
    year, month, mark = listed
    entry = f"{year:04d}-{month:02d}{mark}"
    day = min(day, calendar.monthrange(year, other_month)[1])
    client = f"{year:04d}-{other_month:02d}" if whole_month else f"{year:04d}-{other_month:02d}-{day:02d}"
    match = compare(NAME, NAME, birth_a=client, birth_b=entry)
    codes = [r.code for r in match.reasons]
    if other_month == month:
        assert match.score == 1.0 and "birth_differs" not in codes
    else:
        assert match.score < DEFAULT_THRESHOLD and "birth_differs" in codes, (client, entry, match)


def test_september_is_not_august_and_the_reason_says_it_in_words():
    for listed in ("08.1989", "08~.1989", "~08.1989"):
        entry = parse_written_date(listed, today=TODAY)
        match = compare(NAME, NAME, birth_a="1989-09", birth_b=entry)
        assert match.score < DEFAULT_THRESHOLD, (listed, match)
        text = match.explanation()
        assert "birth dates differ" in text and "August 1989" in text and "September 1989" in text, text
        assert "1989-0" not in text and "~" not in text, text
    assert compare(NAME, NAME, birth_a="1989-08-17", birth_b="1989-08").score == 1.0  # its own month agrees


def test_human_words_for_the_list_dates():
    assert dates.human("1989-08~") == "about August 1989"
    assert dates.human("1989-08") == "August 1989"
