"""Queries on the history of places of detention of a case."""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlcipher3

from db.records import DetentionPlace

_COLUMNS = ("id, case_id, position, place, unknown, since, since_lower, since_upper, time, until,"
            " until_lower, until_upper, note, created_at, updated_at")


def get_detention(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> dict[str, list[DetentionPlace]]:
    """{case id: its detention entries in the order they were entered}."""
    found: dict[str, list[DetentionPlace]] = {cid: [] for cid in case_ids}
    if not case_ids:
        return found
    marks = ",".join("?" * len(case_ids))
    for r in conn.execute(
        "SELECT id, case_id, place, unknown, since, time, until, note, since_lower, since_upper,"
        f" until_lower, until_upper FROM detention_places WHERE case_id IN ({marks})"
        " ORDER BY case_id, position",
        list(case_ids),
    ):
        found[r[1]].append(DetentionPlace(
            id=r[0], place=r[2], unknown=bool(r[3]), since=r[4], time=r[5], until=r[6], note=r[7],
            since_lower=r[8], since_upper=r[9], until_lower=r[10], until_upper=r[11]))
    return found


def sync_detention(conn: sqlcipher3.Connection, case_id: str, places: Sequence[DetentionPlace], *, now: str) -> None:
    """Make the case's history exactly ``places`` (ids and date bounds set). Only entries that
    changed are written (and get a new ``updated_at``; ``created_at`` stays): a team journal
    then carries just the edit, and two devices that saved the case do not disagree on when
    its entries were written (issue 17)."""
    rows = [(p.id, case_id, i, p.place, int(p.unknown), p.since, p.since_lower, p.since_upper, p.time,
             p.until, p.until_lower, p.until_upper, p.note, now, now) for i, p in enumerate(places)]
    conn.execute("DELETE FROM detention_places WHERE case_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
                 (case_id, json.dumps([r[0] for r in rows])))
    fields = _COLUMNS.split(", created_at")[0].split(", ")[1:]
    conn.executemany(
        f"INSERT INTO detention_places({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        f" ON CONFLICT(id) DO UPDATE SET {', '.join(f'{f} = excluded.{f}' for f in fields)},"
        f" updated_at = excluded.updated_at"
        f" WHERE ({', '.join(f'detention_places.{f}' for f in fields)}) IS NOT"
        f" ({', '.join(f'excluded.{f}' for f in fields)})",
        rows,
    )
