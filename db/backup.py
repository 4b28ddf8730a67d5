"""Copies of a vault: SQLite's backup API into a new keyed file, a digest of the logical
content, and the checks a copy must pass before anyone relies on it.

A copy (a backup, or a hand-off package) is itself a vault-format SQLCipher file. What
describes the copy rather than the vault's content (its kind, digest, row counts, when it
was made) lives in meta under keys starting with ``file.``; the digest leaves those out.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from db import audit
from db.errors import DamagedReason, DriverError, VaultDamaged, VaultError
from db.keys import is_raw_key, normalise_passphrase
from db.vault import PAGE_SIZE, check_file, classify_unreadable, connect_file, create_schema, identify, rollback

FILE_PREFIX = "file."
_DIGEST_ROWS = 2000
_BLOB_ROWS = 8
_COPY_PAGES = 128

#: Called with how much work was done since the last call (rows or pages). It may raise
#: (Cancelled) to stop the work; whatever was started is then closed and left to the caller
#: to delete.
Tick = Callable[[int], None]


def _tick(tick: Tick | None, amount: int) -> None:
    if tick is not None:
        tick(amount)


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: concat_ws() (SQLite 3.44) builds a row's text in one allocation; a chain of ``||`` copies
#: the growing text once per column. Same text, so the same digests and seals; on the
#: 10,000-case benchmark vault the digest of a copy took a third less CPU time.
_CONCAT_WS = sqlcipher3.sqlite_version_info >= (3, 44, 0)


def _row_text(columns: list[str]) -> str:
    """SQL for one row as the digests hash it: quote() of each column, joined by commas."""
    quoted = [f"quote({_ident(c)})" for c in columns]
    if _CONCAT_WS:
        return "concat_ws(',', " + ", ".join(quoted) + ")"  # quote() is never NULL: none is skipped
    return "||','||".join(quoted)


# -- keys ---------------------------------------------------------------------------------------------

#: SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, a 16-byte
#: salt stored as the file's first 16 bytes.
KDF_ITERATIONS = 256_000
_KEY_BYTES = 32
_SALT_BYTES = 16


def _raw_key(passphrase: str | bytes, salt: bytes) -> str:
    material = normalise_passphrase(passphrase)
    if isinstance(material, str):
        material = material.encode("utf-8")
    key = hashlib.pbkdf2_hmac("sha512", material, salt, KDF_ITERATIONS, _KEY_BYTES)
    return "x'" + (key + salt).hex() + "'"


def new_file_key(passphrase: str | bytes) -> str:
    """A raw key (with a new random salt) for a file about to be written.

    It is derived here exactly as SQLCipher 4 derives it from the passphrase and that salt,
    so the file opens with the passphrase in any SQLCipher 4 tool; the several connections
    this program opens to a copy then skip the 0.1 s derivation each. A raw key with its salt
    (an open vault's own key, :meth:`db.vault.Vault.own_key`) is used as it is: the file gets
    the vault's salt and key, and so opens with the vault's passphrase."""
    if is_raw_key(passphrase):
        return passphrase  # type: ignore[return-value]
    return _raw_key(passphrase, os.urandom(_SALT_BYTES))


def file_key(path: str | Path, passphrase: str | bytes) -> str | bytes:
    """The raw key of an existing file for this passphrase (the salt is its first 16 bytes);
    the passphrase itself when there is no salt to read (then opening fails as it should)."""
    try:
        with open(path, "rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except OSError:
        return passphrase
    if len(salt) < _SALT_BYTES or not normalise_passphrase(passphrase) or is_raw_key(passphrase):
        return passphrase
    return _raw_key(passphrase, salt)


def opens_with(path: str | Path, passphrase: str | bytes) -> bool:
    """True when ``passphrase`` opens the vault-format file at ``path`` (read-only; one key
    derivation, about 0.1 s). False for any other passphrase or an unreadable file."""
    if not normalise_passphrase(passphrase):
        return False
    try:
        conn = connect_file(path, file_key(path, passphrase), readonly=True)
    except (DriverError, OSError):
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except DriverError:
        return False
    finally:
        conn.close()


# -- what a vault holds ------------------------------------------------------------------------

def content_tables(conn: sqlcipher3.Connection) -> list[str]:
    """Every ordinary table, by name: the vault's content. Not SQLite's own tables, and not
    the full-text index's shadow tables (derived from the cases, rebuilt on demand)."""
    return [row[0] for row in conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        " AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name"
    )]


