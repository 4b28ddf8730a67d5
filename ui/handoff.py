"""Hand-off dialogs: export chosen cases into an encrypted package and show its one-time
passphrase once; import a colleague's package, with the list of conflicts to decide (keep
mine, take theirs) and of references that collide with a different case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import service as case_service
from desktop.vaults import handoff
from desktop.errors import VaultError
from desktop.progress import Cancelled
from desktop.cases.vocab import vocabulary
from ui import i18n, prompts
from ui.record_table import fill_width
from ui.backups import _local, failure_text
from ui.tasks import run_with_progress

translate = QCoreApplication.translate  # the name lupdate looks for
_Index = QModelIndex | QPersistentModelIndex


def package_filter() -> str:
    return translate("handoff", "Abarona hand-off packages (*.abarona);;All files (*)")


def entity_label(table: str) -> str:
    return {
        "cases": translate("handoff", "Case"),
        "persons": translate("handoff", "Client"),
        "events": translate("handoff", "Event"),
        "charges": translate("handoff", "Charge"),
        "deadlines": translate("handoff", "Deadline"),
        "parties": translate("handoff", "Party"),
        "case_parties": translate("handoff", "Party's role in the case"),
        "documents": translate("handoff", "Document"),
        "party_notifications": translate("handoff", "Notification to a relative or contact"),
        "case_groups": translate("handoff", "Group of cases"),
        "case_group_members": translate("handoff", "Case in a group"),
        "detention_places": translate("handoff", "Place of detention"),
        "filings": translate("handoff", "Filing"),
        "checklist_ticks": translate("handoff", "Checklist step ticked"),
    }.get(table, table)


def field_label(name: str) -> str:
    labels = {
        "reference": translate("handoff", "reference"), "kind": translate("handoff", "kind"),
        "status": translate("handoff", "status"), "outcome": translate("handoff", "outcome"),
        "summary": translate("handoff", "summary"), "notes": translate("handoff", "notes"),
        "lawyer": translate("handoff", "lawyer"), "region": translate("handoff", "region"),
        "facility": translate("handoff", "detention facility"), "tags": translate("handoff", "tags"),
        "arrest_date": translate("handoff", "arrest date"), "arrest_place": translate("handoff", "arrest place"),
        "display_name": translate("handoff", "name"), "names": translate("handoff", "other spellings"),
        "birth_date": translate("handoff", "birth date"), "hometown": translate("handoff", "hometown"),
        "residence": translate("handoff", "residence"), "contact": translate("handoff", "contact"),
        "publicity": translate("handoff", "publicity"), "citizenship": translate("handoff", "citizenship"),
        "type": translate("handoff", "type"), "date": translate("handoff", "date"),
        "time": translate("handoff", "time"), "place": translate("handoff", "place"),
        "body": translate("handoff", "body"), "text": translate("handoff", "text"),
        "source": translate("handoff", "source"), "title": translate("handoff", "title"),
        "due": translate("handoff", "due"), "name": translate("handoff", "name"),
        "role": translate("handoff", "role"), "note": translate("handoff", "note"),
        "article": translate("handoff", "article"), "part": translate("handoff", "part"),
        "deleted_at": translate("handoff", "in the trash since"),
        "deleted": translate("handoff", "deleted (when, by whom)"),
        "filed_at": translate("handoff", "filed"), "channel": translate("handoff", "sent by"),
        "acknowledged_at": translate("handoff", "acknowledged"), "answer": translate("handoff", "answer"),
        "answered_at": translate("handoff", "answered"), "expected_by": translate("handoff", "answer expected by"),
        "step": translate("handoff", "checklist step"), "done_at": translate("handoff", "ticked"),
        "done_by": translate("handoff", "ticked by"),
        "case_id": translate("handoff", "case"), "case_party_id": translate("handoff", "relative or contact"),
        "group_id": translate("handoff", "group"), "position": translate("handoff", "place in the list"),
        "created_at": translate("handoff", "created"),
        "date_lower": translate("handoff", "date (earliest)"), "date_upper": translate("handoff", "date (latest)"),
        "unknown": translate("handoff", "whereabouts unknown"),
        "since": translate("handoff", "since"), "until": translate("handoff", "until"),
        "since_lower": translate("handoff", "since (earliest)"), "since_upper": translate("handoff", "since (latest)"),
        "until_lower": translate("handoff", "until (earliest)"), "until_upper": translate("handoff", "until (latest)"),
        "filed_utc": translate("handoff", "filed (UTC)"),
        "expected_utc": translate("handoff", "answer expected by (UTC)"),
        "consent": translate("handoff", "consent to contact"), "consent_date": translate("handoff", "consent given on"),
        "safe_to_contact": translate("handoff", "safe to contact"), "contact_how": translate("handoff", "how to contact"),
    }
    return labels.get(name, name.replace("_", " "))


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value) or "—"
    return str(value)


def conflict_label(conflict: handoff.Conflict) -> str:
    """The record in the user's language: “Event 21.01.2021 Arrest (BY-2021-003)”."""
    what = conflict.what
    if conflict.table == "events":
        vocab = vocabulary()
        kind = conflict.record.get("type", "")
        term = vocab.event_types.get(kind)
        what = f"{conflict.record.get('date', '')} {term.label(i18n.language()) if term else kind}"
    label = f"{entity_label(conflict.table)}: {what}"
    if conflict.reference and conflict.table != "cases":
        label += f" ({conflict.reference})"
    return label


