"""Every error ``reason`` the GUI can meet has its own words (issue 18, item 6): the GUI
compares enum members, so a reason it forgot would fall back to the generic text."""

from __future__ import annotations

from desktop.errors import DamagedReason, NotAVault, NotAVaultReason, VaultDamaged, VaultError
from desktop.team.service import TeamError, TeamReason
from desktop.vaults.backups import BackupFailed, BackupReason
from desktop.vaults.handoff import HandoffFailed, HandoffReason
from ui import messages
from ui.backups import failure_text
from ui.team import team_error
from desktop.screening.listfiles import ListFileCode, ListFileError
from ui.screening import _failure


def test_every_reason_has_its_own_words(qapp):
    generic = messages.vault_error(VaultError("x"))
    not_a_vault = {messages.vault_error(NotAVault("x", reason=r)) for r in NotAVaultReason}
    assert len(not_a_vault) == len(NotAVaultReason)  # unrecognised has the generic not-a-vault words
    damaged = {messages.vault_error(VaultDamaged("x", reason=r)) for r in DamagedReason}
    assert len(damaged) == len(DamagedReason) and generic not in damaged
    teams = {team_error(TeamError("x", reason=r)) for r in TeamReason if r is not TeamReason.NOT_ENROLLED}
    assert len(teams) == len(TeamReason) - 1 and generic not in teams
    worded = {failure_text(BackupFailed("x", reason=r)) for r in BackupReason if r is not BackupReason.NOT_VERIFIED}
    worded |= {failure_text(HandoffFailed("x", reason=r)) for r in HandoffReason
               if r not in (HandoffReason.NOT_VERIFIED, HandoffReason.OUTPUT_CLOSED)}
    # no_folder and check_failed read the same for a backup and a hand-off
    assert len(worded) == len(BackupReason) - 1 + len(HandoffReason) - 2 - 2
    assert generic not in worded


def test_every_list_file_code_the_gui_meets_has_its_own_words(qapp):
    cli_only = {ListFileCode.UNKNOWN_COLUMN, ListFileCode.BAD_COLUMN, ListFileCode.UNKNOWN_FIELD,
                ListFileCode.BAD_THRESHOLD}  # command-line options the GUI does not have
    texts = {_failure(ListFileError(code, "english")) for code in ListFileCode if code not in cli_only}
    assert len(texts) == len(ListFileCode) - len(cli_only) and "english" not in texts


def test_a_full_drive_and_a_read_only_folder_are_named_in_the_interface_language(qapp):
    """A file the user chose could not be written (report PDF, draft, export, image): the GUI
    names the cause in its own language, not the English line of the layer below."""
    import errno

    from desktop.vaults.atomic import WriteFailed
    from ui import i18n

    english = "could not write r.pdf: the drive is full; nothing was kept"
    try:
        for language in ("ru", "be"):
            i18n.install(qapp, language)
            full = {messages.vault_error(WriteFailed(n, english)) for n in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)}
            assert len(full) == 1
            (full,) = full
            read_only = messages.vault_error(WriteFailed(errno.EROFS, english))
            assert english not in full + read_only
            assert "Диск" in full or "Дыск" in full, full
            assert read_only != full and "папк" in read_only
    finally:
        i18n.install(qapp, "en")