def index_tables(conn: sqlcipher3.Connection) -> list[str]:
    """The full-text index's shadow tables (for tests that compare copies page for page)."""
    return [row[0] for row in conn.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow' ORDER BY name"
    )]


def row_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    counts = {}
    for table in content_tables(conn):
        where = " WHERE substr(key, 1, 5) != 'file.'" if table == "meta" else ""
        counts[table] = conn.execute(f"SELECT count(*) FROM {_ident(table)}{where}").fetchone()[0]
    return counts


def table_rows(conn: sqlcipher3.Connection, table: str) -> tuple[list[str], list[tuple]]:
    """(column names, every row in storage order) of one table: for comparing copies in tests."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_ident(table)})")]
    order = _order_columns(conn, table)
    rows = conn.execute(f"SELECT * FROM {_ident(table)} ORDER BY {', '.join(order)}").fetchall()
    return columns, rows


def _order_columns(conn: sqlcipher3.Connection, table: str) -> list[str]:
    without_rowid = conn.execute(
        "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?", (table,)).fetchone()
    if without_rowid and without_rowid[0]:
        keys = sorted((row[5], row[1]) for row in conn.execute(f"PRAGMA table_info({_ident(table)})") if row[5])
        return [_ident(name) for _pos, name in keys]
    return ["rowid"]


def table_digest(conn: sqlcipher3.Connection, table: str, *, tick: Tick | None = None) -> tuple[str, int]:
    """SHA-256 of one table's rows and their count.

    Row by row in storage order, each row as SQLite's quote() of its columns joined by
    commas: an unambiguous text that SQLite builds itself (REALs to the last bit), which keeps
    this close to the speed of reading the pages. Meta entries about the copy are left out."""
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_ident(table)})")]
    keys = _order_columns(conn, table)
    # Rows of blobs (document chunks, 256 KiB each) go a few at a time: memory stays flat
    # whatever the size of the documents (issue 12, item 11).
    batch = _BLOB_ROWS if any(row[2].upper() == "BLOB" for row in conn.execute(
        f"PRAGMA table_info({_ident(table)})")) else _DIGEST_ROWS
    h = hashlib.sha256(f"{table}\x1f{','.join(columns)}\n".encode())
    line = _row_text(columns)
    extra = " AND substr(key, 1, 5) != 'file.'" if table == "meta" else ""
    key_list = ", ".join(keys)
    n = 0
    if keys == ["rowid"]:
        # SQLite joins a chunk of rows itself: one string per chunk reaches Python.
        sql = (f"SELECT max(r), count(*), group_concat(line, char(10) ORDER BY r) FROM"
               f" (SELECT rowid AS r, {line} AS line FROM {_ident(table)} WHERE rowid > ?"
               f" ORDER BY rowid LIMIT {batch})")
        last = -(2 ** 63)
        while True:
            top, count, text = conn.execute(sql, (last,)).fetchone()
            if not count:
                break
            h.update(text.encode("utf-8", "surrogatepass") + b"\n")
            last, n = top, n + count
            _tick(tick, count)
        return h.hexdigest(), n
    head = f"SELECT {key_list}, {line} FROM {_ident(table)} WHERE 1{extra}"
    tail = f" ORDER BY {key_list} LIMIT {batch}"
    after = f" AND ({key_list}) > ({', '.join('?' * len(keys))})"
    previous: tuple | None = None
    while True:
        rows = conn.execute(head + (after if previous is not None else "") + tail, previous or ()).fetchall()
        if not rows:
            break
        h.update(("\n".join(row[-1] for row in rows) + "\n").encode("utf-8", "surrogatepass"))
        previous = rows[-1][:len(keys)]
        n += len(rows)
        _tick(tick, len(rows))
    return h.hexdigest(), n


def combine(table_digests: Mapping[str, str]) -> str:
    """The content digest: SHA-256 over each table's digest, tables by name."""
    h = hashlib.sha256()
    for table in sorted(table_digests):
        h.update(f"{table}:{table_digests[table]}\n".encode())
    return h.hexdigest()


