"""The Events tab: what happened on the case, in date order."""

from __future__ import annotations

from PySide6.QtCore import Signal

from desktop.cases.records import Case
from desktop.cases.vocab import vocabulary
from ui import i18n, prompts
from ui.case_dialogs import EventDialog
from ui.dates import format_edtf
from ui.editor.common import RecordListTab, list_page
from ui.record_table import RecordTableModel


class EventsTab(RecordListTab):
    """The events of the case shown by ``fill(case)``, edited in that case's list;
    ``changed`` fires when one was added, edited or removed."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        vocab = vocabulary()
        self.event_model = RecordTableModel([
            (self.tr("Date"), lambda e: format_edtf(e.date)),
            (self.tr("Time"), lambda e: e.time or ""),
            (self.tr("Event"), lambda e: vocab.event_types[e.type].label(i18n.language())
             if e.type in vocab.event_types else e.type),
            (self.tr("Place / body"), lambda e: " · ".join(x for x in (e.place, e.body) if x)),
            (self.tr("Details"), lambda e: e.text or ""),
        ], self)
        self.event_table = list_page(self, self.event_model, [
            (self.tr("&Add an event…"), lambda: self.add_event()),
            (self.tr("Ed&it…"), lambda: self.edit_event(self.event_table.currentIndex().row())),
            (self.tr("Remove"), self._remove_event),
        ])
        self.event_table.setObjectName("eventTable")
        self.event_table.doubleClicked.connect(lambda index: self.edit_event(index.row()))

    def fill(self, case: Case) -> None:
        self.case = case
        self.event_model.set_records(case.events)
        self.event_table.resizeColumnsToContents()

    def put_record(self, row: int | None, record) -> None:
        if row is None:
            self.case.events.append(record)
        else:
            self.case.events[row] = record
        self._sort_events()

    def add_event(self, event=None) -> None:
        dialog = EventDialog(event, self, new=True)
        if self.run_record_dialog(dialog, None):
            self.put_record(None, dialog.event_record())

    def reopen(self, row: int | None, typed) -> None:
        """The dialog that was open at a lock, back with what was typed, still to be confirmed."""
        if row is not None and not 0 <= row < len(self.case.events):
            row = None
        dialog = EventDialog(typed, self, new=row is None)
        if self.run_record_dialog(dialog, row):
            self.put_record(row, dialog.event_record())

    def edit_event(self, row: int) -> None:
        if not 0 <= row < len(self.case.events):
            return
        dialog = EventDialog(self.case.events[row], self)
        if self.run_record_dialog(dialog, row):
            self.put_record(row, dialog.event_record())

    def select_event(self, event_id: str) -> bool:
        """Select the event ``event_id``; False when the case has none such."""
        for row, event in enumerate(self.case.events if self.case else []):
            if event.id == event_id:
                self.event_table.selectRow(row)
                return True
        return False

    def _sort_events(self) -> None:
        from desktop.dates import edtf as dates

        # stable: same-day events keep the order they were entered
        self.case.events.sort(key=lambda e: dates.event_sort_key(e.date, e.time))
        self.event_model.refresh()
        self.changed.emit()

    def _remove_event(self) -> None:
        row = self.event_table.currentIndex().row()
        if 0 <= row < len(self.case.events) and prompts.confirm(
                self, self.tr("Remove the event?"), self.tr("The event is removed when you save the case.")):
            del self.case.events[row]
            self.event_model.refresh()
            self.changed.emit()
