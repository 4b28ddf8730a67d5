"""Aggregate figures over cases, optionally limited to arrests in a period."""

from __future__ import annotations

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
