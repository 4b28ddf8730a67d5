"""A table model over a list of records held by an editor (events, charges, parties,
documents): columns are (title, function of the record) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.text import visible
from ui.elide import tip

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of ``records``, each cell text made only when a view asks for it (``data``).

    ``page``: with a number, a view is given that many rows at first and as many more each
    time it scrolls to the end (Qt's canFetchMore/fetchMore), so that showing ten thousand
    records (a screened list: issue 19) costs the view no more than showing a page; ``records``
    always holds them all."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[object], str]]], parent=None, *,
                 page: int | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page = page
        self._shown = 0
        self.records: list = []

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self.records = records
        self._shown = len(records) if self._page is None else min(len(records), self._page)
        self.endResetModel()

    def refresh(self) -> None:
        """The list was changed in place: show it again."""
        self.set_records(self.records)

    def replace(self, row: int, record) -> None:
        """Show ``record`` in place of the one at ``row`` (the rest stay as they are)."""
        self.records[row] = record
        if row < self._rows():
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def remove(self, row: int) -> None:
        """Take the record at ``row`` out of the rows."""
        if row < self._rows():
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.records[row]
            self._shown = max(self._shown - 1, 0)
            self.endRemoveRows()
        else:
            del self.records[row]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._rows() < len(self.records)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._page is None or self._shown >= len(self.records):
            return
        more = min(len(self.records) - self._shown, self._page)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _rows(self) -> int:
        return len(self.records) if self._page is None else self._shown

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._rows():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns[index.column()][1](self.records[index.row()]) or ""
            return visible(tip(value) if role == Qt.ItemDataRole.ToolTipRole else value)
        return None

    def record(self, row: int):
        return self.records[row] if 0 <= row < len(self.records) else None


def record_view(parent: QWidget, model, *, name: str = "") -> QTableView:
    """A read-only table of records: whole rows, one at a time, never edited in place."""
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fill_width(view: QAbstractItemView, *, stretch: tuple[int, ...] = (), fit: tuple[int, ...] = (),
               widths: dict[int, int] | None = None) -> None:
    """The columns of ``view`` fill its width at any window size: the text columns ``stretch``
    share the room the others leave (none given: the last column takes it), the columns
    ``fit`` are as wide as their content (a check box, a device name), and the others keep
    ``widths`` (pixels) and can be dragged wider."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(not stretch)
    for column, width in (widths or {}).items():
        header.resizeSection(column, width)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


#: The most pixels a column sized to its content takes (a long text scrolls, in its tooltip whole).
FIT_MOST = 320


def fit_columns_to_content(view: QTableView, most: int = FIT_MOST) -> None:
    """Size ``view``'s columns to what they show now and each time its records change (a new
    case's first event widens the date column from its title's width), each at most ``most``
    pixels; the last column still stretches."""
    def fit() -> None:
        view.resizeColumnsToContents()
        for column in range(view.model().columnCount()):
            if view.columnWidth(column) > most:
                view.setColumnWidth(column, most)

    model = view.model()
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
        signal.connect(fit)
    fit()
