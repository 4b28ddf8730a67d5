"""Opening a vault: the one place that keys a connection, proves the key and sets pragmas."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import filelock
import sqlcipher3

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from db import collation, schema
from db.errors import (
    DamagedReason,
    DiskFull,
    DriverError,
    NotAVault,
    NotAVaultReason,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultReadOnly,
    NotCreated,
    VaultTooNew,
    WalNotMerged,
    WrongPassphrase,
    from_driver,
    is_full,
)
from db.keys import SALT_BYTES, normalise_passphrase, salted_key

#: PRAGMA application_id of an Abarona vault: "ABAR".
APPLICATION_ID = 0x41424152
PAGE_SIZE = 4096  # SQLCipher 4 default
#: The page cache of an open vault, in KiB (issue 19, cause 1): SQLite's default of 2 MiB made
#: search at 50,000 cases seven times slower than a large cache; bounded so the window stays
#: within its resident-memory budget (250 MB at 10,000 cases, 300 MB at 50,000). Measured at
#: 50,000 cases: search p95 the same with 32 and 64 MiB (23-30 ms either way), the window
#: 254 MB against 287 MB with the vault open.
CACHE_KIB = 32 * 1024
#: The page cache during one bulk write (an import): larger, then back to CACHE_KIB. Chosen
#: from the curve of a 10,000-case import (20 events a case, a 200 MB vault) on the shared
#: two-core machine, peak resident memory of the whole CLI process by cache size: 64 MiB
#: 173 MB, 128 MiB 238 MB, 160 MiB 276 MB, 192 MiB 310 MB; the import's CPU time moved
#: within the machine's noise (21-23 s) over that range. What the process holds besides
#: the cache is about 110 MB and grows a little with the file, so 128 MiB keeps the peak
#: under issue 19's 300 MB at 50,000 cases as well (benchmarks: "import peak memory").
BULK_CACHE_KIB = 128 * 1024
_PLAIN_SQLITE = b"SQLite format 3\x00"


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


_last_id = 0  # the last id given, as an integer
_last_ms = -1  # its millisecond
_prefix = ""  # its first three groups and the dash after them ("xxxxxxxx-xxxx-7xxx-")
_LOW = (1 << 62) - 1  # the 62 random bits after the variant


def new_id() -> str:
    """A new record id: a UUID in the version 7 layout (RFC 9562: 48 bits of Unix milliseconds,
    then random bits), strictly increasing within this process. Ids that grow with time append
    to the primary-key B-trees instead of scattering inserts over them: a bare import of
    50,000 cases ran 1.9x faster than with random UUIDv4 ids (issue 19, cause 3).

    The first id of a millisecond takes fresh random bits; the next ones in the same
    millisecond count on from it (RFC 9562, section 6.2, method 2: "monotonic random"), which
    keeps them ordered and costs a fifth of drawing and laying out each anew: an import makes
    some 34 ids a case (issue 19, cause 4). Record ids only: a vault's own id stays random."""
    global _last_id, _last_ms, _prefix
    ms = time.time_ns() // 1_000_000
    if ms == _last_ms and _last_id & _LOW != _LOW:
        _last_id += 1
        low = (_last_id & 0xFFFF_FFFF_FFFF_FFFF).to_bytes(8, "big").hex()
        return f"{_prefix}{low[:4]}-{low[4:]}"
    return _fresh_id(ms)


def change_counters(conn: sqlcipher3.Connection) -> tuple[int, int, int]:
    """(the connection's serial number, rows it changed, SQLite's data_version): equal on two
    calls only if nothing was written to the vault in between, by this connection or another
    (data_version moves when another connection commits; total_changes when this one writes,
    and is not taken back by a rollback)."""
    name = conn.serial if isinstance(conn, OwnedConnection) else id(conn)  # an id may be reused
    return name, conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


def _fresh_id(ms: int) -> str:
    global _last_id, _last_ms, _prefix, _random, _random_at
    if _random_at + 10 > len(_random):  # random bytes fetched 4 KiB at a time: one system call per 409 ids
        _random, _random_at = os.urandom(4096), 0
    rand = int.from_bytes(_random[_random_at:_random_at + 10], "big")
    _random_at += 10
    value = ((ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62 & 0xFFF) << 64
             | 0b10 << 62 | (rand & _LOW))
    if value <= _last_id:  # a clock step back: count on from the last
        value = _last_id + 1
    _last_id, _last_ms = value, ms
    h = f"{value:032x}"  # as str(uuid.UUID(int=value)) writes it, without building the object
    _prefix = f"{h[:8]}-{h[8:12]}-{h[12:16]}-"
    return f"{_prefix}{h[16:20]}-{h[20:]}"


_random, _random_at = b"", 0


def _forget_random() -> None:
    global _random, _random_at, _last_ms, _last_id
    _random, _random_at, _last_ms, _last_id = b"", 0, -1, 0


# A forked child must not hand out the random bits its parent will use too, nor count on from its ids.
os.register_at_fork(after_in_child=_forget_random)


#: Serial numbers of the connections this process opens (db.vault.change_counters names a
#: connection by its own: Python may give a closed connection's id to the next one).
_SERIALS = itertools.count(1)


