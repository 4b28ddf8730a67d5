"""Deletions are remembered (who, when) and carried in hand-off packages; a record deleted
in one vault and met again in a package is a conflict for the user, never re-added silently
(issue 12, item 4). Real vaults on disk, packages written and read back."""

from __future__ import annotations

import pytest

from db import backup as copies
from db import handoff as rows
from db.records import CaseParty
from desktop.cases import documents
from desktop.cases import service as svc
from desktop.vaults import handoff
from tests.desktop.test_backups import fill
from tests.conftest import new_vault

COLLEAGUE = "калега з Гродна"
REF = "BY-2021-003"


@pytest.fixture
def mine(vault):
    fill(vault)
    return vault


@pytest.fixture
def theirs(tmp_path):
    v = new_vault(tmp_path / "colleague.abarona", COLLEAGUE, author="Hanna Ivanova")
    yield v
    v.close()


def _import(vault, exported, **kwargs):
    with handoff.open_package(exported.path, exported.passphrase) as opened:
        plan = handoff.plan_import(vault, opened)
        return plan, handoff.apply_import(vault, opened, plan, **kwargs)


def _tombstones(vault) -> dict[tuple[str, str], dict]:
    return {(t["entity"], t["record_id"]): t for t in rows.all_tombstones(vault.conn)}


@pytest.fixture
def shared(mine, theirs, tmp_path):
    """Both lawyers hold the same case: mine handed it to theirs."""
    _import(theirs, handoff.export_package(mine, [REF], tmp_path / "first.abarona"))
    return svc.get_case(mine, REF)


def test_a_deletion_is_remembered_with_who_and_when(mine):
    case = svc.get_case(mine, REF)
    gone = case.events.pop(1)
    svc.update_case(mine, case)
    found = _tombstones(mine)
    assert set(found) == {("events", gone.id)}
    assert found[("events", gone.id)]["deleted_by"] == "A. Ivanova"
    assert found[("events", gone.id)]["case_id"] == case.id
    assert found[("events", gone.id)]["deleted_at"].endswith("Z")


def test_an_edit_that_keeps_every_spelling_leaves_no_tombstone_but_a_dropped_one_does(mine):
    case = svc.get_case(mine, REF)
    case.person.hometown = "Brest"
    svc.update_case(mine, case)
    assert _tombstones(mine) == {}  # spellings are rewritten under new ids: not deletions
    dropped = case.person.names.pop()
    svc.update_case(mine, case)
    assert set(_tombstones(mine)) == {("person_names", f"{case.person.id}:{dropped.value}")}


def test_emptying_the_trash_remembers_the_case_and_everything_in_it(mine):
    case = svc.get_case(mine, REF)
    document_id = documents.list_documents(mine, case.id)[0].id
    svc.delete_case(mine, case.id)
    assert _tombstones(mine) == {}  # the trash is not a deletion: it can be restored
    svc.empty_trash(mine)
    found = set(_tombstones(mine))
    assert {("cases", case.id), ("persons", case.person.id), ("documents", document_id),
            ("case_parties", case.parties[0].id), ("parties", case.parties[0].party_id)} <= found
    assert {("events", e.id) for e in case.events} <= found
    assert {("charges", c.id) for c in case.charges} <= found


def test_the_reported_loss_an_event_deleted_here_is_a_conflict_not_new(mine, theirs, shared, tmp_path):
    """A colleague deleted an event; a package of the same case brought it back as "new"."""
    case = svc.get_case(mine, REF)
    gone = case.events.pop(0)
    svc.update_case(mine, case)
    back = handoff.export_package(theirs, [REF], tmp_path / "back.abarona")

    plan, result = _import(mine, back)
    assert gone.id not in plan.new["events"] and not plan.new_count
    [conflict] = plan.deletions  # (the other events' positions differ too: ordinary conflicts)
    assert (conflict.table, conflict.record_id, conflict.deleted) == ("events", gone.id, "here")
    assert conflict.deleted_by == "A. Ivanova" and conflict.reference == REF
    assert result.kept_deleted == 1 and not sum(result.added.values())
    assert gone.id not in {e.id for e in svc.get_case(mine, REF).events}

    # The user decides to take it back: it returns, and is no longer remembered as deleted.
    plan, result = _import(mine, back, decisions={gone.id: "theirs"})
    assert result.added["events"] == 1
    assert gone.id in {e.id for e in svc.get_case(mine, REF).events}
    assert ("events", gone.id) not in _tombstones(mine)


