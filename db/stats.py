"""Aggregate figures over cases, optionally limited to a period, a kind, an outcome or the
year a case began.

The period rule (issue 15): a case is in a period when any of its dates overlaps it: the
arrest date or the date of any event (each as its whole EDTF range). Cases without any date
are then left out (undated_cases() counts them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlcipher3

from db.records import Stats


@dataclass(frozen=True, slots=True)
class Scope:
    """Which cases figures are over. Days are ISO dates (the period's first and last day)."""

    date_from: str | None = None
    date_to: str | None = None
    kind: str | None = None
    outcome: str | None = None
    year: str | None = None  # "2021": cases whose first date (arrest or event) is in that year
    #: "" for no year: cases without any date (the rest of a breakdown by year)
    ids: Sequence[str] | None = None

    @property
    def periodic(self) -> bool:
        return self.date_from is not None or self.date_to is not None


#: The first possible day of a case's earliest date (arrest or event): when it began.
_START = ("min(coalesce({a}.arrest_lower, '9999'), coalesce((SELECT min(x.date_lower) FROM events x"
          " WHERE x.case_id = {a}.id), '9999'))")


def _where(scope: Scope, alias: str = "c") -> tuple[str, list]:
    """The WHERE clause selecting the scope's cases from ``cases`` under ``alias``."""
    a = alias
    clauses, args = [f"{a}.deleted_at IS NULL"], []
    if scope.periodic:
        low, high = scope.date_from or "0000-01-01", scope.date_to or "9999-12-31"
        clauses.append(
            f"(({a}.arrest_lower IS NOT NULL AND {a}.arrest_upper >= ? AND {a}.arrest_lower <= ?)"
            f" OR EXISTS (SELECT 1 FROM events pe WHERE pe.case_id = {a}.id AND pe.date_upper >= ?"
            " AND pe.date_lower <= ?))")
        args += [low, high, low, high]
    for column, value in (("kind", scope.kind), ("outcome", scope.outcome)):
        if value is not None:
            clauses.append(f"{a}.{column} = ?")
            args.append(value)
    if scope.year is not None:
        start = _START.format(a=a)
        if scope.year == "":
            clauses.append(f"{start} = '9999'")
        else:
            clauses.append(f"substr({start}, 1, 4) = ?")
            args.append(scope.year)
    if scope.ids is not None:
        clauses.append(f"{a}.id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(scope.ids)))
    return " AND ".join(clauses), args


#: The event types of the partial index ``events_interim`` (migration m0028a; the same list,
#: in the same order: the interim-measure figures, desktop.cases.figures).
INTERIM_TYPES = ("interim_measures_granted", "extradited", "handed_over", "abducted")
_INTERIM_LIST = ", ".join(f"'{t}'" for t in INTERIM_TYPES)

#: The cases in the trash, through the partial index ``cases_trash`` (m0021).
_TRASH = "SELECT id FROM cases INDEXED BY cases_trash WHERE deleted_at IS NOT NULL"
#: Cases per charge (article) and per event type, as (key..., cases) rows; ``{among}`` is a
#: condition on the charge's or event's ``case_id``; ``{join}`` joins the scope's cases.
_CHARGE_CASES = ("SELECT g.jurisdiction, g.code, g.article, count(DISTINCT g.case_id) FROM charges g{join}"
                 " WHERE {among} GROUP BY g.jurisdiction, g.code, g.article")
_EVENT_CASES = "SELECT e.type, count(DISTINCT e.case_id) FROM events e{join} WHERE {among} GROUP BY e.type"


def _cases_per(conn: sqlcipher3.Connection, sql: str, whole: bool) -> list[tuple]:
    """Rows of ``sql`` (_CHARGE_CASES, _EVENT_CASES: keys, then a number of cases) over the
    scope's cases, those with none left out.

    Over every case not in the trash (``whole``; charges only: events have the counts of
    migration m0028), the figures are counted over all cases, reading only the covering index
    ``charges_article``, less those of the cases in the trash (few): at 10,000 cases this is 3
    to 4 times faster than looking up each case in the scope (issue 19). A case is in one of
    the two sets, never both, so the difference is exact."""
    if not whole:
        alias = "g" if "charges g" in sql else "e"
        return [tuple(r) for r in conn.execute(
            sql.format(join=f" JOIN stat_cases s ON s.id = {alias}.case_id", among="1"))]
    return _less_trash(conn.execute(sql.format(join="", among="1")),
                       conn.execute(sql.format(join="", among=f"case_id IN ({_TRASH})")))


def _by_count(pairs) -> dict[str, int]:
    """{key: n} in the order of ORDER BY n DESC, key (SQLite's BINARY order of the key: the
    order of code points, as Python compares str)."""
    return dict(sorted(pairs, key=lambda kn: (-kn[1], kn[0])))


def compute(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> Stats:
    """Counts over the scope's cases (not in the trash): by kind, outcome, status, charge
    (cases per article), event type (cases with one), persons, groups and incidents. The
    figures that need the rules of desktop/ (interim measures, knowledge) are added there.
    Over every case (``Scope()``) the counts come from the tables the triggers of migration
    m0028 keep (:func:`_whole`); otherwise from the scope's cases, counted here."""
    if scope == Scope():
        return _whole(conn)
    where, args = _where(scope)
    conn.execute("DROP TABLE IF EXISTS temp.stat_cases")
    conn.execute(
        "CREATE TEMP TABLE stat_cases AS SELECT c.id, c.kind, c.outcome, c.status, c.person_id FROM cases c"
        f" WHERE {where}",
        args,
    )
    try:
        groups, grouped_cases = conn.execute(
            "SELECT count(DISTINCT m.group_id), count(DISTINCT m.case_id) FROM case_group_members m"
            " JOIN stat_cases s ON s.id = m.case_id").fetchone()
        return _figures(
            conn.execute("SELECT kind, outcome, status, count(*) FROM stat_cases GROUP BY kind, outcome, status"),
            _cases_per(conn, _CHARGE_CASES, False), _cases_per(conn, _EVENT_CASES, False),
            persons=conn.execute("SELECT count(DISTINCT person_id) FROM stat_cases").fetchone()[0],
            groups=groups, grouped_cases=grouped_cases, periodic=scope.periodic)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.stat_cases")


def _figures(case_counts, charges, events, *, persons: int, groups: int, grouped_cases: int,
             periodic: bool) -> Stats:
    """Stats from (kind, outcome, status, cases) rows, (jurisdiction, code, article, cases)
    rows and (type, cases) rows (rows of 0 cases left out), and the other counts."""
    by_kind: dict[str, int] = {}
    by_outcome: dict[str, int] = {}
    by_status: dict[str, int] = {}
    total = 0
    # One pass over the (kind, outcome, status) counts for the three breakdowns (each in key order).
    for kind, outcome, status, n in case_counts:
        if n <= 0:
            continue
        total += n
        by_kind[kind] = by_kind.get(kind, 0) + n
        by_outcome[outcome] = by_outcome.get(outcome, 0) + n
        by_status[status] = by_status.get(status, 0) + n
    return Stats(
        cases=total,
        by_kind=dict(sorted(by_kind.items())),
        by_outcome=dict(sorted(by_outcome.items())),
        by_status=dict(sorted(by_status.items())),
        by_charge=_by_count((f"{jurisdiction} {code} {article}", n) for jurisdiction, code, article, n in charges),
        by_event=_by_count(events),
        persons=persons,
        groups=groups,
        incidents=total - grouped_cases + groups,
        period_rule="any_event" if periodic else "all",
    )


def _less_trash(totals, in_trash) -> list[tuple]:
    """(key..., n) rows of ``totals`` less those of ``in_trash`` (same keys), rows of 0 left out."""
    counts: dict[tuple, int] = {}
    for *key, n in totals:
        counts[tuple(key)] = n
    for *key, n in in_trash:
        counts[tuple(key)] -= n
    return [(*key, n) for key, n in counts.items() if n > 0]


def _whole(conn: sqlcipher3.Connection) -> Stats:
    """compute() over every case not in the trash: the cases per (kind, outcome, status) and
    per event type from ``figure_cases`` and ``figure_events`` (migration m0028: over all
    cases, kept by triggers), charges from the covering index ``charges_article``, persons
    from ``cases_person``, each less what the cases in the trash count (few, through the
    partial index ``cases_trash``). At 50,000 cases: 650–880 ms before (issue 19, budget
    500 ms), most of it counting the cases of each event type over a million index entries."""
    cases = _less_trash(
        conn.execute("SELECT kind, outcome, status, cases FROM figure_cases"),
        conn.execute("SELECT kind, outcome, status, count(*) FROM cases INDEXED BY cases_trash"
                     " WHERE deleted_at IS NOT NULL GROUP BY kind, outcome, status"))
    events = _less_trash(
        conn.execute("SELECT type, cases FROM figure_events"),
        conn.execute(_EVENT_CASES.format(join="", among=f"case_id IN ({_TRASH})")))
    # Persons with a case, less those whose every case is in the trash.
    persons = conn.execute("SELECT count(*) FROM (SELECT DISTINCT person_id FROM cases)").fetchone()[0]
    persons -= conn.execute(
        "SELECT count(DISTINCT t.person_id) FROM cases t INDEXED BY cases_trash WHERE t.deleted_at IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.person_id = t.person_id AND k.deleted_at IS NULL)"
    ).fetchone()[0]
    groups, grouped_cases = conn.execute(
        "SELECT count(DISTINCT m.group_id), count(DISTINCT m.case_id) FROM case_group_members m"
        f" WHERE m.case_id NOT IN ({_TRASH})").fetchone()
    return _figures(cases, _cases_per(conn, _CHARGE_CASES, True), events, persons=persons, groups=groups,
                    grouped_cases=grouped_cases, periodic=False)


def year_counts(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> dict[str, int]:
    """{year a case began ("" for cases without any date): cases}, years in order."""
    where, args = _where(scope)
    start = _START.format(a="c")
    return {r[0]: r[1] for r in conn.execute(
        f"SELECT CASE WHEN {start} = '9999' THEN '' ELSE substr({start}, 1, 4) END AS y, count(*)"
        f" FROM cases c WHERE {where} GROUP BY y ORDER BY y = '', y", args)}


def learned_dates(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> list[tuple[str, str]]:
    """(arrest date, learned date) of the scope's cases that have both (EDTF), from the
    partial covering index ``cases_learned`` (m0028a) when SQLite finds it the better way."""
    where, args = _where(scope)
    return [tuple(r) for r in conn.execute(
        f"SELECT c.arrest_date, c.learned_date FROM cases c WHERE {where}"
        " AND c.arrest_date IS NOT NULL AND c.learned_date IS NOT NULL", args)]


def years(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> list[str]:
    """The years cases of the scope began in ("" for cases without any date), in order."""
    where, args = _where(scope)
    start = _START.format(a="c")
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT CASE WHEN {start} = '9999' THEN '' ELSE substr({start}, 1, 4) END AS y"
        f" FROM cases c WHERE {where} ORDER BY y = '', y", args)]


# -- What the figures and the aggregate report need beyond compute(): the same cases. -------

@dataclass(frozen=True, slots=True)
class PeriodCase:
    id: str
    reference: str
    person_id: str
    person_name: str
    publicity: str
    kind: str
    outcome: str
    status: str
    arrest_date: str | None
    arrest_lower: str | None
    arrest_upper: str | None
    region: str | None
    learned_date: str | None = None


@dataclass(frozen=True, slots=True)
class ScopeEvent:
    case_id: str
    type: str
    date: str
    time: str | None
    time_approx: bool
    body: str | None
    position: int


def period_cases(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> list[PeriodCase]:
    """The cases compute() counts, in order of arrest (undated last), then reference."""
    where, args = _where(scope)
    return [PeriodCase(*row) for row in conn.execute(
        "SELECT c.id, c.reference, c.person_id, p.display_name, p.publicity, c.kind, c.outcome,"
        " c.status, c.arrest_date, c.arrest_lower, c.arrest_upper, c.region, c.learned_date"
        f" FROM cases c JOIN persons p ON p.id = c.person_id WHERE {where}"
        " ORDER BY c.arrest_lower IS NULL, c.arrest_lower, c.reference",
        args,
    )]


def period_charges(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> list[tuple[str, str, str, str]]:
    """(case id, jurisdiction, code, article) of every charge of those cases."""
    where, args = _where(scope)
    return [tuple(row) for row in conn.execute(
        "SELECT g.case_id, g.jurisdiction, g.code, g.article FROM charges g"
        f" JOIN cases c ON c.id = g.case_id WHERE {where} ORDER BY g.case_id, g.position",
        args,
    )]


def scope_events(conn: sqlcipher3.Connection, types: Sequence[str], scope: Scope = Scope(), *,
                 cases_with: str | None = None) -> list[ScopeEvent]:
    """Those cases' events of these types, in no particular order (each carries its
    ``position``, the entered order within its case; the caller orders them in time:
    desktop.cases.order). ``cases_with``: only cases that have an event of that type."""
    if scope == Scope():  # every case not in the trash: no look-up of each event's case
        join, (where, args) = "", (f"e.case_id NOT IN ({_TRASH})", [])
    else:
        join, (where, args) = " JOIN cases c ON c.id = e.case_id", _where(scope)
    if set(types) <= set(INTERIM_TYPES):
        # the partial covering index events_interim (m0028a): its own condition, word for word
        where += f" AND e.type IN ({_INTERIM_LIST})"
    having = ""
    if cases_with is not None:
        # "+": each type's events are read as one range of events_type_dates and kept when
        # their case has one (SQLite would otherwise seek every (type, case) pair).
        having = " AND +e.case_id IN (SELECT h.case_id FROM events h WHERE h.type = ?)"
        args = [*args, cases_with]
    return [ScopeEvent(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6]) for r in conn.execute(
        "SELECT e.case_id, e.type, e.date, e.time, e.time_approx, e.body, e.position FROM events e"
        f"{join} WHERE {where}{having}"
        " AND e.type IN (SELECT value FROM json_each(?))",
        [*args, json.dumps(list(types))],
    )]


def undated_cases(conn: sqlcipher3.Connection, scope: Scope = Scope()) -> int:
    """Cases (not in the trash; of the scope's kind and outcome) without an arrest date or
    any event: a period leaves them out."""
    where, args = _where(Scope(kind=scope.kind, outcome=scope.outcome))
    return conn.execute(
        f"SELECT count(*) FROM cases c WHERE {where} AND c.arrest_lower IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id = c.id)", args,
    ).fetchone()[0]
