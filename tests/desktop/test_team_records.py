"""Team sync shares the records of issues 15 and 16 (issue 17): notifications given to
relatives, groups of cases and their members, places of detention, filings and the
rapid-response checklist's ticks travel between three real vaults like cases and events;
a private case's records stay on its device; an edit against a deletion is a conflict; and
a vault that joined its team before these tables were shared sends their rows once, at its
next sync, without conflicts or duplicates on devices that have the same rows."""

from __future__ import annotations

import json

import pytest

from db import team as engine
from db.rapid import Filing
from db.records import CaseGroup, CaseParty, DetentionPlace, Notification
from db.vault import open_vault
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.rapid import checklist, filings
from desktop.team import service as team
from tests.desktop.test_team import Device, deliver, settle, spread, trio  # noqa: F401 - trio is a fixture
from tests.helpers import case_dict, document

NEW = ("party_notifications", "case_groups", "case_group_members", "detention_places", "filings", "checklist_ticks")


def rows(device: Device, table: str) -> list[tuple]:
    """Every row of a table as the device has it (updated_at left out: when this copy changed)."""
    columns = [r[1] for r in device.vault.conn.execute(f"PRAGMA table_info({table})") if r[1] != "updated_at"]
    return sorted(device.vault.conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall(), key=repr)


def count(device: Device, table: str, case_id: str) -> int:
    return device.vault.conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", (case_id,)).fetchone()[0]


def add_records(device: Device, ref: str, other: str, *, place: str = "SIZO-1 Smolensk") -> dict:
    """Give a case a place of detention, a relative with a notification, a group with another
    case, a filing and a ticked step, as a user does (the case editor's save, the Urgent tab)."""
    case = device.case(ref)
    case.detention = [DetentionPlace(since="2021-01-22", place=place, note="moved at night")]
    case.parties = [CaseParty(name="Marta Kudzina", role="relative", consent="yes", contact_how="Signal",
                              notifications=[Notification(date="2021-01-23", text="told of the arrest")])]
    group = CaseGroup(name="Operation Winter", kind="operation")
    case.groups = [group]
    svc.update_case(device.vault, case)
    group_id = device.case(ref).groups[0].id
    second = device.case(other)
    second.groups = [CaseGroup(name="Operation Winter", kind="operation", id=group_id)]
    svc.update_case(device.vault, second)
    filing = filings.add(device.vault, case.id, Filing(case_id=case.id, kind="complaint", body="ECtHR",
                                                       filed_at="2021-01-24T10:00:00+03:00", channel="fax"))
    step = checklist.steps()[0].id
    checklist.tick(device.vault, case.id, step)
    return {"case": case.id, "filing": filing.id, "step": step, "group": group_id}


def same_everywhere(devices, tables=NEW) -> None:
    for table in tables:
        first = rows(devices[0], table)
        for d in devices[1:]:
            assert rows(d, table) == first, (table, d.name)
    assert len({d.digest() for d in devices}) == 1


def test_records_added_edited_and_deleted_travel_between_devices(trio):
    a, b, c = trio
    made = add_records(a, "BY-2021-003", "BY-2022-010")
    settle(trio)
    for table in NEW:
        assert rows(a, table), table
    same_everywhere(trio)
    on_b = b.case("BY-2021-003")
    assert [p.place for p in on_b.detention] == ["SIZO-1 Smolensk"]
    assert on_b.parties[0].consent == "yes" and on_b.parties[0].notifications[0].text == "told of the arrest"
    assert [g.name for g in b.case("BY-2022-010").groups] == ["Operation Winter"]
    assert filings.get(c.vault, made["filing"]).body == "ECtHR"
    assert {s.step.id: s.done_at for s in checklist.state(c.vault, made["case"])}[made["step"]]
    assert all(team.conflicts(d.vault) == [] for d in trio)

    # edits on B (a different record each) reach A and C; no conflict
    case = b.case("BY-2021-003")
    case.detention[0].note = "moved to Vyazma"
    case.parties[0].notifications[0].text = "told of the arrest and the transfer"
    case.groups[0].name = "Operation Winter 2021"
    svc.update_case(b.vault, case)
    filings.answer(b.vault, made["filing"], "communicated to the government", "2021-02-01T12:00:00+01:00")
    settle(trio)
    same_everywhere(trio)
    assert a.case("BY-2021-003").detention[0].note == "moved to Vyazma"
    assert a.case("BY-2022-010").groups[0].name == "Operation Winter 2021"
    assert filings.get(c.vault, made["filing"]).answer == "communicated to the government"
    assert all(team.conflicts(d.vault) == [] for d in trio)

    # deletions on C reach A and B
    case = c.case("BY-2021-003")
    case.detention = []
    case.parties[0].notifications = []
    case.groups = []
    svc.update_case(c.vault, case)
    filings.delete(c.vault, made["filing"])
    checklist.tick(c.vault, made["case"], made["step"], done=False)
    settle(trio)
    same_everywhere(trio)
    for d in trio:
        assert count(d, "detention_places", made["case"]) == 0
        assert count(d, "party_notifications", made["case"]) == 0
        assert count(d, "filings", made["case"]) == 0
        assert count(d, "checklist_ticks", made["case"]) == 0
        assert count(d, "case_group_members", made["case"]) == 0
        assert [g.name for g in d.case("BY-2022-010").groups] == ["Operation Winter 2021"]
    assert all(team.conflicts(d.vault) == [] for d in trio)


