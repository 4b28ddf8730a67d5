"""`abarona-cli --help` loads no service module (issue 19: CLI start within 150 ms; the
figure itself is measured by benchmarks, never here)."""

from __future__ import annotations

import subprocess

from tests.conftest import PYTHON, ROOT, cli_env

_PROBE = """
import sys
from importlib.util import _LazyModule
from desktop.cli import main
try:
    main(["--help"])
except SystemExit:
    pass
loaded = sorted(n for n, m in sys.modules.items() if not isinstance(m, _LazyModule))
print("\\n".join(loaded), file=sys.stderr)
"""

#: Service modules and heavy libraries a command loads when it runs, never for --help.
HEAVY = ("desktop.cases.service", "desktop.cases.interchange", "desktop.deadlines.service",
         "desktop.deadlines.dashboard", "desktop.names.matching", "desktop.screening.duplicates",
         "desktop.screening.service", "desktop.vaults.backups", "desktop.vaults.handoff",
         "desktop.dates.edtf", "edtf", "holidays", "reportlab", "openpyxl")


def test_help_loads_no_service_module(tmp_path):
    done = subprocess.run([PYTHON, "-c", _PROBE], cwd=ROOT, env=cli_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert "usage: abarona-cli" in done.stdout
    loaded = set(done.stderr.split())
    assert "desktop.cli" in loaded  # the probe did see the modules
    assert not [m for m in HEAVY if m in loaded]


def test_the_written_out_threshold_is_the_matchers():
    from desktop.cli import screening
    from desktop.names import matching

    assert screening.DEFAULT_THRESHOLD == matching.DEFAULT_THRESHOLD