# -- export ---------------------------------------------------------------------------------------------

class HandoffExportDialog(QDialog):
    """Export the given cases; then show the package's passphrase, once.

    The passphrase lives only in this dialog's label and is cleared when it closes."""

    exported = Signal(str)  # the package's path

    def __init__(self, vault, case_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand cases over to a colleague"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._vault = vault
        self._case_ids = list(case_ids)
        self.result_package: handoff.HandoffExport | None = None

        self.cases = QListWidget(self)
        for case_id in self._case_ids:
            try:
                case = case_service.get_case_by_id(vault, case_id)
                self.cases.addItem(f"{case.reference} — {case.person.display_name}")
            except (case_service.CaseNotFound, VaultError):
                self.cases.addItem(case_id)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("Where to save the encrypted package"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        explain = QLabel(self.tr("The package holds these cases with their client, charges, events, deadlines, "
                                 "parties and documents, encrypted under a new passphrase of random words that "
                                 "is shown once, after the export."), self)
        explain.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.export_button)
        first = QWidget(self)
        form = QFormLayout(first)
        form.addRow(explain)
        form.addRow(self.tr("Cases:"), self.cases)
        form.addRow(self.tr("Package file:"), target_row)
        form.addRow(self.error_label)
        form.addRow(buttons)

        second = QWidget(self)
        self.done_label = QLabel(second)
        self.done_label.setWordWrap(True)
        self.passphrase_label = QLabel(second)
        self.passphrase_label.setObjectName("oneTimePassphrase")
        font = QFont(self.passphrase_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.passphrase_label.setFont(font)
        self.passphrase_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase_label.setWordWrap(True)
        warning = QLabel(self.tr("Write it down or read it out now: it is shown only this once and stored nowhere. "
                                 "Pass it on by another channel than the file (a call, in person), never in the "
                                 "same message."), second)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        close = QPushButton(self.tr("I have passed it on — &close"), second)
        close.clicked.connect(self.accept)
        inner = QVBoxLayout(second)
        inner.addWidget(self.done_label)
        inner.addSpacing(12)
        inner.addWidget(self.passphrase_label)
        inner.addSpacing(12)
        inner.addWidget(warning)
        inner.addStretch(1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(close)
        inner.addLayout(close_row)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(first)
        self.stack.addWidget(second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(620, 420)

    def _browse(self) -> None:
        path = prompts.save_file(self, self.tr("Save the hand-off package"), "handoff.abarona", package_filter())
        if path:
            self.target.setText(path)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def export(self) -> bool:
        target = self.target.text().strip()
        if not target:
            self._show_error(self.tr("Choose where to save the package."))
            return False
        if Path(target).suffix == "":
            target += ".abarona"
        self._show_error("")
        vault, case_ids = self._vault, self._case_ids
        result, error = run_with_progress(self, self.tr("Writing the hand-off package"), lambda progress:
                                          handoff.export_package(vault, case_ids, target, progress=progress),
                                          vault=vault)
        if isinstance(error, Cancelled):
            self._show_error(self.tr("Cancelled; no package was written."))
            return False
        if isinstance(error, case_service.CaseNotFound):
            self._show_error(self.tr("A chosen case no longer exists; nothing was written."))
            return False
        if error is not None:
            self._show_error(failure_text(error))
            return False
        self.result_package = result
        self.done_label.setText(self.tr("%n case(s) written to %1, encrypted. The colleague needs this passphrase "
                                        "to import them:", "", len(result.cases)).replace("%1", str(result.path)))
        self.passphrase_label.setText(result.passphrase.replace("-", " "))
        self.stack.setCurrentIndex(1)
        self.exported.emit(str(result.path))
        return True

    def done(self, code: int) -> None:  # noqa: D401 - Qt override: forget the passphrase on close
        self.passphrase_label.clear()
        if self.result_package is not None:
            self.result_package = None
        super().done(code)


# -- import ---------------------------------------------------------------------------------------------

class ConflictModel(QAbstractTableModel):
    """One row per conflicting record; the last column is checked to take their version."""

    RECORD, FIELDS, MINE, THEIRS, DECISION = range(5)
    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.conflicts: list[handoff.Conflict] = []
        self.theirs: set[str] = set()

    def set_conflicts(self, conflicts: list[handoff.Conflict]) -> None:
        self.beginResetModel()
        self.conflicts = list(conflicts)
        self.theirs = set()
        self.endResetModel()

    def decisions(self) -> dict[str, str]:
        return {c.key: ("theirs" if c.key in self.theirs else "mine") for c in self.conflicts}

    def set_all(self, theirs: bool) -> None:
        self.theirs = {c.key for c in self.conflicts} if theirs else set()
        if self.conflicts:
            self.dataChanged.emit(self.index(0, self.DECISION), self.index(len(self.conflicts) - 1, self.DECISION))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Record"), self.tr("Differs in"), self.tr("Mine"), self.tr("Theirs"),
                self.tr("Take theirs")][section] if 0 <= section < 5 else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.DECISION:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.conflicts):
            return None
        conflict = self.conflicts[index.row()]
        column = index.column()
        if role == self.CaseIdRole:
            return conflict.case_id
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DECISION:
            return Qt.CheckState.Checked if conflict.key in self.theirs else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        multi = role == Qt.ItemDataRole.ToolTipRole
        joiner = "\n" if multi else "; "
        if column == self.RECORD:
            return conflict_label(conflict)
        if column == self.FIELDS:
            return ", ".join(field_label(f.name) for f in conflict.fields)
        if column in (self.MINE, self.THEIRS):
            side = "mine" if column == self.MINE else "theirs"
            if len(conflict.fields) == 1:
                return _value(getattr(conflict.fields[0], side))
            return joiner.join(f"{field_label(f.name)}: {_value(getattr(f, side))}" for f in conflict.fields)
        if column == self.DECISION:
            return self.tr("theirs") if conflict.key in self.theirs else self.tr("keep mine")
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.DECISION or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.conflicts[index.row()].key
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if checked:
            self.theirs.add(key)
        else:
            self.theirs.discard(key)
        self.dataChanged.emit(index, index)
        return True


class CollisionModel(QAbstractTableModel):
    """Their cases whose reference a different case here has; a new reference imports one."""

    REFERENCE, RECORDS, NEW_REFERENCE = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.collisions: list[handoff.Collision] = []
        self.new_references: dict[str, str] = {}

    def set_collisions(self, collisions: list[handoff.Collision]) -> None:
        self.beginResetModel()
        self.collisions = list(collisions)
        self.new_references = {}
        self.endResetModel()

    def renames(self) -> dict[str, str]:
        return {case_id: ref for case_id, ref in self.new_references.items() if ref.strip()}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.collisions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Their case"), self.tr("Records"), self.tr("Import as (empty: skip)")][section] \
            if 0 <= section < 3 else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.NEW_REFERENCE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.collisions):
            return None
        collision = self.collisions[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.REFERENCE:
            return collision.reference
        if index.column() == self.RECORDS:
            return str(collision.records + 1)
        return self.new_references.get(collision.case_id, "")

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.NEW_REFERENCE or role != Qt.ItemDataRole.EditRole:
            return False
        self.new_references[self.collisions[index.row()].case_id] = str(value or "").strip()
        self.dataChanged.emit(index, index)
        return True


class HandoffImportDialog(QDialog):
    """Open a package with its passphrase, show what it brings, let the user decide the
    conflicts, then merge it (one transaction). Emits ``imported`` with the changed cases."""

    case_requested = Signal(str)
    imported = Signal(list)

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a hand-off package"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._vault = vault
        self.package: handoff.Package | None = None
        self.plan: handoff.ImportPlan | None = None
        self.result_import: handoff.ImportResult | None = None

        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("The package file you received"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setPlaceholderText(self.tr("The words you were told, with spaces or hyphens"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_package)
        self.passphrase.returnPressed.connect(self.open_package)
        pass_row = QHBoxLayout()
        pass_row.addWidget(self.passphrase, 1)
        pass_row.addWidget(self.open_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("packageSummary")
        self.summary.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        self.conflicts = ConflictModel(self)
        self.conflict_table = QTableView(self)
        self.conflict_table.setObjectName("conflictTable")
        self.conflict_table.setModel(self.conflicts)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.verticalHeader().hide()
        self.conflict_table.setWordWrap(False)
        # Mine and theirs share the dialog's width; the record and the fields keep theirs.
        fill_width(self.conflict_table, stretch=(2, 3), fit=(4,), widths={0: 270, 1: 120})
        self.conflict_table.doubleClicked.connect(self._open_case)
        self.conflict_hint = QLabel(self.tr("Conflicts: records you both have, with different content. "
                                            "Yours are kept unless you tick “Take theirs”. Double-click a "
                                            "row to see your case."), self)
        self.conflict_hint.setWordWrap(True)
        keep_all = QPushButton(self.tr("Keep all &mine"), self)
        keep_all.clicked.connect(lambda: self.conflicts.set_all(False))
        take_all = QPushButton(self.tr("Take all &theirs"), self)
        take_all.clicked.connect(lambda: self.conflicts.set_all(True))
        all_row = QHBoxLayout()
        all_row.addWidget(keep_all)
        all_row.addWidget(take_all)
        all_row.addStretch(1)

        self.collisions = CollisionModel(self)
        self.collision_table = QTableView(self)
        self.collision_table.setObjectName("collisionTable")
        self.collision_table.setModel(self.collisions)
        self.collision_table.verticalHeader().hide()
        self.collision_table.horizontalHeader().setStretchLastSection(True)
        self.collision_table.setColumnWidth(0, 180)
        self.collision_hint = QLabel(self.tr("These cases of theirs have a reference that a different case of "
                                             "yours already has. They are skipped, with their records, unless "
                                             "you give them a new reference."), self)
        self.collision_hint.setWordWrap(True)

        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.conflict_hint)
        details.addWidget(self.conflict_table, 2)
        details.addLayout(all_row)
        details.addWidget(self.collision_hint)
        details.addWidget(self.collision_table, 1)
        self.details.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Package:"), path_row)
        form.addRow(self.tr("Passphrase:"), pass_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(920, 620)

    def _browse(self) -> None:
        path = prompts.open_file(self, self.tr("Open a hand-off package"), "", package_filter())
        if path:
            self.path.setText(path)
            self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _close_package(self) -> None:
        if self.package is not None:
            self.package.close()
            self.package = None

    def open_package(self) -> bool:
        path, words = self.path.text().strip(), self.passphrase.text()
        if not path or not words.strip():
            self._show_error(self.tr("Choose the package and type its passphrase."))
            return False
        self._show_error("")
        self._close_package()
        vault = self._vault

        def work(progress):
            package = handoff.open_package(path, words, progress=progress)
            try:
                return package, handoff.plan_import(vault, package)
            except BaseException:
                package.close()
                raise

        result, error = run_with_progress(self, self.tr("Checking the package"), work, vault=vault)
        if error is not None:
            self.details.hide()
            self.import_button.setEnabled(False)
            self.summary.clear()
            self._show_error(self.tr("The package was not opened.") if isinstance(error, Cancelled)
                             else failure_text(error))
            return False
        self.package, self.plan = result
        self._show_plan()
        return True

    def _show_plan(self) -> None:
        plan, package = self.plan, self.package
        references = ", ".join(ref for _id, ref in plan.cases)
        text = self.tr("From %1, made %2: %n case(s) (%3).", "", len(plan.cases)) \
            .replace("%1", package.source_author or self.tr("an unnamed colleague")) \
            .replace("%2", _local(package.created_at)).replace("%3", references)
        text += "\n" + self.tr("New records: %1. Already here and identical: %2. Conflicts: %3. "
                               "References used by another case: %4.") \
            .replace("%1", str(plan.new_count)).replace("%2", str(plan.identical_count)) \
            .replace("%3", str(len(plan.conflicts))).replace("%4", str(len(plan.collisions)))
        if not plan.changes:
            text += "\n" + self.tr("Everything in this package is already in your vault: importing changes nothing.")
        self.summary.setText(text)
        self.conflicts.set_conflicts(plan.conflicts)
        self.collisions.set_collisions(plan.collisions)
        for widget in (self.conflict_hint, self.conflict_table):
            widget.setVisible(bool(plan.conflicts))
        for widget in (self.collision_hint, self.collision_table):
            widget.setVisible(bool(plan.collisions))
        self.details.setVisible(bool(plan.conflicts or plan.collisions))
        self.import_button.setEnabled(plan.changes)

    def apply(self) -> bool:
        if self.package is None:
            return False
        self._show_error("")
        vault, package, plan = self._vault, self.package, self.plan
        decisions, renames = self.conflicts.decisions(), self.collisions.renames()
        result, error = run_with_progress(self, self.tr("Importing the package"), lambda progress:
                                          handoff.apply_import(vault, package, plan, decisions=decisions,
                                                               renames=renames, progress=progress),
                                          vault=vault)
        if isinstance(error, Cancelled):
            self._show_error(self.tr("Cancelled; nothing was imported."))
            return False
        if error is not None:
            self._show_error(failure_text(error))
            return False
        self.result_import = result
        added, replaced = sum(result.added.values()), sum(result.replaced.values())
        text = self.tr("%1 record(s) added, %2 replaced by theirs, %3 conflict(s) kept as yours.") \
            .replace("%1", str(added)).replace("%2", str(replaced)).replace("%3", str(result.kept_mine))
        if result.skipped_cases:
            text += " " + self.tr("Skipped (reference used by another case): %1.").replace(
                "%1", ", ".join(result.skipped_cases))
        prompts.inform(self, self.tr("Hand-off imported"), text)
        self.imported.emit(list(result.case_ids))
        self.accept()
        return True

    def _open_case(self, index: QModelIndex) -> None:
        case_id = self.conflicts.data(index, ConflictModel.CaseIdRole)
        if case_id:
            self.case_requested.emit(case_id)

    def done(self, code: int) -> None:  # Qt override: the package is closed with the dialog
        self._close_package()
        self.passphrase.clear()
        super().done(code)