def test_a_deleted_case_takes_its_records_with_it_everywhere(trio):
    a, b, c = trio
    made = add_records(a, "BY-2022-010", "BY-2021-003")
    settle(trio)
    svc.delete_case(b.vault, made["case"])
    svc.empty_trash(b.vault)
    settle(trio)
    for d in trio:
        for table in NEW:
            if table != "case_groups":
                assert count(d, table, made["case"]) == 0, (d.name, table)
        with pytest.raises(svc.CaseNotFound):
            d.case("BY-2022-010")
    same_everywhere(trio)
    assert all(team.conflicts(d.vault) == [] for d in trio)


def test_a_private_cases_records_never_leave_the_device(trio):
    a, b, c = trio
    interchange.import_cases(a.vault, interchange.read_cases(document(
        case_dict("PRIV-1", person={"name": "Тайный Клиент", "publicity": "withheld"}),
        case_dict("PRIV-2", person={"name": "Другой Тайный", "publicity": "withheld"}))))
    team.share(a.vault, "PRIV-1", "private")
    team.share(a.vault, "PRIV-2", "private")
    # PRIV-1 and a shared case share a group; PRIV-2 alone is in the "Family" group
    made = add_records(a, "PRIV-1", "BY-2021-003", place="IVS Kursk")
    family = a.case("PRIV-2")
    family.groups = [CaseGroup(name="Тайная семья", kind="family")]
    svc.update_case(a.vault, family)
    settle(trio)
    for d in (b, c):
        for table in NEW:
            if table != "case_groups":
                assert count(d, table, made["case"]) == 0, (d.name, table)
        names = [r[0] for r in d.vault.conn.execute("SELECT name FROM case_groups")]
        assert names == ["Operation Winter"]  # shared with BY-2021-003; the family's group is not
        assert d.vault.conn.execute("SELECT count(*) FROM case_group_members").fetchone()[0] == 1
        assert not d.vault.conn.execute("SELECT 1 FROM detention_places WHERE place = 'IVS Kursk'").fetchone()
    assert b.digest() == c.digest() == a.digest()
    # the private case's records are edited: still nothing leaves
    filings.answer(a.vault, made["filing"], "refused", "2021-02-01T12:00:00+01:00")
    settle(trio)
    assert all(count(d, "filings", made["case"]) == 0 for d in (b, c))
    # shared later: its records follow it, the family group stays private with PRIV-2
    team.share(a.vault, "PRIV-1", "team")
    settle(trio)
    for d in (b, c):
        for table in NEW:
            if table != "case_groups":
                assert count(d, table, made["case"]) == count(a, table, made["case"]) > 0, (d.name, table)
        assert filings.get(d.vault, made["filing"]).answer == "refused"
        assert [r[0] for r in d.vault.conn.execute("SELECT name FROM case_groups")] == ["Operation Winter"]
    assert b.digest() == c.digest() == a.digest()


