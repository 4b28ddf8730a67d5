"""Typed vault errors, so that every layer above can tell failures apart without SQL."""

from __future__ import annotations

import sqlcipher3

#: The driver's base exception. Layers above catch it only to hand it to from_driver().
DriverError = sqlcipher3.Error


class VaultError(Exception):
    """Base class. ``code`` is stable and is what the UI translates; str() is English."""

    code = "vault_error"


class VaultNotFound(VaultError):
    code = "not_found"


class VaultExists(VaultError):
    code = "exists"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class NotAVault(VaultError):
    """The file is not an Abarona vault: empty, plain SQLite, another program's file..."""

    code = "not_a_vault"

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class VaultDamaged(VaultError):
    """reason: "first_page" (the header page), "truncated" (unreadable at open: cut short
    or a structural page damaged), "page" (a page found damaged while in use)."""

    code = "damaged"

    def __init__(self, message: str = "", *, reason: str = "page") -> None:
        super().__init__(message)
        self.reason = reason


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


class DiskFull(VaultError):
    code = "disk_full"


class VaultReadOnly(VaultError):
    code = "read_only"


class WalNotMerged(VaultError):
    """Closing the vault could not merge its ``-wal`` file into the vault file (a full or
    failing disk): the last changes are saved, but only in that file beside the vault.
    ``wal`` is its path (issue 12, item 2)."""

    code = "not_merged"

    def __init__(self, message: str, *, wal: str = "") -> None:
        super().__init__(message)
        self.wal = wal


def from_driver(exc: BaseException) -> VaultError:
    """Translate a driver exception raised while using an open vault."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return VaultDamaged(
            "The vault is damaged: part of it cannot be read. Nothing more was written. "
            "Restore it from a backup, or run 'abarona-cli check' for details."
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
    return VaultError(f"The vault reported an error ({name or type(exc).__name__}).")
