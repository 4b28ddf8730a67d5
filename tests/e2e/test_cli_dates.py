"""Dates the CLI prints for people are worded as the GUI words them (desktop.dates.edtf.human):
a season is "spring 2021", never its EDTF code "2021-21"; JSON keeps EDTF. Real processes."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.dates import edtf as dates
from tests.conftest import PYTHON, ROOT, cli_env
from tests.helpers import document

CASE = {"reference": "S-1", "kind": "extradition", "status": "open", "outcome": "pending",
        "person": {"name": "Ганна Сезонная", "birth_date": "1988?"},
        "arrest": {"date": "2021-21", "place": "Kaluga"},
        "events": [{"type": "arrest", "date": "2021-21"},
                   {"type": "decision_notified", "date": "2021-21"},
                   {"type": "extradition_granted", "date": "2021-24"},
                   {"type": "appeal_filed", "date": "2022-03~"},
                   {"type": "custody_extended", "date": "2021-03-01/2021-05-31"}]}
#: An EDTF season, month or qualified form as printed raw (what the user saw).
RAW = re.compile(r"\b\d{4}-(?:2[1-4]|\d{2}[~?%])")


def _cli(tmp_path, vault_key, vault, *argv):
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault), *map(str, argv)], cwd=ROOT,
                            capture_output=True, text=True, env=cli_env(tmp_path, vault_key))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return result.stdout


@pytest.fixture
def seasons(run, vault_path, tmp_path):
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(CASE), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    return vault_path


def test_show_cases_and_deadlines_word_seasons_and_qualified_dates(seasons, tmp_path, vault_key):
    show = _cli(tmp_path, vault_key, seasons, "show", "S-1")
    assert "Arrest: spring 2021 Kaluga" in show and "Born: 1988 (uncertain)" in show
    assert "winter 2021–22" in show and "about March 2022" in show and "2021-03-01 – 2021-05-31" in show
    listing = _cli(tmp_path, vault_key, seasons, "cases")
    assert "spring 2021" in listing
    deadlines = _cli(tmp_path, vault_key, seasons, "deadlines")
    assert "(trigger: Extradition decision served, spring 2021)" in deadlines
    for text in (show, listing, deadlines):
        assert not RAW.search(text), RAW.search(text)
    # JSON is for programs: EDTF as stored.
    assert json.loads(_cli(tmp_path, vault_key, seasons, "show", "S-1", "--json"))["arrest"]["date"] == "2021-21"


SEASON_WORDS = {21: "spring", 22: "summer", 23: "autumn", 24: "winter"}


@given(year=st.integers(1900, 2099), code=st.sampled_from(sorted(SEASON_WORDS)),
       qualifier=st.sampled_from(["", "~", "?", "%"]), month=st.integers(1, 12))
def test_every_season_and_month_is_worded_never_printed_raw(year, code, qualifier, month):
    season = f"{year}-{code}{qualifier}"
    worded = dates.human(season)
    assert SEASON_WORDS[code] in worded and str(year) in worded and season not in worded
    assert ("about" in worded) == (qualifier in "~%" and qualifier != "")
    assert ("uncertain" in worded) == (qualifier in "?%" and qualifier != "")
    month_text = f"{year}-{month:02d}{qualifier}"
    assert not RAW.search(dates.human(month_text)) and str(year) in dates.human(month_text)
    interval = dates.human(f"{season}/..")
    assert interval.endswith(" – …") and SEASON_WORDS[code] in interval


def test_a_handoff_conflict_words_the_two_dates(run, seasons, template_vault, tmp_path, monkeypatch):
    """Importing a colleague's package whose arrest was dated otherwise: the plan names the two
    seasons in words ("mine summer 2021 | theirs spring 2021"), not their codes."""
    import shutil

    from db.vault import open_vault
    from desktop.cases import service as svc
    from tests.conftest import PASSPHRASE

    package = tmp_path / "p.abarona"
    code, out, err = run("--vault", seasons, "handoff", "export", "S-1", "-o", package)
    assert code == 0, err
    monkeypatch.setenv("ABARONA_HANDOFF_PASSPHRASE", out.strip().splitlines()[-1].strip())
    other = tmp_path / "other.abarona"
    shutil.copyfile(template_vault, other)
    assert run("--vault", other, "handoff", "import", package)[0] == 0
    with open_vault(other, PASSPHRASE) as vault:
        case = svc.get_case(vault, "S-1")
        case.arrest_date = "2021-22"
        svc.update_case(vault, case)
    code, out, err = run("--vault", other, "handoff", "import", package, "--dry-run")
    assert code == 0, err
    assert "arrest_date: mine summer 2021 | theirs spring 2021" in out, out
    assert not RAW.search(out), out
