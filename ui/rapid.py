"""Rapid response in the window (issue 16): the "At risk of removal now" band at the top of the
dashboard, the checklist per case, the urgent-request draft dialog and the filings of a case.
The rules live in desktop.rapid; this module only shows them and asks."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import VaultError
from desktop.rapid import checklist, drafts, filings, risk
from ui import i18n, messages, prompts
from ui.dashboard import RED, RowsModel, format_moment
from ui.record_table import record_view


def _lang() -> str:
    return i18n.language()


def filing_error(exc: filings.FilingInvalid) -> str:
    """Why a filing was not recorded, in the interface language (by ``exc.reason`` and
    ``exc.field``; the English wording is the service's own)."""
    translate = QCoreApplication.translate
    why = filings.FilingReason
    if exc.reason is why.BAD_TIME:
        texts = {
            "filed_at": translate("FilingError", "The filing time is not a date and time: write it as 2022-04-05 21:30 "
                                  "(Moscow time) or 2022-04-05T21:30+03:00."),
            "expected_by": translate("FilingError", "The expected answer time is not a date and time: write it as "
                                     "2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00."),
            "acknowledged_at": translate("FilingError", "The acknowledgement time is not a date and time: write it as "
                                         "2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00."),
            "answered_at": translate("FilingError", "The answer time is not a date and time: write it as "
                                     "2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00."),
        }
        return texts.get(exc.field, translate("FilingError", "The time is not a date and time: write it as "
                                              "2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00."))
    if exc.reason is why.BEFORE_FILING:
        texts = {
            "expected_by": translate("FilingError", "The expected answer time is before the filing itself; check "
                                     "the dates."),
            "acknowledged_at": translate("FilingError", "The acknowledgement time is before the filing itself; check "
                                         "the dates."),
        }
        return texts.get(exc.field, translate("FilingError", "The answer time is before the filing itself; check "
                                              "the dates."))
    if exc.reason is why.OUT_OF_RANGE:
        return translate("FilingError", "A time is outside the years %1 to %2: check the year.").replace(
            "%1", str(filings.FIRST_YEAR)).replace("%2", str(filings.LAST_YEAR))
    if exc.reason is why.IN_FUTURE:
        return translate("FilingError", "A filing, acknowledgement or answer time is in the future: record it once it "
                         "has happened (a time without an offset is Moscow time).")
    return {
        why.NO_BODY: translate("FilingError", "Say to whom it was filed (a court, a prosecutor or an international "
                               "body)."),
        why.UNKNOWN_KIND: translate("FilingError", "Unknown kind of filing: choose one in the list."),
        why.UNKNOWN_CHANNEL: translate("FilingError", "Unknown way of sending: choose one in the list."),
    }[exc.reason]


def draft_error(exc: drafts.DraftInvalid) -> str:
    """Why no draft was made, in the interface language (by ``exc.reason``)."""
    translate = QCoreApplication.translate
    why = drafts.DraftReason
    return {
        why.BODY: translate("DraftError", "Unknown body: choose one in the list."),
        why.LANGUAGE: translate("DraftError", "Drafts are written in Russian or English: choose one in the list."),
        why.TEMPLATE_UNREADABLE: translate("DraftError", "The template cannot be read. Check the file, or use the "
                                           "built-in template."),
        why.TEMPLATE_NOT_DOCX: translate("DraftError", "The template is not a Word (.docx) file Abarona can fill: it "
                                         "may be damaged, or saved in another format. Save it again from Word as "
                                         ".docx."),
        why.TEMPLATE_ERROR: translate("DraftError", "The template has an error in its fields. Correct the template, "
                                      "or use the built-in one."),
    }[exc.reason]


def _reason_kind(kind: str) -> str:
    words = {
        "transfer_date_set": QCoreApplication.translate("rapid", "transfer date set"),
        "expulsion_ordered": QCoreApplication.translate("rapid", "forced expulsion ordered"),
        "decision_final": QCoreApplication.translate("rapid", "extradition decision final, no appeal"),
        "released": QCoreApplication.translate("rapid", "released: re-arrest at the gate"),
        "contact_lost": QCoreApplication.translate("rapid", "contact lost, whereabouts unknown"),
        "block_violated": QCoreApplication.translate("rapid", "removal step while removal was barred"),
    }
    return words.get(kind, kind)


def _since(text: str) -> str:
    """``2022-04-05T17:00`` or ``2022-04-05`` in the user's locale (local time of the place)."""
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    day, _, at = text.partition("T")
    try:
        d = datetime.fromisoformat(day)
    except ValueError:
        return text
    qdate = QDate(d.year, d.month, d.day)
    if not at:
        return QLocale().toString(qdate, QLocale.FormatType.ShortFormat)
    hh, mm = (int(x) for x in at.split(":")[:2])
    return QLocale().toString(QDateTime(qdate, QTime(hh, mm)), QLocale.FormatType.ShortFormat)


def _reasons(row: risk.CaseRisk) -> str:
    return "; ".join(f"{_reason_kind(r.kind)} ({_since(r.since)})" for r in row.reasons)


class RiskBand(QFrame):
    """The band at the top of the dashboard: every client at risk of removal now, with the
    reasons and their legal basis, and overdue answers to filings. Hidden when nobody is."""

    case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("riskBand")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#riskBand { border: 2px solid #b00020; border-radius: 6px; background: #fff5f5; }")
        self._vault = None
        self.rows: list[risk.CaseRisk] = []
        self.late: list[filings.FilingView] = []
        self.title = QLabel(self)
        self.title.setStyleSheet("color: #b00020; font-weight: bold; font-size: 14px;")
        self.model = RowsModel([
            (self.tr("Case"), lambda r: r.reference),
            (self.tr("Client"), lambda r: r.person_name),
            (self.tr("Why, since when"), _reasons),
            (self.tr("Legal basis"), lambda r: "; ".join(x.basis for x in r.reasons)),
        ], lambda _r: RED, self)
        self.table = record_view(self, self.model, name="riskTable")
        self.table.setAccessibleName(self.tr("Clients at risk of removal now"))
        for column, width in enumerate((120, 170, 420)):
            self.table.setColumnWidth(column, width)
        self.table.setMaximumHeight(150)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.open_button = QPushButton(self.tr("&Open case"), self)
        self.open_button.clicked.connect(lambda: self._open(self._current()))
        self.checklist_button = QPushButton(self.tr("Check&list…"), self)
        self.checklist_button.clicked.connect(self.show_checklist)
        self.draft_button = QPushButton(self.tr("Draft &urgent request…"), self)
        self.draft_button.clicked.connect(self.draft_request)
        self.late_label = QLabel(self)
        self.late_label.setWordWrap(True)
        self.late_label.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.checklist_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.late_label)
        self.set_vault(None)
        #: Asked again each minute while the dashboard is on screen: a window opens or closes by
        #: the clock alone (a removal recorded for tonight begins, a release-day watch ends),
        #: and the lawyer may leave the dashboard open. Shown again only when the answer changed.
        self.clock = QTimer(self)
        self.clock.setInterval(60_000)
        self.clock.timeout.connect(self.tick)
        self.clock.start()

    def tick(self) -> None:
        """The clock's minute: assess again (kept, so cheap) and show the band again if its
        answer changed, keeping the client selected. Nothing while the dashboard is hidden,
        the vault locked or lent to a task, or unreadable (the next visit says why)."""
        from ui import tasks

        page = self.parentWidget()
        if tasks.busy or self._vault is None or self._vault.closed or page is None or not page.isVisible():
            return
        try:
            rows = risk.at_risk(self._vault, lang=_lang())
            late = filings.list_filings(self._vault, overdue=True)
        except VaultError:
            return
        if rows == self.rows and late == self.late:
            return
        selected = self.model.case_id(self._current()) if self.rows else None
        self.refresh()
        for row, found in enumerate(self.rows):
            if found.case_id == selected:
                self.table.selectRow(row)

    def set_vault(self, vault, *, refresh: bool = True) -> None:
        self._vault = vault
        if refresh:
            self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        """Assess again (a few indexed queries); hidden when locked or when nobody is at risk."""
        rows, late = [], []
        if self._vault is not None and not self._vault.closed:
            try:
                rows = risk.at_risk(self._vault, now=now, lang=_lang())
                late = filings.list_filings(self._vault, overdue=True, now=now)
            except VaultError as exc:
                prompts.error(self, self.tr("Cannot assess the risk of removal"), messages.vault_error(exc))
        self.rows, self.late = rows, late
        self.model.set_rows(rows)
        self.title.setText(self.tr("At risk of removal now: %n client(s)", "", len(rows)))
        self.table.setVisible(bool(rows))
        for button in (self.open_button, self.checklist_button, self.draft_button):
            button.setVisible(bool(rows))
        if late:
            self.late_label.setText(self.tr("No answer in time to %n filing(s): %1", "", len(late)).replace(
                "%1", "; ".join(f"{v.filing.case_reference} — {filings.KINDS[v.filing.kind].get(_lang(), v.filing.kind)}"
                                f", {v.filing.body}" for v in late)))
        self.late_label.setVisible(bool(late))
        if rows:
            self.table.selectRow(0)
        self.setVisible(bool(rows or late))

    def _current(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else 0

    def _open(self, row: int) -> None:
        case_id = self.model.case_id(row)
        if case_id:
            self.case_requested.emit(case_id)

    def show_checklist(self) -> None:
        case_id = self.model.case_id(self._current())
        if case_id and self._vault is not None:
            ChecklistDialog(self._vault, case_id, self.model.record(self._current()).reference, self).exec()

    def draft_request(self) -> None:
        case_id = self.model.case_id(self._current())
        if case_id and self._vault is not None:
            DraftDialog(self._vault, case_id, self).exec()


class ChecklistDialog(QDialog):
    """The steps for a client at risk; each tick is saved at once, with who and when."""

    def __init__(self, vault, case_id: str, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Checklist: %1").replace("%1", reference))
        self._vault, self._case_id = vault, case_id
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick each step when it is done. Who and when are recorded."), self))
        for state in checklist.state(vault, case_id):
            box = QCheckBox(self._text(state), self)
            box.setObjectName(f"step_{state.step.id}")
            box.setChecked(state.done_at is not None)
            box.toggled.connect(lambda on, sid=state.step.id: self._tick(sid, on))
            layout.addWidget(box)
            self.boxes[state.step.id] = box
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _text(self, state: checklist.StepState) -> str:
        text = state.step.label(_lang())
        if state.done_at:
            moment = datetime.fromisoformat(state.done_at.replace("Z", "+00:00"))
            text += " — " + self.tr("%1, %2").replace("%1", state.done_by or "?").replace("%2", format_moment(moment))
        return text

    def _tick(self, step_id: str, on: bool) -> None:
        try:
            checklist.tick(self._vault, self._case_id, step_id, done=on)
        except VaultError as exc:
            prompts.error(self, self.tr("The tick was not saved"), messages.vault_error(exc))
            return
        for state in checklist.state(self._vault, self._case_id):
            if state.step.id == step_id:
                box = self.boxes[step_id]
                box.blockSignals(True)
                box.setText(self._text(state))
                box.blockSignals(False)


class DraftDialog(QDialog):
    """Choose the body and the language, see which facts the case lacks, save the draft."""

    def __init__(self, vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._case_id = vault, case_id
        self.setWindowTitle(self.tr("Draft an urgent request"))
        self.body = QComboBox(self)
        self.body.setObjectName("draftBody")
        lang = "ru" if _lang() in ("ru", "be") else "en"
        for key, body in drafts.BODIES.items():
            self.body.addItem(f"{body.name[lang]} — {body.request_title[lang]}", key)
        self.language = QComboBox(self)
        self.language.setObjectName("draftLanguage")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Russian"), "ru")
        self.language.setCurrentIndex(self.language.findData(lang))
        self.missing = QListWidget(self)
        self.missing.setObjectName("draftMissing")
        self.missing.setAccessibleName(self.tr("Facts the case lacks"))
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        warning = QLabel(self.tr("The draft is a Word file written UNENCRYPTED where you choose: edit it, send "
                                 "it, then delete it."), self)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a15c00;")
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.body)
        form.addRow(self.tr("&Language:"), self.language)
        # The bodies take no request in Belarusian: say why the interface's language is not offered.
        self.language_note = QLabel(self.tr("Urgent requests are drafted in English or Russian, the languages the "
                                            "bodies accept: the UN committees and the ECtHR do not work in "
                                            "Belarusian."), self)
        self.language_note.setObjectName("draftLanguageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(_lang() == "be")
        form.addRow(self.language_note)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save draft as…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.period_note = QLabel(self.tr("The European Court of Human Rights can take only facts up to 16 "
                                          "September 2022: Russia ceased to be a party to the European Convention "
                                          "on Human Rights that day, and every fact of this case is later. Send "
                                          "the request to the UN Human Rights Committee instead."), self)
        self.period_note.setObjectName("draftPeriodNote")
        self.period_note.setWordWrap(True)
        self.period_note.setStyleSheet("color: #b00020; font-weight: bold;")
        self.period_note.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.period_note)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.body.currentIndexChanged.connect(self._check)
        self.language.currentIndexChanged.connect(self._check)
        self.saved_to: str | None = None
        self._check()

    def _check(self) -> None:
        """List the facts the case lacks before the draft is made; say when the body cannot
        take the case's facts at all (the ECtHR after 16 September 2022)."""
        try:
            context, missing, _case = drafts.gather(self._vault, self._case_id, self.body.currentData(),
                                                    self.language.currentData())
        except (VaultError, LookupError) as exc:
            self.missing_label.setText(messages.vault_error(exc))
            return
        self.period_note.setVisible(bool(context.get("out_of_period")))
        self.missing.clear()
        for key in missing:
            self.missing.addItem(drafts.fact_label(key, _lang()))
        self.missing_label.setText(
            self.tr("The case lacks %n fact(s) this body asks for; the draft marks each as a gap to fill in:",
                    "", len(missing)) if missing else self.tr("The case has every fact this body asks for."))
        self.missing.setVisible(bool(missing))

    def save(self) -> None:
        try:
            draft = drafts.render(self._vault, self._case_id, self.body.currentData(), self.language.currentData())
        except drafts.DraftInvalid as exc:
            prompts.error(self, self.tr("No draft was made"), draft_error(exc))
            return
        except LookupError:  # the case was deleted meanwhile (another window, a team sync)
            prompts.error(self, self.tr("No draft was made"),
                          self.tr("This case no longer exists: it may have been deleted meanwhile."))
            return
        except VaultError as exc:
            prompts.error(self, self.tr("No draft was made"), messages.vault_error(exc))
            return
        path = prompts.save_file(self, self.tr("Save the draft (not encrypted)"), drafts.default_file_name(draft),
                                 self.tr("Word documents (*.docx)"))
        path = prompts.with_suffix(self, path, ".docx")
        if not path:
            return
        try:
            drafts.save(self._vault, draft, path)
        except (OSError, VaultError) as exc:
            prompts.error(self, self.tr("The draft was not saved"), messages.vault_error(exc))
            return
        self.saved_to = path
        prompts.inform(self, self.tr("Draft saved"), self.tr("The draft was saved (not encrypted). Open it in your "
                                                             "word processor, complete the gaps and send it."))
        self.accept()


class FilingDialog(QDialog):
    """Record a filing, or its acknowledgement and answer; ``filing()`` is the edited copy."""

    def __init__(self, filing: filings.Filing | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Filing") if filing else self.tr("New filing"))
        self._filing = filing
        lang = _lang()
        self.kind = QComboBox(self)
        for key, labels in filings.KINDS.items():
            self.kind.addItem(labels.get(lang, labels["en"]), key)
        self.body = QComboBox(self)
        self.body.setEditable(True)
        for key, body in drafts.BODIES.items():
            self.body.addItem(body.name["ru" if lang in ("ru", "be") else "en"], key)
        self.channel = QComboBox(self)
        self.channel.addItem("—", None)
        for key, labels in filings.CHANNELS.items():
            self.channel.addItem(labels.get(lang, labels["en"]), key)
        hint = self.tr("e.g. 2022-04-05 21:30 (Moscow time)")
        self.filed_at, self.expected_by, self.acknowledged_at, self.answered_at = (
            QLineEdit(self) for _ in range(4))
        for edit in (self.filed_at, self.expected_by, self.acknowledged_at, self.answered_at):
            edit.setPlaceholderText(hint)
        self.reference = QLineEdit(self)
        self.answer = QPlainTextEdit(self)
        self.answer.setTabChangesFocus(True)
        self.answer.setMaximumHeight(70)
        if filing is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(filing.kind), 0))
            index = self.body.findData(filing.body)
            if index >= 0:
                self.body.setCurrentIndex(index)
            else:
                self.body.setEditText(filing.body)
            self.channel.setCurrentIndex(max(self.channel.findData(filing.channel), 0))
            for edit, value in ((self.filed_at, filing.filed_at), (self.expected_by, filing.expected_by),
                                (self.acknowledged_at, filing.acknowledged_at), (self.answered_at, filing.answered_at)):
                edit.setText((value or "").replace("T", " "))
            self.reference.setText(filing.reference or "")
            self.answer.setPlainText(filing.answer or "")
        else:
            self.filed_at.setText(datetime.now(timezone.utc).astimezone(
                filings.dl.zone(filings.dl.MOSCOW)).strftime("%Y-%m-%d %H:%M"))
        form = QFormLayout(self)
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("&To whom:"), self.body)
        form.addRow(self.tr("&Filed at:"), self.filed_at)
        form.addRow(self.tr("&How:"), self.channel)
        form.addRow(self.tr("&Reference number:"), self.reference)
        form.addRow(self.tr("Answer &expected by:"), self.expected_by)
        form.addRow(self.tr("A&cknowledged at:"), self.acknowledged_at)
        form.addRow(self.tr("Ans&wered at:"), self.answered_at)
        form.addRow(self.tr("The a&nswer:"), self.answer)
        note = QLabel(self.tr("An ECtHR Rule 39 request expects an answer in one working day unless you set "
                              "another time."), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def filing(self) -> filings.Filing:
        body = self.body.currentData() if self.body.currentText() == self.body.itemText(self.body.currentIndex()) \
            else self.body.currentText()
        old = self._filing
        return filings.Filing(
            case_id=old.case_id if old else "", id=old.id if old else None, kind=self.kind.currentData(),
            body=body or self.body.currentText(), filed_at=self.filed_at.text().strip(),
            channel=self.channel.currentData(), reference=self.reference.text().strip() or None,
            expected_by=self.expected_by.text().strip() or None,
            acknowledged_at=self.acknowledged_at.text().strip() or None,
            answered_at=self.answered_at.text().strip() or None,
            answer=self.answer.toPlainText().strip() or None, note=old.note if old else None)


class FilingsPanel(QWidget):
    """The filings of one case: a table, and buttons to add one or record its answer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._case_id = None, None
        lang = _lang
        self.model = RowsModel([
            (self.tr("Filed"), lambda v: v.filing.filed_at.replace("T", " ")),
            (self.tr("What"), lambda v: filings.KINDS[v.filing.kind].get(lang(), v.filing.kind)),
            (self.tr("To whom"), lambda v: v.filing.body),
            (self.tr("Reference"), lambda v: v.filing.reference or ""),
            (self.tr("Answer"), self._answer),
        ], lambda v: RED if v.overdue else None, self)
        self.table = record_view(self, self.model, name="filingsTable")
        self.table.setAccessibleName(self.tr("Filings"))
        self.table.activated.connect(lambda index: self.edit(index.row()))
        self.table.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.add_button = QPushButton(self.tr("&Add filing…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Record ans&wer…"), self)
        self.edit_button.clicked.connect(lambda: self.edit(self.table.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _answer(self, view: filings.FilingView) -> str:
        f = view.filing
        if f.answered_at:
            return f"{f.answered_at.replace('T', ' ')}: {f.answer or ''}"
        if view.overdue:
            return self.tr("LATE: expected by %1").replace("%1", (f.expected_by or "").replace("T", " "))
        if f.expected_by:
            return self.tr("expected by %1").replace("%1", f.expected_by.replace("T", " "))
        return self.tr("no answer yet")

    def set_case(self, vault, case_id: str | None) -> None:
        self._vault, self._case_id = vault, case_id
        self.refresh()

    def refresh(self) -> None:
        rows = filings.list_filings(self._vault, case_id=self._case_id) if self._vault and self._case_id else []
        self.model.set_rows(rows)
        self.add_button.setEnabled(bool(self._case_id))

    def _run(self, dialog: FilingDialog, save) -> None:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                save(dialog.filing())
            except filings.FilingInvalid as exc:
                prompts.error(self, self.tr("The filing was not saved"), filing_error(exc))
                continue
            except (VaultError, filings.FilingNotFound) as exc:
                prompts.error(self, self.tr("The filing was not saved"), messages.vault_error(exc))
            break
        self.refresh()
        self.changed.emit()

    def add(self) -> None:
        if self._vault is not None and self._case_id:
            self._run(FilingDialog(None, self), lambda f: filings.add(self._vault, self._case_id, f))

    def edit(self, row: int) -> None:
        view = self.model.record(row)
        if view is not None:
            self._run(FilingDialog(view.filing, self), lambda f: filings.update(self._vault, f))


class CaseRapidPanel(QWidget):
    """The editor's "Urgent" tab: why this client is at risk of removal now (if so), the
    checklist, the draft of an urgent request, and every filing of the case."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._case_id, self._reference = None, None, ""
        self.risk_label = QLabel(self)
        self.risk_label.setObjectName("caseRisk")
        self.risk_label.setWordWrap(True)
        self.risk_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.checklist_button = QPushButton(self.tr("Check&list…"), self)
        self.checklist_button.clicked.connect(self.show_checklist)
        self.draft_button = QPushButton(self.tr("Draft &urgent request…"), self)
        self.draft_button.clicked.connect(self.draft_request)
        self.filings = FilingsPanel(self)
        self.filings.changed.connect(self.changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checklist_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        title = QLabel(self.tr("Filings to courts and international bodies"), self)
        title.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.risk_label)
        layout.addLayout(buttons)
        layout.addWidget(title)
        layout.addWidget(self.filings, 1)

    def set_case(self, vault, case_id: str | None, reference: str = "") -> None:
        self._vault, self._case_id, self._reference = vault, case_id, reference
        self.refresh()

    def refresh(self, now: datetime | None = None) -> None:
        rows = risk.at_risk(self._vault, now=now, lang=_lang(), case_ids=[self._case_id]) \
            if self._vault is not None and self._case_id else []
        if rows:
            lines = [f"• {_reason_kind(r.kind)} ({_since(r.since)}) — {r.basis}" for r in rows[0].reasons]
            self.risk_label.setText(self.tr("AT RISK OF REMOVAL NOW") + "\n" + "\n".join(lines))
            self.risk_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.risk_label.setText(self.tr("No removal-risk window is open for this client now."))
            self.risk_label.setStyleSheet("")
        for button in (self.checklist_button, self.draft_button):
            button.setEnabled(bool(self._case_id))
        self.filings.set_case(self._vault, self._case_id)

    def show_checklist(self) -> None:
        if self._vault is not None and self._case_id:
            ChecklistDialog(self._vault, self._case_id, self._reference, self).exec()
            self.changed.emit()

    def draft_request(self) -> None:
        if self._vault is not None and self._case_id:
            DraftDialog(self._vault, self._case_id, self).exec()
            self.changed.emit()


__all__ = ["CaseRapidPanel", "ChecklistDialog", "DraftDialog", "FilingDialog", "FilingsPanel", "RiskBand"]
