"""Deadlines at a place outside Moscow name its time as people do ("Novosibirsk time (UTC+7)",
"новосибирское время (UTC+7)", "новасібірскі час (UTC+7)"), never by the IANA name
("Asia/Novosibirsk"): in the CLI's lines and JSON, the case summary PDF and the iCalendar file.
Real CLI processes on a real vault; the PDF read back with pypdf."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import icalendar
import pytest

from db.vault import open_vault
from desktop.cases import interchange
from desktop.dates import zones
from tests.conftest import PYTHON, ROOT, cli_env
from tests.desktop.report_data import flat, pdf_text
from tests.helpers import case_dict, document

IANA = re.compile(r"\b(?:Europe|Asia)/[A-Z]")


def _cli(tmp_path, vault_key, vault, *argv):
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault), *map(str, argv)], cwd=ROOT,
                            capture_output=True, text=True, env=cli_env(tmp_path, vault_key))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    return result.stdout


@pytest.fixture
def novosibirsk(vault_path, vault_key, tmp_path):
    """A client arrested in Novosibirsk a few days ago and served the extradition decision there."""
    served = date.today() - timedelta(days=2)
    case = case_dict("NSK-1", status="open", outcome="pending",
                     arrest={"date": served.isoformat(), "place": "Новосибирск"},
                     events=[{"type": "arrest", "date": served.isoformat(), "place": "Новосибирск"},
                             {"type": "decision_notified", "date": served.isoformat(), "place": "Новосибирск"}])
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    with open_vault(vault_path, vault_key) as vault:  # imported here: the tests run the CLI on it
        interchange.import_file(vault, source)
    return vault_path


def test_the_cli_names_the_time_of_the_place(novosibirsk, vault_key, tmp_path):
    lines = _cli(tmp_path, vault_key, novosibirsk, "deadlines")
    board = _cli(tmp_path, vault_key, novosibirsk, "dashboard")
    for text in (lines, board):
        assert "Novosibirsk time (UTC+7)" in text and " MSK" in text, text
        assert not IANA.search(text), text
    rows = json.loads(_cli(tmp_path, vault_key, novosibirsk, "deadlines", "--json"))
    assert rows and all(r["zone"] == "Asia/Novosibirsk" for r in rows)  # the public key is kept
    assert {r["zone_name"] for r in rows} == {"Novosibirsk time (UTC+7)"}


@pytest.mark.parametrize(("lang", "words"), [("en", "Novosibirsk time"), ("ru", "новосибирское время"),
                                             ("be", "новасібірскі час")])
def test_the_summary_pdf_names_the_time_of_the_place(novosibirsk, vault_key, tmp_path, lang, words):
    target = tmp_path / f"summary-{lang}.pdf"
    _cli(tmp_path, vault_key, novosibirsk, "report", "case", "NSK-1", "-o", target, "--lang", lang)
    text = flat(pdf_text(target.read_bytes()))
    assert words in text, text
    assert not IANA.search(text), text


def test_the_calendar_describes_the_time_of_the_place(novosibirsk, vault_key, tmp_path):
    target = tmp_path / "deadlines.ics"
    _cli(tmp_path, vault_key, novosibirsk, "deadlines", "--ical", target, "--yes")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    descriptions = [str(e["description"]) for e in calendar.walk("VEVENT")]
    assert descriptions and all("Novosibirsk time (UTC+7)" in d for d in descriptions), descriptions
    assert not any(IANA.search(d) for d in descriptions)
    assert any(str(e["dtstart"].params.get("TZID", "")) == "Asia/Novosibirsk" or not hasattr(e["dtstart"].dt, "hour")
               for e in calendar.walk("VEVENT"))  # the machine-readable zone stays for calendar programs


def _tzdata_zones(*countries: str) -> set[str]:
    """The zones the IANA database lists for these countries (tzdata's zone.tab)."""
    text = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    return {line.split("\t")[2] for line in text.splitlines()
            if line and not line.startswith("#") and line.split("\t")[0] in countries}


def test_every_zone_of_russia_and_minsk_has_a_name_in_every_language():
    with resources.files("resources").joinpath("ru_zones.toml").open("rb") as handle:
        subjects = {s["zone"] for s in tomllib.load(handle)["subject"]}
    wanted = _tzdata_zones("RU", "BY") | subjects | {"Europe/Simferopol"}
    assert {"Asia/Novosibirsk", "Europe/Minsk", "Asia/Kamchatka", "Europe/Kaliningrad"} <= wanted
    assert wanted <= set(zones.names()), wanted - set(zones.names())
    for zone in wanted:
        for lang, word in (("en", " time"), ("ru", " время"), ("be", " час")):
            label = zones.zone_label(zone, lang)
            assert word in label and "/" not in label and re.search(r"\(UTC[+-]\d+\)$", label), label


def test_offsets_are_those_of_the_day_and_unknown_zones_stay_readable():
    from datetime import datetime, timezone

    assert zones.zone_label("Europe/Kaliningrad", "ru", datetime(2023, 3, 24, tzinfo=timezone.utc)) == \
        "калининградское время (UTC+2)"
    # Volgograd kept UTC+4 from 28.10.2018 to 27.12.2020: the offset is that of the day concerned
    assert zones.zone_label("Europe/Volgograd", "en", datetime(2019, 6, 1, tzinfo=timezone.utc)) == \
        "Volgograd time (UTC+4)"
    assert zones.zone_label("Europe/Volgograd", "en", datetime(2021, 6, 1, tzinfo=timezone.utc)) == \
        "Volgograd time (UTC+3)"
    assert zones.zone_label("America/St_Johns", "be", datetime(2023, 1, 1, tzinfo=timezone.utc)) == \
        "мясцовы час (UTC-3:30)"
    assert zones.zone_label("No/Such_Zone", "ru") == "местное время"
