"""Hand-off packages between two real vaults: round trip, conflicts (keep mine, take theirs),
reference collisions, a second import that changes nothing, and damaged packages."""

from __future__ import annotations

import os
import shutil

import pytest

from db import backup as copies
from db import handoff as rows
from db.records import CaseParty
from db.vault import PAGE_SIZE, open_vault
from desktop.cases import service as svc
from desktop.cases import documents
from desktop.vaults import handoff
from desktop.cases import interchange
from desktop.cases.service import CaseNotFound
from desktop.errors import VaultExists
from desktop.progress import Cancelled
from tests.conftest import PASSPHRASE, new_vault
from tests.desktop.test_backups import PDF, fill
from tests.helpers import case_dict, document

COLLEAGUE = "калега з Гродна"


@pytest.fixture
def mine(vault):
    """The sending lawyer's vault: three cases with a party and a document."""
    fill(vault)
    return vault


@pytest.fixture
def theirs(tmp_path):
    """The colleague's vault, in another city."""
    v = new_vault(tmp_path / "colleague.abarona", COLLEAGUE, author="Hanna Ivanova")
    yield v
    v.close()


@pytest.fixture
def package(mine, tmp_path):
    return handoff.export_package(mine, ["BY-2021-003", "BY-2022-010"], tmp_path / "для калегі.abarona")


def _case_rows(vault, reference):
    """Every row of a case in every hand-off table (ids included), for comparing vaults."""
    case_id = svc.get_case(vault, reference).id
    found = {}
    for table in rows.TABLES:
        found[table] = sorted((sorted(r.items()) for r in rows.rows_of_cases(vault.conn, table, [case_id])),
                              key=repr)
    found["chunks"] = [list(rows.chunks_of(vault.conn, d["id"]))
                       for d in rows.rows_of_cases(vault.conn, "documents", [case_id])]
    return found


def _import(vault, exported, **kwargs):
    with handoff.open_package(exported.path, exported.passphrase) as opened:
        plan = handoff.plan_import(vault, opened)
        return plan, handoff.apply_import(vault, opened, plan, **kwargs)


def test_the_package_holds_just_the_chosen_cases_encrypted(package):
    assert [ref for _id, ref in package.cases] == ["BY-2021-003", "BY-2022-010"]
    assert len(package.passphrase.split("-")) >= 6
    assert package.counts["cases"] == 2 and package.counts["audit"] == 0
    assert package.counts["parties"] == 1 and package.counts["document_chunks"] == 2
    data = package.path.read_bytes()
    assert "Кудзін".encode() not in data and b"BY-2021-003" not in data
    assert not [p for p in package.path.parent.iterdir() if ".partial" in p.name]


def test_the_package_opens_with_its_words_in_stock_sqlcipher(package):
    import sqlcipher3

    conn = sqlcipher3.connect(str(package.path))
    conn.set_key(package.passphrase)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
    assert conn.execute("SELECT value FROM meta WHERE key = 'file.kind'").fetchone()[0] == "handoff"
    conn.close()


def test_round_trip_between_two_vaults(mine, theirs, package):
    plan, result = _import(theirs, package)
    assert plan.new["cases"] and not plan.conflicts and not plan.collisions
    assert result.added["cases"] == 2 and result.added["documents"] == 1 and result.added["parties"] == 1
    assert sorted(r.reference for r in svc.list_cases(theirs)) == ["BY-2021-003", "BY-2022-010"]
    for reference in ("BY-2021-003", "BY-2022-010"):
        assert _case_rows(theirs, reference) == _case_rows(mine, reference)
    case = svc.get_case(theirs, "BY-2021-003")
    assert case.parties[0].name == "Ірына Лазарчык"
    assert documents.read_document(theirs, documents.list_documents(theirs, case.id)[0].id) == PDF
    assert case.id in svc.search(theirs, "Kudzin")  # indexed in the colleague's vault
    assert svc.search(theirs, "Labkovich") == [svc.get_case(theirs, "BY-2022-010").id]
    # The audit trail says where every record came from.
    entries = [e for e in svc.history(theirs, case.id) if e.action == "handoff_add"]
    assert {e.entity for e in entries} >= {"case", "event", "charge", "document", "case_party"}
    assert all(package.path.name in e.changes and mine.vault_id in e.changes for e in entries)
    # ... and in the sender's vault, that the case was handed off.
    assert [e for e in svc.history(mine, case.id) if e.action == "handoff_export"]


def test_a_second_import_of_the_same_package_changes_nothing(mine, theirs, package):
    _import(theirs, package)
    before = copies.digest(theirs.conn)
    plan, result = _import(theirs, package)
    assert not plan.changes and not result.changed
    assert plan.identical_count == plan.identical_count and plan.new_count == 0
    assert copies.digest(theirs.conn) == before  # not a row, not an audit entry


