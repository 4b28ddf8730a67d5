"""Backups: an encrypted, checked copy of the vault in a folder the user chose (a USB drive),
verification of any backup file, restore into a new vault, automatic backups, and the
backup status the dashboard shows. Also the CLI's ``backup`` commands.

A backup is written under a name that is clearly partial (``.NAME.partial``) in the chosen
folder, checked by reading it back, and only then given its final name, so a failed,
cancelled or killed backup never leaves anything that looks like a backup. Settings and the
last verified backup are kept in the vault's meta: they are about the vault.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path

from db import audit as audit_queries
from db import backup as copies
from db.errors import (
    DamagedReason,
    DiskFull,
    DriverError,
    NotAVault,
    NotAVaultReason,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    from_driver,
)
from db.keys import normalise_passphrase
from db.vault import PAGE_SIZE, Vault, now_utc, open_vault
from desktop.progress import Cancelled, Progress, report
from desktop.vaults.atomic import fsync_file, fsync_folder  # noqa: F401  (re-exported for hand-off)

BACKUP_SUFFIX = ".abarona"
PARTIAL_SUFFIX = ".partial"
FORMAT = "1"  # of the file.* description a copy carries
#: Audit actions that are about backups themselves, not changes to back up.
_NOT_CHANGES = ("backup", "backup_settings")
_SCALE = 1000  # progress is reported in thousandths


class BackupReason(StrEnum):
    """Why no backup (or restored vault) was made (:attr:`BackupFailed.reason`)."""

    NO_FOLDER = "no_folder"  # the folder is not there (drive not connected?)
    NOT_WRITABLE = "not_writable"  # a read-only drive, or no permission
    EXISTS = "exists"  # a file has the final name already: nothing is ever overwritten
    PASSPHRASE = "passphrase"  # no passphrase was given
    CHECK_FAILED = "check_failed"  # the copy did not read back as written
    WRITE = "write"  # the drive is full, or was removed while writing
    NOT_VERIFIED = "not_verified"  # the backup to restore failed verification (see ``report``)
    SETTINGS = "settings"  # the backup settings given are not valid


class BackupFailed(VaultError):
    """No backup (or restored vault) was made; nothing was left under the final name.

    ``reason`` is a :class:`BackupReason` (a plain string with one of its values is accepted;
    any other raises ValueError). ``report`` is the verification report when the reason is
    not_verified."""

    code = "backup_failed"

    def __init__(self, message: str, *, reason: BackupReason | str, report: VerifyReport | None = None) -> None:
        super().__init__(message)
        self.reason = BackupReason(reason)
        self.report = report


# -- names ---------------------------------------------------------------------------------------

def _id8(vault: Vault) -> str:
    return (vault.vault_id or "00000000").replace("-", "")[:8]


def backup_file_name(vault: Vault, at: datetime, n: int = 1) -> str:
    """``<vault>_backup_<local date and time with offset>_<vault id>.abarona``: the time
    sorts them, and the vault id keeps two vaults' backups apart on one drive. A second
    backup within the same second gets ``-2`` after the time."""
    local = at.astimezone()
    extra = f"-{n}" if n > 1 else ""
    return f"{vault.path.stem}_backup_{local:%Y-%m-%d_%H-%M-%S%z}{extra}_{_id8(vault)}{BACKUP_SUFFIX}"


def _name_pattern(vault: Vault) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(vault.path.stem)}_backup_(\d{{4}}-\d\d-\d\d_\d\d-\d\d-\d\d[+-]\d{{4}})"
                      rf"(?:-(\d+))?_{_id8(vault)}{re.escape(BACKUP_SUFFIX)}")


def backups_in(folder: str | os.PathLike[str], vault: Vault) -> list[tuple[datetime, Path]]:
    """This vault's backups in a folder, oldest first (by the time in their names)."""
    pattern = _name_pattern(vault)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            found.append((datetime.strptime(match.group(1), "%Y-%m-%d_%H-%M-%S%z"), int(match.group(2) or 1),
                          Path(entry.path)))
    return [(at, path) for at, _n, path in sorted(found)]


def partial_name(final_name: str) -> str:
    """The hidden name a file is written under until it is checked (".NAME.partial")."""
    return f".{final_name}{PARTIAL_SUFFIX}"


def _siblings(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))]


