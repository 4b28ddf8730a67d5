"""Queries for hand-off packages: the rows of chosen cases, read from one vault-format file
and written into another, table by table, with their own ids (UUIDs) kept.

Rows travel as dicts of column to value, so a table that gains a column (a later feature in
the same schema version) travels whole without changes here. A package written by an earlier
release lacks the tables added since (party notifications, groups, detention places, filings,
checklist ticks, ...): reading it gives no rows for them, never an error.

Every row travels with an ``id``. A table keyed otherwise (``checklist_ticks``: one tick per
case and step) gets one made of its key (``case_id:step``); it is never written as a column.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

import sqlcipher3

#: The tables a package carries, parents before children (the order rows are written in).
TABLES = ("persons", "person_names", "cases", "events", "charges", "deadlines", "parties",
          "case_parties", "party_notifications", "case_groups", "case_group_members",
          "detention_places", "documents", "filings", "checklist_ticks")
#: The identity of a row of a table without an ``id`` column, as SQL (see the module's doc).
_KEYS = {"checklist_ticks": "case_id || ':' || step"}
#: The order rows are read in, for tables without a rowid.
_ORDER = {"checklist_ticks": "case_id, step"}
_CHUNK_ROWS = 8  # document chunks of 256 KiB: a few MB in memory at a time

_IDS = "(SELECT value FROM json_each(?))"
_PERSONS = f"(SELECT person_id FROM cases WHERE id IN {_IDS})"
_SELECT = {
    "persons": f"id IN {_PERSONS}",
    "person_names": f"person_id IN {_PERSONS}",
    "cases": f"id IN {_IDS}",
    "events": f"case_id IN {_IDS}",
    "charges": f"case_id IN {_IDS}",
    "deadlines": f"case_id IN {_IDS}",
    "parties": f"id IN (SELECT party_id FROM case_parties WHERE case_id IN {_IDS})",
    "case_parties": f"case_id IN {_IDS}",
    "party_notifications": f"case_id IN {_IDS}",
    "case_groups": f"id IN (SELECT group_id FROM case_group_members WHERE case_id IN {_IDS})",
    "case_group_members": f"case_id IN {_IDS}",
    "detention_places": f"case_id IN {_IDS}",
    "documents": f"case_id IN {_IDS}",
    "filings": f"case_id IN {_IDS}",
    "checklist_ticks": f"case_id IN {_IDS}",
}


def _key(table: str) -> str:
    """The SQL of a row's identity (its ``id`` column, or what stands for it)."""
    return _KEYS.get(table, "id")


def _select(table: str) -> str:
    """SELECT every column of ``table``, and its identity as ``id`` where it has no such column."""
    return f"SELECT *, {_KEYS[table]} AS id FROM {table}" if table in _KEYS else f"SELECT * FROM {table}"


def has_table(conn: sqlcipher3.Connection, table: str) -> bool:
    """Whether the file has the table (a package of an earlier release lacks those added since)."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
                        ).fetchone() is not None


def columns(conn: sqlcipher3.Connection, table: str) -> list[str]:
    if table not in TABLES and table != "document_chunks":
        raise ValueError(table)
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def _dicts(cursor: sqlcipher3.Cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def rows_of_cases(conn: sqlcipher3.Connection, table: str, case_ids: Sequence[str]) -> list[dict]:
    """The rows of ``table`` that belong to these cases (with their persons and parties)."""
    if not has_table(conn, table):
        return []
    return _dicts(conn.execute(f"{_select(table)} WHERE {_SELECT[table]} ORDER BY {_ORDER.get(table, 'rowid')}",
                               (json.dumps(list(case_ids)),)))


def all_rows(conn: sqlcipher3.Connection, table: str) -> list[dict]:
    """Every row of ``table``; none when the file has no such table (a package written by an
    earlier release, before the table was added)."""
    if table not in TABLES:
        raise ValueError(table)
    if not has_table(conn, table):
        return []
    return _dicts(conn.execute(f"{_select(table)} ORDER BY {_ORDER.get(table, 'rowid')}"))


def rows_by_id(conn: sqlcipher3.Connection, table: str, ids: Iterable[str]) -> dict[str, dict]:
    if table not in TABLES:
        raise ValueError(table)
    rows = _dicts(conn.execute(f"{_select(table)} WHERE {_key(table)} IN {_IDS}", (json.dumps(list(ids)),)))
    return {row["id"]: row for row in rows}


def names_of_persons(conn: sqlcipher3.Connection, person_ids: Iterable[str]) -> dict[str, list[dict]]:
    """Each person's spellings, by position."""
    found: dict[str, list[dict]] = {}
    for row in _dicts(conn.execute(
            f"SELECT * FROM person_names WHERE person_id IN {_IDS} ORDER BY person_id, position",
            (json.dumps(list(person_ids)),))):
        found.setdefault(row["person_id"], []).append(row)
    return found


