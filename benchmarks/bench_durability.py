"""Issue 12's budgets on the synthetic vault: closing with the seal (the digest of the
logical content, without document bytes) within 0.5 s at 10,000 cases; the check of that
seal after unlocking; and the passphrase change by a checked copy. (A backup with its
verification within 2x a bare sqlcipher_export is measured in bench_backups.)"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from benchmarks.run import PASSPHRASE, Results
from db.vault import open_vault, rekey, seal_state
from desktop.cases import service as svc


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

    # backup + verify against the bare export is measured once, in bench_backups
    with open_vault(source, PASSPHRASE) as vault:
        start = time.perf_counter()
        rekey(vault, PASSPHRASE + " new")
        results.add("passphrase change by a checked copy", time.perf_counter() - start, "s", None)
    source.unlink()
