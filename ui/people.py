"""People: every client, found by any spelling, with their cases."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import service as case_service
from desktop.cases import persons as person_service
from desktop.cases.records import CaseFilter
from desktop.cases.vocab import vocabulary
from desktop.text import visible
from ui import access, i18n
from ui.dates import format_edtf
from ui.record_table import RecordTableModel, fill_width
from ui.elide import tip

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


class PersonTableModel(QAbstractTableModel):
    """Lazily fetched, sorted by name in SQL."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._vault = None
        self._text = ""
        self._rows: list = []
        self._total = 0
        self._titles = [self.tr("Client"), self.tr("Also written"), self.tr("Born"), self.tr("Cases")]

    def set_vault(self, vault) -> None:
        self._vault = vault
        self.refresh()

    def set_text(self, text: str) -> None:
        self._text = text
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows, self._total = [], 0
        if self._vault is not None and not self._vault.closed:
            self._total = person_service.count_persons(self._vault, text=self._text)
            self._rows = person_service.list_persons(self._vault, text=self._text, limit=PAGE)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._titles)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._vault is None or self._vault.closed:
            return
        more = person_service.list_persons(self._vault, text=self._text, limit=PAGE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self._titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        value = [row.display_name, row.other_names, format_edtf(row.birth_date), str(row.cases)][index.column()]
        return visible(tip(value) if role == Qt.ItemDataRole.ToolTipRole else value)

    def person_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


class PeoplePage(QWidget):
    case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a client by any spelling of the name…"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(lambda: self.model.set_text(self.search.text()))
        self.search.textChanged.connect(self._debounce.start)
        self.model = PersonTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # The other spellings (the longest text) take the room the name, date and count leave.
        fill_width(self.table, stretch=(1,), widths={0: 260, 2: 120, 3: 70})  # no fit: 50,000 rows
        self.table.selectionModel().currentRowChanged.connect(self._person_changed)
        vocab = vocabulary()
        self.cases_model = RecordTableModel([
            (self.tr("Reference"), lambda r: r.reference),
            (self.tr("Kind"), lambda r: vocab.kinds[r.kind].label(i18n.language())),
            (self.tr("Status"), lambda r: vocab.statuses[r.status].label(i18n.language())),
            (self.tr("Outcome"), lambda r: vocab.outcomes[r.outcome].label(i18n.language())),
            (self.tr("Arrest"), lambda r: format_edtf(r.arrest_date)),
        ], self)
        self.cases_table = QTableView(self)
        self.cases_table.setModel(self.cases_model)
        self.cases_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases_table.verticalHeader().hide()
        self.cases_table.horizontalHeader().setStretchLastSection(True)
        self.cases_table.activated.connect(self._open_case)
        self.cases_table.doubleClicked.connect(self._open_case)
        self.cases_label = QLabel(self.tr("Cases of the chosen client (Enter or double-click opens one):"), self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cases_label)
        lower_layout.addWidget(self.cases_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        access.search_leads_to(self.search, self.table, lambda: (self._debounce.stop(),
                                                                 self.model.set_text(self.search.text())))
        layout.addWidget(self.search)
        layout.addWidget(split, 1)

    def set_vault(self, vault) -> None:
        self._vault = vault
        if vault is None:
            self.search.clear()
        self.model.set_vault(vault)
        self.cases_model.set_records([])

    def refresh(self) -> None:
        self.model.refresh()
        self.cases_model.set_records([])

    def _person_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = self.model.person_id(current.row()) if current.isValid() else None
        rows = case_service.list_cases(self._vault, where=CaseFilter(person_id=person_id)) if person_id else []
        self.cases_model.set_records(rows)

    def _open_case(self, index: QModelIndex) -> None:
        row = self.cases_model.record(index.row())
        if row is not None:
            self.case_requested.emit(row.id)
