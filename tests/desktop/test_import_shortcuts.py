"""The import's shortcuts (issue 19, cause 4) say what the full work says.

validate_case skips the checks of an event its quick test finds sound: any event, sound or
not, gets the same problems, in the same order, as with every check run. A date's stored
bounds come from a cache: the same as parsing it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.records import Case, Event, Person
from desktop.cases import service
from desktop.dates import edtf as dates

_SOUND = {
    "type": ["arrest", "detention", "custody_ordered"],
    "date": ["2021-12-31", "2021-12", "2021-12-31~", "2022-01-28/2022-02-01"],
    "time": [None, "09:30", "23:59"],
    "time_approx": [False],
    "place": [None, "", "Смоленск", "SIZO-1"], "body": [None, "ECtHR"], "text": [None, "Задержан"], "source": [None],
}
_ODD_TEXTS = [" ", "a\ud800b", "x" * (service.MAX_TEXT + 1), 5, b"bytes"]
_ODD = {
    "type": ["deportation", "", None, 3],
    "date": ["31.12.2021", "2021-13-01", "", None, 20211231],
    "time": ["24:00", "9:30", "", 930],
    "time_approx": [True, None, 0, 1, "yes"],
    "place": _ODD_TEXTS, "body": _ODD_TEXTS, "text": _ODD_TEXTS, "source": _ODD_TEXTS,
}


@st.composite
def _events(draw):
    """A sound event with none, one or two of its fields made odd (each odd alone, too)."""
    fields = {name: draw(st.sampled_from(values)) for name, values in _SOUND.items()}
    for name in draw(st.lists(st.sampled_from(sorted(_ODD)), max_size=2, unique=True)):
        fields[name] = draw(st.sampled_from(_ODD[name]))
    return Event(**fields)


def _full_check(case):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(service, "_sound_event", lambda event, types: False)
        return service.validate_case(case)


_BASES = [dict(type="arrest", date="2021-12-31", time=None, time_approx=False, place="Смоленск"),
          dict(type="custody_ordered", date="2021-12", time="09:30", time_approx=True, body="ECtHR", text="")]


@pytest.mark.parametrize("base", _BASES)
def test_each_odd_field_alone_gets_the_problems_the_full_check_finds(base):
    for name, values in _ODD.items():
        for value in values:
            event = Event(**{**base, name: value})
            case = Case(reference="A-1", kind="extradition", person=Person(display_name="Иван Петров"),
                        events=[event])
            assert service.validate_case(case) == _full_check(case), (name, value)
    sound = Case(reference="A-1", kind="extradition", person=Person(display_name="Иван Петров"),
                 events=[Event(**base)])
    assert service.validate_case(sound) == _full_check(sound) == []


@given(st.lists(_events(), min_size=1, max_size=3))
def test_events_get_the_problems_the_full_check_finds(events):
    case = Case(reference="A-1", kind="extradition", person=Person(display_name="Иван Петров"), events=events)
    assert service.validate_case(case) == _full_check(case)


@given(st.sampled_from(["2021-12-31", "2021-12", "2021", "2021-12-31~", "2022-01-28/2022-02-01", "2021-21",
                        "../2022-06-10", "2021-12-19/..", "2021-XX", "not a date"]))
def test_stored_bounds_are_the_parsed_days(text):
    try:
        parsed = dates.parse(text)
    except dates.DateError:
        try:
            dates.iso_bounds(text)
        except dates.DateError:
            return
        raise AssertionError(f"{text!r} has bounds but does not parse")
    assert dates.iso_bounds(text) == (parsed.lower.isoformat(), parsed.upper.isoformat())
