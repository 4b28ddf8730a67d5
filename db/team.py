"""Team sync's engine (issue 17): the SQLite session extension, reached through APSW.

The vault's driver stays sqlcipher3. APSW (the ``apsw-sqlite3mc`` build, which reads SQLCipher 4
files) only ever opens *working copies*: files made from the vault with SQLite's backup API
under a random 256-bit key. Two copies of SQLite in one process keep separate POSIX lock
tables, so the live vault file is never opened by both (see shared design notes, team-sync).

- Change capture: ``diff`` compares the snapshot last exported (the *base*) with a snapshot
  taken now, table by table, with ``sqlite3session_diff``; the changeset carries old values.
- Apply: ``Applier`` applies a changeset to a working copy with ``sqlite3changeset_apply``.
  Its conflict callback gets the kind of conflict (DATA, NOTFOUND, CONFLICT, CONSTRAINT) and
  decides field by field: a field changed on one side only merges; ``updated_at`` takes the
  later time; a field changed on both sides, an edit against a deletion, or a row breaking a
  rule here is kept as a conflict (base, mine, theirs) and nothing of it is applied.
- Journals: SQLCipher 4 files like hand-off packages (a ``meta`` table whose ``file.*`` keys
  describe the file), with only that table and 1 KiB pages, so that one edit's journal stays
  within 4 KB; the changeset is the value of ``file.changeset``. Keyed with a raw 256-bit team
  key (no key derivation per file).

Only this module holds the SQL of team sync.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import apsw
import sqlcipher3

from db import collation
from db.errors import DriverError, VaultError
from db.vault import APPLICATION_ID, OwnedConnection, create_schema

#: The tables a team shares, parents first. Everything else stays on the device: the audit
#: trail, drafts, screening, settings (meta), and derived data (search index, case_watch, and
#: the deadlines the rules derive, which every device recomputes from the events).
SHARED_TABLES = ("persons", "person_names", "parties", "cases", "charges", "events", "deadlines",
                 "case_parties", "documents", "document_chunks",
                 # the records of issues 15 and 16 (migration m0018_team_records)
                 "party_notifications", "case_groups", "case_group_members", "detention_places",
                 "filings", "checklist_ticks")

#: The shared tables whose rows belong to one case (a ``case_id`` column), in SHARED_TABLES order.
CASE_RECORDS = ("charges", "events", "deadlines", "case_parties", "documents", "party_notifications",
                "case_group_members", "detention_places", "filings", "checklist_ticks")

#: parent table: [(child table, column referring to the parent's id)]
CHILDREN = {
    "persons": [("person_names", "person_id"), ("cases", "person_id")],
    "cases": [(table, "case_id") for table in CASE_RECORDS],
    "parties": [("case_parties", "party_id")],
    "documents": [("document_chunks", "document_id")],
    "case_parties": [("party_notifications", "case_party_id")],
    "case_groups": [("case_group_members", "group_id")],
}
#: child table: [(parent table, column referring to it)]; a row may have two parents (a
#: party's role: its case and its party; a notification: its case and the party's role; a
#: membership: its case and its group).
PARENTS_OF: dict[str, list[tuple[str, str]]] = {}
for _parent, _kids in CHILDREN.items():
    for _child, _column in _kids:
        PARENTS_OF.setdefault(_child, []).append((_parent, _column))

JOURNAL_PAGE_SIZE = 1024
#: Working copies and the base are keyed with a random 256-bit key: a slow key derivation
#: protects guessable passphrases, not random keys, so two iterations are enough.
_WORK_KDF_ITER = 2
_IGNORED = ("updated_at",)
#: When a row was first written: where two devices wrote the same row (a case put in the same
#: group on both, whose membership's key is the group's and the case's; a row both had before
#: the table was shared), the earlier time is kept, never a conflict.
_EARLIER = ("created_at",)

#: Page cache of an APSW connection (and of the base it attaches): 128 MiB, in KiB as SQLite
#: takes it. A diff or an apply walks every table of two copies; with SQLite's default 2 MiB a
#: vault of 10,000 cases (about 170 MB) is read from disk and decrypted again and again.
_CACHE = -131072

OMIT = apsw.SQLITE_CHANGESET_OMIT
REPLACE = apsw.SQLITE_CHANGESET_REPLACE


class JournalReason(StrEnum):
    """Why a journal (or device card) cannot be used (:attr:`JournalUnreadable.reason`)."""

    KEY = "key"  # not under a team key this device has
    DAMAGED = "damaged"  # fails its checks: altered or cut short
    NOT_JOURNAL = "not_journal"  # opens, but is no Abarona journal


class JournalUnreadable(VaultError):
    """A journal (or device card) that cannot be used. ``reason`` is a :class:`JournalReason`
    (a plain string with one of its values is accepted; any other raises ValueError)."""

    code = "journal_unreadable"

    def __init__(self, message: str, *, reason: JournalReason | str) -> None:
        super().__init__(message)
        self.reason = JournalReason(reason)


# -- values in JSON ---------------------------------------------------------------------------------

def encode(value):
    """A column value as JSON (bytes as {"$b64": ...})."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$b64": base64.b64encode(bytes(value)).decode()}
    return value


def decode(value):
    if isinstance(value, dict) and "$b64" in value:
        return base64.b64decode(value["$b64"])
    return value


def pk_text(values: Iterable) -> str:
    return json.dumps([encode(v) for v in values], ensure_ascii=False)


# -- files -----------------------------------------------------------------------------------------

