"""abarona-cli team, sync, conflicts and case share (issue 17) end to end, two vaults and one
shared folder: the commands and JSON shapes the issue names, their messages, never a traceback."""

from __future__ import annotations

import json
import shutil

import pytest

from db.vault import open_vault
from desktop.cases import service as svc
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document, fill_drive, small_file_system


@pytest.fixture
def pair(run, template_vault, tmp_path, monkeypatch):
    """Two vaults (Minsk with two cases, Vilnius empty) in one team; returns (minsk, vilnius, folder, words)."""
    minsk, vilnius = tmp_path / "minsk.abarona", tmp_path / "vilnius.abarona"
    for path in (minsk, vilnius):
        shutil.copyfile(template_vault, path)
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(case_dict("BY-2021-003"), case_dict("BY-2022-010")), ensure_ascii=False),
                      encoding="utf-8")
    assert run("--vault", minsk, "import", source)[0] == 0
    folder = tmp_path / "Sync"
    folder.mkdir()
    code, out, err = run("--vault", minsk, "team", "create", "--folder", folder, "--name", "Laptop-Minsk")
    assert code == 0, err
    words = out.split("never through the team folder:\n", 1)[1].split()[0]
    assert len(words.split("-")) >= 6
    monkeypatch.setenv("ABARONA_TEAM_PASSPHRASE", words)
    code, out, err = run("--vault", vilnius, "team", "join", "--folder", folder, "--name", "Laptop-Vilnius")
    assert code == 0 and "Enrolled as Laptop-Vilnius" in out, err
    return minsk, vilnius, folder, words


def _sync(run, vault):
    code, out, err = run("--vault", vault, "sync", "--json")
    assert code == 0, err
    return json.loads(out)


def test_sync_json_shape_and_a_conflict_decided_from_the_cli(run, pair, tmp_path):
    minsk, vilnius, folder, words = pair
    first = _sync(run, minsk)
    assert {"exported", "applied", "conflicts", "waiting"} <= set(first)
    assert first["exported"] > 0 and first["applied"] == 0 and first["conflicts"] == [] == first["waiting"]
    second = _sync(run, vilnius)
    assert second["applied"] == first["exported"] and second["exported"] == 0
    # the passphrase was printed once: it is in no file of the folder or beside the vaults
    for path in [*folder.rglob("*"), *tmp_path.glob("*.abarona*")]:
        if path.is_file():
            assert words.encode() not in path.read_bytes()
    # the same field changed on both devices
    for vault, place in ((minsk, "Smolensk"), (vilnius, "Pskov")):
        with open_vault(vault, PASSPHRASE) as v:
            case = svc.get_case(v, "BY-2022-010")
            case.region = place
            svc.update_case(v, case)
    _sync(run, minsk)
    result = _sync(run, vilnius)
    [conflict] = result["conflicts"]
    assert conflict["fields"]["region"] == {"base": None, "mine": "Pskov", "theirs": "Smolensk"}
    assert conflict["reference"] == "BY-2022-010" and conflict["device"] == "Laptop-Minsk"
    code, out, _ = run("--vault", vilnius, "conflicts")
    assert code == 0 and f"{conflict['id']}: case BY-2022-010: changed on both devices" in out
    assert "region: base — | mine Pskov | theirs Smolensk" in out
    code, listed, _ = run("--vault", vilnius, "conflicts", "--json")
    assert json.loads(listed)[0]["id"] == conflict["id"]
    code, _, err = run("--vault", vilnius, "conflicts", "resolve", conflict["id"])
    assert code == 2 and "--mine or --theirs" in err
    code, _, err = run("--vault", vilnius, "conflicts", "resolve", "999", "--theirs")
    assert code == 1 and "There is no open conflict 999" in err
    code, out, _ = run("--vault", vilnius, "conflicts", "resolve", conflict["id"], "--theirs")
    assert code == 0 and "decided" in out
    with open_vault(vilnius, PASSPHRASE) as v:
        assert svc.get_case(v, "BY-2022-010").region == "Smolensk"
    code, out, _ = run("--vault", vilnius, "conflicts")
    assert "No conflicts to decide." in out


def test_a_case_kept_against_its_deletion_is_one_decision_from_the_cli(run, pair):
    """Minsk empties a case out of its trash while Vilnius edits an event of it: on Vilnius,
    `conflicts resolve ID --mine` on the case keeps it whole and decides its records' conflicts
    with it (named); after a sync on each, Minsk has the whole case back."""
    minsk, vilnius, _folder, _words = pair
    _sync(run, minsk)
    _sync(run, vilnius)
    with open_vault(minsk, PASSPHRASE) as v:
        svc.delete_case(v, svc.get_case(v, "BY-2022-010").id)
        svc.empty_trash(v)
    with open_vault(vilnius, PASSPHRASE) as v:
        case = svc.get_case(v, "BY-2022-010")
        events = [e.id for e in case.events]
        case.events[1].text = "edited in Vilnius"
        svc.update_case(v, case)
    _sync(run, minsk)
    conflicts = _sync(run, vilnius)["conflicts"]
    assert len(conflicts) > 1 and {c["kind"] for c in conflicts} == {"deleted_there"}
    [on_case] = [c for c in conflicts if c["table"] == "cases"]
    code, listed, _ = run("--vault", vilnius, "conflicts")
    # in words, only what differs: no column names, ids or bookkeeping of the program
    assert code == 0 and f"{on_case['id']}: case BY-2022-010: deleted on Laptop-Minsk, changed here" in listed
    assert "    text: base — | mine edited in Vilnius | theirs —" in listed and "event “" in listed
    assert "summary:" not in listed  # unchanged on this device: nothing to decide there
    for developer in ("person_id", "date_lower", "created_at", "case_id", "search_key", "position", "case_party",
                      "checklist_tick", "_"):
        assert developer not in listed.replace("Laptop-Minsk", ""), (developer, listed)
    code, out, err = run("--vault", vilnius, "conflicts", "resolve", on_case["id"], "--mine")
    others = sorted(c["id"] for c in conflicts if c["id"] != on_case["id"])
    assert code == 0 and "Decided with it, as the whole case was kept or deleted: conflicts " + \
        ", ".join(map(str, others)) in out, err
    code, out, _ = run("--vault", vilnius, "conflicts")
    assert "No conflicts to decide." in out
    _sync(run, vilnius)
    assert _sync(run, minsk)["conflicts"] == []
    with open_vault(minsk, PASSPHRASE) as v:
        kept = svc.get_case(v, "BY-2022-010")
        assert [e.id for e in kept.events] == events and kept.events[1].text == "edited in Vilnius"


