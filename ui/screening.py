"""Wanted lists: import a published list (with a column-mapping dialog), review the clients
it matched (confirm or dismiss), see what a new version added and removed, and check one
name at intake. Talks to desktop.screening only."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.screening import service as screening
from desktop.errors import VaultError
from desktop.progress import Cancelled
from ui.tasks import run_with_progress
from ui import messages, prompts
from ui.dates import format_edtf
from ui.record_table import RecordTableModel, record_view
from ui.elide import breakable

translate = QCoreApplication.translate

#: Matches given to the table at a time; more as it is scrolled to the end (issue 19).
MATCHES_PAGE = 500


# ---------------------------------------------------------------------------------------
# Long work off the GUI thread


# ---------------------------------------------------------------------------------------
# Explanations, translated


def _part(part: str) -> str:
    return {
        "surname": translate("Reasons", "surname"),
        "given name": translate("Reasons", "given name"),
        "patronymic": translate("Reasons", "patronymic"),
        "birth date": translate("Reasons", "birth date"),
    }.get(part, translate("Reasons", "name"))


def _language(code: str) -> str:
    return {"be": translate("Reasons", "Belarusian"), "ru": translate("Reasons", "Russian")}.get(
        code, translate("Reasons", "Cyrillic"))


def reason_text(reason) -> str:
    """One reason of a match in the user's language (desktop.matching gives codes)."""
    v = reason.values
    part = _part(reason.part)
    code = reason.code
    if code == "equal":
        return translate("Reasons", "%1 equal").replace("%1", part)
    if code == "equal_folded":
        return translate("Reasons", "%1 equal apart from letter case and diacritics").replace("%1", part)
    if code == "transliteration":
        return (translate("Reasons", "%1 equal after %2→Latin transliteration (%3)")
                .replace("%1", part).replace("%2", _language(v.get("language", ""))).replace("%3", v.get("scheme", "")))
    if code == "transliteration_variant":
        return translate("Reasons", "%1: one name across scripts, allowing for spelling and Belarusian/Russian "
                         "variants").replace("%1", part)
    if code == "be_ru_forms":
        return translate("Reasons", "%1: Belarusian and Russian forms of one name").replace("%1", part)
    if code == "spelling_variant":
        return translate("Reasons", "%1: spelling variants of one transliteration").replace("%1", part)
    if code == "given_variant":
        if v.get("relation") == "ru_be":
            return translate("Reasons", "%1: Russian/Belarusian variants of one name").replace("%1", part)
        return translate("Reasons", "%1: another spelling of the same given name").replace("%1", part)
    if code == "typo":
        kind = v.get("kind", "")
        if kind == "swap":
            return translate("Reasons", "%1: two letters swapped (possible typo)").replace("%1", part)
        if kind == "vowel":
            return translate("Reasons", "%1: one vowel differs (possible typo)").replace("%1", part)
        if kind == "consonant":
            return translate("Reasons", "%1: one consonant differs (possible typo)").replace("%1", part)
        return translate("Reasons", "%1 differs by %2 letters (possible typo)").replace("%1", part).replace(
            "%2", v.get("edits", "2"))
    if code == "part_of_double":
        return translate("Reasons", "%1 is part of a double name").replace("%1", part)
    if code == "initial":
        return translate("Reasons", "%1: the initial agrees").replace("%1", part)
    if code == "different_given":
        return translate("Reasons", "different given names")
    if code == "different":
        return translate("Reasons", "%1 differs (%2% alike)").replace("%1", part).replace(
            "%2", v.get("similarity", "0"))
    texts = {
        "word_order": translate("Reasons", "word order differs (surname first in one)"),
        "one_word": translate("Reasons", "only one word of the name can be compared"),
        "patronymic_only_one": translate("Reasons", "patronymic given in one name only"),
        "patronymic_differs": translate("Reasons", "patronymics differ"),
        "gender_differs": translate("Reasons", "one is a woman's form of the name, the other a man's"),
        "birth_equal": translate("Reasons", "birth date equal"),
        "birth_year_equal": translate("Reasons", "birth year equal"),
        "birth_compatible": translate("Reasons", "birth dates compatible"),
    }
    if code in texts:
        return texts[code]
    if code == "extra_words":
        return translate("Reasons", "%1 word(s) of one name have no counterpart").replace("%1", v.get("count", "1"))
    if code in ("birth_differs", "birth_one_year", "birth_day_month_swapped"):
        template = {
            "birth_differs": translate("Reasons", "birth dates differ (%1 and %2)"),
            "birth_one_year": translate("Reasons", "birth years one apart (%1 and %2)"),
            "birth_day_month_swapped": translate("Reasons", "birth dates equal if day and month are swapped "
                                                 "(%1 and %2)"),
        }[code]
        return template.replace("%1", format_edtf(v.get("a", ""))).replace("%2", format_edtf(v.get("b", "")))
    return reason.text()