def discard(path: Path) -> None:
    """Remove a partial file and the journal files SQLite may have left beside it; best
    effort (on a read-only drive there is nothing to remove, and unlink says so)."""
    for leftover in _siblings(path):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _clean_stale_partials(folder: Path, vault: Vault) -> list[Path]:
    """Partial backups of this vault from an earlier crash. The vault is open in this process
    only (its lock), so any partial file of it found here is stale."""
    pattern = re.compile(rf"\.{re.escape(vault.path.stem)}_backup_.*_{_id8(vault)}"
                         rf"{re.escape(BACKUP_SUFFIX + PARTIAL_SUFFIX)}(-journal|-wal|-shm)?")
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if pattern.fullmatch(entry.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


# -- files on disk -------------------------------------------------------------------------------

def publish(tmp: Path, final: Path) -> None:
    """Give a finished file its final name, never replacing a file that exists there (a hard
    link where the file system has them, else check and rename), and fsync the folder.
    Raises BackupFailed (reason exists) when a file has that name, OSError from the disk."""
    try:
        os.link(tmp, final)  # fails if ``final`` exists, even if it appeared a moment ago
    except FileExistsError:
        raise BackupFailed(f"A file named {final.name} already exists; nothing was replaced.",
                           reason=BackupReason.EXISTS) from None
    except OSError:
        # File systems without hard links (FAT32 and exFAT USB drives): check, then rename.
        if final.exists():
            raise BackupFailed(f"A file named {final.name} already exists; nothing was replaced.",
                               reason=BackupReason.EXISTS) from None
        os.replace(tmp, final)
    else:
        tmp.unlink()
    fsync_folder(final.parent)


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _not_writable(folder: Path, what: str = "backup") -> BackupFailed | None:
    """The folder is on a drive mounted read-only, or on no drive at all (/proc, /sys: a
    file system that reports no blocks): saying "the drive is full" there sent users to free
    space that would never help. None when the folder looks writable."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows: the write itself will tell
        return None
    if stats.f_flag & os.ST_RDONLY:
        return BackupFailed(f"The {what} cannot be written in {folder}: the drive is read-only (a locked "
                            "USB stick, or one mounted read-only). Nothing was written; choose another "
                            "drive.", reason=BackupReason.NOT_WRITABLE)
    if stats.f_blocks == 0:
        return BackupFailed(f"The {what} cannot be written in {folder}: that folder is not on a drive that "
                            "keeps files. Nothing was written; choose a folder on a disk or a USB drive.",
                            reason=BackupReason.NOT_WRITABLE)
    return None


def _megabytes(n: int) -> str:
    return f"{max(n / 1_000_000, 0.1):.1f} MB"


def _size(n: int) -> str:
    """Bytes in words: "48 KB", "2.5 MB"."""
    return f"{max(n, 0) / 1000:.0f} KB" if n < 1_000_000 else _megabytes(n)


def _full(needed: int, what: str = "backup", free: int | None = None) -> DiskFull:
    """The drive is full: what the file needs (``needed`` bytes; 0 when not known), else what
    is free there (``free`` bytes, measured after the partial file was removed)."""
    if needed > 0:
        size = f": the {what} needs about {_megabytes(needed)}"
    elif free is not None:
        size = f": the {what} needs more than the {_size(free)} free there"
    else:
        size = ""
    return DiskFull(f"The drive is full (or does not take a file this large){size}. Nothing was kept; "
                    "free some space or choose another drive.")


def _cause(exc: BaseException) -> tuple[str, int | None]:
    """The SQLite error name and the errno that really stopped a write: the first in the chain
    (``exc``, then what it was raised from or while handling) that names a full disk, else
    those of ``exc``. A full disk can surface as a later, vaguer error (a ROLLBACK refused
    after a failed COMMIT: SQLITE_ERROR)."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        name = getattr(link, "sqlite_errorname", "") or ""
        number = getattr(link, "errno", None)
        if name.startswith("SQLITE_FULL") or number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return name, number
        link = link.__cause__ or link.__context__
    return getattr(exc, "sqlite_errorname", "") or "", getattr(exc, "errno", None)


def write_error(exc: BaseException, folder: Path, needed: int, what: str = "backup") -> VaultError:
    """A driver or OS failure while writing a copy, as a plain message (DiskFull, BackupFailed
    or from_driver's). ``needed``: the copy's size in bytes, 0 when not known (the message then
    says how much is free in ``folder``)."""
    name, number = _cause(exc)
    if name.startswith("SQLITE_FULL") or number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return _full(needed, what, None if needed > 0 else _free_bytes(folder))
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")) or number in (
            errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFailed(f"The {what} cannot be written in {folder} (a read-only drive, or no "
                            "permission). Nothing was kept.", reason=BackupReason.NOT_WRITABLE)
    if name.startswith("SQLITE_IOERR") or isinstance(exc, OSError):
        free = _free_bytes(folder)
        if free is not None and free < needed:
            return _full(needed, what)
        need = f" (it needs about {_megabytes(needed)})" if needed > 0 else ""
        return BackupFailed(f"The drive is full, does not take a file this large, or was removed while the "
                            f"{what} was written{need}. Nothing was kept.", reason=BackupReason.WRITE)
    return from_driver(exc)


class Phases:
    """Turns the work of several steps into one progress in thousandths (0..1000)."""

    def __init__(self, progress: Progress | None, weights: dict[str, int]) -> None:
        self.progress = progress
        self.starts: dict[str, int] = {}
        self.weights = weights
        start = 0
        for name, weight in weights.items():
            self.starts[name] = start
            start += weight
        self.total = start
        self.done = 0

    def tick(self, name: str, expected: int) -> Callable[[int], None]:
        """A callback for the phase ``name``: called with the units done since its last call, of
        ``expected`` in all, it reports the whole work's progress in thousandths."""
        start, weight = self.starts[name], self.weights[name]
        state = {"n": 0}

        def tick(amount: int) -> None:
            state["n"] += amount
            fraction = min(state["n"] / expected, 1.0) if expected > 0 else 0.0
            self.done = max(self.done, start + int(weight * fraction))
            report(self.progress, self.done * _SCALE // self.total, _SCALE)

        return tick

    def reach(self, name: str) -> None:
        """The phase ``name`` is complete: report the progress at its end."""
        self.done = max(self.done, self.starts[name] + self.weights[name])
        report(self.progress, self.done * _SCALE // self.total, _SCALE)


# -- verification ----------------------------------------------------------------------------------

VERDICTS = ("ok", "wrong_passphrase", "damaged", "truncated", "not_a_backup", "too_new", "not_found",
            "unreadable")


@dataclass(frozen=True)
class VerifyReport:
    """One clear verdict on a backup (or hand-off package) file.

    ``verdict`` is one of VERDICTS; ``reason`` refines it (for not_a_backup: vault,
    handoff, backup, foreign, plain_sqlite, empty, too_short, unrecognised, not_a_file;
    for damaged: first_page, page, checks, digest, counts); ``message`` says it in English
    for the CLI (the GUI words it from verdict and reason)."""

    path: Path
    verdict: str
    message: str
    reason: str = ""
    kind: str = ""
    size: int = 0
    created_at: str | None = None
    source_name: str | None = None
    source_vault_id: str | None = None
    schema_version: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    digest: str = ""
    problems: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the file passed every check."""
        return self.verdict == "ok"

    @property
    def rows(self) -> int:
        """The rows of every table the file holds."""
        return sum(self.counts.values())


_KIND_WORDS = {"backup": "backup", "handoff": "hand-off package"}


def verify_file(path: str | os.PathLike[str], passphrase: str | bytes, *, kind: str = "backup",
                progress: Progress | None = None) -> VerifyReport:
    """Check a backup (or, with kind="handoff", a hand-off package) completely: the cipher's
    check of every page, SQLite's structure check, the digest of the content and the row
    count of every table against what the file says it holds, and the schema version."""
    path = Path(path)
    word = _KIND_WORDS[kind]
    size = path.stat().st_size if path.is_file() else 0

    def verdict(name: str, message: str, reason: str = "", **extra) -> VerifyReport:
        return VerifyReport(path=path, verdict=name, message=message, reason=reason, size=size, **extra)

    phases = Phases(progress, {"read": 1})
    try:
        key = copies.file_key(path, passphrase)
        inspection = copies.inspect(path, key, tick=phases.tick("read", _expected_rows(path)))
    except VaultNotFound:
        return verdict("not_found", f"There is no file at {path}.")
    except WrongPassphrase:
        return verdict("wrong_passphrase", f"The passphrase does not open this {word}. Check the keyboard "
                       f"layout and Caps Lock. (A file that is not a {word} at all also ends up here: "
                       "encryption makes the two look the same.)")
    except NotAVault as exc:
        messages = {
            NotAVaultReason.TOO_SHORT: f"This file is too short to be a {word} (it may be one cut short).",
            NotAVaultReason.EMPTY: f"This file is empty: it is not a {word}.",
            NotAVaultReason.PLAIN_SQLITE: f"This is an unencrypted SQLite database, not an Abarona {word}.",
            NotAVaultReason.FOREIGN: f"This is an encrypted database, but not an Abarona {word}.",
            NotAVaultReason.NOT_A_FILE: f"This is a folder, not a {word}.",
        }
        return verdict("not_a_backup", messages.get(exc.reason, f"This file is not an Abarona {word}."),
                       exc.reason.value)
    except VaultDamaged as exc:
        if exc.reason is DamagedReason.TRUNCATED:
            return verdict("truncated", _truncated_message(word), DamagedReason.TRUNCATED.value)
        where = "its first page" if exc.reason is DamagedReason.FIRST_PAGE else "a page"
        return verdict("damaged", f"The {word} is damaged ({where} "
                       "fails the encryption check, although the passphrase is right). Do not rely on it.",
                       exc.reason.value)
    except VaultTooNew as exc:
        return verdict("too_new", f"This {word} was made by a newer version of Abarona (schema {exc.found}; "
                       f"this program reads up to {exc.supported}). Update Abarona to use it.",
                       schema_version=exc.found)
    except DriverError as exc:
        return verdict("unreadable", f"The file cannot be read ({getattr(exc, 'sqlite_errorname', '') or 'error'}).")
    except VaultError as exc:
        return verdict("unreadable", str(exc))
    except OSError as exc:
        return verdict("unreadable", f"The file cannot be read ({exc.strerror or exc}).")

    meta = inspection.meta
    found_kind = meta.get("file.kind", "")
    details = dict(kind=found_kind, created_at=meta.get("file.created_at"), source_name=meta.get("file.source_name"),
                   source_vault_id=meta.get("file.source_vault_id"), schema_version=inspection.schema_version,
                   counts=inspection.counts, digest=inspection.digest, problems=inspection.problems, meta=meta)
    if found_kind != kind:
        if not found_kind:
            message = (f"This is an Abarona vault, not a {word}: it carries no digest to check it against. "
                       "(Open it as a vault instead.)")
        elif found_kind == "handoff":
            message = "This is a hand-off package, not a backup: import it (handoff import) instead."
        else:
            message = "This is a backup, not a hand-off package: restore it (backup restore) instead."
        return verdict("not_a_backup", message, found_kind or "vault", **details)
    if inspection.truncated:
        return verdict("truncated", _truncated_message(word), "truncated", **details)
    if inspection.problems:
        shown = "; ".join(p.splitlines()[0] for p in inspection.problems[:3])
        return verdict("damaged", f"The {word} is damaged: the integrity checks found {len(inspection.problems)} "
                       f"problem(s) ({shown}). Do not rely on it.", "checks", **details)
    if meta.get("file.digest") != inspection.digest:
        return verdict("damaged", f"The {word}'s content no longer matches the digest stored in it when it was "
                       "made: part of it was changed or replaced. Do not rely on it.", "digest", **details)
    try:
        expected = {k: int(v) for k, v in json.loads(meta.get("file.counts", "{}")).items()}
    except (ValueError, TypeError, AttributeError):
        expected = None
    if expected != inspection.counts:
        return verdict("damaged", f"The {word}'s tables do not hold the rows it says it holds. Do not rely on it.",
                       "counts", **details)
    made = meta.get("file.created_at", "?")
    return verdict("ok", f"The {word} is intact: every page passed the encryption check, its structure is "
                   f"sound, the content matches its fingerprint, and it holds all {sum(inspection.counts.values())} "
                   f"records it should (made {made}).", **details)


def verify_backup(path: str | os.PathLike[str], passphrase: str | bytes, *,
                  progress: Progress | None = None) -> VerifyReport:
    """Check a backup file completely (every page's HMAC, SQLite's structure, the digest and
    row counts stored in it) and say what it is: a :class:`VerifyReport` (``verdict`` one of
    VERDICTS, ``reason`` refining it, English ``message``); ``passphrase`` is the backup's
    (or its raw key). Never raises for a bad file; Cancelled from ``progress``."""
    return verify_file(path, passphrase, kind="backup", progress=progress)


def _truncated_message(word: str) -> str:
    return (f"The {word} is cut short (truncated): the file is shorter than its content. It was not copied "
            "to the end, or the drive was removed while it was written. Do not rely on it.")


def _expected_rows(path: Path) -> int:
    """For progress only: a file's size in pages, as a stand-in for its rows before they are known."""
    with contextlib.suppress(OSError):
        return max(path.stat().st_size // PAGE_SIZE * 8, 1)
    return 1


# -- making a backup -------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    created_at: str
    digest: str
    counts: dict[str, int]
    removed: list[Path] = field(default_factory=list)  # older backups rotation deleted
    own_passphrase: bool = False  # True: under a passphrase other than the vault's

    @property
    def rows(self) -> int:
        """The rows of every table the backup holds."""
        return sum(self.counts.values())


def create_backup(vault: Vault, folder: str | os.PathLike[str], *, passphrase: str | bytes | None = None,
                  keep: int | None = None, progress: Progress | None = None,
                  now: datetime | None = None, automatic: bool = False) -> BackupResult:
    """Back the vault up into ``folder`` under ``passphrase``; check the copy by reading it
    back; give it its final name; keep only the ``keep`` newest backups of this vault there
    (all when None or 0). One transaction records it in the vault (meta and audit) and
    forgets an automatic backup recorded as skipped.

    ``passphrase`` None (the default): under the vault's own key (``Vault.own_key``), so the
    backup opens with the vault's passphrase, which nobody retypes. Raises BackupFailed (see
    its reasons), DiskFull, VaultDamaged (the fault is in the vault), Cancelled (from
    ``progress``)."""
    if passphrase is None:
        passphrase = vault.own_key()
    if not normalise_passphrase(passphrase):
        raise BackupFailed("A backup needs a passphrase.", reason=BackupReason.PASSPHRASE)
    folder = Path(folder)
    if not folder.is_dir():
        if folder.exists():  # a file where the folder was asked for
            raise BackupFailed(f"{folder} is a file, not a folder: name the folder to write the backup in "
                               "(for example the USB drive). Nothing was written.", reason=BackupReason.NO_FOLDER)
        raise BackupFailed(f"There is no folder {folder} (is the drive connected?). Nothing was written.",
                           reason=BackupReason.NO_FOLDER)
    now = now or datetime.now(timezone.utc)
    n = 1
    while (folder / backup_file_name(vault, now, n)).exists():
        n += 1
    name = backup_file_name(vault, now, n)
    final = folder / name
    _clean_stale_partials(folder, vault)
    try:
        pages = copies.vault_pages(vault.conn)
    except DriverError as exc:
        raise from_driver(exc) from None
    needed = pages * PAGE_SIZE
    if (problem := _not_writable(folder)) is not None:
        raise problem
    free = _free_bytes(folder)
    if free is not None and free < needed + 64 * 1024:
        raise _full(needed)
    tmp = folder / partial_name(name)
    phases = Phases(progress, {"copy": 35, "check": 60, "finish": 5})
    own_passphrase = not uses_vault_passphrase(vault, passphrase)
    key = copies.new_file_key(passphrase)
    try:
        snapshot = copies.copy_vault(vault.conn, tmp, key, tick=phases.tick("copy", pages))
        inspection = copies.inspect(tmp, key, tick=phases.tick("check", sum(snapshot.counts.values())),
                                    sizes=snapshot.counts)
        problems = list(inspection.problems)
        if inspection.truncated:
            problems.append("the file is shorter than its content")
        if inspection.counts != snapshot.counts:
            problems.append("the copy's tables do not hold the vault's rows")
        if problems:
            _refuse_if_vault_damaged(vault)
            raise BackupFailed("The backup did not pass its check when read back, so it was not kept "
                               f"({'; '.join(p.splitlines()[0] for p in problems[:3])}). Try another drive.",
                               reason=BackupReason.CHECK_FAILED)
        created_at = now.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        copies.stamp_file(tmp, key, {
            "file.kind": "backup",
            "file.format": FORMAT,
            "file.created_at": created_at,
            "file.digest": inspection.digest,
            "file.counts": json.dumps(snapshot.counts, sort_keys=True),
            "file.schema_version": str(snapshot.schema_version),
            "file.source_vault_id": vault.vault_id,
            "file.source_name": vault.path.name,
            "file.automatic": "1" if automatic else "0",
        })
        problems, meta = copies.recheck(tmp, key)
        if problems or meta.get("file.digest") != inspection.digest:
            raise BackupFailed("The backup did not read back as written, so it was not kept. Try another drive.",
                               reason=BackupReason.CHECK_FAILED)
        fsync_file(tmp)
        phases.reach("finish")  # the last moment to cancel: after this the backup exists
        publish(tmp, final)
    except (DriverError, OSError) as exc:
        discard(tmp)
        if isinstance(exc, DriverError):
            _refuse_if_vault_damaged(vault)
        raise write_error(exc, folder, needed) from None
    except BaseException:
        discard(tmp)
        raise
    size = final.stat().st_size
    removed = rotate(folder, vault, keep) if keep else []
    with vault.transaction() as conn:
        copies.write_meta(conn, {
            "backup.last_at": created_at, "backup.last_file": name, "backup.last_size": str(size),
            "backup.last_folder": str(folder.resolve()), "backup.last_audit_id": str(snapshot.audit_id),
            **{key: "" for key in _SKIPPED_KEYS},
        })
        audit_queries.record(conn, [("vault", vault.vault_id, None, "backup", {
            "file": name, "size": size, "rows": sum(snapshot.counts.values()), "automatic": automatic,
            "own_passphrase": own_passphrase, "removed": [p.name for p in removed]})], at=now_utc(), author=vault.author)
    return BackupResult(path=final, size=size, created_at=created_at, digest=inspection.digest,
                        counts=snapshot.counts, removed=removed, own_passphrase=own_passphrase)


def uses_vault_passphrase(vault: Vault, passphrase: str | bytes) -> bool:
    """True when ``passphrase`` is the vault's own (it opens the vault file). A backup under
    any other passphrase opens only with that one (issue 13: it is asked twice and said so).
    The open vault's own key (``Vault.own_key``, used when nothing is typed) is the vault's
    passphrase without a key derivation."""
    if not vault.closed and passphrase == vault.own_key():
        return True
    return copies.opens_with(vault.path, passphrase)


@dataclass(frozen=True)
class PastBackup:
    """One backup this vault made, from its audit trail: ``at`` (UTC), file name, size in
    bytes, automatic or not, and ``own_passphrase`` (True: its own passphrase; False: the
    vault's; None: made before this was recorded). Every one was verified when it was made."""

    at: datetime
    file: str
    size: int
    automatic: bool
    own_passphrase: bool | None


def past_backups(vault: Vault, *, limit: int = 50) -> list[PastBackup]:
    """The newest ``limit`` backups the vault recorded, newest first."""
    try:
        entries = audit_queries.by_action(vault.conn, "backup", limit=limit)
    except DriverError as exc:
        raise from_driver(exc) from None
    found = []
    for entry in entries:
        try:
            changes = json.loads(entry.changes) if isinstance(entry.changes, str) else dict(entry.changes or {})
        except ValueError:
            continue
        at = _parse_utc(entry.at)
        if at is None:
            continue
        found.append(PastBackup(at=at, file=str(changes.get("file", "")), size=int(changes.get("size") or 0),
                                automatic=bool(changes.get("automatic")),
                                own_passphrase=changes.get("own_passphrase")))
    return found


def _refuse_if_vault_damaged(vault: Vault) -> None:
    """After a failed copy: if the fault is in the vault itself (a page fails its check), say
    so, which pages, and what to do, rather than blame the drive (issue 12, item 6)."""
    pages = copies.damaged_pages(vault.conn)
    if pages:
        shown = ", ".join(str(p) for p in pages[:10]) + (" and more" if len(pages) > 10 else "")
        raise VaultDamaged(
            f"The vault itself is damaged: page {shown} of {vault.path.name} fails its check, so no backup "
            "was made (a copy would carry the damage). The drive is not at fault. Keep your existing backups; "
            "restore the newest into a new vault (backup restore FILE --to NEW.abarona) and compare, or run "
            "'abarona-cli --vault FILE check' for details.", reason=DamagedReason.PAGE)


def rotate(folder: str | os.PathLike[str], vault: Vault, keep: int) -> list[Path]:
    """Delete this vault's oldest backups in ``folder`` beyond the ``keep`` newest."""
    if keep <= 0:
        return []
    found = backups_in(folder, vault)
    removed = []
    for _at, path in found[:-keep]:
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    if removed:
        fsync_folder(Path(folder))
    return removed


# -- restoring ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    path: Path
    size: int
    counts: dict[str, int]
    report: VerifyReport


def restore_backup(backup: str | os.PathLike[str], target: str | os.PathLike[str], *,
                   passphrase: str | bytes, new_passphrase: str | bytes | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Make a backup into a new vault at ``target`` (never over an existing file, so never
    over the open vault). The backup is verified first; the new vault's content is checked
    against the backup's digest before it gets its name. It keeps the backup's passphrase
    unless ``new_passphrase`` is given. Returns a :class:`RestoreResult` (path, row counts).
    Raises BackupFailed (reason not_verified with ``report``, check_failed, no_folder,
    passphrase, not_writable, write), VaultExists (a file at ``target``), DiskFull,
    Cancelled (from ``progress``); nothing is then left at ``target``."""
    backup, target = Path(backup), Path(target)
    if target.is_dir():
        raise VaultExists(f"{target} is a folder: name the new vault file in it, for example "
                          f"{target / 'restored.abarona'}. Nothing was written.")
    if target.exists() or target.is_symlink():
        raise VaultExists(f"A file already exists at {target}: restoring never overwrites a file. "
                          "Choose a new name.")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BackupFailed(f"There is no folder {folder}. Nothing was written.", reason=BackupReason.NO_FOLDER)
    if new_passphrase is not None and not normalise_passphrase(new_passphrase):
        raise BackupFailed("A vault needs a passphrase.", reason=BackupReason.PASSPHRASE)
    phases = Phases(progress, {"verify": 45, "copy": 25, "digest": 25, "finish": 5})
    verified = verify_file(backup, passphrase, kind="backup", progress=_sub(phases, "verify"))
    if not verified.ok:
        raise BackupFailed(f"Nothing was restored: {verified.message}", reason=BackupReason.NOT_VERIFIED, report=verified)
    needed = verified.size
    if (problem := _not_writable(folder, "restored vault")) is not None:
        raise problem
    free = _free_bytes(folder)
    if free is not None and free < needed + 64 * 1024:
        raise _full(needed, "restored vault")
    tmp = folder / partial_name(target.name)
    discard(tmp)  # a partial restore from an earlier crash, under this exact name
    key = copies.new_file_key(new_passphrase if new_passphrase is not None else passphrase)
    try:
        copies.copy_file(backup, copies.file_key(backup, passphrase), tmp, key, wal=False,
                         tick=phases.tick("copy", max(verified.size // PAGE_SIZE, 1)))
        content_digest, counts = copies.digest_file(tmp, key, tick=phases.tick("digest", verified.rows))
        if content_digest != verified.digest or counts != verified.counts:
            raise BackupFailed("The restored copy does not match the backup, so it was not kept.",
                               reason=BackupReason.CHECK_FAILED)
        copies.finish_restore(tmp, key, action="restore", at=now_utc(),
                              changes={"from": backup.name, "backup_made": verified.created_at})
        fsync_file(tmp)
        if target.exists():
            raise VaultExists(f"A file appeared at {target} meanwhile; nothing was replaced.")
        phases.reach("finish")  # the last moment to cancel
        publish(tmp, target)
    except BackupFailed as exc:
        discard(tmp)
        if exc.reason is BackupReason.EXISTS:
            raise VaultExists(f"A file already exists at {target}: restoring never overwrites a file.") from None
        raise
    except (DriverError, OSError) as exc:
        discard(tmp)
        raise write_error(exc, folder, needed, "restored vault") from None
    except BaseException:
        discard(tmp)
        raise
    return RestoreResult(path=target, size=target.stat().st_size, counts=counts, report=verified)


def _sub(phases: Phases, name: str) -> Progress | None:
    """A progress callback for a step that reports on its own scale (thousandths)."""
    if phases.progress is None:
        return None
    tick = phases.tick(name, _SCALE)
    state = {"done": 0}

    def progress(done: int, total: int) -> None:
        scaled = done * _SCALE // max(total, 1)
        tick(max(scaled - state["done"], 0))
        state["done"] = max(scaled, state["done"])

    return progress


# -- settings, automatic backups and status ------------------------------------------------------------

@dataclass(frozen=True)
class BackupSettings:
    folder: str | None = None   # where automatic backups go (a USB drive that comes and goes)
    on_close: bool = False      # back up when the vault is closed, if anything changed
    daily: bool = False         # back up once a day while the folder is present
    keep: int = 0               # keep this many newest backups in the folder; 0: all
    warn_days: int = 7          # the dashboard warns when the last verified backup is older


MAX_KEEP = 999
MAX_WARN_DAYS = 365


def get_settings(vault: Vault) -> BackupSettings:
    """The vault's backup settings (:class:`BackupSettings`; unset or unreadable numbers take
    their defaults: keep 0 = all, warn after 7 days). Raises VaultError."""
    def number(key: str, default: int) -> int:
        try:
            return int(vault.meta(key) or default)
        except ValueError:
            return default

    return BackupSettings(
        folder=vault.meta("backup.folder") or None,
        on_close=vault.meta("backup.on_close") == "1",
        daily=vault.meta("backup.daily") == "1",
        keep=number("backup.keep", 0),
        warn_days=number("backup.warn_days", 7),
    )


def save_settings(vault: Vault, settings: BackupSettings) -> BackupSettings:
    """Validate and store the settings (one transaction, with its audit entry; nothing when
    unchanged); returns them as stored (the folder stripped, None when blank). Raises
    BackupFailed (reason settings; the message lists every problem) and VaultError."""
    problems = []
    folder = (settings.folder or "").strip() or None
    if folder is not None and not Path(folder).is_absolute():
        problems.append("the folder must be a full path (e.g. /media/usb/backups or E:\\Backups)")
    if not isinstance(settings.keep, int) or not 0 <= settings.keep <= MAX_KEEP:
        problems.append(f"the number of backups to keep must be 0 (all) to {MAX_KEEP}")
    if not isinstance(settings.warn_days, int) or not 1 <= settings.warn_days <= MAX_WARN_DAYS:
        problems.append(f"the warning threshold must be 1 to {MAX_WARN_DAYS} days")
    if (settings.on_close or settings.daily) and folder is None:
        problems.append("automatic backups need a folder")
    if problems:
        raise BackupFailed("The backup settings were not saved: " + "; ".join(problems) + ".", reason=BackupReason.SETTINGS)
    old = get_settings(vault)
    new = BackupSettings(folder=folder, on_close=bool(settings.on_close), daily=bool(settings.daily),
                         keep=settings.keep, warn_days=settings.warn_days)
    changes = {name: [getattr(old, name), getattr(new, name)] for name in
               ("folder", "on_close", "daily", "keep", "warn_days") if getattr(old, name) != getattr(new, name)}
    if not changes:
        return new
    with vault.transaction() as conn:
        copies.write_meta(conn, {
            "backup.folder": new.folder or "", "backup.on_close": "1" if new.on_close else "0",
            "backup.daily": "1" if new.daily else "0", "backup.keep": str(new.keep),
            "backup.warn_days": str(new.warn_days),
        })
        audit_queries.record(conn, [("vault", vault.vault_id, None, "backup_settings", changes)],
                             at=now_utc(), author=vault.author)
    return new


@dataclass(frozen=True)
class BackupStatus:
    """What the dashboard shows about backups."""

    last_at: datetime | None      # the last verified backup (UTC), None: never
    last_file: str | None
    last_size: int | None
    last_folder: str | None
    folder: str | None            # the automatic backup folder, if set
    folder_present: bool
    warn_days: int
    overdue: bool                 # no backup, or the last is older than warn_days
    changed_since: bool           # the vault changed after the last backup was taken
    #: The last automatic backup that was due but not made, until a backup is made.
    skipped: SkippedBackup | None = None
    #: The daily automatic backup is due, but its folder is not there (the drive is out).
    waiting_for_folder: bool = False

    @property
    def age(self) -> timedelta | None:
        """How long ago the last verified backup was made (None: never)."""
        return None if self.last_at is None else datetime.now(timezone.utc) - self.last_at


def _parse_utc(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        return None


@dataclass(frozen=True)
class SkippedBackup:
    """An automatic backup that was due and not made (kept in the vault's meta until a
    backup is made, so the dashboard says it after the next unlock too).

    ``reason``: no_folder (the folder was not there), not_writable, disk_full, write (the drive
    was removed or failed), check_failed, damaged (the vault itself), cancelled, error, locked
    (the vault locked itself — idle, or with the computer — when it was due: a lock that must
    not wait for a backup). ``closing``: it was due when the vault closed (else: the daily backup)."""

    at: datetime
    reason: str
    closing: bool
    folder: str | None


_SKIPPED_KEYS = ("backup.skipped_at", "backup.skipped_reason", "backup.skipped_closing")


def skip_reason(exc: BaseException) -> str:
    """The SkippedBackup reason for why a backup failed."""
    if isinstance(exc, DiskFull):
        return "disk_full"
    if isinstance(exc, VaultDamaged):
        return "damaged"
    if isinstance(exc, Cancelled):
        return "cancelled"
    if isinstance(exc, BackupFailed) and exc.reason in (BackupReason.NO_FOLDER, BackupReason.NOT_WRITABLE,
                                                         BackupReason.WRITE, BackupReason.CHECK_FAILED):
        return exc.reason.value
    return "error"


def skip_if_due_at_close(vault: Vault, reason: str, *, now: datetime | None = None) -> SkippedBackup | None:
    """The vault is being closed without its automatic backup (``reason``, e.g. locked): if
    one is due at close (on close, and the vault changed since the last backup), record it as
    skipped (record_skipped) and return it; else None."""
    if automatic_backup_due(vault, now, closing=True) is None:
        return None
    return record_skipped(vault, reason, closing=True, now=now)


def record_skipped(vault: Vault, reason: str, *, closing: bool, now: datetime | None = None) -> SkippedBackup:
    """Keep in the vault that a due automatic backup was not made, and why (see SkippedBackup)."""
    now = now or datetime.now(timezone.utc)
    at = now.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    with vault.transaction() as conn:
        copies.write_meta(conn, {"backup.skipped_at": at, "backup.skipped_reason": reason,
                                 "backup.skipped_closing": "1" if closing else "0"})
    return SkippedBackup(at=_parse_utc(at), reason=reason, closing=closing, folder=get_settings(vault).folder)


def _skipped(vault: Vault, folder: str | None) -> SkippedBackup | None:
    at = _parse_utc(vault.meta("backup.skipped_at"))
    if at is None:
        return None
    return SkippedBackup(at=at, reason=vault.meta("backup.skipped_reason") or "error",
                         closing=vault.meta("backup.skipped_closing") == "1", folder=folder)


def status(vault: Vault, *, now: datetime | None = None) -> BackupStatus:
    """What the dashboard shows about backups (:class:`BackupStatus`; times in UTC): the last
    verified backup, whether it is overdue (older than ``warn_days`` days, or none) and
    whether the vault changed since. ``now``: for tests (default: the clock). Raises
    VaultError."""
    now = now or datetime.now(timezone.utc)
    settings = get_settings(vault)
    last_at = _parse_utc(vault.meta("backup.last_at"))
    try:
        last_size = int(vault.meta("backup.last_size") or 0) or None
    except ValueError:
        last_size = None
    try:
        last_audit = int(vault.meta("backup.last_audit_id") or 0)
    except ValueError:
        last_audit = 0
    try:
        changed = last_at is None or copies.changes_since(vault.conn, last_audit, ignore=_NOT_CHANGES)
    except DriverError as exc:
        raise from_driver(exc) from None
    return BackupStatus(
        last_at=last_at, last_file=vault.meta("backup.last_file"), last_size=last_size,
        last_folder=vault.meta("backup.last_folder"), folder=settings.folder,
        folder_present=bool(settings.folder) and Path(settings.folder).is_dir(),
        warn_days=settings.warn_days,
        overdue=last_at is None or now - last_at > timedelta(days=settings.warn_days),
        changed_since=changed,
        skipped=_skipped(vault, settings.folder),
        waiting_for_folder=bool(settings.folder) and settings.daily and not Path(settings.folder).is_dir()
        and (last_at is None or now - last_at >= timedelta(hours=24)),
    )


def automatic_backup_due(vault: Vault, now: datetime | None = None, *, closing: bool = False) -> Path | None:
    """The folder an automatic backup is due into now, present or not, or None: on close only
    if the vault changed since the last backup; daily once no backup was made in the last 24
    hours."""
    now = now or datetime.now(timezone.utc)
    settings = get_settings(vault)
    if not settings.folder or not (settings.on_close or settings.daily):
        return None
    current = status(vault, now=now)
    if closing and settings.on_close and current.changed_since:
        return Path(settings.folder)
    if settings.daily and (current.last_at is None or now - current.last_at >= timedelta(hours=24)):
        return Path(settings.folder)
    return None


def due_automatic_backup(vault: Vault, now: datetime | None = None, *, closing: bool = False) -> Path | None:
    """The folder to back up into now, or None: as automatic_backup_due, and the folder must
    be present (a USB drive that comes and goes)."""
    folder = automatic_backup_due(vault, now, closing=closing)
    return folder if folder is not None and folder.is_dir() else None


def run_automatic_backup(vault: Vault, *, passphrase: str | bytes | None = None, now: datetime | None = None,
                         closing: bool = False, progress: Progress | None = None) -> BackupResult | None:
    """Make the automatic backup if one is due (see automatic_backup_due); None if not.

    ``passphrase`` None: under the vault's own key (it opens with the vault's passphrase). A
    due backup that is not made is recorded (record_skipped: the dashboard says it): at close
    when its folder is not there, and whenever making it fails, which is then raised."""
    folder = automatic_backup_due(vault, now, closing=closing)
    if folder is None:
        return None
    if not folder.is_dir():
        if closing:
            record_skipped(vault, "no_folder", closing=True, now=now)
        return None  # daily: waits for the drive (status().waiting_for_folder says so)
    try:
        return create_backup(vault, folder, passphrase=passphrase, keep=get_settings(vault).keep or None,
                             progress=progress, now=now, automatic=True)
    except BaseException as exc:
        if vault.conn is not None:
            with contextlib.suppress(VaultError):
                record_skipped(vault, skip_reason(exc), closing=closing, now=now)
        raise
