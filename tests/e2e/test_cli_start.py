"""`abarona-cli --help` loads no service module, no SQLCipher driver and no vocabulary (issue
19: CLI start within 150 ms; the figure itself is measured by benchmarks, never here)."""

from __future__ import annotations

import argparse
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


# The commands' parsers are built only when a command line names one (desktop.cli.common.Commands).
# What a person sees must be what a parser built whole shows: the reference below builds every
# command's parser at once, with argparse's own sub-parsers, from the same GROUPS.

def _whole_parser():
    """build_parser() as it was before the commands were built lazily: every parser at once."""
    import argparse

    from desktop import cli
    from desktop.cli.common import _Parser, default_vault_path

    parser = _Parser(prog="abarona-cli", description="Abarona's encrypted case vault from the command line.")
    parser.add_argument("--vault", default=str(default_vault_path()), help="the vault file (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    assert type(sub) is argparse._SubParsersAction  # argparse's own, built whole
    for group in cli.GROUPS:
        group.register(sub)
    return parser, sub


def _command_lines(sub, prefix=()):
    """Every command line that names a command or a sub-command: ("backup",), ("backup", "create")..."""
    import argparse

    for name, parser in sub.choices.items():
        yield (*prefix, name)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                yield from _command_lines(action, (*prefix, name))


def _in_process(capsys, *argv: str) -> tuple[int, str, str]:
    from desktop import cli

    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # --help: argparse exits
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_the_full_help_lists_every_command_of_every_group(tmp_path, monkeypatch):
    from desktop import cli

    monkeypatch.setenv("COLUMNS", "200")  # argparse wraps to it, here and in the child

    names = []
    for group in cli.GROUPS:  # each group's commands, as its register() adds them to argparse
        sub = argparse.ArgumentParser().add_subparsers()
        group.register(sub)
        names += [(choice.dest, choice.help) for choice in sub._choices_actions]
    assert len(names) > 20
    done = subprocess.run([PYTHON, "-m", "desktop.cli", "--help"], cwd=ROOT, env=cli_env(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert "{" + ",".join(name for name, _ in names) + "}" in done.stdout
    rows = [line.split(None, 1) for line in done.stdout.splitlines() if line.startswith("    ")]
    assert [(name, text.strip()) for name, text in rows if any(name == n for n, _ in names)] == names
    whole, _ = _whole_parser()
    assert done.stdout == whole.format_help()  # the same, byte for byte, as the parser built whole


def test_every_command_and_sub_command_help_is_as_before(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    whole, sub = _whole_parser()
    lines = list(_command_lines(sub))
    assert ("backup", "create") in lines and ("report", "aggregate") in lines and ("filings", "add") in lines
    for line in lines:
        expected = whole
        for name in line:
            expected = next(a for a in expected._actions if a.dest is not argparse.SUPPRESS and a.choices
                            and name in a.choices and hasattr(a, "_name_parser_map")).choices[name]
        code, out, err = _in_process(capsys, *line, "--help")
        assert (code, err) == (0, ""), line
        assert out == expected.format_help(), line
        assert out.startswith(f"usage: abarona-cli {' '.join(line)} ")


def test_usage_errors_read_as_before(capsys):
    """A mistake on any command's line gets the words it got from the parser built whole."""
    from desktop.cli.common import UsageError

    whole, sub = _whole_parser()
    lines = [list(line) for line in _command_lines(sub)]
    wrong = [[*line, "--no-such-option"] for line in lines] + [line[:1] + ["no-such-command"] for line in lines]
    wrong += [["no-such-command"], [], ["--vault"], ["cases", "--status", "shut"], ["stats", "--from", "xx"],
              ["deadlines", "--within", "q"], ["case", "share", "X"]]
    for argv in wrong:
        try:
            whole.parse_args(argv)
        except UsageError as exc:
            words = str(exc)
        else:
            continue  # a command with optional sub-commands takes "no-such-command" as its argument
        code, out, err = _in_process(capsys, "--vault", "none.abarona", *argv)
        assert code == 2, argv
        assert err == f"abarona-cli: {words} (see abarona-cli --help)\n", argv