def digest(conn: sqlcipher3.Connection, *, tick: Tick | None = None) -> tuple[str, dict[str, int]]:
    """SHA-256 of the logical content (see table_digest and combine), and each table's rows."""
    digests, counts = {}, {}
    for table in content_tables(conn):
        digests[table], counts[table] = table_digest(conn, table, tick=tick)
    return combine(digests), counts


#: Tables the seal of a closed vault leaves out: document bytes (each document's size and
#: SHA-256 are in ``documents``, and are checked whenever it is read), so that closing costs
#: the same with one 1 GB document as without.
_UNSEALED = ("document_chunks",)
#: Rows of a table are sealed in buckets of this many rowids, so that a close recomputes only
#: the buckets changed since the vault was opened (issue 12, item 10: 0.5 s at 10,000 cases).
SEAL_BUCKET_BITS = 12
_WHOLE = -1  # the bucket of a table without rowids (small tables: sealed whole)


def sealed_tables(conn: sqlcipher3.Connection) -> list[str]:
    return [t for t in content_tables(conn) if t not in _UNSEALED]


def _has_rowid(conn: sqlcipher3.Connection, table: str) -> bool:
    return _order_columns(conn, table) == ["rowid"]


def _bucket_digests(conn: sqlcipher3.Connection, table: str, buckets: list[int] | None) -> dict[int, str]:
    """{bucket: SHA-256 of its rows} for the given buckets (None: every non-empty one)."""
    if not _has_rowid(conn, table):
        return {_WHOLE: table_digest(conn, table)[0]}
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({_ident(table)})")]
    line = _row_text(columns)
    if buckets is None:
        buckets = [row[0] for row in conn.execute(
            f"SELECT DISTINCT rowid >> {SEAL_BUCKET_BITS} FROM {_ident(table)} ORDER BY 1")]
    found = {}
    sql = (f"SELECT count(*), group_concat(line, char(10)) FROM (SELECT {line} AS line FROM {_ident(table)}"
           f" WHERE rowid >= ? AND rowid < ? ORDER BY rowid)")
    for bucket in buckets:
        count, text = conn.execute(sql, (bucket << SEAL_BUCKET_BITS, (bucket + 1) << SEAL_BUCKET_BITS)).fetchone()
        if count:
            found[bucket] = hashlib.sha256(f"{table}\x1f{','.join(columns)}\n{text}".encode("utf-8", "surrogatepass")
                                           ).hexdigest()
    return found


def seal_parts(conn: sqlcipher3.Connection, previous: Mapping[str, Mapping[str, str]] | None = None,
               dirty: Mapping[str, set[int]] | None = None) -> dict[str, dict[str, str]]:
    """{table: {bucket: digest}} of the sealed content. With the ``previous`` parts and the
    ``dirty`` buckets (table: bucket numbers, -1 for a whole table) changed since they were
    computed, only those are read again."""
    parts: dict[str, dict[str, str]] = {}
    for table in sealed_tables(conn):
        old = dict((previous or {}).get(table) or {}) if previous is not None else None
        changed = (dirty or {}).get(table)
        if old is None or (previous is not None and table not in previous):
            fresh = _bucket_digests(conn, table, None)
            parts[table] = {str(b): d for b, d in fresh.items()}
            continue
        if not changed:
            parts[table] = old
            continue
        if _WHOLE in changed or not _has_rowid(conn, table):
            fresh = _bucket_digests(conn, table, None)
            parts[table] = {str(b): d for b, d in fresh.items()}
            continue
        fresh = _bucket_digests(conn, table, sorted(changed))
        for bucket in changed:
            old.pop(str(bucket), None)
        old.update({str(b): d for b, d in fresh.items()})
        parts[table] = old
    return parts


def seal_of(parts: Mapping[str, Mapping[str, str]]) -> str:
    """The seal: SHA-256 over every table's buckets, tables by name, buckets by number."""
    h = hashlib.sha256()
    for table in sorted(parts):
        for bucket in sorted(parts[table], key=int):
            h.update(f"{table}:{bucket}:{parts[table][bucket]}\n".encode())
    return h.hexdigest()


def seal_digest(conn: sqlcipher3.Connection) -> str:
    """The seal of the content as it is (every bucket read): what a check compares with the
    seal the last clean close stored (issue 12, item 10)."""
    return seal_of(seal_parts(conn))


