"""Issue 12, item 1: the "already open" lock is keyed on the file itself. Opening the vault
through a symlink, a hard link or another path while another process holds it is refused
with "in use" (CLI exit 6); a killed holder's lock goes with it."""

from __future__ import annotations

import os
import signal

import pytest

from db import errors
from db.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.desktop.test_backups import fill


def _names(vault_path):
    folder = vault_path.parent / "elsewhere"
    folder.mkdir()
    symlink = folder / "link.abarona"
    symlink.symlink_to(vault_path)
    hard = folder / "hard.abarona"
    os.link(vault_path, hard)
    dotted = vault_path.parent / "elsewhere" / ".." / vault_path.name
    return {"symlink": symlink, "hard link": hard, "another path": dotted, "same name": vault_path}


def test_every_name_of_an_open_vault_is_refused_in_another_process(vault_path, holder, run):
    names = _names(vault_path)
    proc = holder(vault_path)
    for label, name in names.items():
        with pytest.raises(errors.VaultInUse):
            open_vault(name, PASSPHRASE)
        code, _out, err = run("--vault", name, "check")
        assert code == 6 and "already open" in err, label
    # Held through the hard link instead: the vault's own name is refused too.
    proc.kill()
    proc.wait()
    holder(names["hard link"])
    with pytest.raises(errors.VaultInUse):
        open_vault(vault_path, PASSPHRASE)


def test_a_killed_holder_leaves_no_lock_behind(vault_path, holder):
    names = _names(vault_path)
    proc = holder(names["symlink"])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_vault(names["hard link"], PASSPHRASE) as vault:
        assert vault.schema_version > 0


def test_the_same_process_cannot_open_it_twice_under_two_names(vault_path):
    names = _names(vault_path)
    with open_vault(vault_path, PASSPHRASE):
        for name in names.values():
            with pytest.raises(errors.VaultInUse):
                open_vault(name, PASSPHRASE)
    with open_vault(names["symlink"], PASSPHRASE):
        pass


def test_no_lock_file_is_left_beside_the_vault(vault_path):
    before = sorted(p.name for p in vault_path.parent.iterdir())
    with open_vault(vault_path, PASSPHRASE) as vault:
        fill(vault)
    assert sorted(p.name for p in vault_path.parent.iterdir()) == before

