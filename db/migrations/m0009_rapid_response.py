"""Rapid response (issue 16): filings to courts and international bodies, tracked to their
answer, and the steps of the removal-risk checklist ticked per case."""

from __future__ import annotations

import sqlcipher3

_STATEMENTS = (
    """CREATE TABLE filings (
        id              TEXT PRIMARY KEY,
        case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind            TEXT NOT NULL,          -- vocabulary filing_kinds (complaint, appeal, ...)
        body            TEXT NOT NULL,          -- vocabulary bodies, or free text
        filed_at        TEXT NOT NULL,          -- ISO date-time with offset (or ISO date)
        filed_utc       TEXT NOT NULL,          -- the same instant in UTC, for sorting
        channel         TEXT,                   -- fax, email, portal, in_person, post, other
        reference       TEXT,                   -- the body's reference number
        acknowledged_at TEXT,                   -- ISO date-time with offset
        answer          TEXT,                   -- the answer, in the lawyer's words
        answered_at     TEXT,                   -- ISO date-time with offset
        expected_by     TEXT,                   -- when an answer is expected (ISO date-time)
        expected_utc    TEXT,
        note            TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    )""",
    "CREATE INDEX filings_case ON filings(case_id, filed_utc)",
    "CREATE INDEX filings_waiting ON filings(expected_utc, case_id, id) WHERE answered_at IS NULL",
    """CREATE TABLE checklist_ticks (
        case_id  TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        step     TEXT NOT NULL,                 -- a step id of resources/rapid_checklist.toml
        done_at  TEXT NOT NULL,                 -- ISO date-time, UTC
        done_by  TEXT NOT NULL,
        PRIMARY KEY (case_id, step)
    ) WITHOUT ROWID""",
)


def upgrade(conn: sqlcipher3.Connection) -> None:
    for statement in _STATEMENTS:
        conn.execute(statement)