def new_private_file(path: Path) -> None:
    """Create an empty file readable by this user only (SQLite keeps the mode for its own
    journal files beside it)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def raw_key(key: bytes) -> str:
    return "x'" + key.hex() + "'"


def open_work(path: Path, key: str) -> sqlcipher3.Connection:
    """sqlcipher3 connection to a working copy or base (random key, fast derivation)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    collation.register(conn)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key)
        conn.execute(f"PRAGMA kdf_iter = {_WORK_KDF_ITER}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def working_copy(source: sqlcipher3.Connection, path: Path, key: str) -> None:
    """Copy the open vault into a new file with SQLite's backup API (one consistent snapshot)."""
    new_private_file(path)
    target = open_work(path, key)
    try:
        target.execute("PRAGMA journal_mode = OFF")
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def copy_back(path: Path, key: str, vault_conn: sqlcipher3.Connection) -> None:
    """Replace the open vault's content by a working copy's, with the backup API: one
    transaction on the vault (all or nothing, like any commit)."""
    # The vault's OwnedConnection (db.vault) hands over its sqlcipher3 connection, the backup
    # API's target, to its owner thread only (VaultBusy for another).
    target = vault_conn.checked() if isinstance(vault_conn, OwnedConnection) else vault_conn
    source = open_work(path, key)
    try:
        source.backup(target)
    finally:
        source.close()


def empty_base(path: Path, key: str) -> None:
    """A base with the vault's schema and no rows: the first export then carries everything."""
    new_private_file(path)
    conn = open_work(path, key)
    try:
        create_schema(conn)
    finally:
        conn.close()


def shape(path: Path, key: str, private_case_ids: Iterable[str]) -> None:
    """Leave in a copy only what the team shares: no private case (with its records and a
    person or party that only private cases have), no derived deadline."""
    conn = open_work(path, key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        ids = json.dumps(list(private_case_ids))
        if ids != "[]":
            sel = "(SELECT value FROM json_each(?))"
            conn.execute(f"DELETE FROM document_chunks WHERE document_id IN (SELECT id FROM documents"
                         f" WHERE case_id IN {sel})", (ids,))
            parties = [r[0] for r in conn.execute(
                f"SELECT DISTINCT party_id FROM case_parties WHERE case_id IN {sel}", (ids,))]
            groups = [r[0] for r in conn.execute(
                f"SELECT DISTINCT group_id FROM case_group_members WHERE case_id IN {sel}", (ids,))]
            for table in CASE_RECORDS:
                conn.execute(f"DELETE FROM {table} WHERE case_id IN {sel}", (ids,))
            conn.executemany("DELETE FROM parties WHERE id = ? AND NOT EXISTS"
                             " (SELECT 1 FROM case_parties WHERE party_id = parties.id)", [(p,) for p in parties])
            # a group only private cases are in is private too (its name may name the family)
            conn.executemany("DELETE FROM case_groups WHERE id = ? AND NOT EXISTS"
                             " (SELECT 1 FROM case_group_members WHERE group_id = case_groups.id)",
                             [(g,) for g in groups])
            persons = [r[0] for r in conn.execute(f"SELECT DISTINCT person_id FROM cases WHERE id IN {sel}", (ids,))]
            conn.execute(f"DELETE FROM cases WHERE id IN {sel}", (ids,))
            for person in persons:
                if conn.execute("SELECT 1 FROM cases WHERE person_id = ?", (person,)).fetchone() is None:
                    conn.execute("DELETE FROM person_names WHERE person_id = ?", (person,))
                    conn.execute("DELETE FROM persons WHERE id = ?", (person,))
        conn.execute("DELETE FROM deadlines WHERE rule_id IS NOT NULL")
        drop_capture(conn)  # a copy notes nothing: the capture triggers and their notes are the vault's own
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'team_pending'").fetchone():
            conn.execute("DELETE FROM team_pending")
        conn.execute("COMMIT")
    finally:
        conn.close()


def empty_tables(path: Path, key: str, tables: Iterable[str]) -> None:
    """Delete every row of ``tables`` (shared ones only) from a base: a table newly shared
    (migration m0018) is then sent whole by the next comparison with the vault."""
    names = [t for t in tables if t in SHARED_TABLES]
    if not names:
        return
    conn = open_work(path, key)
    try:
        conn.execute("BEGIN")
        for table in names:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("COMMIT")
    finally:
        conn.close()


def forget_meta(conn, key: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", (key,))


def write_meta(conn, items: Iterable[tuple[str, str]]) -> None:
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", list(items))


def reference_of(conn, case_id: str) -> str | None:
    row = conn.execute("SELECT reference FROM cases WHERE id = ?", (case_id,)).fetchone()
    return row[0] if row else None


def group_name(conn, group_id: str) -> str | None:
    row = conn.execute("SELECT name FROM case_groups WHERE id = ?", (group_id,)).fetchone()
    return row[0] if row else None


def find_case(conn, ref_or_id: str) -> tuple[str, str] | None:
    """(id, reference) of the case with this reference or id."""
    row = conn.execute("SELECT id, reference FROM cases WHERE reference = ? OR id = ?", (ref_or_id, ref_or_id)).fetchone()
    return None if row is None else (row[0], row[1])


def begin_base(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")


def commit(conn: sqlcipher3.Connection) -> None:
    conn.execute("COMMIT")


def private_cases(conn: sqlcipher3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT case_id FROM case_scope WHERE scope = 'private'")]


def set_scope(conn: sqlcipher3.Connection, case_id: str, scope: str) -> None:
    conn.execute("INSERT INTO case_scope(case_id, scope) VALUES (?, ?)"
                 " ON CONFLICT(case_id) DO UPDATE SET scope = excluded.scope", (case_id, scope))


def shared_digest(path: Path, key: str) -> str:
    """SHA-256 of what a team shares (a shaped copy): the backup digest of the shared tables,
    ``updated_at`` left out (it says when this device's copy of a row last changed)."""
    from db.backup import combine

    conn = open_work(path, key)
    try:
        digests = {}
        for table in SHARED_TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in _IGNORED]
            pks = _pk_names(conn, table)
            h = hashlib.sha256(f"{table}\x1f{','.join(columns)}\n".encode())
            line = "||','||".join(f"quote({c})" for c in columns)
            for (text,) in conn.execute(f"SELECT {line} FROM {table} ORDER BY {', '.join(pks)}"):
                h.update(text.encode() + b"\n")
            digests[table] = h.hexdigest()
        return combine(digests)
    finally:
        conn.close()


def _pk_names(conn, table: str) -> list[str]:
    rows = [(r[5], r[1]) for r in conn.execute(f"PRAGMA table_info({table})") if r[5]]
    return [name for _pos, name in sorted(rows)]


# -- APSW ------------------------------------------------------------------------------------------

def _apsw(path: Path, key: str) -> apsw.Connection:
    con = apsw.Connection(str(path))
    try:
        for pragma in ("PRAGMA cipher = 'sqlcipher'", "PRAGMA legacy = 4",
                       f"PRAGMA kdf_iter = {_WORK_KDF_ITER}"):
            con.execute(pragma)
        con.execute("PRAGMA key = " + _quote(key))
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute(f"PRAGMA cache_size = {_CACHE}")  # applying or comparing many rows of a large vault
    except BaseException:
        con.close()
        raise
    return con


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def diff(base: Path, current: Path, key: str) -> bytes:
    """The changeset that turns the base into the current snapshot (shared tables only)."""
    con = _apsw(current, key)
    try:
        con.execute(f"ATTACH DATABASE {_quote(str(base))} AS base KEY {_quote(key)}")
        con.execute(f"PRAGMA base.cache_size = {_CACHE}")  # the diff probes the base row by row
        session = apsw.Session(con, "main")
        try:
            for table in SHARED_TABLES:
                session.attach(table)
                session.diff("base", table)
            return session.changeset()
        finally:
            session.close()
    finally:
        con.close()


# -- capture: the keys of the rows written since the last export -------------------------------------

#: The tables whose written rows the capture triggers note: the shared ones, and case scope
#: (a case made private or shared again changes which of its rows the team has).
CAPTURED = SHARED_TABLES + ("case_scope",)
_IN = "(SELECT value FROM json_each(?))"
_CREATE = re.compile(r'^\s*CREATE\s+TABLE\s+(?:"[^"]+"|\w+)', re.IGNORECASE)


def install_capture(conn) -> None:
    """Triggers noting in ``team_pending`` (migration m0011) the table and key of every row of
    CAPTURED inserted, updated or deleted, by whatever statement (cascades included). No
    conflict clause anywhere: an outer statement's (INSERT OR REPLACE) would override it."""
    for table in CAPTURED:
        pks = _pk_names(conn, table)
        new = "json_array(" + ", ".join(f"NEW.{c}" for c in pks) + ")"
        old = "json_array(" + ", ".join(f"OLD.{c}" for c in pks) + ")"
        moved = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in pks)
        bodies = {
            "insert": f"INSERT INTO team_pending(tbl, pk) VALUES ('{table}', {new});",
            "update": f"INSERT INTO team_pending(tbl, pk) VALUES ('{table}', {new});"
                      f" INSERT INTO team_pending(tbl, pk) SELECT '{table}', {old} WHERE {moved};",
            "delete": f"INSERT INTO team_pending(tbl, pk) VALUES ('{table}', {old});",
        }
        # Deadlines the rules derive are never shared (each device derives its own): not noted.
        when = {"insert": " WHEN NEW.rule_id IS NULL", "update": " WHEN NEW.rule_id IS NULL OR OLD.rule_id IS NULL",
                "delete": " WHEN OLD.rule_id IS NULL"} if table == "deadlines" else {}
        for event, body in bodies.items():
            conn.execute(f"CREATE TRIGGER IF NOT EXISTS team_capture_{table}_{event} AFTER {event.upper()} ON {table}"
                         f"{when.get(event, '')} BEGIN {body} END")


def drop_capture(conn) -> None:
    """Remove the capture triggers (from a working copy: what an apply writes there is no
    change of this device's; the vault gets them again afterwards)."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                " AND name LIKE 'team\\_capture\\_%' ESCAPE '\\'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")


def capture_installed(conn) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                        " AND name LIKE 'team\\_capture\\_%' ESCAPE '\\'")}
    return names >= {f"team_capture_{t}_{e}" for t in CAPTURED for e in ("insert", "update", "delete")}


def pending_top(conn) -> int:
    """The largest ``team_pending`` entry now (0 when none)."""
    return conn.execute("SELECT coalesce(max(seq), 0) FROM team_pending").fetchone()[0]


def pending(conn, after: int = 0) -> tuple[int, dict[str, set[tuple]]]:
    """(largest entry, {table: {primary key}}) of the rows noted after ``after``."""
    top = pending_top(conn)
    keys: dict[str, set[tuple]] = {}
    for table, pk in conn.execute("SELECT DISTINCT tbl, pk FROM team_pending WHERE seq > ? AND seq <= ?",
                                  (after, top)):
        keys.setdefault(table, set()).add(tuple(json.loads(pk)))
    return top, keys


def forget_pending(conn, upto: int, after: int = 0) -> None:
    conn.execute("DELETE FROM team_pending WHERE seq > ? AND seq <= ?", (after, upto))


def columns_match(vault_conn, base: Path, key: str, *, tables: Iterable[str] = ()) -> bool:
    """Whether the base has the vault's shared and team tables (or ``tables``) with the same
    columns (it may be older than a migration, or missing)."""
    tables = tuple(tables) or (*SHARED_TABLES, "team_conflicts", "team_devices", "team_tombstones")
    if not base.exists():
        return False
    try:
        con = _apsw(base, key)
    except apsw.Error:
        return False
    try:
        return all(_table_columns(con, t) == _table_columns(vault_conn, t) for t in tables)
    finally:
        con.close()


def _table_columns(conn, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def _key_sql(names: list[str]) -> str:
    """A WHERE condition: the row's key is in the JSON list given as the parameter."""
    if len(names) == 1:
        return f"{names[0]} IN {_IN}"
    picks = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(names)))
    return f"({', '.join(names)}) IN (SELECT {picks} FROM json_each(?))"


def _key_json(names: list[str], keys: Iterable[tuple]) -> str:
    return json.dumps([k[0] if len(names) == 1 else list(k) for k in keys])


#: Rows a team does not share (as :func:`shape` leaves them out), as a condition on a row of
#: each table; the parameter is the JSON list of private cases.
_SHARED_ONLY = {
    "cases": f"id NOT IN {_IN}",
    **{table: f"case_id NOT IN {_IN}" for table in CASE_RECORDS},
    "deadlines": f"rule_id IS NULL AND case_id NOT IN {_IN}",
    "document_chunks": f"document_id NOT IN (SELECT id FROM documents WHERE case_id IN {_IN})",
    "persons": f"NOT (EXISTS (SELECT 1 FROM cases c WHERE c.person_id = persons.id AND c.id IN {_IN})"
               f" AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = persons.id AND c.id NOT IN {_IN}))",
    "person_names": f"NOT (EXISTS (SELECT 1 FROM cases c WHERE c.person_id = person_names.person_id AND c.id IN {_IN})"
                    f" AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = person_names.person_id"
                    f" AND c.id NOT IN {_IN}))",
    "parties": f"NOT (EXISTS (SELECT 1 FROM case_parties l WHERE l.party_id = parties.id AND l.case_id IN {_IN})"
               f" AND NOT EXISTS (SELECT 1 FROM case_parties l WHERE l.party_id = parties.id"
               f" AND l.case_id NOT IN {_IN}))",
    "case_groups": f"NOT (EXISTS (SELECT 1 FROM case_group_members m WHERE m.group_id = case_groups.id"
                   f" AND m.case_id IN {_IN}) AND NOT EXISTS (SELECT 1 FROM case_group_members m"
                   f" WHERE m.group_id = case_groups.id AND m.case_id NOT IN {_IN}))",
}


def _expand(conns: Iterable, keys: dict[str, set[tuple]]) -> None:
    """Add to ``keys`` the rows whose being shared may have changed with the rows noted: every
    row of a case whose scope changed, the person (and spellings) of a case written, the party
    of a link written, the group of a membership written; looked up in the vault and in the
    base (before and after)."""
    def add(table: str, rows) -> None:
        keys.setdefault(table, set()).update((r[0],) if len(r) == 1 else tuple(r) for r in rows)

    scoped = json.dumps(sorted(k[0] for k in keys.pop("case_scope", ())))
    for conn in conns:
        if scoped != "[]":
            add("cases", conn.execute(f"SELECT id FROM cases WHERE id IN {_IN}", (scoped,)))
            for child in CASE_RECORDS:
                names = ", ".join(_pk_names(conn, child))
                add(child, conn.execute(f"SELECT {names} FROM {child} WHERE case_id IN {_IN}", (scoped,)))
            add("document_chunks", conn.execute("SELECT document_id, seq FROM document_chunks WHERE document_id IN"
                                                f" (SELECT id FROM documents WHERE case_id IN {_IN})", (scoped,)))
    for conn in conns:
        cases = json.dumps(sorted(k[0] for k in keys.get("cases", ())))
        persons = [r[0] for r in conn.execute(f"SELECT DISTINCT person_id FROM cases WHERE id IN {_IN}", (cases,))]
        add("persons", [(p,) for p in persons])
        add("person_names", conn.execute(f"SELECT id FROM person_names WHERE person_id IN {_IN}",
                                          (json.dumps(persons),)))
        links = json.dumps(sorted(k[0] for k in keys.get("case_parties", ())))
        add("parties", conn.execute(f"SELECT DISTINCT party_id FROM case_parties WHERE id IN {_IN}", (links,)))
        members = json.dumps(sorted(k[0] for k in keys.get("case_group_members", ())))
        add("case_groups", conn.execute(f"SELECT DISTINCT group_id FROM case_group_members WHERE id IN {_IN}",
                                        (members,)))


class Capture:
    """The rows noted since the last export, compared with the base by the session extension.

    The base (an APSW connection, as ``main``) gets two in-memory databases with the shared
    tables' schema: ``cur`` takes the noted rows as the vault has them now and ``old`` as the
    base has them, each leaving out what the team does not share; ``sqlite3session_diff`` of
    the two is the changeset. :meth:`advance` then writes the noted rows into the base.
    Nothing of it touches the disk but the base (encrypted)."""

    def __init__(self, base: Path, key: str) -> None:
        self.con = _apsw(base, key)
        self.keys: dict[str, set[tuple]] = {}
        try:
            self.con.execute("PRAGMA foreign_keys = OFF")
            for schema in ("cur", "old"):
                self.con.execute(f"ATTACH DATABASE ':memory:' AS {schema}")
                for table in SHARED_TABLES:
                    sql = self.con.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?",
                                           (table,)).fetchone()[0]
                    self.con.execute(_CREATE.sub(f"CREATE TABLE {schema}.{table}", sql, count=1))
        except BaseException:
            self.con.close()
            raise

    def close(self) -> None:
        self.con.close()

    def diff(self, vault_conn, keys: dict[str, set[tuple]], private: list[str]) -> bytes:
        """The changeset of the noted rows (``keys``, from :func:`pending`; widened here to
        the rows whose sharing they may change)."""
        con = self.con
        keys = {t: set(v) for t, v in keys.items()}
        _expand((vault_conn, con), keys)
        self.keys = {t: v for t, v in keys.items() if t in SHARED_TABLES and v}
        scope = json.dumps(sorted(private))
        for table, wanted in self.keys.items():
            names = _pk_names(con, table)
            columns = _table_columns(con, table)
            cols = ", ".join(columns)
            shared = _SHARED_ONLY[table]
            n = shared.count("?")
            for start in range(0, len(wanted), 20_000):
                part = _key_json(names, sorted(wanted, key=repr)[start:start + 20_000])
                rows = vault_conn.execute(f"SELECT {cols} FROM {table} WHERE {_key_sql(names)} AND {shared}",
                                          (part, *[scope] * n)).fetchall()
                con.executemany(f"INSERT INTO cur.{table}({cols}) VALUES ({', '.join('?' * len(columns))})", rows)
                con.execute(f"INSERT INTO old.{table}({cols}) SELECT {cols} FROM main.{table}"
                            f" WHERE {_key_sql(names)} AND {shared}", (part, *[scope] * n))
        session = apsw.Session(con, "cur")
        try:
            for table in SHARED_TABLES:
                session.attach(table)
                session.diff("old", table)
            return session.changeset()
        finally:
            session.close()

    def advance(self) -> None:
        """Make the base hold the noted rows as the team now has them (one transaction)."""
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            for table, wanted in self.keys.items():
                names = _pk_names(con, table)
                cols = ", ".join(_table_columns(con, table))
                ordered = sorted(wanted, key=repr)
                for start in range(0, len(ordered), 20_000):
                    con.execute(f"DELETE FROM main.{table} WHERE {_key_sql(names)}",
                                (_key_json(names, ordered[start:start + 20_000]),))
                con.execute(f"INSERT INTO main.{table}({cols}) SELECT {cols} FROM cur.{table}")
            con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(apsw.Error):  # a failed COMMIT (full disk) has rolled back already
                if con.in_transaction:
                    con.execute("ROLLBACK")
            raise


