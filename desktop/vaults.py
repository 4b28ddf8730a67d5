"""Opening, creating and checking vaults: the facade the UI uses (it never sees db/)."""

from db.vault import Vault, check, create_vault, open_vault, rekey  # noqa: F401

__all__ = ["Vault", "check", "create_vault", "open_vault", "rekey"]
