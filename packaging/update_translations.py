"""Refresh the translation sources from the code, then compile them.

    python packaging/update_translations.py

Runs pyside6-lupdate over ui/ without source locations, so that parallel changes merge
(new strings appear as unfinished in resources/translations/
*.ts; strings gone from the code are dropped), then pyside6-lrelease. Translate the
unfinished entries with Qt Linguist (pyside6-linguist) or by hand, and run it again.
The test suite fails while a Russian or Belarusian string is missing or the .ts files are out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "ru", "be")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    ts_files = [str((TRANSLATIONS / f"abarona_{lang}.ts").relative_to(ROOT)) for lang in LANGUAGES]
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", *ts_files], cwd=ROOT, check=True)
    # qtbase_be.ts: Qt's own strings in Belarusian (Qt ships none), edited by hand, compiled only.
    qt_ts = [str(p.relative_to(ROOT)) for p in sorted(TRANSLATIONS.glob("qtbase_*.ts"))]
    subprocess.run([tool("pyside6-lrelease"), *ts_files, *qt_ts], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
