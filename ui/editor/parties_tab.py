"""The Parties tab: relatives, trusted contacts, organisations, courts and authorities in their
roles; for relatives and contacts the client's consent, safety and the notifications given."""

from __future__ import annotations

from desktop.cases.records import Case
from desktop.cases.vocab import vocabulary
from ui import i18n
from ui.case_dialogs import PartyDialog
from ui.editor.common import RecordListTab, remove_current
from ui.record_table import RecordTableModel


class PartiesTab(RecordListTab):
    """The parties of the case shown by ``fill(case)``, edited in that case's list."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        vocab = vocabulary()
        self.party_model = RecordTableModel([
            (self.tr("Name"), lambda p: p.name),
            (self.tr("Role"), lambda p: vocab.party_roles[p.role].label(i18n.language())
             if p.role in vocab.party_roles else p.role),
            (self.tr("Contact"), lambda p: p.contact or ""),
            (self.tr("Consent"), lambda p: vocab.consent[p.consent].label(i18n.language())
             if p.consent in vocab.consent else ""),
            (self.tr("Safe to contact"), lambda p: {True: self.tr("yes"), False: self.tr("NO")}.get(p.safe_to_contact, "")),
            (self.tr("Notified"), lambda p: str(len(p.notifications)) if p.notifications else ""),
            (self.tr("Note"), lambda p: p.note or ""),
        ], self)
        self.party_table = self.record_page(
            self.party_model, (self.tr("Add a part&y…"), self.tr("Edit…"), self.tr("Remove")),
            self._edit_party, self._remove_party)

    def fill(self, case: Case) -> None:
        self.case = case
        self.party_model.set_records(case.parties)

    def put_record(self, row: int | None, record) -> None:
        if row is None:
            self.case.parties.append(record)
        else:
            self.case.parties[row] = record
        self.party_model.refresh()

    def _edit_party(self, row: int) -> None:
        self.edit_record(self.case.parties, row, lambda current: PartyDialog(current, self), PartyDialog.party)

    def reopen(self, row: int | None, typed) -> None:
        """The dialog that was open at a lock, back with what was typed, still to be confirmed."""
        if row is not None and not 0 <= row < len(self.case.parties):
            row = None
        dialog = PartyDialog(typed, self, new=row is None)
        if self.run_record_dialog(dialog, row):
            self.put_record(row, dialog.party())

    def _remove_party(self) -> None:
        remove_current(self.case.parties, self.party_table, self.party_model)
