"""The schema: the first version's tables (``upgrade_to_1``) and the list of migrations.

Later migrations are modules of :mod:`db.migrations`, one per change, named
``mNNNN_what.py`` with ``upgrade(conn)``; they run in name order, each in one exclusive
transaction. The vault remembers which ran (``meta`` key ``migrations``, a JSON list of
names), so migrations written on parallel branches apply whatever order they merged in.
``PRAGMA user_version`` is the number of migrations applied: a vault with more than this
program knows, or with one it does not know, is "too new".
"""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlcipher3

_KINDS = "'extradition','expulsion_handover','abduction','expulsion','other'"
_OUTCOMES = "'pending','extradited','handed_over','abducted','released','left_country','unknown'"

_V1 = f"""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE persons (
    id           TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    birth_date   TEXT,                      -- EDTF
    citizenship  TEXT NOT NULL DEFAULT '[]', -- JSON array of ISO 3166 codes
    hometown     TEXT,
    residence    TEXT,                      -- residence in Russia
    contact      TEXT,                      -- contact details (never in public reports)
    publicity    TEXT NOT NULL DEFAULT 'withheld'
                 CHECK (publicity IN ('public','initials','withheld')),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- Every spelling of a person's name, the display name first (position 0).
CREATE TABLE person_names (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    value      TEXT NOT NULL,
    lang       TEXT,
    search_key TEXT NOT NULL,               -- folded across scripts, space-separated words
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (person_id, position)
);
CREATE INDEX person_names_key ON person_names(search_key);

CREATE TABLE cases (
    id              TEXT PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    person_id       TEXT NOT NULL REFERENCES persons(id),
    kind            TEXT NOT NULL CHECK (kind IN ({_KINDS})),
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','closed')),
    outcome         TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ({_OUTCOMES})),
    arrest_date     TEXT,                   -- EDTF
    arrest_lower    TEXT,                   -- ISO day bounds of arrest_date
    arrest_upper    TEXT,
    arrest_place    TEXT,
    region          TEXT,
    facility        TEXT,                   -- detention facility
    lawyer          TEXT,                   -- responsible lawyer
    state_appointed INTEGER NOT NULL DEFAULT 0 CHECK (state_appointed IN (0,1)),
    at_risk         INTEGER NOT NULL DEFAULT 0 CHECK (at_risk IN (0,1)), -- watch for silence
    silence_hours   INTEGER CHECK (silence_hours > 0), -- alarm threshold; NULL: the default
    summary         TEXT,
    notes           TEXT,
    tags            TEXT NOT NULL DEFAULT '[]', -- JSON array
    deleted_at      TEXT,                   -- in the trash since
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX cases_person ON cases(person_id);
CREATE INDEX cases_arrest ON cases(arrest_lower);

CREATE TABLE charges (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('BY','RU')),
    code         TEXT NOT NULL CHECK (code IN ('CC','AO')),
    article      TEXT NOT NULL,
    part         TEXT,
    note         TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX charges_case ON charges(case_id);
CREATE INDEX charges_article ON charges(jurisdiction, code, article);

CREATE TABLE events (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,            -- order among events of the same day
    type       TEXT NOT NULL,
    date       TEXT NOT NULL,               -- EDTF
    date_lower TEXT NOT NULL,               -- ISO day bounds of date
    date_upper TEXT NOT NULL,
    time       TEXT,                        -- HH:MM local time at place
    place      TEXT,
    body       TEXT,
    text       TEXT,
    source     TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX events_case ON events(case_id, date_lower, position);
CREATE INDEX events_type ON events(type, case_id);

-- Deadlines (issue 4): derived from an event by a rule of resources/deadline_rules.toml
-- (rule_id set, recomputed when events change) or entered by hand (rule_id NULL).
CREATE TABLE deadlines (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    event_id        TEXT,                   -- trigger event; NULL for a manual deadline without
                                            -- one (the sync follows deleted events: no FK, so that
                                            -- 70,000 derived rows import without 70,000 checks)
    rule_id         TEXT,                   -- rule in resources/; NULL when manual
    kind            TEXT NOT NULL DEFAULT 'deadline'
                    CHECK (kind IN ('deadline','custody','alert','block')),
    title           TEXT NOT NULL,          -- manual: the user's words; derived: the rule's (en)
    starts          TEXT,                   -- ISO date-time with offset: when the term began
    due             TEXT,                   -- ISO date-time with offset when the term expires
                                            -- (24:00 of the last day); NULL for a block
    due_utc         TEXT,                   -- the same instant in UTC, for ranges and sorting
    last_day        TEXT,                   -- ISO date of the last day (day-based terms)
    has_time        INTEGER NOT NULL DEFAULT 0 CHECK (has_time IN (0,1)),
    approximate     INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0,1)),
    override_due    TEXT,                   -- ISO date, or date-time with offset
    override_utc    TEXT,
    override_reason TEXT,
    status          TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open','done','missed','waived')),
    status_by_user  INTEGER NOT NULL DEFAULT 0 CHECK (status_by_user IN (0,1)),
    met_event_id    TEXT,                   -- the event that met or ended it (kept by the sync)
    basis           TEXT,
    explanation     TEXT,
    lane            TEXT,
    severity        TEXT NOT NULL DEFAULT 'normal',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX deadlines_case ON deadlines(case_id, rule_id);
CREATE INDEX deadlines_open ON deadlines(status, kind, coalesce(override_utc, due_utc), case_id, met_event_id);

CREATE TABLE parties (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'person'
               CHECK (kind IN ('person','organisation','court','authority')),
    contact    TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE case_parties (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    party_id   TEXT NOT NULL REFERENCES parties(id),
    role       TEXT NOT NULL,
    note       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX case_parties_case ON case_parties(case_id);

CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    event_id   TEXT REFERENCES events(id) ON DELETE SET NULL,
    name       TEXT NOT NULL,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    note       TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX documents_case ON documents(case_id);

CREATE TABLE document_chunks (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    data        BLOB NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

-- Append-only history of every change.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    case_id   TEXT,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL DEFAULT '{{}}'  -- JSON
);
CREATE INDEX audit_case ON audit(case_id, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Unsaved edits kept encrypted in the vault when it locks itself mid-edit (desktop app).
CREATE TABLE drafts (
    id       TEXT PRIMARY KEY,
    case_id  TEXT,                          -- NULL for a case not saved yet
    data     TEXT NOT NULL,                 -- JSON of the edited case
    saved_at TEXT NOT NULL
);

-- Full-text index, one row per case (rowid = cases.rowid): folded names and case text.
CREATE VIRTUAL TABLE search USING fts5(
    names, text,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Wanted-list screening (issue 7): published lists of wanted persons, each import kept as
-- one version with its source and date; the clients each entry matched; and the lawyers'
-- decisions, keyed by person and a normalised entry identity (folded name words and
-- birth date) so that a decision carries over to the next month's list.
CREATE TABLE wanted_lists (
    id          TEXT PRIMARY KEY,
    source      TEXT NOT NULL,              -- who publishes it (e.g. "MVD RF", "KGB BY")
    published   TEXT,                       -- EDTF date the list is as of
    file_name   TEXT,                       -- the imported file's name, without its folder
    entries     INTEGER NOT NULL DEFAULT 0,
    threshold   REAL NOT NULL,              -- score from which a client was matched
    screened_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX wanted_lists_source ON wanted_lists(source, published, created_at);

CREATE TABLE wanted_entries (
    id          TEXT PRIMARY KEY,
    list_id     TEXT NOT NULL REFERENCES wanted_lists(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,           -- row in the file
    name        TEXT NOT NULL,
    birth_text  TEXT,                       -- as the list writes it
    birth_date  TEXT,                       -- EDTF, when it could be read
    place       TEXT,
    article     TEXT,
    listed_on   TEXT,                       -- as the list writes it
    source      TEXT,                       -- the entry's own source column, if any
    identity    TEXT NOT NULL,              -- folded name keys (sorted) | birth date
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX wanted_entries_list ON wanted_entries(list_id, position);
CREATE INDEX wanted_entries_identity ON wanted_entries(identity, list_id);

CREATE TABLE wanted_matches (
    id          TEXT PRIMARY KEY,
    list_id     TEXT NOT NULL REFERENCES wanted_lists(id) ON DELETE CASCADE,
    entry_id    TEXT NOT NULL REFERENCES wanted_entries(id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    score       REAL NOT NULL,
    spelling    TEXT NOT NULL,              -- the client's spelling that matched best
    explanation TEXT NOT NULL DEFAULT '[]', -- JSON reasons (desktop.matching.Reason)
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (entry_id, person_id)
);
CREATE INDEX wanted_matches_list ON wanted_matches(list_id, score);
CREATE INDEX wanted_matches_person ON wanted_matches(person_id);

CREATE TABLE wanted_decisions (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    identity    TEXT NOT NULL,              -- wanted_entries.identity
    decision    TEXT NOT NULL CHECK (decision IN ('confirmed','dismissed')),
    note        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, identity)
);

-- Deadlines (issue 4): each case's custody and contact state for the alarm dashboard, kept
-- by the deadline sync whenever the case's events change (one row per case with events).
CREATE TABLE case_watch (
    case_id      TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    custody_type TEXT,                      -- event that began the current custody, NULL: free
    custody_date TEXT,                      -- its ISO day (lower bound) and HH:MM
    custody_time TEXT,
    contact_date TEXT,                      -- the last contact event
    contact_time TEXT,
    lost_date    TEXT,                      -- a contact_lost event after the last contact
    lost_time    TEXT
) WITHOUT ROWID;
CREATE INDEX cases_at_risk ON cases(at_risk) WHERE at_risk = 1;
CREATE INDEX cases_live ON cases(id) WHERE status = 'open' AND deleted_at IS NULL;
"""


