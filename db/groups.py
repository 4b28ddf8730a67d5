"""Queries on case groups (the same incident, family or operation) and their members."""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from db.records import CaseGroup


def get_case_groups(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> dict[str, list[CaseGroup]]:
    """{case id: its groups, by name}."""
    found: dict[str, list[CaseGroup]] = {cid: [] for cid in case_ids}
    if not case_ids:
        return found
    marks = ",".join("?" * len(case_ids))
    for case_id, gid, name, kind, note in conn.execute(
        "SELECT m.case_id, g.id, g.name, g.kind, g.note FROM case_group_members m"
        f" JOIN case_groups g ON g.id = m.group_id WHERE m.case_id IN ({marks})"
        " ORDER BY m.case_id, g.name COLLATE READING, g.id",
        list(case_ids),
    ):
        found[case_id].append(CaseGroup(name=name, kind=kind, note=note, id=gid))
    return found


def sync_case_groups(conn: sqlcipher3.Connection, case_id: str, groups: Sequence[CaseGroup], *, now: str) -> None:
    """Make the case a member of exactly ``groups`` (ids set); groups are created or updated,
    and a group left without members is deleted."""
    existing = {r[0]: r[1] for r in conn.execute(
        "SELECT group_id, id FROM case_group_members WHERE case_id = ?", (case_id,))}
    wanted = {g.id for g in groups}
    for group_id, row_id in existing.items():
        if group_id not in wanted:
            conn.execute("DELETE FROM case_group_members WHERE id = ?", (row_id,))
    for g in groups:
        conn.execute(
            "INSERT INTO case_groups(id, name, kind, note, created_at, updated_at) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
            " note = excluded.note, updated_at = excluded.updated_at"
            " WHERE (case_groups.name, case_groups.kind, case_groups.note) IS NOT"
            " (excluded.name, excluded.kind, excluded.note)",  # unchanged: not written (issue 17)
            (g.id, g.name, g.kind, g.note, now, now),
        )
        if g.id not in existing:
            conn.execute(
                "INSERT INTO case_group_members(id, group_id, case_id, created_at, updated_at)"
                " VALUES (?,?,?,?,?)", (f"{g.id}:{case_id}", g.id, case_id, now, now))
    delete_orphans(conn)


def delete_orphans(conn: sqlcipher3.Connection) -> None:
    conn.execute("DELETE FROM case_groups WHERE NOT EXISTS"
                 " (SELECT 1 FROM case_group_members WHERE group_id = case_groups.id)")


def find_groups(conn: sqlcipher3.Connection, *, ids: Sequence[str] = (), names: Sequence[str] = ()) -> dict[str, CaseGroup]:
    """Existing groups by id and by exact name: {id or name: group}."""
    found: dict[str, CaseGroup] = {}
    for gid in ids:
        row = conn.execute("SELECT id, name, kind, note FROM case_groups WHERE id = ?", (gid,)).fetchone()
        if row:
            found[gid] = CaseGroup(id=row[0], name=row[1], kind=row[2], note=row[3])
    for name in names:
        row = conn.execute("SELECT id, name, kind, note FROM case_groups WHERE name = ? ORDER BY created_at, id",
                           (name,)).fetchone()
        if row:
            found[name] = CaseGroup(id=row[0], name=row[1], kind=row[2], note=row[3])
    return found


def list_groups(conn: sqlcipher3.Connection) -> list[tuple[CaseGroup, int]]:
    """Every group with its number of live member cases, by name (for the list's filter)."""
    return [(CaseGroup(id=r[0], name=r[1], kind=r[2], note=r[3]), r[4]) for r in conn.execute(
        "SELECT g.id, g.name, g.kind, g.note, count(c.id) FROM case_groups g"
        " JOIN case_group_members m ON m.group_id = g.id"
        " LEFT JOIN cases c ON c.id = m.case_id AND c.deleted_at IS NULL"
        " GROUP BY g.id ORDER BY g.name COLLATE READING, g.id")]