# -- writing applied rows back into the vault ---------------------------------------------------------

#: The vault tables the write-back covers: the shared ones, and the team's own that an apply
#: writes (conflicts kept, devices and the journals applied, deletions received).
WRITTEN_BACK = SHARED_TABLES + ("team_conflicts", "team_devices", "team_tombstones")


def load_team_tables(vault_conn, con) -> None:
    """Give a base (APSW, in its open transaction) the vault's team tables as they are now, so
    that conflicts, devices and tombstones are judged as the vault has them."""
    for table in ("team_conflicts", "team_devices", "team_tombstones"):
        columns = _table_columns(con, table)
        cols = ", ".join(columns)
        con.execute(f"DELETE FROM {table}")
        con.executemany(f"INSERT INTO {table}({cols}) VALUES ({', '.join('?' * len(columns))})",
                        vault_conn.execute(f"SELECT {cols} FROM {table}").fetchall())


def recorded_rows(con, changeset: bytes) -> dict[str, tuple[list[str], list[tuple], list[tuple]]]:
    """{table: (columns, rows now in the base, keys no longer in it)} of every row a changeset
    (a session's record of an apply) names: the base's final state decides, whatever the
    record says (a journal rolled back leaves entries in a session)."""
    named: dict[str, set[tuple]] = {}
    for ch in apsw.Changeset.iter(changeset):
        row = ch.old if ch.old is not None else ch.new
        named.setdefault(ch.name, set()).add(tuple(row[i] for i in sorted(ch.pk_columns)))
    found = {}
    for table, keys in named.items():
        names = _pk_names(con, table)
        columns = _table_columns(con, table)
        picked = [columns.index(n) for n in names]
        rows, gone = [], set(keys)
        ordered = sorted(keys, key=repr)
        for start in range(0, len(ordered), 20_000):
            for row in con.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {_key_sql(names)}",
                                   (_key_json(names, ordered[start:start + 20_000]),)):
                rows.append(tuple(row))
                gone.discard(tuple(row[i] for i in picked))
        found[table] = (columns, rows, sorted(gone, key=repr))
    return found


