"""A case's deadlines: the list (derived and manual), each with its trigger event and legal
basis; add a manual deadline, set a status, override a computed date with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.deadlines import service as deadline_service
from desktop.errors import VaultError
from desktop.cases.vocab import vocabulary
from ui.case_dialogs import lay_out_form, problem_line
from ui.record_table import record_view
from ui import dates as dates_ui, i18n, messages, prompts
from ui.dashboard import AMBER, GREY, RED, RowsModel, format_due, zone_text


@dataclass(frozen=True)
class ManualAnswer:
    title: str
    due: date
    at: time | None = None
    event_id: str | None = None
    basis: str | None = None


@dataclass(frozen=True)
class OverrideAnswer:
    due: date
    at: time | None
    reason: str


@dataclass(frozen=True)
class NoticeDaysAnswer:
    days: int
    reason: str


def _status_labels(widget: QWidget | None = None) -> dict[str, str]:
    """A deadline's status as the interface says it (one translation context, whatever widget
    shows it: ``widget.tr`` looked the words up under the widget's class and found none)."""
    translate = QCoreApplication.translate
    return {"open": translate("DeadlineStatus", "open"), "done": translate("DeadlineStatus", "done"),
            "missed": translate("DeadlineStatus", "missed"), "waived": translate("DeadlineStatus", "waived")}


def deadline_error(exc: deadline_service.DeadlineError) -> str:
    """Why a deadline change was refused, in the interface language (chosen by ``exc.reason``;
    the English wording is the service's own)."""
    translate = QCoreApplication.translate
    why = deadline_service.DeadlineReason
    limit = str(deadline_service.MAX_TITLE)
    texts = {
        why.GONE: translate("DeadlineError", "This deadline no longer exists (its trigger event may have been removed)."),
        why.CASE_GONE: translate("DeadlineError", "The case no longer exists."),
        why.NO_TITLE: translate("DeadlineError", "A manual deadline needs a title: what is due."),
        why.TITLE_LONG: translate("DeadlineError", "The title is longer than %1 characters.").replace("%1", limit),
        why.NO_DATE: translate("DeadlineError", "Give the due date."),
        why.OTHER_CASE_EVENT: translate("DeadlineError", "The trigger event is not an event of this case."),
        why.STATUS: translate("DeadlineError", "This status is not one a deadline can take."),
        why.NO_REASON: translate("DeadlineError", "Say why the computed date is replaced: the reason is kept in the "
                                 "history."),
        why.REASON_LONG: translate("DeadlineError", "The reason is longer than %1 characters.").replace("%1", limit),
        why.BLOCK_NO_DATE: translate("DeadlineError", "A blocking condition has no date to override."),
        why.NOT_DAYS: translate("DeadlineError", "Only a computed term in days can take the notice's number of days."),
        why.DAYS_RANGE: translate("DeadlineError", "Give the number of days the notice states (1 to %1).").replace(
            "%1", str(deadline_service.MAX_NOTICE_DAYS)),
        why.PAST_CALENDAR: translate("DeadlineError", "That many days run past the calendar this program counts."),
        why.NOTHING_TO_CONFIRM: translate("DeadlineError", "This deadline has no date of yours to confirm."),
        why.COMPUTED: translate("DeadlineError", "A computed deadline follows its event; set its status to waived "
                                "instead."),
    }
    return texts[exc.reason]