def watch_changes(conn: sqlcipher3.Connection) -> None:
    """Note, on this connection only (TEMP triggers, never stored in the file), which seal
    buckets every change touches, so that closing recomputes just those.

    Every vault open runs this: the tables are named by one query and the triggers created
    in one transaction of the temporary schema (87 one by one took 12 ms of an open's budget
    of 10 ms, issue 19; together about 3 ms)."""
    script = ["CREATE TEMP TABLE IF NOT EXISTS seal_dirty (tbl TEXT NOT NULL, bucket INTEGER NOT NULL,"
              " PRIMARY KEY (tbl, bucket)) WITHOUT ROWID;"]
    for table, without_rowid in conn.execute(
            "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
            " AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name").fetchall():
        if table in _UNSEALED:
            continue
        name = table.replace('"', "")
        if not without_rowid:
            new, old = f"NEW.rowid >> {SEAL_BUCKET_BITS}", f"OLD.rowid >> {SEAL_BUCKET_BITS}"
        else:
            new = old = str(_WHOLE)
        for event, rows in (("INSERT", (new,)), ("UPDATE", (old, new)), ("DELETE", (old,))):
            # (no OR IGNORE: an outer statement's conflict clause would override it)
            body = " ".join(f"INSERT INTO temp.seal_dirty SELECT '{name}', {r} WHERE NOT EXISTS (SELECT 1 FROM"
                            f" temp.seal_dirty WHERE tbl = '{name}' AND bucket = {r});" for r in rows)
            script.append(f"CREATE TEMP TRIGGER IF NOT EXISTS seal_{name}_{event.lower()} AFTER {event} ON"
                          f" main.{_ident(table)} BEGIN {body} END;")
    conn.execute("BEGIN")
    try:
        for statement in script:
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


#: Tables an import only appends to, each with rowids SQLite gives (TEXT keys, or an
#: AUTOINCREMENT one): a new row's rowid is above every rowid the table had before (SQLite's
#: rule, https://sqlite.org/autoinc.html, short of the largest 64-bit rowid). During a bulk
#: write their rows are not noted one by one; the buckets above the largest rowid before
#: are noted at its end (pause_insert_watch, resume_insert_watch).
APPENDED = ("audit", "cases", "charges", "deadlines", "events", "person_names", "persons")


def pause_insert_watch(conn: sqlcipher3.Connection, tables: Sequence[str] = APPENDED) -> dict[str, int]:
    """Stop noting inserts into ``tables`` row by row (a trigger program per inserted row was
    a sixth of the engine's work of an import, issue 19): returns {table: largest rowid now},
    for resume_insert_watch. Updates and deletions are still noted as they happen. Only
    outside a transaction (the triggers are dropped in the temporary schema)."""
    marks = {}
    for table in tables:
        marks[table] = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {_ident(table)}").fetchone()[0]
        conn.execute(f"DROP TRIGGER IF EXISTS temp.seal_{table}_insert")
    return marks


def resume_insert_watch(conn: sqlcipher3.Connection, marks: Mapping[str, int]) -> None:
    """Note the buckets of every row inserted since pause_insert_watch (rowids above its
    marks) and note inserts row by row again. Only outside a transaction."""
    for table, mark in marks.items():
        top = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {_ident(table)}").fetchone()[0]
        # Rowids were given one above another: every bucket from the mark's to the top's
        # holds new rows (one emptied meanwhile was noted by its deletions, and is read as empty).
        conn.executemany(
            "INSERT INTO temp.seal_dirty SELECT ?1, ?2 WHERE NOT EXISTS"
            " (SELECT 1 FROM temp.seal_dirty WHERE tbl = ?1 AND bucket = ?2)",
            [(table, bucket) for bucket in range((mark + 1) >> SEAL_BUCKET_BITS, (top >> SEAL_BUCKET_BITS) + 1)]
            if top > mark else [])
    watch_changes(conn)


def dirty_buckets(conn: sqlcipher3.Connection) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    for table, bucket in conn.execute("SELECT tbl, bucket FROM temp.seal_dirty"):
        found.setdefault(table, set()).add(bucket)
    return found


def clear_dirty(conn: sqlcipher3.Connection) -> None:
    conn.execute("DELETE FROM temp.seal_dirty")


