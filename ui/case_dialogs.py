"""Dialogs of the case editor: one event, one party (with its notifications), one place of
detention, one case group."""

from __future__ import annotations

import copy

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.records import CaseGroup, CaseParty, DetentionPlace, Event, Notification
from desktop.cases.vocab import vocabulary
from ui import i18n
from ui.dates import EdtfEdit


def _none_if_blank(text: str) -> str | None:
    text = text.strip()
    return text or None


def problem_line(dialog: QDialog, *, wrap: bool) -> QLabel:
    """The red line of a dialog that says what is not valid yet (empty until then)."""
    label = QLabel(dialog)
    label.setStyleSheet("color: #b00020;")
    if wrap:
        label.setWordWrap(True)
    return label


def lay_out_form(dialog: QDialog, rows: list[tuple], problem: QLabel, on_ok, width: int) -> None:
    """A dialog's form: ``rows`` (QFormLayout.addRow's arguments, one tuple a row), then the
    ``problem`` line and OK and Cancel (OK calls ``on_ok``, which accepts when it will);
    ``width`` in pixels, the height the form's."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    form = QFormLayout(dialog)
    for row in rows:
        form.addRow(*row)
    form.addRow(problem)
    form.addRow(buttons)
    dialog.resize(width, dialog.sizeHint().height())


class RecordDialog(QDialog):
    """A dialog that edits one record: its fields in a form, a red line saying what is not
    valid yet, OK and Cancel. OK closes it only when ``record_if_valid()`` (each dialog's
    own) gives a record."""

    def lay_out_record(self, rows: list[tuple], width: int, *, wrap: bool = True) -> None:
        """The form: ``rows`` are QFormLayout.addRow's (label, field) pairs, then the problem
        line (``self.problem``, wrapped when ``wrap``) and the buttons; ``width`` in pixels."""
        self.problem = problem_line(self, wrap=wrap)
        lay_out_form(self, rows, self.problem, self.accept, width)

    def record_if_valid(self):  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def accept(self) -> None:
        if self.record_if_valid() is not None:
            super().accept()


class EventDialog(RecordDialog):
    """Add or edit one event; ``event()`` is the edited copy."""

    def __init__(self, event: Event | None, parent: QWidget | None = None, *, new: bool | None = None) -> None:
        super().__init__(parent)
        new = event is None if new is None else new
        self.setWindowTitle(self.tr("New event") if new else self.tr("Event"))
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
                                          term.description(lang),
                                          Qt.ItemDataRole.ToolTipRole)
        self.type.setCurrentIndex(max(self.type.findData(self._event.type), 0))
        self.date = EdtfEdit(self)
        self.date.setText(self._event.date or None)
        self.time = QLineEdit(self._event.time or "", self)
        self.time.setPlaceholderText(self.tr("HH:MM, local time at the place (optional)"))
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(r"([01]\d|2[0-3]):[0-5]\d"), self))
        self.time_approx = QCheckBox(self.tr("approximate (“about 17:00”)"), self)
        self.time_approx.setChecked(bool(self._event.time_approx))
        time_row = QHBoxLayout()
        time_row.addWidget(self.time, 1)
        time_row.addWidget(self.time_approx)
        self.place = QLineEdit(self._event.place or "", self)
        self.body = QComboBox(self)
        self.body.setEditable(True)
        self.body.addItem("", None)
        for term in vocab.bodies.values():
            self.body.addItem(f"{term.id} — {term.label(lang)}", term.id)
        if self._event.body in vocab.bodies:  # the vocabulary's id: its entry
            self.body.setCurrentIndex(self.body.findData(self._event.body))
        else:
            self.body.setEditText(self._event.body or "")
        self.body.lineEdit().setPlaceholderText(
            self.tr("Court, authority or international body, e.g. Moscow Oblast Court, ECtHR"))
        self.text = QPlainTextEdit(self._event.text or "", self)
        self.text.setTabChangesFocus(True)
        self.source = QLineEdit(self._event.source or "", self)
        self.source.setPlaceholderText(self.tr("Where this is known from (optional)"))
        self.lay_out_record([
            (self.tr("What happened:"), self.type),
            (self.tr("Date:"), self.date),
            (self.tr("Time:"), time_row),
            (self.tr("Place:"), self.place),
            (self.tr("Body:"), self.body),
            (self.tr("Details:"), self.text),
            (self.tr("Source:"), self.source),
        ], 620)

    def record_if_valid(self) -> Event | None:
        """The event as typed, or None (with the problem shown) when it is not valid yet."""
        problem = self.date.problem()
        if not problem and self.time.text() and not self.time.hasAcceptableInput():
            problem = self.tr("The time must be HH:MM, e.g. 21:30.")
        if not problem and self.time_approx.isChecked() and not self.time.text():
            problem = self.tr("An approximate time needs a time: type it, e.g. 17:00.")
        if problem:
            self.problem.setText(problem)
            return None
        return self._fields_into(self._event)

    def event_record(self) -> Event:
        return self._event

    def _fields_into(self, e: Event) -> Event:
        """Write what the fields hold into ``e`` (a body chosen from the list by its key, or
        typed as is); returns ``e``."""
        e.type = self.type.currentData()
        e.date = self.date.text()
        e.time = _none_if_blank(self.time.text())
        e.place = _none_if_blank(self.place.text())
        e.time_approx = bool(e.time) and self.time_approx.isChecked()
        chosen = self.body.currentData() if self.body.currentText() == self.body.itemText(self.body.currentIndex()) else None
        e.body = chosen or _none_if_blank(self.body.currentText())
        e.text = _none_if_blank(self.text.toPlainText())
        e.source = _none_if_blank(self.source.text())
        return e

    def typed_record(self) -> Event:
        """What the fields hold now, valid or not (a copy; the dialog's record is untouched)."""
        return self._fields_into(copy.copy(self._event))


class PartyDialog(RecordDialog):
    """Add or edit one party in its role on the case."""

    def __init__(self, party: CaseParty | None, parent: QWidget | None = None, *, new: bool | None = None) -> None:
        super().__init__(parent)
        new = party is None if new is None else new
        self.setWindowTitle(self.tr("New party") if new else self.tr("Party"))
        self._party = copy.deepcopy(party) if party else CaseParty(name="", role="relative")
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
        # Relatives and trusted contacts (issue 15): consent, safety, what they were told.
        self.consent = QComboBox(self)
        self.consent.addItem(self.tr("not recorded"), None)
        for term in vocab.consent.values():
            self.consent.addItem(term.label(lang), term.id)
        self.consent.setCurrentIndex(max(self.consent.findData(self._party.consent), 0))
        self.consent_date = EdtfEdit(self, allow_empty=True)
        self.consent_date.setText(self._party.consent_date)
        self.safe = QComboBox(self)
        for value, label in ((None, self.tr("not assessed")), (True, self.tr("safe to contact")),
                             (False, self.tr("NOT safe to contact"))):
            self.safe.addItem(label, value)
        self.safe.setCurrentIndex({None: 0, True: 1, False: 2}[self._party.safe_to_contact])
        self.contact_how = QLineEdit(self._party.contact_how or "", self)
        self.contact_how.setPlaceholderText(self.tr("How to reach them safely, e.g. Signal only, evenings"))
        self.notifications = QTableWidget(0, 3, self)
        self.notifications.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("What they were told")])
        self.notifications.horizontalHeader().setStretchLastSection(True)
        for note in self._party.notifications:
            self._add_notification_row(note.date, note.time or "", note.text or "")
        add_note = QPushButton(self.tr("Log a &notification"), self)
        add_note.clicked.connect(lambda: self._add_notification_row("", "", ""))
        remove_note = QPushButton(self.tr("Remove notification"), self)
        remove_note.clicked.connect(lambda: self.notifications.removeRow(self.notifications.currentRow()))
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(add_note)
        note_buttons.addWidget(remove_note)
        note_buttons.addStretch(1)
        notes_box = QVBoxLayout()
        notes_box.addLayout(note_buttons)
        notes_box.addWidget(self.notifications)
        self.lay_out_record([
            (self.tr("Name:"), self.name),
            (self.tr("Role:"), self.role),
            (self.tr("Is:"), self.kind),
            (self.tr("Contact:"), self.contact),
            (self.tr("Note:"), self.note),
            (self.tr("Client's consent to contact:"), self.consent),
            (self.tr("Consent given or refused on:"), self.consent_date),
            (self.tr("Safety:"), self.safe),
            (self.tr("How to contact:"), self.contact_how),
            (self.tr("Notifications (never in public reports):"), notes_box),
        ], 520)

    def record_if_valid(self) -> CaseParty | None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("A name is needed."))
            return None
        p = self._party
        p.name = self.name.text().strip()
        p.role = self.role.currentData()
        p.kind = self.kind.currentData()
        problem = self.consent_date.problem()
        notes = []
        for row in range(self.notifications.rowCount()):
            date, time, text = (self.notifications.item(row, c).text().strip() if self.notifications.item(row, c)
                                else "" for c in range(3))
            if not (date or time or text):
                continue
            if not dates_valid(date):
                problem = self.tr("Notification %1: the date must be like 2021-12-28, 2021-12 or 2021-12-28~.") \
                    .replace("%1", str(row + 1))
            elif time and not time_valid(time):
                problem = self.tr("Notification %1: the time must be HH:MM, e.g. 19:00.").replace("%1", str(row + 1))
            notes.append(Notification(date=date, time=time or None, text=text or None))
        if problem:
            self.problem.setText(problem)
            return None
        old = list(self._party.notifications)
        for i, note in enumerate(notes):  # keep ids of notifications that stayed in place
            if i < len(old) and (old[i].date, old[i].time, old[i].text) == (note.date, note.time, note.text):
                notes[i] = old[i]
        p.contact = _none_if_blank(self.contact.text())
        p.note = _none_if_blank(self.note.text())
        p.consent = self.consent.currentData()
        p.consent_date = self.consent_date.text() or None if p.consent else None
        p.safe_to_contact = self.safe.currentData()
        p.contact_how = _none_if_blank(self.contact_how.text())
        p.notifications = notes
        return p

    def _add_notification_row(self, date: str, time: str, text: str) -> None:
        row = self.notifications.rowCount()
        self.notifications.insertRow(row)
        for column, value in enumerate((date, time, text)):
            self.notifications.setItem(row, column, QTableWidgetItem(value))
        self.notifications.setCurrentCell(row, 0)

    def party(self) -> CaseParty:
        return self._party

    def typed_record(self) -> CaseParty:
        """What the fields hold now, valid or not (a copy; the dialog's record is untouched)."""
        p = copy.copy(self._party)
        p.name = self.name.text().strip()
        p.role = self.role.currentData()
        p.kind = self.kind.currentData()
        p.contact = _none_if_blank(self.contact.text())
        p.note = _none_if_blank(self.note.text())
        return p


