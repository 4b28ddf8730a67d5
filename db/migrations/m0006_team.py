"""Team sync (issue 17): this device's view of its team, kept in the vault and never sent.

- ``team_devices``: every device of the team this vault has heard of, the last journal of
  each that was applied here (``applied_seq``), and revocations.
- ``team_conflicts``: changes another device made that met a different change here; kept
  for the user to decide (``fields``: JSON {column: [base, mine, theirs]}), never applied
  silently. ``kind``: edited (both changed a field), deleted_there (they deleted what was
  changed here), deleted_here (they changed what was deleted here), constraint (their row
  breaks a rule here, e.g. a reference already used).
- ``team_tombstones``: rows this device deleted and sent, with their last values, so that a
  later change from another device to such a row can be shown (and restored) whole.
- ``case_scope``: cases kept private to this device ('private'); a case without a row is
  shared with the team.

The team itself (its id, this device's id and sequence number, the team keys) lives in
``meta`` under keys starting with ``team.``.
"""

from __future__ import annotations


def upgrade(conn) -> None:
    conn.execute("""
        CREATE TABLE team_devices (
            id          TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            enrolled_at TEXT,
            applied_seq INTEGER NOT NULL DEFAULT 0,
            last_seen   TEXT,
            revoked_at  TEXT,
            revoked_by  TEXT
        )""")
    conn.execute("""
        CREATE TABLE team_conflicts (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl         TEXT NOT NULL,
            pk          TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('edited','deleted_there','deleted_here','constraint')),
            fields      TEXT NOT NULL DEFAULT '{}',
            theirs_row  TEXT,
            case_id     TEXT,
            device_id   TEXT NOT NULL,
            journal     TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            decided     TEXT CHECK (decided IN ('mine','theirs','settled')),
            decided_at  TEXT
        )""")
    conn.execute("CREATE INDEX team_conflicts_open ON team_conflicts(tbl, pk) WHERE decided IS NULL")
    conn.execute("""
        CREATE TABLE team_tombstones (
            tbl        TEXT NOT NULL,
            pk         TEXT NOT NULL,
            row        TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            PRIMARY KEY (tbl, pk)
        ) WITHOUT ROWID""")
    conn.execute("""
        CREATE TABLE case_scope (
            case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            scope   TEXT NOT NULL CHECK (scope IN ('private','team'))
        ) WITHOUT ROWID""")