def read_meta(conn: sqlcipher3.Connection, *, prefix: str = "") -> dict[str, str]:
    return dict(conn.execute(
        "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(prefix), prefix)).fetchall())


def write_meta(conn: sqlcipher3.Connection, items: Mapping[str, str]) -> None:
    """Set meta entries, in the caller's transaction."""
    conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(items.items()),
    )


def max_audit_id(conn: sqlcipher3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM audit").fetchone()[0]


def vault_pages(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA page_count").fetchone()[0]


# -- writing copies ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    """What the source held when it was copied."""

    counts: dict[str, int]
    schema_version: int
    audit_id: int
    pages: int


def copy_vault(source: sqlcipher3.Connection, target_path: Path, passphrase: str | bytes, *,
               tick: Tick | None = None) -> Snapshot:
    """Copy the open vault, as one consistent snapshot, into a new file under ``passphrase``.

    The source is held in a read transaction for the whole copy, so the counts taken at its
    start describe exactly what was copied. The copy uses a rollback journal (one file, and
    readable on a read-only drive)."""
    if source.in_transaction:
        raise VaultError("The vault is busy with another change; try the backup again in a moment.")
    target = connect_file(target_path, passphrase, create=True)
    try:
        target.execute("PRAGMA journal_mode = OFF")  # a half-made copy is deleted, never rolled back
        source.execute("BEGIN")
        try:
            counts = row_counts(source)
            snapshot = Snapshot(counts=counts,
                                schema_version=source.execute("PRAGMA user_version").fetchone()[0],
                                audit_id=max_audit_id(source), pages=vault_pages(source))
            _backup(source, target, tick)
        finally:
            source.execute("COMMIT")  # ends the read transaction; nothing was written
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    return snapshot


def _backup(source: sqlcipher3.Connection, target: sqlcipher3.Connection, tick: Tick | None) -> None:
    state = {"done": 0}

    def on_step(_status: int, remaining: int, total: int) -> None:
        done = total - remaining
        _tick(tick, max(done - state["done"], 0))
        state["done"] = done

    try:
        source.backup(target, pages=_COPY_PAGES, progress=on_step)
    except DriverError as exc:
        # The backup API's errors carry no error code, only SQLite's standard text for it.
        if not getattr(exc, "sqlite_errorname", None):
            exc.sqlite_errorname = _ERRSTR.get(str(exc), "")
        raise


#: sqlite3_errstr() of the codes a copy can fail with.
_ERRSTR = {
    "database or disk is full": "SQLITE_FULL",
    "disk I/O error": "SQLITE_IOERR",
    "unable to open database file": "SQLITE_CANTOPEN",
    "attempt to write a readonly database": "SQLITE_READONLY",
    "database disk image is malformed": "SQLITE_CORRUPT",
    "file is not a database": "SQLITE_NOTADB",
}


def copy_file(source_path: Path, source_passphrase: str | bytes, target_path: Path,
              target_passphrase: str | bytes, *, wal: bool, tick: Tick | None = None) -> None:
    """Copy a copy (a backup) into a new file, page by page, under its own passphrase."""
    source = open_copy(source_path, source_passphrase)
    try:
        target = connect_file(target_path, target_passphrase, create=True)
        try:
            target.execute("PRAGMA journal_mode = OFF")
            _backup(source, target, tick)
            target.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
        finally:
            target.close()
    finally:
        source.close()


def create_file(path: Path, passphrase: str | bytes) -> sqlcipher3.Connection:
    """A new keyed file with the current schema, to be filled (a hand-off package)."""
    conn = connect_file(path, passphrase, create=True)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        create_schema(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def stamp(conn: sqlcipher3.Connection, items: Mapping[str, str]) -> None:
    """Describe a finished copy in its meta (replacing any earlier description)."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM meta WHERE substr(key, 1, 5) = 'file.'")
        write_meta(conn, items)
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise


def stamp_file(path: Path, passphrase: str | bytes, items: Mapping[str, str]) -> None:
    conn = connect_file(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        stamp(conn, items)
    finally:
        conn.close()


def finish_restore(path: Path, passphrase: str | bytes, *, action: str, changes: dict, at: str) -> None:
    """Make a restored copy an ordinary vault: forget the backup's description, record the
    restore in its audit trail, and switch it to WAL like every vault."""
    conn = connect_file(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM meta WHERE substr(key, 1, 5) = 'file.'")
            meta = read_meta(conn)
            audit.record(conn, [("vault", meta.get("vault_id", ""), None, action, changes)],
                         at=at, author=meta.get("author", ""))
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
        conn.execute("PRAGMA journal_mode = WAL")  # an ordinary vault again
    finally:
        conn.close()


# -- reading copies back ---------------------------------------------------------------------------

def open_copy(path: str | Path, passphrase: str | bytes) -> sqlcipher3.Connection:
    """A read-only connection to a copy, its key proven; the same typed errors as opening a
    vault, with a cut-short file told apart from a damaged one."""
    path = Path(path)
    check_file(path)
    try:
        conn = connect_file(path, passphrase, readonly=True)
    except DriverError as exc:
        raise VaultError(f"The file cannot be read ({getattr(exc, 'sqlite_errorname', '') or exc}).") from None
    try:
        identify(path, conn, unreadable=_unreadable, noun="file")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn
    except BaseException:
        conn.close()
        raise


def _unreadable(path: Path, conn: sqlcipher3.Connection, exc: DriverError) -> VaultError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_CORRUPT"):
        # The key opened page 1, whose header promises more than the file holds (cut at a
        # page boundary: no page fails its check) or a page fails its HMAC (damaged).
        try:
            failures = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        except DriverError:
            failures = []
        if any("HMAC" in failure for failure in failures):
            return VaultDamaged("A page of the file is damaged.", reason=DamagedReason.PAGE)
        return VaultDamaged("The file is shorter than its header says: it was cut short.", reason=DamagedReason.TRUNCATED)
    return classify_unreadable(path, conn, exc)


@dataclass(frozen=True)
class Inspection:
    """What reading a copy back showed. ``problems`` are the cipher and SQLite checks' own
    findings (plus a file longer than its pages); ``truncated``: shorter than its header."""

    schema_version: int
    meta: dict[str, str]
    digest: str
    counts: dict[str, int]
    problems: list[str] = field(default_factory=list)
    truncated: bool = False
    size: int = 0
    pages: int = 0


_PAGES, _STRUCTURE = "\0pages", "\0structure"  # work units that are no table (SQL names hold no NUL)


def inspect(path: str | Path, passphrase: str | bytes, *, tick: Tick | None = None,
            sizes: Mapping[str, int] | None = None) -> Inspection:
    """Open a copy read-only and check all of it: every page's HMAC, SQLite's structure, and
    the digest and row count of every table. The work is shared by two connections on two
    threads, largest first: the two checks, then the tables by their rows. ``sizes`` (rows
    by table) orders the tables when the caller knows them (else the row counts the copy
    says it holds, else they are counted); it decides nothing else. ``tick`` is called from
    this thread only."""
    path = Path(path)
    conn = open_copy(path, passphrase)
    stop = threading.Event()
    lock = threading.Lock()
    connections = [conn]
    state = {"rows": 0}
    digests: dict[str, str] = {}
    counts: dict[str, int] = {}
    problems: list[str] = []

    def count_rows(amount: int) -> None:
        if stop.is_set():
            raise _Stopped()
        with lock:
            state["rows"] += amount

    def run_unit(worker: sqlcipher3.Connection, unit: str) -> None:
        steps = {_PAGES: [("the pages", "PRAGMA cipher_integrity_check")],
                 _STRUCTURE: [("the structure", "PRAGMA quick_check")]}.get(unit, [(unit, None)])
        for what, pragma in steps:
            try:
                if unit == _PAGES and worker.execute("PRAGMA freelist_count").fetchone()[0] == 0:
                    # No free page: quick_check reads every page of the file (each b-tree and
                    # overflow page, and says so of a page nothing uses), and SQLCipher checks
                    # a page's HMAC whenever it is read, so every page is checked already. This
                    # second reading of the whole file was a seventh of a backup's work.
                    continue
                if pragma is None:
                    digests[unit], counts[unit] = table_digest(worker, unit, tick=count_rows)
                    continue
                found = [row[0] for row in worker.execute(pragma) if row[0] != "ok"]
            except DriverError as exc:
                if stop.is_set():
                    raise _Stopped() from None
                found = [f"SQLite could not read {what} ({getattr(exc, 'sqlite_errorname', '') or type(exc).__name__})"]
            with lock:
                problems.extend(found)

    def work(first: bool, queue: list[str]) -> None:
        if first:
            worker = conn
        else:
            worker = connect_file(path, passphrase, readonly=True)
            with lock:
                connections.append(worker)
            worker.execute("SELECT count(*) FROM sqlite_master").fetchone()
        while not stop.is_set():
            with lock:
                if not queue:
                    return
                unit = queue.pop(0)
            run_unit(worker, unit)

    try:
        size = path.stat().st_size
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        pages = vault_pages(conn)
        meta = read_meta(conn, prefix=FILE_PREFIX)
        tables = content_tables(conn)
        if sizes is None:
            sizes = _stated_counts(meta)
        if sizes is None:
            try:
                sizes = row_counts(conn)  # only to share the work well
            except DriverError:
                sizes = {}  # a damaged table: its digest will say
        # Each check weighs about as much as the largest tables: start with them.
        queue = [_STRUCTURE, _PAGES] + sorted(tables, key=lambda t: (-sizes.get(t, 0), t))
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(work, True, queue), pool.submit(work, False, queue)]
            reported = 0
            try:
                while not all(f.done() for f in futures):
                    for future in futures:
                        try:
                            future.result(timeout=0.05)
                        except FutureTimeout:
                            break
                    with lock:
                        done = state["rows"]
                    _tick(tick, done - reported)  # may raise Cancelled
                    reported = done
                for future in futures:
                    future.result()
                with lock:
                    done = state["rows"]
                _tick(tick, done - reported)
            except BaseException:
                stop.set()
                with lock:
                    for worker in connections:
                        worker.interrupt()
                for future in futures:
                    try:
                        future.result()
                    except BaseException:  # noqa: BLE001 - the first failure is the one raised
                        pass
                raise
    finally:
        for worker in connections:
            worker.close()
    expected = pages * PAGE_SIZE
    if size > expected:
        problems.append(f"{size - expected} bytes follow the last page")
    content_digest = combine(digests) if len(digests) == len(tables) else ""
    return Inspection(schema_version=version, meta=meta, digest=content_digest, counts=counts,
                      problems=problems, truncated=size < expected, size=size, pages=pages)


def _stated_counts(meta: Mapping[str, str]) -> dict[str, int] | None:
    """The row counts a copy says it holds (``file.counts``), or None."""
    try:
        found = json.loads(meta.get(FILE_PREFIX + "counts") or "null")
        return {str(k): int(v) for k, v in found.items()} if isinstance(found, dict) else None
    except (ValueError, TypeError, AttributeError):
        return None


class _Stopped(Exception):
    """Another worker failed or the caller cancelled: stop quietly."""


def recheck(path: str | Path, passphrase: str | bytes) -> tuple[list[str], dict[str, str]]:
    """After stamping a checked copy: reopen it and read the stamp back. Reading meta passes
    every page the stamp rewrote through its HMAC check; the file must end at its last page."""
    path = Path(path)
    conn = open_copy(path, passphrase)
    try:
        meta = read_meta(conn, prefix=FILE_PREFIX)
        expected = vault_pages(conn) * PAGE_SIZE
        size = path.stat().st_size
        problems = [] if size == expected else [f"the file has {size} bytes, its pages {expected}"]
        return problems, meta
    except DriverError as exc:
        return [f"SQLite could not read the file ({getattr(exc, 'sqlite_errorname', exc)})"], {}
    finally:
        conn.close()


def digest_file(path: str | Path, passphrase: str | bytes, *, tick: Tick | None = None) -> tuple[str, dict[str, int]]:
    conn = open_copy(path, passphrase)
    try:
        return digest(conn, tick=tick)
    finally:
        conn.close()


def changes_since(conn: sqlcipher3.Connection, audit_id: int, *, ignore: Iterable[str] = ()) -> bool:
    """Whether the audit trail records a change after entry ``audit_id`` (actions in
    ``ignore`` not counted)."""
    ignore = list(ignore)
    marks = ",".join("?" * len(ignore)) or "''"
    return conn.execute(
        f"SELECT EXISTS (SELECT 1 FROM audit WHERE id > ? AND action NOT IN ({marks}))",
        (audit_id, *ignore)).fetchone()[0] == 1


def damaged_pages(conn: sqlcipher3.Connection) -> list[int]:
    """The page numbers (from 1) whose authentication code fails, by SQLCipher's check of
    every page; empty for a sound file."""
    import re

    try:
        failures = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    except DriverError:
        return []
    return sorted({int(m.group(1)) for f in failures for m in [re.search(r"page (\d+)", f)] if m})
