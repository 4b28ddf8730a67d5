"""Issue 12, item 5: a passphrase change cut short never leaves a vault that neither
passphrase opens, nor advice that costs data. Real ``abarona-cli rekey`` processes killed
with -9 at moments spread over the change; afterwards exactly one passphrase opens the vault,
with everything in it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from db import backup as copies
from db import errors
from db.vault import open_vault, rekey
from tests.conftest import PASSPHRASE, ROOT, cli_env
from tests.desktop.test_backups import fill

NEW = "новая фраза для хранилища 2026"


def _opens(path, passphrase) -> str | None:
    """The content digest when ``passphrase`` opens the vault, else None."""
    try:
        with open_vault(path, passphrase) as vault:
            return copies.seal_digest(vault.conn)
    except errors.WrongPassphrase:
        return None


def _cli_rekey(path, tmp_path):
    env = cli_env(tmp_path, ABARONA_NEW_PASSPHRASE=NEW)
    return subprocess.Popen([sys.executable, "-m", "desktop.cli", "--vault", str(path), "rekey"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_exactly_one_passphrase_opens_the_vault_whenever_the_change_is_killed(vault, tmp_path):
    fill(vault)
    vault.close()
    before = _opens(vault.path, PASSPHRASE)
    # How long one whole change takes here, to spread the kills over it.
    start = time.monotonic()
    trial = tmp_path / "trial.abarona"
    trial.write_bytes(vault.path.read_bytes())
    assert _cli_rekey(trial, tmp_path).wait(timeout=120) == 0
    duration = time.monotonic() - start
    outcomes = set()
    for fraction in (0.2, 0.4, 0.55, 0.7, 0.8, 0.9, 1.0):
        proc = _cli_rekey(vault.path, tmp_path)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        old, new = _opens(vault.path, PASSPHRASE), _opens(vault.path, NEW)
        assert (old is None) != (new is None), f"killed at {fraction}: old opens {old is not None}, new {new is not None}"
        assert (old or new) == before  # nothing of the content lost either way
        outcomes.add("old" if old else "new")
        if new:  # changed: change it back for the next round
            with open_vault(vault.path, NEW) as reopened:
                rekey(reopened, PASSPHRASE)
        assert not [p for p in vault.path.parent.iterdir() if p.name.endswith(".rekey.partial")] or old
    assert outcomes  # (which outcomes occur depends on this machine's speed; each is checked above)


def test_rekey_keeps_the_content_and_removes_nothing_else(vault, tmp_path):
    fill(vault)
    before = copies.seal_digest(vault.conn)
    rekey(vault, NEW)
    assert copies.seal_digest(vault.conn) == before  # still open, under the new passphrase
    fill(vault, references=("AFTER-1",))
    vault.close()
    assert _opens(vault.path, PASSPHRASE) is None
    with open_vault(vault.path, NEW) as reopened:
        assert reopened.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 4
    assert sorted(p.name for p in vault.path.parent.iterdir() if p.name.startswith(("vault", ".vault"))) == [
        "vault.abarona"]


def test_a_vault_with_a_hard_link_is_not_rekeyed(vault, tmp_path):
    os.link(vault.path, tmp_path / "other-name.abarona")
    with pytest.raises(errors.VaultError, match="hard link"):
        rekey(vault, NEW)
    vault.close()
    assert _opens(vault.path, PASSPHRASE) is not None


def test_an_unfinished_copy_is_removed_at_the_next_opening(vault):
    vault.close()
    partial = vault.path.with_name(f".{vault.path.name}.rekey.partial")
    partial.write_bytes(b"half a copy")
    with open_vault(vault.path, PASSPHRASE):
        pass
    assert not partial.exists()