@pytest.mark.parametrize("decision", ["mine", "theirs"])
def test_an_edited_filing_deleted_elsewhere_is_a_conflict_in_human_words(trio, decision):
    a, b, c = trio
    made = add_records(a, "BY-2021-003", "BY-2022-010")
    settle(trio)
    kept = filings.get(a.vault, made["filing"])
    filings.answer(a.vault, made["filing"], "communicated", "2021-02-01T12:00:00+01:00")
    filings.delete(b.vault, made["filing"])
    settle(trio)
    [on_a] = team.conflicts(a.vault)
    [on_b] = team.conflicts(b.vault)
    assert (on_a["kind"], on_a["table"], on_a["entity"]) == ("deleted_there", "filings", "filing")
    assert on_a["what"].startswith("ECtHR") and on_a["reference"] == "BY-2021-003"
    assert on_a["fields"]["answer"]["mine"] == "communicated"
    assert on_b["kind"] == "deleted_here" and on_b["fields"]["answer"]["theirs"] == "communicated"
    # nothing lost while undecided
    assert filings.get(a.vault, made["filing"]).answer == "communicated"
    with pytest.raises(filings.FilingNotFound):
        filings.get(b.vault, made["filing"])
    team.resolve(a.vault, on_a["id"], decision)
    team.resolve(b.vault, on_b["id"], "theirs" if decision == "mine" else "mine")
    settle(trio)
    for d in trio:
        if decision == "mine":
            assert filings.get(d.vault, made["filing"]).answer == "communicated"
        else:
            with pytest.raises(filings.FilingNotFound):
                filings.get(d.vault, kept.id)
    # C, which took part in neither, saw B's deletion and then A's edit: its conflict is
    # settled by the decision the others took, when it arrives
    assert [(d.name, team.conflicts(d.vault)) for d in trio] == [(d.name, []) for d in trio]
    same_everywhere(trio)


def test_the_same_field_of_a_place_of_detention_and_a_tick_is_a_conflict(trio):
    a, b, c = trio
    made = add_records(a, "BY-2021-003", "BY-2022-010")
    settle(trio)
    for device, note in ((a, "Vyazma"), (c, "Kaluga")):
        case = device.case("BY-2021-003")
        case.detention[0].note = note
        svc.update_case(device.vault, case)
    checklist.tick(b.vault, made["case"], made["step"], done=False)
    checklist.tick(c.vault, made["case"], made["step"])  # ticked again: a new time
    settle(trio)
    on_a = {x["table"]: x for x in team.conflicts(a.vault)}
    assert on_a["detention_places"]["fields"] == {"note": {"base": "moved at night", "mine": "Vyazma",
                                                           "theirs": "Kaluga"}}
    assert on_a["detention_places"]["entity"] == "detention_place"
    assert on_a["detention_places"]["what"].startswith("SIZO-1 Smolensk")
    on_b = {x["table"]: x for x in team.conflicts(b.vault)}
    tick = on_b["checklist_ticks"]
    assert tick["kind"] == "deleted_here" and tick["record"] == [made["case"], made["step"]]
    assert tick["what"] == made["step"] and set(tick["fields"]) == {"done_at", "done_by"}
    # the team keeps Kaluga and the tick (a device that saw the untick first holds the record
    # as deleted here; one that saw it last, as deleted there)
    keep = {"deleted_there": "mine", "deleted_here": "theirs"}
    for d in trio:
        for conflict in team.conflicts(d.vault):
            if conflict["kind"] == "edited":
                choice = "mine" if conflict["fields"]["note"]["mine"] == "Kaluga" else "theirs"
            else:
                choice = keep[conflict["kind"]]
            team.resolve(d.vault, conflict["id"], choice)
    settle(trio)
    assert all(team.conflicts(d.vault) == [] for d in trio)
    assert [d.case("BY-2021-003").detention[0].note for d in trio] == ["Kaluga"] * 3
    assert all(count(d, "checklist_ticks", made["case"]) == 1 for d in trio)
    same_everywhere(trio)