def case_ids_by_reference(conn: sqlcipher3.Connection, references: Iterable[str]) -> dict[str, str]:
    return dict(conn.execute(f"SELECT reference, id FROM cases WHERE reference IN {_IDS}",
                             (json.dumps(list(references)),)).fetchall())


def find_cases(conn: sqlcipher3.Connection, refs_or_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{what was asked: (case id, reference)} for the cases found by reference or by id."""
    wanted = json.dumps(list(refs_or_ids))
    found: dict[str, tuple[str, str]] = {}
    for asked, case_id, reference in conn.execute(
            "SELECT w.value, c.id, c.reference FROM json_each(?) w JOIN cases c"
            " ON c.reference = w.value OR c.id = lower(w.value)", (wanted,)):
        found.setdefault(asked, (case_id, reference))
    return found


def insert_rows(conn: sqlcipher3.Connection, table: str, rows: Sequence[dict]) -> None:
    """Insert rows as they are (ids included); columns the vault lacks are left out."""
    if not rows:
        return
    present = set(columns(conn, table))
    names = [name for name in rows[0] if name in present]
    conn.executemany(
        f"INSERT INTO {table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [[row.get(name) for name in names] for row in rows],
    )


def update_rows(conn: sqlcipher3.Connection, table: str, rows: Sequence[dict], *,
                keep: Sequence[str] = ("id", "created_at")) -> None:
    """Overwrite existing rows (by id) with these values, except the ``keep`` columns."""
    if not rows:
        return
    present = set(columns(conn, table))
    names = [name for name in rows[0] if name in present and name not in keep]
    conn.executemany(
        f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE {_key(table)} = ?",
        [[row.get(name) for name in names] + [row["id"]] for row in rows],
    )


def delete_names(conn: sqlcipher3.Connection, person_ids: Iterable[str]) -> None:
    conn.executemany("DELETE FROM person_names WHERE person_id = ?", [(pid,) for pid in person_ids])


def chunks_of(conn: sqlcipher3.Connection, document_id: str) -> Iterator[tuple[int, bytes]]:
    last = -1
    while True:
        rows = conn.execute(
            "SELECT seq, data FROM document_chunks WHERE document_id = ? AND seq > ? ORDER BY seq LIMIT ?",
            (document_id, last, _CHUNK_ROWS)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def copy_chunks(source: sqlcipher3.Connection, target: sqlcipher3.Connection, document_id: str) -> int:
    """Copy one document's content, a few chunks at a time; returns the bytes copied."""
    target.execute("DELETE FROM document_chunks WHERE document_id = ?", (document_id,))
    copied = 0
    batch: list[tuple] = []
    for seq, data in chunks_of(source, document_id):
        batch.append((document_id, seq, data))
        copied += len(data)
        if len(batch) >= _CHUNK_ROWS:
            target.executemany("INSERT INTO document_chunks(document_id, seq, data) VALUES (?, ?, ?)", batch)
            batch = []
    target.executemany("INSERT INTO document_chunks(document_id, seq, data) VALUES (?, ?, ?)", batch)
    return copied


def foreign_key_problems(conn: sqlcipher3.Connection) -> list[tuple[str, str]]:
    """(table, parent table) for rows of the hand-off tables that refer to a missing record."""
    problems = []
    for table in (*TABLES, "document_chunks"):
        if not has_table(conn, table):
            continue
        problems += [(row[0], row[2]) for row in conn.execute(f"PRAGMA foreign_key_check({table})")]
    return problems


def case_ids_of_persons(conn: sqlcipher3.Connection, person_ids: Iterable[str]) -> list[str]:
    return [row[0] for row in conn.execute(
        f"SELECT id FROM cases WHERE person_id IN {_IDS}", (json.dumps(list(person_ids)),))]


# -- tombstones (issue 12, item 4; the table and its triggers: db/migrations/m0002_tombstones) ------

#: The columns of a tombstone as it travels in a package.
TOMBSTONE_COLUMNS = ("entity", "record_id", "case_id", "person_id", "deleted_at", "deleted_by")


def has_tombstones(conn: sqlcipher3.Connection) -> bool:
    """Whether the file keeps tombstones (packages written by the first release do not)."""
    return has_table(conn, "tombstones")


def tombstones_of_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> list[dict]:
    """The deletions a package of these cases carries: records of the cases, and the
    spellings and persons of their persons."""
    ids = json.dumps(list(case_ids))
    return _dicts(conn.execute(
        f"SELECT {', '.join(TOMBSTONE_COLUMNS)} FROM tombstones WHERE case_id IN {_IDS}"
        f" OR (case_id IS NULL AND person_id IN {_PERSONS}) ORDER BY entity, record_id", (ids, ids)))


def all_tombstones(conn: sqlcipher3.Connection) -> list[dict]:
    """Every tombstone of a file; none for a file without the table (a first-release package)."""
    if not has_tombstones(conn):
        return []
    return _dicts(conn.execute(f"SELECT {', '.join(TOMBSTONE_COLUMNS)} FROM tombstones ORDER BY entity, record_id"))


def tombstones_by_key(conn: sqlcipher3.Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """{(entity, record id): tombstone} for those of ``keys`` deleted in this vault."""
    found = _dicts(conn.execute(
        f"SELECT t.{', t.'.join(TOMBSTONE_COLUMNS)} FROM json_each(?) k JOIN tombstones t"
        " ON t.entity = json_extract(k.value, '$[0]') AND t.record_id = json_extract(k.value, '$[1]')",
        (json.dumps([list(k) for k in keys]),)))
    return {(row["entity"], row["record_id"]): row for row in found}


def insert_tombstones(conn: sqlcipher3.Connection, tombstones: Sequence[dict]) -> int:
    """Remember deletions made elsewhere (those already known here are kept as they are);
    returns how many were new."""
    before = conn.total_changes
    conn.executemany(
        f"INSERT OR IGNORE INTO tombstones({', '.join(TOMBSTONE_COLUMNS)}) VALUES ({', '.join('?' * 6)})",
        [[t.get(c) if c != "deleted_by" else (t.get(c) or "") for c in TOMBSTONE_COLUMNS] for t in tombstones])
    return conn.total_changes - before


def delete_records(conn: sqlcipher3.Connection, table: str, ids: Sequence[str]) -> None:
    """Delete records by id (their tombstones are written by the triggers)."""
    if table not in TABLES:
        raise ValueError(table)
    conn.executemany(f"DELETE FROM {table} WHERE {_key(table)} = ?", [(i,) for i in ids])


def trash_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str], *, now: str) -> None:
    conn.executemany("UPDATE cases SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
                     [(now, now, i) for i in case_ids])