@pytest.mark.parametrize("what", ["charges", "documents", "case_parties", "parties", "person_names"])
def test_the_same_holds_for_charges_documents_parties_and_names(mine, theirs, shared, tmp_path, what):
    case = svc.get_case(mine, REF)
    if what == "charges":
        case.charges = []
        svc.update_case(mine, case)
    elif what == "documents":
        documents.delete_document(mine, documents.list_documents(mine, case.id)[0].id)
    elif what in ("case_parties", "parties"):
        case.parties = []
        svc.update_case(mine, case)
    else:
        dropped = case.person.names.pop()
        svc.update_case(mine, case)
    before = copies.digest(mine.conn)
    back = handoff.export_package(theirs, [REF], tmp_path / "back.abarona")
    plan, result = _import(mine, back)
    assert not plan.new_count  # nothing comes back as new
    if what == "person_names":
        # A person both hold: the spelling shows as a difference of the person, kept as mine.
        [conflict] = plan.conflicts
        assert conflict.table == "persons" and conflict.fields[0].name == "names"
        assert dropped not in svc.get_case(mine, REF).person.names
    else:
        tables = {c.table for c in plan.conflicts}
        assert tables and all(c.deleted == "here" for c in plan.conflicts)
        assert tables <= {"charges", "documents", "case_parties", "parties"}
        after = svc.get_case(mine, REF)
        assert not (after.charges if what == "charges" else after.parties if what != "documents"
                    else documents.list_documents(mine, case.id))
    assert not result.changed
    assert copies.digest(mine.conn)[0] != "" and sum(result.added.values()) == 0
    assert copies.digest(mine.conn) == before or what == "person_names"


def test_a_case_deleted_for_good_is_one_conflict_and_comes_back_whole_only_if_taken(mine, theirs, shared,
                                                                                   tmp_path):
    case = svc.get_case(mine, REF)
    svc.delete_case(mine, case.id)
    svc.empty_trash(mine)
    back = handoff.export_package(theirs, [REF], tmp_path / "back.abarona")
    plan, result = _import(mine, back)
    assert [(c.table, c.deleted) for c in plan.conflicts] == [("cases", "here")]
    assert plan.new_count == 0 and not result.changed
    with pytest.raises(svc.CaseNotFound):
        svc.get_case(mine, REF)
    plan, result = _import(mine, back, decisions={case.id: "theirs"})
    restored = svc.get_case(mine, REF)
    assert {e.id for e in restored.events} == {e.id for e in case.events}
    assert restored.parties[0].name == case.parties[0].name
    assert documents.list_documents(mine, case.id)
    assert not any(key[0] in ("cases", "events", "persons") for key in _tombstones(mine))


def test_a_deletion_made_there_travels_and_is_a_conflict_here(mine, theirs, shared, tmp_path):
    ours = svc.get_case(theirs, REF)
    gone = ours.events.pop(2)
    svc.update_case(theirs, ours)
    back = handoff.export_package(theirs, [REF], tmp_path / "back.abarona")
    with handoff.open_package(back.path, back.passphrase) as opened:
        assert [(t["entity"], t["record_id"], t["deleted_by"]) for t in opened.tombstones] == [
            ("events", gone.id, "Hanna Ivanova")]
    plan, result = _import(mine, back)
    [conflict] = plan.deletions
    assert (conflict.record_id, conflict.deleted, conflict.deleted_by) == (gone.id, "there", "Hanna Ivanova")
    assert gone.id in {e.id for e in svc.get_case(mine, REF).events}  # kept unless decided
    plan, result = _import(mine, back, decisions={conflict.key: "theirs"})
    assert result.deleted == {"events": 1}
    assert gone.id not in {e.id for e in svc.get_case(mine, REF).events}
    tombstone = _tombstones(mine)[("events", gone.id)]
    assert tombstone["deleted_by"] == "Hanna Ivanova" and tombstone["deleted_at"] == conflict.deleted_at
    assert any(e.action == "handoff_delete" for e in svc.history(mine, shared.id))
    plan, _ = _import(mine, back)
    assert not plan.deletions and not plan.carried and not plan.new_count