class OwnedConnection:
    """The vault's SQLite connection, used by one thread at a time: its owner (issue 13, item 6).

    SQLite serialises the threads of one connection with a mutex that it holds while a
    statement runs. A statement that calls back into Python (the READING collation of the
    people lists) needs the interpreter's lock too, and a second thread that holds that lock
    while it touches the same connection (binding a parameter, reading a column) waits for
    the mutex for ever: the app froze so, and CI waited out its 90 minutes. So the owner is
    the thread that opened the vault, or the worker it is lent to for one task
    (``Vault.lent_to_this_thread``); any other thread is refused with VaultBusy before it
    reaches SQLite. Everything else is the sqlcipher3 connection's own (``raw``)."""

    __slots__ = ("raw", "owner", "home", "serial")

    def __init__(self, raw: sqlcipher3.Connection) -> None:
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "serial", next(_SERIALS))  # this process's own name for it
        object.__setattr__(self, "home", threading.get_ident())  # the thread that opened it
        object.__setattr__(self, "owner", self.home)

    def _mine(self) -> sqlcipher3.Connection:
        if threading.get_ident() != self.owner:
            raise VaultBusy()
        return self.raw

    def checked(self) -> sqlcipher3.Connection:
        """The sqlcipher3 connection itself, for its owner thread (VaultBusy for another): where
        a library wants the real object, such as the target of another connection's backup."""
        return self._mine()

    def execute(self, sql: str, parameters=(), /):
        return self._mine().execute(sql, parameters)

    def executemany(self, sql: str, parameters, /):
        return self._mine().executemany(sql, parameters)

    def executescript(self, script: str, /):
        return self._mine().executescript(script)

    def cursor(self, *args):
        return self._mine().cursor(*args)

    def backup(self, target, **kwargs) -> None:
        self._mine().backup(getattr(target, "raw", target), **kwargs)

    def close(self) -> None:
        self._mine().close()

    def __enter__(self):
        return self._mine().__enter__()

    def __exit__(self, *exc):
        return self._mine().__exit__(*exc)

    def __getattr__(self, name: str):
        # Every attribute too: even reading ``total_changes`` waits for the connection's mutex
        # (it froze the app's seal check beside a query in the READING collation). Only
        # ``interrupt`` is made to be called from another thread.
        if name == "interrupt":
            return self.raw.interrupt
        return getattr(self._mine(), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self.raw, name, value)


