"""Issue 12, items 6 and 12: messages that send the user the right way (each reproduced on
real files and, where it matters, in a real process)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from db import errors
from db.vault import PAGE_SIZE, create_vault, open_vault
from desktop.vaults import backups, handoff
from tests.conftest import PASSPHRASE, ROOT, cli_env
from tests.desktop.test_backups import fill


def test_an_empty_passphrase_is_named_as_such(vault_path, run, monkeypatch):
    with pytest.raises(errors.WrongPassphrase, match="empty"):
        open_vault(vault_path, "")
    monkeypatch.setenv("ABARONA_PASSPHRASE", "")
    code, _out, err = run("--vault", vault_path, "check")
    assert code == 2 and "passphrase is empty" in err and "Error" not in err


def test_a_missing_handoff_passphrase_names_its_own_variable(vault_path, run, tmp_path):
    code, _out, err = run("--vault", vault_path, "handoff", "import", tmp_path / "package.abarona")
    assert code == 2 and "ABARONA_HANDOFF_PASSPHRASE" in err


def test_a_passphrase_file_must_be_private(vault_path, run, tmp_path, monkeypatch):
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.delenv("ABARONA_PASSPHRASE")
    monkeypatch.setenv("ABARONA_PASSPHRASE_FILE", str(secret))
    os.chmod(secret, 0o644)
    code, _out, err = run("--vault", vault_path, "check")
    assert code == 2 and "chmod 600" in err
    os.chmod(secret, 0o600)
    code, out, err = run("--vault", vault_path, "check")
    assert code == 0, err


@pytest.fixture
def read_only_folder(tmp_path):
    """A real read-only file system (a tmpfs mounted ro); skipped where mounting is not allowed."""
    folder = tmp_path / "ro"
    folder.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                            capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a read-only file system here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_a_read_only_folder_gets_a_plain_message(vault, read_only_folder, run, tmp_path):
    fill(vault, references=("BY-2021-003",))
    vault.close()
    for argv in (("backup", "create", read_only_folder),
                 ("report", "case", "BY-2021-003", "-o", read_only_folder / "r.pdf"),
                 ("export", read_only_folder / "all.json", "--yes"),
                 ("handoff", "export", "BY-2021-003", "-o", read_only_folder / "p.abarona")):
        code, _out, err = run("--vault", vault.path, *argv)
        assert code == 1, argv
        assert "Errno" not in err and ".partial" not in err and "read-only" in err, (argv, err)


def test_a_folder_on_no_drive_or_a_full_read_only_one_is_not_called_full(vault, run, tmp_path):
    """/proc reports no free space and a small read-only drive little: "the drive is full"
    sent the user to free space that would never help."""
    fill(vault, references=("BY-2021-003",))
    vault.close()
    code, _out, err = run("--vault", vault.path, "backup", "create", "/proc/sys")
    assert code == 1 and "not on a drive that keeps files" in err and "full" not in err, err
    folder = tmp_path / "tiny-ro"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=4k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a read-only file system here")
    try:
        code, _out, err = run("--vault", vault.path, "backup", "create", folder)
    finally:
        subprocess.run(["umount", str(folder)], check=False)
    assert code == 1 and "read-only" in err and "full" not in err, err


def test_a_closed_pipe_during_a_handoff_import_says_nothing_was_imported(vault, tmp_path):
    fill(vault, references=("BY-2021-003",))
    colleague = create_vault(tmp_path / "colleague.abarona", "калега", author="H")
    colleague.close()
    package = handoff.export_package(vault, ["BY-2021-003"], tmp_path / "package.abarona")
    vault.close()
    read, write = os.pipe()
    os.close(read)  # the reader (| head) is gone before the list is printed
    env = cli_env(tmp_path, ABARONA_HANDOFF_PASSPHRASE=package.passphrase)
    env["ABARONA_PASSPHRASE"] = "калега"
    proc = subprocess.run([sys.executable, "-m", "desktop.cli", "--vault", str(tmp_path / "colleague.abarona"),
                           "handoff", "import", str(package.path)], stdout=write, stderr=subprocess.PIPE,
                          env=env, cwd=ROOT, text=True, timeout=120)
    os.close(write)
    assert proc.returncode == 1
    assert "Nothing was imported" in proc.stderr and "Traceback" not in proc.stderr
    with open_vault(tmp_path / "colleague.abarona", "калега") as colleague:
        assert colleague.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_failed_migrations_keep_one_copy_and_say_where(tmp_path):
    """A vault this version cannot upgrade (here: it holds a table of the same name as a new
    one, with other columns) fails each time; one copy is kept, and the message names it."""
    from tests.db.test_vault import _raw

    path = tmp_path / "old.abarona"
    with create_vault(path, PASSPHRASE):
        pass
    conn = _raw(path)
    conn.execute("DROP TABLE tombstones")
    conn.execute("CREATE TABLE tombstones(something_else)")
    conn.execute("UPDATE meta SET value = json_remove(value, '$[1]') WHERE key = 'migrations'")
    version = conn.execute("SELECT json_array_length(value) FROM meta WHERE key = 'migrations'").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    for _attempt in range(3):
        with pytest.raises(errors.VaultError) as failure:
            open_vault(path, PASSPHRASE)
        [copy] = [p for p in tmp_path.iterdir() if p.name.endswith(".bak")]
        assert str(copy) in str(failure.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["old.abarona", copy.name])


def test_a_damaged_page_is_blamed_on_the_vault_not_the_drive(vault, tmp_path):
    fill(vault)
    vault.close()
    size = vault.path.stat().st_size
    with open(vault.path, "r+b") as handle:  # one page in the middle, overwritten
        page = size // PAGE_SIZE // 2
        handle.seek(page * PAGE_SIZE + 100)
        handle.write(os.urandom(64))
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_vault(vault.path, PASSPHRASE) as damaged:
        with pytest.raises(errors.VaultError) as failure:
            backups.create_backup(damaged, usb, passphrase=PASSPHRASE)
    message = str(failure.value)
    assert "another drive" not in message and "vault" in message and f"page {page + 1}" in message
    assert "restore" in message.lower()
    assert list(usb.iterdir()) == []
