"""Issue 12, items 7 to 9: no core dumps, no passphrase left in /proc/PID/environ, and every
file the program writes is 0600 from the start. Real processes (a crash forced with SIGSEGV
under ``prlimit --core=unlimited``), real files, ``os.stat`` modes."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.vault import create_vault, open_vault
from desktop.cases import documents
from desktop.vaults import backups, handoff
from tests.conftest import PASSPHRASE, ROOT, cli_env
from tests.desktop.test_backups import fill

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl are Linux's")


def _wait_for(fd: int, text: bytes, timeout: float = 60.0) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while text not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    return seen


def _at_prompt(tmp_path: Path, argv: list[str], *, env: dict, prefix: list[str] = ()):
    """Start a real process on a terminal and wait until it asks for a passphrase."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([*prefix, sys.executable, *argv], stdin=slave, stdout=slave, stderr=slave,
                            cwd=tmp_path, env=env, start_new_session=True)
    os.close(slave)
    seen = _wait_for(master, b"passphrase:")
    assert b"passphrase:" in seen, seen
    return proc, master


def _cores(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name == "core" or p.name.startswith("core.")]


@pytest.fixture
def waiting_cli(vault_path, tmp_path):
    """abarona-cli, run as the installed command runs it, waiting at the hand-off prompt with
    the vault's passphrase given in ABARONA_PASSPHRASE."""
    work = tmp_path / "work"
    work.mkdir()
    env = cli_env(tmp_path)  # the vault's passphrase in ABARONA_PASSPHRASE
    argv = ["-c", "import sys; from desktop.cli import main; sys.exit(main())",
            "--vault", str(vault_path), "handoff", "import", str(tmp_path / "package.abarona")]

    def start(prefix=()):
        return _at_prompt(work, argv, env=env, prefix=list(prefix))

    return start, work


@linux_only
def test_the_passphrase_is_gone_from_the_environment_while_it_runs(waiting_cli):
    start, _work = waiting_cli
    proc, master = start()
    try:
        try:
            environ = Path(f"/proc/{proc.pid}/environ").read_bytes()
        except PermissionError:
            environ = b""  # not dumpable: only root may read it, which protects it as well
        assert PASSPHRASE.encode() not in environ
        assert b"ABARONA_PASSPHRASE=" not in environ
        limits = Path(f"/proc/{proc.pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"]
    finally:
        proc.kill()
        proc.wait()
        os.close(master)


@linux_only
@pytest.mark.skipif(shutil.which("prlimit") is None, reason="needs prlimit (util-linux)")
def test_a_crash_leaves_no_core_even_when_cores_are_allowed(waiting_cli, tmp_path):
    start, work = waiting_cli
    # The control: this machine does write cores for a plain Python process crashing here.
    control = subprocess.run(["prlimit", "--core=unlimited", sys.executable, "-c",
                              "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"], cwd=work)
    assert control.returncode != 0
    if not _cores(work):
        pytest.skip("this machine writes no core files into the working folder (core_pattern)")
    for core in _cores(work):
        core.unlink()
    proc, master = start(prefix=["prlimit", "--core=unlimited"])
    try:
        os.kill(proc.pid, signal.SIGSEGV)
        proc.wait(timeout=60)
    finally:
        os.close(master)
    assert proc.returncode == -signal.SIGSEGV
    assert _cores(work) == []