def explanation(reasons) -> str:
    return "; ".join(reason_text(r) for r in reasons)


def status_label(status: str) -> str:
    return {
        "open": translate("Screening", "to review"),
        "confirmed": translate("Screening", "confirmed"),
        "dismissed": translate("Screening", "dismissed"),
    }.get(status, status)


def _failure(exc: BaseException) -> str:
    """A list file's problem in the user's language."""
    if not isinstance(exc, screening.ListFileError):
        return messages.vault_error(exc)
    texts = {
        screening.ListFileCode.TOO_LARGE: translate("Screening", "The file is too large to be a list of wanted persons (over 64 MB)."),
        screening.ListFileCode.NOT_A_FILE: translate("Screening", "This is a folder, not a list file."),
        screening.ListFileCode.NOT_FOUND: translate("Screening", "The file is not there any more."),
        screening.ListFileCode.UNREADABLE: translate("Screening", "The file cannot be read (no permission, or a disk error)."),
        screening.ListFileCode.EMPTY: translate("Screening", "The file is empty."),
        screening.ListFileCode.OLD_EXCEL: translate("Screening", "This is an old Excel (.xls) or a password-protected workbook. Open it "
                               "in a spreadsheet program and save it as .xlsx or CSV, without a password."),
        screening.ListFileCode.BAD_XLSX: translate("Screening", "This file looks like an Excel workbook but cannot be read (damaged, or "
                              "not really .xlsx). Save it again as .xlsx or CSV."),
        screening.ListFileCode.NO_HEADER: translate("Screening", "The file has no column names in its first row."),
        screening.ListFileCode.NO_ROWS: translate("Screening", "The file has column names but no entries below them."),
        screening.ListFileCode.ENCODING: translate("Screening", "The file's text encoding cannot be told. Save it as UTF-8 (in Excel: "
                              "CSV UTF-8) and import it again."),
        screening.ListFileCode.BINARY: translate("Screening", "This file is not a table: import a CSV file or an Excel workbook (.xlsx)."),
        screening.ListFileCode.MALFORMED: translate("Screening", "The CSV file is malformed (an unclosed quotation mark?)."),
        screening.ListFileCode.NO_NAMES: translate("Screening", "None of the rows has a name in the chosen column(s)."),
        screening.ListFileCode.NO_NAME_COLUMN: translate("Screening", "The list has no column for the name. Choose the column (or the "
                                    "surname, name and patronymic columns) that holds the names."),
        screening.ListFileCode.COLUMN_TWICE: translate("Screening", "One column is chosen for two fields; choose each column once."),
        screening.ListFileCode.NO_SOURCE: translate("Screening", "Say who published the list (e.g. MVD RF)."),
        screening.ListFileCode.BAD_DATE: translate("Screening", "The list date is not a date: write it as 2025-04-09, 2025-04 or 2025."),
        screening.ListFileCode.UNKNOWN_COLUMN: (column_gone := translate(
            "Screening", "A chosen column is not in this list. Choose the columns again.")),
        screening.ListFileCode.BAD_COLUMN: column_gone,
        screening.ListFileCode.UNKNOWN_FIELD: translate("Screening", "A column is mapped to a field this program does "
                                                        "not know. Choose the columns again."),
        screening.ListFileCode.BAD_THRESHOLD: translate("Screening", "The similarity threshold must be between 0 and "
                                                        "1."),
    }
    return texts[exc.code]


# ---------------------------------------------------------------------------------------
# The column-mapping dialog