def write_back(conn: sqlcipher3.Connection, found: dict[str, tuple[list[str], list[tuple], list[tuple]]]) -> list[str]:
    """Write rows into the vault (in the caller's transaction): deletions children first,
    then inserts and updates parents first (an upsert: never INSERT OR REPLACE, whose delete
    would cascade). Returns the ids of the cases deleted (their search entries go too)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    gone_cases = [k[0] for k in found.get("cases", ([], [], []))[2]]
    if gone_cases:
        conn.execute(f"DELETE FROM search WHERE rowid IN (SELECT rowid FROM cases WHERE id IN {_IN})",
                     (json.dumps(gone_cases),))
    for table in reversed(WRITTEN_BACK):
        if table in found and found[table][2]:
            names = _pk_names(conn, table)
            conn.executemany(f"DELETE FROM {table} WHERE {' AND '.join(f'{n} = ?' for n in names)}",
                             found[table][2])
    for table in WRITTEN_BACK:
        if table in found and found[table][1]:
            columns = found[table][0]
            names = _pk_names(conn, table)
            rest = [c for c in columns if c not in names]
            update = ", ".join(f"{c} = excluded.{c}" for c in rest)
            conn.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                             f" ON CONFLICT({', '.join(names)}) DO " + (f"UPDATE SET {update}" if rest else "NOTHING"),
                             found[table][1])
    return gone_cases


@dataclass(frozen=True)
class Change:
    op: str                 # INSERT, UPDATE, DELETE
    table: str
    pk: tuple
    old: dict | None        # DELETE: the whole row; UPDATE: the key and the changed columns
    new: dict | None


def count(changeset: bytes) -> int:
    """How many rows a changeset inserts, updates or deletes."""
    return sum(1 for _ in apsw.Changeset.iter(changeset))


_KEYS = ("id", "case_id", "person_id", "party_id", "document_id", "case_party_id", "group_id")


def changes(changeset: bytes, columns: Mapping[str, list[str]], *, ops: tuple[str, ...] = (),
            light: bool = False) -> Iterable[Change]:
    """Walk a changeset without applying it (only the operations in ``ops``, when given).
    ``light``: an insert's new values hold only its keys (id, case_id, person_id...)."""
    keys_at = {t: [(k, names.index(k)) for k in _KEYS if k in names] for t, names in columns.items()}
    for ch in apsw.Changeset.iter(changeset):
        if ops and ch.op not in ops:
            continue
        names = columns[ch.name]
        pk_idx = sorted(ch.pk_columns)
        old = None if ch.old is None else {names[i]: v for i, v in enumerate(ch.old) if v is not apsw.no_change}
        if ch.new is None:
            new = None
        elif light and ch.op == "INSERT":
            values = ch.new
            new = {k: values[i] for k, i in keys_at[ch.name]}
        else:
            new = {names[i]: v for i, v in enumerate(ch.new) if v is not apsw.no_change}
        row = ch.old if ch.old is not None else ch.new
        yield Change(ch.op, ch.name, tuple(row[i] for i in pk_idx), old, new)


def table_columns(conn) -> dict[str, list[str]]:
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in SHARED_TABLES}


# -- journals --------------------------------------------------------------------------------------

def write_journal(path: Path, key: bytes, description: Mapping[str, str], changeset: bytes = b"") -> None:
    """Write a new journal (or a device card) at ``path``: 1 KiB pages, one ``meta`` table."""
    new_private_file(path)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key(key))
        conn.execute(f"PRAGMA cipher_page_size = {JOURNAL_PAGE_SIZE}")
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("BEGIN")
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
        items = [(k, v) for k, v in description.items()]
        if changeset:
            items.append(("file.changeset", changeset))
        conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", items)
        conn.execute("COMMIT")
    finally:
        conn.close()
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def read_journal(path: Path, keys: Iterable[bytes]) -> tuple[dict[str, str], bytes]:
    """(description, changeset) of a journal or card, checked page by page.

    Raises JournalUnreadable: ``key`` when no team key this device has opens it, ``damaged``
    when it fails a check (a page altered, the file cut short or lengthened)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise JournalUnreadable(f"it cannot be read ({exc.strerror})", reason=JournalReason.DAMAGED) from None
    if size < JOURNAL_PAGE_SIZE or head.startswith(b"SQLite format 3"):
        raise JournalUnreadable("it is too short or not encrypted", reason=JournalReason.DAMAGED)
    opened = False
    for key in keys:
        conn = sqlcipher3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.set_key(raw_key(key))
            conn.execute(f"PRAGMA cipher_page_size = {JOURNAL_PAGE_SIZE}")
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DriverError as exc:
                if "NOTADB" in (getattr(exc, "sqlite_errorname", "") or "") or "not a database" in str(exc):
                    continue
                raise JournalUnreadable("it is damaged (a page cannot be read)", reason=JournalReason.DAMAGED) from None
            opened = True
            try:
                failures = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
                if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                    raise JournalUnreadable("it is not an Abarona journal", reason=JournalReason.NOT_JOURNAL)
                pages = conn.execute("PRAGMA page_count").fetchone()[0]
                rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            except DriverError:
                raise JournalUnreadable("it is damaged (a page cannot be read)", reason=JournalReason.DAMAGED) from None
            if failures or size != pages * JOURNAL_PAGE_SIZE:
                raise JournalUnreadable("it is damaged or was altered (its pages fail their check)",
                                        reason=JournalReason.DAMAGED)
            changeset = rows.pop("file.changeset", b"") or b""
            return {k: str(v) for k, v in rows.items()}, bytes(changeset)
        finally:
            conn.close()
    if opened:  # pragma: no cover - returned or raised above
        raise JournalUnreadable("it is damaged", reason=JournalReason.DAMAGED)
    raise JournalUnreadable("no team key of this device opens it", reason=JournalReason.KEY)


def changeset_digest(changeset: bytes) -> str:
    return hashlib.sha256(changeset).hexdigest()


# -- the team's tables in the vault (sqlcipher3 or APSW connections: both take the same SQL) --

def devices(conn) -> list[tuple]:
    """(id, name, enrolled_at, applied_seq, last_seen, revoked_at, revoked_by), by name."""
    return list(conn.execute("SELECT id, name, enrolled_at, applied_seq, last_seen, revoked_at, revoked_by"
                             " FROM team_devices ORDER BY name, id"))


def upsert_device(conn, device_id: str, name: str, enrolled_at: str | None) -> None:
    conn.execute("INSERT INTO team_devices(id, name, enrolled_at) VALUES (?, ?, ?)"
                 " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                 " enrolled_at = coalesce(team_devices.enrolled_at, excluded.enrolled_at)",
                 (device_id, name, enrolled_at))


def revoke_device(conn, device_id: str, at: str, by: str) -> None:
    conn.execute("UPDATE team_devices SET revoked_at = coalesce(revoked_at, ?), revoked_by = coalesce(revoked_by, ?)"
                 " WHERE id = ?", (at, by, device_id))


def mark_applied(conn, device_id: str, seq: int, at: str) -> None:
    conn.execute("UPDATE team_devices SET applied_seq = max(applied_seq, ?), last_seen = ? WHERE id = ?",
                 (seq, at, device_id))


def record_tombstones(conn: sqlcipher3.Connection, deleted: Iterable[Change], at: str,
                      journal: int | None = None) -> None:
    """Keep the last values of rows this device deleted and sent, with the sequence number of
    its journal that sent the deletion (migration m0026)."""
    conn.executemany(
        "INSERT INTO team_tombstones(tbl, pk, row, deleted_at, journal) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(tbl, pk) DO UPDATE SET row = excluded.row, deleted_at = excluded.deleted_at, received = NULL,"
        " journal = excluded.journal",
        [(c.table, pk_text(c.pk), json.dumps({k: encode(v) for k, v in c.old.items()}, ensure_ascii=False), at,
          journal) for c in deleted])


#: The kinds of conflict of an edit against a deletion (decided by keeping or deleting the record).
DELETION_KINDS = ("deleted_here", "deleted_there")


@dataclass
class ConflictRow:
    id: int
    table: str
    pk: list
    kind: str
    fields: dict            # column: [base, mine, theirs]
    theirs_row: dict | None
    case_id: str | None
    device_id: str
    journal: str
    created_at: str
    decided: str | None


def conflicts(conn, *, open_only: bool = True) -> list[ConflictRow]:
    where = " WHERE decided IS NULL" if open_only else ""
    found = []
    for row in conn.execute("SELECT id, tbl, pk, kind, fields, theirs_row, case_id, device_id, journal,"
                            f" created_at, decided FROM team_conflicts{where} ORDER BY id"):
        fields = {k: [decode(x) for x in v] for k, v in json.loads(row[4]).items()}
        theirs = None if row[5] is None else {k: decode(v) for k, v in json.loads(row[5]).items()}
        found.append(ConflictRow(row[0], row[1], [decode(v) for v in json.loads(row[2])], row[3], fields, theirs,
                                 row[6], row[7], row[8], row[9], row[10]))
    return found


def mark_decided(conn, conflict_id: int, decision: str, at: str, sent_in: int | None = None) -> None:
    """Note a conflict decided (``sent_in``: the journal of this device that sends the decision,
    migration m0026a)."""
    conn.execute("UPDATE team_conflicts SET decided = ?, decided_at = ?, sent_in = ? WHERE id = ?",
                 (decision, at, sent_in, conflict_id))


_PK_CACHE: dict[str, list[str]] = {}
_COLUMN_CACHE: dict[str, list[str]] = {}


#: The condition (appended to a WHERE) that picks the rows of a table a team shares, where
#: not all are: the deadlines entered by hand (the rules' are derived on each device).
_SHARED_ROWS = {"deadlines": " AND rule_id IS NULL"}


def pk_names(conn, table: str) -> list[str]:
    """The columns of a table's primary key, in key order."""
    return list(_where_pk(conn, table)[1])


