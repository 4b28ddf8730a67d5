"""The vault file and its copies: opening and creating (the facade the UI uses; it never sees db/),
passphrases, atomic writes, encrypted backups and hand-off packages."""

from db.vault import Vault, check, create_vault, open_vault, rekey  # noqa: F401

__all__ = ["Vault", "check", "create_vault", "open_vault", "rekey"]