def dates_valid(text: str) -> bool:
    from desktop.dates import edtf

    return edtf.is_valid(text)


def time_valid(text: str) -> bool:
    from desktop.dates import edtf

    return edtf.is_valid_time(text)


class DetentionDialog(RecordDialog):
    """Add or edit one entry of the history of places of detention."""

    def __init__(self, place: DetentionPlace | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Place of detention"))
        self._place = copy.copy(place) if place else DetentionPlace(since="")
        self.unknown = QCheckBox(self.tr("whereabouts unknown (raises the silence alarm at once)"), self)
        self.unknown.setChecked(self._place.unknown)
        self.place = QLineEdit(self._place.place or "", self)
        self.place.setPlaceholderText(self.tr("e.g. SIZO-1, Moscow; special centre for foreign citizens"))
        self.since = EdtfEdit(self)
        self.since.setText(self._place.since or None)
        self.time = QLineEdit(self._place.time or "", self)
        self.time.setPlaceholderText(self.tr("HH:MM (optional)"))
        self.time.setValidator(QRegularExpressionValidator(QRegularExpression(r"([01]\d|2[0-3]):[0-5]\d"), self))
        self.until = EdtfEdit(self, allow_empty=True)
        self.until.setText(self._place.until)
        self.note = QLineEdit(self._place.note or "", self)
        self.lay_out_record([
            ("", self.unknown),
            (self.tr("Place:"), self.place),
            (self.tr("Since:"), self.since),
            (self.tr("Time:"), self.time),
            (self.tr("Until:"), self.until),
            (self.tr("Note:"), self.note),
        ], 520)

    def record_if_valid(self) -> DetentionPlace | None:
        problem = self.since.problem() or self.until.problem()
        if not problem and not self.since.text():
            problem = self.tr("The date from which the client is held there is needed.")
        if not problem and not self.unknown.isChecked() and not self.place.text().strip():
            problem = self.tr("Name the place, or tick “whereabouts unknown”.")
        if not problem and self.time.text() and not self.time.hasAcceptableInput():
            problem = self.tr("The time must be HH:MM, e.g. 21:30.")
        if problem:
            self.problem.setText(problem)
            return None
        p = self._place
        p.unknown = self.unknown.isChecked()
        p.place = _none_if_blank(self.place.text())
        p.since = self.since.text()
        p.time = _none_if_blank(self.time.text())
        p.until = self.until.text() or None
        p.note = _none_if_blank(self.note.text())
        return p

    def place_record(self) -> DetentionPlace:
        return self._place

    def typed_record(self) -> DetentionPlace:
        """What the fields hold now, valid or not (a copy; the dialog's record is untouched)."""
        p = copy.copy(self._place)
        p.unknown = self.unknown.isChecked()
        p.place = _none_if_blank(self.place.text())
        p.since = self.since.text()
        p.time = _none_if_blank(self.time.text())
        p.until = self.until.text() or None
        p.note = _none_if_blank(self.note.text())
        return p


class GroupDialog(RecordDialog):
    """Link the case to a group of cases: an existing group (by name) or a new one."""

    def __init__(self, groups: list[CaseGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a group of cases"))
        vocab = vocabulary()
        lang = i18n.language()
        self._groups = groups
        self.name = QComboBox(self)
        self.name.setEditable(True)
        for group in groups:
            self.name.addItem(group.name, group.id)
        self.name.setEditText("")
        self.name.lineEdit().setPlaceholderText(self.tr("An existing group, or the name of a new one"))
        self.kind = QComboBox(self)
        for term in vocab.group_kinds.values():
            self.kind.addItem(term.label(lang), term.id)
        self.name.currentIndexChanged.connect(self._existing_chosen)
        self.lay_out_record([
            (self.tr("Group:"), self.name),
            (self.tr("Linked by:"), self.kind),
        ], 480, wrap=False)

    def _existing_chosen(self, index: int) -> None:
        group = next((g for g in self._groups if g.id == self.name.itemData(index)), None)
        if group is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(group.kind), 0))

    def record_if_valid(self) -> CaseGroup | None:
        name = self.name.currentText().strip()
        if not name:
            self.problem.setText(self.tr("A group needs a name."))
            return None
        existing = next((g for g in self._groups if g.name == name), None)
        if existing is not None:
            return CaseGroup(name=existing.name, kind=self.kind.currentData(), note=existing.note, id=existing.id)
        return CaseGroup(name=name, kind=self.kind.currentData())
