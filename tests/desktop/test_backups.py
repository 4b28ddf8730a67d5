"""Backups on real vault files: create, verify (every verdict), restore, rotation, atomicity
under cancel, kill -9 and a full disk, automatic backups and the dashboard's status."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3

from db import backup as copies
from db.records import CaseParty
from db.vault import PAGE_SIZE, check, create_vault, open_vault
from desktop.vaults import backups
from desktop.cases import service as svc
from desktop.cases import documents
from desktop.vaults import handoff
from desktop.cases import interchange
from db.errors import DriverError, VaultDamaged
from desktop.errors import DiskFull, VaultExists
from desktop.progress import Cancelled
from tests.conftest import PASSPHRASE, PYTHON, ROOT, cli_env
from tests.helpers import case_dict, document

BACKUP_PASSPHRASE = "ўсё пад ключом — Łacinka žyćcio"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 1200  # more than one 256 KiB chunk


def fill(vault, references=("BY-2021-003", "BY-2022-010", "RU-2023-001")) -> list[str]:
    """Cases with every kind of record: Belarusian, Russian and Łacinka names, a party, a document."""
    raw = []
    for i, ref in enumerate(references):
        c = case_dict(ref)
        c["person"]["name"] = ["Аляксей Кудзін", "Ŭładzimir Łabkovič", "Дзмітрый Падлобнікаў"][i % 3] + f" {i}"
        raw.append(c)
    first, *rest = interchange.read_cases(document(*raw))
    first.parties = [CaseParty(name="Ірына Лазарчык", role="lawyer", contact="+7 999 000-00-00")]
    first.lawyer = "Алеся Кавалёва"
    ids = [svc.create_case(vault, first).id]
    if rest:
        ids += interchange.import_cases(vault, rest).case_ids
    documents.add_document(vault, ids[0], name="рашэнне суда.pdf", data=PDF)
    return ids


def content(path: Path, passphrase: str = PASSPHRASE) -> dict[str, tuple]:
    """Every table of a vault file (content and the search index), row by row."""
    conn = copies.open_copy(path, passphrase)
    try:
        tables = copies.content_tables(conn) + copies.index_tables(conn)
        found = {table: copies.table_rows(conn, table) for table in tables}
        found["meta"] = (found["meta"][0], [r for r in found["meta"][1] if not r[0].startswith("file.")])
        return found
    finally:
        conn.close()


@pytest.fixture
def filled(vault):
    fill(vault)
    return vault


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "USB drive"
    folder.mkdir()
    return folder


@pytest.fixture
def made(filled, usb):
    return backups.create_backup(filled, usb, passphrase=BACKUP_PASSPHRASE)


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- create, verify, restore ------------------------------------------------------------------------

def test_backup_then_restore_gives_the_same_content_table_by_table(filled, usb, tmp_path):
    before = tmp_path / "before.abarona"
    result = backups.create_backup(filled, usb, passphrase=BACKUP_PASSPHRASE)
    # The vault as it was backed up (the backup's own record in meta and audit came after).
    assert visible(usb) == [result.path.name]
    assert result.path.name.startswith("vault_backup_") and result.path.suffix == ".abarona"
    report = backups.verify_backup(result.path, BACKUP_PASSPHRASE)
    assert report.ok, report.message
    assert report.counts["cases"] == 3 and report.counts["document_chunks"] == 2 and report.counts["parties"] == 1

    restored = tmp_path / "restored" / "новы.abarona"
    restored.parent.mkdir()
    outcome = backups.restore_backup(result.path, restored, passphrase=BACKUP_PASSPHRASE)
    assert outcome.path == restored and visible(restored.parent) == ["новы.abarona"]

    # The same content as the backup, table by table, except the restore's own audit entry.
    original, copy = content(result.path, BACKUP_PASSPHRASE), content(restored, BACKUP_PASSPHRASE)
    assert set(original) == set(copy)
    for table in original:
        if table == "audit":
            assert copy[table][1][:-1] == original[table][1]
            assert copy[table][1][-1][6] == "restore"
        else:
            assert copy[table] == original[table], table
    # ... which is the vault's content when it was backed up.
    filled.close()
    shutil.copyfile(filled.path, before)
    live = content(before)
    for table in live:
        if table == "meta":
            assert [r for r in live[table][1] if not r[0].startswith("backup.")] == original[table][1]
        elif table == "audit":
            assert live[table][1][:-1] == original[table][1]
        else:
            assert live[table] == original[table], table

    with open_vault(restored, BACKUP_PASSPHRASE) as vault:  # an ordinary vault: WAL, full check passes
        assert check(vault).ok
        assert vault.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        case = svc.get_case(vault, "BY-2021-003")
        assert case.parties[0].name == "Ірына Лазарчык"
        doc = documents.list_documents(vault, case.id)[0]
        assert documents.read_document(vault, doc.id) == PDF
        assert svc.search(vault, "Labkovich") and svc.search(vault, "Łabkovič")


def test_a_backup_opens_with_stock_sqlcipher_and_keeps_the_schema_version(made):
    conn = sqlcipher3.connect(str(made.path))
    conn.set_key(BACKUP_PASSPHRASE)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x41424152
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, readable on a read-only drive
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 3
    conn.close()
    head = made.path.read_bytes()[:4096]
    assert b"SQLite format 3" not in head and "Кудзін".encode() not in made.path.read_bytes()


def test_default_passphrase_is_the_vaults(filled, usb):
    result = backups.create_backup(filled, usb, passphrase=PASSPHRASE)
    assert backups.verify_backup(result.path, PASSPHRASE).ok
    assert backups.verify_backup(result.path, BACKUP_PASSPHRASE).verdict == "wrong_passphrase"


def test_verifying_never_changes_the_file(made):
    before = made.path.read_bytes(), made.path.stat().st_mtime_ns
    assert backups.verify_backup(made.path, BACKUP_PASSPHRASE).ok
    backups.verify_backup(made.path, "wrong")
    assert (made.path.read_bytes(), made.path.stat().st_mtime_ns) == before
    assert visible(made.path.parent) == [made.path.name]  # no journal, no -wal/-shm beside it


# -- every verdict -----------------------------------------------------------------------------------

def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_a_later_page_is_damaged(made):
    _flip(made.path, made.size - PAGE_SIZE // 2)
    report = backups.verify_backup(made.path, BACKUP_PASSPHRASE)
    assert report.verdict == "damaged", report.message
    assert "damaged" in report.message


@pytest.mark.parametrize("free_pages", [False, True], ids=["no free page", "free pages"])
def test_a_flipped_byte_in_any_page_is_found(filled, usb, free_pages):
    """Every page of a backup is checked: with free pages by SQLCipher's check of every page,
    without them by SQLite's structure check, which then reads every page (each checked
    against its HMAC as it is read)."""
    if free_pages:  # a deleted document leaves free pages, which the copy keeps
        doc = documents.add_document(filled, svc.list_cases(filled)[0].id, name="scan.pdf", data=PDF * 2)
        documents.delete_document(filled, doc.id)
    made = backups.create_backup(filled, usb, passphrase=BACKUP_PASSPHRASE)
    key = copies.file_key(made.path, BACKUP_PASSPHRASE)
    if not free_pages:
        # Describing the copy rewrites its meta rows, and SQLite may then leave a page free
        # (it did, once the schema gained a table): compacted, the copy has none, as meant.
        from db.vault import connect_file

        writer = connect_file(made.path, key)
        try:
            writer.execute("VACUUM")
        finally:
            writer.close()
    conn = copies.open_copy(made.path, key)
    try:
        pages, free = copies.vault_pages(conn), conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    assert (free > 0) == free_pages
    original = made.path.read_bytes()
    # Without free pages every page (the first: the test below); with them, most of the file
    # is the deleted document's free pages: twenty pages spread over it.
    for page in range(2, pages + 1, max(1, pages // 20) if free_pages else 1):
        _flip(made.path, (page - 1) * PAGE_SIZE + PAGE_SIZE // 2)
        try:
            found = copies.inspect(made.path, key)
            assert found.problems or found.truncated, f"page {page} of {pages} was damaged unnoticed"
        except (VaultDamaged, DriverError):
            pass  # the file cannot even be opened: damaged too
        made.path.write_bytes(original)


def test_a_flipped_byte_in_the_first_page_is_damaged_not_a_wrong_passphrase(made):
    _flip(made.path, 200)
    report = backups.verify_backup(made.path, BACKUP_PASSPHRASE)
    assert (report.verdict, report.reason) == ("damaged", "first_page")


@pytest.mark.parametrize("cut", ["page", "mid_page", "half"])
def test_a_truncated_backup_is_truncated(made, cut):
    size = {"page": made.size - PAGE_SIZE, "mid_page": made.size - 100, "half": made.size // 2 + 17}[cut]
    os.truncate(made.path, size)
    report = backups.verify_backup(made.path, BACKUP_PASSPHRASE)
    assert report.verdict == "truncated", report.message
    assert "cut short" in report.message


def test_garbage_appended_is_damaged(made):
    with made.path.open("ab") as handle:
        handle.write(b"\0" * 100)
    assert backups.verify_backup(made.path, BACKUP_PASSPHRASE).verdict == "damaged"


def test_wrong_passphrase(made):
    report = backups.verify_backup(made.path, "correct horse")
    assert report.verdict == "wrong_passphrase" and "passphrase" in report.message


def test_a_page_replaced_by_valid_other_content_fails_the_digest(made):
    """What page HMACs cannot see (a page swapped for an older valid one): simulated by a
    change written with the key, which leaves every page valid."""
    conn = sqlcipher3.connect(str(made.path), isolation_level=None)
    conn.set_key(BACKUP_PASSPHRASE)
    conn.execute("UPDATE cases SET summary = 'changed' WHERE reference = 'BY-2022-010'")
    conn.close()
    report = backups.verify_backup(made.path, BACKUP_PASSPHRASE)
    assert (report.verdict, report.reason) == ("damaged", "digest")


def test_rows_missing_against_the_stamped_counts_is_damaged(made):
    conn = sqlcipher3.connect(str(made.path), isolation_level=None)
    conn.set_key(BACKUP_PASSPHRASE)
    digest, _counts = copies.digest(conn)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'file.digest'", (digest,))
    conn.execute("UPDATE meta SET value = '{}' WHERE key = 'file.counts'")
    conn.close()
    assert backups.verify_backup(made.path, BACKUP_PASSPHRASE).reason == "counts"


@pytest.mark.parametrize("kind", ["random", "text", "empty", "plain_sqlite", "tiny", "folder"])
def test_an_unrelated_file_is_not_a_backup(tmp_path, kind):
    path = tmp_path / "unrelated.abarona"
    if kind == "random":
        path.write_bytes(os.urandom(3 * PAGE_SIZE + 5))
    elif kind == "text":
        path.write_text("Гэта не копія. " * 2000, encoding="utf-8")
    elif kind == "empty":
        path.touch()
    elif kind == "tiny":
        path.write_bytes(b"hello")
    elif kind == "folder":
        path.mkdir()
    else:
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE cases(x)")
        db.commit()
        db.close()
    report = backups.verify_backup(path, BACKUP_PASSPHRASE)
    assert report.verdict == "not_a_backup", (report.verdict, report.message)


def test_a_random_file_of_whole_pages_is_told_like_a_wrong_passphrase(tmp_path):
    """Encryption makes these two look the same; the message says so."""
    path = tmp_path / "noise.abarona"
    path.write_bytes(os.urandom(4 * PAGE_SIZE))
    report = backups.verify_backup(path, BACKUP_PASSPHRASE)
    assert report.verdict == "wrong_passphrase" and "not a backup at all" in report.message


def test_a_vault_and_a_package_are_not_backups(filled, vault_path, tmp_path):
    filled.close()
    report = backups.verify_backup(vault_path, PASSPHRASE)
    assert (report.verdict, report.reason) == ("not_a_backup", "vault")
    with open_vault(vault_path, PASSPHRASE) as vault:
        package = handoff.export_package(vault, ["BY-2021-003"], tmp_path / "p.abarona")
    report = backups.verify_backup(package.path, package.passphrase)
    assert (report.verdict, report.reason) == ("not_a_backup", "handoff")


def test_a_backup_from_a_newer_version_is_too_new(made):
    conn = sqlcipher3.connect(str(made.path), isolation_level=None)
    conn.set_key(BACKUP_PASSPHRASE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    report = backups.verify_backup(made.path, BACKUP_PASSPHRASE)
    assert report.verdict == "too_new" and "newer version" in report.message
    with pytest.raises(backups.BackupFailed) as info:
        backups.restore_backup(made.path, made.path.parent / "r.abarona", passphrase=BACKUP_PASSPHRASE)
    assert info.value.report.verdict == "too_new"


def test_a_missing_file(tmp_path):
    assert backups.verify_backup(tmp_path / "nothing.abarona", "x").verdict == "not_found"


# -- restore never overwrites -----------------------------------------------------------------------

def test_restore_never_overwrites(made, vault_path, tmp_path):
    before = vault_path.read_bytes()
    with pytest.raises(VaultExists):
        backups.restore_backup(made.path, vault_path, passphrase=BACKUP_PASSPHRASE)  # the open vault
    assert vault_path.read_bytes() == before
    other = tmp_path / "other.txt"
    other.write_text("keep me")
    with pytest.raises(VaultExists):
        backups.restore_backup(made.path, other, passphrase=BACKUP_PASSPHRASE)
    with pytest.raises(VaultExists):
        backups.restore_backup(made.path, made.path, passphrase=BACKUP_PASSPHRASE)
    assert other.read_text() == "keep me"


def test_restore_refuses_a_damaged_backup_and_leaves_nothing(made, tmp_path):
    os.truncate(made.path, made.size - PAGE_SIZE)
    target = tmp_path / "restored.abarona"
    with pytest.raises(backups.BackupFailed) as info:
        backups.restore_backup(made.path, target, passphrase=BACKUP_PASSPHRASE)
    assert info.value.reason == "not_verified" and info.value.report.verdict == "truncated"
    assert not target.exists() and not any(p.name.startswith(".restored") for p in tmp_path.iterdir())


def test_restore_under_a_new_passphrase(made, tmp_path):
    target = tmp_path / "r.abarona"
    backups.restore_backup(made.path, target, passphrase=BACKUP_PASSPHRASE, new_passphrase="нова")
    with open_vault(target, "нова") as vault:
        assert svc.count_cases(vault) == 3


# -- nothing that looks like a backup after a failure ----------------------------------------------------

@pytest.mark.parametrize("stop_from", [1, 360, 1000])  # copying; reading back; the very end
def test_cancelling_leaves_nothing(filled, usb, stop_from):
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= stop_from:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backups.create_backup(filled, usb, passphrase=BACKUP_PASSPHRASE, progress=progress)
    assert visible(usb) == []
    assert backups.status(filled).last_at is None
    seen.clear()
    made = backups.create_backup(filled, usb, passphrase=BACKUP_PASSPHRASE, progress=lambda d, t: seen.append(d))
    assert made.path.exists()
    assert seen == sorted(seen) and seen[-1] == 1000  # progress only goes forward, to the end


def test_cancelling_a_restore_leaves_nothing(made, tmp_path):
    def progress(done, total):
        if done > 600:
            raise Cancelled()

    with pytest.raises(Cancelled):
        backups.restore_backup(made.path, tmp_path / "r.abarona", passphrase=BACKUP_PASSPHRASE, progress=progress)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".r.abarona", "r.abarona"))]


_KILLED_WRITER = """
import sys, time
from db.vault import open_vault
from desktop.vaults import backups
vault = open_vault(sys.argv[1], sys.argv[2])
def progress(done, total):
    print(done, flush=True)
    time.sleep(0.02)
