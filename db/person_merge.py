"""Queries for merging two person records into one (duplicates)."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlcipher3


def case_ids(conn: sqlcipher3.Connection, person_id: str) -> list[str]:
    """Every case of a person, the trash included."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM cases WHERE person_id = ? ORDER BY reference", (person_id,))]


def move_cases(conn: sqlcipher3.Connection, from_id: str, to_id: str, *, now: str) -> list[str]:
    """Give every case of one person to another; returns the ids of the cases moved."""
    moved = case_ids(conn, from_id)
    conn.execute("UPDATE cases SET person_id = ?, updated_at = ? WHERE person_id = ?", (to_id, now, from_id))
    return moved


def delete_person(conn: sqlcipher3.Connection, person_id: str) -> None:
    """Delete a person no case refers to any more (its spellings cascade)."""
    conn.execute("DELETE FROM persons WHERE id = ?", (person_id,))


def case_references(conn: sqlcipher3.Connection, person_ids: Iterable[str] | None = None,
                    ) -> dict[str, list[tuple[str, str]]]:
    """{person id: [(case id, reference)...]} for cases outside the trash, by reference; of
    every person, or only of ``person_ids`` (read through the ``cases_person`` index)."""
    found: dict[str, list[tuple[str, str]]] = {}
    if person_ids is None:
        rows = conn.execute(
            "SELECT person_id, id, reference FROM cases WHERE deleted_at IS NULL ORDER BY reference")
    else:
        rows = conn.execute(
            "SELECT c.person_id, c.id, c.reference FROM json_each(?) k CROSS JOIN cases c"
            " WHERE c.person_id = k.value AND c.deleted_at IS NULL ORDER BY c.reference",
            (json.dumps(sorted(set(person_ids))),))
    for person_id, case_id, reference in rows:
        found.setdefault(person_id, []).append((case_id, reference))
    return found
