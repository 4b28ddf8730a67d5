"""The vault file and its copies: opening and creating (the facade the UI uses; it never sees db/),
passphrases, atomic writes, encrypted backups and hand-off packages."""

from __future__ import annotations

import os
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start (issue 19)
if TYPE_CHECKING:
    from db.vault import Vault, check, create_vault, rekey, seal_comparable, seal_reader, seal_state, seal_verdict  # noqa: F401

#: The names this facade passes on from db.vault, imported when first asked for (PEP 562), so
#: that a submodule (atomic, passphrases) does not load the SQLCipher driver with it (issue
#: 19: ``abarona-cli --help`` within 150 ms).
_FROM_DB_VAULT = frozenset({"Vault", "check", "create_vault", "rekey", "seal_comparable", "seal_reader",
                            "seal_state", "seal_verdict"})


def __getattr__(name: str):
    if name in _FROM_DB_VAULT:
        from db import vault as db_vault

        return getattr(db_vault, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_vault(path: str | os.PathLike[str], passphrase: str | bytes) -> Vault:
    """Open (and migrate) a vault; when a migration changed how deadlines are counted (meta
    ``deadlines_recompute``), recompute every derived deadline once, in one transaction;
    when folding changed (meta ``names_refold``, m0016), derive the name keys and the search
    index again. Raises what db.vault.open_vault raises."""
    from db.vault import open_vault as _open_vault

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
    from db.vault import create_vault
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