class _DateTimeRow(QWidget):
    """A date, and optionally a time of day (Moscow, or the deadline's local zone)."""

    def __init__(self, day: date | None, parent: QWidget | None = None, zone_name: str | None = None) -> None:
        super().__init__(parent)
        day = day or date.today()
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setCalendarPopup(True)
        self.with_time = QCheckBox(self.tr("at"), self)
        self.time = QTimeEdit(QTime(12, 0), self)
        self.time.setEnabled(False)
        self.with_time.toggled.connect(self.time.setEnabled)
        local = zone_name and zone_name != deadline_service.MOSCOW
        zone = QLabel(zone_text(zone_name) if local else self.tr("Moscow time"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.date, self.with_time, self.time, zone):
            layout.addWidget(w)
        layout.addStretch(1)

    def value(self) -> tuple[date, time | None]:
        d = self.date.date()
        t = self.time.time()
        return date(d.year(), d.month(), d.day()), (time(t.hour(), t.minute()) if self.with_time.isChecked() else None)


class _RequiredFieldDialog(QDialog):
    """A deadline dialog: its rows in a form, a red line, OK and Cancel; OK is taken only when
    the one required text field is filled (else the line says what is missing)."""

    def lay_out(self, rows: list[tuple], width: int, *, required: QLineEdit, missing: str,
                wrap: bool = False, focus: bool = False) -> None:
        """``rows``: QFormLayout.addRow's arguments, one tuple a row; ``width`` in pixels;
        ``missing``: what the red line says when ``required`` is blank (``focus``: and the
        field takes the focus)."""
        self._required, self._missing, self._focus = required, missing, focus
        self.error_label = problem_line(self, wrap=wrap)
        lay_out_form(self, rows, self.error_label, self._accept, width)

    def _accept(self) -> None:
        if not self._required.text().strip():
            self.error_label.setText(self._missing)
            if self._focus:
                self._required.setFocus()
            return
        self.accept()


class ManualDeadlineDialog(_RequiredFieldDialog):
    """What is due, when, and (optionally) the event that triggered it and its legal basis."""

    def __init__(self, events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a deadline"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Submit the ECtHR request with the removal date"))
        self.when = _DateTimeRow(None, self)
        self.trigger = QComboBox(self)
        self.trigger.addItem(self.tr("(no trigger event)"), None)
        vocab = vocabulary()
        lang = i18n.language()
        for e in events:
            term = vocab.event_types.get(e.type)
            self.trigger.addItem(f"{dates_ui.format_edtf(e.date)} — {term.label(lang) if term else e.type}", e.id)
        self.basis = QLineEdit(self)
        self.basis.setPlaceholderText(self.tr("e.g. CPC art. 125"))
        self.lay_out([
            (self.tr("What is due:"), self.title),
            (self.tr("Due:"), self.when),
            (self.tr("Trigger event:"), self.trigger),
            (self.tr("Legal basis:"), self.basis),
        ], 560, required=self.title, missing=self.tr("Say what is due."))

    def answer(self) -> ManualAnswer:
        day, at = self.when.value()
        return ManualAnswer(self.title.text().strip(), day, at, self.trigger.currentData(), self.basis.text().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, events) -> ManualAnswer | None:
        """The seam tests answer through prompts.answerer (kind "manual_deadline")."""
        if prompts.answerer is not None:
            return prompts.answerer("manual_deadline", "", "")
        dialog = cls(events, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OverrideDialog(_RequiredFieldDialog):
    """The lawyer's date instead of the computed one, and why (kept in the history)."""

    def __init__(self, deadline: deadline_service.Deadline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the computed date"))
        computed = QLabel(self.tr("Computed: %1").replace("%1", format_due(deadline) or "—"), self)
        self.when = _DateTimeRow(deadline.last_day or (deadline.due.date() if deadline.due else None), self,
                                 deadline.zone)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. The court set the term to 19 April in its ruling"))
        self.lay_out([
            (computed,),
            (self.tr("New date:"), self.when),
            (self.tr("Reason:"), self.reason),
        ], 560, required=self.reason, missing=self.tr("Say why: the reason is kept in the history."))

    def answer(self) -> OverrideAnswer:
        day, at = self.when.value()
        return OverrideAnswer(day, at, self.reason.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, deadline) -> OverrideAnswer | None:
        if prompts.answerer is not None:
            return prompts.answerer("override_deadline", "", "")
        dialog = cls(deadline, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NoticeDaysDialog(_RequiredFieldDialog):
    """The notice gives its own number of days (a permit refusal or an entry ban: "leave within
    5 days" instead of 15): the last day is counted from the trigger as the rule counts, shown
    as the lawyer types, and kept as an override with the reason (issue 11, item 5)."""

    def __init__(self, deadline: deadline_service.Deadline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeDaysDialog")
        self.deadline = deadline
        self.setWindowTitle(self.tr("Days the notice gives"))
        rule = deadline_service.notice_term(deadline)
        computed = QLabel(self.tr("Computed: %1").replace("%1", format_due(deadline) or "—"), self)
        self.days = QSpinBox(self)
        self.days.setObjectName("noticeDays")
        self.days.setRange(1, deadline_service.MAX_NOTICE_DAYS)
        self.days.setValue(rule.term if rule is not None else 1)
        self.days.setAccessibleName(self.tr("Days the notice gives"))
        self.last_day = QLabel(self)
        self.last_day.setObjectName("noticeLastDay")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("noticeReason")
        self.reason.setPlaceholderText(self.tr("e.g. The notice of 3 March gives 5 days to leave"))
        days_label = QLabel(self.tr("&Days:"), self)
        days_label.setBuddy(self.days)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason)
        self.days.valueChanged.connect(self._show_last_day)
        self._show_last_day()
        self.lay_out([
            (computed,),
            (days_label, self.days),
            (self.tr("Last day:"), self.last_day),
            (reason_label, self.reason),
        ], 560, required=self.reason, missing=self.tr("Say why: the reason is kept in the history."),
            wrap=True, focus=True)

    def _show_last_day(self) -> None:
        from PySide6.QtCore import QLocale

        try:
            day = deadline_service.notice_last_day(self.deadline, self.days.value())
        except deadline_service.DeadlineError:
            self.last_day.setText("—")
            return
        text = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        if self.deadline.zone != deadline_service.MOSCOW:
            text = self.tr("%1, 24:00 %2").replace("%1", text).replace(
                "%2", zone_text(self.deadline.zone, self.deadline.due))
        else:
            text = self.tr("%1, 24:00 Moscow time").replace("%1", text)
        self.last_day.setText(text)

    def answer(self) -> NoticeDaysAnswer:
        return NoticeDaysAnswer(self.days.value(), self.reason.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, deadline) -> NoticeDaysAnswer | None:
        """The modal dialog itself (tests drive it with key events), None when cancelled."""
        dialog = cls(deadline, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DeadlinesPanel(QWidget):
    """The deadlines of one case. ``set_vault``, ``show_case(case_id)``; ``deadlines_changed``
    after an edit; ``event_requested(event id)`` to open a deadline's trigger event."""

    deadlines_changed = Signal()
    event_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deadlinesPanel")
        self._vault = None
        self.case_id: str | None = None
        self._events: list = []
        statuses = _status_labels(self)
        self.model = RowsModel([
            (self.tr("Due"), format_due),
            (self.tr("When"), self._when),
            (self.tr("What is due"), self._title),
            (self.tr("Status"), lambda d: statuses.get(d.status, d.status)),
            (self.tr("Legal basis"), lambda d: d.basis or self.tr("none given")),
            (self.tr("Trigger"), self._trigger),
        ], self._colour, self)
        self.table = record_view(self, self.model, name="deadlineTable")
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(self._open_trigger)
        self.add_button = QPushButton(self.tr("&Add deadline…"), self)
        self.status_button = QPushButton(self.tr("Set stat&us"), self)
        menu = QMenu(self.status_button)
        self.status_actions = {}
        for status, label in statuses.items():
            action = menu.addAction(label)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_actions[status] = action
        self.status_button.setMenu(menu)
        self.override_button = QPushButton(self.tr("&Override date…"), self)
        self.notice_button = QPushButton(self.tr("Days in the &notice…"), self)
        self.notice_button.setObjectName("noticeDaysButton")
        self.notice_button.setToolTip(self.tr("The notice gives its own number of days (e.g. 5 to leave instead "
                                              "of 15): count the term with it"))
        self.clear_button = QPushButton(self.tr("Use the computed date"), self)
        self.confirm_button = QPushButton(self.tr("&Keep my date"), self)
        self.confirm_button.setToolTip(self.tr("The trigger event changed after you set this date: keep your date"))
        self.confirm_button.clicked.connect(self.confirm_override)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add_manual)
        self.override_button.clicked.connect(self.override)
        self.notice_button.clicked.connect(self.notice_days)
        self.clear_button.clicked.connect(self.clear_override)
        self.delete_button.clicked.connect(self.delete)
        # Three rows (the deadline; counting its date; a date set by hand), so that the tab fits
        # beside the case list on a 1366-pixel screen in every language (one row of seven was 980
        # pixels in Belarusian and widened the whole window; tests/ui/test_fit.py).
        buttons = QVBoxLayout()
        for row in ((self.add_button, self.status_button, self.delete_button),
                    (self.override_button, self.notice_button), (self.clear_button, self.confirm_button)):
            line = QHBoxLayout()
            for b in row:
                line.addWidget(b)
            line.addStretch(1)
            buttons.addLayout(line)
        self.details = QTextBrowser(self)
        self.details.setObjectName("deadlineDetails")
        self.details.setMaximumHeight(130)
        self.notice = QLabel(self.tr("Computed dates help; they are not legal advice. Check the rule and the "
                                     "law in force."), self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #6b6b6b;")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.notice)
        self._update_buttons()

    # -- texts ----------------------------------------------------------------------------------
    def _now(self):
        from datetime import datetime, timezone

        return datetime.now(timezone.utc)

    def _when(self, d: deadline_service.Deadline) -> str:
        if d.kind == "block":
            if d.violated:
                return self.tr("VIOLATED")
            return self.tr("in force") if d.until is None else self.tr("lifted")
        if d.undated:
            return self.tr("enter the trigger date")
        left = d.days_left(self._now())
        if left is None or d.status != "open":
            return ""
        if d.overdue(self._now()):
            return self.tr("overdue")
        return self.tr("today") if left == 0 else self.tr("in %n day(s)", "", left)

    def _title(self, d: deadline_service.Deadline) -> str:
        text = d.title
        if not d.verified:
            text += " " + self.tr("(unverified rule)")
        if d.overridden:
            text += " " + self.tr("(date set by hand)")
        if d.manual:
            text += " " + self.tr("(entered by hand)")
        if d.trigger_changed:
            text += " " + self.tr("(trigger changed since this override)")
        return text

    def _trigger(self, d: deadline_service.Deadline) -> str:
        return d.trigger_text(i18n.language(), dates_ui.words())

    def _colour(self, d: deadline_service.Deadline):
        if d.kind == "block" and d.violated:
            return RED  # a removal step while removal was barred: the red alarm
        if d.trigger_changed:
            return AMBER
        if d.status in ("done", "waived"):
            return GREY
        if d.overdue(self._now()) or d.status == "missed":
            return RED
        return AMBER if d.kind in ("alert", "block") else None

    # -- data -----------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self._vault = vault
        self.show_case(None)

    def show_case(self, case_id: str | None) -> None:
        self.case_id = case_id if self._vault is not None else None
        self.reload()

    def reload(self) -> None:
        rows, self._events = [], []
        if self._vault is not None and self.case_id:
            try:
                rows = deadline_service.for_case(self._vault, self.case_id, lang=i18n.language())
                from desktop.cases import service as case_service

                self._events = case_service.get_case_by_id(self._vault, self.case_id).events
            except (VaultError, LookupError) as exc:
                prompts.error(self, self.tr("Cannot show the deadlines"), messages.vault_error(exc))
                rows = []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 380))
        self._selection_changed()

    def current(self) -> deadline_service.Deadline | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def select(self, deadline_id: str) -> None:
        for row, d in enumerate(self.model.rows):
            if d.id == deadline_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        d = self.current()
        self._update_buttons()
        if d is None:
            self.details.setHtml("")
            return
        from html import escape

        parts = [f"<b>{escape(d.title)}</b>"]
        if d.rule_id:
            term = deadline_service.rule_version(d.rule_id, d.starts.date() if d.starts else None)
            parts.append(escape(self.tr("Rule %1: %2 — %3").replace("%1", d.rule_id)
                                .replace("%2", deadline_service.describe_term(term, i18n.language()) if term else "")
                                .replace("%3", d.basis)))
        if d.explanation:
            parts.append(escape(d.explanation))
        if not d.verified:
            parts.append("<span style='color:#b00020'>" + escape(self.tr("Unverified rule:")) + " "
                         + escape(d.note) + "</span>")
        if d.overridden:
            parts.append(escape(self.tr("Computed date replaced: %1").replace("%1", d.override_reason or "")))
        if d.kind == "block" and d.violated:
            parts.append("<span style='color:#b00020'><b>" + escape(self.tr(
                "VIOLATED: a removal step was recorded while this bar was in force.")) + "</b></span>")
        if d.trigger_changed:
            parts.append("<span style='color:#a15c00'>" + escape(self.tr(
                "The trigger event changed since this date was set by hand: check it, then keep it or use the "
                "computed date.")) + "</span>")
        if d.approximate:
            parts.append(escape(self.tr("The trigger's date is approximate: counted from its earliest day.")))
        if d.due is not None and d.zone != deadline_service.MOSCOW:
            parts.append(escape(self.tr("Local time of the place of proceedings (%1); Moscow time beside it.")
                                .replace("%1", zone_text(d.zone, d.due))))
        for code in d.caveats:
            if code != "trigger_uncertain":
                parts.append(escape(deadline_service.caveat_text(code, i18n.language())))
        self.details.setHtml("<br>".join(parts))

    def _update_buttons(self) -> None:
        d = self.current()
        open_ = self._vault is not None and self.case_id is not None
        self.add_button.setEnabled(open_)
        self.status_button.setEnabled(d is not None)
        self.override_button.setEnabled(d is not None and d.kind != "block")
        self.notice_button.setEnabled(d is not None and deadline_service.notice_term(d) is not None)
        self.clear_button.setEnabled(d is not None and d.overridden)
        self.confirm_button.setEnabled(d is not None and d.trigger_changed)
        self.delete_button.setEnabled(d is not None and d.manual)

    def _open_trigger(self, index) -> None:
        d = self.model.rows[index.row()] if 0 <= index.row() < len(self.model.rows) else None
        if d is not None and d.event_id:
            self.event_requested.emit(d.event_id)

    # -- actions (each one transaction in desktop.deadlines) -----------------------------------------
    def _do(self, title: str, action) -> None:
        try:
            result = action()
        except deadline_service.DeadlineError as exc:
            prompts.error(self, title, deadline_error(exc))
            return
        except (VaultError, OSError) as exc:
            prompts.error(self, title, messages.vault_error(exc))
            return
        self.reload()
        if result is not None and getattr(result, "id", None):
            self.select(result.id)
        self.deadlines_changed.emit()

    def add_manual(self) -> None:
        if self._vault is None or not self.case_id:
            return
        answer = ManualDeadlineDialog.ask(self, self._events)
        if answer is None:
            return
        self._do(self.tr("The deadline was not added"), lambda: deadline_service.add_manual(
            self._vault, self.case_id, title=answer.title, due=answer.due, at=answer.at,
            event_id=answer.event_id, basis=answer.basis))

    def set_status(self, status: str) -> None:
        d = self.current()
        if d is None:
            return
        self._do(self.tr("The status was not changed"), lambda: deadline_service.set_status(self._vault, d.id, status))

    def override(self) -> None:
        d = self.current()
        if d is None:
            return
        answer = OverrideDialog.ask(self, d)
        if answer is None:
            return
        self._do(self.tr("The date was not changed"), lambda: deadline_service.override(
            self._vault, d.id, due=answer.due, at=answer.at, reason=answer.reason))

    def notice_days(self) -> None:
        """Count the selected term with the number of days its notice gives (a reason is required)."""
        d = self.current()
        if d is None or deadline_service.notice_term(d) is None:
            return
        answer = NoticeDaysDialog.ask(self, d)
        if answer is None:
            return
        self._do(self.tr("The date was not changed"), lambda: deadline_service.override_days(
            self._vault, d.id, days=answer.days, reason=answer.reason))

    def clear_override(self) -> None:
        d = self.current()
        if d is not None:
            self._do(self.tr("The date was not changed"), lambda: deadline_service.clear_override(self._vault, d.id))

    def confirm_override(self) -> None:
        d = self.current()
        if d is not None and d.trigger_changed:
            self._do(self.tr("The date was not confirmed"),
                     lambda: deadline_service.confirm_override(self._vault, d.id))

    def delete(self) -> None:
        d = self.current()
        if d is None or not d.manual:
            return
        if not prompts.confirm(self, self.tr("Delete the deadline"),
                               self.tr("Delete this deadline entered by hand? The history keeps a record.")):
            return
        self._do(self.tr("The deadline was not deleted"), lambda: deadline_service.delete_manual(self._vault, d.id))