def upgrade_to_1(conn: sqlcipher3.Connection) -> None:
    for statement in _split(_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in script.splitlines():
        stripped = line.split("--", 1)[0].rstrip()
        if not stripped:
            continue
        buffer.append(stripped)
        text = "\n".join(buffer)
        if stripped.endswith(";") and sqlcipher3.complete_statement(text):
            statements.append(text)
            buffer = []
    return statements


def _discover() -> dict[str, Callable[[sqlcipher3.Connection], None]]:
    import importlib
    import pkgutil

    from db import migrations

    found: dict[str, Callable[[sqlcipher3.Connection], None]] = {"m0001_initial": upgrade_to_1}
    for info in sorted(pkgutil.iter_modules(migrations.__path__), key=lambda m: m.name):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            found[info.name] = importlib.import_module(f"db.migrations.{info.name}").upgrade
    return found


#: Every migration this program knows, by name, in the order they run.
MIGRATIONS: dict[str, Callable[[sqlcipher3.Connection], None]] = _discover()
SCHEMA_VERSION = len(MIGRATIONS)


def applied(conn: sqlcipher3.Connection, version: int) -> list[str]:
    """The names of the migrations a vault has had (``version``: its user_version).

    Vaults written before the list was kept (schema 1) have had the first one only."""
    if version == 0:
        return []
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()
    except sqlcipher3.DatabaseError:
        row = None
    return json.loads(row[0]) if row else list(MIGRATIONS)[:version]


def pending(conn: sqlcipher3.Connection, version: int) -> list[str]:
    """The migrations this vault still needs, in order."""
    done = set(applied(conn, version))
    return [name for name in MIGRATIONS if name not in done]


def unknown(conn: sqlcipher3.Connection, version: int) -> list[str]:
    """Migrations the vault has had that this program does not know (a newer program's)."""
    return [name for name in applied(conn, version) if name not in MIGRATIONS]


def run(conn: sqlcipher3.Connection, name: str, version: int) -> int:
    """Run one migration inside the caller's transaction and record it; the new user_version."""
    done = applied(conn, version)
    MIGRATIONS[name](conn)
    done.append(name)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('migrations', ?)", (json.dumps(done),))
    conn.execute(f"PRAGMA user_version = {len(done)}")
    return len(done)