def test_a_case_put_in_the_same_group_on_two_devices_merges(trio):
    """A membership's key is its group's and its case's: two devices that put the same case in
    the same group write the same row, at different times; that is no conflict."""
    a, b, c = trio
    made = add_records(a, "BY-2021-003", "BY-2022-010")
    settle(trio)
    for device in (a, b):
        case = device.case("BY-2022-010")
        case.groups = []
        svc.update_case(device.vault, case)
    settle(trio)
    for device in (b, c):
        case = device.case("BY-2022-010")
        case.groups = [CaseGroup(name="Operation Winter", kind="operation", id=made["group"])]
        svc.update_case(device.vault, case)
    settle(trio)
    assert all(team.conflicts(d.vault) == [] for d in trio)
    same_everywhere(trio)
    assert [g.name for g in a.case("BY-2022-010").groups] == ["Operation Winter"]


# -- a vault enrolled before these tables were shared ------------------------------------------------

def _as_enrolled_before(device: Device) -> None:
    """Make a vault what the previous version left: no capture triggers on the records' tables,
    no m0018_team_records in its migrations, and a base that holds the records' rows as the
    vault has them (the previous version's bases were whole copies of the vault: they held
    rows that were never sent)."""
    conn = device.vault.conn
    state = team._state(device.vault)
    with device.vault.transaction() as tx:
        for table in NEW:
            for event in ("insert", "update", "delete"):
                tx.execute(f"DROP TRIGGER IF EXISTS team_capture_{table}_{event}")
        tx.execute("DELETE FROM team_pending WHERE tbl IN (SELECT value FROM json_each(?))", (json.dumps(NEW),))
        done = [m for m in json.loads(device.vault.meta("migrations")) if m != "m0018_team_records"]
        tx.execute("UPDATE meta SET value = ? WHERE key = 'migrations'", (json.dumps(done),))
        tx.execute(f"PRAGMA user_version = {len(done)}")
        tx.execute("DELETE FROM meta WHERE key = 'team.reshare'")
    assert not engine.capture_installed(conn)
    base = engine.open_work(team.base_path(device.vault), state.base_key)
    try:
        base.execute("BEGIN")
        for table in NEW:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            base.execute(f"DELETE FROM {table}")
            base.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                             conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
        base.execute("COMMIT")
    finally:
        base.close()


def _reopen(device: Device) -> None:
    """Close and open the vault, as the new version does: its migrations run."""
    path, words = device.vault.path, f"passphrase of {device.name}"
    device.vault.close()
    device.vault = open_vault(path, words)


def _write_unnoted(device: Device, ref: str, other: str, **kwargs) -> dict:
    """Records written while the tables were not shared: nothing notes them."""
    made = add_records(device, ref, other, **kwargs)
    with device.vault.transaction() as tx:
        tx.execute("DELETE FROM team_pending WHERE tbl IN (SELECT value FROM json_each(?))", (json.dumps(NEW),))
    return made


def test_a_vault_enrolled_before_sends_its_records_once_then_incrementally(trio):
    a, b, c = trio
    made = add_records(a, "BY-2021-003", "BY-2022-010")
    # B has the same records as A (a hand-off of the same case before the tables were shared)
    same = {t: rows(a, t) for t in NEW}
    for table in ("parties", "case_parties", *NEW):
        columns = [r[1] for r in a.vault.conn.execute(f"PRAGMA table_info({table})")]
        copied = a.vault.conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        with b.vault.transaction() as tx:
            tx.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                           copied)
    # and C has a record of its own
    case = c.case("BY-2022-010")
    case.detention = [DetentionPlace(since="2022-03-01", place="SIZO-2 Bryansk")]
    svc.update_case(c.vault, case)
    for d in trio:
        _as_enrolled_before(d)
    # A is updated first and sends the records' rows it has, once
    _reopen(a)
    assert json.loads(a.vault.meta("team.reshare")) == list(NEW)
    result = a.sync()
    assert result.exported >= sum(len(v) for v in same.values())
    assert a.vault.meta("team.reshare") is None and engine.capture_installed(a.vault.conn)
    # C, not yet updated, refuses A's journal (nothing applied) and writes one A still takes
    spread(trio)
    c.edit("BY-2021-003", summary="from the laptop not yet updated")
    on_c = c.sync()
    assert any("newer version of Abarona" in line for line in on_c.refused)
    assert count(c, "filings", made["case"]) == 0
    spread(trio)
    on_a = a.sync()
    assert on_a.refused == [] and a.case("BY-2021-003").summary == "from the laptop not yet updated"
    # B and C are updated: everything arrives once; B's equal rows are no conflict, no duplicate
    _reopen(b)
    _reopen(c)
    settle(trio)
    assert [(d.name, team.conflicts(d.vault)) for d in trio] == [(d.name, []) for d in trio]
    same_everywhere(trio)
    places = [r[0] for r in a.vault.conn.execute("SELECT place FROM detention_places ORDER BY place")]
    assert places == ["SIZO-1 Smolensk", "SIZO-2 Bryansk"]
    assert len(rows(b, "filings")) == len(same["filings"]) == 1
    assert all(d.vault.meta("team.reshare") is None for d in trio)
    # from now on, incrementally: the base is kept in place, only the written rows are sent
    bases = {d.name: team.base_path(d.vault).stat().st_ino for d in trio}
    filings.answer(c.vault, made["filing"], "answered after the update", "2021-03-01T12:00:00+01:00")
    assert c.sync().exported == 1
    settle(trio)
    assert filings.get(a.vault, made["filing"]).answer == "answered after the update"
    assert {d.name: team.base_path(d.vault).stat().st_ino for d in trio} == bases
    same_everywhere(trio)


