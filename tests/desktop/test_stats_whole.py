"""Figures over every case are counted over all cases less the trash (issue 19: stats within
150 ms at 10,000 cases, 500 ms at 50,000): the same figures as counting the cases kept, case by
case, whatever is in the trash; and the queries read covering indexes or the counts of
migration m0028 only (tests/desktop/test_figure_counts.py holds those counts to the events)."""

from __future__ import annotations

import itertools
import shutil
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from db.records import Case, Charge, Event, Person
from db.vault import open_vault
from desktop.cases import service as svc
from tests.helpers import statements

KINDS = ("extradition", "abduction", "expulsion")
ARTICLES = (("BY", "CC", "130"), ("BY", "CC", "342"), ("BY", "CC", "361-1"), ("RU", "CC", "280"), ("BY", "AO", "19-11"))
EVENTS = ("arrest", "hearing", "note", "interim_measures_granted", "extradited", "release")

a_case = st.fixed_dictionaries({
    "kind": st.sampled_from(KINDS),
    # (an article twice in a case, in two parts: the case counts once for it)
    "charges": st.lists(st.tuples(st.sampled_from(ARTICLES), st.sampled_from(("1", "2"))), max_size=3, unique=True),
    "events": st.lists(st.tuples(st.sampled_from(EVENTS), st.integers(1, 28)), max_size=4),
    "fate": st.sampled_from(("kept", "kept", "trash", "purged")),
})

_copies = itertools.count()


def _expected(cases: list[dict]) -> tuple[Counter, Counter, Counter]:
    """Cases per kind, per article and per event type, counted case by case."""
    kinds, charges, events = Counter(), Counter(), Counter()
    for case in cases:
        kinds[case["kind"]] += 1
        charges.update({" ".join(article) for article, _part in case["charges"]})
        events.update({event for event, _day in case["events"]})
    return kinds, charges, events


def _in_count_order(figures: dict[str, int]) -> bool:
    return list(figures) == sorted(figures, key=lambda key: (-figures[key], key))


@settings(max_examples=12)
@given(cases=st.lists(a_case, min_size=1, max_size=9))
def test_figures_over_every_case_leave_the_trash_out(template_vault, vault_key, tmp_path_factory, cases):
    path = tmp_path_factory.mktemp("stats") / f"v{next(_copies)}.abarona"
    shutil.copyfile(template_vault, path)
    with open_vault(path, vault_key) as vault:
        for n, case in enumerate(cases):
            stored = svc.create_case(vault, Case(
                reference=f"S-{n}", kind=case["kind"], person=Person(f"Кудзін {n}"),
                charges=[Charge(*article, part=part) for article, part in case["charges"]],
                events=[Event(event, f"2022-03-{day:02d}") for event, day in case["events"]]))
            if case["fate"] != "kept":
                svc.delete_case(vault, stored.id)
        if any(case["fate"] == "purged" for case in cases):
            # purge the ones meant to go, then put the others back in the trash
            for n, case in enumerate(cases):
                if case["fate"] == "trash":
                    svc.restore_case(vault, svc.get_case(vault, f"S-{n}").id)
            svc.empty_trash(vault)
            for n, case in enumerate(cases):
                if case["fate"] == "trash":
                    svc.delete_case(vault, svc.get_case(vault, f"S-{n}").id)
        kept = [case for case in cases if case["fate"] == "kept"]
        kinds, charges, events = _expected(kept)

        figures = svc.stats(vault)
        assert figures.cases == len(kept)
        assert figures.by_kind == dict(sorted(kinds.items()))
        assert figures.by_charge == dict(charges) and _in_count_order(figures.by_charge)
        assert figures.by_event == dict(events) and _in_count_order(figures.by_event)
        assert figures.interim["granted"] == sum(
            1 for case in kept if any(event == "interim_measures_granted" for event, _ in case["events"]))

        # A scope of one kind counts through the scope's own cases (the other way): the same rule.
        for kind in KINDS:
            of_kind = [case for case in kept if case["kind"] == kind]
            _kinds, charges, events = _expected(of_kind)
            figures = svc.stats(vault, kind=kind)
            assert figures.cases == len(of_kind)
            assert figures.by_charge == dict(charges) and figures.by_event == dict(events)


def _statements(vault) -> list[str]:
    return statements(vault, lambda: svc.stats(vault))


def test_figures_over_every_case_read_covering_indexes(vault):
    svc.create_case(vault, Case(reference="P-1", kind="extradition", person=Person("Кудзін"),
                                charges=[Charge("BY", "CC", "342")], events=[Event("arrest", "2022-03-01")]))
    seen = _statements(vault)
    plans = {sql: " | ".join(row[-1] for row in vault.conn.execute("EXPLAIN QUERY PLAN " + sql))
             for sql in seen if sql.startswith("SELECT") and "GROUP BY" in sql and "stat_cases" not in sql}
    everything = [plan for sql, plan in plans.items() if "WHERE 1 GROUP BY" in sql]
    assert len(everything) == 1, plans  # charges over all cases; cases and events: migration m0028's counts
    assert "USING COVERING INDEX charges_article" in everything[0], everything
    assert any("FROM figure_cases" in sql for sql in seen) and any("FROM figure_events" in sql for sql in seen)
    trash = [plan for sql, plan in plans.items() if "cases_trash" in sql]
    assert len(trash) == 3 and all("USING INDEX cases_trash" in plan for plan in trash), trash
