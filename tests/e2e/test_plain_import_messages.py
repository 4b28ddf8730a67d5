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
