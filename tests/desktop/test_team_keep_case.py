"""A case kept against its deletion comes back whole on every device (issue 17).

Two real vaults, each seeing the team folder through a folder of its own. A empties a case
out of its trash while B edits one of its records (or the case itself); the deletion meets the
edit, and a lawyer keeps the case, on either device. Every record of the case (events,
charges, parties with their notifications, groups, places of detention, filings, checklist
ticks, documents with their content, the person and spellings) must be on both devices after
the decision and one more sync on each, record by record the same, nothing of it lost. The
other way, deleting the case, deletes all of it on both. And one record is never in two
open conflicts at once (an edit conflict and a deletion conflict)."""

from __future__ import annotations

import pytest

from db import team as engine
from desktop.cases import documents
from desktop.cases import service as svc
from desktop.rapid import checklist, filings
from desktop.team import service as team
from tests.desktop.test_team import Device, deliver
from tests.desktop.test_team_records import add_records
from tests.conftest import new_vault
from desktop.cases import interchange
from tests.helpers import case_dict, document

REF, OTHER = "BY-2021-003", "BY-2022-010"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40  # three chunks' worth is not needed: any bytes do


@pytest.fixture
def duo(tmp_path):
    """A and B in one team; A made the two cases, gave the first every kind of record and a
    document, and both devices have all of it."""
    vaults = [new_vault(tmp_path / f"{n}.abarona", f"passphrase of {n}", author=n) for n in ("A", "B")]
    a, b = (Device(v, tmp_path / f"team-{n}", n) for v, n in zip(vaults, ("Laptop-Minsk", "Laptop-Vilnius")))
    for d in (a, b):
        d.folder.mkdir()
    interchange.import_cases(a.vault, interchange.read_cases(document(case_dict(REF), case_dict(OTHER))))
    add_records(a, REF, OTHER)
    documents.add_document(a.vault, a.case(REF).id, name="рашэнне суда.pdf", data=PDF)
    words = team.create_team(a.vault, a.folder, name=a.name).passphrase
    deliver(a, b)
    team.join_team(b.vault, b.folder, words, name=b.name)
    round_trip(a, b)
    assert case_rows(a, REF) == case_rows(b, REF)
    yield a, b
    for vault in vaults:
        vault.close()


def round_trip(first: Device, second: Device) -> None:
    """One sync on each device, the folders delivered both ways between them, then again."""
    for _ in range(2):
        first.sync()
        deliver(first, second)
        second.sync()
        deliver(second, first)


def case_rows(device: Device, ref_or_id: str) -> dict[str, list[tuple]]:
    """Every row of a case that a team shares, table by table (updated_at left out): the case,
    its records, documents' content, its person and spellings, the parties and groups it names."""
    conn = device.vault.conn
    found = engine.find_case(conn, ref_or_id)
    assert found is not None, f"{ref_or_id} is not on {device.name}"
    rows: dict[str, list[tuple]] = {}
    for table, pk in engine.case_unit(conn, found[0]):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "updated_at"]
        row = engine.get_row(conn, table, pk)
        rows.setdefault(table, []).append(tuple(row[c] for c in columns))
    return {t: sorted(v, key=repr) for t, v in rows.items()}


def edit(device: Device, what: str) -> None:
    """B's change to the case: one event edited, the case itself edited, an event added, or a
    filing answered (a record of issue 16, written from the Urgent tab); or several of these and
    the records a case gains in tables of their own, joined by "+": a checklist step ticked
    ("tick"), a document added ("document")."""
    if "+" in what:
        for part in what.split("+"):
            edit(device, part)
        return
    case = device.case(REF)
    if what == "tick":
        checklist.tick(device.vault, case.id, checklist.steps()[2].id)
        return
    if what == "document":
        documents.add_document(device.vault, case.id, name="from Vilnius.pdf", data=PDF)
        return
    if what == "filing":
        [found] = filings.list_filings(device.vault, case_id=case.id)
        filings.answer(device.vault, found.filing.id, "communicated", "2021-02-01T12:00:00+01:00")
        return
    if what == "event":
        case.events[1].text = "edited in Vilnius"
    elif what == "added event":
        case.events.append(svc.Event(type="hearing", date="2021-09-02", text="new in Vilnius"))
    else:
        case.summary = "edited in Vilnius"
    svc.update_case(device.vault, case)


def empty(device: Device, ref: str) -> None:
    svc.delete_case(device.vault, device.case(ref).id)
    svc.empty_trash(device.vault)