def test_a_vault_enrolled_before_keeps_a_private_cases_records(trio):
    a, b, _c = trio
    interchange.import_cases(a.vault, interchange.read_cases(document(
        case_dict("PRIV-1", person={"name": "Тайный Клиент", "publicity": "withheld"}))))
    team.share(a.vault, "PRIV-1", "private")
    settle(trio)
    for d in trio:
        _as_enrolled_before(d)
    made = _write_unnoted(a, "PRIV-1", "BY-2021-003")
    _as_enrolled_before(a)
    for d in trio:
        _reopen(d)
    settle(trio)
    for d in trio[1:]:
        for table in NEW:
            if table != "case_groups":
                assert count(d, table, made["case"]) == 0, (d.name, table)
        assert [r[0] for r in d.vault.conn.execute("SELECT name FROM case_groups")] == ["Operation Winter"]
    assert len({d.digest() for d in trio}) == 1
    assert all(team.conflicts(d.vault) == [] for d in trio)


def _as_written_before(device: Device, seq: int) -> None:
    """Rewrite a journal as the previous version wrote it: without the records' tables'
    changes, and without m0018_team_records in its migrations."""
    import apsw

    state = team._state(device.vault)
    path = device.folder / "journals" / state.device_id / f"{seq:06d}.abj"
    meta, changeset = engine.read_journal(path, [state.key])
    builder = apsw.ChangesetBuilder()
    schema = apsw.Connection(":memory:")
    for (sql,) in device.vault.conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN"
                                             " (SELECT value FROM json_each(?))", (json.dumps(engine.SHARED_TABLES),)):
        schema.execute(sql)
    builder.schema(schema, "main")
    for change in apsw.Changeset.iter(changeset):
        if change.name not in NEW:
            builder.add_change(change)
    old = builder.output()
    meta["file.migrations"] = json.dumps([m for m in json.loads(meta["file.migrations"]) if m != "m0018_team_records"])
    meta["file.digest"] = engine.changeset_digest(old)
    meta["file.changes"] = str(engine.count(old))
    path.unlink()
    engine.write_journal(path, state.key, meta, old)


@pytest.mark.parametrize("private_here", [False, True])
@pytest.mark.parametrize("old_journal", [False, True])
def test_a_case_deleted_elsewhere_takes_its_records_here(trio, old_journal, private_here):
    """A case deleted on another device goes here with everything below it, in the vault and
    in the base, whichever way the journal applies (a vault with a private case applies to a
    whole copy), and is no conflict: not its derived deadlines (never sent), nor, from a
    device not yet updated (``old_journal``: its journal deletes the case but not its records,
    which it did not share), its records."""
    a, b, _c = trio
    made = add_records(a, "BY-2022-010", "BY-2021-003")
    settle(trio)
    if private_here:
        interchange.import_cases(a.vault, interchange.read_cases(document(case_dict("PRIV-1"))))
        team.share(a.vault, "PRIV-1", "private")
        a.sync()
    svc.delete_case(b.vault, made["case"])
    svc.empty_trash(b.vault)
    b.sync()
    if old_journal:
        _as_written_before(b, team._state(b.vault).seq)
    spread(trio)
    result = a.sync()
    assert result.refused == [] and [(c["table"], c["kind"], c["what"]) for c in result.conflicts] == []
    with pytest.raises(svc.CaseNotFound):
        a.case("BY-2022-010")
    state = team._state(a.vault)
    base = engine.open_work(team.base_path(a.vault), state.base_key)
    try:
        assert a.vault.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for conn in (a.vault.conn, base):
            for table in engine.SHARED_TABLES:
                assert conn.execute(f"PRAGMA foreign_key_check({table})").fetchall() == [], table
            for table in NEW:
                if table != "case_groups":
                    assert conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?",
                                        (made["case"],)).fetchone()[0] == 0, table
    finally:
        base.close()