def _where_pk(conn, table: str) -> tuple[str, list[str]]:
    names = _PK_CACHE.get(table) or _PK_CACHE.setdefault(table, _pk_names(conn, table))
    return " AND ".join(f"{n} = ?" for n in names), names


def _columns_of(conn, table: str) -> list[str]:
    return _COLUMN_CACHE.get(table) or _COLUMN_CACHE.setdefault(
        table, [r[1] for r in conn.execute(f"PRAGMA table_info({table})")])


def _exists(conn, table: str, pk: list) -> bool:
    where, _names = _where_pk(conn, table)
    return conn.execute(f"SELECT 1 FROM {table} WHERE {where}", list(pk)).fetchone() is not None


def get_row(conn, table: str, pk: list) -> dict | None:
    where, _names = _where_pk(conn, table)
    row = conn.execute(f"SELECT * FROM {table} WHERE {where}", list(pk)).fetchone()
    if row is None:
        return None
    return dict(zip(_columns_of(conn, table), row))


def set_fields(conn, table: str, pk: list, values: Mapping[str, object]) -> None:
    if not values:
        return
    where, _names = _where_pk(conn, table)
    conn.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in values)} WHERE {where}",
                 [*values.values(), *pk])


def insert_row(conn, table: str, row: Mapping[str, object]) -> None:
    present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    names = [n for n in row if n in present]
    conn.execute(f"INSERT OR REPLACE INTO {table}({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [row[n] for n in names])


def delete_row(conn, table: str, pk: list) -> None:
    where, _names = _where_pk(conn, table)
    conn.execute(f"DELETE FROM {table} WHERE {where}", list(pk))


def delete_with_children(conn, table: str, pk: list) -> list[tuple[str, list]]:
    """Delete a row and everything below it (for a base, whose foreign keys are not enforced);
    [(table, key)] of the rows deleted."""
    deleted: list[tuple[str, list]] = []
    if table in CHILDREN and len(pk) == 1:
        for child, column in CHILDREN[table]:
            names = _PK_CACHE.get(child) or _PK_CACHE.setdefault(child, _pk_names(conn, child))
            # read afresh: a row with two parents may have gone with an earlier sibling
            for key in conn.execute(f"SELECT {', '.join(names)} FROM {child} WHERE {column} = ?",
                                    (pk[0],)).fetchall():
                if child in CHILDREN and len(names) == 1:
                    deleted += delete_with_children(conn, child, [key[0]])
                else:  # a row with nothing below it, or a key of several columns (chunks, ticks)
                    delete_row(conn, child, list(key))
                    deleted.append((child, list(key)))
    delete_row(conn, table, pk)
    deleted.append((table, list(pk)))
    return deleted


def note_pending(conn, rows: Iterable[tuple[str, list]]) -> None:
    """Note rows for the next export (a decision changed the base under them, so that this
    vault's version is sent again)."""
    conn.executemany("INSERT INTO team_pending(tbl, pk) VALUES (?, ?)",
                     [(table, json.dumps([encode(v) for v in pk])) for table, pk in rows])


def case_unit(conn, case_id: str) -> list[tuple[str, list]]:
    """[(table, key)] of every row a team shares of one case, parents first: its person and
    the person's spellings, the case, its records (deadlines entered by hand only), its
    documents' content, and the parties and groups its records name. The rows a decision to
    keep the case sends again whole."""
    keys: list[tuple[str, list]] = []
    person = conn.execute("SELECT person_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    if person is None:
        return keys
    keys.append(("persons", [person[0]]))
    keys += [("person_names", [r[0]]) for r in conn.execute(
        "SELECT id FROM person_names WHERE person_id = ? ORDER BY id", (person[0],)).fetchall()]
    keys += [("parties", [r[0]]) for r in conn.execute(
        "SELECT DISTINCT party_id FROM case_parties WHERE case_id = ? ORDER BY party_id", (case_id,)).fetchall()]
    keys += [("case_groups", [r[0]]) for r in conn.execute(
        "SELECT DISTINCT group_id FROM case_group_members WHERE case_id = ? ORDER BY group_id", (case_id,)).fetchall()]
    keys.append(("cases", [case_id]))
    for table in CASE_RECORDS:
        names = ", ".join(_pk_names(conn, table))
        keys += [(table, list(r)) for r in conn.execute(
            f"SELECT {names} FROM {table} WHERE case_id = ?{_SHARED_ROWS.get(table, '')} ORDER BY {names}",
            (case_id,)).fetchall()]
    keys += [("document_chunks", list(r)) for r in conn.execute(
        "SELECT document_id, seq FROM document_chunks WHERE document_id IN (SELECT id FROM documents"
        " WHERE case_id = ?) ORDER BY document_id, seq", (case_id,)).fetchall()]
    return keys


def case_tombstones(conn, case_id: str) -> list[tuple[str, dict]]:
    """[(table, last values)] of a case deleted here and the rows deleted with it (by the same
    export or apply: the case's tombstone time): the case first, then its records in
    CASE_RECORDS order, its documents' content, and the person (with spellings), parties and
    groups that went with it. Empty when the case has no tombstone."""
    case = conn.execute("SELECT row, deleted_at FROM team_tombstones WHERE tbl = 'cases' AND pk = ?",
                        (pk_text([case_id]),)).fetchone()
    if case is None:
        return []
    found: list[tuple[str, dict]] = [("cases", {k: decode(v) for k, v in json.loads(case[0]).items()})]
    for table in CASE_RECORDS:
        found += [(table, {k: decode(v) for k, v in json.loads(text).items()}) for (text,) in conn.execute(
            "SELECT row FROM team_tombstones WHERE tbl = ? AND deleted_at = ? AND json_extract(row, '$.case_id') = ?"
            " ORDER BY pk", (table, case[1], case_id)).fetchall()]
    def named(table: str, column: str, ids: Iterable) -> None:
        found.extend((table, {k: decode(v) for k, v in json.loads(text).items()}) for (text,) in conn.execute(
            f"SELECT row FROM team_tombstones WHERE tbl = ? AND deleted_at = ? AND json_extract(row, '$.{column}')"
            f" IN {_IN} ORDER BY pk", (table, case[1], json.dumps(sorted(set(ids))))).fetchall())

    named("document_chunks", "document_id", [row["id"] for table, row in found if table == "documents"])
    person = found[0][1].get("person_id")
    named("persons", "id", [person])
    named("person_names", "person_id", [person])
    named("parties", "id", [row.get("party_id") for table, row in found if table == "case_parties"])
    named("case_groups", "id", [row.get("group_id") for table, row in found if table == "case_group_members"])
    return found


def delete_keys(conn, rows: Iterable[tuple[str, list]]) -> None:
    """Delete rows by key (from a base, whose foreign keys are off), children first."""
    for table, pk in reversed(list(rows)):
        delete_row(conn, table, pk)


def forget_tombstones(conn, rows: Iterable[tuple[str, list]]) -> None:
    """Forget the tombstones of rows that are here again (kept by a decision): a later journal
    inserting one of them is then no deletion here crossed."""
    conn.executemany("DELETE FROM team_tombstones WHERE tbl = ? AND pk = ?",
                     [(table, pk_text(pk)) for table, pk in rows])


def orphaned(conn, table: str, pk: list) -> bool:
    """Whether a person, party or group is named by no case, link or membership any more."""
    child = {"persons": ("cases", "person_id"), "parties": ("case_parties", "party_id"),
             "case_groups": ("case_group_members", "group_id")}.get(table)
    if child is None or len(pk) != 1:
        return False
    return conn.execute(f"SELECT 1 FROM {child[0]} WHERE {child[1]} = ? LIMIT 1", (pk[0],)).fetchone() is None


def tombstone(conn, table: str, pk: list) -> dict | None:
    row = conn.execute("SELECT row FROM team_tombstones WHERE tbl = ? AND pk = ?", (table, pk_text(pk))).fetchone()
    return None if row is None else {k: decode(v) for k, v in json.loads(row[0]).items()}


def received_deletion(conn, table: str, pk: list) -> bool:
    """Whether a row's tombstone is of a deletion another device sent (not made here)."""
    row = conn.execute("SELECT received FROM team_tombstones WHERE tbl = ? AND pk = ?",
                       (table, pk_text(pk))).fetchone()
    return row is not None and row[0] is not None


def record_received(conn, deleted: Iterable[Change], at: str, device_id: str) -> None:
    """Keep the last values of rows another device's journal deleted here: a later journal
    may bring a record below one of them (it comes back as a conflict), or an edit of one
    made elsewhere (a conflict whose "theirs" is then the whole row, which can be restored)."""
    conn.executemany(
        "INSERT INTO team_tombstones(tbl, pk, row, deleted_at, received) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(tbl, pk) DO NOTHING",
        [(c.table, pk_text(c.pk), json.dumps({k: encode(v) for k, v in c.old.items()}, ensure_ascii=False), at,
          device_id) for c in deleted])


def restore_from_tombstones(conn, table: str, row: dict) -> list[tuple[str, dict]]:
    """Insert a row deleted here, with the parents (and a person's spellings) this vault
    deleted with it, from their tombstones; [(table, row)] of the rows that came back."""
    back: list[tuple[str, dict]] = []
    for parent, column in PARENTS_OF.get(table, ()):
        if row.get(column) and get_row(conn, parent, [row[column]]) is None:
            old = tombstone(conn, parent, [row[column]])
            if old is not None:
                back += restore_from_tombstones(conn, parent, old)
    insert_row(conn, table, row)
    back.append((table, row))
    if table == "persons":
        for (text,) in conn.execute("SELECT row FROM team_tombstones WHERE tbl = 'person_names'"
                                    " AND json_extract(row, '$.person_id') = ?", (row["id"],)).fetchall():
            name = {k: decode(v) for k, v in json.loads(text).items()}
            if get_row(conn, "person_names", [name["id"]]) is None:
                insert_row(conn, "person_names", name)
    return back


def case_of(conn, table: str, row: Mapping[str, object]) -> list[str]:
    """The cases a row belongs to (a person's or party's: every case that has them)."""
    if table == "cases":
        return [row["id"]]
    if "case_id" in row and row["case_id"]:
        return [row["case_id"]]
    if table == "persons":
        return [r[0] for r in conn.execute("SELECT id FROM cases WHERE person_id = ?", (row["id"],))]
    if table == "person_names" and row.get("person_id"):
        return [r[0] for r in conn.execute("SELECT id FROM cases WHERE person_id = ?", (row["person_id"],))]
    if table == "parties":
        return [r[0] for r in conn.execute("SELECT case_id FROM case_parties WHERE party_id = ?", (row["id"],))]
    if table == "case_groups":
        return [r[0] for r in conn.execute("SELECT case_id FROM case_group_members WHERE group_id = ?"
                                           " ORDER BY case_id", (row["id"],))]
    if table == "document_chunks" and row.get("document_id"):
        return [r[0] for r in conn.execute("SELECT case_id FROM documents WHERE id = ?", (row["document_id"],))]
    return []


# -- applying --------------------------------------------------------------------------------------

@dataclass
class Outcome:
    """What applying one journal did."""

    applied: int = 0                              # changes applied (merged fields count once)
    conflicts: list[int] = field(default_factory=list)   # team_conflicts ids
    case_ids: set[str] = field(default_factory=set)      # cases whose derived data must follow
    new_case_ids: set[str] = field(default_factory=set)  # of which new to this vault
    gone_case_rowids: list[int] = field(default_factory=list)


class Applier:
    """Applies journals to one working copy, each in a savepoint; commit() ends the batch."""

    def __init__(self, path: Path, key: str, *, vault_conn: sqlcipher3.Connection | None = None) -> None:
        """``path``: a working copy of the vault, or (``vault_conn`` given) the base, which then
        takes the vault's team tables and records with a session every row the apply writes
        (:meth:`recorded`), to be written into the vault (:func:`write_back`)."""
        self.con = _apsw(path, key)
        self.session: apsw.Session | None = None
        self.seen_here: int | None = None  # see apply()
        try:
            self.con.execute("PRAGMA foreign_keys = OFF")  # no cascades: deletions come one by one
            self.columns = table_columns(self.con)
            self.new_cases: set[str] = set()   # cases the applied journals brought, new to this vault
            self.con.execute("BEGIN IMMEDIATE")
            if vault_conn is None:
                drop_capture(self.con)  # a working copy
                self.con.execute("DELETE FROM team_pending")
            else:
                load_team_tables(vault_conn, self.con)
                self.session = apsw.Session(self.con, "main")
                for table in WRITTEN_BACK:
                    self.session.attach(table)
        except BaseException:
            self.close()
            raise

    def recorded(self) -> bytes:
        """A changeset naming every row the applies wrote (the session on the base)."""
        return self.session.changeset() if self.session is not None else b""

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        with contextlib.suppress(apsw.Error):
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
        self.con.close()

    def commit(self) -> None:
        self.con.execute("COMMIT")

    def apply(self, changeset: bytes, *, device_id: str, journal: str, now: str,
              unshared: Iterable[str] = (), seen_here: int | None = None) -> Outcome:
        """Apply one changeset (all or nothing). Raises apsw.Error when it does not fit.
        ``unshared``: shared tables its writer did not share yet (an older version): rows of
        them below a row it deleted go too, as its vault's foreign keys took them there.
        ``seen_here``: how many of this device's journals its writer had applied (its
        ``file.seen``): a row it inserts that a later journal of this device deleted crossed
        that deletion, and is a conflict (None: never)."""
        con = self.con
        con.execute("SAVEPOINT journal")
        try:
            self.seen_here = seen_here
            outcome = self._apply(changeset, device_id, journal, now, frozenset(unshared))
        except BaseException:
            con.execute("ROLLBACK TO journal")
            con.execute("RELEASE journal")
            raise
        con.execute("RELEASE journal")
        return outcome

    def _apply(self, changeset: bytes, device_id: str, journal: str, now: str,
               unshared: frozenset[str] = frozenset()) -> Outcome:
        con = self.con
        outcome = Outcome()
        listed = list(changes(changeset, self.columns, light=True))
        deleted = {(c.table, c.pk): c.old for c in listed if c.op == "DELETE"}
        gone_rowids = {}
        for c in listed:
            if c.op == "DELETE" and c.table == "cases":
                r = con.execute("SELECT rowid FROM cases WHERE id = ?", (c.pk[0],)).fetchone()
                if r:
                    gone_rowids[c.pk[0]] = r[0]
        # a case sent again whole (a decision to keep it) that is here already is not new here
        had = {r[0] for r in con.execute(f"SELECT id FROM cases WHERE id IN {_IN}", (json.dumps(
            [c.pk[0] for c in listed if c.table == "cases" and c.op == "INSERT"]),))}
        again = self._deleted_here_before(listed)
        crossed = self._decided_before(listed)
        patches: list[tuple[str, list, dict]] = []
        found: list[tuple[str, list, str, dict, dict | None]] = []  # table, pk, kind, fields, theirs row
        columns = self.columns

        def conflict(reason: int, ch: apsw.TableChange) -> int:
            names = columns[ch.name]
            pk_idx = sorted(ch.pk_columns)
            row = ch.old if ch.old is not None else ch.new
            pk = [row[i] for i in pk_idx]
            if reason == apsw.SQLITE_CHANGESET_DATA and ch.op == "UPDATE":
                mine = ch.conflict
                clean, contested = {}, {}
                for i, name in enumerate(names):
                    theirs = ch.new[i]
                    if theirs is apsw.no_change or i in pk_idx:
                        continue
                    base = ch.old[i]
                    if mine[i] == base or mine[i] == theirs:
                        if mine[i] != theirs:
                            clean[name] = theirs
                    elif name in _IGNORED:
                        clean[name] = max(mine[i], theirs)
                    elif name in _EARLIER:
                        clean[name] = min(mine[i], theirs)
                    else:
                        contested[name] = [base, mine[i], theirs]
                if clean:
                    patches.append((ch.name, pk, clean))
                if contested:
                    found.append((ch.name, pk, "edited", contested, None))
                return OMIT
            if reason == apsw.SQLITE_CHANGESET_DATA and ch.op == "DELETE":
                mine = ch.conflict
                if all(mine[i] == ch.old[i] or names[i] in _IGNORED for i in range(len(names))):
                    return REPLACE  # changed here only in when: the deletion applies
                found.append((ch.name, pk, "deleted_there",
                              {n: [ch.old[i], mine[i], None] for i, n in enumerate(names)
                               if n not in _IGNORED and i not in pk_idx}, None))
                return OMIT
            if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
                if ch.op == "DELETE":
                    return OMIT  # deleted on both sides
                base = tombstone(con, ch.name, pk) or {}
                theirs = dict(base)
                for i, n in enumerate(names):
                    if ch.new[i] is not apsw.no_change:
                        theirs[n] = ch.new[i]
                    elif i in pk_idx:
                        theirs[n] = ch.old[i]
                found.append((ch.name, pk, "deleted_here",
                              {n: [base.get(n), None, theirs.get(n)] for n in names
                               if n not in _IGNORED and n in theirs and names.index(n) not in pk_idx},
                              theirs))
                return OMIT
            if reason == apsw.SQLITE_CHANGESET_CONFLICT:  # an insert met a row with its key
                mine = ch.conflict
                contested = {n: [None, mine[i], ch.new[i]] for i, n in enumerate(names)
                             if mine[i] != ch.new[i] and n not in _IGNORED and n not in _EARLIER}
                if contested:
                    found.append((ch.name, pk, "edited", contested, None))
                else:  # the same row on both sides: only when it was written may differ
                    times = {n: (max if n in _IGNORED else min)(mine[i], ch.new[i]) for i, n in enumerate(names)
                             if (n in _IGNORED or n in _EARLIER) and mine[i] != ch.new[i]
                             and mine[i] is not None and ch.new[i] is not None}
                    if any(times[n] != mine[names.index(n)] for n in times):
                        patches.append((ch.name, pk, times))
                return OMIT
            if reason == apsw.SQLITE_CHANGESET_CONSTRAINT:
                values = ch.new if ch.new is not None else ch.old
                theirs = {n: values[i] for i, n in enumerate(names) if values[i] is not apsw.no_change}
                found.append((ch.name, pk, "constraint",
                              {n: [None, None, v] for n, v in theirs.items() if n not in _IGNORED}, theirs))
                return OMIT
            return OMIT  # FOREIGN_KEY: not raised with foreign keys off

        apsw.Changeset.apply(changeset, con, conflict=conflict)
        for table, pk, values in patches:
            set_fields(con, table, pk, values)
        self._decisions_crossed(crossed, found)
        self._restore_parents_deleted_there(deleted, found, unshared)
        self._restore_parents_deleted_here(listed, found)
        self._inserted_again(again, found)
        self._cascade(listed, unshared)
        conflicted_keys = {(t, tuple(pk)) for t, pk, *_rest in found}
        # (a document's content too: a case kept later, against this deletion, is kept whole)
        record_received(con, [c for c in listed if c.op == "DELETE" and c.old
                              and (c.table, tuple(c.pk)) not in conflicted_keys
                              and not _exists(con, c.table, list(c.pk))], now, device_id)
        outcome.case_ids = self._cases_of(listed)
        conflicted = {(t, tuple(pk)) for t, pk, *_rest in found}
        outcome.new_case_ids = {c.pk[0] for c in listed if c.table == "cases" and c.op == "INSERT"
                                and ("cases", c.pk) not in conflicted and c.pk[0] not in had}
        for case_id, rowid in gone_rowids.items():
            if not _exists(con, "cases", [case_id]):
                outcome.gone_case_rowids.append(rowid)
                con.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        self._settle(listed, now)
        for table, pk, kind, fields, theirs in found:
            case_ids = case_of(con, table, {**(get_row(con, table, pk) or {}), **(theirs or {}),
                                            **{k: v[0] for k, v in fields.items() if v[0] is not None}})
            outcome.conflicts.append(self._keep(table, pk, kind, fields, theirs, case_ids[0] if case_ids else None,
                                                device_id, journal, now))
        outcome.applied = len(listed) - len(found)
        return outcome

    def _cascade(self, listed: list[Change], unshared: frozenset[str]) -> None:
        """Delete the rows no journal carries below the rows a journal deleted: the deadlines
        the rules derive, and the rows of ``unshared`` tables (its writer's vault deleted them
        by cascade but did not send them). No row is left orphaned in a copy or a base, whose
        foreign keys are off."""
        con = self.con
        for c in listed:
            if c.op != "DELETE" or c.table not in CHILDREN or len(c.pk) != 1 or _exists(con, c.table, list(c.pk)):
                continue
            for child, column in CHILDREN[c.table]:
                if child == "deadlines" and child not in unshared:
                    con.execute(f"DELETE FROM deadlines WHERE {column} = ? AND rule_id IS NOT NULL", (c.pk[0],))
                elif child in unshared:
                    for key in con.execute(f"SELECT {', '.join(_pk_names(con, child))} FROM {child}"
                                           f" WHERE {column} = ?", (c.pk[0],)).fetchall():
                        delete_with_children(con, child, list(key))

    def _restore_parents_deleted_there(self, deleted: dict, found: list, unshared: frozenset[str] = frozenset()) -> None:
        """An edit here below a row they deleted (its deletion was a conflict, so the edited row
        stayed): the parent stays too, restored, and is a conflict itself. (Rows of tables the
        writer did not share are no edit: they go with the parent, :meth:`_cascade`.)"""
        con = self.con
        for (table, pk), _old in deleted.items():
            if table == "cases" and _exists(con, table, list(pk)):
                self._hold_case(pk[0], deleted)  # its own deletion was a conflict: it stays whole
        candidates = [(table, pk, old) for (table, pk), old in deleted.items()
                      if table in CHILDREN and len(pk) == 1]
        restored = True
        while restored and candidates:
            restored = False
            for table, pk, old in candidates:
                if _exists(con, table, list(pk)):
                    continue
                if any(con.execute(f"SELECT 1 FROM {child} WHERE {column} = ?{_SHARED_ROWS.get(child, '')} LIMIT 1",
                                   (pk[0],)).fetchone()
                       for child, column in CHILDREN[table] if child not in unshared):
                    insert_row(con, table, old)
                    if table == "cases":
                        self._hold_case(pk[0], deleted)
                    if table == "persons":  # a person comes back with the spellings deleted with it
                        for (t, _k), name_row in deleted.items():
                            if t == "person_names" and name_row.get("person_id") == pk[0]:
                                insert_row(con, t, name_row)
                    found.append((table, list(pk), "deleted_there",
                                  {n: [v, v, None] for n, v in old.items() if n not in _IGNORED and n != "id"}, None))
                    restored = True

    def _decided_before(self, listed: list[Change]) -> dict[tuple[str, tuple], tuple[dict, list[str]]]:
        """{(table, key): (the row now, the fields decided)} of the rows a journal updates whose
        edit conflict this device decided in a journal the writer had not applied: its change
        of those fields crossed the decision (migration m0026a). Read before the apply."""
        con = self.con
        if self.seen_here is None:
            return {}
        decided = {(r[0], r[1]): json.loads(r[2]) for r in con.execute(
            "SELECT tbl, pk, fields FROM team_conflicts WHERE kind = 'edited' AND decided IN ('mine', 'theirs')"
            " AND sent_in > ?", (self.seen_here,))}
        if not decided:
            return {}
        found = {}
        for c in listed:
            fields = decided.get((c.table, pk_text(c.pk)))
            if c.op == "UPDATE" and fields and any(n in (c.new or {}) for n in fields):
                row = get_row(con, c.table, list(c.pk))
                if row is not None:
                    found[(c.table, tuple(c.pk))] = (row, [n for n in fields if n in (c.new or {})])
        return found

    def _decisions_crossed(self, crossed: dict, found: list) -> None:
        """A field of a decided record the journal changed (:meth:`_decided_before`) is set back
        to this device's value and kept as a new edit conflict: the two devices decided the same
        conflict differently at the same time (each for its own version), and neither takes the
        other's silently (they ended swapped)."""
        con = self.con
        for (table, pk), (before, names) in crossed.items():
            now = get_row(con, table, list(pk))
            if now is None:
                continue
            changed = {n: [before[n], before[n], now[n]] for n in names if now.get(n) != before.get(n)}
            if changed:
                set_fields(con, table, list(pk), {n: v[1] for n, v in changed.items()})
                found.append((table, list(pk), "edited", changed, None))

    def _deleted_here_before(self, listed: list[Change]) -> list[tuple[str, tuple]]:
        """The rows a journal inserts that this device deleted itself, in a journal the writer
        had not applied (its own tombstone, migration m0026), and does not have now: a record
        kept on another device (a decision to keep it, sent again whole) that crossed this
        device's deletion of it. Read before the journal is applied."""
        con = self.con
        if self.seen_here is None or con.execute(
                "SELECT 1 FROM team_tombstones WHERE received IS NULL AND journal > ? LIMIT 1",
                (self.seen_here,)).fetchone() is None:
            return []  # (an enrolment's large journals: nothing deleted here they have not seen)
        inserted = {f"{c.table}\x1f{pk_text(c.pk)}": (c.table, c.pk) for c in listed
                    if c.op == "INSERT" and c.table != "document_chunks"}
        if not inserted:
            return []
        own = con.execute("SELECT tbl || char(31) || pk FROM team_tombstones WHERE received IS NULL AND journal > ?"
                          f" AND tbl || char(31) || pk IN {_IN}", (self.seen_here, json.dumps(sorted(inserted)))
                          ).fetchall()
        return [inserted[r[0]] for r in own if not _exists(con, inserted[r[0]][0], list(inserted[r[0]][1]))]

    def _inserted_again(self, again: list[tuple[str, tuple]], found: list) -> None:
        """A row this device deleted that a journal brings back (:meth:`_deleted_here_before`)
        is a conflict of a deletion here against a record kept there, never silently taken or
        dropped: the row stays (nothing is lost) until the keep-or-delete decision. Not where an
        open deletion conflict of its case is settled by it (the other side's decision arriving)."""
        if not again:
            return
        con = self.con
        open_cases = {r[0] for r in con.execute(
            "SELECT case_id FROM team_conflicts WHERE decided IS NULL AND case_id IS NOT NULL"
            " AND kind IN ('deleted_here', 'deleted_there')")}
        open_cases |= {json.loads(r[0])[0] for r in con.execute(
            "SELECT pk FROM team_conflicts WHERE decided IS NULL AND tbl = 'cases'"
            " AND kind IN ('deleted_here', 'deleted_there')")}
        for t, pk, kind, fields, theirs in found:
            if kind in DELETION_KINDS:
                open_cases.update(case_of(con, t, {**(get_row(con, t, pk) or {}), **(theirs or {}), "id": pk[0]}))
        conflicted = {(t, tuple(pk)) for t, pk, *_rest in found}
        for table, pk in again:
            row = get_row(con, table, list(pk))
            if row is None or (table, tuple(pk)) in conflicted or set(case_of(con, table, row)) & open_cases:
                continue
            names = pk_names(con, table)
            found.append((table, list(pk), "deleted_here",
                          {n: [None, None, v] for n, v in row.items() if n not in _IGNORED and n not in names}, row))

    def _hold_case(self, case_id: str, deleted: dict) -> None:
        """A case this journal deletes stays here, as an edit here (or a record added here)
        conflicts with its deletion: every record of it the journal deleted stays too, as it
        was, so that keeping the case keeps it whole (its person, parties and groups come back
        through :meth:`_restore_parents_deleted_there`). Until the keep-or-delete decision the
        case is as it was before the journal; deleting it then deletes it all."""
        con = self.con
        for table in CASE_RECORDS:
            for (t, pk), old in deleted.items():
                if t == table and old.get("case_id") == case_id and not _exists(con, t, list(pk)):
                    insert_row(con, t, old)
        documents = {pk[0] for (t, pk), old in deleted.items() if t == "documents" and old.get("case_id") == case_id}
        for (t, pk), old in deleted.items():
            if t == "document_chunks" and pk[0] in documents and not _exists(con, t, list(pk)):
                insert_row(con, t, old)

    def _restore_parents_deleted_here(self, listed: list[Change], found: list) -> None:
        """Their new or moved rows below a row deleted here: the parent comes back from its
        tombstone, as a conflict (their side still has it); without one, the row is refused."""
        con = self.con
        # the journal's edits of rows deleted here (their updates found no row): a row that
        # comes back comes back as edited there, so that the case here is theirs, and a later
        # decision (a deletion sent with their values) applies to it whole
        edited = {(c.table, tuple(c.pk)): c.new for c in listed if c.op == "UPDATE" and c.new}
        wanted: dict[str, dict[str, list[tuple[str, tuple]]]] = {}
        for c in listed:
            if c.op == "DELETE":
                continue
            for parent, column in PARENTS_OF.get(c.table, ()):
                value = (c.new or {}).get(column)
                if value is not None:
                    wanted.setdefault(parent, {}).setdefault(value, []).append((c.table, c.pk))
        for parent, by_id in wanted.items():
            missing = [r[0] for r in con.execute(
                f"SELECT value FROM json_each(?) WHERE value NOT IN (SELECT id FROM {parent})",
                (json.dumps(list(by_id)),))]
            for parent_id in missing:
                old_parent = tombstone(con, parent, [parent_id])
                if old_parent is not None:
                    for table, row in restore_from_tombstones(con, parent, old_parent):
                        before = dict(row)
                        theirs = {k: v for k, v in (edited.get((table, (row["id"],))) or {}).items() if k != "id"}
                        if theirs:
                            set_fields(con, table, [row["id"]], theirs)
                            row = {**row, **theirs}
                        if received_deletion(con, table, [row["id"]]):  # another device deleted it
                            found.append((table, [row["id"]], "deleted_there",
                                          {n: [v, v, None] for n, v in row.items() if n not in _IGNORED and n != "id"},
                                          None))
                        else:
                            found.append((table, [row["id"]], "deleted_here",
                                          {n: [before.get(n), None, v] for n, v in row.items()
                                           if n not in _IGNORED and n != "id"}, row))
                    continue
                for table, pk in by_id[parent_id]:
                    current = get_row(con, table, list(pk))
                    if current is None:
                        continue
                    delete_row(con, table, list(pk))
                    found.append((table, list(pk), "constraint",
                                  {n: [None, None, v] for n, v in current.items() if n not in _IGNORED}, current))

    def _cases_of(self, listed: list[Change]) -> set[str]:
        """The cases the changes touched (for the search index, deadlines and the audit trail)."""
        con = self.con
        found: set[str] = set()
        lookup: dict[str, list] = {}
        for c in listed:
            values = {**(c.old or {}), **(c.new or {})}
            if c.table == "cases":
                found.add(c.pk[0])
            elif values.get("case_id"):
                found.add(values["case_id"])
            else:
                lookup.setdefault(c.table, []).append(values if c.op != "UPDATE" else {"id": c.pk[0]}
                                                      if c.table != "document_chunks" else
                                                      {"document_id": c.pk[0]})
        for table, rows in lookup.items():
            if table in CASE_RECORDS:
                found.update(r[0] for r in con.execute(
                    f"SELECT case_id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                    (json.dumps([r["id"] for r in rows]),)))
                continue
            for row in rows:
                if table == "person_names" and "person_id" not in row:
                    person = con.execute("SELECT person_id FROM person_names WHERE id = ?", (row["id"],)).fetchone()
                    row = {"person_id": person[0]} if person else {}
                found.update(case_of(con, table, row) if row else [])
        return found

    def _settle(self, listed: list[Change], now: str) -> None:
        """An open conflict that a later journal ends is settled: the team agreed (one side
        decided) without a decision here. An edit conflict, when the journal set its fields to
        the values this device has; a record edited there and deleted here (or by a journal
        applied here before the edit, as on a device that took part in neither), when the
        journal deletes it too, or brings it back with the edit's values; a record edited here
        and deleted there, when the journal deletes it (here too, as it was as edited), or
        sends it again as it is here."""
        con = self.con
        open_rows = {(r[1], r[2]): (r[0], r[3], r[4]) for r in con.execute(
            "SELECT id, tbl, pk, fields, kind FROM team_conflicts WHERE decided IS NULL"
            " AND kind IN ('edited', 'deleted_here', 'deleted_there')")}
        if not open_rows:
            return
        for c in listed:
            hit = open_rows.get((c.table, pk_text(c.pk)))
            if hit is None:
                continue
            current = get_row(con, c.table, list(c.pk))
            contested = json.loads(hit[1])
            if hit[2] == "edited":
                agreed = c.op == "UPDATE" and c.new is not None and current is not None and all(
                    name in c.new and c.new[name] == current.get(name) for name in contested)
            elif c.op == "DELETE":
                agreed = current is None
            elif hit[2] == "deleted_here":
                agreed = current is not None and all(current.get(name) == decode(values[2])
                                                     for name, values in contested.items())
            else:
                agreed = c.op == "INSERT" and current is not None and all(
                    current.get(name) == decode(values[1]) for name, values in contested.items())
            if agreed:
                con.execute("UPDATE team_conflicts SET decided = 'settled', decided_at = ? WHERE id = ?", (now, hit[0]))

    def _keep(self, table, pk, kind, fields, theirs, case_id, device_id, journal, now) -> int:
        con = self.con
        key = pk_text(pk)
        fields_json = json.dumps({k: [encode(x) for x in v] for k, v in fields.items()}, ensure_ascii=False)
        theirs_json = None if theirs is None else json.dumps({k: encode(v) for k, v in theirs.items()},
                                                            ensure_ascii=False)
        # One open conflict per record. The same kind again (a later edit) is merged into it.
        # An edit against a deletion outweighs an edit against an edit: the user decides once,
        # keep or delete (a kept record is sent again whole, and a remaining difference of
        # values then comes back as an edit conflict); never two conflicts for one record, whose
        # "theirs" would take the deletion's empty fields, or whose decisions would contradict.
        existing = con.execute("SELECT id, fields, kind FROM team_conflicts WHERE tbl = ? AND pk = ?"
                               " AND decided IS NULL ORDER BY id", (table, key)).fetchone()
        if existing and existing[2] != kind:
            if existing[2] in DELETION_KINDS and kind not in DELETION_KINDS:
                return existing[0]  # the edit waits for the keep-or-delete decision
            con.execute("UPDATE team_conflicts SET kind = ?, fields = ?, theirs_row = ?, case_id = coalesce(?, case_id),"
                        " device_id = ?, journal = ?, created_at = ? WHERE id = ?",
                        (kind, fields_json, theirs_json, case_id, device_id, journal, now, existing[0]))
            return existing[0]
        if existing:
            merged = json.loads(existing[1])
            for k, v in json.loads(fields_json).items():
                merged[k] = [merged[k][0], v[1], v[2]] if k in merged else v
            con.execute("UPDATE team_conflicts SET kind = ?, fields = ?, theirs_row = ?, device_id = ?, journal = ?,"
                        " created_at = ? WHERE id = ?",
                        (kind, json.dumps(merged, ensure_ascii=False), theirs_json, device_id, journal, now,
                         existing[0]))
            return existing[0]
        con.execute("INSERT INTO team_conflicts(tbl, pk, kind, fields, theirs_row, case_id, device_id, journal,"
                    " created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    (table, key, kind, fields_json, theirs_json, case_id, device_id, journal, now))
        return con.last_insert_rowid()

    def know(self, device_id: str, name: str) -> None:
        self.con.execute("INSERT INTO team_devices(id, name) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
                         (device_id, name))

    def mark_applied(self, device_id: str, seq: int, at: str) -> None:
        mark_applied(self.con, device_id, seq, at)
