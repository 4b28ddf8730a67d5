"""Every file the user asks the CLI to write, onto a drive that is nearly full: one plain line
saying the drive is full (what the file needs, when known), nothing left behind, exit 1 (the
CLI's status for a full disk, docs/cli.md). Real processes, a real small file system (tmpfs),
or a real file-size limit where mounting is not permitted."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess

import pytest

from desktop import cli
from tests.conftest import PYTHON, ROOT, cli_env
from tests.helpers import case_dict, document, fill_drive, small_file_system

FREE = 4096  # what is left on the drive (one page): far less than any of the files needs


@pytest.fixture
def filled(run, vault_path, tmp_path):
    """Two cases whose texts make every export larger than FREE."""
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(*[case_dict(ref, summary="Ў" * 20_000)
                                            for ref in ("BY-2021-003", "BY-2022-010")]),
                                 ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    return vault_path


@pytest.fixture
def small_drive(tmp_path):
    """A 200 KB file system of the test's own, filled by someone else's file but for FREE bytes."""
    with small_file_system(tmp_path / "usb", "200k") as mount:
        fill_drive(mount, FREE)
        yield mount


def _cli(tmp_path, vault_key, vault, *argv, preexec_fn=None):
    return subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault), *map(str, argv)], cwd=ROOT,
                          capture_output=True, text=True, env=cli_env(tmp_path, vault_key), preexec_fn=preexec_fn)


WRITERS = {
    "handoff": ("handoff", "export", "BY-2021-003", "BY-2022-010", "-o", "{dir}/colleague.abarona"),
    "backup": ("backup", "create", "{dir}"),
    "export": ("export", "{dir}/cases.json", "--yes"),
    "report": ("report", "case", "BY-2021-003", "-o", "{dir}/summary.pdf"),
    "draft": ("draft", "BY-2021-003", "--body", "un-hrc", "-o", "{dir}/request.docx", "--yes"),
    "huridocs": ("huridocs", "{dir}/events.json", "--yes"),
}


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_nearly_full_drive_is_named_plainly_and_nothing_partial_stays(filled, vault_key, small_drive, tmp_path, writer):
    before = sorted(p.name for p in small_drive.iterdir())
    argv = [a.format(dir=small_drive) for a in WRITERS[writer]]
    result = _cli(tmp_path, vault_key, filled, *argv)
    assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "full" in message and "drive" in message, message
    for developer_word in ("SQLITE", "Errno", "Traceback", "OperationalError", "rollback"):
        assert developer_word not in message
    assert sorted(p.name for p in small_drive.iterdir()) == before  # no partial file, hidden or not
    assert "one-time passphrase" not in result.stdout.lower()


def test_the_handoff_message_says_how_much_is_free(filled, vault_key, small_drive, tmp_path):
    result = _cli(tmp_path, vault_key, filled, "handoff", "export", "BY-2021-003", "-o", small_drive / "p.abarona")
    assert result.returncode == cli.EXIT_FAILURE
    assert "The drive is full" in result.stderr and "KB free there" in result.stderr, result.stderr


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_file_size_limit_on_a_handoff_export(filled, vault_key, tmp_path):
    """Where no file system can be mounted: the process may write no file larger than half the
    vault (a package holds the vault's whole schema, so it needs more)."""
    out = tmp_path / "out"
    out.mkdir()
    result = _cli(tmp_path, vault_key, filled, "handoff", "export", "BY-2021-003", "-o", out / "p.abarona",
                  preexec_fn=_limit_file_size(filled.stat().st_size // 2))
    assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
    # SQLCipher reports the refused write as an I/O error without its errno: the message names
    # a full drive, a file too large and a removed drive together.
    assert "The drive is full" in result.stderr and "does not take a file this large" in result.stderr, result.stderr
    assert "SQLITE" not in result.stderr and "Traceback" not in result.stderr
    assert list(out.iterdir()) == []


def test_a_vault_on_a_full_disk_is_said_to_be_on_a_full_disk_not_damaged(filled, vault_key, tmp_path):
    """SQLite cannot make the vault's working files on a full disk and reports an I/O error:
    the CLI said the vault was damaged (exit 4). It is the disk: exit 1, and with room the
    same vault opens with everything in it."""
    import shutil

    with small_file_system(tmp_path / "disk", "1m") as drive:
        vault = drive / "vault.abarona"
        shutil.copyfile(filled, vault)
        fill_drive(drive, 0)
        filler = drive / "photos.zip"
        result = _cli(tmp_path, vault_key, vault, "cases")
        assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
        assert "The disk holding the vault is full" in result.stderr and "damaged" not in result.stderr
        filler.unlink()
        result = _cli(tmp_path, vault_key, vault, "cases")
        assert result.returncode == 0 and "BY-2021-003" in result.stdout, result.stderr


@pytest.mark.parametrize("where", ["v.abarona", "cases/2026/v.abarona"])
def test_init_on_a_full_drive_says_no_vault_was_created_and_leaves_nothing(small_drive, tmp_path, where):
    """`abarona init` on a nearly full drive: no vault exists there, so the message must not call
    it intact; it says none was created and what to do, and no file or folder of it stays."""
    before = sorted(p.name for p in small_drive.iterdir())
    env = {**cli_env(tmp_path), "ABARONA_NEW_PASSPHRASE": "correct horse battery staple"}
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(small_drive / where), "init"], cwd=ROOT,
                            capture_output=True, text=True, env=env)
    assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1, message
    assert "intact" not in message and "not saved" not in message, message
    assert "no vault was created" in message, message
    assert "free some space" in message.lower() and "another folder" in message, message
    for developer_word in ("SQLITE", "Errno", "Traceback", "OperationalError"):
        assert developer_word not in message
    assert sorted(p.name for p in small_drive.iterdir()) == before  # no vault, -wal, -shm or folder
