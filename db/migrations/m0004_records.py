"""Issue 15, records that tell the whole story: case groups, relatives and trusted contacts
with consent and a notification log, the history of places of detention (with a
"whereabouts unknown" state), approximate times of events, and when and how the
organisation learned of a case.

Every change is additive: columns with defaults and new tables, so a vault of the first
release opens, migrates and keeps every row.
"""

from __future__ import annotations

import sqlcipher3

_STATEMENTS = (
    # When and how the organisation learned of the case (EDTF date, its day bounds, free text).
    "ALTER TABLE cases ADD COLUMN learned_date TEXT",
    "ALTER TABLE cases ADD COLUMN learned_lower TEXT",
    "ALTER TABLE cases ADD COLUMN learned_upper TEXT",
    "ALTER TABLE cases ADD COLUMN learned_how TEXT",
    # "about 17:00": the time of day is an estimate.
    "ALTER TABLE events ADD COLUMN time_approx INTEGER NOT NULL DEFAULT 0 CHECK (time_approx IN (0,1))",
    # A relative or trusted contact: the client's consent to contact them, whether it is safe.
    "ALTER TABLE case_parties ADD COLUMN consent TEXT CHECK (consent IN ('yes','no','unknown'))",
    "ALTER TABLE case_parties ADD COLUMN consent_date TEXT",
    "ALTER TABLE case_parties ADD COLUMN safe_to_contact INTEGER CHECK (safe_to_contact IN (0,1))",
    "ALTER TABLE case_parties ADD COLUMN contact_how TEXT",
    # Notifications given to a party of a case (never in a public report).
    """CREATE TABLE party_notifications (
        id            TEXT PRIMARY KEY,
        case_id       TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        case_party_id TEXT NOT NULL REFERENCES case_parties(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        date          TEXT NOT NULL,
        date_lower    TEXT NOT NULL,
        date_upper    TEXT NOT NULL,
        time          TEXT,
        text          TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )""",
    "CREATE INDEX party_notifications_case ON party_notifications(case_id, case_party_id, position)",
    # Groups of cases: the same incident, family or operation.
    """CREATE TABLE case_groups (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL DEFAULT 'incident'
                   CHECK (kind IN ('incident','family','operation','other')),
        note       TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE case_group_members (
        id         TEXT PRIMARY KEY,
        group_id   TEXT NOT NULL REFERENCES case_groups(id) ON DELETE CASCADE,
        case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (group_id, case_id)
    )""",
    "CREATE INDEX case_group_members_case ON case_group_members(case_id)",
    # Where the client was held, entry by entry; place NULL with unknown = 1: whereabouts unknown.
    """CREATE TABLE detention_places (
        id          TEXT PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        place       TEXT,
        unknown     INTEGER NOT NULL DEFAULT 0 CHECK (unknown IN (0,1)),
        since       TEXT NOT NULL,
        since_lower TEXT NOT NULL,
        since_upper TEXT NOT NULL,
        time        TEXT,
        until       TEXT,
        until_lower TEXT,
        until_upper TEXT,
        note        TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    )""",
    "CREATE INDEX detention_places_case ON detention_places(case_id, position)",
)


def upgrade(conn: sqlcipher3.Connection) -> None:
    """Apply the changes; each is skipped when already present, so a vault that was given
    them before its list of migrations was reset still migrates."""
    for statement in _STATEMENTS:
        words = statement.split()
        if words[:2] == ["ALTER", "TABLE"]:
            table, column = words[2], words[5]
            if column in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}:
                continue
        elif words[0] == "CREATE":
            name = words[2]
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
                continue
        conn.execute(statement)
