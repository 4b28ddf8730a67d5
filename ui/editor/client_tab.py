"""The Client tab: the person the case is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop.cases.records import Case, PersonName
from desktop.cases.vocab import vocabulary
from ui import i18n
from ui.dates import EdtfEdit
from ui.editor.case_tab import select_data
from ui.editor.common import blank


class ClientTab(QWidget):
    """The client's fields. ``name_finished`` fires when the name has been typed (to look for
    a client of that name already in the vault)."""

    name_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        vocab = vocabulary()
        lang = i18n.language()
        self.person_name = QLineEdit(self)
        self.person_name.setPlaceholderText(self.tr("The name as you use it, in any script"))
        self.person_name.editingFinished.connect(self.name_finished)
        self.spellings = QPlainTextEdit(self)
        self.spellings.setTabChangesFocus(True)
        self.spellings.setMaximumHeight(100)
        self.spellings.setPlaceholderText(self.tr("One spelling a line, optionally with its language after "
                                                  "a bar: Аляксей Кудзін | be"))
        self.birth_date = EdtfEdit(self, allow_empty=True)
        self.citizenship = QLineEdit(self)
        self.citizenship.setPlaceholderText("BY, RU")
        self.hometown = QLineEdit(self)
        self.residence = QLineEdit(self)
        self.residence.setPlaceholderText(self.tr("Where the client lives in Russia"))
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("Phone, messenger, relatives to call (never in public reports)"))
        self.publicity = QComboBox(self)
        for term in vocab.publicity.values():
            self.publicity.addItem(term.label(lang), term.id)
            self.publicity.setItemData(self.publicity.count() - 1,
                                       term.description(lang),
                                       Qt.ItemDataRole.ToolTipRole)
        self.person_notes = QPlainTextEdit(self)
        self.person_notes.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.person_name)
        form.addRow(self.tr("Other spellings:"), self.spellings)
        form.addRow(self.tr("Born:"), self.birth_date)
        form.addRow(self.tr("Citizenship:"), self.citizenship)
        form.addRow(self.tr("Hometown:"), self.hometown)
        form.addRow(self.tr("Residence in Russia:"), self.residence)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("In public reports:"), self.publicity)
        form.addRow(self.tr("Notes on the client:"), self.person_notes)

    def fill(self, case: Case) -> None:
        person = case.person
        self.person_name.setText(person.display_name or "")
        self.spellings.setPlainText("\n".join(
            n.value + (f" | {n.lang}" if n.lang else "") for n in person.names))
        self.birth_date.setText(person.birth_date)
        self.citizenship.setText(", ".join(person.citizenship))
        self.hometown.setText(person.hometown or "")
        self.residence.setText(person.residence or "")
        self.contact.setText(person.contact or "")
        select_data(self.publicity, person.publicity)
        self.person_notes.setPlainText(person.notes or "")

    def collect(self, case: Case) -> None:
        person = case.person
        person.display_name = self.person_name.text().strip()
        names = []
        for line in self.spellings.toPlainText().splitlines():
            value, _, lang = line.partition("|")
            if value.strip():
                names.append(PersonName(value.strip(), lang.strip().lower() or None))
        person.names = names
        person.birth_date = self.birth_date.text() or None
        person.citizenship = [c.strip().upper() for c in self.citizenship.text().replace(";", ",").split(",") if c.strip()]
        person.hometown = blank(self.hometown.text())
        person.residence = blank(self.residence.text())
        person.contact = blank(self.contact.text())
        person.publicity = self.publicity.currentData()
        person.notes = blank(self.person_notes.toPlainText())
