"""Issue 12 in the window: a vault in a synced folder is named as such when it is unlocked,
a vault changed outside Abarona since it was last closed is reported by the check that runs
after unlocking, and the idle checkpoint leaves every commit in the vault file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from db.vault import PAGE_SIZE, open_vault
from desktop.cases import service as svc
from tests.conftest import PASSPHRASE, ROOT
from tests.desktop.test_backups import fill
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.lock()


def _unlock(window, qtbot, path, passphrase=PASSPHRASE):
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(passphrase)
    qtbot.mouseClick(window.start.open_button, Qt.MouseButton.LeftButton)


def test_a_vault_in_a_syncthing_folder_is_warned_about(window, qtbot, vault_path, tmp_path, answers):
    synced = tmp_path / "Sync"
    synced.mkdir()
    (synced / ".stfolder").mkdir()
    moved = synced / "vault.abarona"
    shutil.move(vault_path, moved)
    _unlock(window, qtbot, moved)
    assert window.vault is not None
    warnings = [text for kind, _title, text in answers.seen if kind == "inform"]
    assert any("Syncthing keeps in sync" in text and "-wal" in text for text in warnings)


def test_a_vault_in_an_ordinary_folder_gets_no_warning(window, qtbot, vault_path, answers):
    _unlock(window, qtbot, vault_path)
    assert window.vault is not None
    qtbot.waitUntil(lambda: window._seal_check is None or window._seal_check.isFinished(), timeout=10_000)
    assert not answers.seen


def test_a_page_put_back_from_an_older_copy_is_reported_after_unlocking(window, qtbot, vault, tmp_path, answers):
    fill(vault)
    vault.close()
    older = tmp_path / "older.abarona"
    shutil.copyfile(vault.path, older)
    with open_vault(vault.path, PASSPHRASE) as newer:
        case = svc.get_case(newer, "BY-2021-003")
        case.summary = "a newer summary " * 20
        svc.update_case(newer, case)
    # Put back, one by one, the pages that differ, until one passes every structural check.
    old, new = older.read_bytes(), bytearray(vault.path.read_bytes())
    for page in range(1, min(len(old), len(new)) // PAGE_SIZE):
        chunk = slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
        if old[chunk] != new[chunk]:
            new[chunk] = old[chunk]
            break
    vault.path.write_bytes(bytes(new))
    _unlock(window, qtbot, vault.path)
    assert window.vault is not None
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t, _x in answers.seen), timeout=20_000)
    [(_kind, title, text)] = [entry for entry in answers.seen if entry[0] == "error"]
    assert "changed outside Abarona" in title and "newest backup" in text


def test_the_idle_checkpoint_merges_the_wal(window, qtbot, vault_path, answers):
    _unlock(window, qtbot, vault_path)
    vault = window.vault
    fill(vault, references=("X-1",))
    assert vault.wal_path.stat().st_size > 0
    # The check of the seal runs on its own connection after unlocking; while it reads, no
    # checkpoint can truncate the -wal file (the timer simply tries again 30 s later).
    qtbot.waitUntil(lambda: window._seal_check is None or window._seal_check.isFinished(), timeout=20_000)
    window.checkpoint_timer.timeout.emit()
    assert vault.wal_path.stat().st_size == 0


_DELETED_WHILE_CHECKING = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
import shiboken6
from db.vault import open_vault
from ui.main_window import MainWindow
vault = open_vault(Path(sys.argv[1]), sys.argv[2])
# The file stays locked by this connection: the check's own connection waits (busy timeout).
vault.conn.execute("PRAGMA locking_mode = EXCLUSIVE")
vault.conn.execute("BEGIN EXCLUSIVE")
vault.conn.execute("COMMIT")
window = MainWindow()
window.set_vault(vault)
check = window._seal_check
print("running" if check is not None and check.isRunning() else "not running", flush=True)
shiboken6.delete(window)  # what Python's collector does to a window nobody closed
began = time.monotonic()
while check.isRunning() and time.monotonic() - began < 20:
    time.sleep(0.05)
print("finished" if check.isFinished() else "still running", flush=True)
"""


def test_a_window_deleted_while_its_seal_check_reads_does_not_end_the_program(vault_path):
    """Qt aborts the whole program when a running thread's parent is deleted. The check of the
    seal was the window's child: a window deleted while it read (a window closed while a task
    ran, or collected without closing) ended the program (CI: a worker died in a later test)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _DELETED_WHILE_CHECKING, str(vault_path), PASSPHRASE],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["running", "finished"], done.stdout + done.stderr
    assert done.returncode == 0 and "Destroyed while thread" not in done.stderr, done.stderr