def test_conflicts_are_listed_with_both_versions_and_kept_unless_decided(mine, theirs, package, tmp_path):
    _import(theirs, package)
    # Both lawyers work on the same case.
    ours = svc.get_case(theirs, "BY-2021-003")
    ours.summary = "Гродна: скарга пададзена"
    ours.events[0].place = "Smolensk"
    svc.update_case(theirs, ours)
    sent = svc.get_case(mine, "BY-2021-003")
    sent.summary = "Minsk: appeal lodged"
    sent.person.hometown = "Brest"
    sent.events.append(sent.events[0].__class__(type="hearing", date="2024-02-01", place="Moscow City Court"))
    svc.update_case(mine, sent)
    again = handoff.export_package(mine, ["BY-2021-003"], tmp_path / "again.abarona")

    plan, result = _import(theirs, again)
    by_table = {c.table: c for c in plan.conflicts}
    assert set(by_table) == {"cases", "persons", "events"}
    assert [(f.name, f.mine, f.theirs) for f in by_table["cases"].fields] == [
        ("summary", "Гродна: скарга пададзена", "Minsk: appeal lodged")]
    assert [(f.name, f.mine, f.theirs) for f in by_table["persons"].fields] == [("hometown", "Minsk", "Brest")]
    assert [(f.name, f.mine, f.theirs) for f in by_table["events"].fields] == [("place", "Smolensk", "Moscow Oblast")]
    assert by_table["cases"].reference == by_table["events"].reference == "BY-2021-003"
    assert by_table["events"].what == "2021-01-21 arrest"
    # Default: keep mine; the new hearing is added; nothing of mine was overwritten.
    assert result.kept_mine == 3 and result.added["events"] == 1
    kept = svc.get_case(theirs, "BY-2021-003")
    assert kept.summary == "Гродна: скарга пададзена" and kept.person.hometown == "Minsk"
    assert kept.events[0].place == "Smolensk"
    assert any(e.type == "hearing" for e in kept.events)

    # Take theirs for the case, keep mine for the person.
    plan, result = _import(theirs, again, decisions={by_table["cases"].key: "theirs"})
    assert result.replaced["cases"] == 1 and result.kept_mine == 2
    taken = svc.get_case(theirs, "BY-2021-003")
    assert taken.summary == "Minsk: appeal lodged" and taken.person.hometown == "Minsk"
    replaced = [e for e in svc.history(theirs, taken.id) if e.action == "handoff_replace"]
    assert len(replaced) == 1 and "Гродна: скарга пададзена" in replaced[0].changes and "again.abarona" in replaced[0].changes
    assert svc.search(theirs, "appeal lodged") == [taken.id]

    # Importing again: the person and the event are still in conflict; nothing changes.
    before = copies.digest(theirs.conn)
    plan, result = _import(theirs, again)
    assert sorted(c.table for c in plan.conflicts) == ["events", "persons"] and not result.changed
    assert copies.digest(theirs.conn) == before


def test_take_theirs_by_record_id_and_then_nothing_is_left_to_decide(mine, theirs, package, tmp_path):
    _import(theirs, package)
    ours = svc.get_case(theirs, "BY-2022-010")
    ours.person.names = ours.person.names[:1]
    svc.update_case(theirs, ours)
    plan, result = _import(theirs, package, decisions={ours.person.id: "theirs"})
    assert result.replaced["persons"] == 1
    assert svc.get_case(theirs, "BY-2022-010").person.names == svc.get_case(mine, "BY-2022-010").person.names
    plan, result = _import(theirs, package)
    assert not plan.changes


def test_a_reference_used_by_a_different_case_is_reported_and_skipped(mine, theirs, package):
    own = interchange.read_cases(document(case_dict("BY-2021-003", summary="a different client")))
    interchange.import_cases(theirs, own)
    plan, result = _import(theirs, package)
    assert [c.reference for c in plan.collisions] == ["BY-2021-003"]
    assert plan.collisions[0].local_case_id != plan.collisions[0].case_id and plan.collisions[0].records > 0
    assert result.skipped_cases == ["BY-2021-003"] and result.added["cases"] == 1
    assert svc.get_case(theirs, "BY-2021-003").summary == "a different client"
    assert documents.list_documents(theirs, svc.get_case(theirs, "BY-2021-003").id) == []
    assert not svc.get_case(theirs, "BY-2021-003").parties
    # The user gives it a new reference: now it comes in whole.
    plan, result = _import(theirs, package, renames={"BY-2021-003": "BY-2021-003-H"})
    assert result.renamed == {"BY-2021-003": "BY-2021-003-H"} and result.added["documents"] == 1
    moved = svc.get_case(theirs, "BY-2021-003-H")
    assert moved.id == package.cases[0][0] and moved.parties[0].name == "Ірына Лазарчык"
    assert any("renamed_from" in e.changes for e in svc.history(theirs, moved.id))


