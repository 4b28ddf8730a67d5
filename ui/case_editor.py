"""The case editor: every field of a case, saved as one transaction.

Tabs: Overview (read-only), Case, Client, Charges, Events, Parties, Documents, History.
The editor works on a copy of the case; ``is_dirty()`` compares that copy with what was
loaded, and leaving with unsaved changes asks first.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import service as case_service
from desktop.cases import drafts
from desktop.errors import VaultError
from desktop.cases.records import Case, Charge, Person, PersonName
from desktop.cases.vocab import search_articles, vocabulary
from ui import i18n, messages, prompts
from ui.case_deadlines import DeadlinesPanel
from ui.case_dialogs import EventDialog, PartyDialog
from ui.case_view import CaseView
from ui.dates import EdtfEdit, format_edtf
from ui.documents import DocumentsPanel
from ui.history import HistoryPanel
from ui.record_table import RecordTableModel, record_view
from ui.timeline import TimelinePanel

#: Which tab holds the fields of a problem's path.
_TAB_OF = {"person": "client", "charges": "charges", "events": "events", "parties": "parties"}


def _blank(text: str) -> str | None:
    text = text.strip()
    return text or None


class CaseEditor(QWidget):
    saved = Signal(str)  # case id
    trashed = Signal(str)
    report_requested = Signal(str)  # case id: print or save its summary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.case: Case | None = None
        self._snapshot = ""
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.clicked.connect(self.revert)
        self.trash_button = QPushButton(self.tr("Move to &trash"), self)
        self.trash_button.clicked.connect(self.move_to_trash)
        self.report_button = QPushButton(self.tr("Summary &PDF…"), self)
        self.report_button.setToolTip(self.tr("Print or save a summary of the case"))
        self.report_button.clicked.connect(lambda: self.case and self.case.id and self.report_requested.emit(self.case.id))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for button in (self.save_button, self.revert_button, self.report_button, self.trash_button):
            header.addWidget(button)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problemList")
        self.problems.setStyleSheet("QListWidget { color: #b00020; }")
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.duplicate_banner = QWidget(self)
        self.duplicate_label = QLabel(self.duplicate_banner)
        self.duplicate_label.setWordWrap(True)
        self.use_existing = QPushButton(self.tr("Use this client"), self.duplicate_banner)
        self.use_existing.clicked.connect(self._use_existing_person)
        banner = QHBoxLayout(self.duplicate_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.duplicate_label, 1)
        banner.addWidget(self.use_existing)
        self.duplicate_banner.setStyleSheet("background: #fff4ce;")
        self.duplicate_banner.hide()
        self._existing_person_id: str | None = None

        self.tabs = QTabWidget(self)
        self.overview = CaseView(self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self._case_tab(), self.tr("Case"))
        self.tabs.addTab(self._client_tab(), self.tr("Client"))
        self.tabs.addTab(self._charges_tab(), self.tr("Charges"))
        self.tabs.addTab(self._events_tab(), self.tr("Events"))
        self.tabs.addTab(self._parties_tab(), self.tr("Parties"))
        self.deadlines = DeadlinesPanel(self)
        self.deadlines.deadlines_changed.connect(self._deadlines_changed)
        self.deadlines.event_requested.connect(self.show_event)
        self.tabs.addTab(self.deadlines, self.tr("Deadlines"))
        self.timeline = TimelinePanel(self)
        self.timeline.event_requested.connect(self.show_event)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.documents = DocumentsPanel(self)
        self.documents.changed.connect(lambda: self.history.set_case(self.vault, self.case.id if self.case else None))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.history = HistoryPanel(self)
        self.tabs.addTab(self.history, self.tr("History"))
        self._tab_index = {"overview": 0, "case": 1, "client": 2, "charges": 3, "events": 4,
                           "parties": 5, "deadlines": 6, "timeline": 7, "documents": 8, "history": 9}
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.duplicate_banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.set_case(None, None)

    # -- building the tabs ---------------------------------------------------------------
    def _case_tab(self) -> QWidget:
        page = QWidget(self)
        vocab = vocabulary()
        lang = i18n.language()
        self.reference = QLineEdit(page)
        self.reference.setPlaceholderText(self.tr("The organisation's reference, e.g. BY-2026-014"))
        self.kind = QComboBox(page)
        for term in vocab.kinds.values():
            self.kind.addItem(term.label(lang), term.id)
            self.kind.setItemData(self.kind.count() - 1, term.description_ru if lang == "ru" else term.description_en,
                                  Qt.ItemDataRole.ToolTipRole)
        self.status = QComboBox(page)
        for term in vocab.statuses.values():
            self.status.addItem(term.label(lang), term.id)
        self.outcome = QComboBox(page)
        for term in vocab.outcomes.values():
            self.outcome.addItem(term.label(lang), term.id)
        self.arrest_date = EdtfEdit(page, allow_empty=True)
        self.arrest_place = QLineEdit(page)
        self.region = QLineEdit(page)
        self.facility = QLineEdit(page)
        self.facility.setPlaceholderText(self.tr("e.g. SIZO-1, Moscow; special centre for foreign citizens"))
        self.lawyer = QLineEdit(page)
        self.state_appointed = QCheckBox(self.tr("the defence is state-appointed"), page)
        self.at_risk = QCheckBox(self.tr("watch for silence, alarm after"), page)
        self.at_risk.setToolTip(self.tr("Raise an alarm on the dashboard when nobody has heard from the client "
                                        "(no “contact” event) for longer than this."))
        self.silence_hours = QSpinBox(page)
        self.silence_hours.setRange(1, 24 * 30)
        self.silence_hours.setValue(48)
        self.silence_hours.setSuffix(self.tr(" hours"))
        silence = QHBoxLayout()
        silence.addWidget(self.at_risk)
        silence.addWidget(self.silence_hours)
        silence.addStretch(1)
        self.tags = QLineEdit(page)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. interim-measures-ignored, re-arrested"))
        self.summary = QPlainTextEdit(page)
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(90)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Free notes (internal: never in public reports)"))
        form = QFormLayout(page)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Arrest date:"), self.arrest_date)
        form.addRow(self.tr("Arrest place:"), self.arrest_place)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("Detention facility:"), self.facility)
        form.addRow(self.tr("Responsible lawyer:"), self.lawyer)
        form.addRow("", self.state_appointed)
        form.addRow("", silence)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Summary:"), self.summary)
        form.addRow(self.tr("Notes:"), self.notes)
        return page

    def _client_tab(self) -> QWidget:
        page = QWidget(self)
        vocab = vocabulary()
        lang = i18n.language()
        self.person_name = QLineEdit(page)
        self.person_name.setPlaceholderText(self.tr("The name as you use it, in any script"))
        self.person_name.editingFinished.connect(self._check_duplicate_person)
        self.spellings = QPlainTextEdit(page)
        self.spellings.setTabChangesFocus(True)
        self.spellings.setMaximumHeight(100)
        self.spellings.setPlaceholderText(self.tr("One spelling a line, optionally with its language after "
                                                  "a bar: Аляксей Кудзін | be"))
        self.birth_date = EdtfEdit(page, allow_empty=True)
        self.citizenship = QLineEdit(page)
        self.citizenship.setPlaceholderText("BY, RU")
        self.hometown = QLineEdit(page)
        self.residence = QLineEdit(page)
        self.residence.setPlaceholderText(self.tr("Where the client lives in Russia"))
        self.contact = QLineEdit(page)
        self.contact.setPlaceholderText(self.tr("Phone, messenger, relatives to call (never in public reports)"))
        self.publicity = QComboBox(page)
        for term in vocab.publicity.values():
            self.publicity.addItem(term.label(lang), term.id)
            self.publicity.setItemData(self.publicity.count() - 1,
                                       term.description_ru if lang == "ru" else term.description_en,
                                       Qt.ItemDataRole.ToolTipRole)
        self.person_notes = QPlainTextEdit(page)
        self.person_notes.setTabChangesFocus(True)
        form = QFormLayout(page)
        form.addRow(self.tr("Name:"), self.person_name)
        form.addRow(self.tr("Other spellings:"), self.spellings)
        form.addRow(self.tr("Born:"), self.birth_date)
        form.addRow(self.tr("Citizenship:"), self.citizenship)
        form.addRow(self.tr("Hometown:"), self.hometown)
        form.addRow(self.tr("Residence in Russia:"), self.residence)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("In public reports:"), self.publicity)
        form.addRow(self.tr("Notes on the client:"), self.person_notes)
        return page

    def _charges_tab(self) -> QWidget:
        page = QWidget(self)
        vocab = vocabulary()
        self.charge_model = RecordTableModel([
            (self.tr("Article"), lambda c: f"{c.jurisdiction} {c.code} {c.article}"),
            (self.tr("Part"), lambda c: c.part or ""),
            (self.tr("Title"), lambda c: (a.title(i18n.language()) if (a := vocab.article(
                c.jurisdiction, c.code, c.article)) else "")),
            (self.tr("Note"), lambda c: c.note or ""),
        ], self)
        self.charge_table = record_view(page, self.charge_model)
        self.charge_search = QLineEdit(page)
        self.charge_search.setObjectName("chargeSearch")
        self.charge_search.setPlaceholderText(self.tr("Find an article by number or words of its title "
                                                      "(English or Russian), then press Enter"))
        self._charge_completions = QStringListModel(self)
        completer = QCompleter(self._charge_completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._charge_chosen)
        self.charge_search.setCompleter(completer)
        self.charge_search.textEdited.connect(self._charge_candidates)
        self.charge_search.returnPressed.connect(lambda: self._charge_chosen(self.charge_search.text()))
        self.charge_part = QLineEdit(page)
        self.charge_part.setPlaceholderText(self.tr("part"))
        self.charge_part.setMaximumWidth(80)
        remove = QPushButton(self.tr("Remove the selected charge"), page)
        remove.clicked.connect(self._remove_charge)
        add_row = QHBoxLayout()
        add_row.addWidget(self.charge_search, 1)
        add_row.addWidget(self.charge_part)
        layout = QVBoxLayout(page)
        layout.addLayout(add_row)
        layout.addWidget(self.charge_table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _events_tab(self) -> QWidget:
        page = QWidget(self)
        vocab = vocabulary()
        self.event_model = RecordTableModel([
            (self.tr("Date"), lambda e: format_edtf(e.date)),
            (self.tr("Time"), lambda e: e.time or ""),
            (self.tr("Event"), lambda e: vocab.event_types[e.type].label(i18n.language())
             if e.type in vocab.event_types else e.type),
            (self.tr("Place / body"), lambda e: " · ".join(x for x in (e.place, e.body) if x)),
            (self.tr("Details"), lambda e: e.text or ""),
        ], self)
        self.event_table = self._list_page(page, self.event_model, [
            (self.tr("&Add an event…"), lambda: self.add_event()),
            (self.tr("&Edit…"), lambda: self.edit_event(self.event_table.currentIndex().row())),
            (self.tr("Remove"), self._remove_event),
        ])
        self.event_table.setObjectName("eventTable")
        self.event_table.doubleClicked.connect(lambda index: self.edit_event(index.row()))
        return page

    def _parties_tab(self) -> QWidget:
        page = QWidget(self)
        vocab = vocabulary()
        self.party_model = RecordTableModel([
            (self.tr("Name"), lambda p: p.name),
            (self.tr("Role"), lambda p: vocab.party_roles[p.role].label(i18n.language())
             if p.role in vocab.party_roles else p.role),
            (self.tr("Contact"), lambda p: p.contact or ""),
            (self.tr("Note"), lambda p: p.note or ""),
        ], self)
        self.party_table = self._list_page(page, self.party_model, [
            (self.tr("Add a &party…"), lambda: self._edit_party(-1)),
            (self.tr("Edit…"), lambda: self._edit_party(self.party_table.currentIndex().row())),
            (self.tr("Remove"), self._remove_party),
        ])
        self.party_table.doubleClicked.connect(lambda index: self._edit_party(index.row()))
        return page

    @staticmethod
    def _list_page(page: QWidget, model, actions) -> QTableView:
        """A table of records with a row of buttons above it; returns the table."""
        table = record_view(page, model)
        buttons = QHBoxLayout()
        for text, slot in actions:
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(table, 1)
        return table

    # -- loading and collecting ----------------------------------------------------------
    def set_case(self, vault, case: Case | None, *, dirty_from: Case | None = None) -> None:
        """Show ``case`` (a new case when None). ``dirty_from`` restores unsaved edits."""
        self.vault = vault
        if vault is None:
            self.case = None
            self._snapshot = ""
            self._fill(Case(reference="", kind="extradition", person=Person(display_name="")))
            self.setEnabled(False)
            self.overview.show_case(None)
            self.documents.set_case(None, None)
            self.history.set_case(None, None)
            self.title.setText("")
            return
        self.setEnabled(True)
        base = case or Case(reference="", kind="extradition", person=Person(display_name=""))
        self.case = copy.deepcopy(base)
        self._fill(self.case)
        self._snapshot = drafts.to_json(self.collect())
        if dirty_from is not None:
            self.case = copy.deepcopy(dirty_from)
            self._fill(self.case)
        self._existing_person_id = None
        self.duplicate_banner.hide()
        self.problems.hide()
        self._refresh_side_tabs()
        self.tabs.setCurrentIndex(self._tab_index["overview" if case and case.id else "case"])
        if not (case and case.id):
            self.reference.setFocus()

    def _fill(self, case: Case) -> None:
        def combo(box: QComboBox, value) -> None:
            box.setCurrentIndex(max(box.findData(value), 0))

        self.reference.setText(case.reference or "")
        combo(self.kind, case.kind)
        combo(self.status, case.status)
        combo(self.outcome, case.outcome)
        self.arrest_date.setText(case.arrest_date)
        self.arrest_place.setText(case.arrest_place or "")
        self.region.setText(case.region or "")
        self.facility.setText(case.facility or "")
        self.lawyer.setText(case.lawyer or "")
        self.state_appointed.setChecked(case.state_appointed)
        self.at_risk.setChecked(case.at_risk)
        self.silence_hours.setValue(case.silence_hours or 48)
        self.tags.setText(", ".join(case.tags))
        self.summary.setPlainText(case.summary or "")
        self.notes.setPlainText(case.notes or "")
        person = case.person
        self.person_name.setText(person.display_name or "")
        self.spellings.setPlainText("\n".join(
            n.value + (f" | {n.lang}" if n.lang else "") for n in person.names))
        self.birth_date.setText(person.birth_date)
        self.citizenship.setText(", ".join(person.citizenship))
        self.hometown.setText(person.hometown or "")
        self.residence.setText(person.residence or "")
        self.contact.setText(person.contact or "")
        combo(self.publicity, person.publicity)
        self.person_notes.setPlainText(person.notes or "")
        self.charge_model.set_records(case.charges)
        self.event_model.set_records(case.events)
        self.party_model.set_records(case.parties)
        self.event_table.resizeColumnsToContents()

    def collect(self) -> Case:
        """The case as the widgets now say (the editor's copy, updated)."""
        case = self.case
        case.reference = self.reference.text().strip()
        case.kind = self.kind.currentData()
        case.status = self.status.currentData()
        case.outcome = self.outcome.currentData()
        case.arrest_date = self.arrest_date.text() or None
        case.arrest_place = _blank(self.arrest_place.text())
        case.region = _blank(self.region.text())
        case.facility = _blank(self.facility.text())
        case.lawyer = _blank(self.lawyer.text())
        case.state_appointed = self.state_appointed.isChecked()
        case.at_risk = self.at_risk.isChecked()
        case.silence_hours = self.silence_hours.value() if self.at_risk.isChecked() else case.silence_hours
        case.tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        case.summary = _blank(self.summary.toPlainText())
        case.notes = _blank(self.notes.toPlainText())
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
        person.hometown = _blank(self.hometown.text())
        person.residence = _blank(self.residence.text())
        person.contact = _blank(self.contact.text())
        person.publicity = self.publicity.currentData()
        person.notes = _blank(self.person_notes.toPlainText())
        return case

    def is_dirty(self) -> bool:
        return self.vault is not None and self.case is not None and drafts.to_json(self.collect()) != self._snapshot

    def _refresh_side_tabs(self) -> None:
        case_id = self.case.id if self.case else None
        self.overview.show_case(self.case if case_id else None)
        self.documents.set_case(self.vault, case_id)
        self.history.set_case(self.vault, case_id)
        for panel in (self.deadlines, self.timeline):
            panel.set_vault(self.vault)
            panel.show_case(case_id)
        self.report_button.setEnabled(bool(case_id))
        if case_id:
            self.title.setText(f"{self.case.reference} — {self.case.person.display_name}")
        else:
            self.title.setText(self.tr("New case"))
        self.trash_button.setEnabled(bool(case_id))

    def _deadlines_changed(self) -> None:
        case_id = self.case.id if self.case else None
        self.timeline.show_case(case_id)
        self.history.set_case(self.vault, case_id)

    def show_event(self, event_id: str) -> None:
        """Bring an event forward in the Events tab (from a deadline or a timeline marker)."""
        if self.case is None:
            return
        for row, event in enumerate(self.case.events):
            if event.id == event_id:
                self.tabs.setCurrentIndex(self._tab_index["events"])
                self.event_table.selectRow(row)
                return

    def _tab_changed(self, index: int) -> None:
        if index == self._tab_index["overview"] and self.case is not None and self.case.id:
            self.overview.show_case(self.collect())

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.vault is None or self.case is None:
            return False
        case = self.collect()
        new = not case.id
        try:
            saved = case_service.create_case(self.vault, case) if new else case_service.update_case(self.vault, case)
        except case_service.CaseInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except case_service.CaseNotFound:
            prompts.error(self, self.tr("Not saved"), self.tr("The case no longer exists (it was deleted)."))
            return False
        except VaultError as exc:
            prompts.error(self, self.tr("Not saved"), messages.vault_error(exc))
            return False
        self.case = copy.deepcopy(saved)
        self._fill(self.case)
        self._snapshot = drafts.to_json(self.collect())
        self.problems.hide()
        self.duplicate_banner.hide()
        self._refresh_side_tabs()
        self.saved.emit(saved.id)
        return True

    def show_problems(self, problems) -> None:
        self.problems.clear()
        for problem in problems:
            text = problem_text(problem)
            self.problems.addItem(text)
            self.problems.item(self.problems.count() - 1).setData(Qt.ItemDataRole.UserRole, problem.path)
        self.problems.setVisible(bool(problems))
        if problems:
            self._go_to_problem(self.problems.item(0))

    def _go_to_problem(self, item) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) or ""
        head = path.split(".")[0].split("[")[0]
        self.tabs.setCurrentIndex(self._tab_index[_TAB_OF.get(head, "case")])

    def maybe_leave(self) -> bool:
        """True when the editor may show something else (saved, discarded or clean)."""
        if not self.is_dirty():
            return True
        answer = prompts.ask_save(self, self.tr("Unsaved changes"),
                                  self.tr("This case has changes that are not saved. Save them?"))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def revert(self) -> None:
        if self.case is None:
            return
        original = drafts.from_json(self._snapshot)
        self.case = original
        self._fill(self.case)
        self.problems.hide()

    def move_to_trash(self) -> None:
        if self.vault is None or self.case is None or not self.case.id:
            return
        if not prompts.confirm(self, self.tr("Move to trash?"),
                               self.tr("The case goes to the trash, from where it can be restored until "
                                       "the trash is emptied.")):
            return
        try:
            case_service.delete_case(self.vault, self.case.id)
        except VaultError as exc:
            prompts.error(self, self.tr("Not moved"), messages.vault_error(exc))
            return
        case_id = self.case.id
        self.set_case(self.vault, None)
        self.trashed.emit(case_id)

    def keep_draft(self) -> bool:
        """Before a lock: keep unsaved edits encrypted in the vault. True if one was kept."""
        if not self.is_dirty():
            return False
        drafts.save_draft(self.vault, self.collect())
        return True

    # -- client ----------------------------------------------------------------------------
    def _check_duplicate_person(self) -> None:
        if self.vault is None or self.case is None or self.case.id or self._existing_person_id:
            return
        found = case_service.persons_named_like(self.vault, self.person_name.text())
        if not found:
            self.duplicate_banner.hide()
            return
        person_id, name = found[0]
        self._existing_person_id = person_id
        self.duplicate_label.setText(self.tr("A client with this name is already in the vault: %1. "
                                             "Use that client instead of creating a duplicate?").replace("%1", name))
        self.duplicate_banner.show()

    def _use_existing_person(self) -> None:
        from desktop.cases import persons as person_service

        person = person_service.get_person(self.vault, self._existing_person_id) if self._existing_person_id else None
        if person is None:
            return
        case = self.collect()  # keep what was typed on the other tabs
        case.person = person  # linked by id: saving adds this case to that client
        self.case = case
        self._fill(case)
        self.duplicate_banner.hide()

    # -- charges ---------------------------------------------------------------------------
    def _charge_candidates(self, text: str) -> None:
        lang = i18n.language()
        self._charge_completions.setStringList(
            [f"{a.key} — {a.title(lang)}" for a in search_articles(text, lang=lang, limit=30)] if text.strip() else [])

    def _charge_chosen(self, text: str) -> None:
        key = text.split(" — ")[0].strip()
        parts = key.split()
        if len(parts) == 3 and parts[0] in ("BY", "RU") and parts[1] in ("CC", "AO"):
            jurisdiction, code, article = parts
        else:
            matches = search_articles(text, lang=i18n.language(), limit=2)
            if len(matches) != 1:
                return
            jurisdiction, code, article = matches[0].jurisdiction, matches[0].code, matches[0].article
        self.case.charges.append(Charge(jurisdiction, code, article, _blank(self.charge_part.text())))
        self.charge_model.refresh()
        self.charge_search.clear()
        self.charge_part.clear()

    def _remove_charge(self) -> None:
        row = self.charge_table.currentIndex().row()
        if 0 <= row < len(self.case.charges):
            del self.case.charges[row]
            self.charge_model.refresh()

    # -- events ----------------------------------------------------------------------------
    def _run_record_dialog(self, dialog, kind: str, row: int | None) -> bool:
        """exec() a record dialog, remembered while it is open so that a lock can keep what
        is typed in it (absorb_open_dialog)."""
        self._open_dialog = (dialog, kind, row)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._open_dialog = None

    def _put_record(self, kind: str, row: int | None, record) -> None:
        records = self.case.events if kind == "event" else self.case.parties
        if row is None:
            records.append(record)
        else:
            records[row] = record
        if kind == "event":
            self._sort_events()
        else:
            self.party_model.refresh()

    def absorb_open_dialog(self) -> bool:
        """Before a lock: an event or party being typed goes into the case (and so into the
        encrypted draft) when it is valid. True if one was taken."""
        opened = getattr(self, "_open_dialog", None)
        if not opened or self.case is None:
            return False
        dialog, kind, row = opened
        record = dialog.record_if_valid()
        if record is None:
            return False
        self._put_record(kind, row, record)
        self._open_dialog = None
        return True

    def add_event(self, event=None) -> None:
        dialog = EventDialog(event, self)
        if self._run_record_dialog(dialog, "event", None):
            self._put_record("event", None, dialog.event_record())

    def edit_event(self, row: int) -> None:
        if not 0 <= row < len(self.case.events):
            return
        dialog = EventDialog(self.case.events[row], self)
        if self._run_record_dialog(dialog, "event", row):
            self._put_record("event", row, dialog.event_record())

    def _sort_events(self) -> None:
        from desktop.dates import edtf as dates

        def key(event):
            try:
                lower = dates.parse(event.date).lower
            except dates.DateError:
                lower = dates.OPEN_UPPER
            return (lower, event.time or "")

        self.case.events.sort(key=key)  # stable: same-day events keep the order they were entered
        self.event_model.refresh()

    def _remove_event(self) -> None:
        row = self.event_table.currentIndex().row()
        if 0 <= row < len(self.case.events) and prompts.confirm(
                self, self.tr("Remove the event?"), self.tr("The event is removed when you save the case.")):
            del self.case.events[row]
            self.event_model.refresh()

    # -- parties ---------------------------------------------------------------------------
    def _edit_party(self, row: int) -> None:
        current = self.case.parties[row] if 0 <= row < len(self.case.parties) else None
        dialog = PartyDialog(current, self)
        if self._run_record_dialog(dialog, "party", row if current is not None else None):
            self._put_record("party", row if current is not None else None, dialog.party())

    def _remove_party(self) -> None:
        row = self.party_table.currentIndex().row()
        if 0 <= row < len(self.case.parties):
            del self.case.parties[row]
            self.party_model.refresh()


def problem_text(problem) -> str:
    """A validation problem in the user's language, with its field."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("problems", text)

    field = problem.path
    messages_by_code = {
        "required": tr("%1: this is required."),
        "date": tr("%1: not a date (use e.g. 2021-12-31, 2021-12, 2021-12~ or 2022-01-28/2022-02-01)."),
        "time": tr("%1: not a time of day (use HH:MM)."),
        "choice": tr("%1: choose one of the offered values."),
        "duplicate_reference": tr("%1: another case already has this reference."),
        "text": tr("%1: the text is too long or contains invalid characters."),
        "lang": tr("%1: a language is written as two letters, e.g. ru, be, en, pl."),
        "country": tr("%1: a country is written as two capital letters, e.g. BY, RU."),
        "range": tr("%1: out of range."),
    }
    return messages_by_code.get(problem.code, tr("%1: %2")).replace("%1", field).replace("%2", problem.message)