def test_the_gui_entry_point_hardens_the_process_too(tmp_path):
    script = ("import sys, resource\n"
              "from PySide6.QtCore import QTimer\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from ui import app\n"
              "def report():\n"
              "    print('core', resource.getrlimit(resource.RLIMIT_CORE), 'umask', oct(__import__('os').umask(0o77)),\n"
              "          'env', 'ABARONA_PASSPHRASE' in __import__('os').environ, flush=True)\n"
              "    QApplication.quit()\n"
              "QTimer.singleShot(0, report)\n"
              "app.main(['abarona'])\n")
    home = tmp_path / "home"
    home.mkdir()
    env = cli_env(tmp_path, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                  XDG_DATA_HOME=str(home / ".local"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120,
                            cwd=ROOT)
    assert "core (0, 0) umask 0o77 env False" in result.stdout, result.stderr[-2000:]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_is_created_owner_only_even_under_a_lax_umask(tmp_path, monkeypatch):
    """Without the entry points' umask (a library caller, umask 022), the program's own
    files are still 0600: they are created so, not chmod-ed afterwards."""
    old = os.umask(0o022)
    try:
        vault = create_vault(tmp_path / "vault.abarona", PASSPHRASE, author="A")
        fill(vault)
        sidecars = [p for p in tmp_path.iterdir() if p.name.startswith("vault.abarona-")]
        assert sidecars and all(_mode(p) == 0o600 for p in sidecars), [(p.name, oct(_mode(p))) for p in sidecars]
        usb = tmp_path / "usb"
        usb.mkdir()
        made = backups.create_backup(vault, usb, passphrase=PASSPHRASE)
        package = handoff.export_package(vault, ["BY-2021-003"], tmp_path / "package.abarona")
        restored = backups.restore_backup(made.path, tmp_path / "restored.abarona", passphrase=PASSPHRASE)
        document_id = documents.list_documents(vault, fill.__globals__["svc"].get_case(vault, "BY-2021-003").id)[0].id
        documents.save_copy(vault, document_id, tmp_path / "copy.pdf")
        vault.close()
        files = [tmp_path / "vault.abarona", made.path, package.path, restored.path, tmp_path / "copy.pdf"]
        assert {p.name: oct(_mode(p)) for p in files} == {p.name: "0o600" for p in files}
    finally:
        os.umask(old)


def test_the_cli_creates_owner_only_files_under_a_lax_umask(tmp_path):
    """The installed command, run from a shell whose umask is 022: vault, PDF, JSON, iCal."""
    env = cli_env(tmp_path, ABARONA_NEW_PASSPHRASE=PASSPHRASE)
    vault = tmp_path / "cli.abarona"

    def cli(*argv):
        return subprocess.run([sys.executable, "-c", "import os, sys; os.umask(0o022); from desktop.cli import main;"
                               " sys.exit(main())", "--vault", str(vault), *map(str, argv)],
                              env=env, capture_output=True, text=True, cwd=tmp_path, timeout=120)

    assert cli("init").returncode == 0
    data = tmp_path / "cases.json"
    import json

    from tests.helpers import case_dict, document

    data.write_text(json.dumps(document(case_dict())), encoding="utf-8")
    assert cli("import", data).returncode == 0
    outputs = [tmp_path / "report.pdf", tmp_path / "all.json", tmp_path / "deadlines.ics"]
    for argv in (("report", "case", "BY-2021-003", "-o", outputs[0]), ("export", outputs[1], "--yes"),
                 ("deadlines", "--ical", outputs[2], "--yes")):
        result = cli(*argv)
        assert result.returncode == 0, result.stderr
    (tmp_path / "usb").mkdir()
    assert cli("backup", "create", tmp_path / "usb").returncode == 0
    files = [vault, *outputs, *(tmp_path / "usb").iterdir()]
    assert {p.name: oct(_mode(p)) for p in files} == {p.name: "0o600" for p in files}


def test_a_migration_copy_is_owner_only(tmp_path):
    from tests.db.test_vault import _raw
    from db.vault import APPLICATION_ID

    old = os.umask(0o022)
    try:
        path = tmp_path / "old.abarona"
        conn = _raw(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE leftover(x)")
        conn.close()
        with open_vault(path, PASSPHRASE):
            pass
        [copy] = tmp_path.glob("old.abarona.schema0*.bak")
        assert _mode(copy) == 0o600
    finally:
        os.umask(old)
