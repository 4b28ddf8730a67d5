"""Issue 12: nothing leaked. A whole session in the window (create, import, edit, attach,
report, backup, lock, quit) and the same work through the CLI in real processes, with the
home, configuration, cache and temporary folders of their own; afterwards, marker strings of
the case are found nowhere but in the plaintext files the user chose to write or read (the
import file, the attached scan, the report PDF) — not in the vault, its backup or package
(encrypted), and not in settings, caches, logs or temporary files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT
from tests.helpers import case_dict, document

NAME = "Residuemarker Zmitsier"
TEXT = "RESIDUE-7f3a detained at the border crossing"
SUMMARY = "RESIDUE-summary-91c2"
DOC_NOTE = b"RESIDUE-scan-content-55e1"
MARKERS = [NAME, TEXT, SUMMARY, DOC_NOTE.decode()]


def _leaks(root: Path, allowed: set[Path]) -> list[str]:
    found = []
    needles = [m.encode(enc) for m in MARKERS for enc in ("utf-8", "utf-16-le")]
    for path in root.rglob("*"):
        if not path.is_file() or path.is_symlink() or path.resolve() in allowed:
            continue
        data = path.read_bytes()
        found += [f"{path.relative_to(root)}" for needle in needles if needle in data]
    return sorted(set(found))


def _user_files(folder: Path) -> tuple[Path, Path]:
    cases = folder / "cases.json"
    case = case_dict("RES-1", person={"name": NAME, "names": [{"value": NAME.upper(), "lang": "en"}],
                                       "citizenship": ["BY"]},
                     events=[{"type": "arrest", "date": "2024-03-01", "text": TEXT}])
    cases.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    scan = folder / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n" + DOC_NOTE + b"\n%%EOF\n")
    return cases, scan


@pytest.fixture
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    for sub in ("config", "cache", "data", "tmp"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("TMPDIR", str(home / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    return home


def test_a_gui_session_leaves_case_data_only_in_the_files_the_user_chose(qtbot, tmp_path, isolated_home, answers):
    from desktop.cases import documents
    from desktop.cases import service as svc
    from desktop.reports import exports, summary
    from ui.main_window import MainWindow
    from ui.unlock import CreateVaultDialog

    chosen = tmp_path / "chosen"
    chosen.mkdir()
    cases_file, scan = _user_files(chosen)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    # Create.
    dialog = CreateVaultDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.path.setText(str(chosen / "work.abarona"))
    dialog.author.setText("A. Lawyer")
    dialog.generate()
    dialog.create()
    window.set_vault(dialog.vault)
    # Import, through the window's own action.
    answers.queue.append(str(cases_file))
    window.import_cases()
    vault = window.vault
    case = svc.get_case(vault, "RES-1")
    # Edit, attach, report.
    case.summary = SUMMARY
    svc.update_case(vault, case)
    window.workspace.open_case(case.id)
    documents.add_file(vault, case.id, scan)
    report = chosen / "report.pdf"
    data = summary.load(vault, case.id)
    exports.save(vault, report, summary.render(data), report="case_summary", case_id=case.id, public=False,
                 lang="en")
    # Backup, through the backups page.
    usb = chosen / "usb"
    usb.mkdir()
    window.workspace.backups.passphrase.setText("a backup passphrase for the residue test")
    window.workspace.backups.passphrase_repeat.setText("a backup passphrase for the residue test")
    answers.queue += [True, str(usb)]  # yes, a backup under a passphrase of its own; into usb
    assert window.workspace.backups.back_up_now()
    # Lock, quit.
    window.lock()
    window.close()
    assert list(usb.glob("*.abarona")) and report.stat().st_size > 0
    allowed = {p.resolve() for p in (cases_file, scan, report)}
    assert len(_leaks(tmp_path, set())) == 3  # the scan finds the markers where they are meant to be...
    assert _leaks(tmp_path, allowed) == []  # ...and nowhere else


def test_the_cli_leaves_case_data_only_in_the_files_the_user_chose(tmp_path):
    home = tmp_path / "home"
    for sub in ("config", "cache", "data", "tmp"):
        (home / sub).mkdir(parents=True)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    cases_file, _scan = _user_files(chosen)
    vault = chosen / "work.abarona"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data"), "TMPDIR": str(home / "tmp"),
           "ABARONA_PASSPHRASE": "cli residue passphrase 2026", "ABARONA_NEW_PASSPHRASE": "cli residue passphrase 2026"}

    def cli(*argv) -> str:
        done = subprocess.run([sys.executable, "-m", "desktop.cli", "--vault", str(vault), *map(str, argv)], env=env,
                              capture_output=True, text=True, cwd=tmp_path, timeout=180)
        assert done.returncode == 0, (argv, done.stderr)
        return done.stdout + done.stderr

    cli("init", "--author", "A. Lawyer")
    cli("import", cases_file)
    report = chosen / "report.pdf"
    cli("report", "case", "RES-1", "-o", report)
    (chosen / "usb").mkdir()
    cli("backup", "create", chosen / "usb")
    cli("handoff", "export", "RES-1", "-o", chosen / "package.abarona")
    cli("check")
    allowed = {p.resolve() for p in (cases_file, report, chosen / "scan.pdf")}
    assert len(_leaks(tmp_path, set())) == 3  # the scan finds the markers where they are meant to be...
    assert _leaks(tmp_path, allowed) == []  # ...and nowhere else
    assert os.stat(report).st_mode & 0o777 == 0o600
