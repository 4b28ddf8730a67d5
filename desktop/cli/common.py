"""What every command shares: exit codes, the passphrase, opening the vault, JSON output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

import platformdirs

from db import errors
from db import vault as vault_module

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_PASSPHRASE, EXIT_NOT_A_VAULT, EXIT_TOO_NEW, EXIT_IN_USE, EXIT_BAD_IMPORT = 3, 4, 5, 6, 7

_EXIT_CODES = {
    errors.WrongPassphrase: EXIT_PASSPHRASE,
    errors.NotAVault: EXIT_NOT_A_VAULT,
    errors.VaultDamaged: EXIT_NOT_A_VAULT,
    errors.VaultTooNew: EXIT_TOO_NEW,
    errors.VaultInUse: EXIT_IN_USE,
}


class UsageError(Exception):
    pass


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("Abarona", appauthor=False)) / "vault.abarona"


def _ask(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("no passphrase given: set ABARONA_PASSPHRASE or run in a terminal")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError("no passphrase given: set ABARONA_PASSPHRASE or run in a terminal") from None


def passphrase() -> str:
    value = os.environ.get("ABARONA_PASSPHRASE")
    return value if value is not None else _ask("Passphrase: ")


def new_passphrase() -> str:
    value = os.environ.get("ABARONA_NEW_PASSPHRASE")
    if value is None:
        value = _ask("New passphrase: ")
        if _ask("Repeat the new passphrase: ") != value:
            raise UsageError("the two passphrases differ; nothing was changed")
    if not value:
        raise UsageError("the passphrase is empty; nothing was changed")
    return value


def _open(args) -> vault_module.Vault:
    from desktop import vaults  # recomputes deadlines once when a migration asks for it

    return vaults.open_vault(args.vault, passphrase())


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _date(value: str) -> str:
    from desktop.dates import edtf as dates

    if not dates.is_valid(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use 2021-12-31, 2021-12 or 2021)")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)