def meet(a: Device, b: Device, what: str) -> dict[str, list[tuple]]:
    """A empties the case out of its trash while B edits it; both sync and see each other's
    change. Returns the case as B had it, edited, before the deletion arrived."""
    empty(a, REF)
    edit(b, what)
    expected = case_rows(b, REF)
    a.sync()
    b.sync()
    deliver(a, b)
    deliver(b, a)
    a.sync()
    b.sync()
    return expected


def keep_all(device: Device) -> list[dict]:
    """Keep every record of the case on ``device`` (yours where it was deleted there, theirs
    where it was deleted here), one conflict at a time as a user decides them."""
    decided = []
    while True:
        open_ = team.conflicts(device.vault)
        if not open_:
            return decided
        c = open_[0]
        assert c["kind"] in ("deleted_here", "deleted_there"), c
        decided.append(team.resolve(device.vault, c["id"], "mine" if c["kind"] == "deleted_there" else "theirs"))


def one_conflict_per_record(device: Device) -> None:
    keys = [(c["table"], repr(c["record"])) for c in team.conflicts(device.vault)]
    assert len(keys) == len(set(keys)), keys


# B's edit of the case itself together with a record added in a table of its own (a tick, a
# document, an event): the record's arrival brings the case back on A (as a conflict), and it
# must come back as B edited it, not as A last had it (before, keeping it restored A's old summary)
WITH_RECORDS = ["case+tick", "case+document", "case+added event", "tick", "document"]


@pytest.mark.parametrize("what", ["event", "case", "added event", "filing", *WITH_RECORDS])
@pytest.mark.parametrize("decider", ["deleting", "editing"])
def test_a_case_kept_against_its_deletion_comes_back_whole_on_both_devices(duo, what, decider):
    a, b = duo
    records = {t: len(v) for t, v in case_rows(a, REF).items()}
    assert all(records.get(t) for t in ("events", "charges", "case_parties", "party_notifications", "documents",
                                        "document_chunks", "detention_places", "filings", "checklist_ticks",
                                        "case_group_members", "parties", "case_groups", "person_names"))
    expected = meet(a, b, what)
    for d in (a, b):
        one_conflict_per_record(d)
    assert team.conflicts(a.vault) and team.conflicts(b.vault)
    # while undecided, the device that edited still has the whole case, nothing of it deleted
    assert case_rows(b, REF) == expected
    keeper, other = (a, b) if decider == "deleting" else (b, a)
    decided = keep_all(keeper)
    assert len(decided) == 1, "keeping one record of the case keeps the case: one decision"
    assert case_rows(keeper, REF) == expected  # whole on the device that kept it, at once
    round_trip(keeper, other)
    for d in (a, b):
        assert team.conflicts(d.vault) == [], d.name
        assert case_rows(d, REF) == expected, d.name
        assert d.case(REF).deleted_at is None
    assert a.digest() == b.digest()
    assert documents.read_document(a.vault, documents.list_documents(a.vault, a.case(REF).id)[0].id) == PDF


@pytest.mark.parametrize("what", ["event", *WITH_RECORDS])
@pytest.mark.parametrize("decider", ["deleting", "editing"])
def test_a_case_whose_deletion_is_taken_goes_whole_on_both_devices(duo, what, decider):
    """Before, with a tick or a document in B's edit, the case came back on A with A's old
    values, B's deletion (sent with B's values) then met a different case there: A kept it live
    with three open conflicts for good, and the two vaults differed."""
    a, b = duo
    meet(a, b, what)
    decider_device, other = (a, b) if decider == "deleting" else (b, a)
    c = team.conflicts(decider_device.vault)[0]
    done = team.resolve(decider_device.vault, c["id"], "mine" if c["kind"] == "deleted_here" else "theirs")
    assert team.conflicts(decider_device.vault) == [] or decider == "deleting", done
    round_trip(decider_device, other)
    for d in (a, b):
        assert team.conflicts(d.vault) == [], d.name
        with pytest.raises(svc.CaseNotFound):
            d.case(REF)
    assert a.digest() == b.digest()
    assert {t: len(v) for t, v in case_rows(a, OTHER).items()} == {t: len(v) for t, v in case_rows(b, OTHER).items()}


