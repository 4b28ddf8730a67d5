"""The installable bundle's budgets (issue 8): size unpacked and start to the unlock screen.

Uses dist/Abarona when it exists (build it with `python packaging/build.py`), else builds it
first. The bundle is copied into the work folder and started from there with a clean
environment, offscreen, in the same sandbox as packaging/smoke_test.py (no Python, no
network) where the machine allows one. "First start" is the first run of the fresh copy;
the page cache may still hold its files from the copy, so a truly cold start from disk (after
a reboot) can be slower. Also times `abarona-cli check` of the synthetic vault through the
bundle's own SQLCipher.
"""

from __future__ import annotations

import importlib.util
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))


def _newest_source() -> float:
    """The newest modification time of the program's sources and resources (seconds)."""
    return max(p.stat().st_mtime for folder in ("db", "desktop", "ui", "resources", "packaging")
               for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def run(results, vault_path: Path, document: dict, work: Path) -> None:
    from benchmarks.run import PASSPHRASE

    import smoke_test

    bundle = ROOT / "dist" / "Abarona"
    built = bundle / "abarona"
    # a bundle built before the sources last changed measures an older program (and cannot
    # open a vault of a newer schema): build it again
    stale = built.is_file() and built.stat().st_mtime < _newest_source()
    if (stale or not built.is_file()) and importlib.util.find_spec("PyInstaller") is None:
        results.skip("bundle: size, start and check", "install .[package] (PyInstaller builds the bundle)"
                     + (" — the one in dist/ is older than the sources" if stale else ""))
        return
    if stale or not built.is_file():
        start = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT)
        results.add("bundle: build (PyInstaller, scrub, privacy check)", time.perf_counter() - start, "s", None)
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    results.add("bundle: size unpacked", size / 1e6, "MB", 250)

    app = work / "bundle" / "Abarona"
    shutil.copytree(bundle, app, symlinks=True)
    runner = smoke_test.Runner(work / "bundle-home", smoke_test.sandbox_available())
    report = work / "bundle-home" / "self-test.json"
    starts = []
    for _ in range(6):
        begin = time.perf_counter()
        proc = runner.run([str(app / "abarona")], ABARONA_BUNDLE_SELF_TEST=str(report),
                          ABARONA_BUNDLE_SELF_TEST_MODE="start")
        starts.append(time.perf_counter() - begin)
        if proc.returncode != 0:
            raise RuntimeError(f"the bundle did not start: {proc.stderr[-500:]}")
    results.add("bundle: first start to the unlock screen (fresh copy)", starts[0], "s", 2)
    results.add("bundle: start to the unlock screen, median of 5 more", statistics.median(starts[1:]), "s", 2)

    copy = work / "bundle-check.abarona"
    shutil.copyfile(vault_path, copy)
    begin = time.perf_counter()
    proc = runner.run([str(app / "abarona-cli"), "--vault", str(copy), "check"], ABARONA_PASSPHRASE=PASSPHRASE)
    elapsed = time.perf_counter() - begin
    if proc.returncode != 0:
        raise RuntimeError(f"abarona-cli check failed in the bundle: {proc.stderr[-500:]}")
    results.add(f"bundle: abarona-cli check of the {len(document['cases'])}-case vault", elapsed, "s", None)
    shutil.rmtree(app.parent)
