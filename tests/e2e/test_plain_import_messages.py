"""An import file with mistakes: the CLI and the window say what is wrong in words a lawyer
uses — which field of which event, and the forms a date takes — never "EDTF", "UUID", a field's
path in the JSON file (events[0].date) or a Python exception's name. Real CLI processes; the
window driven through its own Import action; en, ru, be."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.conftest import PYTHON, ROOT, cli_env
from tests.helpers import case_dict, document

DEVELOPER = re.compile(r"EDTF|UUID|ISO 639|SQLite|\bNone\b|Error\b|Exception|Traceback|\w+\[\d+\]|\b\w+\.\w+_?\w*:")


def _bad_file(tmp_path):
    case = case_dict("BY-2021-003", id="not-an-id")
    case["events"][1]["date"] = "31.12.2021"
    case["person"]["birth_date"] = "весна 1988"
    case["person"]["names"][0]["lang"] = "russian"
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    return path


def test_the_cli_names_the_fields_and_the_date_forms_in_words(vault_path, vault_key, tmp_path):
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "import", str(_bad_file(tmp_path))],
                            cwd=ROOT, capture_output=True, text=True, env=cli_env(tmp_path, vault_key))
    assert result.returncode != 0
    text = result.stderr
    assert "the date of event 2" in text and "the birth date of the person" in text, text
    assert "write a day as 2021-12-31, a month as 2021-12 or a year as 2021" in text, text
    assert "language code: two letters" in text and "identifier as Abarona writes them" in text, text
    assert not DEVELOPER.search(text), DEVELOPER.search(text)


def test_cli_help_and_period_errors_speak_of_dates_not_edtf(vault_path, vault_key, tmp_path):
    for argv in (["stats", "--help"], ["report", "aggregate", "--help"]):
        result = subprocess.run([PYTHON, "-m", "desktop.cli", *argv], cwd=ROOT, capture_output=True, text=True,
                                env=cli_env(tmp_path, vault_key))
        assert result.returncode == 0 and "EDTF" not in result.stdout, result.stdout


def _import(vault_path, vault_key, tmp_path, path):
    return subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "import", str(path)],
                          cwd=ROOT, capture_output=True, text=True, env=cli_env(tmp_path, vault_key))


def _cases(vault_path, vault_key, tmp_path) -> list:
    """Every case row in the vault file, the trash's too (read in this process: the message is
    the CLI's, what the vault holds afterwards is the file's)."""
    from db.vault import open_vault

    with open_vault(vault_path, vault_key) as vault:
        return [tuple(row) for row in vault.conn.execute("SELECT * FROM cases ORDER BY id")]


@pytest.mark.parametrize(("content", "words"), [
    (b"", "is empty: there is no case in it"),
    (b" \r\n\t\n", "is empty: there is no case in it"),
    (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "is a ZIP archive (for example a Word or Excel file)"),
    ('{"format": "abarona-cases"}'.encode("utf-16"), "is UTF-16 text: save it as UTF-8"),
    ('{"format": "abarona-cases"}'.encode("utf-16-be"), "is UTF-16 text: save it as UTF-8"),
    ('{"format": "abarona-cases", "cases": [{"reference": "Дело"}]}'.encode("cp1251"), "save it as UTF-8"),
])
def test_a_file_that_is_not_a_case_file_is_named_for_what_it_is(vault_path, vault_key, tmp_path, content, words):
    """An empty file, a Word or Excel file, a file saved in UTF-16 or in the Windows Cyrillic
    encoding: the message says which, and how to make it importable; nothing is imported."""
    before = _cases(vault_path, vault_key, tmp_path)
    path = tmp_path / "from-another-program.json"
    path.write_bytes(content)
    result = _import(vault_path, vault_key, tmp_path, path)
    assert result.returncode != 0 and words in result.stderr, result.stderr
    assert "Expecting value" not in result.stderr and not DEVELOPER.search(result.stderr), result.stderr
    assert _cases(vault_path, vault_key, tmp_path) == before


@pytest.mark.parametrize(("field", "value", "words"), [
    ("reference", "BY-" + "7" * 500, "longer than 100 characters"),
    ("reference", "BY\n2023\x00", "a line break or another control character"),
    ("name", "Ales\tMaksim", "a line break or another control character"),
    ("status", True, "true is not one of"),
    ("gravity", 1e400, "a number too large is not one of"),
])
def test_a_reference_or_name_that_would_break_a_list_and_json_values_are_named_as_json(
        vault_path, vault_key, tmp_path, field, value, words):
    case = case_dict("BY-2021-005")
    if field == "name":
        case["person"]["name"] = value
    else:
        case[field] = value
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    result = _import(vault_path, vault_key, tmp_path, path)
    assert result.returncode != 0 and words in result.stderr, result.stderr
    assert "True" not in result.stderr and "inf " not in result.stderr and not DEVELOPER.search(result.stderr)
    assert "BY-2021-005" not in json.dumps(_cases(vault_path, vault_key, tmp_path))
