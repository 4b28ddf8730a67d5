"""Plain, translated words for every failure the layers below report by type."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from desktop.errors import DamagedReason, NotAVault, NotAVaultReason, VaultDamaged, VaultError


translate = QCoreApplication.translate  # the name lupdate looks for


def place_warning(kind: str, service: str) -> str:
    """The warning for a vault in a synced folder or on a network drive (issue 12, item 3)."""
    if kind == "network":
        return translate("messages", "This vault is on a network drive. The vault's write-ahead log does not work "
                         "over a network: another computer can damage it or miss changes. Keep the vault on this "
                         "computer's own disk, and make backups to the network drive instead.")
    return translate("messages", "This vault is in a folder that %1 keeps in sync. A sync client copies the vault "
                     "while it is open, without its -wal file, so the copy misses recent changes, and copies from two "
                     "computers can overwrite each other. Keep the vault in a folder that is not synced, and make "
                     "backups instead (they are encrypted and checked).").replace("%1", service)


def changed_outside() -> str:
    """The vault's content is not what the last clean close sealed (issue 12, item 10)."""
    return translate("messages", "The vault was changed outside Abarona since it was last closed: its content does "
                     "not match the seal stored when it was closed (for example, pages replaced with older ones). "
                     "Cases or events may have gone back to an older state. Compare it with your newest backup, "
                     "and restore if anything is missing.")


def vault_error(exc: BaseException) -> str:
    """One paragraph a lawyer can act on; never a traceback, never case data."""
    if isinstance(exc, VaultDamaged) and exc.reason is DamagedReason.FIRST_PAGE:
        return translate("messages", "The vault's first page is damaged, although the passphrase is right. Nothing "
                   "was changed. Restore the vault from a backup.")
    if isinstance(exc, VaultDamaged) and exc.reason is DamagedReason.TRUNCATED:
        return translate("messages", "The vault is damaged or cut short (truncated), for example by a copy that did "
                   "not finish. Nothing was changed. Restore it from a backup.")
    if isinstance(exc, NotAVault):
        return {
            NotAVaultReason.EMPTY: translate("messages", "This file is empty: it is not a vault. Nothing was changed."),
            NotAVaultReason.PLAIN_SQLITE: translate("messages", "This is an unencrypted database file made by another program, not an Abarona vault."),
            NotAVaultReason.FOREIGN: translate("messages", "This is an encrypted database, but not an Abarona vault."),
            NotAVaultReason.TOO_SHORT: translate("messages", "This file is too short to be an Abarona vault (it may be a vault cut short). "
                             "Restore it from a backup."),
            NotAVaultReason.NOT_A_FILE: translate("messages", "This is a folder, not a vault file."),
        }.get(exc.reason, translate("messages", "This file is not an Abarona vault (or it is damaged beyond recognition)."))
    code = getattr(exc, "code", "")
    if code == "not_created":
        if getattr(exc, "full", False):
            return translate("messages", "The drive is full: no vault was created, and nothing was left in the "
                             "folder. Free some space on that drive, or choose another folder, then create the "
                             "vault again.")
        return translate("messages", "No vault was created: this folder cannot be written (a read-only drive, or "
                         "no permission), and nothing was left in it. Choose another folder.")
    messages = {
        "not_found": translate("messages", "There is no vault file at this place. Choose another file."),
        "exists": translate("messages", "A file with this name already exists. Choose another name: Abarona never "
                      "overwrites a file."),
        "wrong_passphrase": translate("messages", "The passphrase does not open this vault. Check the keyboard layout "
                                "and Caps Lock, and try again."),
        "damaged": translate("messages", "The vault is damaged: part of it cannot be read. Nothing was changed. "
                       "Restore it from a backup."),
        "too_new": translate("messages", "This vault was written by a newer version of Abarona. Update Abarona to "
                       "open it; the file has not been changed."),
        "in_use": translate("messages", "This vault is already open in another Abarona window or program. Close it "
                      "there first."),
        "disk_full": translate("messages", "The disk is full. The last change was not saved and the vault is intact; "
                         "free some space and try again."),
        "read_only": translate("messages", "The vault cannot be written here (read-only disk or no permission)."),
        "not_merged": translate("messages", "The vault was locked, but its last changes could not be merged into the "
                          "vault file (the disk may be full): they are safe only in the file ending in -wal beside "
                          "it. Keep the two files together: do not copy, move or delete the vault file alone. Free "
                          "some space, then open the vault and lock it again."),
    }
    if code in messages:
        return messages[code]
    if isinstance(exc, VaultError):
        return translate("messages", "The vault reported an error. Nothing more was written.")
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return translate("messages", "The drive is full (or does not take a file this large). Nothing was saved; "
                         "free some space or choose another drive.")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return translate("messages", "Nothing can be written in this folder (a read-only drive, or no permission). "
                         "Nothing was saved; choose another folder.")
    if isinstance(exc, OSError) and exc.errno == errno.ENOENT:
        return translate("messages", "The file or folder is not there (moved, renamed, or on a drive that was "
                         "removed).")
    if isinstance(exc, OSError) and exc.errno == errno.EISDIR:
        return translate("messages", "This is a folder, not a file.")
    if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG:
        return translate("messages", "The name is too long for this drive: choose a shorter one.")
    if isinstance(exc, OSError):  # the system's own words (strerror) are English: not shown
        return translate("messages", "The file could not be read or written (a disk or drive error). Try again, "
                         "or choose another drive.")
    return translate("messages", "Something unexpected went wrong. Nothing more was written.")