# -- found by the state machine with case deletions ---------------------------------------------------

def _empty(device: Device, ref: str) -> None:
    svc.delete_case(device.vault, device.case(ref).id)
    svc.empty_trash(device.vault)


def test_an_edit_after_a_deletion_of_the_same_case_is_one_decision_and_loses_nothing(trio):
    """A deletes a case; B and C edit its notes. B, given A's deletion and then C's edit, sees
    one conflict for the case (they deleted it), not two for one record (an edit conflict
    beside it, whose decisions could contradict). Keeping the case sends it again whole: C's
    notes against B's then come back as an edit to decide, and the team ends with one case."""
    a, b, c = trio
    b.edit("BY-2022-010", notes="from Vilnius")
    c.edit("BY-2022-010", notes="from Warsaw")
    _empty(a, "BY-2022-010")
    for d in trio:
        d.sync()
    deliver(a, b)
    b.sync()
    deliver(c, b)
    b.sync()
    [on_case] = [x for x in team.conflicts(b.vault) if x["table"] == "cases"]
    assert on_case["kind"] == "deleted_there" and on_case["fields"]["notes"]["mine"] == "from Vilnius"
    team.resolve(b.vault, on_case["id"], "mine")
    assert b.case("BY-2022-010").notes == "from Vilnius"
    for _ in range(4):
        settle(trio, rounds=1)
        for d in trio:
            for x in team.conflicts(d.vault):
                keys = [(y["table"], repr(y["record"])) for y in team.conflicts(d.vault)]
                assert len(keys) == len(set(keys)), keys
            while open_ := team.conflicts(d.vault):  # keep the case; Warsaw's notes win an edit
                x = open_[0]
                choice = ("mine" if x["kind"] == "deleted_there" else "theirs") if x["kind"] != "edited" else \
                    ("mine" if x["fields"].get("notes", {}).get("mine") == "from Warsaw" else "theirs")
                team.resolve(d.vault, x["id"], choice)
    settle(trio)
    assert all(team.conflicts(d.vault) == [] for d in trio)
    assert [d.case("BY-2022-010").notes for d in trio] == ["from Warsaw"] * 3
    assert len({d.digest() for d in trio}) == 1


def test_a_case_sent_again_to_a_device_that_has_it_is_not_new_there(trio, tmp_path):
    """A journal that inserts cases this device has (a case kept by a decision is sent whole
    again) does not count them as new here: their deadlines are then brought up to date, not
    derived afresh (which failed on the case's watch row and stopped the sync)."""
    import shutil

    from db.vault import now_utc

    a, _b, c = trio
    key = team._state(a.vault).base_key
    empty, whole = tmp_path / "empty", tmp_path / "whole"
    engine.empty_base(empty, key)
    engine.working_copy(a.vault.conn, whole, key)
    engine.shape(whole, key, [])
    everything = engine.diff(empty, whole, key)  # every shared row of A, as inserts
    c_key = team._state(c.vault).base_key
    base = tmp_path / "c-base"
    shutil.copyfile(team.base_path(c.vault), base)
    applier = engine.Applier(base, c_key, vault_conn=c.vault.conn)
    try:
        outcome = applier.apply(everything, device_id=team._state(a.vault).device_id, journal="000009.abj",
                                now=now_utc())
    finally:
        applier.close()
    assert outcome.conflicts == [] and outcome.new_case_ids == set()
    assert {c.case(ref).id for ref in ("BY-2021-003", "BY-2022-010")} <= outcome.case_ids
