"""The fast EDTF parser against the `edtf` library, and the rules this program adds:
seasons across the year boundary, a time of day refused with a message, ASCII digits only."""

from __future__ import annotations

from datetime import date

import edtf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.dates import edtf as dates


def _library(text: str) -> tuple[date, date] | None:
    try:
        value = edtf.parse_edtf(text)
        lower, upper = value.lower_strict(), value.upper_strict()
        return date(*lower[:3]), date(*upper[:3])
    except Exception:  # noqa: BLE001 - the library's several kinds of refusal
        return None


def _ours(text: str) -> tuple[date, date] | None:
    try:
        parsed = dates.parse(text)
    except dates.DateError:
        return None
    return parsed.lower, parsed.upper


def _winter(text: str) -> bool:
    return any(part[5:7] == "24" and len(part) >= 7 for part in text.split("/"))


_year = st.integers(1, 2999).map(lambda y: f"{y:04d}")
_month = st.integers(0, 26).map(lambda m: f"{m:02d}")
_day = st.integers(0, 32).map(lambda d: f"{d:02d}")
_qualifier = st.sampled_from(["", "", "~", "?", "%"])
_single = st.one_of(
    st.builds(lambda y, q: y + q, _year, _qualifier),
    st.builds(lambda y, m, q: f"{y}-{m}{q}", _year, _month, _qualifier),
    st.builds(lambda y, m, d, q: f"{y}-{m}-{d}{q}", _year, _month, _day, _qualifier),
)
_edtf_like = st.one_of(
    _single,
    st.builds(lambda a, b: f"{a}/{b}", _single, _single),
    st.builds(lambda a: f"{a}/..", _single),
    st.builds(lambda a: f"../{a}", _single),
    st.builds(lambda a: f"{a}/", _single),
    st.sampled_from(["201X", "20XX", "2021-XX", "Y170000", "2021-25", "2021-33", "1985-04-12T23:20:30",
                     "2004-06-11T09:30:00Z", "-0500", "2021-21/2021-23"]),
)

SAMPLES = ["2021-24/2022-05", "2021-05/2021-24", "2021", "2021-07", "2021-07-21", "2021~", "2021-07?", "2021-07-21%", "2021-21", "2021-22",
           "2021-23", "2021-22~", "2020-02-29", "2021-01-28/2021-02-01", "2021/2022", "2021-07/..",
           "../2021-07", "2021-07-21/", "/2021", "1900", "0001-01-01", "2021-21/2021-22"]


def _compare(text: str) -> None:
    ours, theirs = _ours(text), _library(text)
    if ours is None or theirs is None:
        return  # a form only one of them accepts: not compared here
    if "/" in text and ("../" in text or text.startswith("/") or text.endswith("/") or text.endswith("..")):
        # Open and unknown ends: the library's bounds are "infinite"; we use the far ends.
        bounded = [t for t in text.split("/") if t not in ("", "..")]
        assert all(_ours(t) is not None for t in bounded)
        return
    if _winter(text):
        # Winter runs December to February here; the library stops it on 31 December.
        assert ours[0] == theirs[0]
        last = text.split("/")[-1]
        assert ours[1] > theirs[1] if _winter(last) else ours[1] == theirs[1]
        return
    assert ours == theirs, text


@pytest.mark.parametrize("text", SAMPLES)
def test_common_forms_agree_with_the_library(text):
    assert _ours(text) is not None
    _compare(text)


@settings(max_examples=200)
@given(_edtf_like)
def test_every_form_both_accept_gives_the_same_days(text):
    _compare(text)


@pytest.mark.parametrize(("text", "lower", "upper"), [
    ("2021-21", date(2021, 3, 1), date(2021, 5, 31)),
    ("2021-22", date(2021, 6, 1), date(2021, 8, 31)),
    ("2021-23", date(2021, 9, 1), date(2021, 11, 30)),
    ("2021-24", date(2021, 12, 1), date(2022, 2, 28)),
    ("2023-24", date(2023, 12, 1), date(2024, 2, 29)),
    ("2021-24~", date(2021, 12, 1), date(2022, 2, 28)),
    ("2021-24/2022-22", date(2021, 12, 1), date(2022, 8, 31)),
])
def test_seasons_cover_the_whole_season(text, lower, upper):
    parsed = dates.parse(text)
    assert (parsed.lower, parsed.upper) == (lower, upper)


