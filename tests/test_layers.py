"""The layering contract (ui -> desktop -> db; only ui knows Qt), checked by import-linter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken" in result.stdout


def test_sql_lives_only_in_db():
    offenders = [
        str(path.relative_to(ROOT))
        for layer in ("desktop", "ui")
        for path in (ROOT / layer).rglob("*.py")
        if any(word in path.read_text(encoding="utf-8") for word in (".execute(", "executemany(", "import sqlcipher3"))
    ]
    assert offenders == []
