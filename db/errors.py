"""Typed vault errors, so that every layer above can tell failures apart without SQL."""

from __future__ import annotations

from enum import StrEnum



def __getattr__(name: str):
    """``DriverError``: the driver's base exception (sqlcipher3.Error). Layers above catch it
    only to hand it to from_driver(). Looked up when first used, so that naming these errors
    (``abarona-cli --help``) does not load the driver (issue 19: CLI start)."""
    if name == "DriverError":
        import sqlcipher3

        return sqlcipher3.Error
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class VaultError(Exception):
    """Base class. ``code`` is stable and is what the UI translates; str() is English."""

    code = "vault_error"


class VaultNotFound(VaultError):
    code = "not_found"


class VaultExists(VaultError):
    code = "exists"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class NotAVaultReason(StrEnum):
    """Why a file is not an Abarona vault (:attr:`NotAVault.reason`). The values are the
    strings the CLI's JSON (``verify``'s ``reason``) has always printed: keep them."""

    EMPTY = "empty"  # a file of 0 bytes
    PLAIN_SQLITE = "plain_sqlite"  # an unencrypted SQLite database
    FOREIGN = "foreign"  # an encrypted database whose application_id is not ours
    TOO_SHORT = "too_short"  # shorter than one page: maybe a vault cut short
    NOT_A_FILE = "not_a_file"  # a folder (or other non-file) at the path
    UNRECOGNISED = "unrecognised"  # not a whole number of pages and no page opens


class NotAVault(VaultError):
    """The file is not an Abarona vault: empty, plain SQLite, another program's file...
    ``reason`` is a :class:`NotAVaultReason` (a plain string with one of its values is
    accepted; any other raises ValueError)."""

    code = "not_a_vault"

    def __init__(self, message: str, *, reason: NotAVaultReason | str) -> None:
        super().__init__(message)
        self.reason = NotAVaultReason(reason)


class DamagedReason(StrEnum):
    """Where a vault (or a copy of one) is damaged (:attr:`VaultDamaged.reason`)."""

    FIRST_PAGE = "first_page"  # the header page fails its check; the rest opens with the key
    TRUNCATED = "truncated"  # unreadable at open: cut short, or a structural page damaged
    PAGE = "page"  # a page found damaged while in use


class VaultDamaged(VaultError):
    """The vault cannot be read in part. ``reason`` is a :class:`DamagedReason` (a plain
    string with one of its values is accepted; any other raises ValueError)."""

    code = "damaged"

    def __init__(self, message: str = "", *, reason: DamagedReason | str = DamagedReason.PAGE) -> None:
        super().__init__(message)
        self.reason = DamagedReason(reason)


class VaultTooNew(VaultError):
    code = "too_new"

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This vault was written by a newer version of Abarona (schema {found}; "
            f"this program reads up to {supported}). Update Abarona to open it; "
            "the file has not been changed."
        )
        self.found = found
        self.supported = supported


class VaultInUse(VaultError):
    code = "in_use"


class VaultBusy(VaultError):
    """The vault's connection is lent to a task on another thread (db.vault.OwnedConnection):
    this thread waits for the task to end instead of sharing the connection with it."""

    code = "busy"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "Abarona is still working on this vault (a backup, an import or another "
                         "task). Try again when it has finished.")


class DiskFull(VaultError):
    code = "disk_full"


class VaultReadOnly(VaultError):
    code = "read_only"


class NotCreated(VaultError):
    """A new vault could not be written, and nothing was left at its place: no vault exists
    there (so no message may speak of "the vault" as intact). ``full`` is True for a full
    drive (or a file larger than the drive takes), False for a folder that cannot be written."""

    code = "not_created"

    def __init__(self, path: object, *, full: bool) -> None:
        if full:
            message = (f"The drive is full: no vault was created at {path}, and nothing was left there. "
                       "Free some space on that drive, or choose another folder, then create the vault again.")
        else:
            message = (f"No vault was created at {path}: the folder cannot be written (a read-only drive, "
                       "or no permission), and nothing was left there. Choose another folder.")
        super().__init__(message)
        self.full = full


class WalNotMerged(VaultError):
    """Closing the vault could not merge its ``-wal`` file into the vault file (a full or
    failing disk): the last changes are saved, but only in that file beside the vault.
    ``wal`` is its path (issue 12, item 2)."""

    code = "not_merged"

    def __init__(self, message: str, *, wal: str = "") -> None:
        super().__init__(message)
        self.wal = wal


def is_full(exc: BaseException) -> bool:
    """Whether a failed write (a driver error or an OSError) was a full drive, or a file larger
    than the drive takes, anywhere in the chain of errors that led to ``exc``."""
    import errno

    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        name = getattr(link, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL") or isinstance(link, DiskFull) or \
                getattr(link, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return True
        link = link.__cause__ or link.__context__
    return False


def from_driver(exc: BaseException) -> VaultError:
    """Translate a driver exception raised while using an open vault."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return VaultDamaged(
            "The vault is damaged: part of it cannot be read. Nothing more was written. "
            "Restore it from a backup, or run 'abarona-cli --vault FILE check' for details."
        )
    if name.startswith("SQLITE_FULL"):
        return DiskFull(
            "The disk is full. The last change was not saved and the vault is intact; "
            "free some space and try again."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return VaultInUse("The vault is busy in another program. Try again in a moment.")
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return VaultReadOnly(
            "The vault cannot be written here (read-only disk or no permission)."
        )
    if name.startswith("SQLITE_IOERR"):
        return VaultDamaged(
            "The disk reported an error while reading or writing the vault. "
            "The last change was not saved."
        )
    # No SQLite words before a user: they point nowhere a lawyer can go.
    return VaultError("An unexpected storage error stopped this; nothing more was written. If it happens "
                      "again, check the vault (abarona-cli --vault FILE check) and the drive.")