def test_a_season_has_no_day():
    assert not dates.is_valid("2021-24-05") and not dates.is_valid("2021-21-01")


def test_a_january_event_falls_in_the_winter_that_began_in_december():
    assert dates.parse("2021-24").overlaps(date(2022, 1, 15), date(2022, 1, 15))


@pytest.mark.parametrize("text", ["2026-11-29T23:30:00", "2026-11-29T23:30", "2026-11-29 23:30", "2004-06-11T09:30:00Z",
                                  "2004-06-11T09:30:00+03:00"])
def test_a_time_of_day_is_refused_with_a_message_not_cut_off(text):
    with pytest.raises(dates.DateError) as caught:
        dates.parse(text)
    assert "time of day" in caught.value.reason and text[:10] in caught.value.reason
    assert not dates.is_valid(text)


@pytest.mark.parametrize("text", ["２０２１-０１-０１", "２０２１", "2021-0١", "٢٠٢١"])
def test_only_ascii_digits_are_digits(text):
    assert not dates.is_valid(text)
    assert "digits" in dates.describe_error(text)


def test_parts_and_order_for_the_gui():
    assert dates.simple_parts("2021-07~").precision == "month"
    assert dates.simple_parts("2021-07-21").precision == "day"
    assert dates.simple_parts("2021-24") is None and dates.simple_parts("2021-13") is None
    assert dates.day_interval("2021-01-28/2021-02-01") == (date(2021, 1, 28), date(2021, 2, 1))
    events = [("2021-07", "10:00"), ("bad", None), ("2021-06-30", None), ("2021-07-01", "09:00"), ("2021", None)]
    assert sorted(events, key=lambda e: dates.event_sort_key(*e)) == [
        ("2021", None), ("2021-06-30", None), ("2021-07-01", "09:00"), ("2021-07", "10:00"), ("bad", None)]


@settings(max_examples=300)
@given(st.integers(1, 9999), st.one_of(st.none(), st.integers(1, 12)), st.integers(1, 28), st.booleans(),
       st.booleans(), st.booleans())
def test_the_gui_writes_what_it_reads(year, month, day, with_day, approximate, uncertain):
    """simple_text is simple_parts read backwards: the date widget round-trips every form."""
    day = day if with_day and month else None
    text = dates.simple_text(year, month, day, approximate=approximate, uncertain=uncertain)
    assert dates.simple_parts(text) == dates.SimpleParts(year, month, day, approximate, uncertain)


@given(st.dates(), st.dates())
def test_an_interval_of_days_round_trips(a, b):
    first, last = min(a, b), max(a, b)
    text = dates.interval_text(first, last)
    assert dates.day_interval(text) == (first, last)
    assert dates.interval_ends(text) == (first.isoformat(), last.isoformat())


def test_interval_ends_read_the_form_only():
    assert dates.interval_ends("2021-03~/..") == ("2021-03~", None)
    assert dates.interval_ends("/2021") == (None, "2021")
    assert dates.interval_ends("2021-03") is None and dates.interval_ends(None) is None


@pytest.mark.parametrize("text, code", [("2021-01-01T10:00", dates.DateErrorCode.TIME_OF_DAY),
                                        ("２０２１", dates.DateErrorCode.DIGITS),
                                        ("yesterday", dates.DateErrorCode.NOT_A_DATE),
                                        ("2021-01-01", dates.DateErrorCode.NOT_A_DATE)])
def test_error_codes_are_members(text, code):
    assert dates.error_code(text) is code
    assert bool(code) == (code is not dates.DateErrorCode.NOT_A_DATE)  # '' stays false, as before
