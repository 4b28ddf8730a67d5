"""The aggregate's period rule, EDTF-aware, against a brute-force count (Hypothesis): a case
is in a period when its arrest date or any of its events' dates overlaps it (issue 15)."""

from __future__ import annotations

import itertools
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.records import Case, Event, Person
from db.vault import open_vault
from desktop.cases import service as svc
from desktop.dates import edtf as dates
from desktop.reports import aggregate

_serial = itertools.count()
_inserted: list[tuple[str | None, list[str]]] = []

days = st.dates(min_value=date(2019, 1, 1), max_value=date(2024, 12, 31))


@st.composite
def edtf(draw) -> str:
    day = draw(days)
    form = draw(st.sampled_from(["day", "month", "year", "approx", "uncertain", "interval"]))
    if form == "day":
        return day.isoformat()
    if form == "month":
        return day.isoformat()[:7]
    if form == "year":
        return str(day.year)
    if form == "approx":
        return day.isoformat() + "~"
    if form == "uncertain":
        return day.isoformat()[:7] + "?"
    other = draw(days)
    low, high = sorted((day, other))
    return f"{low.isoformat()}/{high.isoformat()}"


@pytest.fixture(scope="module")
def period_vault(template_vault, vault_key, tmp_path_factory):
    path = tmp_path_factory.mktemp("period") / "vault.abarona"
    shutil.copyfile(template_vault, path)
    vault = open_vault(path, vault_key)
    yield vault
    vault.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=st.lists(st.tuples(st.one_of(st.none(), edtf()), st.lists(edtf(), max_size=2)), min_size=1, max_size=4),
       start=st.one_of(st.none(), edtf().filter(lambda t: "/" not in t)),
       end=st.one_of(st.none(), edtf().filter(lambda t: "/" not in t)))
def test_period_counts_what_overlaps(period_vault, cases, start, end):
    for arrest, events in cases:
        svc.create_case(period_vault, Case(reference=f"P-{next(_serial)}", kind="other", person=Person("X Y"),
                                           arrest_date=arrest, events=[Event("note", d) for d in events]))
        _inserted.append((arrest, events))
    lower = dates.parse(start).lower if start else None
    upper = dates.parse(end).upper if end else None
    if lower and upper and lower > upper:
        with pytest.raises(aggregate.PeriodInvalid):
            aggregate.load(period_vault, date_from=start, date_to=end)
        return
    data = aggregate.load(period_vault, date_from=start, date_to=end)
    periodic = start is not None or end is not None

    def dated(case) -> list[str]:
        arrest, events = case
        return ([arrest] if arrest else []) + events

    kept = [c for c in _inserted
            if not periodic or any(dates.parse(d).overlaps(lower, upper) for d in dated(c))]
    assert data.stats.cases == len(kept) == len(data.lines)
    assert data.stats.period_rule == ("any_event" if periodic else "all")
    assert data.fuzzy_dates == sum(1 for a, _ in kept if a is not None and not dates.parse(a).is_day)
    assert data.undated == (sum(1 for c in _inserted if not dated(c)) if periodic else 0)
    assert data.stats == svc.stats(period_vault, arrest_from=start, arrest_to=end)
