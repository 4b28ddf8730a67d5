"""The Team page (issue 17): this device's team, its devices and their journals, journals
waiting or refused, and the conflicts to decide, in the hand-off conflict screen's table with
a Base column. Sync runs by a button, on unlock, and when new journals appear in the team
folder (QFileSystemWatcher); the page reports its state for the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import VaultError
from desktop.team import service as team
from ui import messages, prompts, tasks
from ui.record_table import fill_width
from ui.handoff import ConflictModel, field_label

translate = QCoreApplication.translate  # the name lupdate looks for
_Index = QModelIndex | QPersistentModelIndex
_BAD_STYLE = "color: #b00020;"


def team_error(exc: BaseException) -> str:
    """A team failure in the user's language."""
    if not isinstance(exc, team.TeamError):
        return messages.vault_error(exc)
    texts = {
        team.TeamReason.NOT_ENROLLED: translate("team", "This vault is in no team: create a team or join one first. "
                                                 "Nothing was changed."),
        team.TeamReason.NO_FOLDER: translate("team", "The team folder is not there. Plug in the drive or start the file sync, "
                                       "or choose another folder. Nothing was changed."),
        team.TeamReason.NO_TEAM: translate("team", "This folder holds no team. Check the folder, or wait until the file sync "
                                     "has brought the team's files."),
        team.TeamReason.TEAM_EXISTS: translate("team", "This folder already holds a team: join it instead."),
        team.TeamReason.WRONG_PASSPHRASE: translate("team", "The team passphrase does not open this team. Check it word by word "
                                              "(the newest one, if it was changed). Nothing was changed."),
        team.TeamReason.OTHER_TEAM: translate("team", "This vault is already in another team. Nothing was changed."),
        team.TeamReason.ENROLLED: translate("team", "This vault is already in a team. Nothing was changed."),
        team.TeamReason.OWN_DEVICE: translate("team", "This device cannot revoke itself: revoke it from another device."),
        team.TeamReason.UNKNOWN_DEVICE: translate("team", "Choose a device in the list first."),
        team.TeamReason.NO_CONFLICT: translate("team", "This conflict was decided already."),
        team.TeamReason.DECISION: translate("team", "Their version cannot be taken: it breaks a rule of this vault (for "
                                      "example, a reference another case has). Keep yours, or change yours first."),
        team.TeamReason.FOLDER_FULL: translate("team", "The drive of the team folder is full. Nothing was written to "
                                         "the team folder, and your vault keeps its changes. Free some space there, "
                                         "then try again."),
        team.TeamReason.COPY: translate("team", "Another copy of this vault has synced as this device (a copy of the vault "
                                  "file used on another computer, or an older backup restored). Nothing was sent "
                                  "or applied. Keep working in one copy only; let the other one leave and join the "
                                  "team again as a new device."),
    }
    if exc.reason in texts:
        return texts[exc.reason]
    return messages.vault_error(exc)


def problem_text(item: team.Problem) -> str:
    """"Waiting for journal 17 from Laptop-Minsk" and the like, translated."""
    if item.kind == "waiting":
        return translate("team", "Waiting for journal %1 from %2").replace("%1", str(item.seq)).replace("%2", item.device)
    if item.kind == "key":
        return translate("team", "Journal %1 from %2 is under a new team passphrase: enter it on the Team page.") \
            .replace("%1", str(item.seq)).replace("%2", item.device)
    why = {
        "revoked": translate("team", "that device was revoked"),
        "damaged": translate("team", "the file is damaged or was altered"),
        "altered": translate("team", "the file was altered"),
        "newer": translate("team", "it was written by a newer version of Abarona: update Abarona here"),
        "older": translate("team", "it was written by an older version of Abarona: update Abarona there"),
        "misfit": translate("team", "it does not fit this vault"),
    }.get(item.reason, item.reason)
    return translate("team", "Journal %1 from %2 was refused (%3); nothing of it was applied.") \
        .replace("%1", str(item.seq)).replace("%2", item.device).replace("%3", why)


@dataclass
class _Field:
    name: str
    base: object
    mine: object
    theirs: object


class _Conflict:
    """A team conflict in the shape the hand-off conflict screen shows."""

    def __init__(self, data: dict) -> None:
        deleted = translate("team", "(deleted)")
        self.id = data["id"]
        self.key = str(data["id"])
        self.table = data["table"]
        self.case_id = data["case"]
        self.reference = data["reference"]
        self.what = data["what"]
        self.record = data.get("row") or {}
        self.device = data["device"]
        self.fields = [_Field(name, v["base"], deleted if data["mine_deleted"] else v["mine"],
                              deleted if data["theirs_deleted"] else v["theirs"])
                       for name, v in data["fields"].items()]