@dataclass
class Vault:
    """An open, unlocked vault. Close it (or use it as a context manager) to lock it."""

    path: Path
    conn: sqlcipher3.Connection
    _lock: FileLock
    _depth: int = field(default=0, repr=False)
    #: Bytes in the -wal file when the vault was opened: more than 0 means the last session
    #: ended without a clean close (a crash, a kill, a full disk), so commits sat unmerged.
    wal_at_open: int = 0
    #: The seal the last clean close stored (file.sealed_digest), "" if none (issue 12, item 10).
    seal_at_open: str = ""
    _seal_parts_at_open: str = field(default="", repr=False)
    #: The seal's parts as the content stood when they were last brought up to date in this
    #: session (after a bulk write, while its pages were still cached); the buckets changed
    #: since are in the dirty list again. None: not computed in this session.
    _live_parts: dict | None = field(default=None, repr=False)
    #: The vault file said it was open when it was opened: the last session was not closed
    #: cleanly, or this is a copy of the vault file taken while it was open.
    marked_open_at_open: bool = False
    #: A -wal file was beside the vault file when it was opened, even an empty one (SQLite
    #: empties it at a checkpoint and keeps it): the session's log was not lost.
    wal_file_at_open: bool = False
    _changes_at_open: int = field(default=0, repr=False)
    #: The temporary triggers that note the seal buckets each write changes are installed
    #: (db.backup.watch_changes): at the first write, not at open (3 ms of an open's budget
    #: of 10 ms, issue 19; a session that only reads never needs them).
    _watching: bool = field(default=False, repr=False)
    #: They were installed before anything was written in this session: the buckets they
    #: noted are all that changed. False: close reads every bucket again (nothing is missed).
    _watch_clean: bool = field(default=True, repr=False)
    #: The derived key with its salt (db.keys.salted_key) while the vault is open; never the
    #: passphrase, never written anywhere.
    _key: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.conn is not None and not isinstance(self.conn, OwnedConnection):
            self.conn = OwnedConnection(self.conn)

    @contextlib.contextmanager
    def lent_to_this_thread(self) -> Iterator[None]:
        """Lend the connection to the calling thread for one task (a worker of the app's
        progress dialog, a report): meanwhile the thread that opened the vault is refused
        with VaultBusy (OwnedConnection), and gets it back when the task ends. A second
        loan while one runs is refused with VaultBusy: tasks take turns."""
        conn = self.conn
        if conn is None:
            raise VaultError("The vault is locked.")
        if conn.owner != conn.home:
            raise VaultBusy()  # lent already: one task at a time
        object.__setattr__(conn, "owner", threading.get_ident())
        try:
            yield
        finally:
            object.__setattr__(conn, "owner", conn.home)

    def own_key(self) -> str:
        """The vault's raw key with its salt, ``x'<64 hex><32 hex>'``, while it is open: a copy
        written under it opens with the vault's passphrase, which is not kept (a backup under
        the vault's own key needs nothing retyped). Raises VaultError when locked."""
        if self.conn is None or not self._key:
            raise VaultError("The vault is locked.")
        return self._key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self.conn is None

    @property
    def wal_path(self) -> Path:
        """The ``-wal`` file SQLite keeps beside the vault's real file (symlinks resolved)."""
        real = Path(os.path.realpath(self.path))
        return real.with_name(real.name + "-wal")

    @property
    def changed_since_open(self) -> bool:
        return self.conn is not None and self.conn.total_changes != self._changes_at_open

    def content_replaced(self) -> None:
        """The content was written as a whole through the backup API into this connection
        (team sync copies its working copy back so): no trigger saw those rows and the
        connection counted no change. Close then reads everything again for the seal, and a
        no-op write tells the caches keyed on this connection's changes (the risk band, the
        screening index). Raises VaultError when the vault cannot be written."""
        self._seal_parts_at_open = ""
        self._live_parts = None
        with self.transaction() as conn:
            conn.execute("UPDATE meta SET value = value WHERE key = ?", (OPEN_KEY,))

    def checkpoint(self) -> bool:
        """Merge the ``-wal`` file into the vault file now (the app calls it when idle, so
        that the vault file alone holds every commit); True when all of it was merged.
        Never raises: a busy or failing merge is simply tried again later."""
        conn = self.conn
        if conn is None or self._depth:
            return False
        try:
            if conn.in_transaction:
                return False
            busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except (DriverError, VaultBusy):  # VaultBusy: lent to a task, which holds it
            return False
        return busy == 0 and log == done

    def close(self) -> None:
        """Seal the content (issue 12, item 10), merge the ``-wal`` file into the vault file
        and close. Raises WalNotMerged when the merge failed: the vault is closed and its
        last changes are safe, but only in the ``-wal`` file beside it (issue 12, item 2)."""
        if self.conn is None:
            return
        problem = ""
        try:
            if self._needs_seal():
                with contextlib.suppress(DriverError, VaultError):
                    self._seal()
            try:
                busy, log, done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if busy or log != done:
                    problem = "the vault file was busy"
            except DriverError as exc:
                problem = _wal_reason(exc)
            self.conn.close()
        finally:
            self.conn = None  # type: ignore[assignment]
            self._key = ""
            self._lock.release()
        wal = self.wal_path
        try:
            left = wal.stat().st_size
        except OSError:
            left = 0
        if left:
            raise WalNotMerged(
                f"The vault was closed, but its last changes could not be merged into {self.path.name} "
                f"({problem or 'the disk is full or failing'}): they are safe only in the file {wal.name} "
                "beside it. Keep the two files together: do not copy, move or delete the vault file alone. "
                "Free some space, then open the vault and close it again (abarona-cli --vault FILE check says "
                "when it is one file again).", wal=str(wal))

    @property
    def closed_cleanly_before(self) -> bool:
        """Whether the last session ended with a clean close (nothing left in a -wal file,
        no "open" mark in the vault file)."""
        return not (self.wal_at_open or self.marked_open_at_open)

    def _needs_seal(self) -> bool:
        return True  # at least the "open" mark goes; the digest only when it may have changed

    def _seal(self) -> None:
        """Store the seal: only the buckets changed in this session are read again when the
        last close left its parts and nothing else changed the file since (db.backup)."""
        from db import backup as copies  # db.backup builds on this module

        items: dict[str, str] = {}
        if self.changed_since_open or not self.closed_cleanly_before or not self.seal_at_open:
            parts = self._current_parts()
            items = {SEAL_KEY: copies.seal_of(parts), SEAL_PARTS_KEY: json.dumps(parts, separators=(",", ":")),
                     SEAL_AT_KEY: now_utc()}
        with self.transaction() as conn:
            copies.write_meta(conn, items)
            conn.execute("DELETE FROM meta WHERE key = ?", (OPEN_KEY,))

    def _ensure_watch(self) -> None:
        """Install the triggers that note changed seal buckets, before the first write (only
        outside a transaction: they are made in one transaction of the temporary schema).
        Anything written before them makes the close read every bucket (``_watch_clean``)."""
        conn = self.conn
        if self._watching or conn is None or self._depth or conn.in_transaction:
            return
        self._watch_clean = conn.total_changes == self._changes_at_open
        _watch(conn)
        self._watching = True

    def _current_parts(self) -> dict[str, dict[str, str]]:
        """The seal's parts of the content as it is: the parts brought up to date in this
        session, else those the last clean close stored (when they match its seal), with
        the buckets changed since read again; else every bucket read (also when a write came
        before the triggers that note changed buckets were installed)."""
        from db import backup as copies  # db.backup builds on this module

        if not (self._watching and self._watch_clean):
            return copies.seal_parts(self.conn, None, None)
        previous = self._live_parts
        if previous is None and self.closed_cleanly_before and self.seal_at_open and self._seal_parts_at_open:
            try:
                previous = json.loads(self._seal_parts_at_open)
            except ValueError:
                previous = None
            if previous is not None and copies.seal_of(previous) != self.seal_at_open:
                previous = None
        return copies.seal_parts(self.conn, previous, copies.dirty_buckets(self.conn) if previous else None)

    def _refresh_seal(self) -> None:
        """Bring the seal's parts up to date now, while the pages just written are still in
        the cache, so that closing reads only what changes after (issue 19: after a
        10,000-case import, the close read 200 MB again through the small cache). Only
        outside a transaction: parts of uncommitted rows could be rolled back. Never raises:
        the close then reads what it needs, as before."""
        from db import backup as copies  # db.backup builds on this module

        conn = self.conn
        if conn is None or self._depth or conn.in_transaction or not self.changed_since_open:
            return
        try:
            parts = self._current_parts()
            if not self._watching:
                return  # nothing notes changes yet: the close reads every bucket
            copies.clear_dirty(conn)
        except (DriverError, VaultBusy):
            return
        self._live_parts = parts
        self._watch_clean = True  # the parts are the content now; the triggers note what follows

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One atomic unit of work; nested calls become savepoints of the outer one."""
        conn = self.conn
        if conn is None:
            raise VaultError("The vault is locked.")
        depth = self._depth
        if depth == 0:
            try:
                self._ensure_watch()
            except DriverError as exc:
                raise from_driver(exc) from exc
        try:
            conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
        except DriverError as exc:
            raise from_driver(exc) from exc
        self._depth += 1
        try:
            yield conn
        except BaseException as exc:
            self._depth = depth
            with contextlib.suppress(DriverError):
                if depth == 0:
                    conn.execute("ROLLBACK")
                else:
                    conn.execute(f"ROLLBACK TO sp{depth}")
                    conn.execute(f"RELEASE sp{depth}")
            if isinstance(exc, DriverError):
                raise from_driver(exc) from exc
            raise
        self._depth = depth
        try:
            conn.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")
        except DriverError as exc:
            with contextlib.suppress(DriverError):
                conn.execute("ROLLBACK")
            raise from_driver(exc) from exc

    @contextlib.contextmanager
    def bulk_cache(self) -> Iterator[None]:
        """A larger page cache (BULK_CACHE_KIB) for one bulk write, such as an import; the
        bounded one again afterwards. Outside a transaction, inserts into the tables an import
        appends to are noted for the seal at the end, not row by row (backup.APPENDED), and
        the seal's parts are brought up to date while the pages written are still cached."""
        from db import backup as copies  # db.backup builds on this module

        self._ensure_watch()
        self.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        marks = None
        if not self._depth and not self.conn.in_transaction:
            marks = copies.pause_insert_watch(self.conn)
        written = False
        try:
            yield
            written = True
        finally:
            if self.conn is not None:
                if marks is not None:
                    try:
                        copies.resume_insert_watch(self.conn, marks)
                    except (DriverError, VaultBusy):
                        # Changes may go unnoted: the close reads the whole content for its seal.
                        self._seal_parts_at_open, self._live_parts = "", None
                    else:
                        if written:
                            self._refresh_seal()
                self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                with contextlib.suppress(DriverError):
                    self.conn.execute("PRAGMA shrink_memory")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def vault_id(self) -> str:
        return self.meta("vault_id") or ""

    @property
    def author(self) -> str:
        return self.meta("author") or ""

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]