def test_an_edit_and_a_deletion_of_one_record_are_one_conflict(duo):
    """B and A edit the same field of the case (an edit conflict on B), then A deletes the case
    before B decided: B sees one conflict for the case, keep or delete, not two."""
    a, b = duo
    a.edit(REF, notes="from Minsk")
    b.edit(REF, notes="from Vilnius")
    round_trip(a, b)
    [edited] = [c for c in team.conflicts(b.vault) if c["table"] == "cases"]
    assert edited["kind"] == "edited"
    empty(a, REF)
    a.sync()
    deliver(a, b)
    b.sync()
    one_conflict_per_record(b)
    [on_case] = [c for c in team.conflicts(b.vault) if c["table"] == "cases"]
    assert on_case["kind"] == "deleted_there" and on_case["id"] == edited["id"]
    team.resolve(b.vault, on_case["id"], "mine")
    round_trip(b, a)
    for d in (a, b):
        one_conflict_per_record(d)
    # A gets the case back whole; B's notes against A's last ones are an edit to decide on A
    assert {c["kind"] for c in team.conflicts(a.vault)} <= {"edited"}
    for c in team.conflicts(a.vault):
        team.resolve(a.vault, c["id"], "theirs")
    round_trip(a, b)
    assert case_rows(a, REF) == case_rows(b, REF) and a.case(REF).notes == "from Vilnius"
    assert a.digest() == b.digest()


def test_a_third_device_that_took_the_deletion_keeps_the_case_whole(tmp_path):
    """A empties the case out of its trash, B edits an event, and C, which took part in
    neither, gets the deletion first (so it deleted the case, document content and all) and
    then the edit: C keeps the case. It comes back whole on all three, with the document's
    content, from what C kept of the rows the deletion took."""
    from tests.desktop.test_team import NAMES, settle

    vaults = [new_vault(tmp_path / f"{n}.abarona", f"passphrase of {n}", author=n) for n in NAMES]
    try:
        trio = [Device(v, tmp_path / f"team-{n}", n) for v, n in zip(vaults, NAMES)]
        for d in trio:
            d.folder.mkdir()
        a, b, c = trio
        interchange.import_cases(a.vault, interchange.read_cases(document(case_dict(REF), case_dict(OTHER))))
        add_records(a, REF, OTHER)
        documents.add_document(a.vault, a.case(REF).id, name="рашэнне суда.pdf", data=PDF)
        words = team.create_team(a.vault, a.folder, name=a.name).passphrase
        for d in (b, c):
            deliver(a, d)
            team.join_team(d.vault, d.folder, words, name=d.name)
        settle(trio, rounds=2)
        empty(a, REF)
        edit(b, "event")
        expected = case_rows(b, REF)
        a.sync()
        b.sync()
        deliver(a, c)
        c.sync()
        with pytest.raises(svc.CaseNotFound):
            c.case(REF)
        deliver(b, c)
        c.sync()
        one_conflict_per_record(c)
        assert len(keep_all(c)) == 1
        assert case_rows(c, REF) == expected
        settle(trio)
        for d in trio:
            assert team.conflicts(d.vault) == [], d.name
            assert case_rows(d, REF) == expected, d.name
        assert len({d.digest() for d in trio}) == 1
    finally:
        for vault in vaults:
            vault.close()


@pytest.mark.parametrize("then", ["keep", "delete"])
def test_a_keep_crossing_a_new_deletion_on_the_other_device_is_asked_not_swapped(duo, then):
    """A empties the case out of its trash; B edits an event of it and syncs, then, before A's
    deletion reaches it, deletes the case too. A, given B's edit, keeps the case. A's keep and B's
    deletion cross: B, which deleted the case in a journal A had not applied, gets the case back
    as a conflict to decide (before, it took A's case silently while A took B's deletion: each
    device ended with the other's state). Decided either way, both end the same."""
    a, b = duo
    empty(a, REF)
    edit(b, "event")
    expected = case_rows(b, REF)
    b.sync()
    deliver(b, a)
    a.sync()
    empty(b, REF)
    assert len(keep_all(a)) == 1 and case_rows(a, REF) == expected
    round_trip(a, b)
    one_conflict_per_record(b)
    on_b = team.conflicts(b.vault)
    assert on_b and {c["kind"] for c in on_b} == {"deleted_here"}
    assert case_rows(b, REF) == expected  # nothing of it lost while undecided
    if then == "keep":
        assert len(keep_all(b)) == 1
    else:
        [on_case] = [c for c in on_b if c["table"] == "cases"]
        team.resolve(b.vault, on_case["id"], "mine")
    round_trip(b, a)
    for d in (a, b):
        assert team.conflicts(d.vault) == [], d.name
        if then == "keep":
            assert case_rows(d, REF) == expected, d.name
        else:
            with pytest.raises(svc.CaseNotFound):
                d.case(REF)
    assert a.digest() == b.digest()


