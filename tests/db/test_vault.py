"""Opening, creating and rekeying real vault files, and every way opening can fail."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess

import pytest
import sqlcipher3

from db import errors
from db.schema import MIGRATIONS, SCHEMA_VERSION
from db.vault import APPLICATION_ID, PAGE_SIZE, check, create_vault, open_vault, rekey
from tests.conftest import PASSPHRASE, PYTHON, ROOT


def _raw(path, passphrase=PASSPHRASE):
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(passphrase)
    return conn


def _flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_create_then_open(tmp_path):
    path = tmp_path / "new.abarona"
    with create_vault(path, PASSPHRASE, author="A. Ivanova") as vault:
        assert vault.schema_version == SCHEMA_VERSION
        assert vault.author == "A. Ivanova"
        vault_id = vault.vault_id
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.vault_id == vault_id
        assert vault.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert vault.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert vault.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert vault.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_vault_is_stock_sqlcipher_4(vault_path):
    """Any SQLCipher 4 tool opens the vault with the passphrase and default settings."""
    conn = _raw(vault_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == str(PAGE_SIZE)
    assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    conn.close()


def test_create_refuses_existing_file(vault_path):
    before = vault_path.read_bytes()
    with pytest.raises(errors.VaultExists):
        create_vault(vault_path, "other")
    assert vault_path.read_bytes() == before


def test_create_refuses_empty_passphrase(tmp_path):
    with pytest.raises(errors.VaultError):
        create_vault(tmp_path / "v.abarona", "")
    assert not (tmp_path / "v.abarona").exists()


def test_passphrase_is_normalised_to_nfc(tmp_path):
    path = tmp_path / "v.abarona"
    create_vault(path, "Лукашэнка\u0439", author="").close()  # й as one code point
    open_vault(path, "Лукашэнка\u0438\u0306").close()  # й as и + combining breve


def test_missing_file(tmp_path):
    with pytest.raises(errors.VaultNotFound):
        open_vault(tmp_path / "nothing.abarona", PASSPHRASE)


def test_wrong_passphrase(vault_path):
    with pytest.raises(errors.WrongPassphrase):
        open_vault(vault_path, "not the passphrase")
    open_vault(vault_path, PASSPHRASE).close()  # nothing was lost, the lock was released


def test_random_bytes_are_not_a_vault(tmp_path):
    path = tmp_path / "random.abarona"
    path.write_bytes(os.urandom(10_000))
    with pytest.raises(errors.NotAVault) as info:
        open_vault(path, PASSPHRASE)
    assert info.value.reason == "unrecognised"


def test_text_file_is_not_a_vault(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Звычайны тэкст, не сховішча.\n" * 50, encoding="utf-8")
    with pytest.raises(errors.NotAVault):
        open_vault(path, PASSPHRASE)


def test_empty_file_is_not_a_vault_and_stays_empty(tmp_path):
    path = tmp_path / "empty.abarona"
    path.touch()
    with pytest.raises(errors.NotAVault) as info:
        open_vault(path, PASSPHRASE)
    assert info.value.reason == "empty"
    assert path.stat().st_size == 0


def test_plain_sqlite_is_not_a_vault(tmp_path):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(errors.NotAVault) as info:
        open_vault(path, PASSPHRASE)
    assert info.value.reason == "plain_sqlite"


def test_foreign_sqlcipher_database_is_not_a_vault(tmp_path):
    path = tmp_path / "other.db"
    conn = _raw(path)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(errors.NotAVault) as info:
        open_vault(path, PASSPHRASE)
    assert info.value.reason == "foreign"


def test_bit_flip_in_page_one_is_damage(vault_path):
    _flip(vault_path, 100)  # past the salt: the rest of the file still opens with this key
    with pytest.raises(errors.VaultDamaged):
        open_vault(vault_path, PASSPHRASE)


def test_bit_flip_in_later_page_is_found(vault_path):
    _flip(vault_path, PAGE_SIZE * 5 + 100)
    try:
        vault = open_vault(vault_path, PASSPHRASE)
    except errors.VaultDamaged:
        return  # found at open: fine too
    with vault:
        report = check(vault)
    assert not report.ok
    assert any("HMAC" in p or "page" in p for p in report.problems)


def test_truncated_at_page_boundary(vault_path):
    size = vault_path.stat().st_size
    os.truncate(vault_path, size - 3 * PAGE_SIZE)
    with pytest.raises(errors.VaultDamaged):
        open_vault(vault_path, PASSPHRASE)


def test_truncated_mid_page(vault_path):
    os.truncate(vault_path, PAGE_SIZE * 6 + 123)
    with pytest.raises(errors.VaultDamaged):
        open_vault(vault_path, PASSPHRASE)


def test_cut_to_a_few_bytes(vault_path):
    os.truncate(vault_path, 40)
    with pytest.raises(errors.NotAVault) as info:
        open_vault(vault_path, PASSPHRASE)
    assert info.value.reason == "too_short"


def test_newer_schema_is_refused_untouched(vault_path):
    conn = _raw(vault_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = vault_path.read_bytes()
    with pytest.raises(errors.VaultTooNew) as info:
        open_vault(vault_path, PASSPHRASE)
    assert info.value.found == SCHEMA_VERSION + 1
    assert vault_path.read_bytes() == before


def test_older_schema_is_copied_then_migrated(tmp_path):
    path = tmp_path / "old.abarona"
    conn = _raw(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE leftover(x)")  # a schema-0 vault: no tables of ours yet
    conn.close()
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.schema_version == SCHEMA_VERSION
        vault.conn.execute("SELECT count(*) FROM cases").fetchone()
    copies = list(tmp_path.glob("old.abarona.schema0*.bak"))
    assert len(copies) == 1
    copy = _raw(copies[0])  # the copy is encrypted with the same passphrase
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
    assert copy.execute("SELECT name FROM sqlite_master").fetchall() == [("leftover",)]
    copy.close()


def test_same_process_second_open_is_refused(vault):
    with pytest.raises(errors.VaultInUse):
        open_vault(vault.path, PASSPHRASE)


def test_other_process_holding_the_vault(vault_path):
    holder = subprocess.Popen(
        [PYTHON, "-c",
         "import sys; from db.vault import open_vault; v = open_vault(sys.argv[1], sys.argv[2]);"
         " print('open', flush=True); sys.stdin.read()",
         str(vault_path), PASSPHRASE],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(errors.VaultInUse):
            open_vault(vault_path, PASSPHRASE)
    finally:
        holder.kill()  # even a killed holder releases its lock
        holder.wait()
    open_vault(vault_path, PASSPHRASE).close()


def test_rekey(vault_path):
    with open_vault(vault_path, PASSPHRASE) as vault:
        rekey(vault, "новы пароль")
    with pytest.raises(errors.WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    with open_vault(vault_path, "новы пароль") as vault:
        assert check(vault).ok


def test_check_on_healthy_vault(vault):
    report = check(vault)
    assert report.ok, report.problems
    assert report.pages > 0


def test_transaction_nests_and_rolls_back(vault):
    with pytest.raises(RuntimeError):
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('a', '1')")
            with vault.transaction():
                conn.execute("INSERT INTO meta(key, value) VALUES ('b', '2')")
            raise RuntimeError("the action failed")
    assert vault.meta("a") is None and vault.meta("b") is None
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('a', '1')")
        with pytest.raises(RuntimeError):
            with vault.transaction():
                conn.execute("INSERT INTO meta(key, value) VALUES ('b', '2')")
                raise RuntimeError("inner failed")
    assert vault.meta("a") == "1" and vault.meta("b") is None


def test_audit_is_append_only(vault):
    from db import audit

    with vault.transaction() as conn:
        audit.record(conn, [("case", "x", "x", "create", {})], at="2026-01-01T00:00:00Z", author="A")
    with pytest.raises(errors.VaultError):
        with vault.transaction() as conn:
            conn.execute("DELETE FROM audit")
    assert len(audit.history(vault.conn, "x")) == 1


def test_closed_vault_is_one_file(vault_path):
    with open_vault(vault_path, PASSPHRASE) as vault:
        vault.set_meta("author", "B")
    assert not vault_path.with_name(vault_path.name + "-wal").exists() or \
        vault_path.with_name(vault_path.name + "-wal").stat().st_size == 0


def test_a_migration_unknown_to_this_program_is_refused_untouched(vault_path):
    """Migrations are tracked by name: one this program lacks means a newer program wrote it."""
    conn = _raw(vault_path)
    conn.execute("UPDATE meta SET value = json_insert(value, '$[#]', 'm9999_from_the_future') "
                 "WHERE key = 'migrations'")
    conn.commit()
    conn.close()
    before = vault_path.read_bytes()
    with pytest.raises(errors.VaultTooNew):
        open_vault(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before


def test_a_first_release_vault_counts_as_having_the_first_migration(tmp_path):
    """Vaults of the first release keep no list of migrations: schema 1 means the first ran.
    Made here as the first release made them: the first schema only, user_version 1."""
    from db.schema import upgrade_to_1

    path = tmp_path / "release1.abarona"
    conn = _raw(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade_to_1(conn)
    conn.execute("INSERT INTO meta(key, value) VALUES ('vault_id', 'x'), ('author', 'A. Ivanova')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.schema_version == SCHEMA_VERSION
        row = vault.conn.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()
        vault.conn.execute("SELECT count(*) FROM cases").fetchone()
    # Later migrations ran once each after the first, which did not run again.
    assert row is None if SCHEMA_VERSION == 1 else json.loads(row[0]) == list(MIGRATIONS)


def test_record_ids_are_uuid7_increasing_unique_and_never_shared_with_a_forked_child():
    """Ids grow with time (issue 19, cause 3), are what uuid.UUID writes, and the random bits
    fetched ahead are not handed out again by a child process forked meanwhile."""
    import os
    import uuid

    from db.vault import new_id

    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for text in ids[:: 97]:
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next id, to the parent
        os.write(write, new_id().encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    mine = new_id()
    assert child[14:] != mine[14:]  # the random parts differ (the milliseconds may not)