#: Meta keys of the seal a clean close stores: the digest of the logical content (without
#: document content: db.backup.seal_digest) and when. "file." keys are left out of every
#: digest and are not carried into copies.
SEAL_KEY = "file.sealed_digest"
SEAL_AT_KEY = "file.sealed_at"
SEAL_PARTS_KEY = "file.sealed_parts"  # the seal's buckets, so that a close re-reads only changed ones
#: Written into the vault file itself (merged at once, not left in the -wal) when the vault
#: is opened and removed at a clean close: a vault file that says it is open, with no -wal
#: file beside it, lost the commits of its last session (issue 12, item 2).
OPEN_KEY = "file.opened_at"


def _wal_reason(exc: BaseException) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL"):
        return "the disk is full"
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return "the vault file cannot be written"
    if name.startswith("SQLITE_IOERR"):
        return "the disk reported an error"
    return name or "an error"


def lock_path(path: Path) -> Path:
    """Windows only: the lock file beside the vault's real path (symlinks resolved)."""
    real = Path(os.path.realpath(path))
    return real.with_name(real.name + ".lock")


_IN_USE = "This vault is already open in another Abarona window or program. Close it there first."


class FileLock:
    """The "already open" lock (issue 12, item 1), keyed on the vault file itself.

    On Linux and macOS: ``flock()`` on the file, which the kernel keys on the file (its inode),
    so a second opening under any name (a symlink, a hard link, another path to the same
    folder) is refused, and a killed process's lock goes with it. On Windows, where a file's
    other names are rare (hard links need an administrator's ``mklink``): a lock file beside
    the vault's real path, symlinks resolved."""

    def __init__(self, fd: int | None = None, sidecar: filelock.BaseFileLock | None = None) -> None:
        self._fd = fd
        self._sidecar = sidecar

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if self._sidecar is not None:
            self._sidecar.release()
            self._sidecar = None


def create_private(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600 from the first
    instant, issue 12 item 9); never over an existing file (FileExistsError)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
                 | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)


def _acquire(path: Path, *, create: bool = False) -> FileLock:
    """Lock the vault file (creating it, empty and 0600, when ``create``)."""
    if fcntl is None:
        sidecar = filelock.FileLock(str(lock_path(path)), timeout=0, thread_local=False, mode=0o600)
        try:
            sidecar.acquire()
        except filelock.Timeout:
            raise VaultInUse(_IN_USE) from None
        except OSError as exc:
            raise VaultError(f"The vault's folder cannot be written ({exc.strerror}).") from None
        if create:
            try:
                create_private(path)
            except FileExistsError:
                sidecar.release()
                raise VaultExists(f"A file already exists at {path}; choose another name.") from None
            except OSError as exc:
                sidecar.release()
                raise NotCreated(path, full=is_full(exc)) from None
        return FileLock(sidecar=sidecar)
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
    if create:
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise VaultExists(f"A file already exists at {path}; choose another name.") from None
    except OSError as exc:
        if create:
            raise NotCreated(path, full=is_full(exc)) from None
        raise VaultError(f"The vault file cannot be read ({exc.strerror}).") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise VaultInUse(_IN_USE) from None
    except OSError:
        pass  # a file system without locks (some network shares): SQLite's own locks remain
    return FileLock(fd=fd)


