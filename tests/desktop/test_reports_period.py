"""The aggregate's period rule, EDTF-aware, against a brute-force count (Hypothesis)."""

from __future__ import annotations

import itertools
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.records import Case, Person
from db.vault import open_vault
from desktop.cases import service as svc
from desktop.dates import edtf as dates
from desktop.reports import aggregate

_serial = itertools.count()
_inserted: list[str | None] = []

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
@given(arrests=st.lists(st.one_of(st.none(), edtf()), min_size=1, max_size=4),
       start=st.one_of(st.none(), edtf().filter(lambda t: "/" not in t)),
       end=st.one_of(st.none(), edtf().filter(lambda t: "/" not in t)))
def test_period_counts_what_overlaps(period_vault, arrests, start, end):
    for arrest in arrests:
        svc.create_case(period_vault, Case(reference=f"P-{next(_serial)}", kind="other", person=Person("X Y"),
                                           arrest_date=arrest))
        _inserted.append(arrest)
    lower = dates.parse(start).lower if start else None
    upper = dates.parse(end).upper if end else None
    if lower and upper and lower > upper:
        with pytest.raises(aggregate.PeriodInvalid):
            aggregate.load(period_vault, date_from=start, date_to=end)
        return
    data = aggregate.load(period_vault, date_from=start, date_to=end)
    periodic = start is not None or end is not None
    kept = [a for a in _inserted if (a is None and not periodic) or (a is not None and dates.parse(a).overlaps(lower, upper))]
    assert data.stats.cases == len(kept) == len(data.lines)
    assert data.fuzzy_dates == sum(1 for a in kept if a is not None and not dates.parse(a).is_day)
    assert data.undated == (sum(1 for a in _inserted if a is None) if periodic else 0)
    assert data.stats == svc.stats(period_vault, arrest_from=start, arrest_to=end)
