"""The vault file and its copies: opening and creating (the facade the UI uses; it never sees db/),
passphrases, atomic writes, encrypted backups and hand-off packages."""

import os

from db.vault import Vault, check, create_vault, rekey, seal_comparable, seal_reader, seal_state, seal_verdict  # noqa: F401
from db.vault import open_vault as _open_vault


def open_vault(path: str | os.PathLike[str], passphrase: str | bytes) -> Vault:
    """Open (and migrate) a vault; when a migration changed how deadlines are counted (meta
    ``deadlines_recompute``), recompute every derived deadline once, in one transaction;
    when folding changed (meta ``names_refold``, m0016), derive the name keys and the search
    index again. Raises what db.vault.open_vault raises."""
    vault = _open_vault(path, passphrase)
    try:
        if vault.meta("deadlines_recompute"):
            from desktop.deadlines import service as deadline_service

            deadline_service.recompute_all(vault)
            with vault.transaction() as conn:
                from db import deadlines as deadline_queries

                deadline_queries.clear_recompute_flag(conn)
        from desktop.cases import service as case_service

        if case_service.refold_requested(vault):
            case_service.refold_names(vault)
    except BaseException:
        vault.close()
        raise
    return vault

__all__ = ["Vault", "check", "create_vault", "open_vault", "rekey", "seal_comparable", "seal_reader", "seal_state", "seal_verdict"]
