"""The Detention tab: where the client has been held, entry by entry, and "whereabouts
unknown" (which raises the silence alarm at once)."""

from __future__ import annotations

from desktop.cases.records import Case
from ui.case_dialogs import DetentionDialog
from ui.dates import format_edtf
from ui.editor.common import RecordListTab, remove_current
from ui.record_table import RecordTableModel


class DetentionTab(RecordListTab):
    """The history of places of detention of the case shown by ``fill(case)``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel([
            (self.tr("Since"), lambda p: format_edtf(p.since) + (f" {p.time}" if p.time else "")),
            (self.tr("Until"), lambda p: format_edtf(p.until) if p.until else self.tr("now")),
            (self.tr("Place"), lambda p: (self.tr("WHEREABOUTS UNKNOWN") + (f" — {p.place}" if p.place else ""))
             if p.unknown else (p.place or "")),
            (self.tr("Note"), lambda p: p.note or ""),
        ], self)
        self.table = self.record_page(self.model, (self.tr("Add a p&lace…"), self.tr("Edit…"), self.tr("Remove")),
                                      self._edit, self._remove)

    def fill(self, case: Case) -> None:
        self.case = case
        self.model.set_records(case.detention)

    def put_record(self, row: int | None, record) -> None:
        if row is None:
            current = [p for p in self.case.detention if not p.until]
            if current and record.since:  # the place held until now ends where the new one starts
                current[-1].until = record.since
            self.case.detention.append(record)
        else:
            self.case.detention[row] = record
        self.model.refresh()

    def _edit(self, row: int) -> None:
        self.edit_record(self.case.detention, row, lambda current: DetentionDialog(current, self),
                         DetentionDialog.place_record)

    def reopen(self, row: int | None, typed) -> None:
        """The dialog that was open at a lock, back with what was typed, still to be confirmed."""
        if row is not None and not 0 <= row < len(self.case.detention):
            row = None
        dialog = DetentionDialog(typed, self)
        if self.run_record_dialog(dialog, row):
            self.put_record(row, dialog.place_record())

    def _remove(self) -> None:
        remove_current(self.case.detention, self.table, self.model)
