"""Every example in docs/ does what the docs say: the interchange example imports as written,
each command of cli.md's examples succeeds in order, and the exit codes cli.md lists are the
ones the program returns."""

from __future__ import annotations

import json
import re
import shlex

import pytest

from tests.conftest import PASSPHRASE, ROOT

DOCS = ROOT / "docs"


def _blocks(name: str, language: str) -> list[str]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)


def _documents() -> list[str]:
    """The whole interchange documents interchange.md shows (not the fragments)."""
    return [block for block in _blocks("interchange.md", "json") if '"format": "abarona-cases"' in block]


def test_the_interchange_examples_import_as_written(run, tmp_path, monkeypatch):
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # vaults made here, not copies of the template
    assert _documents()
    for n, example in enumerate(_documents()):
        json.loads(example)
        (tmp_path / f"example{n}.json").write_text(example, encoding="utf-8")
        vault = tmp_path / f"v{n}.abarona"
        assert run("--vault", vault, "init")[0] == 0
        code, out, err = run("--vault", vault, "import", tmp_path / f"example{n}.json")
        assert code == 0, err
    assert "BY-2021-003" in run("--vault", tmp_path / "v0.abarona", "cases")[1]


def test_every_cli_example_runs_as_written(run, tmp_path, monkeypatch):
    example = _documents()[0]
    (tmp_path / "example.json").write_text(example, encoding="utf-8")
    (tmp_path / "usb-backups").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # vaults made here, not copies of the template
    (commands,) = _blocks("cli.md", "sh")
    lines = [line for line in commands.splitlines() if line.strip()]
    assert len(lines) >= 10
    for line in lines:
        argv = shlex.split(line)
        assert argv[0] == "abarona-cli"
        code, out, err = run(*argv[1:])
        assert code == 0, (line, err)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert list((tmp_path / "usb-backups").glob("*.abarona"))


def _exit_codes() -> dict[int, str]:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    return {int(code): meaning for code, meaning in re.findall(r"^\| (\d) \| (.+) \|$", text, flags=re.M)}


def test_the_documented_exit_codes_are_the_real_ones(run, tmp_path, monkeypatch):
    import sqlcipher3

    codes = _exit_codes()
    assert sorted(codes) == list(range(8))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # vaults made here, not copies of the template
    assert run("--vault", "v.abarona", "init")[0] == 0
    (tmp_path / "taken.json").write_text("{}", encoding="utf-8")
    # refusing to overwrite an output file: 2, as documented
    assert run("--vault", "v.abarona", "export", "taken.json", "--yes")[0] == 2 and "overwrite" in codes[2]
    # a vault already at the init path: 1
    assert run("--vault", "v.abarona", "init")[0] == 1 and "init" in codes[1]
    # another program's encrypted file: 3, like a wrong passphrase
    other = sqlcipher3.connect(str(tmp_path / "other.db"))
    other.execute("PRAGMA key = 'another program'")
    other.execute("CREATE TABLE t (x)")
    other.commit()
    other.close()
    assert run("--vault", "other.db", "cases")[0] == 3 and "another program" in codes[3]
    (tmp_path / "empty.abarona").write_bytes(b"")
    assert run("--vault", "empty.abarona", "cases")[0] == 4 and "empty file" in codes[4]
    assert run("--vault", "v.abarona", "show", "NO-SUCH")[0] == 1


@pytest.mark.parametrize("option", ["--folder", "--no-folder", "--on-close", "--daily", "--keep", "--warn-days"])
def test_backup_settings_options_are_documented(option):
    assert option in (DOCS / "cli.md").read_text(encoding="utf-8")
