"""Every vault, backup and hand-off package written by the first release (984faa5) opens,
migrates and keeps every record, with today's code (issue 18; tests/data/release1/README.md).

The fixtures were written by the first release itself (make_release1.py there). Each test works
on a copy, reads the old file's own rows first, and checks every one of them is still there
after today's code opened, restored or imported it."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from db.backup import content_tables, file_key, open_copy
from db.vault import open_vault
from desktop.cases import documents, service
from desktop.vaults import backups, handoff

DATA = Path(__file__).resolve().parent.parent / "data" / "release1"
VAULT_PASSPHRASE = "стары сейф — Старый сейф 2025 ў"
BACKUP_PASSPHRASE = "рэзервовая копія Łacinka ŭ"
HANDOFF_PASSPHRASE = "heritage-implosive-dullness-aspirin-motion-reset"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))

#: Columns a migration may recompute from the others (derived, not entered by anyone).
DERIVED = {"person_names": {"search_key"}}
#: Rows today's code derives again from others (deadlines a rule computed from an event: they
#: are recomputed on import and migration): kept when a row with these columns is there.
DERIVED_ROWS = {"deadlines": ("rule_id", ("case_id", "event_id", "rule_id"))}
#: Rows the file describes about itself, which restoring or opening rightly replaces.
SKIP_META = ("file.",)


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(DATA / name, target)
    return target


def _rows(conn, tables=None) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every content table: table -> (columns, rows)."""
    found = {}
    for table in tables or content_tables(conn):
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        rows = [r for r in cursor.fetchall()
                if not (table == "meta" and str(r[0]).startswith(SKIP_META))]
        found[table] = (columns, rows)
    return found


def _assert_kept(old: dict, new_conn, *, tables=None) -> int:
    """Each old row is in the new file, equal in every column both schemas have (less the
    derived ones); the number of rows compared."""
    compared = 0
    for table in tables or old:
        columns, rows = old[table]
        new_columns = {d[0] for d in new_conn.execute(f'SELECT * FROM "{table}" LIMIT 0').description}
        shared = [c for c in columns if c in new_columns and c not in DERIVED.get(table, ())]
        assert shared, f"{table}: no column survived"
        picked = ", ".join(f'"{c}"' for c in shared)
        now = set(new_conn.execute(f'SELECT {picked} FROM "{table}"').fetchall())
        index = [columns.index(c) for c in shared]
        marker, identity = DERIVED_ROWS.get(table, (None, ()))
        if marker is not None:
            picked_identity = ", ".join(f'"{c}"' for c in identity)
            derived_now = set(new_conn.execute(f'SELECT {picked_identity} FROM "{table}"').fetchall())
        for row in rows:
            if marker is not None and row[columns.index(marker)] is not None:
                derived = tuple(row[columns.index(c)] for c in identity)
                assert derived in derived_now, f"{table}: a derived row of release 1 is gone: {derived}"
                compared += 1
                continue
            kept = tuple(row[i] for i in index)
            assert kept in now, f"{table}: a row of release 1 is missing or changed: {dict(zip(shared, kept))}"
            compared += 1
    return compared


def _check_content(vault, references) -> None:
    """What a user sees: names in every script, events, charges, the document's bytes."""
    cases = {c.reference: c for c in (service.get_case(vault, ref) for ref in references)}
    first = cases["R1-2021-001"]
    spellings = {first.person.display_name} | {n.value for n in first.person.names}
    assert {"Алесь Ўладзіміравіч Шчэрбы", "Aleś Ščerby", "Алесь Щербый"} <= spellings
    assert [e.type for e in first.events] == ["arrest", "custody_ordered", "interim_measures_granted"]
    assert {(c.jurisdiction, c.code, c.article) for c in first.charges} == {("BY", "CC", "342"), ("BY", "CC", "361-1")}
    assert "Ščerby" in first.summary
    assert cases["R1-2022-014"].person.display_name == "Іна Мікалаеўна Дзяўчук"
    docs = documents.list_documents(vault, first.id)
    assert [d.name for d in docs] == [MANIFEST["document"]["name"]]
    data = documents.read_document(vault, docs[0].id)
    assert hashlib.sha256(data).hexdigest() == MANIFEST["document"]["sha256"]
    # found again by every spelling, through today's search index
    for query in ("Шчэрбы", "Ščerby", "Щербый", "Shcherby"):
        assert first.id in {c.id for c in service.list_cases(vault, text=query)}, query


def test_the_fixtures_are_release_1_files():
    assert MANIFEST["release"] == "984faa5" and MANIFEST["schema_version"] == 1
    for name in ("vault.abarona", "backup.abarona", "handoff.abarona"):
        head = (DATA / name).read_bytes()[:16]
        assert head != b"SQLite format 3\x00"  # encrypted, as release 1 wrote it


def test_a_release_1_vault_opens_migrates_and_keeps_every_record(tmp_path):
    path = _copy("vault.abarona", tmp_path)
    with open_copy(path, file_key(path, VAULT_PASSPHRASE)) as old_conn:
        old = _rows(old_conn)
    assert {t: len(r) for t, (_c, r) in old.items() if t in MANIFEST["vault_counts"]} == {
        t: n for t, n in MANIFEST["vault_counts"].items() if t in old}
    with open_vault(path, VAULT_PASSPHRASE) as vault:
        assert vault.schema_version > MANIFEST["schema_version"]  # it migrated
        assert _assert_kept(old, vault.conn) >= sum(MANIFEST["vault_counts"][t] for t in ("cases", "events"))
        _check_content(vault, ["R1-2021-001", "R1-2022-014", "R1-2023-007"])
        assert service.get_case(vault, "R1-2023-007").person.display_name == "Пётр Ёсіфавіч Кудзін"


def test_a_release_1_backup_verifies_restores_and_keeps_every_record(tmp_path):
    path = _copy("backup.abarona", tmp_path)
    assert backups.verify_backup(path, BACKUP_PASSPHRASE).ok
    with open_copy(path, file_key(path, BACKUP_PASSPHRASE)) as old_conn:
        old = _rows(old_conn)
    assert {t: len(r) for t, (_c, r) in old.items() if t != "meta"} == {
        t: n for t, n in MANIFEST["backup_counts"].items() if t != "meta" and t in old}
    target = tmp_path / "restored.abarona"
    backups.restore_backup(path, target, passphrase=BACKUP_PASSPHRASE)
    with open_vault(target, BACKUP_PASSPHRASE) as vault:
        _assert_kept(old, vault.conn)
        _check_content(vault, ["R1-2021-001", "R1-2022-014", "R1-2023-007"])


def test_a_release_1_handoff_package_imports_and_keeps_every_record(vault, tmp_path):
    path = _copy("handoff.abarona", tmp_path)
    with handoff.open_package(path, HANDOFF_PASSPHRASE) as package:
        old = _rows(package.conn, [t for t, n in MANIFEST["handoff_counts"].items()
                                   if n and t not in ("audit", "meta", "document_chunks")])
    assert sum(len(r) for _c, r in old.values()) > 0
    result = handoff.import_package(vault, path, HANDOFF_PASSPHRASE)
    assert result is not None
    _assert_kept(old, vault.conn)
    _check_content(vault, MANIFEST["handoff_references"])
    with pytest.raises(service.CaseNotFound):
        service.get_case(vault, "R1-2023-007")  # only the two cases handed off came