backups.create_backup(vault, sys.argv[3], passphrase=sys.argv[2], progress=progress)
print("finished", flush=True)
"""


@pytest.mark.slow
def test_kill_9_in_the_middle_of_a_backup_leaves_no_backup(filled, vault_path, usb, tmp_path):
    # Enough pages that the copy takes several steps.
    more = [case_dict(f"K-{i:04d}", summary="ŭ" * 3000) for i in range(400)]
    interchange.import_cases(filled, interchange.read_cases(document(*more)))
    filled.close()
    for kill_from in (1, 400):  # while copying pages; while reading the copy back (thousandths)
        writer = subprocess.Popen([PYTHON, "-c", _KILLED_WRITER, str(vault_path), PASSPHRASE, str(usb)],
                                  cwd=ROOT, stdout=subprocess.PIPE, text=True, env=cli_env(tmp_path))
        try:
            while True:
                line = writer.stdout.readline().strip()
                assert line and line != "finished", "the backup ended before it was killed"
                if int(line) >= kill_from:
                    break
        finally:
            writer.send_signal(signal.SIGKILL)
            writer.wait()
        names = visible(usb)
        assert names, "killed before the backup began writing"
        assert not [n for n in names if n.endswith(".abarona")], names  # nothing under a backup's name
        assert all(n.startswith(".") and ".partial" in n for n in names), names
    # The next backup into the folder clears the partial files of earlier crashes.
    with open_vault(vault_path, PASSPHRASE) as vault:
        result = backups.create_backup(vault, usb, passphrase=PASSPHRASE)
    assert visible(usb) == [result.path.name]
    assert backups.verify_backup(result.path, PASSPHRASE).ok


# -- a full disk -------------------------------------------------------------------------------------------

_LIMITED_WRITER = """
import resource, signal, sys
from db.errors import VaultError
from db.vault import open_vault
from desktop.vaults import backups
vault = open_vault(sys.argv[1], sys.argv[2])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead of killing us
limit = int(sys.argv[4])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    backups.create_backup(vault, sys.argv[3], passphrase=sys.argv[2])
except VaultError as exc:
    print(type(exc).__name__, exc)
    sys.exit(3)