def entry_birth_text(row) -> str:
    """A list entry's birth date as the interface shows every date ("August 1989", "≈ August
    1989", "12.05.1988"), never the EDTF it was read into ("1989-08~"); the list's own text
    only when it could not be read as a date."""
    if row.entry_birth_date:
        return format_edtf(row.entry_birth_date)
    return row.entry_birth or ""

class ColumnMappingDialog(QDialog):
    """Which column holds the name (or surname, name and patronymic), the birth date,
    place, article, date listed and source; who published the list and as of when."""

    NAME_PARTS = 3

    def __init__(self, table: screening.Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a wanted list"))
        self.table = table
        guessed = screening.guess_mapping(table.headers)
        intro = QLabel(self.tr("%1: %2 rows. Check which column holds what; columns left at “—” are not "
                               "imported.").replace("%1", table.file_name or self.tr("the list"))
                       .replace("%2", str(len(table.rows))), self)
        intro.setWordWrap(True)
        self.preview = QTableWidget(min(len(table.rows), 6), len(table.headers), self)
        self.preview.setObjectName("mappingPreview")
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(table.rows[:6]):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(screening.cell_text(value)))
        self.preview.setMaximumHeight(190)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.name_boxes = [self._column_box(guessed.name[i] if i < len(guessed.name) else None)
                           for i in range(self.NAME_PARTS)]
        self.boxes = {
            "birth": self._column_box(guessed.birth), "place": self._column_box(guessed.place),
            "article": self._column_box(guessed.article), "listed_on": self._column_box(guessed.listed_on),
            "source": self._column_box(guessed.source),
        }
        name_row = QHBoxLayout()
        for box in self.name_boxes:
            name_row.addWidget(box)
        self.source = QLineEdit(self)
        self.source.setObjectName("listSource")
        self.source.setPlaceholderText(self.tr("e.g. MVD RF, KGB BY"))
        self.published = QLineEdit(self)
        self.published.setObjectName("listDate")
        self.published.setPlaceholderText(self.tr("e.g. 2025-04-09 or 2025-04"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton(self.tr("Import and screen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name (surname, name, patronymic):"), name_row)
        form.addRow(self.tr("Birth date:"), self.boxes["birth"])
        form.addRow(self.tr("Place:"), self.boxes["place"])
        form.addRow(self.tr("Article:"), self.boxes["article"])
        form.addRow(self.tr("Date listed:"), self.boxes["listed_on"])
        form.addRow(self.tr("Source column:"), self.boxes["source"])
        form.addRow(self.tr("Published by:"), self.source)
        form.addRow(self.tr("List as of:"), self.published)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for box in [*self.name_boxes, *self.boxes.values()]:
            box.currentIndexChanged.connect(self._update)
        self.source.textChanged.connect(self._update)
        self.published.textChanged.connect(self._update)
        self._update()
        self.resize(760, self.sizeHint().height())

    def _column_box(self, selected: int | None) -> QComboBox:
        box = QComboBox(self)
        box.addItem("—", None)
        for i, header in enumerate(self.table.headers):
            box.addItem(header, i)
        box.setCurrentIndex(0 if selected is None else selected + 1)
        return box

    def mapping(self) -> screening.Mapping:
        name = tuple(b.currentData() for b in self.name_boxes if b.currentData() is not None)
        return screening.Mapping(name=name, **{f: b.currentData() for f, b in self.boxes.items()})

    def problem(self) -> str:
        try:
            screening.check_mapping(self.table, self.mapping())
        except screening.ListFileError as exc:
            if exc.code is screening.ListFileCode.NO_NAME_COLUMN:
                return self.tr("Choose the column that holds the names (or the surname, name and patronymic columns).")
            if exc.code is screening.ListFileCode.COLUMN_TWICE:
                return self.tr("One column is chosen for two fields; choose each column once.")
            return _failure(exc)
        if not self.source.text().strip():
            return self.tr("Say who published the list (e.g. MVD RF): versions are compared per source.")
        if self.published.text().strip() and not screening.is_valid_date(self.published.text().strip()):
            return self.tr("The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if self.problem():
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, table: screening.Table):
        """(mapping, source, published) or None when cancelled."""
        dialog = cls(table, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.mapping(), dialog.source.text().strip(), dialog.published.text().strip() or None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------------------------
# The page


class ScreeningPage(QWidget):
    """Emits ``case_requested(case id)`` to open a matched client's case."""

    case_requested = Signal(str)
    lists_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.list_box = QComboBox(self)
        self.list_box.setObjectName("wantedLists")
        self.list_box.setMinimumContentsLength(30)
        self.list_box.currentIndexChanged.connect(self.refresh_matches)
        self.import_button = QPushButton(self.tr("&Import a list…"), self)
        self.import_button.clicked.connect(lambda: self.import_list())
        self.rescreen_button = QPushButton(self.tr("Screen &again"), self)
        self.rescreen_button.setToolTip(self.tr("Check the clients again (after new clients came in)"))
        self.rescreen_button.clicked.connect(self.rescreen)
        self.open_only = QCheckBox(self.tr("Only those to review"), self)
        self.open_only.toggled.connect(self._show_items)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List:"), self))
        top.addWidget(self.list_box, 1)
        top.addWidget(self.open_only)
        top.addWidget(self.rescreen_button)
        top.addWidget(self.import_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("screeningSummary")
        self.summary.setWordWrap(True)

        self.model = RecordTableModel([
            (self.tr("Status"), lambda i: status_label(i.status) + (" · " + self.tr("new") if i.new else "")),
            (self.tr("Entry on the list"), lambda i: i.row.entry_name),
            (self.tr("Born"), lambda i: entry_birth_text(i.row)),
            (self.tr("Article"), lambda i: i.row.entry_article or ""),
            (self.tr("Client"), lambda i: i.row.person_name + (f" ({format_edtf(i.row.person_birth)})"
                                                               if i.row.person_birth else "")),
            (self.tr("Cases"), lambda i: ", ".join(i.row.case_references)),
            (self.tr("Score"), lambda i: f"{i.row.score:.2f}"),
            (self.tr("Why"), lambda i: explanation(i.reasons)),
        ], self, page=MATCHES_PAGE)
        # every match of the chosen list(s), best first (made as shown); the table shows some
        self._items = screening.ReviewList.empty()
        self.table = record_view(self, self.model, name="matchTable")
        self.table.setWordWrap(False)
        for column, width in enumerate((110, 250, 90, 120, 220, 90, 50)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.open_case())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel(self)
        self.detail.setObjectName("matchDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.confirm_button = QPushButton(self.tr("&Confirm: it is our client"), self)
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss: another person"), self)
        self.dismiss_button.clicked.connect(lambda: self.decide("dismissed"))
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.reopen_button.clicked.connect(lambda: self.decide(None))
        self.case_button = QPushButton(self.tr("Ope&n the case"), self)
        self.case_button.clicked.connect(self.open_case)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.dismiss_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.case_button)

        self.diff_label = QLabel(self)
        self.diff_label.setObjectName("listDiff")
        self.diff_label.setWordWrap(True)
        self.diff_label.setTextFormat(Qt.TextFormat.PlainText)

        review = QWidget(self)
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addLayout(top)
        review_layout.addWidget(self.summary)
        review_layout.addWidget(self.table, 1)
        review_layout.addWidget(self.empty_hint)
        review_layout.addWidget(self.detail)
        review_layout.addLayout(buttons)
        review_layout.addWidget(self.diff_label)

        intake = QGroupBox(self.tr("Check a name at intake"), self)
        self.intake_name = QLineEdit(intake)
        self.intake_name.setObjectName("intakeName")
        self.intake_name.setPlaceholderText(self.tr("Name in any script and order, e.g. Кудин Алексей Николаевич"))
        self.intake_birth = QLineEdit(intake)
        self.intake_birth.setObjectName("intakeBirth")
        self.intake_birth.setPlaceholderText(self.tr("Birth date (optional)"))
        self.intake_birth.setMaximumWidth(170)
        self.intake_button = QPushButton(self.tr("Chec&k"), intake)
        self.intake_button.clicked.connect(self.check_intake)
        self.intake_name.returnPressed.connect(self.check_intake)
        self.intake_birth.returnPressed.connect(self.check_intake)
        row = QHBoxLayout()
        row.addWidget(self.intake_name, 1)
        row.addWidget(self.intake_birth)
        row.addWidget(self.intake_button)
        self.intake_model = RecordTableModel([
            (self.tr("Client"), lambda h: h.display_name),
            (self.tr("Born"), lambda h: format_edtf(h.birth_date) if h.birth_date else ""),
            (self.tr("Score"), lambda h: f"{h.score:.2f}"),
            (self.tr("Why"), lambda h: explanation(h.reasons)),
        ], self)
        self.intake_table = QTableView(intake)
        self.intake_table.setObjectName("intakeTable")
        self.intake_table.setModel(self.intake_model)
        self.intake_table.verticalHeader().hide()
        self.intake_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.intake_table.horizontalHeader().setStretchLastSection(True)
        self.intake_table.setColumnWidth(0, 220)
        self.intake_result = QLabel(intake)
        self.intake_result.setObjectName("intakeResult")
        self.intake_result.setWordWrap(True)
        intake_layout = QVBoxLayout(intake)
        intake_layout.addLayout(row)
        intake_layout.addWidget(self.intake_result)
        intake_layout.addWidget(self.intake_table, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(review)
        splitter.addWidget(intake)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.set_vault(None)

    # -- vault ------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        """None (locked): every view emptied, no case data kept."""
        self._vault = vault
        if vault is None:
            screening.forget_index()
            self.intake_name.clear()
            self.intake_birth.clear()
            self.intake_model.set_records([])
            self.intake_result.clear()
        for widget in (self.import_button, self.rescreen_button, self.intake_button, self.intake_name,
                       self.intake_birth, self.list_box, self.open_only):
            widget.setEnabled(vault is not None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the lists and the matches (after an import, a merge, new clients)."""
        current = self.list_box.currentData()
        self.list_box.blockSignals(True)
        self.list_box.clear()
        self.list_box.addItem(self.tr("Newest list of every source"), None)
        if self._vault is not None:
            try:
                for wanted in screening.lists(self._vault):
                    when = format_edtf(wanted.published) if wanted.published else wanted.created_at[:10]
                    label = f"{wanted.source} — {when}" + (f" ({wanted.file_name})" if wanted.file_name else "")
                    self.list_box.addItem(label, wanted.id)
            except VaultError as exc:
                prompts.error(self, self.tr("Cannot show the wanted lists"), messages.vault_error(exc))
        found = self.list_box.findData(current)
        self.list_box.setCurrentIndex(max(found, 0))
        self.list_box.blockSignals(False)
        self.refresh_matches()

    def refresh_matches(self) -> None:
        """Read the matches of the chosen list(s) again, with the summary and what the list
        changed. Every match is read once, cheaply (issue 19: ten thousand of them); the table
        is given them a page at a time, and "Only those to review" filters them here."""
        items, diffs = screening.ReviewList.empty(), []
        if self._vault is not None and not self._vault.closed:
            list_id = self.list_box.currentData()
            try:
                items = screening.review_list(self._vault, list_id)
                diffs = ([screening.list_diff(self._vault, list_id)] if list_id else
                         [screening.list_diff(self._vault, w.id) for w in screening.latest_lists(self._vault)])
            except VaultError as exc:
                prompts.error(self, self.tr("Cannot show the matches"), messages.vault_error(exc))
                items = screening.ReviewList.empty()
        self._items = items
        self._show_summary()
        self._show_diffs([d for d in diffs if d is not None])
        self._show_items()

    def _show_summary(self) -> None:
        if self._vault is None or self._vault.closed:
            self.summary.clear()
            return
        try:
            summary = screening.summary(self._vault)
        except VaultError as exc:
            prompts.error(self, self.tr("Cannot show the matches"), messages.vault_error(exc))
            return
        self.summary.setText(
            self.tr("%1 match(es) to review, %2 of them new since the previous list; %3 confirmed.")
            .replace("%1", str(summary.open)).replace("%2", str(summary.new_open))
            .replace("%3", str(summary.confirmed)))

    def _shown(self, item) -> bool:
        return not self.open_only.isChecked() or item.status == "open"

    def _show_items(self) -> None:
        """Show the matches read, all or only those to review (no reading again)."""
        items = self._items.open_only() if self.open_only.isChecked() else self._items.copy()
        self.model.set_records(items)
        if self._vault is None:
            self.empty_hint.setText("")
        elif self.list_box.count() <= 1:
            self.empty_hint.setText(self.tr("No wanted list yet. Import one (CSV or Excel) to check every client "
                                            "against it."))
        else:
            self.empty_hint.setText(self.tr("No client matches this list."))
        self.empty_hint.setVisible(self._vault is not None and not items)
        self._update_buttons()

    def _show_diffs(self, diffs) -> None:
        self.diff_label.setText("\n".join(self._diff_text(d) for d in diffs))

    def _diff_text(self, diff) -> str:
        source = diff.newer.source
        if diff.older is None:
            return self.tr("%1: the first list of this source, %2 entries.").replace("%1", source).replace(
                "%2", str(len(diff.added)))
        older = format_edtf(diff.older.published) if diff.older.published else diff.older.created_at[:10]

        def names_(entries) -> str:
            shown = ", ".join(e.name for e in entries[:8])
            return shown + (" …" if len(entries) > 8 else "")

        text = self.tr("%1, since the list of %2: %3 added, %4 removed.").replace("%1", source).replace(
            "%2", older).replace("%3", str(len(diff.added))).replace("%4", str(len(diff.removed)))
        if diff.added:
            text += "\n    " + self.tr("Added: %1").replace("%1", names_(diff.added))
        if diff.removed:
            text += "\n    " + self.tr("Removed: %1").replace("%1", names_(diff.removed))
        return text

    def current_item(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        self._show_detail(item)
        self.confirm_button.setEnabled(item is not None and item.status != "confirmed")
        self.dismiss_button.setEnabled(item is not None and item.status != "dismissed")
        self.reopen_button.setEnabled(item is not None and item.status != "open")
        self.case_button.setEnabled(item is not None and bool(item.row.case_ids))

    def _show_detail(self, item) -> None:
        if item is None:
            self.detail.clear()
            return
        row = item.row
        entry = ", ".join(x for x in (
            row.entry_name,
            self.tr("born %1").replace("%1", entry_birth_text(row)) if entry_birth_text(row) else "",
            row.entry_place or "", row.entry_article or "",
            self.tr("listed %1").replace("%1", row.entry_listed_on) if row.entry_listed_on else "") if x)
        when = format_edtf(row.list_published) if row.list_published else ""
        lines = [
            self.tr("On the list (%1 %2): %3").replace("%1", row.list_source).replace("%2", when).replace("%3", entry),
            (self.tr("Client: %1 (written “%2”), cases %3").replace("%2", row.spelling)
             if row.spelling != row.person_name else self.tr("Client: %1, cases %3"))
            .replace("%1", row.person_name).replace("%3", ", ".join(row.case_references) or "—"),
            self.tr("Why (score %1): %2").replace("%1", f"{row.score:.2f}").replace("%2", explanation(item.reasons)),
        ]
        self.detail.setText(breakable("\n".join(lines)))  # a list's 10,000-character entry wraps, cut

    # -- actions ----------------------------------------------------------------------------
    def decide(self, decision: str | None) -> None:
        item = self.current_item()
        if item is None or self._vault is None:
            return
        row = self.table.currentIndex().row()
        try:
            decided = screening.decide(self._vault, item.id, decision)
        except (VaultError, screening.MatchNotFound) as exc:
            prompts.error(self, self.tr("The decision was not saved"),
                          self.tr("This match no longer exists (the list was deleted or screened again).")
                          if isinstance(exc, screening.MatchNotFound) else messages.vault_error(exc))
            self.refresh_matches()
        else:
            self._decided(decided)
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def _decided(self, decided) -> None:
        """A decision was saved: it holds for every match of this client and this entry (on
        any list shown), so those rows change in place, or leave the table when only those
        to review are shown; nothing else is read again but the summary."""
        person, identity = decided.row.person_id, decided.row.identity

        def updated(item):
            if item.id == decided.id:
                return decided
            return screening.ReviewItem(dataclasses.replace(
                item.row, decision=decided.row.decision, decision_note=decided.row.decision_note), item.reasons, item.new)

        for i in range(len(self._items)):
            if self._items.key(i) == (person, identity):
                self._items[i] = updated(self._items[i])
        shown = self.model.records
        for row in reversed(range(len(shown))):
            if shown.key(row) == (person, identity):
                item = updated(shown[row])
                if self._shown(item):
                    self.model.replace(row, item)
                else:
                    self.model.remove(row)
        self._show_summary()
        self.empty_hint.setVisible(not self.model.records)
        self._update_buttons()

    def open_case(self) -> None:
        item = self.current_item()
        if item is not None and item.row.case_ids:
            self.case_requested.emit(item.row.case_ids[0])

    def import_list(self, path: str | None = None) -> bool:
        """Ask for a file (unless given), map its columns, import and screen it."""
        if self._vault is None:
            return False
        path = path or prompts.open_file(self, self.tr("Import a wanted list"), "",
                                         self.tr("Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)"))
        if not path:
            return False
        try:
            table = screening.read_table(path)
        except screening.ListFileError as exc:
            prompts.error(self, self.tr("The list cannot be read"), _failure(exc))
            return False
        answer = ColumnMappingDialog.ask(self, table)
        if answer is None:
            return False
        mapping, source, published = answer
        vault = self._vault
        result, exc = run_with_progress(
            self, self.tr("Screening the clients"),
            lambda progress: screening.import_list(vault, table, mapping, source=source, published=published,
                                                   progress=progress), vault=vault)
        if self._vault is not vault:  # locked meanwhile: drop the result
            return False
        if exc is not None:
            if not isinstance(exc, Cancelled):
                prompts.error(self, self.tr("The list was not imported"), _failure(exc))
            return False
        self.refresh()
        found = self.list_box.findData(result.list_id)
        if found >= 0:
            self.list_box.setCurrentIndex(found)
        text = self.tr("%1 entries imported. %2 match(es) with clients, %3 of them new since the previous list; "
                       "%4 to review.").replace("%1", str(result.entries)).replace("%2", str(result.matches)) \
            .replace("%3", str(result.new_matches)).replace("%4", str(result.open_matches))
        if result.skipped_rows:
            text += " " + self.tr("%1 row(s) without a name were skipped.").replace("%1", str(len(result.skipped_rows)))
        if result.unused_columns:
            text += " " + self.tr("Columns not imported: %1.").replace("%1", ", ".join(result.unused_columns))
        if result.unreadable_births:
            text += " " + self.tr("The birth date could not be read in row(s) %1; those entries are screened "
                                  "by name alone.").replace("%1", ", ".join(str(u.row) for u in result.unreadable_births))
        prompts.inform(self, self.tr("Wanted list imported"), text)
        self.lists_changed.emit()
        return True

    def rescreen(self) -> None:
        if self._vault is None:
            return
        vault = self._vault
        _result, exc = run_with_progress(self, self.tr("Screening the clients"),
                                         lambda progress: screening.rescreen(vault, progress=progress), vault=vault)
        if self._vault is not vault:
            return
        if exc is not None and not isinstance(exc, Cancelled):
            prompts.error(self, self.tr("The clients were not screened"), _failure(exc))
        self.refresh_matches()

    def check_intake(self) -> None:
        if self._vault is None:
            return
        name = self.intake_name.text().strip()
        if not name:
            self.intake_result.setText(self.tr("Type a name to check."))
            self.intake_model.set_records([])
            return
        birth = self.intake_birth.text().strip() or None
        try:
            hits = screening.check_name(self._vault, name, birth_date=birth)
        except VaultError as exc:
            prompts.error(self, self.tr("The name was not checked"), messages.vault_error(exc))
            return
        self.intake_model.set_records(hits)
        if birth and screening.parse_birth(birth) is None:
            note = " " + self.tr("(The birth date was not understood and was not compared.)")
        else:
            note = ""
        self.intake_result.setText((self.tr("%1 client(s) may be this person.").replace("%1", str(len(hits)))
                                    if hits else self.tr("No client has this name.")) + note)
        palette_colour = QColor("#b00020") if hits else QColor("#2e7d32")
        self.intake_result.setStyleSheet(f"color: {palette_colour.name()};")
