"""Small pieces the editor's tabs share."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ui.record_table import fit_columns_to_content, record_view


def blank(text: str) -> str | None:
    """``text`` stripped, or None when nothing is left."""
    text = text.strip()
    return text or None


def list_page(page: QWidget, model, actions) -> QTableView:
    """A table of records with a row of buttons above it; returns the table.

    ``actions``: (button text, slot) pairs, in order."""
    table = record_view(page, model)
    fit_columns_to_content(table)
    buttons = QHBoxLayout()
    for text, slot in actions:
        button = QPushButton(text, page)
        button.clicked.connect(slot)
        buttons.addWidget(button)
    buttons.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addLayout(buttons)
    layout.addWidget(table, 1)
    return table


def remove_current(records: list, table: QTableView, model) -> None:
    """Remove the record of the table's current row from ``records`` (nothing when no row is
    current) and refresh the table's model."""
    row = table.currentIndex().row()
    if 0 <= row < len(records):
        del records[row]
        model.refresh()


class RecordListTab(QWidget):
    """A tab whose records are edited in a modal dialog. The dialog is remembered while it is
    open, so that a lock can keep what is typed in it (``open_dialog_state``), unconfirmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = None
        self._open_dialog: tuple[QDialog, int | None] | None = None

    def run_record_dialog(self, dialog: QDialog, row: int | None) -> bool:
        """exec() ``dialog``; True when the user confirmed it."""
        self._open_dialog = (dialog, row)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._open_dialog = None

    def put_record(self, row: int | None, record) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def record_page(self, model, texts: tuple[str, str, str], edit, remove) -> QTableView:
        """The tab's table of ``model`` under its Add, Edit and Remove buttons (``texts``, as
        the tab translates them); Add calls ``edit(-1)``, Edit and a double click
        ``edit(row)``, Remove ``remove()``. Returns the table."""
        add_text, edit_text, remove_text = texts
        table = list_page(self, model, [
            (add_text, lambda: edit(-1)),
            (edit_text, lambda: edit(table.currentIndex().row())),
            (remove_text, remove),
        ])
        table.doubleClicked.connect(lambda index: edit(index.row()))
        return table

    def edit_record(self, records: list, row: int, make_dialog, take) -> None:
        """Edit ``records[row]`` in the dialog ``make_dialog(record)`` makes, or a new record
        when ``row`` is not a row (``make_dialog(None)``); ``take(dialog)`` is the record the
        confirmed dialog gives, put in with :meth:`put_record`."""
        current = records[row] if 0 <= row < len(records) else None
        where = row if current is not None else None
        dialog = make_dialog(current)
        if self.run_record_dialog(dialog, where):
            self.put_record(where, take(dialog))

    def open_dialog_state(self) -> tuple[int | None, object] | None:
        """Before a lock: (row, what is typed) of the record dialog open now, or None. What is
        typed never becomes a record here: only the user's OK does that (issue 13, defect 4)."""
        if not self._open_dialog or self.case is None:
            return None
        dialog, row = self._open_dialog
        return row, dialog.typed_record()
