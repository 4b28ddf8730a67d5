"""abarona-cli end to end: every command, every exit code, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess

import pytest

from tests.conftest import PASSPHRASE, PYTHON, ROOT, cli_env
from tests.helpers import case_dict, document




@pytest.fixture
def cases_file(tmp_path):
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document(
        case_dict("BY-2021-003"),
        {"reference": "BY-2022-010", "kind": "expulsion_handover", "outcome": "handed_over", "status": "closed",
         "person": {"name": "Dzimtry Padlobnikau"},
         "charges": [{"jurisdiction": "RU", "code": "AO", "article": "18.8"}],
         "events": [{"type": "handed_over", "date": "2022-03-02"}]},
    ), ensure_ascii=False), encoding="utf-8")
    return path


def test_init_import_list_show_search_stats(run, tmp_path, cases_file, monkeypatch):
    vault = tmp_path / "v.abarona"
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)  # a new vault: its own salt
    assert run("--vault", vault, "init", "--author", "A. Ivanova")[0] == 0
    code, out, _ = run("--vault", vault, "import", cases_file)
    assert code == 0 and "Imported 2 cases with 5 events" in out
    code, out, _ = run("--vault", vault, "cases", "--json")
    assert [c["reference"] for c in json.loads(out)] == ["BY-2021-003", "BY-2022-010"]
    code, out, _ = run("--vault", vault, "show", "BY-2021-003")
    assert "Аляксей Кудзін" in out and "Charge: BY CC 363 part 2" in out
    code, out, _ = run("--vault", vault, "show", "BY-2021-003", "--json")
    assert json.loads(out)["events"][1] == {"type": "interim_measures_granted", "date": "2021-07-21",
                                            "time": "09:30", "body": "ECtHR"}
    for query in ("kudin", "Кудин", "Kudzin"):
        code, out, _ = run("--vault", vault, "search", query, "--json")
        assert [c["reference"] for c in json.loads(out)] == ["BY-2021-003"]
    code, out, _ = run("--vault", vault, "search", "podlobnikov")
    assert "BY-2022-010" in out
    code, out, _ = run("--vault", vault, "stats", "--json")
    figures = json.loads(out)
    # The keys of the first release keep their meaning; issue 15's keys come after them.
    assert {k: figures[k] for k in list(figures)[:6]} == {
        "cases": 2,
        "by_kind": {"expulsion_handover": 1, "extradition": 1},
        "by_outcome": {"extradited": 1, "handed_over": 1},
        "by_status": {"closed": 2},
        "by_charge": {"BY CC 363": 1, "RU AO 18.8": 1},
        "by_event": {"arrest": 1, "extradited": 1, "handed_over": 1, "interim_measures_granted": 1, "sentenced": 1},
    }
    assert figures["persons"] == 2 and figures["by_body"] == {"ECtHR": 1} and figures["period_rule"] == "all"
    code, out, _ = run("--vault", vault, "stats", "--from", "2022", "--to", "2022")
    # the 2022 case has no arrest date, but its events are in 2022: any event in the period counts
    assert code == 0 and "Cases: 1" in out and "Period rule" in out
    code, out, _ = run("--vault", vault, "stats", "--json", "--by", "kind")
    by_kind = json.loads(out)
    assert list(by_kind) == ["extradition", "expulsion_handover"]
    assert all(list(v) == list(figures) for v in by_kind.values())
    assert by_kind["extradition"]["cases"] == 1 and by_kind["extradition"]["by_kind"] == {"extradition": 1}
    code, out, _ = run("--vault", vault, "check")
    assert code == 0 and "intact" in out


def test_export_needs_yes_and_never_overwrites(run, vault_path, cases_file, tmp_path):
    run("--vault", vault_path, "import", cases_file)
    target = tmp_path / "out.json"
    code, _, err = run("--vault", vault_path, "export", target)
    assert code == 2 and "UNENCRYPTED" in err and not target.exists()
    code, out, _ = run("--vault", vault_path, "export", target, "--yes")
    assert code == 0 and "NOT encrypted" in out
    assert len(json.loads(target.read_text(encoding="utf-8"))["cases"]) == 2
    code, _, err = run("--vault", vault_path, "export", target, "--yes")
    assert code == 2 and "already exists" in err


def test_rekey(run, vault_path, monkeypatch):
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", "новы сакрэт")
    assert run("--vault", vault_path, "rekey")[0] == 0
    assert run("--vault", vault_path, "cases")[0] == 3
    monkeypatch.setenv("ABARONA_PASSPHRASE", "новы сакрэт")
    assert run("--vault", vault_path, "cases")[0] == 0


def test_init_refuses_existing(run, vault_path, monkeypatch):
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", "x")
    code, _, err = run("--vault", vault_path, "init")
    assert code == 1 and "already exists" in err


def test_exit_codes_for_every_failure(run, vault_path, tmp_path, monkeypatch):
    assert run("--vault", vault_path, "frobnicate")[0] == 2
    assert run()[0] == 2
    monkeypatch.setenv("ABARONA_PASSPHRASE", "wrong")
    code, _, err = run("--vault", vault_path, "cases")
    assert code == 3 and err.count("\n") == 1
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)
    empty = tmp_path / "empty.abarona"
    empty.touch()
    assert run("--vault", empty, "cases")[0] == 4
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()
    assert run("--vault", plain, "cases")[0] == 4
    random_file = tmp_path / "random.abarona"
    random_file.write_bytes(os.urandom(9999))
    assert run("--vault", random_file, "cases")[0] == 4
    truncated = tmp_path / "truncated.abarona"
    truncated.write_bytes(vault_path.read_bytes()[: 4096 * 5])
    assert run("--vault", truncated, "cases")[0] == 4
    assert run("--vault", tmp_path / "missing.abarona", "cases")[0] == 1
    assert run("--vault", vault_path, "show", "NO-SUCH")[0] == 1
    assert run("--vault", vault_path, "import", tmp_path / "missing.json")[0] == 1
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "abarona-cases", "version": 1, "cases": [', encoding="utf-8")
    code, _, err = run("--vault", vault_path, "import", bad)
    assert code == 7 and "line 1" in err
    assert run("--vault", vault_path, "stats", "--from", "31.12.2021")[0] == 2


def test_newer_vault_exit_code(run, vault_path):
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault_path))
    conn.set_key(PASSPHRASE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, _, err = run("--vault", vault_path, "cases")
    assert code == 5 and "newer version" in err


def test_damaged_page_found_by_check(run, vault_path, cases_file):
    run("--vault", vault_path, "import", cases_file)
    data = bytearray(vault_path.read_bytes())
    data[-100] ^= 0xFF  # the last page
    vault_path.write_bytes(bytes(data))
    code, _, err = run("--vault", vault_path, "check")
    assert code == 4 and ("damaged" in err)


def test_real_entry_point_and_vault_in_use(vault_path, tmp_path):
    """Through a subprocess, as a user runs it: in use (6), bad import (7), no traceback."""
    env = cli_env(tmp_path)
    holder = subprocess.Popen(
        [PYTHON, "-c", "import sys; from db.vault import open_vault;"
         " v = open_vault(sys.argv[1], sys.argv[2]); print('open', flush=True); sys.stdin.read()",
         str(vault_path), PASSPHRASE], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "cases"],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        assert result.returncode == 6
        assert "already open" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document(case_dict(events=[{"type": "teleported", "date": "2021"}]))), encoding="utf-8")
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "import", str(bad)],
                            cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 7
    assert "BY-2021-003: the type of event 1: \"teleported\" is not one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_passphrase_and_no_terminal_is_a_clear_usage_error(vault_path, tmp_path):
    env = cli_env(tmp_path)
    del env["ABARONA_PASSPHRASE"]
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "cases"],
                            cwd=ROOT, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and "ABARONA_PASSPHRASE" in result.stderr


@pytest.mark.parametrize("argv, words", [
    (["rapid"], "there is no command 'rapid'; choose one of: init, "),
    (["handoff", "exprt"], "there is no 'handoff' command 'exprt'; choose one of: export, import"),
    (["deadlines", "--within", "soon"], "--within takes a whole number, not 'soon'"),
    (["report", "case", "X", "-o", "x.pdf", "--lang", "de"], "--lang 'de' is not one of: en, ru, be"),
    (["stats", "--from", "2021-13"], "--from: '2021-13' is not a date"),
    (["team", "create"], "'team create' needs: --folder"),
    ([], "name a command"),
])
def test_usage_mistakes_are_told_in_words_not_argparse_terms(tmp_path, argv, words):
    """A mistyped command or option, in a real process: one line in a person's words, exit 2,
    no 'invalid choice' or 'argument' (argparse's terms)."""
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(tmp_path / "v.abarona"), *argv],
                            cwd=tmp_path, capture_output=True, text=True, env=cli_env(tmp_path))
    assert result.returncode == 2, result.stderr
    line = result.stderr.strip()
    assert words in line and len(line.splitlines()) == 1, line
    assert "invalid choice" not in line and "argument " not in line and "Traceback" not in line
