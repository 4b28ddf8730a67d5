"""Figures over cases that follow the rules of issue 15, for `stats` and the aggregate report.

- Period: a case is counted when any of its dates (arrest, any event) overlaps the period
  (db.stats.Scope); the figures say so (``period_rule``).
- Interim measures: each case with ``interim_measures_granted`` falls in one category, by the
  order of its first grant and its first removal (desktop.cases.order: by day, within a day
  by time, approximate times allowing an hour either way):
  ``removed_after`` (removed despite the measures: certainly after the grant),
  ``removed_before`` (removed before the measures arrived: certainly before),
  ``removed_order_unknown`` (the record cannot tell: same day without times, or vague dates),
  ``not_removed``. ``estimated`` counts cases whose category rests on an approximate date or
  time; a report says so rather than present it as a fact.
- Bodies: interim measures counted by body (resources/vocabularies.toml ``bodies``: ECtHR,
  UN HRC, UN CAT, UN WGAD; any other text as written).
- Knowledge: the delay from arrest to the day the organisation learned of the case.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable

from db import stats as stats_queries
from db.records import Stats
from db.stats import Scope, ScopeEvent
from db.vault import Vault
from desktop.cases import order
from desktop.cases.vocab import vocabulary
from desktop.dates import edtf as dates

#: Events that take the person out of Russia against interim measures.
REMOVALS = ("extradited", "handed_over", "abducted")
GRANTED = "interim_measures_granted"
#: Breakdowns `stats --by` and the aggregate report offer.
BREAKDOWNS = ("kind", "outcome", "year")


class PeriodInvalid(ValueError):
    """The period cannot be read; the message says why in plain words (English).
    ``ends_before``: True when both dates are read but the period ends before it starts,
    False when a date is not a date."""

    def __init__(self, message: str, *, ends_before: bool = False) -> None:
        super().__init__(message)
        self.ends_before = ends_before


def scope(*, date_from: str | None = None, date_to: str | None = None, kind: str | None = None,
          outcome: str | None = None, year: str | None = None) -> Scope:
    """A Scope from EDTF period ends (both optional). PeriodInvalid names a bad date."""
    lower = upper = None
    for label, value in (("from", date_from), ("to", date_to)):
        if value and not dates.is_valid(value):
            raise PeriodInvalid(f"The {label} date {value!r} is not a date (use 2021-12-31, 2021-12 or 2021).")
    if date_from:
        lower = dates.parse(date_from).lower.isoformat()
    if date_to:
        upper = dates.parse(date_to).upper.isoformat()
    if lower and upper and lower > upper:
        raise PeriodInvalid("The period ends before it starts: swap the two dates.", ends_before=True)
    return Scope(date_from=lower, date_to=upper, kind=kind, outcome=outcome, year=year)


def _exact(event: ScopeEvent) -> bool:
    parsed = dates.parse(event.date)
    return parsed.is_day and not event.time_approx


def interim_categories(events: Iterable[ScopeEvent]) -> dict[str, tuple[str, bool]]:
    """{case id: (category, estimated)} for every case with interim measures granted, from
    its grant and removal events (any order; see the module's rules)."""
    by_case: dict[str, list[ScopeEvent]] = defaultdict(list)
    for event in events:
        by_case[event.case_id].append(event)
    found: dict[str, tuple[str, bool]] = {}
    for case_id, case_events in by_case.items():
        ordered = order.chronological(sorted(case_events, key=lambda e: e.position))
        grants = [e for e in ordered if e.type == GRANTED]
        if not grants:
            continue
        grant = grants[0]
        removals = [e for e in ordered if e.type in REMOVALS]
        if not removals:
            found[case_id] = ("not_removed", False)
            continue
        removal = removals[0]
        relation = order.compare(removal, grant)
        category = {1: "removed_after", -1: "removed_before"}.get(relation, "removed_order_unknown")
        estimated = category != "removed_order_unknown" and not (_exact(grant) and _exact(removal))
        found[case_id] = (category, estimated)
    return found


def interim_figures(categories: dict[str, tuple[str, bool]]) -> dict[str, int]:
    """The interim-measure counts from ``categories`` ({case id: (category, estimated)}, as
    :func:`interim_categories` gives them): granted, removed_after,
    removed_before, removed_order_unknown, not_removed and estimated (resting on an
    approximate date or time), each a number of cases."""
    counts = Counter(category for category, _ in categories.values())
    return {
        "granted": len(categories),
        "removed_after": counts["removed_after"],
        "removed_before": counts["removed_before"],
        "removed_order_unknown": counts["removed_order_unknown"],
        "not_removed": counts["not_removed"],
        "estimated": sum(1 for _, estimated in categories.values() if estimated),
    }


def bodies(events: Iterable[ScopeEvent]) -> dict[str, int]:
    """Cases with interim measures granted, by body (a case granted by two bodies counts
    under each; a grant without a body under "")."""
    vocab = vocabulary()
    seen: dict[str, set[str]] = defaultdict(set)
    for event in events:
        if event.type == GRANTED:
            name = vocab.canonical_body(event.body) or (event.body or "").strip()
            seen[name].add(event.case_id)
    return dict(sorted(((k, len(v)) for k, v in seen.items()), key=lambda kv: (-kv[1], kv[0])))


def knowledge(conn, sc: Scope) -> dict:
    """{"cases": with both dates, "median_delay_days", "longest_delay_days", "approximate":
    how many of them rest on a date that is not one exact day}. Days from the first possible
    day of the arrest to the first possible day the organisation learned of the case."""
    delays, approximate = [], 0
    for arrest_date, learned_date in stats_queries.learned_dates(conn, sc):
        learned, arrest = dates.parse(learned_date), dates.parse(arrest_date)
        delays.append((learned.lower - arrest.lower).days)
        approximate += not (learned.is_day and arrest.is_day)
    if not delays:
        return {"cases": 0, "median_delay_days": None, "longest_delay_days": None, "approximate": 0}
    return {"cases": len(delays), "median_delay_days": statistics.median(delays),
            "longest_delay_days": max(delays), "approximate": approximate}


def compute(vault: Vault, sc: Scope = Scope()) -> Stats:
    """Every figure of `stats` over the scope's cases."""
    from dataclasses import replace

    conn = vault.conn
    base = stats_queries.compute(conn, sc)
    events = stats_queries.scope_events(conn, (GRANTED, *REMOVALS), sc, cases_with=GRANTED)
    return replace(base, by_body=bodies(events), interim=interim_figures(interim_categories(events)),
                   learned=knowledge(conn, sc))


def breakdown(vault: Vault, by: str, sc: Scope = Scope()) -> dict[str, Stats]:
    """The figures of each kind, outcome or year (the year a case began: its first date;
    "undated" for cases without any) within the scope: {value: Stats}, in vocabulary order.
    Raises ValueError when ``by`` is not one of BREAKDOWNS, VaultError."""
    from dataclasses import replace

    if by not in BREAKDOWNS:
        raise ValueError(f"cannot break figures down by {by!r} (choose from: {', '.join(BREAKDOWNS)})")
    vocab = vocabulary()
    if by in ("kind", "outcome"):
        present = getattr(stats_queries.compute(vault.conn, sc), f"by_{by}")
        terms = vocab.kinds if by == "kind" else vocab.outcomes
        return {k: compute(vault, replace(sc, **{by: k})) for k in terms if present.get(k)}
    return {(y or "undated"): compute(vault, replace(sc, year=y)) for y in stats_queries.years(vault.conn, sc)}
