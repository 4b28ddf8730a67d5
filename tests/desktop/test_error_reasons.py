"""Error ``reason`` values are enums whose values are the strings the CLI and its JSON have
always shown (issue 18, item 6): a real file on disk gives a member, the JSON keeps the text."""

from __future__ import annotations

import json
import sqlite3

import pytest

from db.errors import DamagedReason, NotAVault, NotAVaultReason, VaultDamaged
from db.team import JournalReason, JournalUnreadable
from db.vault import open_vault
from desktop.dates.edtf import DateError, DateErrorCode
from desktop.screening.listfiles import ListFileCode, ListFileError
from desktop.team.service import TeamError, TeamReason
from desktop.vaults.backups import BackupFailed, BackupReason
from desktop.vaults.handoff import HandoffFailed, HandoffReason
from tests.conftest import PASSPHRASE

#: The public strings, as they were before the enums: changing one breaks scripts reading --json.
PUBLIC = {
    NotAVaultReason: {"empty", "plain_sqlite", "foreign", "too_short", "not_a_file", "unrecognised"},
    DamagedReason: {"first_page", "truncated", "page"},
    JournalReason: {"key", "damaged", "not_journal"},
    TeamReason: {"not_enrolled", "enrolled", "no_folder", "no_team", "team_exists", "wrong_passphrase",
                 "other_team", "unknown_device", "own_device", "no_conflict", "decision", "copy", "folder_full"},
    BackupReason: {"no_folder", "not_writable", "exists", "passphrase", "check_failed", "write",
                   "not_verified", "settings"},
    HandoffReason: {"no_cases", "no_folder", "not_verified", "decisions", "rename", "reference_taken",
                    "check_failed", "output_closed"},
    DateErrorCode: {"", "time_of_day", "digits"},
    ListFileCode: {"too_large", "not_a_file", "not_found", "unreadable", "empty", "old_excel", "bad_xlsx",
                   "no_header", "no_rows", "encoding", "binary", "malformed", "no_names", "no_name_column",
                   "column_twice", "unknown_column", "bad_column", "unknown_field", "no_source", "bad_date",
                   "bad_threshold"},
}
ERRORS = [(NotAVault, NotAVaultReason), (VaultDamaged, DamagedReason), (JournalUnreadable, JournalReason),
          (TeamError, TeamReason), (BackupFailed, BackupReason), (HandoffFailed, HandoffReason)]


@pytest.mark.parametrize("enum", list(PUBLIC), ids=lambda e: e.__name__)
def test_the_values_are_the_public_strings(enum):
    assert {member.value for member in enum} == PUBLIC[enum]
    for member in enum:  # a member prints, formats and serialises as its string
        assert str(member) == f"{member}" == member.value and json.dumps(member) == json.dumps(member.value)


@pytest.mark.parametrize("error, enum", ERRORS, ids=lambda e: e.__name__)
def test_a_reason_is_always_a_member(error, enum):
    some = next(iter(enum))
    assert error("x", reason=some.value).reason is some  # a plain string of a value is taken
    with pytest.raises(ValueError):
        error("x", reason="no such reason")  # a typo fails where it is raised, not in the GUI


def test_codes_of_dates_and_list_files_are_members():
    assert DateError("x", "", "digits").code is DateErrorCode.DIGITS
    assert ListFileError("empty", "The file is empty.").code is ListFileCode.EMPTY
    with pytest.raises(ValueError):
        ListFileError("no such code", "x")


def test_a_real_list_file_gives_a_member(tmp_path):
    from desktop.screening import service as screening

    empty = tmp_path / "list.csv"
    empty.write_bytes(b"")
    with pytest.raises(ListFileError) as info:
        screening.read_table(empty)
    assert info.value.code is ListFileCode.EMPTY


def test_real_files_give_members_and_the_cli_json_keeps_the_strings(run, tmp_path):
    empty = tmp_path / "empty.abarona"
    empty.write_bytes(b"")
    plain = tmp_path / "plain.abarona"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    folder = tmp_path / "folder.abarona"
    folder.mkdir()
    for path, member in [(empty, NotAVaultReason.EMPTY), (plain, NotAVaultReason.PLAIN_SQLITE),
                         (folder, NotAVaultReason.NOT_A_FILE)]:
        with pytest.raises(NotAVault) as info:
            open_vault(path, PASSPHRASE)
        assert info.value.reason is member
        code, out, _ = run("backup", "verify", path, "--json")
        report = json.loads(out)
        assert (report["verdict"], report["reason"]) == ("not_a_backup", member.value)