def test_a_journal_of_a_device_without_the_deletion_journal_numbers_still_applies(duo):
    """Migrations m0026 and m0026a (the journals that carried a deletion, a decision) change
    nothing a journal holds: a journal written by the release before them (its migrations
    without them) applies."""
    import json

    a, b = duo
    a.edit(OTHER, summary="from the earlier release")
    a.sync()
    state = team._state(a.vault)
    path = a.folder / "journals" / state.device_id / f"{state.seq:06d}.abj"
    meta, changeset = engine.read_journal(path, [state.key])
    ours = {"m0026_team_tombstone_journal", "m0026a_team_decision_journal"}
    assert ours <= set(json.loads(meta["file.migrations"]))
    meta["file.migrations"] = json.dumps([m for m in json.loads(meta["file.migrations"]) if m not in ours])
    path.unlink()
    engine.write_journal(path, state.key, meta, changeset)
    deliver(a, b)
    result = b.sync()
    assert result.refused == [] and b.case(OTHER).summary == "from the earlier release"


def test_two_devices_deciding_one_edit_conflict_each_for_their_own_are_asked_again_not_swapped(duo):
    """A and B write different notes; each lawyer decides the conflict for their own version at
    the same time. Before, each device then took the other's notes silently (the two ended
    swapped, with no conflict left). Now each sees the other's decision as a new conflict; decided
    alike, both end with the same notes."""
    a, b = duo
    a.edit(REF, notes="from Minsk")
    b.edit(REF, notes="from Vilnius")
    round_trip(a, b)
    [on_a], [on_b] = team.conflicts(a.vault), team.conflicts(b.vault)
    team.resolve(a.vault, on_a["id"], "mine")
    team.resolve(b.vault, on_b["id"], "mine")
    round_trip(a, b)
    assert (a.case(REF).notes, b.case(REF).notes) == ("from Minsk", "from Vilnius")  # neither swapped
    for d in (a, b):
        one_conflict_per_record(d)
    [again_a] = team.conflicts(a.vault)
    assert again_a["fields"]["notes"]["mine"] == "from Minsk" and again_a["fields"]["notes"]["theirs"] == "from Vilnius"
    team.resolve(a.vault, again_a["id"], "theirs")
    round_trip(a, b)
    assert team.conflicts(a.vault) == [] and team.conflicts(b.vault) == []
    assert a.case(REF).notes == b.case(REF).notes == "from Vilnius"
    assert a.digest() == b.digest()


@pytest.mark.parametrize("what", ["tick", "document", "case+tick"])
@pytest.mark.parametrize("first", ["persons", "cases"])
def test_a_deletion_decided_on_three_devices_leaves_no_conflict_that_could_undo_it(tmp_path, what, first):
    """A empties the case out of its trash, B ticks a checklist step (or adds a document), C
    takes part in neither; A decides to delete, starting from the person's conflict or the
    case's. The case and its person are gone on all three, and no conflict of any of its rows is
    left open anywhere (before, B and C kept "person: deleted on A, changed here", whose --mine
    on B brought the whole case back to the team)."""
    from tests.desktop.test_team import NAMES, settle

    vaults = [new_vault(tmp_path / f"{n}.abarona", f"passphrase of {n}", author=n) for n in NAMES]
    try:
        trio = [Device(v, tmp_path / f"team-{n}", n) for v, n in zip(vaults, NAMES)]
        for d in trio:
            d.folder.mkdir()
        a, b, c = trio
        interchange.import_cases(a.vault, interchange.read_cases(document(case_dict(REF), case_dict(OTHER))))
        add_records(a, REF, OTHER)
        documents.add_document(a.vault, a.case(REF).id, name="рашэнне суда.pdf", data=PDF)
        person = engine.get_row(a.vault.conn, "cases", [a.case(REF).id])["person_id"]
        words = team.create_team(a.vault, a.folder, name=a.name).passphrase
        for d in (b, c):
            deliver(a, d)
            team.join_team(d.vault, d.folder, words, name=d.name)
        settle(trio, rounds=2)
        empty(a, REF)
        edit(b, what)
        settle(trio, rounds=2)
        for d in (a, b):
            assert team.conflicts(d.vault), d.name
        open_ = sorted(team.conflicts(a.vault), key=lambda x: x["table"] != first)
        assert open_[0]["table"] == first and open_[0]["kind"] == "deleted_here"
        team.resolve(a.vault, open_[0]["id"], "mine")
        while left := team.conflicts(a.vault):  # the case's other conflicts, if any were left
            team.resolve(a.vault, left[0]["id"], "mine" if left[0]["kind"] == "deleted_here" else "theirs")
        settle(trio)
        for d in trio:
            assert team.conflicts(d.vault) == [], d.name
            assert engine.find_case(d.vault.conn, REF) is None, d.name
            assert engine.get_row(d.vault.conn, "persons", [person]) is None, d.name
        assert len({d.digest() for d in trio}) == 1
    finally:
        for vault in vaults:
            vault.close()
