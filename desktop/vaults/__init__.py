"""The vault file and its copies: opening and creating (the facade the UI uses; it never sees db/),
passphrases, atomic writes, encrypted backups and hand-off packages."""

import os
from pathlib import Path

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

def create_new(path: str | os.PathLike[str], passphrase: str | bytes, *, author: str = "") -> Vault:
    """A new, empty vault at ``path``, making its missing folders (0700). On failure nothing is
    left behind: no vault file and none of the folders made here. Raises what
    db.vault.create_vault raises: NotCreated (``full`` for a full drive; else a folder that
    cannot be written), VaultExists, VaultError."""
    from desktop.errors import NotCreated, is_full

    path = Path(path)
    made: list[Path] = []
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        made.append(folder)
        folder = folder.parent
    try:
        try:
            for missing in reversed(made):
                missing.mkdir(mode=0o700)
        except OSError as exc:  # a full or read-only drive: no vault exists there, say so
            raise NotCreated(path, full=is_full(exc)) from None
        return create_vault(path, passphrase, author=author)
    except BaseException:
        for missing in made:  # innermost first; only the folders this call made, if still empty
            try:
                missing.rmdir()
            except OSError:
                break
        raise


__all__ = ["Vault", "check", "create_new", "create_vault", "open_vault", "rekey", "seal_comparable", "seal_reader", "seal_state", "seal_verdict"]
