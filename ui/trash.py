"""The trash: deleted cases, restorable until the trash is emptied on purpose."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.cases import service as case_service
from desktop.errors import VaultError
from desktop.cases.records import CaseFilter
from ui import messages, prompts
from ui.record_table import RecordTableModel, fill_width


class TrashPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.model = RecordTableModel([
            (self.tr("Reference"), lambda r: r.reference),
            (self.tr("Client"), lambda r: r.person_name),
            (self.tr("Changed"), lambda r: r.updated_at[:16].replace("T", " ")),
        ], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        fill_width(self.table, stretch=(1,), widths={0: 150, 2: 150})  # the client's name takes the room left
        self.restore_button = QPushButton(self.tr("&Restore the selected case"), self)
        self.restore_button.clicked.connect(self.restore)
        self.empty_button = QPushButton(self.tr("Em&pty the trash…"), self)
        self.empty_button.clicked.connect(self.empty)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_vault(self, vault) -> None:
        self._vault = vault
        self.refresh()

    def refresh(self) -> None:
        rows = case_service.list_cases(self._vault, where=CaseFilter(trash=True)) if self._vault else []
        self.model.set_records(rows)
        self.empty_button.setEnabled(bool(rows))
        self.restore_button.setEnabled(bool(rows))
        self.hint.setText(self.tr("Deleted cases stay here, restorable, until you empty the trash.")
                          if rows else self.tr("The trash is empty."))

    def restore(self) -> None:
        row = self.model.record(self.table.currentIndex().row())
        if row is None:
            return
        try:
            case_service.restore_case(self._vault, row.id)
        except VaultError as exc:
            prompts.error(self, self.tr("Not restored"), messages.vault_error(exc))
        self.refresh()
        self.changed.emit()

    def empty(self) -> None:
        count = self.model.rowCount()
        if not count or not prompts.confirm(
                self, self.tr("Empty the trash?"),
                self.tr("%n case(s) will be deleted for good, with their events and documents. "
                        "This cannot be undone.", "", count)):
            return
        try:
            case_service.empty_trash(self._vault)
        except VaultError as exc:
            prompts.error(self, self.tr("Not emptied"), messages.vault_error(exc))
        self.refresh()
        self.changed.emit()
