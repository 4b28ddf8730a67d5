"""Backups and hand-off on the synthetic vault (issue 6).

Budgets: a backup with its verification (copy, read back and checked: every page's HMAC,
SQLite's structure, the content digest and row counts) within 3x a bare sqlcipher_export
of the same vault, measured here in the same run; a hand-off package of 50 cases exported
and imported within 2 s each.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import sqlcipher3

from benchmarks.run import PASSPHRASE, Results
from db.vault import open_vault
from desktop.vaults import backups
from desktop.vaults import handoff
from desktop.vaults import create_vault


def _bare_export(source: Path, target: Path) -> float:
    """sqlcipher_export() of the whole vault into a new encrypted file, nothing else."""
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(PASSPHRASE)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    start = time.perf_counter()
    conn.execute("ATTACH DATABASE ? AS export KEY ?", (str(target), PASSPHRASE))
    conn.execute("SELECT sqlcipher_export('export')")
    conn.execute("DETACH DATABASE export")
    elapsed = time.perf_counter() - start
    conn.close()
    target.unlink()
    return elapsed


def run(results: Results, vault_path: Path, document: dict, work: Path) -> None:
    source = work / "backup-source.abarona"
    shutil.copyfile(vault_path, source)
    folder = work / "usb"
    folder.mkdir(exist_ok=True)
    exports, creates, verifies = [], [], []
    with open_vault(source, PASSPHRASE) as vault:
        for _ in range(2):  # interleaved, best of two, so both see the same machine
            exports.append(_bare_export(source, work / "export.abarona"))
            start = time.perf_counter()
            result = backups.create_backup(vault, folder, passphrase=PASSPHRASE)
            creates.append(time.perf_counter() - start)
            start = time.perf_counter()
            report = backups.verify_backup(result.path, PASSPHRASE)
            verifies.append(time.perf_counter() - start)
            assert report.ok, report.message
            result.path.unlink()
        export = min(exports)
        results.add("bare sqlcipher_export of the vault (reference)", export, "s", None)
        # issue 12: backup + its verification within 2x a bare sqlcipher_export of the same vault
        results.add("backup with its verification (create)", min(creates), "s", round(2 * export, 2))
        results.add("backup with its verification / bare export", min(creates) / export, "x", 2)
        results.add("backup, then a second full verify of the file", min(creates) + min(verifies), "s", None)
        results.add("backup + a second standalone verify / bare export", (min(creates) + min(verifies)) / export,
                    "x", None)
        results.add("verify a backup file (standalone)", min(verifies), "s", None)
        results.add("backup size", result.size / 1e6, "MB", None)

        references = [c["reference"] for c in random.Random(6).sample(document["cases"], 50)]
        package = work / "handoff.abarona"
        start = time.perf_counter()
        exported = handoff.export_package(vault, references, package)
        results.add("hand-off export of 50 cases", time.perf_counter() - start, "s", 1)  # issue 19: <= 1 s

    target = work / "colleague.abarona"
    create_vault(target, PASSPHRASE, author="Colleague").close()
    with open_vault(target, PASSPHRASE) as colleague:
        start = time.perf_counter()
        with handoff.open_package(package, exported.passphrase) as opened:
            plan = handoff.plan_import(colleague, opened)
            handoff.apply_import(colleague, opened, plan)
        results.add("hand-off import of 50 cases into another vault", time.perf_counter() - start, "s", 2)
        start = time.perf_counter()
        with handoff.open_package(package, exported.passphrase) as opened:
            plan = handoff.plan_import(colleague, opened)
        results.add("hand-off import of it again (no-op)", time.perf_counter() - start, "s", 2)
        assert not plan.changes, "a second import found changes"
    source.unlink()