def date_tombstones(conn: sqlcipher3.Connection, tombstones: Sequence[dict]) -> None:
    """Give tombstones written here for deletions taken from a package the time and author
    of the original deletion."""
    conn.executemany("UPDATE tombstones SET deleted_at = ?, deleted_by = ? WHERE entity = ? AND record_id = ?",
                     [(t["deleted_at"], t.get("deleted_by") or "", t["entity"], t["record_id"]) for t in tombstones])


def present_keys(conn: sqlcipher3.Connection, keys: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of ``keys`` (entity, record id as a tombstone names it) whose record is here."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    found: set[tuple[str, str]] = set()
    for entity, ids in by_entity.items():
        if entity == "person_names":
            sql = (f"SELECT person_id || ':' || value FROM person_names"
                   f" WHERE person_id || ':' || value IN {_IDS}")
        elif entity in TABLES:
            sql = f"SELECT {_key(entity)} FROM {entity} WHERE {_key(entity)} IN {_IDS}"
        else:
            continue  # a kind of record this program does not know: nothing here to match
        found |= {(entity, row[0]) for row in conn.execute(sql, (json.dumps(ids),))}
    return found


def delete_orphan_parties(conn: sqlcipher3.Connection) -> None:
    conn.execute("DELETE FROM parties WHERE NOT EXISTS (SELECT 1 FROM case_parties WHERE party_id = parties.id)")
