"""The same interchange file imported into two vaults, which then join one team: the team sees
each case once, with each event, spelling and filing once (a fresh user found every event
doubled: the format carries ids only for cases, and each import made new ones below them)."""

from __future__ import annotations

import uuid

from db.vault import create_vault
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.team import service as team
from tests.desktop.test_team import Device, deliver, settle
from tests.helpers import case_dict, document


def _file():
    cases = [case_dict("BY-2021-003", id=str(uuid.UUID(int=3)), status="open", outcome="pending"),
             case_dict("BY-2022-010", id=str(uuid.UUID(int=10)), summary="Łacinka ŭ",
                       filings=[{"kind": "interim_measures", "body": "UN HRC",
                                 "filed_at": "2022-03-01T10:00:00+03:00"}])]
    return document(*cases)


def test_one_file_in_two_vaults_then_one_team_has_everything_once(tmp_path):
    devices = []
    for name in ("Laptop-Minsk", "Laptop-Vilnius"):
        vault = create_vault(tmp_path / f"{name}.abarona", f"passphrase of {name}", author=name)
        interchange.import_cases(vault, interchange.read_cases(_file()))
        folder = tmp_path / f"team-as-seen-by-{name}"
        folder.mkdir()
        devices.append(Device(vault, folder, name))
    a, b = devices
    try:
        words = team.create_team(a.vault, a.folder, name=a.name).passphrase
        deliver(a, b)
        team.join_team(b.vault, b.folder, words, name=b.name)
        settle(devices, rounds=3)
        for device in devices:
            case = device.case("BY-2021-003")
            assert len(case.events) == len(_file()["cases"][0]["events"])
            assert len(case.person.names) == len(_file()["cases"][0]["person"]["names"])
            assert svc.count_cases(device.vault) == 2
            count = device.vault.conn.execute("SELECT count(*) FROM filings").fetchone()[0]
            assert count == 1
            assert not team.status(device.vault).conflicts
        assert a.digest() == b.digest()
    finally:
        for device in devices:
            device.vault.close()


def test_the_derived_ids_are_the_files_not_the_import_runs(tmp_path):
    ids = []
    for n in range(2):
        vault = create_vault(tmp_path / f"v{n}.abarona", "a passphrase here", author="x")
        interchange.import_cases(vault, interchange.read_cases(_file()))
        case = svc.get_case(vault, "BY-2021-003")
        ids.append(([e.id for e in case.events], [c.id for c in case.charges], case.person.id,
                    [r[0] for r in vault.conn.execute("SELECT id FROM person_names ORDER BY id")]))
        vault.close()
    assert ids[0] == ids[1]
    assert len(set(ids[0][0])) == len(ids[0][0])  # distinct within the case
