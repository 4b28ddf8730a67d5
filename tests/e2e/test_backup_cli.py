"""abarona-cli backup and handoff end to end: every command, its exit codes, the backup
passphrase's sources, a full disk in a real child process, never a traceback."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess

import pytest

from db.vault import PAGE_SIZE
from desktop import cli
from tests.conftest import PASSPHRASE, PYTHON, ROOT, cli_env
from tests.helpers import case_dict, document




@pytest.fixture
def filled(run, vault_path, tmp_path):
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(case_dict("BY-2021-003"), case_dict("BY-2022-010", summary="Łacinka ŭ")),
                                 ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    return vault_path


def _backup(run, vault_path, folder, *extra):
    folder.mkdir(exist_ok=True)
    code, out, err = run("--vault", vault_path, "backup", "create", folder, *extra)
    assert code == 0, err
    return next(p for p in folder.iterdir() if p.suffix == ".abarona" and not p.name.startswith("."))


def test_create_verify_restore(run, filled, tmp_path, monkeypatch):
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # the backup and its restore derive
    backup = _backup(run, filled, tmp_path / "usb")
    code, out, _ = run("--vault", filled, "backup", "verify", backup)
    assert code == 0 and "intact" in out
    code, out, _ = run("backup", "verify", backup, "--json")
    report = json.loads(out)
    assert report["verdict"] == "ok" and report["counts"]["cases"] == 2
    target = tmp_path / "restored.abarona"
    code, out, _ = run("backup", "restore", backup, "--to", target)
    assert code == 0 and target.exists()
    code, out, _ = run("--vault", target, "cases", "--json")
    assert [c["reference"] for c in json.loads(out)] == ["BY-2021-003", "BY-2022-010"]
    code, out, _ = run("--vault", filled, "backup", "status")
    assert code == 0 and backup.name in out


def test_restore_never_overwrites(run, filled, tmp_path):
    backup = _backup(run, filled, tmp_path / "usb")
    before = filled.read_bytes()
    code, _, err = run("--vault", filled, "backup", "restore", backup, "--to", filled)
    assert code == cli.EXIT_FAILURE and "never overwrites" in err
    assert filled.read_bytes() == before
    # a folder given for the new vault, a file given for the backup folder: each named as it is
    code, _, err = run("backup", "restore", backup, "--to", tmp_path)
    assert code == cli.EXIT_FAILURE and f"{tmp_path} is a folder: name the new vault file in it" in err
    code, _, err = run("--vault", filled, "backup", "create", backup)
    assert code == cli.EXIT_FAILURE and "is a file, not a folder" in err


def test_the_backup_passphrase_comes_from_its_own_variable(run, filled, tmp_path, monkeypatch):
    monkeypatch.setenv("ABARONA_BACKUP_PASSPHRASE", "асобная фраза")
    backup = _backup(run, filled, tmp_path / "usb")
    assert run("backup", "verify", backup)[0] == 0
    monkeypatch.delenv("ABARONA_BACKUP_PASSPHRASE")
    code, _, err = run("backup", "verify", backup)  # now ABARONA_PASSPHRASE, the vault's: wrong
    assert code == cli.EXIT_PASSPHRASE and "passphrase does not open this backup" in err


@pytest.mark.parametrize("damage, code, words", [
    ("truncate", cli.EXIT_NOT_A_VAULT, "truncated"),
    ("flip", cli.EXIT_NOT_A_VAULT, "damaged"),
    ("text", cli.EXIT_NOT_A_VAULT, "not a backup"),
    ("missing", cli.EXIT_FAILURE, "no file"),
])
def test_verify_verdicts_and_exit_codes(run, filled, tmp_path, damage, code, words):
    backup = _backup(run, filled, tmp_path / "usb")
    if damage == "truncate":
        os.truncate(backup, backup.stat().st_size - PAGE_SIZE)
    elif damage == "flip":
        data = bytearray(backup.read_bytes())
        data[3 * PAGE_SIZE + 10] ^= 0x04
        backup.write_bytes(bytes(data))
    elif damage == "text":
        backup.write_text("not a backup\n" * 30)
    else:
        backup.unlink()
    found, _out, err = run("backup", "verify", backup)
    assert found == code and words in err
    # restoring it says the same with the same exit code (found trying the CLI: restore gave 1)
    target = tmp_path / "restored.abarona"
    found, _out, err = run("backup", "restore", backup, "--to", target)
    assert found == code and not target.exists(), err


def test_restore_with_a_wrong_passphrase_exits_3_as_verify_does(run, filled, tmp_path, monkeypatch):
    backup = _backup(run, filled, tmp_path / "usb")
    monkeypatch.setenv("ABARONA_BACKUP_PASSPHRASE", "не тая фраза")
    target = tmp_path / "restored.abarona"
    code, _, err = run("backup", "restore", backup, "--to", target)
    assert code == cli.EXIT_PASSPHRASE and "passphrase" in err and not target.exists()


def test_settings_and_automatic_backup(run, filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    code, out, _ = run("--vault", filled, "backup", "settings", "--folder", usb, "--on-close", "--keep", "2")
    assert code == 0 and "keep 2" in out
    code, out, _ = run("--vault", filled, "backup", "auto", "--closing")
    assert code == 0 and "Backed up" in out
    code, out, _ = run("--vault", filled, "backup", "auto", "--closing")
    assert "No automatic backup is due" in out  # nothing changed since
    code, _, err = run("--vault", filled, "backup", "settings", "--keep", "-3")
    assert code == cli.EXIT_FAILURE and "keep" in err
    code, out, _ = run("--vault", filled, "backup", "status", "--json")
    status = json.loads(out)
    assert status["on_close"] and status["keep"] == 2 and not status["overdue"]
    assert status["skipped"] is None and status["waiting_for_folder"] is False


def test_an_automatic_backup_not_made_is_told_by_status(run, filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("--vault", filled, "backup", "settings", "--folder", usb, "--on-close")[0] == 0
    usb.rmdir()  # the drive is not connected when the vault closes
    code, out, _ = run("--vault", filled, "backup", "auto", "--closing")
    assert code == 0 and "not there" in out and "Nothing was made" in out
    code, out, _ = run("--vault", filled, "backup", "status", "--json")
    skipped = json.loads(out)["skipped"]
    assert skipped["reason"] == "no_folder" and skipped["closing"] is True
    code, out, _ = run("--vault", filled, "backup", "status")
    assert "was not made (its folder was not there)" in out
    usb.mkdir()
    assert run("--vault", filled, "backup", "auto", "--closing")[0] == 0
    assert json.loads(run("--vault", filled, "backup", "status", "--json")[1])["skipped"] is None


def test_handoff_export_and_import(run, filled, tmp_path, monkeypatch):
    package = tmp_path / "handoff.abarona"
    code, out, _ = run("--vault", filled, "handoff", "export", "BY-2021-003", "-o", package)
    assert code == 0 and package.exists()
    words = out.strip().splitlines()[-1].strip()
    assert len(words.split("-")) >= 6
    code, _, err = run("--vault", filled, "handoff", "export", "BY-2021-003", "-o", package)
    assert code == cli.EXIT_FAILURE and "already exists" in err

    other = tmp_path / "colleague.abarona"
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # a new vault: its own salt
    assert run("--vault", other, "init")[0] == 0
    monkeypatch.setenv("ABARONA_HANDOFF_PASSPHRASE", words)
    code, out, _ = run("--vault", other, "handoff", "import", package, "--dry-run")
    assert code == 0 and "New records:" in out and "Nothing was imported" in out
    code, out, _ = run("--vault", other, "handoff", "import", package)
    assert code == 0 and "Imported:" in out
    code, out, _ = run("--vault", other, "handoff", "import", package)
    assert code == 0 and "Nothing changed" in out
    monkeypatch.setenv("ABARONA_HANDOFF_PASSPHRASE", "wrong-words")
    code, _, err = run("--vault", other, "handoff", "import", package)
    assert code == cli.EXIT_PASSPHRASE and "passphrase does not open this hand-off package" in err  # docs/cli.md: 3
    code, _, err = run("--vault", other, "handoff", "import", package, "--rename", "broken")
    assert code == cli.EXIT_USAGE


def test_handoff_conflict_on_the_command_line(run, filled, tmp_path, monkeypatch):
    package = tmp_path / "p.abarona"
    _code, out, _ = run("--vault", filled, "handoff", "export", "BY-2022-010", "-o", package)
    monkeypatch.setenv("ABARONA_HANDOFF_PASSPHRASE", out.strip().splitlines()[-1].strip())
    other = tmp_path / "other.abarona"
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # a new vault: its own salt
    run("--vault", other, "init")
    source = tmp_path / "mine.json"
    source.write_text(json.dumps(document(case_dict("BY-2022-010", summary="mine"))), encoding="utf-8")
    run("--vault", other, "import", source)
    code, out, err = run("--vault", other, "handoff", "import", package)
    assert code == 0 and "Collision: their case BY-2022-010" in out and "Skipped" in err
    code, out, _ = run("--vault", other, "handoff", "import", package, "--rename", "BY-2022-010=BY-2022-010-B")
    assert code == 0 and "Imported:" in out
    code, out, _ = run("--vault", other, "show", "BY-2022-010-B")
    assert code == 0 and "Łacinka ŭ" in out


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_a_full_disk_in_the_real_cli_gives_a_message_and_no_partial_backup(filled, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    limit = filled.stat().st_size // 2
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(filled), "backup", "create", str(usb)],
                            cwd=ROOT, capture_output=True, text=True, env=cli_env(tmp_path),
                            preexec_fn=_limit_file_size(limit))
    assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "full" in result.stderr and "does not take a file this large" in result.stderr
    assert list(usb.iterdir()) == []
