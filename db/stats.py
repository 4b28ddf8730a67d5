"""Aggregate figures over cases, optionally limited to arrests in a period."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlcipher3

from db.records import Stats


def compute(conn: sqlcipher3.Connection, *, arrest_from: str | None = None, arrest_to: str | None = None) -> Stats:
    """Counts over cases not in the trash.

    A period keeps cases whose arrest date (its whole EDTF range) overlaps it; a case
    without an arrest date is then left out.
    """
    clauses, args = ["deleted_at IS NULL"], []
    if arrest_from is not None:
        clauses.append("arrest_upper >= ?")
        args.append(arrest_from)
    if arrest_to is not None:
        clauses.append("arrest_lower <= ?")
        args.append(arrest_to)
    conn.execute("DROP TABLE IF EXISTS temp.stat_cases")
    conn.execute(
        "CREATE TEMP TABLE stat_cases AS SELECT id, kind, outcome, status FROM cases"
        f" WHERE {' AND '.join(clauses)}",
        args,
    )
    try:
        def grouped(sql: str) -> dict[str, int]:
            return {key: n for key, n in conn.execute(sql)}

        total = conn.execute("SELECT count(*) FROM stat_cases").fetchone()[0]
        return Stats(
            cases=total,
            by_kind=grouped("SELECT kind, count(*) FROM stat_cases GROUP BY kind ORDER BY kind"),
            by_outcome=grouped("SELECT outcome, count(*) FROM stat_cases GROUP BY outcome ORDER BY outcome"),
            by_status=grouped("SELECT status, count(*) FROM stat_cases GROUP BY status ORDER BY status"),
            by_charge=grouped(
                "SELECT g.jurisdiction || ' ' || g.code || ' ' || g.article, count(DISTINCT g.case_id)"
                " FROM charges g JOIN stat_cases s ON s.id = g.case_id"
                " GROUP BY g.jurisdiction, g.code, g.article ORDER BY 2 DESC, 1"
            ),
            by_event=grouped(
                "SELECT e.type, count(DISTINCT e.case_id) FROM events e"
                " JOIN stat_cases s ON s.id = e.case_id GROUP BY e.type ORDER BY 2 DESC, 1"
            ),
        )
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.stat_cases")


# -- What the aggregate report needs beyond compute(): the same period, the same cases. --

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


def _period(arrest_from: str | None, arrest_to: str | None, alias: str = "c") -> tuple[str, list]:
    """The WHERE clause of compute(), for a query on ``cases`` under ``alias``."""
    clauses, args = [f"{alias}.deleted_at IS NULL"], []
    if arrest_from is not None:
        clauses.append(f"{alias}.arrest_upper >= ?")
        args.append(arrest_from)
    if arrest_to is not None:
        clauses.append(f"{alias}.arrest_lower <= ?")
        args.append(arrest_to)
    return " AND ".join(clauses), args


def period_cases(conn: sqlcipher3.Connection, *, arrest_from: str | None = None,
                 arrest_to: str | None = None) -> list[PeriodCase]:
    """The cases compute() counts, in order of arrest (undated last), then reference."""
    where, args = _period(arrest_from, arrest_to)
    return [PeriodCase(*row) for row in conn.execute(
        "SELECT c.id, c.reference, c.person_id, p.display_name, p.publicity, c.kind, c.outcome,"
        " c.status, c.arrest_date, c.arrest_lower, c.arrest_upper, c.region"
        f" FROM cases c JOIN persons p ON p.id = c.person_id WHERE {where}"
        " ORDER BY c.arrest_lower IS NULL, c.arrest_lower, c.reference",
        args,
    )]


def period_charges(conn: sqlcipher3.Connection, *, arrest_from: str | None = None,
                   arrest_to: str | None = None) -> list[tuple[str, str, str, str]]:
    """(case id, jurisdiction, code, article) of every charge of those cases."""
    where, args = _period(arrest_from, arrest_to)
    return [tuple(row) for row in conn.execute(
        "SELECT g.case_id, g.jurisdiction, g.code, g.article FROM charges g"
        f" JOIN cases c ON c.id = g.case_id WHERE {where} ORDER BY g.case_id, g.position",
        args,
    )]


def period_events(conn: sqlcipher3.Connection, types: Sequence[str], *, arrest_from: str | None = None,
                  arrest_to: str | None = None) -> list[tuple[str, str, str, str]]:
    """(case id, type, first day, last day) of those cases' events of these types, in
    order of date within each case."""
    where, args = _period(arrest_from, arrest_to)
    return [tuple(row) for row in conn.execute(
        "SELECT e.case_id, e.type, e.date_lower, e.date_upper FROM events e"
        f" JOIN cases c ON c.id = e.case_id WHERE {where}"
        " AND e.type IN (SELECT value FROM json_each(?))"
        " ORDER BY e.case_id, e.date_lower, e.position",
        [*args, json.dumps(list(types))],
    )]


def interim_measures(conn: sqlcipher3.Connection, *, arrest_from: str | None = None,
                     arrest_to: str | None = None) -> tuple[list[str], list[str]]:
    """(cases with interim measures granted, those of them removed anyway).

    Removed anyway: an ``extradited``, ``handed_over`` or ``abducted`` event that certainly
    came on or after the day interim measures were granted (its first possible day is not
    before the grant's last possible day), so an uncertain date never inflates the count.
    """
    where, args = _period(arrest_from, arrest_to)
    granted = [row[0] for row in conn.execute(
        f"SELECT c.id FROM cases c WHERE {where} AND EXISTS (SELECT 1 FROM events g"
        " WHERE g.case_id = c.id AND g.type = 'interim_measures_granted') ORDER BY c.id",
        args,
    )]
    removed = [row[0] for row in conn.execute(
        f"SELECT c.id FROM cases c WHERE {where} AND EXISTS (SELECT 1 FROM events g"
        " JOIN events r ON r.case_id = g.case_id"
        " WHERE g.case_id = c.id AND g.type = 'interim_measures_granted'"
        " AND r.type IN ('extradited', 'handed_over', 'abducted') AND r.date_lower >= g.date_upper)"
        " ORDER BY c.id",
        args,
    )]
    return granted, removed


def undated_cases(conn: sqlcipher3.Connection) -> int:
    """Cases (not in the trash) without an arrest date: a period leaves them out."""
    return conn.execute(
        "SELECT count(*) FROM cases WHERE deleted_at IS NULL AND arrest_lower IS NULL"
    ).fetchone()[0]