def test_a_case_in_their_trash_is_a_difference_to_decide(mine, theirs, shared, tmp_path):
    ours = svc.get_case(theirs, REF)
    ours.parties = [CaseParty(name="Someone else", role="relative")]
    svc.update_case(theirs, ours)
    svc.delete_case(theirs, ours.id)
    back = handoff.export_package(theirs, [REF], tmp_path / "back.abarona")
    plan, result = _import(mine, back)
    tables = {c.table: c for c in plan.conflicts}
    assert tables["cases"].fields[0].name == "deleted_at" and tables["case_parties"].deleted == "there"
    assert svc.get_case(mine, REF).deleted_at is None and svc.get_case(mine, REF).parties
    plan, result = _import(mine, back, decisions={c.key: "theirs" for c in plan.conflicts})
    taken = svc.get_case(mine, REF)
    assert taken.deleted_at is not None and [p.name for p in taken.parties] == ["Someone else"]
    assert ("case_parties", shared.parties[0].id) in _tombstones(mine)
    # A case deleted for good there is remembered there, for a later sync (issue 17).
    svc.empty_trash(theirs)
    assert _tombstones(theirs)[("cases", ours.id)]["deleted_by"] == "Hanna Ivanova"


def test_a_package_of_the_first_release_still_imports(mine, theirs, tmp_path):
    """Packages written before tombstones existed carry no such table: they import as before."""
    exported = handoff.export_package(mine, [REF], tmp_path / "old.abarona")
    key = copies.file_key(exported.path, exported.passphrase)
    conn = rows_conn = copies.connect_file(exported.path, key)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%tombstone%'"
                                ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE tombstones")
    conn.execute("DELETE FROM meta WHERE key = 'migrations'")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("VACUUM")
    digest, counts = copies.digest(conn)
    meta = copies.read_meta(conn, prefix="file.")
    meta.update({"file.digest": digest, "file.counts": __import__("json").dumps(counts, sort_keys=True),
                 "file.schema_version": "1"})
    copies.stamp(conn, meta)
    rows_conn.close()
    with handoff.open_package(exported.path, exported.passphrase) as opened:
        assert opened.tombstones == []
    plan, result = _import(theirs, exported)
    assert result.added["cases"] == 1 and not plan.conflicts
    assert svc.get_case(theirs, REF).person.display_name == svc.get_case(mine, REF).person.display_name


def test_the_cli_lists_a_deletion_as_a_conflict_and_keeps_it_deleted(mine, theirs, shared, tmp_path, run,
                                                                      monkeypatch):
    case = svc.get_case(mine, REF)
    gone = case.events.pop(0)
    svc.update_case(mine, case)
    back = handoff.export_package(theirs, [REF], tmp_path / "back.abarona")
    mine.close()
    monkeypatch.setenv("ABARONA_HANDOFF_PASSPHRASE", back.passphrase)
    code, out, err = run("--vault", mine.path, "handoff", "import", back.path)
    assert code == 0, err
    assert f"Conflict {gone.id}: event" in out and "deleted in this vault by A. Ivanova" in out
    assert f"--theirs {gone.id}" in out
    code, out, err = run("--vault", mine.path, "handoff", "import", back.path, "--theirs", gone.id)
    assert code == 0 and "2 record(s) added" in out  # the event and the deadline it starts
