"""The Context tab: when and how the organisation learned of the case, and the groups of
linked cases (same incident, family or operation) it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from desktop.cases.records import Case
from desktop.cases.vocab import vocabulary
from ui import i18n
from ui.case_dialogs import GroupDialog
from ui.dates import EdtfEdit
from ui.editor.common import RecordListTab, blank, list_page, remove_current
from ui.record_table import RecordTableModel


class ContextTab(RecordListTab):
    """``fill(case)`` shows the fields, ``collect(case)`` writes the typed ones back; groups
    are edited in the case's list. ``known_groups`` is set by the editor (the vault's groups)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        vocab = vocabulary()
        self.known_groups = lambda: []
        learned = QGroupBox(self.tr("When the organisation learned of the case"), self)
        self.learned_date = EdtfEdit(learned, allow_empty=True)
        self.learned_how = QLineEdit(learned)
        self.learned_how.setPlaceholderText(self.tr("e.g. a call from his mother; the news; a colleague"))
        form = QFormLayout(learned)
        form.addRow(self.tr("Date:"), self.learned_date)
        form.addRow(self.tr("How:"), self.learned_how)
        groups = QWidget(self)
        self.model = RecordTableModel([
            (self.tr("Group"), lambda g: g.name),
            (self.tr("Linked by"), lambda g: vocab.group_kinds[g.kind].label(i18n.language())
             if g.kind in vocab.group_kinds else g.kind),
        ], self)
        self.table = list_page(groups, self.model, [
            (self.tr("&Link to a group…"), self._link),
            (self.tr("Unlink"), self._unlink),
        ])
        box = QGroupBox(self.tr("Groups of linked cases (the link is shown on every case of the group)"), self)
        QVBoxLayout(box).addWidget(groups)
        layout = QVBoxLayout(self)
        layout.addWidget(learned)
        layout.addWidget(box, 1)

    def fill(self, case: Case) -> None:
        self.case = case
        self.learned_date.setText(case.learned_date)
        self.learned_how.setText(case.learned_how or "")
        self.model.set_records(case.groups)

    def collect(self, case: Case) -> None:
        case.learned_date = self.learned_date.text() or None
        case.learned_how = blank(self.learned_how.text())

    def put_record(self, row: int | None, record) -> None:
        if all(g.id is None or g.id != record.id for g in self.case.groups):
            self.case.groups.append(record)
        self.model.refresh()

    def _link(self) -> None:
        mine = {g.id for g in self.case.groups}
        dialog = GroupDialog([g for g in self.known_groups() if g.id not in mine], self)
        if self.run_record_dialog(dialog, None):
            self.put_record(None, dialog.record_if_valid())

    def _unlink(self) -> None:
        remove_current(self.case.groups, self.table, self.model)
