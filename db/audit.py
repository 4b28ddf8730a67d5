"""The append-only audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlcipher3

from db.records import AuditEntry


def record(
    conn: sqlcipher3.Connection,
    entries: Iterable[tuple[str, str, str | None, str, dict]],
    *,
    at: str,
    author: str,
) -> None:
    """entries: (entity, entity id, case id, action, changes)."""
    conn.executemany(
        "INSERT INTO audit(at, author, entity, entity_id, case_id, action, changes)"
        " VALUES (?,?,?,?,?,?,?)",
        [
            (at, author, entity, entity_id, case_id, action,
             json.dumps(changes, ensure_ascii=False, sort_keys=True))
            for entity, entity_id, case_id, action, changes in entries
        ],
    )


def by_action(conn: sqlcipher3.Connection, action: str, *, limit: int = 100) -> list[AuditEntry]:
    """The newest ``limit`` entries of one action (e.g. every backup made), newest first."""
    return [
        AuditEntry(*row)
        for row in conn.execute(
            "SELECT id, at, author, entity, entity_id, case_id, action, changes FROM audit"
            " WHERE action = ? ORDER BY id DESC LIMIT ?",
            (action, limit),
        )
    ]


def history(conn: sqlcipher3.Connection, case_id: str) -> list[AuditEntry]:
    return [
        AuditEntry(*row)
        for row in conn.execute(
            "SELECT id, at, author, entity, entity_id, case_id, action, changes FROM audit"
            " WHERE case_id = ? ORDER BY id",
            (case_id,),
        )
    ]
