"""The case list: a lazily fetched table sorted in SQL, with search and filters."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import service as case_service
from desktop.cases import story
from desktop.cases.service import CaseFilter
from desktop.cases.vocab import charge_label, vocabulary
from desktop.deadlines import dashboard
from desktop.text import visible
from ui import access, i18n, settings
from ui.dates import format_edtf
from ui.elide import tip

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Holds the rows fetched so far; asks the service for the next page when scrolled."""

    #: Logical order (saved column states depend on it: new columns go at the end); the
    #: list shows them in ``SHOWN`` order.
    COLUMNS = ["reference", "person", "kind", "status", "outcome", "arrest", "region", "lawyer", "updated", "next"]
    SHOWN = ["reference", "person", "kind", "status", "next", "outcome", "arrest", "region", "lawyer", "updated"]
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._vault = None
        self._rows: list = []
        self._total = 0
        self._text = ""
        self._where = CaseFilter()
        self._sort = "reference"
        self._descending = False
        self._titles = {
            "reference": self.tr("Reference"), "person": self.tr("Client"), "kind": self.tr("Kind"),
            "status": self.tr("Status"), "outcome": self.tr("Outcome"), "arrest": self.tr("Arrest"),
            "region": self.tr("Region"), "lawyer": self.tr("Lawyer"), "updated": self.tr("Changed"),
            "next": self.tr("Next due"),
        }

    # -- what to show ----------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self._vault = vault
        self.refresh()

    def set_query(self, *, text: str | None = None, where: CaseFilter | None = None) -> None:
        if text is not None:
            self._text = text
        if where is not None:
            self._where = where
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        if self._vault is not None and not self._vault.closed:
            self._query_where = case_service.with_text(self._where, self._text)
            self._total = case_service.count_cases(self._vault, where=self._query_where)
            self._rows = self._page(0)
        self.endResetModel()

    def _page(self, offset: int) -> list:
        return case_service.list_cases(
            self._vault, where=self._query_where, sort=self._sort, descending=self._descending,
            limit=PAGE, offset=offset)

    @property
    def total(self) -> int:
        return self._total

    # -- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._vault is None or self._vault.closed:
            return
        start = len(self._rows)
        more = self._page(start)
        if not more:  # the vault changed since the count
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
            return self._titles[self.COLUMNS[section]]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and 0 <= section < len(self.COLUMNS) and self.COLUMNS[section] == "next":
            return self.tr("The last day of the case's soonest open deadline or custody term")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        vocab = vocabulary()
        lang = i18n.language()
        column = self.COLUMNS[index.column()]
        value = {
            "reference": row.reference,
            "person": row.person_name,
            "kind": vocab.kinds[row.kind].label(lang),
            "status": vocab.statuses[row.status].label(lang),
            "outcome": vocab.outcomes[row.outcome].label(lang),
            "arrest": format_edtf(row.arrest_date),
            "region": row.region or "",
            "lawyer": row.lawyer or "",
            "updated": row.updated_at[:16].replace("T", " "),
            "next": format_edtf(row.next_due) if row.next_due else "",
        }[column]
        return visible(tip(value) if role == Qt.ItemDataRole.ToolTipRole else value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = self.COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def case_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row.id == case_id:
                return i
        return -1


class CaseListPage(QWidget):
    """Search box, filters and the table; emits ``case_selected(id)``."""

    case_selected = Signal(str)
    FILTERS = ("kind", "status", "outcome", "due", "lawyer", "region", "article", "group")
    #: The "due" filter's choices: days ahead (0: overdue only), counted as the dashboard does.
    DUE_WITHIN = (0, 7, 30)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: a name in any spelling, a reference, a place, words of the notes…"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(30)
        self._debounce.timeout.connect(self._apply)
        self.search.textChanged.connect(self._debounce.start)

        self.filters: dict[str, QComboBox] = {}
        filter_grid = QGridLayout()  # two rows of four: the list stays usable on a small laptop
        labels = {"kind": self.tr("Kind"), "status": self.tr("Status"), "outcome": self.tr("Outcome"),
                  "lawyer": self.tr("Lawyer"), "region": self.tr("Region"), "article": self.tr("Article"),
                  "group": self.tr("Group of linked cases"), "due": self.tr("Next deadline")}
        for i, name in enumerate(self.FILTERS):
            box = QComboBox(self)
            box.setObjectName(f"filter_{name}")
            box.setToolTip(labels[name])
            # Compact in the row; the drop-down still shows every label in full.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(9)
            box.view().setMinimumWidth(260)
            box.currentIndexChanged.connect(self._filters_changed)
            self.filters[name] = box
            filter_grid.addWidget(box, i // 4, i % 4)
        self.count_label = QLabel(self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count_label)

        self.model = CaseTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # hand-off of several
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        for shown, name in enumerate(self.model.SHOWN):  # new columns are last in the model, not on screen
            header.moveSection(header.visualIndex(self.model.COLUMNS.index(name)), shown)
        widths = {"reference": 120, "person": 180, "kind": 110, "status": 80, "next": 90, "outcome": 130,
                  "arrest": 100, "region": 130, "lawyer": 130}
        for column, name in enumerate(self.model.COLUMNS):
            if name in widths:
                self.table.setColumnWidth(column, widths[name])
        self._layout_saved = False  # the user's own column layout (widths, order) is restored
        header.sectionResized.connect(self._save_columns)
        header.sectionMoved.connect(self._save_columns)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda index: self.case_selected.emit(self.model.case_id(index.row()) or ""))

        self.empty_hint = QLabel(self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()

        access.search_leads_to(self.search, self.table, self.apply_now)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the workspace and the splitter keep it apart
        layout.addLayout(search_row)
        layout.addLayout(filter_grid)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        self._restore_columns()

    # -- vault ------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self._vault = vault
        self._fill_filters()
        if vault is None:
            self.search.clear()
        self.model.set_vault(vault)
        self._update_count()
        if vault is not None and not self._layout_saved and self.model.rowCount():
            self.fit_columns()

    def _fill_filters(self) -> None:
        vocab = vocabulary()
        lang = i18n.language()
        saved = settings.get(settings.CASE_FILTERS)
        choices: dict[str, list[tuple[str, object]]] = {
            "kind": [(t.label(lang), k) for k, t in vocab.kinds.items()],
            "status": [(t.label(lang), k) for k, t in vocab.statuses.items()],
            "outcome": [(t.label(lang), k) for k, t in vocab.outcomes.items()],
            "lawyer": [],
            "region": [],
            "article": [],
            "group": [],
            "due": [(self.tr("Overdue"), 0), (self.tr("Due ≤ 7 days"), 7), (self.tr("Due ≤ 30 days"), 30)],
        }
        if self._vault is not None:
            lawyers = case_service.distinct_values(self._vault, "lawyer")
            me = self._vault.author  # the name this vault's user signs the history with
            # "My cases" first: the cases whose lawyer is the vault's user (issue 13, item 12).
            mine = [(self.tr("My cases (%1)").replace("%1", me), me)] if me and me in lawyers else []
            choices["lawyer"] = mine + [(v, v) for v in lawyers]
            choices["region"] = [(v, v) for v in case_service.distinct_values(self._vault, "region")]
            choices["article"] = [(charge_label(*a, lang=lang), "|".join(a))
                                  for a in case_service.articles_in_use(self._vault)]
            choices["group"] = [(f"{g.name} ({n})", g.id) for g, n in story.list_groups(self._vault)]
        everything = {"kind": self.tr("All kinds"), "status": self.tr("Any status"),
                      "outcome": self.tr("Any outcome"), "lawyer": self.tr("Any lawyer"),
                      "region": self.tr("Any region"), "article": self.tr("Any article"),
                      "group": self.tr("Any group"), "due": self.tr("Any deadline")}
        for name, box in self.filters.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(everything[name], None)
            for label, value in choices[name]:
                box.addItem(label, value)
            # Only vocabulary values are remembered (never names of lawyers or regions).
            if name in ("kind", "status", "outcome", "due") and saved.get(name) not in (None, ""):
                wanted = saved[name]
                if name == "due":
                    wanted = int(wanted) if str(wanted).isdigit() else None
                found = box.findData(wanted)
                box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)
        self.model._where = self.current_filter()

    def current_filter(self) -> CaseFilter:
        values = {name: box.currentData() for name, box in self.filters.items()}
        article = values.pop("article")
        group = values.pop("group", None)
        due = values.pop("due", None)
        due_after = due_before = None
        if due == 0:  # overdue
            due_before = dashboard.utc_now_text()
        elif due is not None:  # due from now to the end of the due-th day
            due_after, due_before = dashboard.utc_now_text(), dashboard.horizon_utc(due)
        return CaseFilter(article=tuple(article.split("|")) if article else None, group_id=group,
                          due_before_utc=due_before, due_after_utc=due_after, **values)

    def _filters_changed(self) -> None:
        settings.put(settings.CASE_FILTERS, {n: "" if self.filters[n].currentData() is None else str(self.filters[n].currentData())
                                             for n in ("kind", "status", "outcome", "due")})
        self.model.set_query(where=self.current_filter())
        self._update_count()

    def _apply(self) -> None:
        self.model.set_query(text=self.search.text())
        self._update_count()

    def apply_now(self) -> None:
        """Run a pending search at once (tests, and Enter in the search box)."""
        self._debounce.stop()
        self._apply()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n case(s)", "", total))
        if self._vault is None:
            self.empty_hint.hide()
            return
        searching = bool(self.search.text().strip()) or any(b.currentIndex() > 0 for b in self.filters.values())
        self.empty_hint.setText(
            self.tr("No case matches. Try another spelling or clear the filters.") if searching else
            self.tr("No cases yet. Create one with Ctrl+N, or import the organisation's cases (File → Import).")
        )
        self.empty_hint.setVisible(total == 0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        case_id = self.model.case_id(current.row()) if current.isValid() else None
        if case_id:
            self.case_selected.emit(case_id)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [case_id for row in rows if (case_id := self.model.case_id(row))]

    def select_case(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- columns ----------------------------------------------------------------------------
    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        menu.exec(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_columns()

    def _save_columns(self, *_args) -> None:
        self._layout_saved = True
        settings.put(settings.CASE_COLUMNS, self.table.horizontalHeader().saveState())

    def _restore_columns(self) -> None:
        state = settings.get(settings.CASE_COLUMNS)
        if state:
            self._layout_saved = self.table.horizontalHeader().restoreState(state)

    #: The columns a small laptop shows side by side (issue 13, item 11), and the most
    #: pixels each takes; the client's name gets what is left, at least ``CLIENT_MIN``.
    FIRST = {"reference": 130, "kind": 110, "status": 90, "next": 95}
    CLIENT_MIN, CLIENT_MAX = 110, 220

    def fit_columns(self, width: int | None = None) -> None:
        """Size reference, client, kind, status and next due to what they show (the rows
        fetched so far and the titles; each at most ``FIRST``), then the client's name to what
        is left of ``width`` (the page's, in pixels; at least ``CLIENT_MIN``), so that the five
        fit side by side. Done when a vault opens, until the user's own layout is saved."""
        header = self.table.horizontalHeader()
        header.sectionResized.disconnect(self._save_columns)  # not the user's choice: not kept
        try:
            for name, most in self.FIRST.items():
                column = self.model.COLUMNS.index(name)
                self.table.setColumnWidth(column, min(most, max(self.table.sizeHintForColumn(column),
                                                                header.sectionSizeHint(column))))
            person = self.model.COLUMNS.index("person")
            wanted = max(self.table.sizeHintForColumn(person), header.sectionSizeHint(person))
            self.table.setColumnWidth(person, max(self.CLIENT_MIN, min(self.CLIENT_MAX, wanted)))
            if width is not None and self.width_for_columns() > width:
                self.table.setColumnWidth(person, max(self.CLIENT_MIN, self.table.columnWidth(person)
                                                      - (self.width_for_columns() - width)))
        finally:
            header.sectionResized.connect(self._save_columns)

    def width_for_columns(self) -> int:
        """The page's width that shows its first five columns whole (pixels)."""
        header = self.table.horizontalHeader()
        columns = sum(self.table.columnWidth(self.model.COLUMNS.index(n)) for n in ("person", *self.FIRST))
        scroll = self.table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        return columns + scroll + 2 * self.table.frameWidth() + margins.left() + margins.right() + header.offset()
