"""Fixtures for the durability tests (issue 12): real processes holding real vaults."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE, ROOT

HOLD = """
import sys
from db.vault import open_vault
vault = open_vault(sys.argv[1], sys.argv[2])
print("open", flush=True)
sys.stdin.read()
vault.close()
"""


@pytest.fixture
def holder(tmp_path):
    """Start a real process that opens a vault and keeps it open: holder(path) -> Popen."""
    started = []

    def start(path, passphrase=PASSPHRASE):
        proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), passphrase], cwd=ROOT,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                "TMPDIR": str(tmp_path)})
        started.append(proc)
        line = proc.stdout.readline()
        assert line.strip() == "open", proc.stderr.read()
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
