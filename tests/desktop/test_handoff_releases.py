"""A hand-off package written by any earlier release imports and keeps every record: such a
package lacks the tables added since it was written (party notifications, groups, places of
detention, filings, checklist ticks, ...), and today's reader finds no rows there instead of
failing.

The first release's own package is imported by test_release1_upgrade.py. Here, packages of
the releases between it and today are made the way those releases wrote them: today's package
of real cases, less the tables (and the tables that refer to them) a release did not have yet.
Which tables those are is read from the first release's package, so a table added later is
covered without changing this file."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from db import backup as copies
from db import handoff as rows
from db.rapid import Filing
from db.records import Case, CaseGroup, Charge, Person
from db.vault import connect_file, open_vault
from desktop.cases import documents
from desktop.cases import service as svc
from desktop.rapid import checklist, filings
from desktop.vaults import handoff
from tests.desktop.test_records_story import _padlobnikau

RELEASE1 = Path(__file__).resolve().parent.parent / "data" / "release1" / "handoff.abarona"
RELEASE1_WORDS = "heritage-implosive-dullness-aspirin-motion-reset"


def _release1_tables() -> set[str]:
    conn = copies.open_copy(RELEASE1, copies.file_key(RELEASE1, RELEASE1_WORDS))
    try:
        return {t for t in rows.TABLES if rows.has_table(conn, t)}
    finally:
        conn.close()


#: The hand-off tables the first release's packages lack: added by later releases.
ADDED = [t for t in rows.TABLES if t not in _release1_tables()]


def _releases() -> dict[str, list[str]]:
    """{migration: the hand-off tables a package lacked before it}: a release that had all
    migrations before this one wrote packages without the tables it and later ones create."""
    import db.migrations

    folder = Path(db.migrations.__file__).parent
    created = {m.stem: set(re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", m.read_text(encoding="utf-8")))
               for m in sorted(folder.glob("m[0-9]*.py"))}
    stages, later = {}, set()
    for name in reversed(list(created)):
        later |= created[name] & set(ADDED)
        if created[name] & set(ADDED):
            stages[name] = [t for t in ADDED if t in later]
    assert later == set(ADDED), f"tables of unknown origin: {set(ADDED) - later}"
    return dict(reversed(list(stages.items())))


RELEASES = _releases()


def test_later_releases_added_tables_to_packages():
    assert {"party_notifications", "case_groups", "detention_places"} <= set(ADDED)
    assert {"cases", "events", "documents"}.isdisjoint(ADDED)
    assert list(RELEASES.values())[0] == ADDED  # the oldest: the first release's tables only


@pytest.fixture
def mine(vault):
    """A vault whose case has a record in every table a package carries."""
    case = _padlobnikau()
    case.charges = [Charge("BY", "CC", "342", "2")]
    case = svc.create_case(vault, case)
    svc.create_case(vault, Case(reference="BY-2021-021", kind="extradition", person=Person("Second"),
                                groups=[CaseGroup(name="Moscow Oblast, July 2021")]))
    case.groups = [svc.get_case(vault, "BY-2021-021").groups[0]]
    svc.update_case(vault, case)
    documents.add_document(vault, case.id, name="рашэнне суда.pdf", data=b"%PDF-1.4\n" + bytes(range(256)) * 9)
    filings.add(vault, case.id, Filing(case_id=case.id, kind="interim_measures", body="ecthr",
                                       filed_at="2021-12-31T14:05+03:00", channel="fax", reference="E-39/2021"))
    checklist.tick(vault, case.id, checklist.steps()[0].id)
    return vault


@pytest.fixture
def colleague(template_vault, vault_key, tmp_path):
    path = tmp_path / "colleague.abarona"
    shutil.copyfile(template_vault, path)
    v = open_vault(path, vault_key)
    yield v
    v.close()


def _dependents(conn, tables: set[str]) -> set[str]:
    """``tables`` and every hand-off table that refers to one of them (a release without a
    table had none of its children either)."""
    found = set(tables)
    while True:
        more = {t for t in rows.TABLES if t not in found and rows.has_table(conn, t) and any(
            ref[2] in found for ref in conn.execute(f"PRAGMA foreign_key_list({t})"))}
        if not more:
            return found
        found |= more


def _as_an_earlier_release_wrote_it(path: Path, words: str, lacking: set[str]) -> set[str]:
    """Remove ``lacking`` (and the tables referring to them) from a package and describe it
    again, as a release without those tables wrote it; returns the tables removed."""
    conn = connect_file(path, copies.file_key(path, words))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dropped = _dependents(conn, lacking)
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in dropped:
            conn.execute(f"DROP TABLE {table}")
        content_digest, counts = copies.digest(conn)
        copies.stamp(conn, {**copies.read_meta(conn, prefix="file."), "file.digest": content_digest,
                            "file.counts": json.dumps(counts, sort_keys=True)})
    finally:
        conn.close()
    return dropped


def _row_key(table: str, row: dict) -> tuple:
    """A row as it must arrive: every column, less those the importing vault derives again."""
    derived = {"person_names": {"search_key"}}.get(table, set())
    return tuple(sorted((k, v) for k, v in row.items() if k not in derived))


@pytest.mark.parametrize("lacking", list(RELEASES.values()), ids=[f"before-{m}" for m in RELEASES])
def test_a_package_of_an_earlier_release_imports_and_keeps_every_record(mine, colleague, tmp_path, lacking):
    case_ids = [svc.get_case(mine, "BY-2021-020").id]
    sent = {t: rows.rows_of_cases(mine.conn, t, case_ids) for t in rows.TABLES}
    assert [t for t in rows.TABLES if not sent[t]] == [], "every table has a record to carry"
    exported = handoff.export_package(mine, ["BY-2021-020"], tmp_path / "older.abarona")
    dropped = _as_an_earlier_release_wrote_it(exported.path, exported.passphrase, set(lacking))
    assert set(lacking) <= dropped

    with handoff.open_package(exported.path, exported.passphrase) as package:
        assert package.report.ok
        assert all(package.rows[t] == [] for t in dropped)
        plan = handoff.plan_import(colleague, package)
        assert not plan.conflicts and not plan.collisions
        result = handoff.apply_import(colleague, package, plan)

    assert result.added["cases"] == 1
    for table in rows.TABLES:
        arrived = rows.rows_of_cases(colleague.conn, table, case_ids)
        if table in dropped:
            assert arrived == [], f"{table}: nothing is invented for a table the package lacks"
            continue
        expected = sent[table]
        if table == "deadlines":  # those a rule derives are derived again from the events
            assert {(r["event_id"], r["rule_id"]) for r in arrived} == {(r["event_id"], r["rule_id"]) for r in expected}
            continue
        assert sorted(map(repr, (_row_key(table, r) for r in arrived))) == \
            sorted(map(repr, (_row_key(table, r) for r in expected))), table
    data = documents.read_document(colleague, rows.rows_of_cases(colleague.conn, "documents", case_ids)[0]["id"])
    assert data.startswith(b"%PDF-1.4\n")
    # a second import of the same package changes nothing
    assert not handoff.import_package(colleague, exported.path, exported.passphrase).changed
