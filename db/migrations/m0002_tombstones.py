"""Tombstones (issue 12, item 4): every deletion of a case, event, charge, name spelling,
person, party, party role in a case, document or hand-entered deadline is remembered, with
who deleted it and when, so that a hand-off package (or, later, team sync) that brings the
record back shows it to the user as a conflict instead of re-adding it silently.

Triggers keep the table, so no code path that deletes (an edit that drops an event, emptying
the trash and its cascades, merging persons, a hand-off import) can forget it. Inserting a
record again under the same identity (the user chose to take it back) removes its
tombstone: a tombstone means "this record is not here because it was deleted here".

Name spellings are remembered by person and spelling (``person_id:value``), not by row id:
an edit rewrites a person's spellings under new ids, and only a spelling that is gone after
the edit stays a tombstone.
"""

from __future__ import annotations

import sqlcipher3

#: table: (the record's identity, its case, its person) as SQL over OLD/NEW, and a WHEN clause.
_TRACKED = {
    "cases": ("{r}.id", "{r}.id", "{r}.person_id", ""),
    "events": ("{r}.id", "{r}.case_id", "NULL", ""),
    "charges": ("{r}.id", "{r}.case_id", "NULL", ""),
    "case_parties": ("{r}.id", "{r}.case_id", "NULL", ""),
    "documents": ("{r}.id", "{r}.case_id", "NULL", ""),
    # Deadlines a rule derived are recomputed from the events; only hand-entered ones count.
    "deadlines": ("{r}.id", "{r}.case_id", "NULL", "{r}.rule_id IS NULL"),
    "persons": ("{r}.id", "NULL", "{r}.id", ""),
    "parties": ("{r}.id", "NULL", "NULL", ""),
    "person_names": ("{r}.person_id || ':' || {r}.value", "NULL", "{r}.person_id", ""),
}

_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_AUTHOR = "coalesce((SELECT value FROM meta WHERE key = 'author'), '')"


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("""
        CREATE TABLE IF NOT EXISTS tombstones (
            entity     TEXT NOT NULL,           -- the table the record was deleted from
            record_id  TEXT NOT NULL,           -- its id (name spellings: person_id:value)
            case_id    TEXT,                    -- the case it belonged to, if any
            person_id  TEXT,                    -- the person it belonged to (persons, names)
            deleted_at TEXT NOT NULL,           -- ISO 8601 UTC
            deleted_by TEXT NOT NULL DEFAULT '', -- the vault's author at the time
            PRIMARY KEY (entity, record_id)
        ) WITHOUT ROWID""")
    conn.execute("CREATE INDEX IF NOT EXISTS tombstones_case ON tombstones(case_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS tombstones_person ON tombstones(person_id)")
    for table, (identity, case_id, person_id, when) in _TRACKED.items():
        old = {k: v.format(r="OLD") for k, v in (("i", identity), ("c", case_id), ("p", person_id), ("w", when))}
        new_identity = identity.format(r="NEW")
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_tombstone AFTER DELETE ON {table}"
            + (f" WHEN {old['w']}" if when else "")
            + f" BEGIN INSERT OR REPLACE INTO tombstones(entity, record_id, case_id, person_id, deleted_at,"
            f" deleted_by) VALUES ('{table}', {old['i']}, {old['c']}, {old['p']}, {_NOW}, {_AUTHOR}); END")
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_tombstone_undone AFTER INSERT ON {table}"
            f" BEGIN DELETE FROM tombstones WHERE entity = '{table}' AND record_id = {new_identity}; END")
