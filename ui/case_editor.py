"""The case editor: every field of a case, saved as one transaction.

Tabs: Overview (read-only), Case, Client, Charges, Events, Parties, Detention, Context,
Deadlines, Timeline, Documents, History; each is its own widget (the field tabs live in
``ui/editor/``, each with ``fill(case)``; Case, Client and Context also ``collect(case)``).
The editor works on a copy of the case; ``is_dirty()`` compares that copy with what was
loaded, and leaving with unsaved changes asks first.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import service as case_service
from desktop.cases import drafts
from desktop.cases import story
from desktop.deadlines import service as deadline_service
from desktop.errors import VaultError
from desktop.cases.records import Case, Person
from ui import i18n, messages, prompts
from ui.case_deadlines import DeadlinesPanel
from ui.case_view import CaseView
from ui.documents import DocumentsPanel
from ui.editor.case_tab import CaseTab
from ui.editor.charges_tab import ChargesTab
from ui.editor.client_tab import ClientTab
from ui.editor.context_tab import ContextTab
from ui.editor.detention_tab import DetentionTab
from ui.editor.events_tab import EventsTab
from ui.editor.parties_tab import PartiesTab
from ui.editor.side_tabs import side_tabs
from ui.elide import LONGEST_WORD, ElidedLabel, breakable
from ui.history import HistoryPanel
from ui.timeline import TimelinePanel

#: Which tab holds the fields of a problem's path.
_TAB_OF = {"person": "client", "charges": "charges", "events": "events", "parties": "parties",
           "detention": "detention", "groups": "context", "learned": "context"}


class CaseEditor(QWidget):
    saved = Signal(str)  # case id
    trashed = Signal(str)
    report_requested = Signal(str)  # case id: print or save its summary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.last_changes: case_service.OpChanges | None = None
        self.case: Case | None = None
        self._snapshot = ""
        self.title = ElidedLabel("", self)  # a 10,000-character name must not widen the editor
        self.title.setObjectName("editorTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
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

        # The pages down the left side, labels level: thirteen do not fit in a row (issue 13, item 11).
        self.tabs = side_tabs(self)
        self.overview = CaseView(self)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.case_tab = CaseTab(self)
        self.client_tab = ClientTab(self)
        self.client_tab.name_finished.connect(self._check_duplicate_person)
        self.charges_tab = ChargesTab(self)
        self.events_tab = EventsTab(self)
        self.parties_tab = PartiesTab(self)
        self.case_tab.arrest_date.changed.connect(self._check_arrest)
        self.events_tab.changed.connect(self._check_arrest)
        self.detention_tab = DetentionTab(self)
        self.context_tab = ContextTab(self)
        self.context_tab.known_groups = lambda: [g for g, _n in story.list_groups(self.vault)] if self.vault else []
        self._field_tabs = (self.case_tab, self.client_tab, self.charges_tab, self.events_tab, self.parties_tab,
                            self.detention_tab, self.context_tab)
        self.tabs.addTab(self.case_tab, self.tr("Case"))
        self.tabs.addTab(self.client_tab, self.tr("Client"))
        self.tabs.addTab(self.charges_tab, self.tr("Charges"))
        self.tabs.addTab(self.events_tab, self.tr("Events"))
        self.tabs.addTab(self.parties_tab, self.tr("Parties"))
        self.tabs.addTab(self.detention_tab, self.tr("Detention"))
        self.tabs.addTab(self.context_tab, self.tr("Context"))
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
        from ui.rapid import CaseRapidPanel

        self.urgent = CaseRapidPanel(self)  # removal risk, checklist, drafts, filings (issue 16)
        self.urgent.changed.connect(lambda: self.history.set_case(self.vault, self.case.id if self.case else None))
        self.tabs.addTab(self.urgent, self.tr("Urgent"))
        self._tab_index = {"overview": 0, "case": 1, "client": 2, "charges": 3, "events": 4,
                           "parties": 5, "detention": 6, "context": 7, "deadlines": 8, "timeline": 9,
                           "documents": 10, "history": 11, "urgent": 12}
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
            self.urgent.set_case(None, None)
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
            self.case_tab.reference.setFocus()

    def _fill(self, case: Case) -> None:
        for tab in self._field_tabs:
            tab.fill(case)
        self.case_tab.show_arrest_agreement(case.events)

    def _check_arrest(self) -> None:
        if self.case is not None:
            self.case_tab.show_arrest_agreement(self.case.events)

    def collect(self) -> Case:
        """The case as the widgets now say (the editor's copy, updated)."""
        case = self.case
        self.case_tab.collect(case)
        self.client_tab.collect(case)
        self.context_tab.collect(case)
        return case

    def is_dirty(self) -> bool:
        return self.vault is not None and self.case is not None and drafts.to_json(self.collect()) != self._snapshot

    def _refresh_side_tabs(self, changes: case_service.OpChanges | None = None) -> None:
        """Fill the tabs that read the vault for the case shown; after a save, only those
        that what it changed concerns (``changes``; None: all of them)."""
        case_id = self.case.id if self.case else None
        if changes is not None and changes.nothing:
            return
        everything = changes is None or changes.created
        self.overview.show_case(self.case if case_id else None, self._deadlines())
        if everything:
            self.documents.set_case(self.vault, case_id)  # a save never changes the documents
        self.history.set_case(self.vault, case_id)
        # the risk reads the events, the bars, the client's name and the detention history
        # (a place "whereabouts unknown" is lost contact)
        if everything or changes.events or changes.deadlines or changes.row or "detention" in changes.records:
            self.urgent.set_case(self.vault, case_id, self.case.reference if self.case else "")
        if everything or changes.deadlines:
            self.deadlines.set_vault(self.vault)
            self.deadlines.show_case(case_id)
        if everything or changes.events or changes.deadlines:
            self.timeline.set_vault(self.vault)
            self.timeline.show_case(case_id)
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
        if any(event.id == event_id for event in self.case.events):
            self.tabs.setCurrentIndex(self._tab_index["events"])
            self.events_tab.select_event(event_id)

    def _tab_changed(self, index: int) -> None:
        if index == self._tab_index["overview"] and self.case is not None and self.case.id:
            self.overview.show_case(self.collect(), self._deadlines())

    def _deadlines(self) -> list:
        """The open case's deadlines as stored (the Overview shows the next ones)."""
        if self.vault is None or self.case is None or not self.case.id:
            return []
        try:
            return deadline_service.for_case(self.vault, self.case.id, lang=i18n.language())
        except VaultError:
            return []

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        if self.vault is None or self.case is None:
            return False
        case = self.collect()
        try:
            result = case_service.save_case(self.vault, case)
        except case_service.CaseInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except case_service.CaseNotFound:
            prompts.error(self, self.tr("Not saved"), self.tr("The case no longer exists (it was deleted)."))
            return False
        except VaultError as exc:
            prompts.error(self, self.tr("Not saved"), messages.vault_error(exc))
            return False
        saved = result.case
        #: What the last save changed (desktop.cases.service.OpChanges): the window refreshes
        #: only the views it concerns.
        self.last_changes = result.changes
        self.case = copy.deepcopy(saved)
        self._fill(self.case)
        self._snapshot = drafts.to_json(self.collect())
        self.problems.hide()
        self.duplicate_banner.hide()
        self._refresh_side_tabs(result.changes)
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

    def keep_draft(self, pending: drafts.Pending | None = None) -> bool:
        """Before a lock: keep unsaved edits, and the dialog ``pending`` that was open,
        encrypted in the vault. True if one was kept."""
        if not self.is_dirty() and pending is None:
            return False
        drafts.save_draft(self.vault, self.collect(), pending)
        return True

    # -- client ----------------------------------------------------------------------------
    def _check_duplicate_person(self) -> None:
        if self.vault is None or self.case is None or self.case.id or self._existing_person_id:
            return
        found = case_service.persons_named_like(self.vault, self.client_tab.person_name.text())
        if not found:
            self.duplicate_banner.hide()
            return
        person_id, name = found[0]
        self._existing_person_id = person_id
        self.duplicate_label.setText(self.tr("A client with this name is already in the vault: %1. "
                                             "Use that client instead of creating a duplicate?").replace(
                                                 "%1", breakable(name, LONGEST_WORD)))
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

    # -- events and parties ------------------------------------------------------------------
    def pending_dialog(self) -> drafts.Pending | None:
        """Before a lock: the event, party or detention dialog open now, with what is typed in
        it, or None. It stays a dialog (kept in the encrypted draft), never becomes a record."""
        if self.case is None:
            return None
        for kind, tab in self._pending_tabs().items():
            state = tab.open_dialog_state()
            if state is not None:
                return drafts.Pending(kind, state[0], state[1])
        return None

    def reopen_pending(self, pending: drafts.Pending) -> None:
        """After unlock: the dialog that was open at the lock comes back, unconfirmed."""
        if self.case is None:
            return
        tab = self._pending_tabs()[pending.kind]
        self.tabs.setCurrentWidget(tab)
        tab.reopen(pending.row, pending.record)

    def _pending_tabs(self) -> dict:
        """The tabs whose record dialog a lock keeps open, by the ``kind`` of drafts.Pending."""
        return {"event": self.events_tab, "party": self.parties_tab, "detention": self.detention_tab}

    def add_event(self, event=None) -> None:
        self.events_tab.add_event(event)


def problem_field(path: str) -> str:
    """A field's path in a case ("events[2].date") in the user's words: "event 3, date" (en),
    "событие 3, дата" (ru): never the path itself. The fields are named as the hand-off and
    team screens name them (ui.handoff.field_label)."""
    import re

    from PySide6.QtCore import QCoreApplication

    from ui.handoff import field_label

    translate = QCoreApplication.translate
    items = {
        "events": translate("problems", "event %1"), "charges": translate("problems", "charge %1"),
        "parties": translate("problems", "relative or contact %1"), "names": translate("problems", "spelling %1"),
        "notifications": translate("problems", "notification %1"), "detention": translate("problems", "custody entry %1"),
        "groups": translate("problems", "group %1"), "filings": translate("problems", "filing %1"),
        "checklist": translate("problems", "checklist tick %1"), "tags": translate("problems", "tag %1"),
        "citizenship": translate("problems", "citizenship %1"), "cases": translate("problems", "case %1"),
    }
    parts = {
        "person": translate("problems", "client"), "arrest": translate("problems", "arrest"),
        "learned": translate("problems", "how the case became known"), "id": translate("problems", "identifier"),
        "lang": translate("problems", "language"), "value": translate("problems", "spelling"),
        "jurisdiction": translate("problems", "jurisdiction"), "code": translate("problems", "code"),
        "silence_hours": translate("problems", "hours of silence before an alert"),
        "time_approx": translate("problems", "time is approximate"), "gravity": translate("problems", "gravity"),
        "format": translate("problems", "format name"), "version": translate("problems", "format version"),
        "how": translate("problems", "how"),
    }
    words = []
    for part in (path or "").split("."):
        match = re.fullmatch(r"([a-z_]+)(?:\[(\d+)\])?", part)
        if not match:
            words.append(part)  # already words (a label the caller gave)
            continue
        name, index = match.groups()
        if index is not None and name in items:
            words.append(items[name].replace("%1", str(int(index) + 1)))
        else:
            words.append(parts.get(name) or field_label(name))
    return ", ".join(words)


def problem_text(problem) -> str:
    """A validation or import problem in the user's language, with its field in words (never a
    path such as events[2].date, never "EDTF")."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # each call names its context, so lupdate files it there

    field = problem_field(problem.path) or translate("problems", "the file")
    messages_by_code = {
        "required": translate("problems", "%1: this is required."),
        "date": translate("problems", "%1: not a date. Write a day as 2021-12-31, a month as 2021-12 or a year as "
                                      "2021; add ~ when it is approximate (2021-12~) or ? when it is uncertain "
                                      "(2021?); a period is two dates joined by / (2022-01-28/2022-02-01)."),
        "time": translate("problems", "%1: not a time of day (use HH:MM)."),
        "choice": translate("problems", "%1: choose one of the offered values."),
        "duplicate_reference": translate("problems", "%1: another case already has this reference."),
        "duplicate_charge": translate("problems", "%1: this charge is listed twice; remove one."),
        "text": translate("problems", "%1: the text is too long or contains invalid characters."),
        "lang": translate("problems", "%1: a language is written as two letters, e.g. ru, be, en, pl."),
        "country": translate("problems", "%1: a country is written as two capital letters, e.g. BY, RU."),
        "range": translate("problems", "%1: out of range."),
        "uuid": translate("problems", "%1: not an identifier as Abarona writes them; leave it out for a new "
                                      "case."),
        "type": translate("problems", "%1: a value of the wrong kind (text, a number, true or false, or a list) "
                                      "is in the file here."),
        "unknown_field": translate("problems", "%1: this is not part of an Abarona case file (the file may "
                                               "come from another program or a newer version)."),
        "duplicate_key": translate("problems", "%1: given twice in this case; keep one and import again."),
        "duplicate_id": translate("problems", "%1: two cases of the file have the same identifier."),
        "conflict": translate("problems", "%1: this case is already in the vault; nothing was imported."),
        "order": translate("problems", "%1: the end is before the start."),
        "duplicate_step": translate("problems", "%1: this checklist step is ticked twice in this case; keep one."),
        "moment": translate("problems", "%1: not a date and time with its zone: write it as 2022-04-05T14:30:00Z "
                                        "(UTC) or 2022-04-05T17:30:00+03:00."),
        "filing": translate("problems", "%1: this filing cannot be recorded as given: check its kind, to whom it "
                                        "was filed, the way of sending, and its times (2022-04-05T21:30+03:00; none "
                                        "before the filing itself)."),
        "json": translate("problems", "The file is not a readable case file: it is damaged or cut short, or it "
                                      "is not an Abarona export."),
        "encoding": translate("problems", "The file is not a text file in UTF-8: save it as UTF-8 (in most editors: "
                                          "Save as, encoding UTF-8) and import again."),
        "empty": translate("problems", "The file is empty: there are no cases in it."),
        "format": translate("problems", "This is not an Abarona case file."),
        "version": translate("problems", "The file was written by another version of Abarona that this one "
                                         "cannot read: update Abarona."),
    }
    params = getattr(problem, "params", None) or {}
    if problem.code == "choice" and params.get("allowed"):
        # A file from another program: say what it gave and what a case file may give here.
        value = params.get("value")
        given = str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""
        allowed = ", ".join(str(a) for a in params["allowed"])
        if given:
            return translate("problems", "%1: “%2” is not one of the values a case file can give here: %3.") \
                .replace("%1", field).replace("%2", given[:60]).replace("%3", allowed)
        return translate("problems", "%1: give one of the values a case file can give here: %3.") \
            .replace("%1", field).replace("%3", allowed)
    if problem.code == "line":
        return translate("problems", "%1: one line of at most %2 characters, with no line break or other "
                                     "control character.") \
            .replace("%1", field).replace("%2", str(params.get("max", "")))
    if problem.code == "range" and "low" in params and "high" in params:
        return translate("problems", "%1: give a whole number from %2 to %3.") \
            .replace("%1", field).replace("%2", str(params["low"])).replace("%3", str(params["high"]))
    # A code without words here is said in general terms, never in the service's English.
    return messages_by_code.get(problem.code, translate("problems", "%1: this value cannot be used here.")) \
        .replace("%1", field)
