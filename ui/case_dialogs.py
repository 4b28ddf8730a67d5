"""Dialogs of the case editor: one event, one party."""

from __future__ import annotations

import copy

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.cases.records import CaseParty, Event
from desktop.cases.vocab import vocabulary
from ui import i18n
from ui.dates import EdtfEdit


def _none_if_blank(text: str) -> str | None:
    text = text.strip()
    return text or None


class EventDialog(QDialog):
    """Add or edit one event; ``event()`` is the edited copy."""

    def __init__(self, event: Event | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event") if event else self.tr("New event"))
        self._event = copy.copy(event) if event else Event(type="note", date="")
        vocab = vocabulary()
        lang = i18n.language()
        self.type = QComboBox(self)
        for group in vocab.event_groups.values():  # in the order of the vocabulary
            if self.type.count():
                self.type.insertSeparator(self.type.count())
            for term in vocab.event_types.values():
                if term.group == group.id:
                    self.type.addItem(term.label(lang), term.id)
                    self.type.setItemData(self.type.count() - 1,
                                          term.description_ru if lang == "ru" else term.description_en,
                                          Qt.ItemDataRole.ToolTipRole)
        self.type.setCurrentIndex(max(self.type.findData(self._event.type), 0))
        self.date = EdtfEdit(self)
        self.date.setText(self._event.date or None)
        self.time = QLineEdit(self._event.time or "", self)
        self.time.setPlaceholderText(self.tr("HH:MM, local time at the place (optional)"))
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(r"([01]\d|2[0-3]):[0-5]\d"), self))
        self.place = QLineEdit(self._event.place or "", self)
        self.body = QLineEdit(self._event.body or "", self)
        self.body.setPlaceholderText(self.tr("Court, authority or international body, e.g. Moscow Oblast Court, ECtHR"))
        self.text = QPlainTextEdit(self._event.text or "", self)
        self.text.setTabChangesFocus(True)
        self.source = QLineEdit(self._event.source or "", self)
        self.source.setPlaceholderText(self.tr("Where this is known from (optional)"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What happened:"), self.type)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Time:"), self.time)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Body:"), self.body)
        form.addRow(self.tr("Details:"), self.text)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        if self.record_if_valid() is not None:
            super().accept()

    def record_if_valid(self) -> Event | None:
        """The event as typed, or None (with the problem shown) when it is not valid yet."""
        problem = self.date.problem()
        if not problem and self.time.text() and not self.time.hasAcceptableInput():
            problem = self.tr("The time must be HH:MM, e.g. 21:30.")
        if problem:
            self.problem.setText(problem)
            return None
        e = self._event
        e.type = self.type.currentData()
        e.date = self.date.text()
        e.time = _none_if_blank(self.time.text())
        e.place = _none_if_blank(self.place.text())
        e.body = _none_if_blank(self.body.text())
        e.text = _none_if_blank(self.text.toPlainText())
        e.source = _none_if_blank(self.source.text())
        return e

    def event_record(self) -> Event:
        return self._event


class PartyDialog(QDialog):
    """Add or edit one party in its role on the case."""

    def __init__(self, party: CaseParty | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Party") if party else self.tr("New party"))
        self._party = copy.copy(party) if party else CaseParty(name="", role="relative")
        vocab = vocabulary()
        lang = i18n.language()
        self.name = QLineEdit(self._party.name, self)
        self.role = QComboBox(self)
        for term in vocab.party_roles.values():
            self.role.addItem(term.label(lang), term.id)
        self.role.setCurrentIndex(max(self.role.findData(self._party.role), 0))
        self.kind = QComboBox(self)
        for kind, label in (("person", self.tr("a person")), ("organisation", self.tr("an organisation")),
                            ("court", self.tr("a court")), ("authority", self.tr("an authority"))):
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(self.kind.findData(self._party.kind), 0))
        self.contact = QLineEdit(self._party.contact or "", self)
        self.contact.setPlaceholderText(self.tr("Phone, messenger, address (never in public reports)"))
        self.note = QLineEdit(self._party.note or "", self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Is:"), self.kind)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.problem)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if self.record_if_valid() is not None:
            super().accept()

    def record_if_valid(self) -> CaseParty | None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("A name is needed."))
            return None
        p = self._party
        p.name = self.name.text().strip()
        p.role = self.role.currentData()
        p.kind = self.kind.currentData()
        p.contact = _none_if_blank(self.contact.text())
        p.note = _none_if_blank(self.note.text())
        return p

    def party(self) -> CaseParty:
        return self._party
