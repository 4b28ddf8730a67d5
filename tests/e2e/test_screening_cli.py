"""abarona-cli screen and duplicates: output, JSON, --keep, and clear messages."""

from __future__ import annotations

import json

import pytest

from desktop.cases import interchange
from desktop.screening import service as screening
from tests.conftest import PASSPHRASE
from tests.helpers import document

LIST = "ФИО;Дата рождения;Статья\nКУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ;12.05.1988;363\nИВАНОВ ИВАН;01.01.1990;\n"




@pytest.fixture
def clients(vault_key, vault_path):
    from db.vault import open_vault

    with open_vault(vault_path, vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            {"reference": "A-1", "kind": "extradition",
             "person": {"name": "Аляксей Кудзін", "birth_date": "1988-05-12"}},
            {"reference": "A-2", "kind": "other", "person": {"name": "Alexei Kudin", "birth_date": "1988-05"}},
        )))
    return vault_path


def _content(path):
    """The vault's content digest and row counts (every table, the audit trail included)."""
    from db import backup as copies
    from db.vault import open_vault

    with open_vault(path, PASSPHRASE) as vault:
        return copies.digest(vault.conn)


def test_screen_prints_matches_and_stores_nothing(run, clients, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("cp1251"))
    before = _content(clients)
    code, out, _ = run("--vault", clients, "screen", path)
    assert code == 0
    assert "row 2: КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ, born 1988-05-12, 363" in out
    assert "client: Аляксей Кудзін (born 1988-05-12)" in out and "birth date equal" in out
    assert "Nothing was stored" in out
    assert _content(clients) == before  # not a row (the file's own open/close marks aside: issue 12)
    code, out, _ = run("--vault", clients, "screen", path, "--json", "--threshold", "0.99")
    data = json.loads(out)
    assert data["entries"] == 2 and data["kept_as"] is None and data["matches"] == []


def test_screen_keep_then_duplicates(run, clients, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    code, out, _ = run("--vault", clients, "screen", path, "--keep", "--source", "MVD RF", "--date", "2025-04")
    assert code == 0 and "Kept as a new list of MVD RF: 2 matches, 2 of them new" in out
    from db.vault import open_vault

    with open_vault(clients, PASSPHRASE) as vault:
        assert [w.source for w in screening.lists(vault)] == ["MVD RF"]
    code, out, _ = run("--vault", clients, "duplicates", "--json")
    pairs = json.loads(out)
    assert code == 0 and len(pairs) == 1 and {pairs[0]["a"]["name"], pairs[0]["b"]["name"]} == {
        "Аляксей Кудзін", "Alexei Kudin"}


@pytest.mark.parametrize(("content", "extra", "message"), [
    ("Номер;Дата\n1;2\n", [], "no column for the name"),
    ("", [], "empty"),
    (LIST, ["--column", "name=Full name"], "no column 'Full name'"),
    (LIST, ["--column", "hair=ФИО"], "not a field"),
])
def test_screen_failures_are_one_clear_line(run, clients, tmp_path, content, extra, message):
    path = tmp_path / "list.csv"
    path.write_text(content, encoding="utf-8")
    code, out, err = run("--vault", clients, "screen", path, *extra)
    assert code == 1 and message in err and err.count("\n") == 1


def test_screen_usage_errors(run, clients, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    assert run("--vault", clients, "screen", path, "--threshold", "2")[0] == 2
    code, _, err = run("--vault", clients, "screen", path, "--keep")
    assert code == 2 and "--source" in err
    code, _, err = run("--vault", clients, "screen", path, "--column", "name")
    assert code == 2 and "FIELD=COLUMN" in err
    code, _, err = run("--vault", clients, "screen", tmp_path / "missing.csv")
    assert code == 1 and "There is no file" in err


def test_screen_names_the_matched_clients_cases_and_unreadable_dates(run, clients, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(("sep=;\nФИО;Дата рождения\nКУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ;12 мая 1988 г.\n"
                      "ИВАНОВ ИВАН;31.02.1990\n").encode("cp1251"))
    code, out, _ = run("--vault", clients, "screen", path, "--json")
    data = json.loads(out)
    assert code == 0
    by_client = {m["client"]: m for m in data["matches"]}
    assert by_client["Аляксей Кудзін"]["cases"] == ["A-1"]
    assert by_client["Аляксей Кудзін"]["entry"]["birth_date"] == "1988-05-12"
    assert {"entry", "person_id", "client", "client_birth_date", "spelling", "score", "explanation",
            "reasons"} <= set(by_client["Аляксей Кудзін"])  # every key kept
    assert data["unreadable_birth_dates"] == [{"row": 3, "name": "ИВАНОВ ИВАН", "birth": "31.02.1990"}]
    code, out, _ = run("--vault", clients, "screen", path)
    assert "client: Аляксей Кудзін (born 1988-05-12); cases A-1" in out
    assert "Birth date not read, row 3 (ИВАНОВ ИВАН): the birth date “31.02.1990” cannot be read" in out


def test_a_month_only_list_date_is_shown_in_words_and_matches_its_month_only(vault_key, vault_path, tmp_path):
    """A client born in September 1989; the list writes "08.1989" and "08~.1989". A real
    `abarona-cli screen` process: neither is that client by the date (no match at the default
    threshold; below it, "birth dates differ"), and the dates read "August 1989" and "about
    August 1989", never "08~.1989" or "1989-08~"."""
    import subprocess

    from db.vault import open_vault
    from tests.conftest import PYTHON, ROOT, cli_env

    with open_vault(vault_path, vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            {"reference": "S-1", "kind": "extradition", "person": {"name": "Иван Петров", "birth_date": "1989-09"}})))
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения\nПЕТРОВ ИВАН;08.1989\nПЕТРОВ ИВАН;08~.1989\n", encoding="utf-8")

    def screen(*extra):
        result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "screen", str(path), *extra],
                                cwd=ROOT, capture_output=True, text=True, env=cli_env(tmp_path, vault_key))
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "No client matches" in screen()
    out = screen("--threshold", "0.5")
    assert "row 2: ПЕТРОВ ИВАН, born August 1989" in out and "row 3: ПЕТРОВ ИВАН, born about August 1989" in out, out
    assert out.count("birth dates differ") == 2 and "1.00" not in out, out
    assert "~" not in out and "1989-0" not in out and "not read" not in out, out
