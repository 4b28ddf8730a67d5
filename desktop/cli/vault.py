"""Commands on the vault file: `init`, `check`, `rekey`."""

from __future__ import annotations

import sys
from pathlib import Path

from db import errors
from desktop.cli.common import EXIT_NOT_A_VAULT, EXIT_OK, _open, lazy, new_passphrase, warn_place, occupied

vault_module = lazy("db.vault")

def cmd_init(args) -> int:
    from desktop import vaults

    path = Path(args.vault)
    if occupied(path):
        raise errors.VaultExists(f"a vault already exists at {path}; nothing was changed")
    # A failed init says that no vault was created (never "the vault is intact") and leaves
    # nothing behind: no file, no folder it made (desktop.vaults.create_new).
    with vaults.create_new(path, new_passphrase(), author=args.author or ""):
        pass
    print(f"Created an encrypted vault at {path}.")
    warn_place(path)
    return EXIT_OK


def cmd_check(args) -> int:
    with _open(args) as vault:
        report = vault_module.check(vault)
    for note in report.notes:
        print(note)
    if report.ok:
        sealed = {"ok": " The content is as it was when Abarona last closed it.",
                  "": " (No seal of a clean close to compare the content with.)"}.get(report.seal, "")
        print(f"The vault is intact: {report.pages} pages checked (encryption and structure), "
              f"schema version {report.schema_version}.{sealed}")
        return EXIT_OK
    found = len(report.problems)
    print(f"The vault is damaged: {found} problem{'s' if found != 1 else ''} found.", file=sys.stderr)
    for problem in report.problems[:20]:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_NOT_A_VAULT


def cmd_rekey(args) -> int:
    with _open(args) as vault:
        vault_module.rekey(vault, new_passphrase())
    print("The passphrase was changed. Backups made before keep their old passphrase.")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--author", help="your name, as the audit trail shows it")
    p.set_defaults(run=cmd_init)
    p = sub.add_parser("check", help="check every page of the vault")
    p.set_defaults(run=cmd_check)
    p = sub.add_parser("rekey", help="change the vault's passphrase")
    p.set_defaults(run=cmd_rekey)
