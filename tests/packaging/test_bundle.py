"""The real bundle: built with PyInstaller, checked for privacy, and run headless in a sandbox
without Python or network. Takes a minute or two, so it runs only when asked:

    ABARONA_BUNDLE_TEST=1 python -m pytest tests/packaging/test_bundle.py

ABARONA_BUNDLE_TEST=built uses dist/Abarona as it is (after `python packaging/build.py`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

import privacy_check
import smoke_test

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "dist" / "Abarona"
MODE = os.environ.get("ABARONA_BUNDLE_TEST", "")

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(MODE not in ("1", "built"), reason="set ABARONA_BUNDLE_TEST=1 to build and run the bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    if MODE != "built":
        proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT,
                              capture_output=True, text=True, timeout=1800)
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert (BUNDLE / "abarona").is_file() or (BUNDLE / "abarona.exe").is_file()
    return BUNDLE


def test_bundle_is_private(bundle):
    assert privacy_check.check_bundle(bundle, symbols=sys.platform.startswith("linux")) == []


def test_the_check_looks_inside_the_executables_archives(bundle):
    """Source names are kept relative in code objects: find them where they are packed, to
    show that the privacy check reads the compressed module archive."""
    if not sys.platform.startswith("linux"):
        pytest.skip("ELF executables")
    findings = privacy_check.check_bundle(bundle, needles=["desktop"], symbols=False)
    assert any(f.where.startswith("abarona-cli!PYZ") and "desktop.cli" in f.where for f in findings)


def test_bundle_carries_only_what_the_application_uses(bundle):
    internal = bundle / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    qt_translations = sorted(n.rsplit("/", 1)[-1] for n in names if "/Qt/translations/" in n)
    assert qt_translations and all(n.endswith(("_ru.qm", "_en.qm")) for n in qt_translations)
    for unwanted in ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Designer", "libqgtk3", "libqvnc", "PyInstaller"):
        assert not [n for n in names if unwanted in n], unwanted
    resources_on_disk = {p.relative_to(ROOT / "resources").as_posix()
                         for p in (ROOT / "resources").rglob("*")
                         if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}
    assert {f"resources/{n}" for n in resources_on_disk} <= names  # the whole package directory
    assert "xkcdpass/static/eff-long" in names
    assert any(n.startswith("sqlcipher3/") for n in names) and any(n.startswith("pypdfium2_raw/") for n in names)
    for name in ("abarona-cli", "install.sh", "abarona.desktop", "abarona.svg", "README.txt",
                 "guide/user-guide.md", "guide/user-guide.ru.md"):
        assert (bundle / name).exists() or (bundle / (name + ".exe")).exists(), name


def test_bundle_runs_without_python_or_network_and_meets_its_budgets(bundle):
    result = smoke_test.run_smoke(bundle, runs=5)
    assert result.ok, result.to_json()
    assert result.size_mb <= 250
    assert statistics.median(result.start_seconds) <= 2.0, result.start_seconds