def _connect(path: Path, passphrase: str | bytes) -> sqlcipher3.Connection:
    return connect_file(path, passphrase)


def _key_for(path: Path, passphrase: str | bytes) -> str | bytes:
    """The raw key with the file's salt (its first 16 bytes): derived here once, exactly as
    SQLCipher would derive it, so that the open vault can hold its key and not its passphrase.
    A file too short to hold a salt is keyed with the passphrase (and refused as too short)."""
    try:
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return passphrase
    if len(salt) != SALT_BYTES:
        return passphrase
    return salted_key(passphrase, salt)


def _configure(conn: sqlcipher3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise VaultError("Could not keep temporary data in memory; refusing to continue.")
    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


def _classify_unreadable(path: Path, conn: sqlcipher3.Connection, exc: DriverError) -> VaultError:
    """Tell a wrong passphrase from a damaged file and from a file that is no vault."""
    size = path.stat().st_size
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_CORRUPT"):
        return VaultDamaged(
            "The vault is damaged or truncated (it is shorter than it should be, or a page "
            "cannot be read). Restore it from a backup.", reason=DamagedReason.TRUNCATED
        )
    if not name.startswith("SQLITE_NOTADB"):
        return from_driver(exc)
    if size < PAGE_SIZE:
        return NotAVault(
            "This file is too short to be an Abarona vault (it may be a vault cut short).",
            reason=NotAVaultReason.TOO_SHORT,
        )
    try:
        failures = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except DriverError:
        failures = None
    full_pages = size // PAGE_SIZE
    hmac_failures = sum(1 for (msg,) in failures or [] if "HMAC" in msg)
    if failures is not None and 0 < hmac_failures < full_pages:
        return VaultDamaged(
            "The vault's first page is damaged; the rest opens with this passphrase. "
            "Restore it from a backup.", reason=DamagedReason.FIRST_PAGE
        )
    if size % PAGE_SIZE:
        return NotAVault(
            "This file is not an Abarona vault (or it is damaged beyond recognition).",
            reason=NotAVaultReason.UNRECOGNISED,
        )
    return WrongPassphrase(
        "The passphrase does not open this vault. Check the keyboard layout and Caps Lock. "
        "(A file that is not a vault at all also ends up here: encryption makes the two "
        "look the same.)"
    )


def _check_file(path: Path) -> None:
    if not path.exists():
        raise VaultNotFound(f"There is no vault at {path}.")
    if not path.is_file():
        raise NotAVault("This is a folder, not a vault file.", reason=NotAVaultReason.NOT_A_FILE)
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_PLAIN_SQLITE))
    except OSError as exc:
        raise VaultError(f"The vault file cannot be read ({exc.strerror}).") from None
    if not head:
        raise NotAVault("This file is empty: it is not a vault.", reason=NotAVaultReason.EMPTY)
    if head == _PLAIN_SQLITE:
        raise NotAVault(
            "This is an unencrypted SQLite database, not an Abarona vault.",
            reason=NotAVaultReason.PLAIN_SQLITE,
        )


