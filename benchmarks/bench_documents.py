"""Issue 12, item 11: a 1 GB document added, kept (the vault closed and opened again),
backed up, the backup verified, the case handed off, and the document saved out, with the
peak memory of the process at most 150 MB above the idle process.

The work runs in a fresh child process that reads its own peak resident memory (VmHWM in
/proc/self/status; Linux only) before and after each step. tests/durability/test_memory.py
runs the same script with a smaller document.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.run import PASSPHRASE, ROOT, Results

SIZE_MB = 1024
BUDGET_MB = 150

#: argv: folder, passphrase, document size in MiB[, "import"]. Prints one JSON line: the document's size
#: in MiB, then, for each step, the process's peak memory above the idle process, in MB.
MEASURE = """
import json, os, sys, time
from pathlib import Path
from db.vault import create_vault, open_vault
from desktop.cases import documents, interchange
from desktop.demo import synthetic
from desktop.vaults import backups, handoff

def peak_mb():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise SystemExit("no VmHWM in /proc/self/status")

folder, passphrase, size_mb = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
big = folder / "scan.pdf"
with open(big, "wb") as handle:  # written in pieces: the process stays small
    block = os.urandom(1 << 20)
    handle.write(b"%PDF-1.7\\n")
    for _ in range(size_mb):
        handle.write(block)
vault = create_vault(folder / "vault.abarona", passphrase, author="A")
cases = interchange.read_cases(synthetic.generate_document(cases=3, events_per_case=5, seed=3))
case_id = interchange.import_cases(vault, cases).case_ids[0]
reference = cases[0].reference
backups.verify_file, handoff.export_package  # imported before measuring
baseline = peak_mb()
steps, seconds = {}, {}

def step(name, action):
    start = time.perf_counter()
    result = action()
    seconds[name] = round(time.perf_counter() - start, 2)
    steps[name] = round(peak_mb() - baseline, 1)
    return result

info = step("add", lambda: documents.add_file(vault, case_id, big))
step("close", vault.close)  # kept: the -wal file merged into the vault file
vault = step("open", lambda: open_vault(folder / "vault.abarona", passphrase))
(folder / "usb").mkdir()
made = step("backup", lambda: backups.create_backup(vault, folder / "usb", passphrase=passphrase))
assert step("verify", lambda: backups.verify_backup(made.path, passphrase)).ok
exported = step("handoff", lambda: handoff.export_package(vault, [reference], folder / "package.abarona"))
step("save_copy", lambda: documents.save_copy(vault, info.id, folder / "copy.pdf"))
vault.close()
if "import" in sys.argv[4:]:  # the colleague's side of the hand-off
    colleague = create_vault(folder / "colleague.abarona", passphrase, author="B")

    def take():
        with handoff.open_package(folder / "package.abarona", exported.passphrase) as opened:
            handoff.apply_import(colleague, opened, handoff.plan_import(colleague, opened))

    step("handoff_import", take)
    assert any(d.size == info.size for (received,) in colleague.conn.execute("SELECT id FROM cases").fetchall()
               for d in documents.list_documents(colleague, received)), "the document did not arrive"
    colleague.close()
with open(big, "rb") as one, open(folder / "copy.pdf", "rb") as two:
    while True:
        a, b = one.read(1 << 20), two.read(1 << 20)
        assert a == b, "the copy differs from the file added"
        if not a:
            break
print(json.dumps({"size_mb": info.size / (1 << 20), "peak_mb": steps, "seconds": seconds}))
"""


def measure(folder: Path, size_mb: int, timeout: float = 3600, *, handoff_import: bool = False) -> dict:
    """Run MEASURE in a fresh process; its JSON result (raises RuntimeError when it failed).
    ``handoff_import`` adds the colleague's import of the hand-off package."""
    extra = ["import"] if handoff_import else []
    result = subprocess.run([sys.executable, "-c", MEASURE, str(folder), PASSPHRASE, str(size_mb), *extra],
                            capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                            env={"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                                 "TMPDIR": str(folder)})
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(results: Results, vault_path: Path, document: dict, work: Path) -> None:
    if not sys.platform.startswith("linux"):
        results.skip(f"{SIZE_MB} MB document: peak memory", "reads /proc/self/status (Linux)")
        return
    folder = work / "large-document"
    folder.mkdir(exist_ok=True)
    start = time.perf_counter()
    found = measure(folder, SIZE_MB, handoff_import=True)
    for name, grown in found["peak_mb"].items():
        results.add(f"{SIZE_MB} MB document, {name}: peak above idle", grown, "MB", BUDGET_MB)
    for name, seconds in found["seconds"].items():
        results.add(f"{SIZE_MB} MB document, {name}", seconds, "s", None)
    results.add(f"{SIZE_MB} MB document, all steps", time.perf_counter() - start, "s", None)
    for leftover in sorted(folder.rglob("*"), reverse=True):
        leftover.rmdir() if leftover.is_dir() else leftover.unlink()
    folder.rmdir()
