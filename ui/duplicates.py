"""Duplicate clients: the pairs Abarona thinks are one person, and merging them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.screening import duplicates
from desktop.errors import VaultError
from desktop.progress import Cancelled
from ui import messages, prompts
from ui.dates import format_edtf
from ui.record_table import RecordTableModel, record_view
from ui.screening import explanation
from ui.tasks import run_with_progress


def _person(summary) -> str:
    born = f" ({format_edtf(summary.birth_date)})" if summary.birth_date else ""
    return summary.display_name + born


class DuplicatesDialog(QDialog):
    """Finds probable duplicates when shown (off the GUI thread) and merges a chosen pair.
    Emits ``case_requested(case id)`` and ``persons_merged(kept person id)``."""

    case_requested = Signal(str)
    persons_merged = Signal(str)

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Probable duplicates"))
        self._vault = vault
        intro = QLabel(self.tr("Each row is two client records that are probably one person, most certain "
                               "first. Merging keeps every spelling, case and event; where both records "
                               "hold a different value, the kept one stays and the other goes into the notes."),
                       self)
        intro.setWordWrap(True)
        self.model = RecordTableModel([
            (self.tr("Score"), lambda p: f"{p.score:.2f}"),
            (self.tr("Client"), lambda p: _person(p.a)),
            (self.tr("Cases"), lambda p: ", ".join(p.a.case_references)),
            (self.tr("Probably the same as"), lambda p: _person(p.b)),
            (self.tr("Cases"), lambda p: ", ".join(p.b.case_references)),
            (self.tr("Why"), lambda p: explanation(p.reasons)),
        ], self, page=500)  # 50,000 clients give hundreds of thousands of pairs: a page at a time
        self.table = record_view(self, self.model, name="duplicateTable")
        for column, width in enumerate((50, 200, 90, 200, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.detail = QLabel(self)
        self.detail.setObjectName("duplicateDetail")
        self.detail.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("duplicateStatus")
        self.keep_left = QPushButton(self.tr("Merge, keep the &left record"), self)
        self.keep_left.clicked.connect(lambda: self.merge(keep_left=True))
        self.keep_right = QPushButton(self.tr("Merge, keep the &right record"), self)
        self.keep_right.clicked.connect(lambda: self.merge(keep_left=False))
        self.open_left = QPushButton(self.tr("Open a &case"), self)
        self.open_left.clicked.connect(self._open_case)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_left)
        buttons.addWidget(self.keep_right)
        buttons.addWidget(self.open_left)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1000, 520)
        self._update_buttons()

    def find(self) -> None:
        """Look for duplicates (with a progress dialog) and show them."""
        vault = self._vault
        if vault is None:
            return
        pairs, exc = run_with_progress(self, self.tr("Looking for duplicates"),
                                       lambda progress: duplicates.find_duplicates(vault, progress=progress),
                                       label=self.tr("Comparing the clients' names and birth dates…"), vault=vault)
        if isinstance(exc, Cancelled):  # the Cancel button of the progress dialog
            self.model.set_records([])
            self.status.setText(self.tr("The search was cancelled; nothing was changed. To search again, close "
                                        "this window and choose Find duplicate clients."))
            self._update_buttons()
            return
        if exc is not None:
            prompts.error(self, self.tr("Duplicates were not looked for"), messages.vault_error(exc))
            return
        self.show_pairs(pairs)

    def show_pairs(self, pairs) -> None:
        self.model.set_records(list(pairs))
        self.status.setText(self.tr("%1 probable duplicate(s).").replace("%1", str(len(pairs))) if pairs
                            else self.tr("No probable duplicates."))
        if pairs:
            self.table.selectRow(0)
        self._update_buttons()

    def set_vault(self, vault) -> None:
        """None (locked): empty the list and close."""
        self._vault = vault
        if vault is None:
            self.model.set_records([])
            self.reject()

    def current_pair(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        pair = self.current_pair()
        for button in (self.keep_left, self.keep_right, self.open_left):
            button.setEnabled(pair is not None)
        self.detail.setText("" if pair is None else self.tr("Why (score %1): %2").replace(
            "%1", f"{pair.score:.2f}").replace("%2", explanation(pair.reasons)))

    def _open_case(self) -> None:
        pair = self.current_pair()
        if pair is not None and (pair.a.case_ids or pair.b.case_ids):
            self.case_requested.emit((pair.a.case_ids or pair.b.case_ids)[0])

    def merge(self, *, keep_left: bool) -> None:
        pair = self.current_pair()
        if pair is None or self._vault is None:
            return
        keep, other = (pair.a, pair.b) if keep_left else (pair.b, pair.a)
        question = self.tr("Merge “%1” into “%2”? The cases %3 move to “%2”, which keeps every spelling of both. "
                           "This cannot be undone.").replace("%1", other.display_name).replace(
            "%2", keep.display_name).replace("%3", ", ".join(other.case_references) or "—")
        if not prompts.confirm(self, self.tr("Merge two client records"), question):
            return
        try:
            duplicates.merge_persons(self._vault, keep_id=keep.id, merge_id=other.id)
        except duplicates.MergeRefused as exc:
            prompts.error(self, self.tr("The records were not merged"), {
                duplicates.MergeReason.SAME: self.tr("A person cannot be merged with itself."),
                duplicates.MergeReason.GONE: self.tr("One of the two persons no longer exists."),
            }[exc.reason])
            return
        except VaultError as exc:
            prompts.error(self, self.tr("The records were not merged"), messages.vault_error(exc))
            return
        remaining = [p for p in self.model.records if other.id not in (p.a.id, p.b.id)]
        self.show_pairs(remaining)
        self.persons_merged.emit(keep.id)
