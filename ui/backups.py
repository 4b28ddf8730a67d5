"""The backups page: back up now, verify or restore any backup file, and the automatic
backups' folder, rotation and warning threshold. Long work runs off the GUI thread with a
progress dialog that can cancel it; a cancelled or failed backup leaves nothing behind."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.vaults import backups, handoff
from desktop.vaults.backups import BackupReason
from desktop.vaults.handoff import HandoffReason
from desktop.errors import DiskFull, VaultError, VaultExists
from desktop.progress import Cancelled
from ui import messages, prompts
from ui.record_table import RecordTableModel, record_view
from ui.tasks import run_with_progress

translate = QCoreApplication.translate  # the name lupdate looks for

_OK_STYLE = "color: #1b5e20;"
_BAD_STYLE = "color: #b00020;"


def backup_filter() -> str:
    return translate("backups", "Abarona backups (*.abarona);;All files (*)")


def verdict_text(report: backups.VerifyReport) -> str:
    """One translated paragraph for a verification verdict."""
    verdict, reason = report.verdict, report.reason
    if verdict == "ok":
        made = _local(report.created_at)
        return translate("backups", "The backup is intact: every page passed the encryption check, its "
                                    "structure is sound, its content matches the fingerprint stored in it, and it "
                                    "holds all %1 records it should. Made %2.") \
            .replace("%1", str(report.rows)).replace("%2", made)
    if verdict == "wrong_passphrase":
        return translate("backups", "The passphrase does not open this backup. Check the keyboard layout and "
                                    "Caps Lock. (A file that is not a backup at all looks the same: encryption "
                                    "hides everything.)")
    if verdict == "truncated":
        return translate("backups", "The backup is cut short (truncated): it was not copied to the end, or the "
                                    "drive was removed while it was written. Do not rely on it; make a new backup.")
    if verdict == "damaged":
        if reason == "digest":
            return translate("backups", "The backup is damaged: its content no longer matches the digest stored in "
                                        "it when it was made (part of it was changed or replaced). Do not rely on it.")
        if reason == "first_page":
            return translate("backups", "The backup's first page is damaged, although the passphrase is right. "
                                        "Do not rely on it.")
        return translate("backups", "The backup is damaged: the integrity checks found problems. Do not rely on "
                                    "it; make a new backup.")
    if verdict == "too_new":
        return translate("backups", "This backup was made by a newer version of Abarona. Update Abarona to "
                                    "restore it; the file has not been changed.")
    if verdict == "not_found":
        return translate("backups", "There is no file at this place.")
    if verdict == "not_a_backup":
        if reason == "vault":
            return translate("backups", "This is an Abarona vault, not a backup: it carries no digest to check it "
                                        "against. Open it as a vault instead.")
        if reason == "handoff":
            return translate("backups", "This is a hand-off package, not a backup: import it with "
                                        "“Import a hand-off package” instead.")
        if reason == "backup":
            return translate("backups", "This is a backup, not a hand-off package: restore it on the Backups page "
                                        "instead.")
        if reason == "too_short":
            return translate("backups", "This file is too short to be a backup (it may be one cut short).")
        return translate("backups", "This file is not an Abarona backup.")
    return translate("backups", "The file cannot be read.")


def failure_text(exc: BaseException) -> str:
    """One translated paragraph for a failed backup, restore or hand-off."""
    report = getattr(exc, "report", None)
    if report is not None:
        return translate("backups", "Nothing was done: %1").replace("%1", verdict_text(report))
    backup = exc.reason if isinstance(exc, backups.BackupFailed) else None
    handoff_ = exc.reason if isinstance(exc, handoff.HandoffFailed) else None
    if isinstance(exc, DiskFull) or backup is BackupReason.WRITE:
        return translate("backups", "The drive is full, does not take a file this large, or was removed while "
                                    "writing. Nothing was kept; free some space or choose another drive.")
    if isinstance(exc, VaultExists) or backup is BackupReason.EXISTS:
        return translate("backups", "A file with this name already exists. Abarona never overwrites a file: "
                                    "choose another name.")
    if backup is BackupReason.NO_FOLDER or handoff_ is HandoffReason.NO_FOLDER:
        return translate("backups", "This folder is not there. Is the drive connected?")
    if backup is BackupReason.NOT_WRITABLE:
        return translate("backups", "Nothing can be written in this folder (a read-only drive, or no permission).")
    if backup is BackupReason.CHECK_FAILED or handoff_ is HandoffReason.CHECK_FAILED:
        return translate("backups", "The copy did not pass its check when it was read back, so it was not kept. "
                                    "Try another drive.")
    if backup is BackupReason.PASSPHRASE:
        return translate("backups", "Type a passphrase first.")
    if handoff_ is HandoffReason.RENAME:
        return translate("backups", "A new reference is empty or already used by another case. Nothing was "
                                    "imported.")
    if handoff_ is HandoffReason.REFERENCE_TAKEN:
        return translate("backups", "Taking their version would give a case a reference that another case of "
                                    "yours has. Keep yours, or rename the other case first. Nothing was imported.")
    if handoff_ is HandoffReason.DECISIONS:
        return translate("backups", "The package changed since it was opened; open it again. Nothing was "
                                    "imported.")
    if handoff_ is HandoffReason.NO_CASES:
        return translate("backups", "Choose at least one case.")
    if backup is BackupReason.SETTINGS:
        return translate("backups", "The settings were not saved: the folder must be a full path, and automatic "
                                    "backups need a folder.")
    if isinstance(exc, (VaultError, OSError)):
        return messages.vault_error(exc)
    return translate("backups", "Something unexpected went wrong. Nothing was kept.")


def skipped_text(skipped: backups.SkippedBackup) -> str:
    """What the dashboard and the Backups page say of an automatic backup that was due and
    not made: when, why, and what to do."""
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(skipped.at.timestamp())).toLocalTime(),
                              QLocale.FormatType.ShortFormat)
    if skipped.closing:
        head = translate("backups", "The automatic backup due when the vault closed (%1) was not made.")
    else:
        head = translate("backups", "The daily automatic backup (%1) was not made.")
    reason = skipped.reason
    if reason == "no_folder":
        why = translate("backups", "Its folder was not there (%1): connect the drive, then use Back up now "
                                   "(Ctrl+B).").replace("%1", skipped.folder or "?")
    elif reason == "not_writable":
        why = translate("backups", "Nothing could be written in its folder (a read-only drive, or no permission): "
                                   "choose another folder on the Backups page, then use Back up now (Ctrl+B).")
    elif reason == "disk_full":
        why = translate("backups", "The drive is full: free some space or use another drive, then use Back up "
                                   "now (Ctrl+B).")
    elif reason == "write":
        why = translate("backups", "The drive failed or was removed while the backup was written: connect it "
                                   "again, then use Back up now (Ctrl+B).")
    elif reason == "check_failed":
        why = translate("backups", "The copy did not pass its check when read back: use Back up now (Ctrl+B) "
                                   "onto another drive.")
    elif reason == "damaged":
        why = translate("backups", "The vault itself is damaged: keep your existing backups and run File → "
                                   "Check vault.")
    elif reason == "cancelled":
        why = translate("backups", "It was cancelled: use Back up now (Ctrl+B).")
    elif reason == "locked":
        why = translate("backups", "The vault locked itself (after a time without activity, or with the "
                                   "computer) before it could be made: use Back up now (Ctrl+B).")
    else:
        why = translate("backups", "Something went wrong: use Back up now (Ctrl+B); if it fails again, run "
                                   "File → Check vault.")
    return head.replace("%1", when) + " " + why


def waiting_text(status: backups.BackupStatus) -> str:
    """The daily automatic backup is due but its folder is not there."""
    return translate("backups", "The daily automatic backup is due, but its folder is not there (%1): connect "
                                "the drive.").replace("%1", status.folder or "?")


def _local(text: str | None) -> str:
    if not text:
        return "?"
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime(),
                              QLocale.FormatType.ShortFormat)


class BackupsPage(QWidget):
    """A page of the workspace. ``set_vault(None)`` empties it and forgets the passphrase.

    The lead wires ``run_automatic(closing=True)`` into the window's close and
    ``run_automatic()`` into a timer, and ``work_started``/``work_finished`` into the idle
    lock (suspend it while a backup runs)."""

    backup_made = Signal()      # a verified backup was made: the dashboard's status changed
    status_changed = Signal()   # an automatic backup was made or not made: the dashboard says which
    restored = Signal(str)      # a backup was restored into a new vault at this path
    work_started = Signal()
    work_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._session_passphrase: str | None = None
        # The automatic backup the last run_automatic found due and did not make (else None).
        self.last_skipped: backups.SkippedBackup | None = None

        self.status_label = QLabel(self)
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Empty: the vault's own passphrase"))
        self.passphrase_repeat = QLineEdit(self)
        self.passphrase_repeat.setObjectName("backupPassphraseRepeat")
        self.passphrase_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_repeat.setPlaceholderText(self.tr("Needed only when it is not the vault's passphrase"))
        self.show_passphrase = QCheckBox(self.tr("Show the &passphrase"), self)
        self.show_passphrase.toggled.connect(self._show_passphrase)
        self.keep_for_session = QCheckBox(self.tr("Use it for automatic backups until the vault is locked"), self)
        passphrase_hint = QLabel(self.tr("Left empty, a backup opens with the vault's passphrase and nothing is "
                                         "retyped (automatic backups too). Another passphrase is not stored: "
                                         "without it that backup cannot be restored."), self)
        passphrase_hint.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now…"), self)
        self.backup_button.clicked.connect(lambda: self.back_up_now())
        self.verify_button = QPushButton(self.tr("Ver&ify a backup…"), self)
        self.verify_button.clicked.connect(lambda: self.verify_file())
        self.restore_button = QPushButton(self.tr("&Restore a backup…"), self)
        self.restore_button.clicked.connect(lambda: self.restore_file())
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)

        self.result_label = QLabel(self)
        self.result_label.setObjectName("backupResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_BAD_STYLE)
        self.error_label.hide()

        now_box = QGroupBox(self.tr("Back up, verify, restore"), self)
        now_form = QFormLayout(now_box)
        now_form.addRow(self.tr("Backup passphrase:"), self.passphrase)
        now_form.addRow(self.tr("Repeat it:"), self.passphrase_repeat)
        now_form.addRow("", self.show_passphrase)
        now_form.addRow("", self.keep_for_session)
        now_form.addRow("", passphrase_hint)
        now_form.addRow(actions)
        now_form.addRow(self.error_label)
        now_form.addRow(self.result_label)

        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(self.tr("A folder on a USB drive, for example"))
        browse = QPushButton(self.tr("Bro&wse…"), self)
        browse.clicked.connect(self._browse_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.on_close = QCheckBox(self.tr("When the vault is closed, if anything changed"), self)
        self.daily = QCheckBox(self.tr("Once a day while the folder is there"), self)
        self.keep = QSpinBox(self)
        self.keep.setRange(0, backups.MAX_KEEP)
        self.keep.setSpecialValueText(self.tr("all"))
        self.warn_days = QSpinBox(self)
        self.warn_days.setRange(1, backups.MAX_WARN_DAYS)
        self.warn_days.setSuffix(self.tr(" days"))
        self.save_button = QPushButton(self.tr("&Save the settings"), self)
        self.save_button.clicked.connect(self.save_settings)
        auto_box = QGroupBox(self.tr("Automatic backups"), self)
        auto_form = QFormLayout(auto_box)
        auto_form.addRow(self.tr("Folder:"), folder_row)
        auto_form.addRow(self.tr("Back up:"), self.on_close)
        auto_form.addRow("", self.daily)
        auto_form.addRow(self.tr("Keep the newest:"), self.keep)
        auto_form.addRow(self.tr("Warn when the last backup is older than:"), self.warn_days)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        auto_form.addRow(save_row)

        vocab_made = {True: self.tr("automatically"), False: self.tr("by hand")}
        vocab_key = {True: self.tr("its own"), False: self.tr("the vault's"), None: self.tr("not recorded")}
        self.history_model = RecordTableModel([
            (self.tr("Made"), lambda b: QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(b.at.timestamp())).toLocalTime(), QLocale.FormatType.ShortFormat)),
            (self.tr("File"), lambda b: b.file),
            (self.tr("Size"), lambda b: self.tr("%1 MB").replace("%1", f"{b.size / 1e6:.1f}")),
            (self.tr("Passphrase"), lambda b: vocab_key.get(b.own_passphrase, vocab_key[None])),
            (self.tr("How"), lambda b: vocab_made[b.automatic]),
            (self.tr("Check"), lambda b: self.tr("verified when made")),
        ], self)
        history_box = QGroupBox(self.tr("Backups made"), self)
        self.history_table = record_view(history_box, self.history_model)
        self.history_table.setObjectName("backupHistory")
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(now_box)
        layout.addWidget(auto_box)
        layout.addWidget(history_box, 1)
        self.set_vault(None)

    # -- the vault ---------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self._vault = vault
        if vault is None:
            self.passphrase.clear()
            self.passphrase_repeat.clear()
            self.show_passphrase.setChecked(False)
            self.keep_for_session.setChecked(False)
            self._session_passphrase = None
            self.result_label.clear()
            self.folder.clear()
            self.on_close.setChecked(False)
            self.daily.setChecked(False)
            self.keep.setValue(0)
            self.warn_days.setValue(7)
        self._show_error("")
        self.refresh()

    def refresh(self) -> None:
        enabled = self._vault is not None
        for widget in (self.backup_button, self.verify_button, self.restore_button, self.save_button):
            widget.setEnabled(enabled)
        if self._vault is None:
            self.status_label.clear()
            self.history_model.set_records([])
            return
        try:
            settings = backups.get_settings(self._vault)
            status = backups.status(self._vault)
            self.history_model.set_records(backups.past_backups(self._vault))
        except VaultError as exc:
            self._show_error(failure_text(exc))
            return
        self.folder.setText(settings.folder or "")
        self.on_close.setChecked(settings.on_close)
        self.daily.setChecked(settings.daily)
        self.keep.setValue(settings.keep)
        self.warn_days.setValue(settings.warn_days)
        self._show_status(status)

    def _show_status(self, status: backups.BackupStatus) -> None:
        if status.last_at is None:
            text = self.tr("No verified backup of this vault yet. Back it up to a USB drive now.")
        else:
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(status.last_at.timestamp())).toLocalTime(),
                                      QLocale.FormatType.ShortFormat)
            text = self.tr("Last verified backup: %1, %2 (%3 MB), in %4.").replace("%1", when) \
                .replace("%2", status.last_file or "").replace("%3", f"{(status.last_size or 0) / 1e6:.1f}") \
                .replace("%4", status.last_folder or "")
            if status.overdue:
                text += " " + self.tr("It is older than %n day(s).", "", status.warn_days)
            elif status.changed_since:
                text += " " + self.tr("The vault has changed since.")
        if status.skipped is not None:
            text += "\n" + skipped_text(status.skipped)
        elif status.waiting_for_folder:
            text += "\n" + waiting_text(status)
        self.status_label.setText(text)
        warn = status.overdue or status.skipped is not None or status.waiting_for_folder
        self.status_label.setStyleSheet(_BAD_STYLE if warn else "")

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_result(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(_OK_STYLE if ok else _BAD_STYLE)

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.passphrase_repeat.setEchoMode(mode)

    def _own_passphrase_confirmed(self, vault, passphrase: str) -> bool:
        """A passphrase other than the vault's: typed twice alike, and the user told plainly
        that the backup opens only with it. True to go on."""
        if backups.uses_vault_passphrase(vault, passphrase):
            return True
        if self.passphrase_repeat.text() != passphrase:
            if self.passphrase_repeat.text():
                self._show_error(self.tr("The two passphrases differ. This is not the vault's passphrase, and a "
                                         "backup under a passphrase of its own opens only with it: type the same "
                                         "passphrase in both fields."))
            else:
                self._show_error(self.tr("This is not the vault's passphrase. A backup under a passphrase of its "
                                         "own opens only with that passphrase, so type it again under “Repeat it”."))
            self.passphrase_repeat.setFocus()
            return False
        return prompts.confirm(self, self.tr("A passphrase of its own"),
                               self.tr("This backup will open only with the passphrase you typed, not with the "
                                       "vault's passphrase. Without it the backup cannot be restored. "
                                       "Back up under it?"))

    def _typed_passphrase(self) -> str | None:
        """The passphrase typed, else the open vault's own key (a backup under the vault's
        passphrase needs nothing retyped); None when there is neither."""
        text = self.passphrase.text()
        if text:
            return text
        if self._vault is not None and not self._vault.closed:
            return self._vault.own_key()
        self._show_error(self.tr("Type the backup passphrase first: the vault's, or another one for this backup."))
        self.passphrase.setFocus()
        return None

    def _run(self, title: str, work):
        """Run long work with a progress dialog; (result, exception)."""
        self.work_started.emit()
        try:
            return run_with_progress(self, title, work, vault=self._vault)
        finally:
            self.work_finished.emit()

    # -- actions ------------------------------------------------------------------------------
    def back_up_now(self, folder: str | None = None) -> bool:
        if self._vault is None:
            return False
        self._show_error("")
        passphrase = self._typed_passphrase()
        if passphrase is None:
            return False
        if not self._own_passphrase_confirmed(self._vault, passphrase):
            return False
        if folder is None:
            folder = prompts.choose_folder(self, self.tr("Back up into which folder?"), self.folder.text())
        if not folder:
            return False
        vault = self._vault
        typed = self.passphrase.text() or None  # None: under the vault's own key
        settings = backups.get_settings(vault)
        automatic_folder = bool(settings.folder) and Path(folder).resolve() == Path(settings.folder).resolve()
        keep = (settings.keep or None) if automatic_folder else None  # rotation only where it was set up
        result, error = self._run(self.tr("Backing up"), lambda progress: backups.create_backup(
            vault, folder, passphrase=typed, keep=keep, progress=progress))
        if self._vault is not vault:
            return False  # locked meanwhile: the result is for a page that moved on
        if isinstance(error, Cancelled):
            self._show_result(self.tr("The backup was cancelled; nothing was left in the folder."), False)
            return False
        if error is not None:
            self._show_result("", False)
            prompts.error(self, self.tr("No backup was made"), failure_text(error))
            return False
        if self.keep_for_session.isChecked() and typed:
            self._session_passphrase = typed
        done = self.tr("Backed up and verified: %1 (%2 MB).").replace("%1", str(result.path)) \
            .replace("%2", f"{result.size / 1e6:.1f}")
        if result.own_passphrase:
            done += " " + self.tr("It opens only with its own passphrase, not with the vault's.")
        self._show_result(done, True)
        self.refresh()
        self.backup_made.emit()
        return True

    def verify_file(self, path: str | None = None) -> backups.VerifyReport | None:
        self._show_error("")
        passphrase = self._typed_passphrase()
        if passphrase is None:
            return None
        if path is None:
            path = prompts.open_file(self, self.tr("Verify which backup?"), self.folder.text(), backup_filter())
        if not path:
            return None
        report, error = self._run(self.tr("Verifying the backup"),
                                  lambda progress: backups.verify_backup(path, passphrase, progress=progress))
        if isinstance(error, Cancelled):
            self._show_result(self.tr("The verification was cancelled."), False)
            return None
        if error is not None:
            self._show_result(failure_text(error), False)
            return None
        text = verdict_text(report)
        if report.verdict == "wrong_passphrase" and not self.passphrase.text():
            text = self.tr("With nothing typed, only a backup made under the vault's own key opens, and this one was "
                           "not (it was made under another passphrase, or with a passphrase typed): type its "
                           "passphrase in “Backup passphrase” and verify it again.")
        self._show_result(f"{Path(path).name}: {text}", report.ok)
        return report

    def restore_file(self, path: str | None = None, target: str | None = None) -> str | None:
        self._show_error("")
        passphrase = self._typed_passphrase()
        if passphrase is None:
            return None
        if path is None:
            path = prompts.open_file(self, self.tr("Restore which backup?"), self.folder.text(), backup_filter())
        if not path:
            return None
        if target is None:
            target = prompts.save_file(self, self.tr("Restore into a new vault file"), "restored.abarona",
                                       translate("backups", "Abarona vaults (*.abarona)"))
        if not target:
            return None
        if Path(target).suffix == "":
            target += ".abarona"
        result, error = self._run(self.tr("Restoring the backup"), lambda progress: backups.restore_backup(
            path, target, passphrase=passphrase, progress=progress))
        if isinstance(error, Cancelled):
            self._show_result(self.tr("The restore was cancelled; no file was made."), False)
            return None
        if error is not None:
            prompts.error(self, self.tr("Nothing was restored"), failure_text(error))
            return None
        self._show_result(self.tr("Restored into a new vault: %1. Lock this vault and open that file with the "
                                  "backup's passphrase to use it.").replace("%1", str(result.path)), True)
        prompts.inform(self, self.tr("Restored"), self.tr("The backup was checked and restored into a new vault "
                                                          "at %1.").replace("%1", str(result.path)))
        self.restored.emit(str(result.path))
        return str(result.path)

    def save_settings(self) -> bool:
        if self._vault is None:
            return False
        self._show_error("")
        try:
            backups.save_settings(self._vault, backups.BackupSettings(
                folder=self.folder.text().strip() or None, on_close=self.on_close.isChecked(),
                daily=self.daily.isChecked(), keep=self.keep.value(), warn_days=self.warn_days.value()))
        except VaultError as exc:
            self._show_error(failure_text(exc))
            return False
        self.refresh()
        self.backup_made.emit()  # the warning threshold may have changed
        return True

    def _browse_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Folder for automatic backups"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    # -- automatic backups (wired by the main window) --------------------------------------------
    def automatic_due(self, *, closing: bool = False) -> bool:
        if self._vault is None:
            return False
        try:
            return backups.due_automatic_backup(self._vault, datetime.now(timezone.utc), closing=closing) is not None
        except VaultError:
            return False

    def run_automatic(self, *, closing: bool = False) -> bool:
        """Make the automatic backup if one is due; True when one was made. It is made under
        the vault's own key (it opens with the vault's passphrase; nothing is retyped), or
        under the passphrase kept for the session. One that is due and not made (at close
        without its folder, or failed) is kept in the vault and said (``last_skipped``, the
        page, the dashboard) until a backup is made."""
        self.last_skipped = None
        vault = self._vault
        if vault is None or vault.closed:
            return False
        try:
            folder = backups.automatic_backup_due(vault, datetime.now(timezone.utc), closing=closing)
        except VaultError:
            return False
        if folder is None:
            return False
        passphrase = self._session_passphrase  # None: the vault's own key
        if folder.is_dir():
            result, error = self._run(self.tr("Automatic backup"), lambda progress: backups.run_automatic_backup(
                vault, passphrase=passphrase, closing=closing, progress=progress))
        else:  # nothing to show progress for: it is recorded (at close) or waits for the drive
            result, error = None, None
            try:
                backups.run_automatic_backup(vault, passphrase=passphrase, closing=closing)
            except VaultError as exc:
                error = exc
        if vault.closed:
            return result is not None
        try:
            status = backups.status(vault)
        except VaultError:
            status = None
        if result is None and status is not None and (closing or error is not None):
            self.last_skipped = status.skipped
        if error is not None and not closing and not isinstance(error, Cancelled):
            self._show_error(failure_text(error))
        if self._vault is vault:
            self.refresh()
        if result is not None:
            self.backup_made.emit()
        self.status_changed.emit()
        return result is not None
