"""`abarona-cli --help` loads no service module, no SQLCipher driver and no vocabulary (issue
19: CLI start within 150 ms; the figure itself is measured by benchmarks, never here)."""

from __future__ import annotations

import subprocess

from tests.conftest import PYTHON, ROOT, cli_env

#: Runs ``python -m desktop.cli ARGS`` (the installed command's entry: main() without argv,
#: hardening included), then prints every module the process imported.
_PROBE = """
import runpy, sys
sys.argv = ["abarona-cli", *sys.argv[1:]]
try:
    runpy.run_module("desktop.cli", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
print("\\n".join(sorted(sys.modules)), file=sys.stderr)
"""

#: Service modules and heavy libraries a command loads when it runs, never for --help.
HEAVY = ("desktop.cases.service", "desktop.cases.interchange", "desktop.deadlines.service",
         "desktop.deadlines.dashboard", "desktop.names.matching", "desktop.screening.duplicates",
         "desktop.screening.service", "desktop.vaults.backups", "desktop.vaults.handoff",
         "desktop.dates.edtf", "edtf", "holidays", "reportlab", "openpyxl",
         # the vault and its driver, the case vocabulary (resources/vocabularies.toml), the GUI
         "db.vault", "sqlcipher3", "apsw", "desktop.cases.vocab", "desktop.cases.records", "tomllib",
         "PySide6", "rapidfuzz", "dateparser", "docxtpl", "pypdfium2", "icalendar")


def _loaded(tmp_path, *args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    done = subprocess.run([PYTHON, "-c", _PROBE, *args], cwd=ROOT, env=cli_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    return done, set(done.stderr.split())


def test_help_loads_no_service_module(tmp_path):
    done, loaded = _loaded(tmp_path, "--help")
    assert "usage: abarona-cli" in done.stdout
    assert "desktop.cli" in loaded  # the probe did see the modules
    assert not [m for m in HEAVY if m in loaded]


def test_a_usage_error_loads_no_service_module_either(tmp_path):
    """A mistyped command is answered from the parser alone: no vault, no driver."""
    done, loaded = _loaded(tmp_path, "--vault", str(tmp_path / "v.abarona"), "cases", "--status", "shut")
    assert "--status 'shut' is not one of: open, closed" in done.stderr
    assert not [m for m in HEAVY if m in loaded]


def test_a_command_still_loads_what_it_needs(tmp_path):
    """The probe tells the difference: a command that reads the vocabulary and opens the vault
    loads them (a --help that loaded nothing because nothing could load would pass above)."""
    done, loaded = _loaded(tmp_path, "--vault", str(tmp_path / "none.abarona"), "cases", "--kind", "extradition")
    assert "desktop.cases.vocab" in loaded and "db.vault" in loaded and "sqlcipher3" in loaded
    assert "abarona-cli:" in done.stderr  # no vault there: one line, not a traceback
    assert "Traceback" not in done.stderr


def test_the_kinds_and_outcomes_offered_are_the_vocabularys(tmp_path):
    """The choices read late (desktop/cli/cases.py) are still the vocabulary's, in its order."""
    from desktop.cases.vocab import vocabulary

    done = subprocess.run([PYTHON, "-m", "desktop.cli", "cases", "--help"], cwd=ROOT, env=cli_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert "{" + ",".join(vocabulary().kinds) + "}" in done.stdout
    assert "{" + ",".join(vocabulary().outcomes) + "}" in done.stdout
    bad = subprocess.run([PYTHON, "-m", "desktop.cli", "cases", "--kind", "kidnap"], cwd=ROOT,
                         env=cli_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert f"--kind 'kidnap' is not one of: {', '.join(vocabulary().kinds)}" in bad.stderr


def test_the_written_out_threshold_is_the_matchers():
    from desktop.cli import screening
    from desktop.names import matching

    assert screening.DEFAULT_THRESHOLD == matching.DEFAULT_THRESHOLD
