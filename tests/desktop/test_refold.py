"""Issue 14, items 7-8, for vaults written before: a name stored with a soft hyphen inside was
folded the old way (the hyphen kept in its key and in the search index), so the client stayed
hidden from search after the upgrade. m0016 asks, and the next opening folds every key and
the index again."""

from __future__ import annotations

import json

import sqlcipher3

from db.records import Case, Event, Person, PersonName
from desktop import vaults
from desktop.cases import service as case_service
from desktop.names import folding


def _as_written_before_the_new_folding(vault_path, vault_key, spelling_id, old_key) -> None:
    """The vault as the previous release left it: the key folded with the soft hyphen kept,
    the index built from it, and m0016 not yet applied."""
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(vault_key)
    conn.execute("UPDATE person_names SET search_key = ? WHERE id = ?", (old_key, spelling_id))
    conn.execute("DELETE FROM search")
    conn.execute("INSERT INTO search(rowid, names, text) SELECT rowid, ?, reference FROM cases", (old_key,))
    done = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0])
    conn.execute("UPDATE meta SET value = ? WHERE key = 'migrations'",
                 (json.dumps([m for m in done if m != "m0016_refold_names"]),))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.close()


def test_a_client_hidden_by_a_soft_hyphen_is_found_after_the_upgrade(vault, vault_path, vault_key):
    pasted = "Падлоб\u00adнікаў Дзмітрый"  # pasted from a PDF, with a soft hyphen inside
    case = case_service.create_case(vault, Case(
        reference="SH-1", kind="extradition", person=Person(pasted, names=[PersonName("Подлобников Дмитрий", "ru")]),
        events=[Event("arrest", "2021-05-03")]))
    assert case_service.search(vault, "Падлобнікаў") == [case.id]
    spelling = next(n for n in case_service.get_case(vault, case.id).person.names if n.value == "Подлобников Дмитрий")
    display_id = vault.conn.execute("SELECT id FROM person_names WHERE position = 0").fetchone()[0]
    vault.close()
    new_key = folding.search_key(pasted)
    old_key = new_key[:3] + "\u00ad" + new_key[3:]  # what folding without dropping format characters gave
    _as_written_before_the_new_folding(vault_path, vault_key, display_id, old_key)

    from db.vault import open_vault as open_without_the_program

    with open_without_the_program(vault_path, vault_key) as before:  # migrated, keys not yet refolded
        assert case_service.search(before, "Падлобнікаў") == []
        assert before.meta("names_refold") == "1"
    with vaults.open_vault(vault_path, vault_key) as upgraded:
        assert upgraded.meta("names_refold") is None
        assert case_service.search(upgraded, "Падлобнікаў") == [case.id]
        assert case_service.search(upgraded, "Подлобников") == [case.id]
        assert case_service.search(upgraded, "SH-1") == [case.id]  # the case's text is indexed again too
        again = case_service.get_case(upgraded, case.id)
        assert again.person.display_name == pasted and spelling.value in [n.value for n in again.person.names]
        rows = upgraded.conn.execute("SELECT search_key FROM person_names WHERE id = ?", (display_id,)).fetchone()
        assert rows[0] == new_key


def test_a_new_vault_is_never_asked_to_refold(vault):
    assert vault.meta("names_refold") is None
    assert not case_service.refold_requested(vault)
