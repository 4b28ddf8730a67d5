"""The Case tab: reference, kind, status, arrest, facility, lawyer, tags, summary, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.cases.records import Case
from desktop.cases.vocab import vocabulary
from ui import i18n
from ui.dates import EdtfEdit, format_edtf
from ui.editor.common import blank


def select_data(box: QComboBox, value) -> None:
    """Select the item of ``box`` whose data is ``value`` (the first item when none is)."""
    box.setCurrentIndex(max(box.findData(value), 0))


class CaseTab(QWidget):
    """The case's own fields. ``fill(case)`` shows them, ``collect(case)`` writes them back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        vocab = vocabulary()
        lang = i18n.language()
        self.reference = QLineEdit(self)
        self.reference.setPlaceholderText(self.tr("The organisation's reference, e.g. BY-2026-014"))
        self.kind = QComboBox(self)
        for term in vocab.kinds.values():
            self.kind.addItem(term.label(lang), term.id)
            self.kind.setItemData(self.kind.count() - 1, term.description(lang),
                                  Qt.ItemDataRole.ToolTipRole)
        self.status = QComboBox(self)
        for term in vocab.statuses.values():
            self.status.addItem(term.label(lang), term.id)
        self.outcome = QComboBox(self)
        for term in vocab.outcomes.values():
            self.outcome.addItem(term.label(lang), term.id)
        self.arrest_date = EdtfEdit(self, allow_empty=True)
        self.arrest_place = QLineEdit(self)
        self.region = QLineEdit(self)
        self.region.setPlaceholderText(self.tr("where the proceedings are, e.g. Kaliningrad Oblast: deadlines count "
                                               "in its local time"))
        self.gravity = QComboBox(self)
        self.gravity.setToolTip(self.tr("Gravity of the equivalent offence under the Russian Criminal Code, art. 15: "
                                        "it sets the absolute custody limit (6, 12 or 18 months)."))
        # As wide as the other fields; the list that drops down shows each label whole.
        self.gravity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.gravity.setMinimumContentsLength(24)
        for label, value in ((self.tr("not known (the earliest limit is shown)"), None),
                             (self.tr("small gravity"), "small"), (self.tr("medium gravity"), "medium"),
                             (self.tr("grave"), "grave"), (self.tr("especially grave"), "especially_grave")):
            self.gravity.addItem(label, value)
        self.facility = QLineEdit(self)
        self.facility.setPlaceholderText(self.tr("e.g. SIZO-1, Moscow; special centre for foreign citizens"))
        self.lawyer = QLineEdit(self)
        self.state_appointed = QCheckBox(self.tr("the defence is state-appointed"), self)
        self.at_risk = QCheckBox(self.tr("watch for silence, alarm after"), self)
        self.at_risk.setToolTip(self.tr("Raise an alarm on the dashboard when nobody has heard from the client "
                                        "(no “contact” event) for longer than this."))
        self.silence_hours = QSpinBox(self)
        self.silence_hours.setRange(1, 24 * 30)
        self.silence_hours.setValue(48)
        self.silence_hours.setSuffix(self.tr(" hours"))
        silence = QHBoxLayout()
        silence.addWidget(self.at_risk)
        silence.addWidget(self.silence_hours)
        silence.addStretch(1)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. interim-measures-ignored, re-arrested"))
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(90)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Free notes (internal: never in public reports)"))
        form = QFormLayout(self)
        # Beside the case list on a small laptop, a field too wide for its row goes under its label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Arrest date:"), self.arrest_date)
        self.arrest_note = QLabel(self)
        self.arrest_note.setObjectName("arrestDisagreement")
        self.arrest_note.setStyleSheet("color: #b00020;")
        self.arrest_note.setWordWrap(True)
        self.arrest_note.hide()
        form.addRow("", self.arrest_note)
        form.addRow(self.tr("Arrest place:"), self.arrest_place)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("Gravity (RU CC art. 15):"), self.gravity)
        form.addRow(self.tr("Detention facility:"), self.facility)
        form.addRow(self.tr("Responsible lawyer:"), self.lawyer)
        form.addRow("", self.state_appointed)
        form.addRow("", silence)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Notes:"), self.notes)

    def show_arrest_agreement(self, events) -> None:
        """Say so when the arrest date here and the case's “Arrest” events disagree (no
        arrest event falls on or within the arrest date)."""
        from desktop.dates import edtf as dates

        arrest = self.arrest_date.text()
        dated = [e.date for e in events if e.type == "arrest" and e.date and dates.is_valid(e.date)]
        disagree = False
        if arrest and dates.is_valid(arrest) and dated:
            here = dates.parse(arrest)
            disagree = not any(dates.parse(d).overlaps(here.lower, here.upper) for d in dated)
        if disagree:
            self.arrest_note.setText(self.tr("The “Arrest” event says %1, but the arrest date here is %2. "
                                             "Correct the one that is wrong.")
                                     .replace("%1", ", ".join(format_edtf(d) for d in dated))
                                     .replace("%2", format_edtf(arrest)))
        self.arrest_note.setVisible(disagree)

    def fill(self, case: Case) -> None:
        self.reference.setText(case.reference or "")
        select_data(self.kind, case.kind)
        select_data(self.status, case.status)
        select_data(self.outcome, case.outcome)
        self.arrest_date.setText(case.arrest_date)
        self.arrest_place.setText(case.arrest_place or "")
        self.region.setText(case.region or "")
        select_data(self.gravity, case.gravity)
        self.facility.setText(case.facility or "")
        self.lawyer.setText(case.lawyer or "")
        self.state_appointed.setChecked(case.state_appointed)
        self.at_risk.setChecked(case.at_risk)
        self.silence_hours.setValue(case.silence_hours or 48)
        self.tags.setText(", ".join(case.tags))
        self.summary.setPlainText(case.summary or "")
        self.notes.setPlainText(case.notes or "")

    def collect(self, case: Case) -> None:
        case.reference = self.reference.text().strip()
        case.kind = self.kind.currentData()
        case.status = self.status.currentData()
        case.outcome = self.outcome.currentData()
        case.arrest_date = self.arrest_date.text() or None
        case.arrest_place = blank(self.arrest_place.text())
        case.region = blank(self.region.text())
        case.gravity = self.gravity.currentData()
        case.facility = blank(self.facility.text())
        case.lawyer = blank(self.lawyer.text())
        case.state_appointed = self.state_appointed.isChecked()
        case.at_risk = self.at_risk.isChecked()
        case.silence_hours = self.silence_hours.value() if self.at_risk.isChecked() else case.silence_hours
        case.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        case.summary = blank(self.summary.toPlainText())
        case.notes = blank(self.notes.toPlainText())