class TeamConflictModel(ConflictModel):
    """The hand-off conflict table with the base (as both devices last agreed) beside mine and
    theirs, and the device the other version came from."""

    RECORD, FIELDS, BASE, MINE, THEIRS, DEVICE, DECISION = range(7)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.BASE:
            return self.tr("Base")
        if section == self.DEVICE:
            return self.tr("From")
        mapping = {self.RECORD: 0, self.FIELDS: 1, self.MINE: 2, self.THEIRS: 3, self.DECISION: 4}
        return super().headerData(mapping[section], orientation, role) if section in mapping else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        if index.column() == self.BASE and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = ["—" if f.base in (None, "") else str(f.base) for f in conflict.fields]
            if len(values) == 1:
                return values[0]
            return "; ".join(f"{field_label(f.name)}: {v}" for f, v in zip(conflict.fields, values))
        if index.column() == self.DEVICE and role == Qt.ItemDataRole.DisplayRole:
            return conflict.device
        return super().data(index, role)


class TeamPage(QWidget):
    """Create or join a team, sync, see devices and journals, decide conflicts, revoke."""

    case_requested = Signal(str)
    changed = Signal()          # journals applied or conflicts decided: the views must reload
    state_changed = Signal(str)  # one line for the status bar ("" when not in a team)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        # Set by the workspace: False while the editor has unsaved changes (sync waits).
        self.can_sync = lambda: True
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(1500)
        self.debounce.timeout.connect(self.auto_sync)

        self.summary = QLabel(self)
        self.summary.setObjectName("teamSummary")
        self.summary.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_BAD_STYLE)
        self.error_label.hide()
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.clicked.connect(self.sync)

        # Enrolment: one form for creating a team and joining one.
        self.enrol = QGroupBox(self.tr("Create or join a team"), self)
        self.folder = QLineEdit(self.enrol)
        self.folder.setPlaceholderText(self.tr("A folder that a file sync (Syncthing...) or a USB stick carries"))
        browse = QPushButton(self.tr("&Browse…"), self.enrol)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.device_name = QLineEdit(self.enrol)
        self.device_name.setPlaceholderText(self.tr("e.g. Laptop-Minsk (default: the computer's name)"))
        self.passphrase = QLineEdit(self.enrol)
        self.passphrase.setPlaceholderText(self.tr("To join: the team passphrase you were told"))
        self.create_button = QPushButton(self.tr("&Create a team"), self.enrol)
        self.create_button.clicked.connect(self.create_team)
        self.join_button = QPushButton(self.tr("&Join a team"), self.enrol)
        self.join_button.clicked.connect(self.join_team)
        self.passphrase.returnPressed.connect(self.join_team)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        form = QFormLayout(self.enrol)
        form.addRow(self.tr("Team folder"), folder_row)
        form.addRow(self.tr("This device's name"), self.device_name)
        form.addRow(self.tr("Team passphrase"), self.passphrase)
        form.addRow(buttons)

        self.devices = QTableWidget(0, 4, self)
        self.devices.setObjectName("deviceTable")
        self.devices.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Journals applied"),
                                                self.tr("Last seen"), self.tr("Revoked")])
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.verticalHeader().hide()
        self.devices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.revoke_button = QPushButton(self.tr("&Revoke the chosen device…"), self)
        self.revoke_button.clicked.connect(self.revoke)
        self.rotate_button = QPushButton(self.tr("New team &passphrase…"), self)
        self.rotate_button.clicked.connect(self.rotate)
        device_buttons = QHBoxLayout()
        device_buttons.addWidget(self.revoke_button)
        device_buttons.addWidget(self.rotate_button)
        device_buttons.addStretch(1)

        self.problems = QListWidget(self)
        self.problems.setObjectName("waitingList")

        self.conflicts = TeamConflictModel(self)
        self.conflict_table = QTableView(self)
        self.conflict_table.setObjectName("conflictTable")
        self.conflict_table.setModel(self.conflicts)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.verticalHeader().hide()
        # The conflict's three versions share the page's width (it filled half of it before).
        fill_width(self.conflict_table, stretch=(self.conflicts.BASE, self.conflicts.MINE, self.conflicts.THEIRS),
                   fit=(self.conflicts.DEVICE, self.conflicts.DECISION),
                   widths={self.conflicts.RECORD: 170, self.conflicts.FIELDS: 150})
        self.conflict_table.doubleClicked.connect(self._open_case)
        hint = QLabel(self.tr("Changes made on two devices to the same record. Yours are kept unless you tick "
                              "“Take theirs”; the decision reaches the team at the next sync. Double-click a row "
                              "to see the case.") + " "
                      + self.tr("A case deleted on one device and changed on another is kept or deleted whole, "
                                "with all its records: the decision on the case's own row decides them all."), self)
        hint.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("&Apply these decisions"), self)
        self.decide_button.clicked.connect(self.decide)

        self.team_box = QWidget(self)
        box = QVBoxLayout(self.team_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Devices"), self))
        box.addWidget(self.devices, 1)
        box.addLayout(device_buttons)
        box.addWidget(QLabel(self.tr("Journals waiting or refused"), self))
        box.addWidget(self.problems, 1)
        box.addWidget(QLabel(self.tr("Conflicts"), self))
        box.addWidget(hint)
        box.addWidget(self.conflict_table, 2)
        box.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignLeft)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.enrol)
        layout.addWidget(self.team_box, 1)
        self._show(None)

    # -- vault
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.passphrase.clear()
        self.error_label.hide()
        self.refresh()
        if vault is not None and self._in_team():
            QTimer.singleShot(0, self.auto_sync)  # sync on unlock

    def _in_team(self) -> bool:
        try:
            return self.vault is not None and team.status(self.vault) is not None
        except VaultError:
            return False

    def refresh(self) -> None:
        status = None
        if self.vault is not None:
            try:
                status = team.status(self.vault)
            except VaultError as exc:
                self._error(team_error(exc))
        self._show(status)

    def _show(self, status) -> None:
        self.status = status
        enrolled = status is not None
        self.enrol.setVisible(self.vault is not None)
        self.create_button.setEnabled(not enrolled)
        self.team_box.setVisible(enrolled)
        self.sync_button.setEnabled(enrolled)
        self._watch(status)
        if self.vault is None:
            self.summary.setText("")
            self.devices.setRowCount(0)
            self.problems.clear()
            self.conflicts.set_conflicts([])
            self.state_changed.emit("")
            return
        if not enrolled:
            self.summary.setText(self.tr("This vault is in no team. A coordinator creates a team in a shared "
                                         "folder; each lawyer's device then joins it with the team passphrase."))
            self.state_changed.emit("")
            return
        self.join_button.setText(self.tr("&Enter a new team passphrase"))
        last = _local(status.last_sync) if status.last_sync else self.tr("never")
        self.summary.setText(self.tr("Team folder: %1\nThis device: %2. Last sync: %3.")
                             .replace("%1", status.folder).replace("%2", status.device_name).replace("%3", last))
        self.devices.setRowCount(len(status.devices))
        for row, device in enumerate(status.devices):
            name = device.name + (self.tr(" (this device)") if device.this_device else "")
            cells = [name, f"{device.applied} / {device.available}",
                     _local(device.last_seen) if device.last_seen else "—",
                     _local(device.revoked_at) if device.revoked_at else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, device.id)
                self.devices.setItem(row, column, item)
        self.problems.clear()
        self.problems.addItems([problem_text(p) for p in status.problems])
        try:
            found = [_Conflict(c) for c in team.conflicts(self.vault)]
        except VaultError:
            found = []
        self.conflicts.set_conflicts(found)
        self.decide_button.setEnabled(bool(found))
        self.state_changed.emit(self._state_line(status, len(found)))

    def _state_line(self, status, conflicts: int) -> str:
        if status.last_sync is None:
            line = self.tr("Team: not synced yet")
        else:
            line = self.tr("Team: synced %1").replace("%1", _local(status.last_sync))
        if status.problems:
            line += " · " + self.tr("%n journal(s) waiting", "", len(status.problems))
        if conflicts:
            line += " · " + self.tr("%n conflict(s) to decide", "", conflicts)
        return line

    def _watch(self, status) -> None:
        old = self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        if status is None:
            return
        folder = Path(status.folder)
        paths = [folder, folder / "journals", folder / "revoked", folder / "devices"]
        journals = folder / "journals"
        if journals.is_dir():
            paths += [p for p in journals.iterdir() if p.is_dir()]
        self.watcher.addPaths([str(p) for p in paths if p.is_dir()])

    def _folder_changed(self, _path: str) -> None:
        self.debounce.start()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- actions
    def auto_sync(self) -> None:
        """Sync without being asked (on unlock, new journals), unless a case is being edited."""
        if self.vault is None or self.status is None:
            return
        if tasks.busy:  # a task holds the vault (an import, a backup): the sync waits for it
            tasks.call_when_idle(self.auto_sync)
            return
        if not self.can_sync():
            self.state_changed.emit(self.tr("Team: new changes wait until the open case is saved"))
            return
        self.sync()

    def sync(self) -> bool:
        if self.vault is None:
            return False
        self.error_label.hide()
        if not self.can_sync():
            self._error(self.tr("Save or discard the changes to the open case first: the sync may bring "
                                "changes to it."))
            return False
        try:
            result = team.sync(self.vault)
        except VaultError as exc:
            self._error(team_error(exc))
            self.refresh()
            return False
        self.refresh()
        if result.applied or result.journals:
            self.changed.emit()
        return True

    def create_team(self) -> None:
        if self.vault is None:
            return
        self.error_label.hide()
        try:
            made = team.create_team(self.vault, self.folder.text().strip(), name=self.device_name.text())
        except VaultError as exc:
            self._error(team_error(exc))
            return
        prompts.inform(self, self.tr("Team passphrase"),
                       self.tr("The team is created. Its passphrase is shown only now and stored nowhere. Give it "
                               "to each lawyer of the team in person or by a call, never through the folder:\n\n%1")
                       .replace("%1", made.passphrase or ""))
        self.refresh()
        self.sync()

    def join_team(self) -> None:
        if self.vault is None:
            return
        self.error_label.hide()
        folder = self.folder.text().strip() or (self.status.folder if self.status else "")
        try:
            team.join_team(self.vault, folder, self.passphrase.text(), name=self.device_name.text() or None)
        except VaultError as exc:
            self._error(team_error(exc))
            return
        finally:
            self.passphrase.clear()
        self.refresh()
        self.sync()

    def _chosen_device(self) -> str | None:
        rows = self.devices.selectionModel().selectedRows()
        if not rows:
            return None
        return self.devices.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def revoke(self) -> None:
        device = self._chosen_device()
        if self.vault is None or device is None:
            self._error(translate("team", "Choose a device in the list first."))
            return
        name = self.devices.item(self.devices.currentRow(), 0).text()
        if not prompts.confirm(self, self.tr("Revoke a device"),
                               self.tr("Revoke %1? Its journals will be refused from now on, by every device that "
                                       "syncs. Give the team a new passphrase afterwards.").replace("%1", name)):
            return
        try:
            team.revoke(self.vault, device)
        except VaultError as exc:
            self._error(team_error(exc))
            return
        self.refresh()

    def rotate(self) -> None:
        if self.vault is None or not prompts.confirm(
                self, self.tr("New team passphrase"),
                self.tr("Give the team a new passphrase? Every other device must then enter it (Join a team). A "
                        "revoked device, which does not get it, cannot read anything written from now on.")):
            return
        try:
            made = team.rotate(self.vault)
        except VaultError as exc:
            self._error(team_error(exc))
            return
        prompts.inform(self, self.tr("Team passphrase"),
                       self.tr("The new team passphrase, shown only now:\n\n%1").replace("%1", made.passphrase or ""))
        self.refresh()

    def decide(self) -> None:
        if self.vault is None:
            return
        self.error_label.hide()
        decided = False
        with_others: set[int] = set()  # decided with another (the records of a case kept or deleted whole)
        tables = {c.key: c.table for c in self.conflicts.conflicts}
        # a case's own row first: its decision (keep or delete) is the whole case's
        for key, choice in sorted(self.conflicts.decisions().items(), key=lambda kv: tables.get(kv[0]) != "cases"):
            if int(key) in with_others:
                continue
            try:
                done = team.resolve(self.vault, int(key), choice)
                with_others.update(done.get("also", ()))
                decided = True
            except VaultError as exc:
                self._error(team_error(exc))
        self.refresh()
        if decided:
            self.changed.emit()

    def _browse(self) -> None:
        chosen = prompts.choose_folder(self, self.tr("Team folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _open_case(self, index: QModelIndex) -> None:
        case_id = self.conflicts.data(index, ConflictModel.CaseIdRole)
        if case_id:
            self.case_requested.emit(case_id)


def _local(text: str | None) -> str:
    try:
        moment = datetime.fromisoformat((text or "").replace("Z", "+00:00")).astimezone()
    except ValueError:
        return text or ""
    return moment.strftime("%d.%m.%Y %H:%M")