def identify(path: Path, conn: sqlcipher3.Connection, *, unreadable=None, noun: str = "vault") -> int:
    """Prove the key (the first read), then refuse what is not ours or is too new; the
    schema version. ``unreadable`` classifies a failed first read (default: a vault's)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except DriverError as exc:
        raise (unreadable or _classify_unreadable)(path, conn, exc) from None
    if app_id != APPLICATION_ID:
        raise NotAVault(f"This is an encrypted database, but not an Abarona {noun}.", reason=NotAVaultReason.FOREIGN)
    try:
        too_new = version > schema.SCHEMA_VERSION or bool(schema.unknown(conn, version))
    except DriverError as exc:
        raise (unreadable or _classify_unreadable)(path, conn, exc) from None
    if too_new:
        raise VaultTooNew(version, schema.SCHEMA_VERSION)
    return version


def open_vault(path: str | os.PathLike[str], passphrase: str | bytes) -> Vault:
    """Open, prove the key, refuse what is not ours, and migrate an older vault."""
    path = Path(path)
    _check_file(path)
    if not normalise_passphrase(passphrase):
        raise WrongPassphrase("The passphrase is empty: type the vault's passphrase. Nothing was opened.")
    lock = _acquire(path)
    conn = None
    try:
        _discard_rekey(rekey_partial_path(path))  # a passphrase change cut short: the vault kept the old one
        real = Path(os.path.realpath(path))
        try:
            wal_at_open, wal_file_at_open = real.with_name(real.name + "-wal").stat().st_size, True
        except OSError:
            wal_at_open, wal_file_at_open = 0, False
        key = _key_for(path, passphrase)
        conn = _connect(path, key)
        version = identify(path, conn)
        try:
            _configure(conn)
            marks = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?, ?)",
                                      (SEAL_KEY, OPEN_KEY, SEAL_PARTS_KEY))) if version else {}
            if schema.pending(conn, version):
                _migrate(path, conn, key, version)
                marks.pop(SEAL_KEY, None)  # the upgrade changed the content: nothing to compare until closed
            _mark_open(conn)  # the seal's triggers come with the first write (Vault._ensure_watch)
        except DriverError as exc:
            raise from_driver(exc) from None
        return Vault(path=path, conn=conn, _lock=lock, wal_at_open=wal_at_open, seal_at_open=marks.get(SEAL_KEY, ""),
                     marked_open_at_open=OPEN_KEY in marks, wal_file_at_open=wal_file_at_open,
                     _changes_at_open=conn.total_changes,
                     _seal_parts_at_open=marks.get(SEAL_PARTS_KEY, ""), _key=key)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        lock.release()
        if isinstance(exc, (DriverError, VaultDamaged)) and _no_room(path):
            # SQLite cannot make its working files (-wal, -shm) beside the vault and reports an
            # I/O error: the disk is full, not the vault damaged.
            raise DiskFull("The disk holding the vault is full: the vault cannot be opened until some space is "
                           "freed there (it needs a little room for its working files). The vault was not "
                           "changed.") from None
        raise


#: Less room than this beside a vault that failed to open: the disk is taken to be full.
_ROOM_TO_OPEN = 256 * 1024


def _no_room(path: Path) -> bool:
    """Whether the folder of ``path`` has less than _ROOM_TO_OPEN bytes free (False when not known)."""
    try:
        return shutil.disk_usage(Path(os.path.realpath(path)).parent).free < _ROOM_TO_OPEN
    except OSError:
        return False


def _watch(conn: sqlcipher3.Connection) -> None:
    from db import backup as copies  # db.backup builds on this module

    copies.watch_changes(conn)


def _mark_open(conn: sqlcipher3.Connection) -> None:
    """Say in the vault file itself that it is open (merged into the file at once).

    The mark's commit is not synced on its own (synchronous NORMAL for it alone): the merge
    right after it syncs the -wal file before copying it into the vault file, then syncs the
    vault file, so the mark is as durable as before with one sync fewer at every open (issue
    19: open and list within 10 ms; a sync costs several ms on an ordinary disk)."""
    try:
        conn.execute("PRAGMA synchronous = NORMAL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (OPEN_KEY, now_utc()))
                conn.execute("COMMIT")
            except BaseException:
                rollback(conn)
                raise
        finally:
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except DriverError as exc:
        if not getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_READONLY", "SQLITE_FULL")):
            raise


def create_vault(path: str | os.PathLike[str], passphrase: str | bytes, *, author: str = "") -> Vault:
    """Create a new, empty vault. Never overwrites an existing file.

    Raises VaultExists (a file is there), VaultError (no passphrase), NotCreated when the
    drive is full (``full``) or the folder cannot be written: then nothing is left at ``path``
    (no vault file, no -wal or -shm beside it)."""
    path = Path(path)
    if path.exists():
        raise VaultExists(f"A file already exists at {path}; choose another name.")
    if not normalise_passphrase(passphrase):
        raise VaultError("A vault needs a passphrase.")
    lock = _acquire(path, create=True)
    conn = None
    try:
        key = salted_key(passphrase, os.urandom(SALT_BYTES))
        conn = _connect(path, key)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _configure(conn)
        _upgrade(conn, 0)
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            [("vault_id", str(uuid.uuid4())), ("created_at", now_utc()), ("author", author)],
        )
        conn.execute("COMMIT")
        _mark_open(conn)
        _watch(conn)
        return Vault(path=path, conn=conn, _lock=lock, _changes_at_open=conn.total_changes, _key=key,
                     _watching=True)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        lock.release()
        if isinstance(exc, (DriverError, OSError)):
            if is_full(exc):
                raise NotCreated(path, full=True) from None
            translated = from_driver(exc) if isinstance(exc, DriverError) else None
            if translated is None or isinstance(translated, VaultReadOnly):
                raise NotCreated(path, full=False) from None
            raise translated from None
        raise


def rollback(conn) -> None:
    """Undo the open transaction of ``conn``, if one is still open, keeping the error that led
    here. A COMMIT that fails on a full disk (SQLITE_FULL) has already rolled back: a second
    ROLLBACK would raise "cannot rollback - no transaction is active" (SQLITE_ERROR) and hide
    the real cause from the user. Never raises a driver error."""
    if conn.in_transaction:
        with contextlib.suppress(DriverError):
            conn.execute("ROLLBACK")


def _upgrade(conn: sqlcipher3.Connection, version: int) -> None:
    for name in schema.pending(conn, version):
        conn.execute("BEGIN EXCLUSIVE")
        try:
            version = schema.run(conn, name, version)
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise


def migration_backup_path(path: Path, version: int) -> Path:
    """Where the copy made before upgrading a vault of this schema version is kept: one per
    vault and version, however many attempts (issue 12, item 12)."""
    return path.with_name(f"{path.name}.schema{version}.bak")


def _migrate(path: Path, conn: sqlcipher3.Connection, passphrase: str | bytes, version: int) -> None:
    """Copy the vault (encrypted, same passphrase) beside itself, then upgrade it. The copy
    replaces the one an earlier, failed attempt left (never a second full-size copy)."""
    copy = migration_backup_path(path, version)
    partial = copy.with_name(copy.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    try:
        target = connect_file(partial, passphrase, create=True)
        try:
            conn.backup(target)
        finally:
            target.close()
        os.replace(partial, copy)
    except (OSError, DriverError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        why = getattr(exc, "strerror", None) or "the disk is full or read-only"
        raise VaultError(
            "This vault needs an upgrade for this version of Abarona, but the copy kept before "
            f"upgrading could not be written beside it ({why}). Nothing was changed; free some "
            "space and open it again.") from None
    try:
        _upgrade(conn, version)
    except (DriverError, VaultError) as exc:
        reason = getattr(exc, "sqlite_errorname", "") or type(exc).__name__
        raise VaultError(
            f"This vault could not be upgraded for this version of Abarona ({reason}). It was not "
            f"changed and still opens in the version that wrote it; a copy made before the attempt "
            f"is kept at {copy} (only one, however often this happens).") from None


def rekey_partial_path(path: Path) -> Path:
    """Where a passphrase change writes the re-keyed copy, beside the vault's real file."""
    real = Path(os.path.realpath(path))
    return real.with_name(f".{real.name}.rekey.partial")