def test_status_share_revoke_rotate(run, pair, tmp_path, monkeypatch):
    minsk, vilnius, folder, _words = pair
    code, out, err = run("--vault", minsk, "case", "share", "BY-2021-003", "--private")
    assert code == 0 and "private to this device" in out, err
    code, _, err = run("--vault", minsk, "case", "share", "NOPE-1", "--team")
    assert code == 1 and "There is no case 'NOPE-1'" in err
    _sync(run, minsk)
    _sync(run, vilnius)
    code, out, _ = run("--vault", vilnius, "show", "BY-2021-003")
    assert code == 1
    code, out, _ = run("--vault", vilnius, "team", "status", "--json")
    status = json.loads(out)
    assert status["device"]["name"] == "Laptop-Vilnius"
    assert {d["name"] for d in status["devices"]} == {"Laptop-Minsk", "Laptop-Vilnius"}
    assert status["conflicts"] == 0 and status["waiting"] == []
    code, out, _ = run("--vault", vilnius, "team", "status")
    assert "Laptop-Minsk [" in out and "journals 1 of 1" in out
    code, out, err = run("--vault", minsk, "team", "revoke", "Laptop-Vilnius")
    assert code == 0 and "Laptop-Vilnius is revoked" in out, err
    code, _, err = run("--vault", minsk, "team", "revoke", "Nobody")
    assert code == 1 and "There is no single device 'Nobody'" in err
    code, out, err = run("--vault", minsk, "team", "rotate")
    assert code == 0 and "never through the team folder" in out, err
    new_words = out.split("never through the team folder:\n", 1)[1].split()[0]
    assert new_words != _words
    code, out, _ = run("--vault", minsk, "team", "status", "--json")
    assert json.loads(out)["epoch"] == 2


def test_team_errors_are_one_line(run, vault_path, tmp_path, monkeypatch):
    code, _, err = run("--vault", vault_path, "sync")
    assert code == 1 and "not in a team" in err
    code, out, _ = run("--vault", vault_path, "team", "status", "--json")
    assert code == 0 and json.loads(out) is None
    code, _, err = run("--vault", vault_path, "team", "create", "--folder", tmp_path / "missing")
    assert code == 1 and "There is no folder" in err
    code, _, err = run("--vault", vault_path, "team", "join", "--folder", tmp_path)
    assert code == 2 and "ABARONA_TEAM_PASSPHRASE" in err
    monkeypatch.setenv("ABARONA_TEAM_PASSPHRASE", "wrong words")
    code, _, err = run("--vault", vault_path, "team", "join", "--folder", tmp_path)
    assert code == 1 and "holds no team" in err


def test_a_full_team_drive_sends_nothing_and_loses_nothing(run, template_vault, tmp_path, vault_key):
    """The team folder on a nearly full drive (a real 200 KB tmpfs): the first sync says the
    team folder's drive is full (exit 1, real process), leaves no partial journal, and once
    there is room the next sync sends every change: nothing is taken as sent that was not."""
    import os
    import subprocess

    from desktop import cli
    from tests.conftest import PYTHON, ROOT, cli_env

    with small_file_system(tmp_path / "usb", "200k") as folder:
        vault = tmp_path / "minsk.abarona"
        shutil.copyfile(template_vault, vault)
        source = tmp_path / "cases.json"
        source.write_text(json.dumps(document(*[case_dict(ref, summary="Ў" * 20_000)
                                                for ref in ("BY-2021-003", "BY-2022-010")]),
                                     ensure_ascii=False), encoding="utf-8")
        assert run("--vault", vault, "import", source)[0] == 0
        assert run("--vault", vault, "team", "create", "--folder", folder, "--name", "Laptop-Minsk")[0] == 0
        fill_drive(folder, 8192)
        before = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(vault), "sync"], cwd=ROOT,
                                capture_output=True, text=True, env=cli_env(tmp_path, vault_key))
        assert result.returncode == cli.EXIT_FAILURE, result.stdout + result.stderr
        assert "The team folder's drive is full" in result.stderr and "Traceback" not in result.stderr
        assert "vault is intact" not in result.stderr  # it is the team folder that is full, not the vault's disk
        assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == before  # no partial
        (folder / "photos.zip").unlink()  # room again
        sent = _sync(run, vault)
        assert sent["exported"] > 0, sent  # the changes the failed sync could not send go now
        assert _sync(run, vault)["exported"] == 0
