"""Team sync (issue 17) with three devices as three real vaults on disk and shared folders.

Each device sees the team folder through its own copy (as Syncthing gives every machine its
own), and tests deliver journal files between them in the order they choose: out of order,
twice, damaged, or not at all."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest

from db import team as engine
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.team import service as team
from tests.helpers import case_dict, document
from tests.conftest import new_vault

NAMES = ("Laptop-Minsk", "Laptop-Vilnius", "Desk-Warsaw")


class Device:
    def __init__(self, vault, folder: Path, name: str) -> None:
        self.vault, self.folder, self.name = vault, folder, name

    def sync(self) -> team.SyncResult:
        return team.sync(self.vault)

    def case(self, ref: str):
        return svc.get_case(self.vault, ref)

    def edit(self, ref: str, **fields) -> None:
        case = self.case(ref)
        for name, value in fields.items():
            setattr(case, name, value)
        svc.update_case(self.vault, case)

    def digest(self) -> str:
        return team.shared_digest(self.vault)


def deliver(src: Device, dst: Device, *, only: list[str] | None = None) -> list[str]:
    """Copy the files of src's folder that dst's folder lacks (relative paths in ``only``)."""
    copied = []
    for path in sorted(src.folder.rglob("*")):
        rel = path.relative_to(src.folder).as_posix()
        if not path.is_file() or (only is not None and rel not in only) or path.name.startswith("."):
            continue
        target = dst.folder / rel
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            copied.append(rel)
    return copied


def spread(devices) -> None:
    for src in devices:
        for dst in devices:
            if src is not dst:
                deliver(src, dst)


def settle(devices, rounds: int = 3) -> None:
    for _ in range(rounds):
        for d in devices:
            spread(devices)
            d.sync()


def decide_all(device: Device, choice: str) -> list[dict]:
    """Decide the open conflicts one at a time, the list read afresh after each (a decision on
    a case deleted on one side decides its records' conflicts with it)."""
    done = []
    while open_ := team.conflicts(device.vault):
        done.append(team.resolve(device.vault, open_[0]["id"], choice))
    return done


@pytest.fixture
def trio(tmp_path):
    """Three devices; the first has two cases and creates the team, the others enrol."""
    vaults = [new_vault(tmp_path / f"{n}.abarona", f"passphrase of {n}", author=n) for n in NAMES]
    devices = []
    for vault, name in zip(vaults, NAMES):
        folder = tmp_path / f"team-as-seen-by-{name}"
        folder.mkdir()
        devices.append(Device(vault, folder, name))
    a, b, c = devices
    interchange.import_cases(a.vault, interchange.read_cases(document(
        case_dict("BY-2021-003"), case_dict("BY-2022-010", summary="Łacinka ŭ"))))
    words = team.create_team(a.vault, a.folder, name=a.name).passphrase
    deliver(a, b)
    deliver(a, c)
    team.join_team(b.vault, b.folder, words, name=b.name)
    team.join_team(c.vault, c.folder, words, name=c.name)
    a.words = words
    settle(devices, rounds=2)
    yield devices
    for vault in vaults:
        vault.close()


def test_enrolled_devices_receive_the_team_cases_and_derived_data(trio):
    a, b, c = trio
    assert [x.case("BY-2021-003").person.display_name for x in trio] == ["Аляксей Кудзін"] * 3
    assert a.digest() == b.digest() == c.digest()
    case_id = b.case("BY-2021-003").id
    # derived data was recomputed on the receiving device: search, deadlines, audit with provenance
    assert case_id in svc.search(b.vault, "Кудзін")
    assert b.vault.conn.execute("SELECT count(*) FROM deadlines WHERE case_id = ? AND rule_id IS NOT NULL",
                                (case_id,)).fetchone()[0] == \
        a.vault.conn.execute("SELECT count(*) FROM deadlines WHERE case_id = ? AND rule_id IS NOT NULL",
                             (case_id,)).fetchone()[0] > 0
    entries = [e for e in svc.history(b.vault, case_id) if e.action == "team_sync"]
    assert entries and json.loads(entries[0].changes)["device"] == "Laptop-Minsk"
    assert json.loads(entries[0].changes)["journal"] == "000001.abj"
    status = team.status(b.vault)
    assert {d.name for d in status.devices} == set(NAMES)


def test_the_folder_reveals_names_and_sizes_never_content(trio):
    a, _b, _c = trio
    files = [p for p in a.folder.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert "Кудзін".encode() not in data and b"BY-2021-003" not in data and b"Laptop-Minsk" not in data
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    journal = a.folder / "journals" / team._state(a.vault).device_id / "000001.abj"
    assert journal.read_bytes()[:16] != b"SQLite format 3\x00"


def test_edits_to_different_fields_merge(trio):
    a, b, c = trio
    a.edit("BY-2021-003", summary="from Minsk")
    b.edit("BY-2021-003", notes="from Vilnius")
    settle(trio)
    for d in trio:
        case = d.case("BY-2021-003")
        assert (case.summary, case.notes) == ("from Minsk", "from Vilnius")
        assert team.conflicts(d.vault) == []
    assert a.digest() == b.digest() == c.digest()


def test_the_same_field_is_a_conflict_decided_with_base_mine_theirs(trio):
    a, b, c = trio
    a.edit("BY-2022-010", region="Smolensk")
    c.edit("BY-2022-010", region="Pskov")
    settle(trio)
    # nothing overwritten silently: each keeps its own until decided
    assert a.case("BY-2022-010").region == "Smolensk" and c.case("BY-2022-010").region == "Pskov"
    [on_a] = team.conflicts(a.vault)
    assert on_a["kind"] == "edited" and on_a["reference"] == "BY-2022-010" and on_a["device"] == "Desk-Warsaw"
    assert on_a["fields"] == {"region": {"base": None, "mine": "Smolensk", "theirs": "Pskov"}}
    [on_c] = team.conflicts(c.vault)
    assert on_c["fields"]["region"] == {"base": None, "mine": "Pskov", "theirs": "Smolensk"}
    team.resolve(a.vault, on_a["id"], "mine")
    team.resolve(c.vault, on_c["id"], "theirs")
    settle(trio)
    assert [d.case("BY-2022-010").region for d in trio] == ["Smolensk"] * 3
    assert all(team.conflicts(d.vault) == [] for d in trio)
    assert a.digest() == b.digest() == c.digest()
    decided = [e for e in svc.history(a.vault, a.case("BY-2022-010").id) if e.action == "team_decide"]
    assert decided and json.loads(decided[0].changes)["decision"] == "mine"


@pytest.mark.parametrize("decision", ["mine", "theirs"])
def test_an_edit_against_a_deletion_is_a_conflict_both_ways(trio, decision):
    a, b, c = trio
    case = a.case("BY-2021-003")
    kept = case.events[1]
    # A edits the second event; B deletes it.
    case.events[1].text = "edited in Minsk"
    svc.update_case(a.vault, case)
    other = b.case("BY-2021-003")
    other.events = [e for e in other.events if e.id != kept.id]
    svc.update_case(b.vault, other)
    settle(trio)
    on_a = team.conflicts(a.vault)
    on_b = team.conflicts(b.vault)
    assert [x["kind"] for x in on_a] == ["deleted_there"] and on_a[0]["fields"]["text"]["mine"] == "edited in Minsk"
    assert [x["kind"] for x in on_b] == ["deleted_here"] and on_b[0]["fields"]["text"]["theirs"] == "edited in Minsk"
    # neither side lost its version while undecided
    assert any(e.text == "edited in Minsk" for e in a.case("BY-2021-003").events)
    assert all(e.id != kept.id for e in b.case("BY-2021-003").events)
    # both lawyers agree: keep the edit ("mine" on A, "theirs" on B) or the deletion
    team.resolve(a.vault, on_a[0]["id"], decision)
    team.resolve(b.vault, on_b[0]["id"], "theirs" if decision == "mine" else "mine")
    settle(trio)
    expected = decision == "mine"
    for d in trio:
        assert any(e.id == kept.id for e in d.case("BY-2021-003").events) is expected
    assert a.digest() == b.digest() == c.digest()


def test_a_deleted_case_with_an_event_added_elsewhere_comes_back_as_a_conflict(trio):
    a, b, c = trio
    gone = a.case("BY-2022-010")
    svc.delete_case(a.vault, gone.id)
    svc.empty_trash(a.vault)
    case = b.case("BY-2022-010")
    case.events.append(svc.Event(type="hearing", date="2023-05-02", text="new in Vilnius"))
    svc.update_case(b.vault, case)
    settle(trio)
    on_a = team.conflicts(a.vault)
    assert {x["kind"] for x in on_a} == {"deleted_here"}
    assert a.case("BY-2022-010").id == gone.id  # kept while undecided, nothing lost
    decide_all(a, "mine")  # the case's records are decided with it: one decision
    for d in (b, c):
        decide_all(d, "theirs")
    settle(trio)
    for d in trio:
        with pytest.raises(svc.CaseNotFound):
            d.case("BY-2022-010")
    assert a.digest() == b.digest() == c.digest()


@pytest.mark.parametrize("first", ["deletion", "addition"])
def test_a_third_device_sees_the_same_conflict_whichever_journal_arrives_first(trio, first):
    """A deletes a case while B adds an event to it: C, given the two journals in either order,
    keeps the case with B's event as the same conflict ("deleted there"), never a refusal."""
    a, b, c = trio
    gone = a.case("BY-2022-010")
    svc.delete_case(a.vault, gone.id)
    svc.empty_trash(a.vault)
    a.sync()
    case = b.case("BY-2022-010")
    case.events.append(svc.Event(type="hearing", date="2023-05-02", text="new in Vilnius"))
    svc.update_case(b.vault, case)
    b.sync()
    journals = [(a, _journal(a, team._state(a.vault).seq)), (b, _journal(b, team._state(b.vault).seq))]
    for src, rel in journals if first == "deletion" else journals[::-1]:
        deliver(src, c, only=[rel])
        assert c.sync().refused == []
    kinds = {(x["table"], x["kind"]) for x in team.conflicts(c.vault)}
    assert ("cases", "deleted_there") in kinds and {k for _t, k in kinds} == {"deleted_there"}
    assert "new in Vilnius" in [e.text for e in c.case("BY-2022-010").events]
    assert len(decide_all(c, "theirs")) == 1  # deleting the case deletes all of it: one decision
    with pytest.raises(svc.CaseNotFound):
        c.case("BY-2022-010")


def _journal(device: Device, seq: int) -> str:
    return f"journals/{team._state(device.vault).device_id}/{seq:06d}.abj"


def _three_journals(a: Device) -> list[str]:
    for n in range(3):
        a.edit("BY-2021-003", summary=f"edit {n}")
        a.sync()
    seq = team._state(a.vault).seq
    return [_journal(a, s) for s in range(seq - 2, seq + 1)]


def test_out_of_order_and_duplicated_delivery(trio):
    a, _b, c = trio
    first, second, third = _three_journals(a)
    deliver(a, c, only=[third])
    result = c.sync()
    assert result.applied == 0 and result.waiting == [f"waiting for journal {int(first[-10:-4])} from Laptop-Minsk"]
    deliver(a, c, only=[first])
    result = c.sync()
    assert result.journals == [f"Laptop-Minsk: {Path(first).name}"]
    assert result.waiting == [f"waiting for journal {int(second[-10:-4])} from Laptop-Minsk"]
    assert c.case("BY-2021-003").summary == "edit 0"
    # a file synchroniser's duplicate of an applied journal, and the same file again
    src = a.folder / first
    shutil.copy2(src, c.folder / first.replace(".abj", ".sync-conflict-20260101-000000-ABCDEF.abj"))
    deliver(a, c, only=[second])
    result = c.sync()
    assert len(result.journals) == 2 and result.waiting == []
    assert c.case("BY-2021-003").summary == "edit 2"
    again = c.sync()
    assert again.applied == 0 and again.journals == [] and again.refused == []
    assert a.digest() == c.digest()


def test_a_missing_journal_waits_then_applies(trio):
    a, b, _c = trio
    first, second, third = _three_journals(a)
    deliver(a, b, only=[first, third])
    result = b.sync()
    assert result.waiting == [f"waiting for journal {int(second[-10:-4])} from Laptop-Minsk"]
    assert b.case("BY-2021-003").summary == "edit 0"
    assert team.status(b.vault).waiting == result.waiting
    deliver(a, b)
    result = b.sync()
    assert result.waiting == [] and b.case("BY-2021-003").summary == "edit 2"


def test_a_journal_waits_for_the_journals_its_writer_had_applied(trio):
    """B edits an event A added; C, given B's journal alone, waits for A's, not a conflict."""
    a, b, c = trio
    case = a.case("BY-2021-003")
    case.events.append(svc.Event(type="hearing", date="2024-03-01", text="added on A"))
    svc.update_case(a.vault, case)
    a.sync()
    deliver(a, b)
    b.sync()
    case = b.case("BY-2021-003")
    [added] = [e for e in case.events if e.text == "added on A"]
    added.text = "edited on B"
    svc.update_case(b.vault, case)
    b.sync()
    a_seq = team._state(a.vault).seq
    b_state = team._state(b.vault)
    deliver(b, c, only=[f"journals/{b_state.device_id}/{b_state.seq:06d}.abj"])
    result = c.sync()
    assert result.waiting == [f"waiting for journal {a_seq} from Laptop-Minsk"] and result.applied == 0
    assert team.conflicts(c.vault) == []
    deliver(a, c)
    result = c.sync()
    assert result.waiting == [] and team.conflicts(c.vault) == []
    assert "edited on B" in [e.text for e in c.case("BY-2021-003").events]
    assert c.digest() == b.digest()


@pytest.mark.parametrize("damage", ["flip", "truncate", "append"])
def test_a_tampered_or_truncated_journal_is_refused_by_name(trio, damage):
    a, _b, c = trio
    a.edit("BY-2021-003", summary="honest")
    a.sync()
    rel = _journal(a, team._state(a.vault).seq)
    deliver(a, c, only=[rel])
    path = c.folder / rel
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x40
    elif damage == "truncate":
        data = data[:len(data) - 700]
    else:
        data += b"\0" * 1024
    path.write_bytes(bytes(data))
    before = c.digest()
    result = c.sync()
    assert result.applied == 0 and len(result.refused) == 1
    assert result.refused[0].startswith(f"journal {int(rel[-10:-4])} from Laptop-Minsk ({Path(rel).name}) was refused")
    assert c.digest() == before
    # the intact file, delivered again, applies
    shutil.copy2(a.folder / rel, path)
    result = c.sync()
    assert result.refused == [] and c.case("BY-2021-003").summary == "honest"


def test_a_journal_from_a_newer_schema_is_refused_with_nothing_applied(trio):
    a, b, _c = trio
    state = team._state(a.vault)
    a.edit("BY-2021-003", summary="not yet")
    a.sync()
    rel = _journal(a, state.seq + 1)
    meta, changeset = engine.read_journal(a.folder / rel, [state.key])
    meta["file.migrations"] = json.dumps(json.loads(meta["file.migrations"]) + ["m9999_future"])
    (a.folder / rel).unlink()
    engine.write_journal(a.folder / rel, state.key, meta, changeset)
    deliver(a, b)
    before = b.digest()
    result = b.sync()
    assert result.applied == 0
    assert "newer version of Abarona" in result.refused[0] and "nothing of it was applied" in result.refused[0]
    assert b.digest() == before and b.case("BY-2021-003").summary != "not yet"


def test_a_revoked_device_is_refused_and_the_passphrase_rotated(trio, tmp_path):
    a, b, c = trio
    c_id = team._state(c.vault).device_id
    assert team.revoke(a.vault, "Desk-Warsaw") == "Desk-Warsaw"
    with pytest.raises(team.TeamError) as own:
        team.revoke(a.vault, "Laptop-Minsk")
    assert own.value.reason == "own_device"
    new_words = team.rotate(a.vault).passphrase
    c.edit("BY-2021-003", summary="from the seized laptop")
    c.sync()
    spread(trio)
    on_a = a.sync()
    [refused] = on_a.refused
    assert refused.startswith("journal 1 from Desk-Warsaw was refused: that device was revoked on ")
    assert a.case("BY-2021-003").summary != "from the seized laptop"
    # B learns the revocation from the folder and refuses too; the old words no longer enrol
    on_b = b.sync()
    assert any("Desk-Warsaw was refused" in line for line in on_b.refused)
    assert any("passphrase was changed" in n for n in on_b.notices)
    with pytest.raises(team.TeamError) as wrong:
        team.join_team(b.vault, b.folder, a.words)
    assert wrong.value.reason == "wrong_passphrase"
    assert team.join_team(b.vault, b.folder, new_words).rejoined
    a.edit("BY-2021-003", notes="after the rotation")
    a.sync()
    spread(trio)
    assert b.sync().journals and b.case("BY-2021-003").notes == "after the rotation"
    # the revoked device cannot read what is written under the new passphrase
    on_c = c.sync()
    assert c.case("BY-2021-003").notes != "after the rotation"
    assert any("revoked" in n for n in on_c.notices) or on_c.waiting
    assert c_id in {d.id for d in team.status(b.vault).devices if d.revoked_at}


def test_journals_under_the_old_key_are_accepted_after_a_rotation_and_a_revoked_device_stays_refused(trio, tmp_path):
    a, b, c = trio
    old_key = team._state(a.vault).key
    team.revoke(a.vault, "Desk-Warsaw")
    new_words = team.rotate(a.vault).passphrase
    new_key = team._state(a.vault).key
    deliver(a, b)
    deliver(a, c)
    # B and C have not entered the new words: they go on writing under the old key
    b.edit("BY-2021-003", summary="written under the old key")
    c.edit("BY-2022-010", notes="from the seized laptop")
    on_b, _on_c = b.sync(), c.sync()
    assert any("passphrase was changed" in n for n in on_b.notices)
    b_id = team._state(b.vault).device_id
    b_journal = b.folder / "journals" / b_id / f"{team._state(b.vault).seq:06d}.abj"
    assert engine.read_journal(b_journal, [old_key])[0]["file.device_name"] == "Laptop-Vilnius"
    with pytest.raises(engine.JournalUnreadable) as unreadable:
        engine.read_journal(b_journal, [new_key])
    assert unreadable.value.reason == "key"
    spread(trio)
    on_a = a.sync()
    assert a.case("BY-2021-003").summary == "written under the old key"
    assert any(line.startswith("journal 1 from Desk-Warsaw was refused: that device was revoked")
               for line in on_a.refused)
    assert a.case("BY-2022-010").notes != "from the seized laptop"
    # B learned the revocation (written under the key every member has): it refuses C too
    assert any("Desk-Warsaw was refused" in line for line in b.sync().refused)
    assert b.case("BY-2022-010").notes != "from the seized laptop"
    # a device enrolling with the new words only reads the history and B's old-key journal
    d = Device(new_vault(tmp_path / "d.abarona", "passphrase of d"), tmp_path / "as-seen-by-d", "Laptop-Hrodna")
    d.folder.mkdir()
    try:
        for src in trio:
            deliver(src, d)
        with pytest.raises(team.TeamError):
            team.join_team(d.vault, d.folder, a.words, name=d.name)
        team.join_team(d.vault, d.folder, new_words, name=d.name)
        on_d = d.sync()
        assert on_d.waiting == []
        assert [line for line in on_d.refused if "Desk-Warsaw" not in line] == []
        assert any("Desk-Warsaw was refused" in line for line in on_d.refused)
        assert d.case("BY-2021-003").summary == "written under the old key"
        assert d.case("BY-2022-010").notes != "from the seized laptop"
        # once every remaining member has the new words, they all agree
        team.join_team(b.vault, b.folder, new_words)
        spread([a, b, d])
        settle([a, b, d])
        assert a.digest() == b.digest() == d.digest()
    finally:
        d.vault.close()


def test_a_private_case_is_never_exported(trio):
    a, b, _c = trio
    interchange.import_cases(a.vault, interchange.read_cases(document(
        case_dict("PRIV-1", summary="Только для этого ноутбука",
                  person={"name": "Тайный Клиент", "publicity": "withheld"}))))
    team.share(a.vault, "PRIV-1", "private")
    a.edit("BY-2021-003", summary="shared edit")
    result = a.sync()
    assert result.exported > 0
    deliver(a, b)
    b.sync()
    assert b.case("BY-2021-003").summary == "shared edit"
    with pytest.raises(svc.CaseNotFound):
        b.case("PRIV-1")
    assert not svc.persons_named_like(b.vault, "Тайный")
    # sharing it later sends it
    team.share(a.vault, "PRIV-1", "team")
    a.sync()
    deliver(a, b)
    b.sync()
    assert b.case("PRIV-1").summary == "Только для этого ноутбука"
    # making it private again deletes nothing elsewhere
    team.share(a.vault, "PRIV-1", "private")
    a.edit("PRIV-1", notes="private note")
    a.sync()
    deliver(a, b)
    b.sync()
    assert b.case("PRIV-1").notes is None


def test_a_sync_after_the_first_compares_and_applies_only_the_rows_written(trio):
    """After the first sync, the snapshot last exported is kept up to date in place: neither
    side copies the whole vault again (the budget: 1 s for 100 changes at 10,000 cases);
    what was written meanwhile is all sent, and every device agrees."""
    a, b, c = trio
    bases = {d.name: team.base_path(d.vault).stat().st_ino for d in trio}
    a.edit("BY-2021-003", summary="written on A")
    case = b.case("BY-2022-010")
    case.events.pop()
    case.events.append(svc.Event(type="hearing", date="2024-05-06", text="added on B"))
    svc.update_case(b.vault, case)
    assert a.sync().exported == 1
    assert b.sync().exported == 2
    settle(trio)
    assert {d.name: team.base_path(d.vault).stat().st_ino for d in trio} == bases
    assert c.case("BY-2021-003").summary == "written on A"
    assert [e.text for e in c.case("BY-2022-010").events] == [e.text for e in b.case("BY-2022-010").events]
    assert "added on B" in [e.text for e in a.case("BY-2022-010").events]
    assert a.digest() == b.digest() == c.digest()
    assert c.sync().exported == 0 and a.sync().exported == 0


def test_joining_with_a_wrong_passphrase_or_no_team_is_refused(trio, tmp_path):
    a, _b, _c = trio
    fresh = new_vault(tmp_path / "fresh.abarona", "fresh passphrase")
    try:
        with pytest.raises(team.TeamError) as wrong:
            team.join_team(fresh, a.folder, "not the words")
        assert wrong.value.reason == "wrong_passphrase"
        empty = tmp_path / "empty"
        empty.mkdir()
        with pytest.raises(team.TeamError) as none:
            team.join_team(fresh, empty, a.words)
        assert none.value.reason == "no_team"
        with pytest.raises(team.TeamError) as missing:
            team.create_team(fresh, tmp_path / "nowhere")
        assert missing.value.reason == "no_folder"
        assert team.status(fresh) is None
    finally:
        fresh.close()


def test_one_event_edit_journal_is_small(trio):
    a, _b, _c = trio
    case = a.case("BY-2021-003")
    case.events[0].text = "Задержан в Москве, адвоката не допустили."
    svc.update_case(a.vault, case)
    assert a.sync().exported == 1
    path = a.folder / _journal(a, team._state(a.vault).seq)
    assert path.stat().st_size <= 4096
    assert path.stat().st_size % engine.JOURNAL_PAGE_SIZE == 0


def test_saving_an_unchanged_case_sends_nothing(trio):
    a, _b, _c = trio
    before = team._state(a.vault).seq
    svc.update_case(a.vault, a.case("BY-2021-003"))  # saved as it was
    assert a.sync().exported == 0
    assert team._state(a.vault).seq == before


def test_a_sync_leaves_every_vault_sealed_as_it_is(trio, tmp_path):
    """Sync copies its working copy back into the vault through the backup API, which no
    trigger sees: the close must still seal what the vault holds, or every later check says
    the vault was changed outside Abarona (found by a new user on two fresh vaults)."""
    from db.vault import check, open_vault

    a, b, c = trio

    def reopen():  # as the command line does: each sync in its own session, sealed at its close
        for device in trio:
            path = device.vault.path
            device.vault.close()
            device.vault = open_vault(path, f"passphrase of {device.name}")

    reopen()
    a.edit("BY-2021-003", summary="edited on the first laptop")
    reopen()
    for _ in range(2):
        spread(trio)
        for device in trio:
            device.sync()
            reopen()
    assert b.case("BY-2021-003").summary == "edited on the first laptop"
    for device in trio:
        path = device.vault.path
        device.vault.close()
        with open_vault(path, f"passphrase of {device.name}") as again:
            report = check(again)
            assert report.ok and report.seal == "ok", (device.name, report.problems)
        device.vault = open_vault(path, f"passphrase of {device.name}")
    for device in trio:
        device.vault.close()


def test_the_removal_risk_band_sees_what_a_sync_brought(trio):
    from db.records import Event
    from desktop.rapid import risk

    a, b, _c = trio
    assert risk.at_risk(b.vault) == []
    case = a.case("BY-2021-003")
    case.status, case.outcome = "open", "pending"
    case.events = [e for e in case.events if e.type == "arrest"] + [Event("transfer_date_set", "2099-01-01", time="06:00")]
    svc.update_case(a.vault, case)
    assert [r.reference for r in risk.at_risk(a.vault)] == ["BY-2021-003"]
    settle(trio, rounds=2)
    assert [r.reference for r in risk.at_risk(b.vault)] == ["BY-2021-003"]


def test_a_conflict_decided_meanwhile_is_not_decided_again(trio):
    """resolve() reads the conflict again inside its write (issue 12, item 1): a second
    connection that decides it just before the write begins wins, and nothing is applied."""
    from db.vault import connect_file, now_utc

    a, b, c = trio
    a.edit("BY-2022-010", region="Smolensk")
    c.edit("BY-2022-010", region="Pskov")
    settle(trio)
    [on_a] = team.conflicts(a.vault)
    other = connect_file(a.vault.path, f"passphrase of {a.name}")
    fired = []

    def just_before(sql):
        if sql.startswith("BEGIN IMMEDIATE") and not fired:
            fired.append(sql)
            engine.mark_decided(other, on_a["id"], "mine", now_utc())  # committed at once

    a.vault.conn.set_trace_callback(just_before)
    try:
        with pytest.raises(team.TeamError) as raised:
            team.resolve(a.vault, on_a["id"], "theirs")
    finally:
        a.vault.conn.set_trace_callback(None)
        other.close()
    assert fired and "decided meanwhile" in str(raised.value)
    assert a.case("BY-2022-010").region == "Smolensk"  # theirs was not taken
    assert not [e for e in svc.history(a.vault, a.case("BY-2022-010").id) if e.action == "team_decide"]


def test_a_copy_of_a_vault_syncing_as_the_same_device_is_refused(trio, tmp_path):
    """A vault file copied to a new laptop and opened on both: two vaults writing journals as
    one device corrupt what the others apply (found by a new user). The second to sync is
    refused, nothing sent or applied, with a message that says what to do."""
    from db.vault import open_vault

    a, b, _c = trio
    path, words = b.vault.path, f"passphrase of {b.name}"
    b.vault.close()
    copy = tmp_path / "copied-to-a-new-laptop.abarona"
    shutil.copyfile(path, copy)
    b.vault = open_vault(path, words)
    clone = Device(open_vault(copy, words), b.folder, b.name)
    try:
        clone.edit("BY-2021-003", summary="written in the copy")
        clone.sync()
        b.edit("BY-2021-003", summary="written in the original")
        before = sorted(p.name for p in b.folder.rglob("*.abj"))
        with pytest.raises(team.TeamError) as refused:
            b.sync()
        assert refused.value.reason is team.TeamReason.COPY and "Another copy of this vault" in str(refused.value)
        assert sorted(p.name for p in b.folder.rglob("*.abj")) == before  # nothing sent
    finally:
        clone.vault.close()


def test_a_crash_between_sending_a_journal_and_noting_it_is_not_taken_for_a_copy(trio, monkeypatch):
    a, b, _c = trio
    b.edit("BY-2021-003", summary="sent just before a crash")

    def crash(*_args, **_kwargs):
        raise RuntimeError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(team.engine, "record_tombstones", crash)
        with pytest.raises(RuntimeError):
            b.sync()
    b.edit("BY-2021-003", summary="and after it")
    assert b.sync().exported  # not refused: the journal published before the crash was this vault's own
    spread(trio)
    applied = a.sync()
    assert [j.split(": ")[1] for j in applied.journals if j.startswith(b.name)] == ["000001.abj", "000002.abj"]
    # the crash left b's record of what the team last saw behind: the change arrives, as a
    # conflict to decide where a's copy differs from that older base (nothing is lost)
    assert a.case("BY-2021-003").summary == "and after it" or any(
        c["fields"]["summary"]["theirs"] == "and after it" for c in applied.conflicts)