def rekey(vault: Vault, new_passphrase: str | bytes) -> None:
    """Change the passphrase (issue 12, item 5): write a re-keyed copy beside the vault, check
    that it holds the same content, then put it in the vault's place with one rename, so that
    at every instant exactly one passphrase opens the vault. A change cut short (a crash, a
    kill) leaves the vault under its old passphrase; the next opening removes the unfinished
    copy. Raises VaultError (nothing changed) when the copy cannot be written or checked, or
    when the vault file has a second name (a hard link: a rename would leave that name on
    the old passphrase)."""
    if not normalise_passphrase(new_passphrase):
        raise VaultError("A vault needs a passphrase.")
    if vault.conn is None:
        raise VaultError("The vault is locked.")
    if vault.conn.in_transaction or vault._depth:
        raise VaultError("The vault is busy with another change; try again in a moment.")
    from db import backup as copies  # db.backup builds on this module

    real = Path(os.path.realpath(vault.path))
    if real.stat().st_nlink > 1:
        raise VaultError("This vault file has another name on the disk (a hard link), which would keep the old "
                         "passphrase. Remove the other name first. Nothing was changed.")
    tmp = rekey_partial_path(vault.path)
    _discard_rekey(tmp)
    key = copies.new_file_key(new_passphrase)
    new_lock = None
    try:
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = connect_file(tmp, key, create=True)
        try:
            target.execute("PRAGMA journal_mode = OFF")
            vault.conn.backup(target)
            target.execute("PRAGMA journal_mode = WAL")
            same = copies.digest(target) == copies.digest(vault.conn)
        finally:
            target.close()
        if not same:
            raise VaultError("The re-keyed copy did not read back as the vault, so the passphrase was not changed.")
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        new_lock = _acquire(tmp)  # the new file is locked before it takes the vault's name
    except (OSError, DriverError) as exc:
        _discard_rekey(tmp)
        if new_lock is not None:
            new_lock.release()
        reason = getattr(exc, "strerror", None) or _wal_reason(exc)
        raise VaultError(f"The passphrase was not changed: the re-keyed copy could not be written beside the vault "
                         f"({reason}). The vault is unchanged and opens with the old passphrase.") from None
    except BaseException:
        _discard_rekey(tmp)
        raise
    # From here on the old file is closed and replaced in one rename.
    vault.conn.close()
    vault.conn = None  # type: ignore[assignment]
    try:
        os.replace(tmp, real)
    except OSError as exc:
        new_lock.release()
        _discard_rekey(tmp)
        vault._lock.release()
        raise VaultError(f"The passphrase was not changed ({exc.strerror}). The vault was locked and opens with the "
                         "old passphrase.") from None
    with contextlib.suppress(OSError):
        folder = os.open(real.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    vault._lock.release()
    vault._lock = new_lock
    conn = _connect(vault.path, key)
    identify(vault.path, conn)
    _configure(conn)
    _mark_open(conn)
    _watch(conn)
    vault._watching = True
    vault.conn = OwnedConnection(conn)
    vault._key = key
    vault._changes_at_open = conn.total_changes - 1  # changed: seal again at close
    vault._seal_parts_at_open = ""  # the changes noted before are gone with the old connection: read it all
    vault._live_parts = None


def _discard_rekey(tmp: Path) -> None:
    for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


@dataclass(frozen=True)
class CheckReport:
    """``problems``: what is wrong (the check fails); ``notes``: what was found and put right
    (commits left in the -wal file, now merged). ``seal``: "ok" (the content is what the last
    clean close sealed), "changed" (it is not: changed outside Abarona), or "" (nothing to
    compare: never closed by this version, not closed cleanly last time, or changed since
    it was opened)."""

    problems: list[str]
    schema_version: int
    pages: int
    notes: list[str] = field(default_factory=list)
    seal: str = ""
    wal_at_open: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


CHANGED_OUTSIDE = ("The vault was changed outside Abarona since it was last closed: its content no longer "
                   "matches the seal stored when it was closed (for example, pages replaced with older ones, "
                   "or a copy of the vault file taken without its -wal file while it was open). Cases or events "
                   "may have gone back to an older state. Compare it with your newest backup and restore if "
                   "anything is missing.")


def seal_comparable(vault: Vault) -> bool:
    """Whether the content can be compared with a seal: the last close was clean, sealed it,
    and nothing was written since this vault was opened. On the vault's owner thread."""
    return bool(vault.seal_at_open) and vault.closed_cleanly_before and not vault.changed_since_open


def seal_reader(vault: Vault) -> Callable[[], str | None]:
    """For a check on another thread: a function, safe to call on any thread, that reads the
    content's seal digest on a connection of its own (None when none could be opened). Take
    it on the owner thread; compare its result there with ``seal_verdict``. The vault's own
    connection is never touched from the other thread: two threads on one connection freeze
    as soon as a query calls back into Python (the READING collation) — see OwnedConnection."""
    path, key = vault.path, vault._key

    def read() -> str | None:
        from db import backup as copies  # db.backup builds on this module

        if not key:
            return None
        try:
            reader = _connect(path, key)
        except (DriverError, VaultError):
            return None
        try:
            reader.execute("PRAGMA busy_timeout = 2000")
            return copies.seal_digest(reader)
        except DriverError:
            return None
        finally:
            reader.close()

    return read


def seal_verdict(vault: Vault, digest: str | None) -> str:
    """"ok", "changed" or "" for a digest ``seal_reader`` read: "" when there was nothing to
    compare, or the vault was written meanwhile. On the vault's owner thread."""
    if digest is None or not seal_comparable(vault):
        return ""
    return "ok" if digest == vault.seal_at_open else "changed"


def seal_state(vault: Vault) -> str:
    """Compare the content with the seal of the last clean close: "ok", "changed", or ""
    (nothing to compare). Reads the whole content except document bytes (about the cost of
    a close); see CheckReport.seal. On the vault's owner thread (another thread: seal_reader)."""
    if not seal_comparable(vault):
        return ""
    digest = seal_reader(vault)()
    if digest is None:
        from db import backup as copies  # db.backup builds on this module

        try:
            digest = copies.seal_digest(vault.conn)
        except DriverError as exc:
            raise from_driver(exc) from None
    return seal_verdict(vault, digest)


def check(vault: Vault) -> CheckReport:
    """Full check: every page's HMAC, SQLite's structure, foreign keys, the seal of the last
    clean close (issue 12, item 10), and commits left unmerged in the -wal file (item 2)."""
    conn = vault.conn
    problems: list[str] = []
    notes: list[str] = []
    seal = ""
    try:
        problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            f"{table}: a row refers to a missing {parent} record"
            for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if not problems:
            seal = seal_state(vault)
            if seal == "changed":
                problems.append(CHANGED_OUTSIDE)
    except DriverError as exc:
        problems.append(str(from_driver(exc)))
        pages = 0
    if vault.marked_open_at_open and not vault.wal_file_at_open:
        # (An empty -wal file beside it is the log of a session killed before it committed
        # anything after its last checkpoint: nothing of it can be missing.)
        problems.append(
            "The vault file says it was still open when its last session ended, and there is no -wal file "
            "beside it: the changes of that session may be missing (for example, a copy of the vault file "
            "taken without its -wal file while it was open, or a -wal file deleted after a crash). If you "
            "have the original file with its -wal file, open that one; otherwise compare with your newest "
            "backup.")
    if vault.wal_at_open:
        found = (f"When it was opened, the vault's -wal file ({vault.wal_path.name}, {vault.wal_at_open // 1024} KiB) "
                 "held commits not merged into the vault file: the last session ended without a clean close "
                 "(a crash, a kill or a full disk). A copy of the vault file alone would have lacked them.")
        if vault.checkpoint():
            notes.append(found + " They are merged now.")
        else:
            problems.append(found + " They could not be merged now (is the disk full?): keep the two files "
                            "together, free some space and run the check again.")
    return CheckReport(problems=problems, schema_version=vault.schema_version, pages=pages, notes=notes,
                       seal=seal, wal_at_open=vault.wal_at_open)


# -- Files in the vault format that are not the open vault: backups and hand-off packages
# -- (issue 6). No lock and no pragmas: they are written once and read back to check them.

def connect_file(path: str | os.PathLike[str], passphrase: str | bytes, *,
                 readonly: bool = False, create: bool = False) -> sqlcipher3.Connection:
    """A keyed connection to a vault-format file; the key is not proven yet.

    ``readonly`` opens it with SQLite's ``mode=ro``, so reading a backup never changes it
    (nor leaves a journal beside it on the drive). ``create`` makes the file first, empty and
    0600 (never over an existing file: FileExistsError), so that it, and the journal files
    SQLite gives the same mode, are never readable by others, not even for an instant."""
    path = Path(path)
    if create:
        create_private(path)
    target = path.resolve().as_uri() + "?mode=ro" if readonly else str(path)
    conn = sqlcipher3.connect(target, uri=readonly, isolation_level=None, check_same_thread=False)
    collation.register(conn)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(normalise_passphrase(passphrase))
    except BaseException:
        conn.close()
        raise
    return conn


def check_file(path: Path) -> None:
    """The checks made before keying (missing, folder, empty, plain SQLite), as typed errors."""
    _check_file(path)


def classify_unreadable(path: Path, conn: sqlcipher3.Connection, exc: DriverError) -> VaultError:
    """Why the first read of a keyed file failed (wrong passphrase, damaged, not a vault)."""
    return _classify_unreadable(path, conn, exc)


def create_schema(conn: sqlcipher3.Connection) -> None:
    """Give a new, empty keyed file the vault's application id and current schema."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _upgrade(conn, 0)
