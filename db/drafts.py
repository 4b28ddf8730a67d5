"""Drafts: unsaved edits, kept inside the (encrypted) vault across an automatic lock."""

from __future__ import annotations

import sqlcipher3


def put(conn: sqlcipher3.Connection, draft_id: str, case_id: str | None, data: str, *, now: str) -> None:
    conn.execute("INSERT INTO drafts(id, case_id, data, saved_at) VALUES (?,?,?,?)"
                 " ON CONFLICT(id) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
                 (draft_id, case_id, data, now))


def take_all(conn: sqlcipher3.Connection) -> list[tuple[str, str | None, str]]:
    """(id, case id, data) of every draft, deleting them."""
    rows = conn.execute("SELECT id, case_id, data FROM drafts ORDER BY saved_at").fetchall()
    conn.execute("DELETE FROM drafts")
    return rows