def test_a_new_reference_must_be_free(mine, theirs, package):
    interchange.import_cases(theirs, interchange.read_cases(document(case_dict("BY-2021-003"), case_dict("X-1"))))
    before = copies.digest(theirs.conn)
    for renames in ({"BY-2021-003": "X-1"}, {"BY-2021-003": "BY-2022-010"}, {"BY-2021-003": " "},
                    {"NOT-THERE": "Y"}):
        with pytest.raises(handoff.HandoffFailed):
            _import(theirs, package, renames=renames)
    with pytest.raises(handoff.HandoffFailed):
        _import(theirs, package, decisions={"cases:no-such-id": "theirs"})
    assert copies.digest(theirs.conn) == before


def test_the_passphrase_may_be_typed_with_spaces_and_capitals(theirs, package):
    typed = package.passphrase.upper().replace("-", "  ")
    with handoff.open_package(package.path, typed) as opened:
        assert len(opened.rows["cases"]) == 2


@pytest.mark.parametrize("damage", ["wrong_passphrase", "truncated", "flipped", "backup"])
def test_a_damaged_or_wrong_package_is_refused_with_its_verdict(mine, theirs, package, tmp_path, damage):
    passphrase = package.passphrase
    path = package.path
    if damage == "wrong_passphrase":
        passphrase = "not-the-right-words"
    elif damage == "truncated":
        os.truncate(path, path.stat().st_size - PAGE_SIZE)
    elif damage == "flipped":
        data = bytearray(path.read_bytes())
        data[-100] ^= 0x10
        path.write_bytes(bytes(data))
    else:
        from desktop.vaults import backups

        folder = tmp_path / "usb"
        folder.mkdir()
        path = backups.create_backup(mine, folder, passphrase=PASSPHRASE).path
        passphrase = PASSPHRASE
    before = copies.digest(theirs.conn)
    with pytest.raises(handoff.HandoffFailed) as info:
        handoff.import_package(theirs, path, passphrase)
    expected = {"wrong_passphrase": "wrong_passphrase", "truncated": "truncated", "flipped": "damaged",
                "backup": "not_a_backup"}[damage]
    assert info.value.report.verdict == expected
    assert copies.digest(theirs.conn) == before


def test_export_never_overwrites_and_names_unknown_cases(mine, tmp_path):
    target = tmp_path / "exists.abarona"
    target.write_text("keep")
    with pytest.raises(VaultExists):
        handoff.export_package(mine, ["BY-2021-003"], target)
    assert target.read_text() == "keep"
    with pytest.raises(CaseNotFound) as info:
        handoff.export_package(mine, ["BY-2021-003", "NOPE-1"], tmp_path / "p.abarona")
    assert "NOPE-1" in str(info.value) and not (tmp_path / "p.abarona").exists()
    with pytest.raises(handoff.HandoffFailed):
        handoff.export_package(mine, [], tmp_path / "p.abarona")
    assert sorted(p.name for p in tmp_path.iterdir() if "abarona" in p.name and "vault" not in p.name) == ["exists.abarona"]


def test_cancelling_an_export_leaves_nothing(mine, tmp_path):
    def progress(done, total):
        if done > 300:
            raise Cancelled()

    before = copies.max_audit_id(mine.conn)
    with pytest.raises(Cancelled):
        handoff.export_package(mine, ["BY-2021-003"], tmp_path / "p.abarona", progress=progress)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".p.abarona", "p.abarona"))]
    assert copies.max_audit_id(mine.conn) == before  # no "handed off" entry for a package that is not there


def test_cases_may_be_named_by_id(mine, theirs, tmp_path):
    case_id = svc.get_case(mine, "RU-2023-001").id
    exported = handoff.export_package(mine, [case_id.upper()], tmp_path / "p.abarona")
    _plan, result = _import(theirs, exported)
    assert result.added["cases"] == 1 and svc.get_case(theirs, "RU-2023-001").id == case_id


def test_a_shared_party_comes_once(mine, theirs, tmp_path):
    first, second = (svc.get_case(mine, r) for r in ("BY-2021-003", "BY-2022-010"))
    lawyer = first.parties[0]
    second.parties = [CaseParty(name=lawyer.name, role="lawyer", party_id=lawyer.party_id)]
    from db import parties as party_queries  # the case editor's way of linking an existing party

    with mine.transaction() as conn:
        second.parties[0].id = "0c1e2d3f-0000-4000-8000-000000000001"
        party_queries.sync_case_parties(conn, second.id, second.parties, now="2024-01-01T00:00:00Z")
    exported = handoff.export_package(mine, ["BY-2021-003", "BY-2022-010"], tmp_path / "p.abarona")
    assert exported.counts["parties"] == 1 and exported.counts["case_parties"] == 2
    _plan, result = _import(theirs, exported)
    assert result.added["parties"] == 1 and result.added["case_parties"] == 2


def test_the_colleagues_copy_is_a_complete_vault(mine, theirs, package, tmp_path):
    _import(theirs, package)
    theirs.close()
    shutil.copyfile(theirs.path, tmp_path / "copy.abarona")
    with open_vault(tmp_path / "copy.abarona", COLLEAGUE) as vault:
        from db.vault import check

        assert check(vault).ok  # foreign keys included