"""


@pytest.mark.slow
@pytest.mark.parametrize("limit_pages", [5, 40])
def test_a_file_size_limit_gives_a_clear_message_and_no_partial_backup(filled, vault_path, usb, tmp_path, limit_pages):
    filled.close()
    assert vault_path.stat().st_size > 40 * PAGE_SIZE
    result = subprocess.run([PYTHON, "-c", _LIMITED_WRITER, str(vault_path), PASSPHRASE, str(usb),
                             str(limit_pages * PAGE_SIZE + 1000)],
                            cwd=ROOT, capture_output=True, text=True, env=cli_env(tmp_path))
    assert result.returncode == 3, result.stdout + result.stderr
    assert "full" in result.stdout and "does not take a file this large" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr
    assert visible(usb) == []


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MB file system of the test's own (tmpfs), if this process may mount one."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small file system is not permitted here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _grow(vault, cases=150):
    interchange.import_cases(vault, interchange.read_cases(document(
        *[case_dict(f"G-{i:04d}", summary="Ў" * 4000) for i in range(cases)])))


def test_a_small_disk_is_refused_before_writing(filled, small_disk):
    _grow(filled, 300)
    with pytest.raises(DiskFull) as info:
        backups.create_backup(filled, small_disk, passphrase=BACKUP_PASSPHRASE)
    assert "The drive is full" in str(info.value)
    assert visible(small_disk) == []


def test_a_disk_that_fills_up_during_the_backup(filled, small_disk):
    needed = copies.vault_pages(filled.conn) * PAGE_SIZE
    free = shutil.disk_usage(small_disk).free
    assert needed < free, "the vault must fit before the disk fills up"
    filler = small_disk / "someone else's file"

    def progress(done, total):
        if not filler.exists():  # another program takes the space once the copy has begun
            with filler.open("wb") as handle:
                with pytest.raises(OSError):
                    while True:
                        handle.write(b"\0" * 4096)
                        handle.flush()

    with pytest.raises(DiskFull) as info:
        backups.create_backup(filled, small_disk, passphrase=BACKUP_PASSPHRASE, progress=progress)
    assert "The drive is full" in str(info.value)
    assert visible(small_disk) == ["someone else's file"]


# -- rotation, names --------------------------------------------------------------------------------------

def test_rotation_keeps_the_newest_of_this_vault_only(filled, usb, tmp_path):
    start = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    other_path = tmp_path / "vault.abarona"  # a different vault with the same file name
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    with create_vault(other_dir / "vault.abarona", PASSPHRASE) as other:
        theirs = backups.create_backup(other, usb, passphrase=PASSPHRASE, now=start - timedelta(days=9))
    made = [backups.create_backup(filled, usb, passphrase=PASSPHRASE, keep=3, now=start + timedelta(hours=h))
            for h in range(5)]
    assert visible(usb) == sorted([theirs.path.name] + [m.path.name for m in made[2:]])
    assert [p.name for p in made[4].removed] == [made[1].path.name]
    assert [p for _t, p in backups.backups_in(usb, filled)] == [m.path for m in made[2:]]
    assert other_path.name == filled.path.name


def test_names_sort_by_time_across_offsets(filled):
    moments = [datetime(2025, 10, 26, 0, 30, tzinfo=timezone.utc) + timedelta(minutes=37 * i) for i in range(6)]
    names = [backups.backup_file_name(filled, m) for m in moments]
    for name in names:
        assert name.endswith(".abarona") and "/" not in name and ":" not in name
    pattern = backups._name_pattern(filled)
    parsed = [datetime.strptime(pattern.fullmatch(n).group(1), "%Y-%m-%d_%H-%M-%S%z") for n in names]
    assert parsed == moments


def test_two_backups_in_the_same_second_both_keep_their_files(filled, usb):
    now = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    made = [backups.create_backup(filled, usb, passphrase=PASSPHRASE, now=now) for _ in range(3)]
    assert len({m.path for m in made}) == 3 and all(m.path.exists() for m in made)
    assert [p for _t, p in backups.backups_in(usb, filled)] == [m.path for m in made]
    assert backups.rotate(usb, filled, 1) == [m.path for m in made[:2]]


def test_a_missing_folder_is_a_clear_message(filled, tmp_path):
    with pytest.raises(backups.BackupFailed) as info:
        backups.create_backup(filled, tmp_path / "unplugged", passphrase=PASSPHRASE)
    assert info.value.reason == "no_folder" and "drive connected" in str(info.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_a_clear_message(filled, usb):
    usb.chmod(0o500)
    try:
        with pytest.raises(backups.BackupFailed) as info:
            backups.create_backup(filled, usb, passphrase=PASSPHRASE)
        assert info.value.reason == "not_writable"
    finally:
        usb.chmod(0o700)


# -- status, settings, automatic backups -----------------------------------------------------------------

def test_status_for_the_dashboard(filled, usb):
    now = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    status = backups.status(filled, now=now)
    assert status.last_at is None and status.overdue and status.changed_since
    result = backups.create_backup(filled, usb, passphrase=PASSPHRASE, now=now)
    status = backups.status(filled, now=now + timedelta(days=6))
    assert status.last_at == now and status.last_file == result.path.name and status.last_size == result.size
    assert not status.overdue and not status.changed_since and status.last_folder == str(usb.resolve())
    assert backups.status(filled, now=now + timedelta(days=8)).overdue
    svc.delete_case(filled, svc.get_case(filled, "RU-2023-001").id)
    assert backups.status(filled, now=now).changed_since


def test_settings_are_validated_and_kept_in_the_vault(filled, usb):
    with pytest.raises(backups.BackupFailed) as info:
        backups.save_settings(filled, backups.BackupSettings(folder="relative/path", on_close=True))
    assert "full path" in str(info.value)
    with pytest.raises(backups.BackupFailed):
        backups.save_settings(filled, backups.BackupSettings(on_close=True))  # no folder
    with pytest.raises(backups.BackupFailed):
        backups.save_settings(filled, backups.BackupSettings(folder=str(usb), keep=-1))
    saved = backups.save_settings(filled, backups.BackupSettings(folder=str(usb), on_close=True, daily=True,
                                                                keep=4, warn_days=3))
    assert backups.get_settings(filled) == saved
    assert filled.meta("backup.folder") == str(usb)


def test_automatic_backups_when_due_and_the_folder_is_present(filled, usb, tmp_path):
    now = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert backups.due_automatic_backup(filled, now, closing=True) is None  # not configured
    backups.save_settings(filled, backups.BackupSettings(folder=str(usb), on_close=True, keep=2))
    assert backups.due_automatic_backup(filled, now) is None  # on close only
    assert backups.due_automatic_backup(filled, now, closing=True) == usb
    first = backups.run_automatic_backup(filled, passphrase=PASSPHRASE, now=now, closing=True)
    assert first is not None and backups.verify_backup(first.path, PASSPHRASE).ok
    # Nothing changed since: closing again makes no backup.
    assert backups.run_automatic_backup(filled, passphrase=PASSPHRASE, now=now + timedelta(hours=1),
                                        closing=True) is None
    svc.delete_case(filled, svc.get_case(filled, "RU-2023-001").id)
    assert backups.due_automatic_backup(filled, now, closing=True) == usb
    # The drive is unplugged: nothing is due, nothing fails.
    unplugged = usb.rename(tmp_path / "unplugged")
    assert backups.run_automatic_backup(filled, passphrase=PASSPHRASE, now=now, closing=True) is None
    unplugged.rename(usb)
    backups.save_settings(filled, backups.BackupSettings(folder=str(usb), daily=True, keep=2))
    assert backups.due_automatic_backup(filled, now + timedelta(hours=23)) is None
    assert backups.due_automatic_backup(filled, now + timedelta(hours=25)) == usb
    for hours in (25, 50, 75):
        backups.run_automatic_backup(filled, passphrase=PASSPHRASE, now=now + timedelta(hours=hours))
    assert len(backups.backups_in(usb, filled)) == 2  # rotation


def test_the_backup_is_one_audited_action(filled, usb):
    before = copies.max_audit_id(filled.conn)
    result = backups.create_backup(filled, usb, passphrase=PASSPHRASE)
    rows = filled.conn.execute("SELECT entity, action, changes FROM audit WHERE id > ?", (before,)).fetchall()
    assert len(rows) == 1 and rows[0][:2] == ("vault", "backup") and result.path.name in rows[0][2]


def test_no_plaintext_in_the_backup_folder(filled, usb):
    result = backups.create_backup(filled, usb, passphrase=BACKUP_PASSPHRASE)
    data = result.path.read_bytes()
    for needle in ("Кудзін", "Łabkovič", "Лазарчык", "BY-2021-003"):
        assert needle.encode() not in data
    assert PDF[:64] not in data



# -- under the vault's own key, and automatic backups that are not made (issue 20, item 10) ----------

def _live(vault) -> dict[str, tuple]:
    """Every table of an open vault, row by row, as ``content`` reads a file."""
    tables = copies.content_tables(vault.conn) + copies.index_tables(vault.conn)
    found = {table: copies.table_rows(vault.conn, table) for table in tables}
    found["meta"] = (found["meta"][0], [r for r in found["meta"][1] if not r[0].startswith("file.")])
    return found


def test_a_backup_under_the_vaults_own_key_opens_with_its_passphrase_and_holds_every_record(usb, tmp_path):
    # Opened with the passphrase typed (not the tests' raw key): the vault holds its derived key only.
    path = tmp_path / "own key.abarona"
    create_vault(path, PASSPHRASE).close()
    with open_vault(path, PASSPHRASE) as vault:
        fill(vault)
        before = _live(vault)
        result = backups.create_backup(vault, usb)  # no passphrase: nothing retyped
    assert backups.verify_backup(result.path, PASSPHRASE).ok
    assert backups.verify_backup(result.path, BACKUP_PASSPHRASE).verdict == "wrong_passphrase"
    assert content(result.path, PASSPHRASE) == before  # every record, table by table
    restored = tmp_path / "restored.abarona"
    backups.restore_backup(result.path, restored, passphrase=PASSPHRASE)
    with open_vault(restored, PASSPHRASE) as vault:
        assert check(vault).ok
        assert sorted(c.reference for c in svc.list_cases(vault)) == ["BY-2021-003", "BY-2022-010", "RU-2023-001"]


def test_after_a_passphrase_change_the_own_key_backup_opens_with_the_new_one(filled, usb):
    from db.vault import rekey

    rekey(filled, BACKUP_PASSPHRASE)
    result = backups.create_backup(filled, usb)
    assert backups.verify_backup(result.path, BACKUP_PASSPHRASE).ok
    assert backups.verify_backup(result.path, PASSPHRASE).verdict == "wrong_passphrase"


def test_a_locked_vault_has_no_key_to_back_up_with(vault_path, usb):
    vault = open_vault(vault_path, PASSPHRASE)
    assert vault.own_key().startswith("x'") and len(vault.own_key()) == 3 + 96
    vault.close()
    with pytest.raises(backups.VaultError):
        vault.own_key()


def test_an_automatic_backup_at_close_without_its_folder_is_kept_as_skipped_until_a_backup(filled, usb, tmp_path):
    now = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    backups.save_settings(filled, backups.BackupSettings(folder=str(usb), on_close=True))
    unplugged = usb.rename(tmp_path / "unplugged")
    assert backups.run_automatic_backup(filled, now=now, closing=True) is None
    skipped = backups.status(filled, now=now).skipped
    assert skipped == backups.SkippedBackup(at=now, reason="no_folder", closing=True, folder=str(usb))
    # Kept in the vault: said again after the next unlock.
    filled.close()
    with open_vault(filled.path, PASSPHRASE) as vault:
        assert backups.status(vault).skipped == skipped
        unplugged.rename(usb)
        made = backups.run_automatic_backup(vault, now=now + timedelta(hours=1), closing=True)
        assert made is not None and backups.verify_backup(made.path, PASSPHRASE).ok
        assert backups.status(vault).skipped is None


def test_a_failed_automatic_backup_is_kept_as_skipped_and_raised(filled, usb):
    now = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    backups.save_settings(filled, backups.BackupSettings(folder=str(usb), daily=True))
    # Something else holds the name the backup is written under (a folder: it cannot be removed).
    (usb / backups.partial_name(backups.backup_file_name(filled, now))).mkdir()
    with pytest.raises(backups.BackupFailed):
        backups.run_automatic_backup(filled, now=now)
    skipped = backups.status(filled, now=now).skipped
    assert skipped is not None and skipped.reason == "write" and not skipped.closing
    assert backups.backups_in(usb, filled) == []


def test_a_daily_backup_waits_for_its_folder_and_says_so(filled, usb, tmp_path):
    now = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
    backups.save_settings(filled, backups.BackupSettings(folder=str(usb), daily=True))
    assert not backups.status(filled, now=now).waiting_for_folder
    usb.rename(tmp_path / "unplugged")
    assert backups.run_automatic_backup(filled, now=now) is None
    current = backups.status(filled, now=now)
    assert current.waiting_for_folder and current.skipped is None  # waiting, not failed
