"""Issue 12's budgets on the synthetic vault: closing with the seal (the digest of the
logical content, without document bytes) within 0.5 s at 10,000 cases; the check of that
seal after unlocking; a backup with its verification within 2x a bare sqlcipher_export of
the same vault, measured in the same run; and the passphrase change by a checked copy."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from benchmarks.bench_backups import _bare_export
from benchmarks.run import PASSPHRASE, Results
from db.vault import open_vault, rekey, seal_state
from desktop.cases import service as svc
from desktop.vaults import backups


def _edit_one_case(vault) -> None:
    case = svc.list_cases(vault, limit=1)[0]
    full = svc.get_case(vault, case.id)
    full.summary = (full.summary or "") + " ."
    svc.update_case(vault, full)


def run(results: Results, vault_path: Path, document: dict, work: Path) -> None:
    source = work / "durability-source.abarona"
    shutil.copyfile(vault_path, source)
    closes, checks = [], []
    for _ in range(3):
        vault = open_vault(source, PASSPHRASE)
        _edit_one_case(vault)  # changed since it was opened: the close computes the seal
        start = time.perf_counter()
        vault.close()
        closes.append(time.perf_counter() - start)
        with open_vault(source, PASSPHRASE) as vault:
            start = time.perf_counter()
            state = seal_state(vault)
            checks.append(time.perf_counter() - start)
            assert state == "ok", state
    n = len(document["cases"])
    results.add(f"close with the seal (digest) at {n} cases", min(closes), "s", 0.5)
    results.add("seal check after unlocking (on a thread)", min(checks), "s", None)

    folder = work / "usb-durability"
    folder.mkdir(exist_ok=True)
    exports, creates, verifies = [], [], []
    with open_vault(source, PASSPHRASE) as vault:
        for _ in range(2):  # interleaved, best of two, so both see the same machine
            exports.append(_bare_export(source, work / "export-durability.abarona"))
            start = time.perf_counter()
            made = backups.create_backup(vault, folder, passphrase=PASSPHRASE)
            creates.append(time.perf_counter() - start)
            start = time.perf_counter()
            assert backups.verify_backup(made.path, PASSPHRASE).ok
            verifies.append(time.perf_counter() - start)
            made.path.unlink()
        export = min(exports)
        results.add("backup + its verification / bare sqlcipher_export", min(creates) / export, "x", 2)
        results.add("backup + a second standalone verify / bare export", (min(creates) + min(verifies)) / export,
                    "x", None)
        start = time.perf_counter()
        rekey(vault, PASSPHRASE + " new")
        results.add("passphrase change by a checked copy", time.perf_counter() - start, "s", None)
    source.unlink()
