"""The main window: the start screen while locked, the workspace while a vault is open.

The workspace hosts pages in a navigation list. A page is a QWidget with
``set_vault(vault_or_None)`` (None: locked, so it empties itself) and, where its rows stand
for cases, a ``case_requested(str)`` signal with a case id.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QThread, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.cases import service as case_service
from desktop.cases import drafts
from desktop.cases import interchange
from desktop.vaults.atomic import WriteFailed
from desktop.errors import VaultError, WalNotMerged
from desktop import vaults
from desktop.vaults import backups, places
from desktop.progress import Cancelled
from desktop.rapid import risk
from ui import access, i18n, messages, prompts, settings
from ui.case_editor import CaseEditor
from ui.case_list import CaseListPage
from ui.backups import BackupsPage
from ui.dashboard import DashboardPage
from ui.duplicates import DuplicatesDialog
from ui.handoff import HandoffExportDialog, HandoffImportDialog
from ui.report_dialog import ReportDialog
from ui.screening import ScreeningPage
from ui.idle import IdleWatcher
from ui.people import PeoplePage
from ui.settings_dialog import SettingsDialog
from ui.system_lock import SystemLockWatcher
from ui import tasks
from ui.tasks import run_with_progress
from ui.team import TeamPage
from ui.trash import TrashPage
from ui.unlock import StartScreen


class CasesSplitter(QSplitter):
    """The case list beside the editor. Each time a vault opens, the list first gets the width
    its first five columns need (reference, client, kind, status, next due), and the editor
    the rest, never less than its minimum (a 1366-pixel screen shows both; issue 13, item 11).
    After that the user's dragging is left alone."""

    def __init__(self, case_list: CaseListPage, editor: CaseEditor, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.case_list, self.editor = case_list, editor
        self.addWidget(case_list)
        self.addWidget(editor)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.fit_pending = False

    def fit_list(self) -> None:
        """Fit the list as the class says, now when the splitter is laid out, else when it is."""
        self.fit_pending = True
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        total = sum(self.sizes())
        if not self.fit_pending or not self.isVisible() or total <= 0 or not self.case_list.model.rowCount():
            return
        self.fit_pending = False
        editor_needs = self.editor.minimumSizeHint().width()
        width = max(self.case_list.minimumSizeHint().width(), min(self.case_list.width_for_columns(), total - editor_needs))
        self.setSizes([width, total - width])
        if not self.case_list._layout_saved:
            self.case_list.fit_columns(width)


class Workspace(QWidget):
    """Navigation on the left, the chosen page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = None
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        self.case_list = CaseListPage(self)
        self.editor = CaseEditor(self)
        self.cases_page = CasesSplitter(self.case_list, self.editor, self)
        self.dashboard = DashboardPage(self)
        self.people = PeoplePage(self)
        self.screening = ScreeningPage(self)
        self.backups = BackupsPage(self)
        self.trash = TrashPage(self)
        self.team = TeamPage(self)  # issue 17: team sync
        self.team.can_sync = lambda: not self.editor.is_dirty()
        self.team.changed.connect(self.vault_changed_elsewhere)
        self._page_names: list[str] = []
        self.add_page("dashboard", self.tr("Dashboard"), self.dashboard)
        self.add_page("cases", self.tr("Cases"), self.cases_page)
        self.add_page("people", self.tr("People"), self.people)
        self.add_page("screening", self.tr("Wanted lists"), self.screening)
        self.add_page("backups", self.tr("Backups"), self.backups)
        self.add_page("team", self.tr("Team"), self.team)
        self.add_page("trash", self.tr("Trash"), self.trash)
        self.dashboard.page_requested.connect(self.show_page)
        self.backups.status_changed.connect(self.dashboard.refresh_status)
        self.nav.currentRowChanged.connect(self._page_changed)
        self.nav.setCurrentRow(0)
        # As wide as its longest label in the language in use, no wider.
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self._current_case_id: str | None = None
        self.case_list.case_selected.connect(self.open_case)
        # Enter (or a double click) on a case in the list: into the editor, on its first field.
        self.case_list.table.activated.connect(lambda _index: self.focus_editor())
        self.editor.saved.connect(self._case_saved)
        self.editor.report_requested.connect(self.open_report)
        self.editor.trashed.connect(self._case_trashed)
        self.trash.changed.connect(self.case_list.model.refresh)

    def add_page(self, name: str, title: str, page: QWidget) -> None:
        self._page_names.append(name)
        self.pages.addWidget(page)
        self.nav.addItem(title)
        if hasattr(page, "case_requested"):
            page.case_requested.connect(self.open_case_and_focus)

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(self._page_names.index(name))

    def current_page(self) -> str:
        return self._page_names[self.nav.currentRow()]

    def _page_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if self.pages.widget(row) is self.cases_page:
            self.cases_page._fit()
        page = self.pages.widget(row)
        if self.vault is not None and hasattr(page, "refresh"):
            page.refresh()

    def set_vault(self, vault) -> None:
        self.vault = vault
        self._current_case_id = None
        self.case_list.set_vault(vault)
        if vault is not None:
            self.cases_page.fit_list()
        self.editor.set_case(vault, None)
        for i in range(self.pages.count()):
            page = self.pages.widget(i)
            if hasattr(page, "set_vault"):
                page.set_vault(vault)

    def open_case(self, case_id: str) -> bool:
        """Show a case in the editor (asking first about unsaved changes)."""
        if self.vault is None or not case_id:
            return False
        if case_id == self._current_case_id and self.current_page() == "cases":
            return True
        if not self.editor.maybe_leave():
            if self._current_case_id:
                self.case_list.select_case(self._current_case_id)
            return False
        try:
            case = case_service.get_case_by_id(self.vault, case_id)
        except (VaultError, case_service.CaseNotFound) as exc:
            prompts.error(self, self.tr("Cannot open the case"), messages.vault_error(exc)
                          if isinstance(exc, VaultError) else self.tr("The case no longer exists."))
            return False
        self._current_case_id = case_id
        self.editor.set_case(self.vault, case)
        if self.current_page() != "cases":
            self.show_page("cases")
        self.case_list.select_case(case_id)
        return True

    def open_case_and_focus(self, case_id: str) -> bool:
        """Open a case from another page (dashboard, people, lists) with the keyboard focus on
        a visible field of the editor."""
        opened = self.open_case(case_id)
        if opened:
            self.focus_editor()
        return opened

    def focus_editor(self) -> None:
        tabs = self.editor.tabs
        if not access.focus_first_field(tabs.currentWidget()):
            tabs.tabBar().setFocus()

    def show_tab(self, index: int) -> None:
        if self.current_page() == "cases" and self.editor.case is not None and self.editor.tabs.isTabEnabled(index):
            self.editor.tabs.setCurrentIndex(index)

    def switch_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab of the case editor, wherever the focus is."""
        if self.current_page() != "cases" or self.editor.case is None:
            return
        tabs = self.editor.tabs
        index = tabs.currentIndex()
        for _ in range(tabs.count()):
            index = (index + step) % tabs.count()
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                return

    def new_case(self) -> None:
        if self.vault is None or not self.editor.maybe_leave():
            return
        self.show_page("cases")
        self._current_case_id = None
        self.case_list.table.clearSelection()
        self.editor.set_case(self.vault, None)

    def restore_draft(self, draft) -> None:
        self.show_page("cases")
        if draft.id:
            try:
                original = case_service.get_case_by_id(self.vault, draft.id)
            except case_service.CaseNotFound:
                original = None
            self._current_case_id = draft.id if original else None
            self.editor.set_case(self.vault, original, dirty_from=draft)
        else:
            self.editor.set_case(self.vault, None, dirty_from=draft)

    def _case_saved(self, case_id: str) -> None:
        """Refresh what the save changed (issue 18, item 5): the case list when a field it
        shows changed, the people list when the client did."""
        self._current_case_id = case_id
        changes = self.editor.last_changes
        if changes is None or changes.row or changes.created:
            self.case_list.model.refresh()
            self.case_list.select_case(case_id)
        if changes is None or changes.person or changes.created:
            self.people.refresh()

    def open_report(self, case_id: str | None = None) -> None:
        """The report dialog: a case summary, or (no case) the aggregate report."""
        if self.vault is None:
            return
        dialog = ReportDialog(self.vault, case_id, self)
        try:
            dialog.exec()
        finally:
            dialog.set_vault(None)  # no PDF of case data stays in memory
            dialog.deleteLater()

    def vault_changed_elsewhere(self) -> None:
        """An import or a merge changed cases behind the views: show them again, and load the
        open case afresh, so that no stale copy can be saved over what was merged in. (The
        editor was clean: both operations ask about unsaved changes before they start.)"""
        self.case_list.model.refresh()
        self.people.refresh()
        self.dashboard.refresh()
        case_id = self._current_case_id
        try:
            case = case_service.get_case_by_id(self.vault, case_id) if case_id else None
        except case_service.CaseNotFound:
            case = None
        if case is None:
            self._current_case_id = None
        self.editor.set_case(self.vault, case)

    def hand_off(self) -> None:
        """Export the cases selected in the list (or the open one) as an encrypted package."""
        if self.vault is None or not self.editor.maybe_leave():
            return
        case_ids = self.case_list.selected_ids() or ([self._current_case_id] if self._current_case_id else [])
        if not case_ids:
            prompts.inform(self, self.tr("Hand off cases"),
                           self.tr("Select the cases to hand off in the list first (Ctrl or Shift for several)."))
            return
        dialog = HandoffExportDialog(self.vault, case_ids, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def import_handoff(self) -> None:
        if self.vault is None or not self.editor.maybe_leave():
            return
        dialog = HandoffImportDialog(self.vault, self)
        dialog.imported.connect(lambda _ids: self.vault_changed_elsewhere())
        dialog.case_requested.connect(lambda case_id: (dialog.accept(), self.open_case(case_id)))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def find_duplicates(self) -> None:
        if self.vault is None or not self.editor.maybe_leave():
            return
        dialog = DuplicatesDialog(self.vault, self)
        dialog.case_requested.connect(lambda case_id: (dialog.accept(), self.open_case(case_id)))
        dialog.persons_merged.connect(lambda _id: self.vault_changed_elsewhere())
        try:
            dialog.find()
            dialog.exec()
        finally:
            dialog.set_vault(None)
            dialog.deleteLater()

    def _case_trashed(self, _case_id: str) -> None:
        self._current_case_id = None
        self.case_list.model.refresh()
        self.trash.refresh()


class WindowPages(QStackedWidget):
    """The start screen and the workspace, inside the window's scroll area. The scroll area
    asks a widget whose layout wraps text for its height at the viewport's width, and Qt's
    stacked layout answers with the *preferred* height of its tallest page (the backups page:
    793 pixels), so the Backups, Team and Trash pages scrolled on a 1366×768 screen with room
    to spare. The pages need only their minimum height: they scroll when that does not fit."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.minimumSizeHint().height()


class SealCheck(QThread):
    """Reads the vault's content digest off the GUI thread, on a connection of its own
    (db.vault.seal_reader: the vault's connection belongs to the GUI thread); ``verdict``
    then compares it on the GUI thread with the seal of the last clean close.

    A check belongs to no window: Qt ends the whole program ("QThread: Destroyed while thread
    is still running", then abort) when a running thread's parent is deleted, and a window
    can be deleted while its check still reads (closed with a task running, or collected
    without ever closing). Each check stays in ``_alive`` until it has finished; the next
    check drops the finished ones."""

    _alive: list[SealCheck] = []

    def __init__(self, vault) -> None:
        super().__init__()
        self.vault = vault  # compared by identity on the GUI thread only
        self._read = vaults.seal_reader(vault)  # taken here, on the vault's owner thread
        self.digest: str | None = None
        SealCheck._alive[:] = [check for check in SealCheck._alive if not check.isFinished()]
        SealCheck._alive.append(self)

    def run(self) -> None:
        try:
            self.digest = self._read()
        except Exception:  # noqa: BLE001 - a check that cannot run says nothing
            self.digest = None


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Abarona")
        self.vault = None
        self._resume: tuple[str, str, str | None] | None = None  # (vault path, page, case id)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        # Lock when the screen locks or the computer is about to sleep (issue 13, item 14).
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.locking.connect(self._system_locking)
        self._follow_system_lock()
        self.backup_timer = QTimer(self)  # daily automatic backups, when the folder is there
        self.backup_timer.setInterval(15 * 60_000)
        # A task holds the vault meanwhile: the backup waits for it (issue 13, item 6).
        self.backup_timer.timeout.connect(lambda: tasks.call_when_idle(self._automatic_backup))
        self.backup_timer.start()
        # Merge the -wal file into the vault file while nothing runs, so that the vault file
        # alone holds every commit (issue 12, item 2).
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(30_000)
        self.checkpoint_timer.timeout.connect(self._checkpoint_when_idle)
        self.checkpoint_timer.start()
        self._seal_check: SealCheck | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            access.install(app)
        self.stack = WindowPages(self)
        # At 200 % on a small laptop the pages are larger than the screen: they scroll inside
        # the window, which itself always fits (its minimum size is small).
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setWidget(self.stack)
        self.setCentralWidget(scroller)
        self._build()
        if settings.discreet():
            settings.clear_recent()
            settings.forget_file_dialogs()
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        access.fit_to_screen(self)

    def _build(self) -> None:
        """(Re)build every widget: also how a change of language takes effect."""
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.menuBar().clear()
        # The window's actions go too: left attached, the old Ctrl+L and the new one would be
        # an ambiguous shortcut, and Qt then fires neither (every shortcut died on a language switch).
        for act in self.actions():
            self.removeAction(act)
            act.deleteLater()
        self.start = StartScreen(self)
        self.workspace = Workspace(self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.workspace)
        self.start.vault_opened.connect(self.set_vault)
        self.workspace.editor.saved.connect(self._say_saved)
        self.workspace.backups.work_started.connect(self.idle.suspend)
        self.workspace.backups.work_finished.connect(self._work_finished)
        if getattr(self, "sync_state", None) is None:  # issue 17: the team's sync state
            self.sync_state = QLabel(self)
            self.sync_state.setObjectName("syncState")
            self.statusBar().addPermanentWidget(self.sync_state)
        self.workspace.team.state_changed.connect(self.sync_state.setText)
        self._make_actions()
        if self.vault is not None:
            self.workspace.set_vault(self.vault)
            self.stack.setCurrentWidget(self.workspace)
        self._update_actions()

    def _make_actions(self) -> None:
        def action(text: str, slot, shortcut=None, menu=None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            if menu is not None:
                menu.addAction(act)
            self.addAction(act)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = action(self.tr("&New case"), lambda: self.workspace.new_case(), QKeySequence.StandardKey.New, file_menu)
        file_menu.addSeparator()
        self.import_action = action(self.tr("&Import cases…"), self.import_cases, "Ctrl+I", file_menu)
        self.export_action = action(self.tr("&Export cases (unencrypted)…"), self.export_cases, None, file_menu)
        file_menu.addSeparator()
        self.report_action = action(self.tr("&Reports…"), lambda: self.workspace.open_report(None), "Ctrl+P", file_menu)
        self.duplicates_action = action(self.tr("Find &duplicate clients…"), lambda: self.workspace.find_duplicates(),
                                        None, file_menu)
        file_menu.addSeparator()
        self.handoff_action = action(self.tr("&Hand off cases to a colleague…"), lambda: self.workspace.hand_off(),
                                     None, file_menu)
        self.handoff_import_action = action(self.tr("Import a hand-off &package…"),
                                            lambda: self.workspace.import_handoff(), None, file_menu)
        self.backup_action = action(self.tr("&Back up now"), lambda: self._back_up_now(), "Ctrl+B", file_menu)
        file_menu.addSeparator()
        self.rekey_action = action(self.tr("Ch&ange passphrase…"), self.change_passphrase, None, file_menu)
        self.check_action = action(self.tr("Check &vault"), self.check_vault, None, file_menu)
        file_menu.addSeparator()
        self.settings_action = action(self.tr("Se&ttings…"), self.open_settings, None, file_menu)
        self.lock_action = action(self.tr("&Lock"), lambda: self.lock_by_user(), "Ctrl+L", file_menu)
        file_menu.addSeparator()
        action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = action(self.tr("&Find…"), self._focus_search, QKeySequence.StandardKey.Find, edit_menu)
        self.trash_action = QAction(self.tr("Move the case to the &trash"), self)
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.trash_action.triggered.connect(lambda: self.workspace.editor.move_to_trash())
        self.workspace.case_list.table.addAction(self.trash_action)  # Delete in the list
        edit_menu.addAction(self.trash_action)
        self.save_action = action(self.tr("&Save the case"), lambda: self.workspace.editor.save(), None, edit_menu)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor owns Ctrl+S
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.page_actions = []
        for row in range(self.workspace.nav.count()):
            title = self.workspace.nav.item(row).text()
            self.page_actions.append(action(title, lambda _=False, r=row: self.workspace.nav.setCurrentRow(r),
                                            f"Ctrl+{row + 1}", view_menu))
        view_menu.addSeparator()
        self.next_tab_action = action(self.tr("Next tab of the case"), lambda: self.workspace.switch_tab(1),
                                      None, view_menu)
        self.next_tab_action.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.previous_tab_action = action(self.tr("Previous tab of the case"), lambda: self.workspace.switch_tab(-1),
                                          None, view_menu)
        self.previous_tab_action.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        # Alt+1 … Alt+0 open the editor's first ten tabs in every language (letters run out
        # across thirteen tabs and their buttons); each says its key in its tooltip. Every tab,
        # the last three too (Documents, History, Urgent), is also an item of the View menu.
        view_menu.addSeparator()
        tabs = self.workspace.editor.tabs
        self.tab_actions = []
        for index in range(tabs.count()):
            key = f"Alt+{(index + 1) % 10}" if index < 10 else None
            act = action(tabs.tabText(index).replace("&", ""), lambda _=False, i=index: self.workspace.show_tab(i), key,
                         view_menu)
            if key is not None:
                tabs.setTabToolTip(index, key)
            self.tab_actions.append(act)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = action(self.tr("&User guide"), self.open_guide, QKeySequence.StandardKey.HelpContents,
                                   help_menu)
        self.shortcuts_action = action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, None, help_menu)
        help_menu.addSeparator()
        action(self.tr("&About Abarona"), self.about, None, help_menu)

    def _update_actions(self) -> None:
        is_open = self.vault is not None
        for act in (self.new_action, self.import_action, self.export_action, self.lock_action,
                    self.find_action, self.save_action, self.trash_action, self.report_action,
                    self.duplicates_action, self.handoff_action, self.handoff_import_action,
                    self.backup_action, self.rekey_action, self.check_action, self.next_tab_action, self.previous_tab_action, *self.page_actions,
                    *self.tab_actions):
            act.setEnabled(is_open)

    def _work_finished(self) -> None:
        self.idle.resume()
        if self.vault is not None:
            self.idle.start()

    def _back_up_now(self) -> None:
        self.workspace.show_page("backups")
        self.workspace.backups.back_up_now()

    def _automatic_backup(self, *, closing: bool = False) -> None:
        """A due automatic backup (to the configured folder, when it is present)."""
        if self.vault is None:
            return
        page = self.workspace.backups
        try:
            page.run_automatic(closing=closing)
        except VaultError:
            pass  # the backup page reports its own failures; never block closing on it
        if closing and page.last_skipped is not None:
            # A skipped backup is always said: at close the backups page is no longer seen (the
            # dashboard says it again after the next unlock, until a backup is made).
            from ui.backups import skipped_text

            prompts.inform(self, self.tr("Automatic backup not made"),
                           skipped_text(page.last_skipped) + "\n\n"
                           + self.tr("The dashboard will say so until a backup is made."))

    def _say_saved(self, _case_id: str) -> None:
        """Save says it saved: in the status bar, where a screen reader reads it too."""
        case = self.workspace.editor.case
        reference = case.reference if case is not None else ""
        self.statusBar().showMessage(self.tr("Case %1 saved.").replace("%1", reference), 8000)

    def _focus_search(self) -> None:
        self.workspace.show_page("cases")
        self.workspace.case_list.search.setFocus()
        self.workspace.case_list.search.selectAll()

    # -- opening and locking ----------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self.vault = vault
        self.workspace.set_vault(vault)
        self.stack.setCurrentWidget(self.workspace)
        self.setWindowTitle("Abarona" if settings.discreet() else f"Abarona — {vault.path.name}")
        self._update_actions()
        self.idle.set_minutes(settings.get(settings.IDLE_MINUTES))
        self.idle.start()
        resume, self._resume = self._resume, None
        try:
            restored = drafts.take_drafts_with_pending(vault)
        except VaultError:
            restored = []
        if restored:
            draft, pending = restored[-1]
            self.workspace.restore_draft(draft)
            prompts.inform(self, self.tr("Unsaved changes restored"),
                           self.tr("The vault locked itself while a case had unsaved changes. They were kept "
                                   "encrypted in the vault and are back in the editor: check and save them."))
            if pending is not None:  # the dialog that was open comes back as it was, to confirm or cancel
                QTimer.singleShot(0, lambda: self.vault is vault and self.workspace.editor.reopen_pending(pending))
        elif resume and resume[0] == str(vault.path):
            _path, page, case_id = resume
            if case_id:
                self.workspace.open_case(case_id)
            self.workspace.show_page(page)
        else:
            self.workspace.show_page("dashboard")
        self._check_place_and_seal(vault)
        self.unlocked.emit()

    def _checkpoint_when_idle(self) -> None:
        if self.vault is not None and not tasks.busy:
            self.vault.checkpoint()

    def _check_place_and_seal(self, vault) -> None:
        """After unlocking: warn about a synced folder or a network drive, and compare the
        content with the seal of the last clean close on a thread (issue 12, items 3, 10)."""
        warning = places.check_place(vault.path)
        if warning is not None:
            prompts.inform(self, self.tr("Where the vault is kept"), messages.place_warning(warning.kind, warning.service))
        if not vaults.seal_comparable(vault):
            return  # nothing to compare: not closed cleanly, never sealed, or written already
        check = self._seal_check = SealCheck(vault)
        # A slot of this window (a plain function would run on the check's own thread).
        check.finished.connect(self._seal_checked)
        check.start()

    @Slot()
    def _seal_checked(self) -> None:
        """On the GUI thread, when the check's thread has ended: inconclusive (the vault was
        written meanwhile, or locked) says nothing."""
        check = self._seal_check
        if check is None or not check.isFinished():
            return  # locked meanwhile (the lock waited for it and dropped it)
        if tasks.busy:  # a task holds the vault: the verdict waits for it
            tasks.call_when_idle(self._seal_checked)
            return
        vault = check.vault
        if self.vault is vault and not vault.closed and vaults.seal_verdict(vault, check.digest) == "changed":
            self._changed_outside()

    def _changed_outside(self) -> None:
        if self.vault is not None:
            prompts.error(self, self.tr("The vault was changed outside Abarona"), messages.changed_outside())

    def _wait_for_seal_check(self) -> None:
        check, self._seal_check = self._seal_check, None
        if check is not None:
            check.wait()

    def lock_by_user(self) -> None:
        """File → Lock (Ctrl+L): the user is there, so the automatic backup due when the vault
        closes is made first (or said, when it cannot be); then the lock."""
        if self.vault is not None and not tasks.busy:
            self._automatic_backup(closing=True)
            self._backup_tried = True
        self.lock()

    def lock(self) -> None:
        """Close the vault and empty every view; the start screen asks for the passphrase again.
        Unsaved edits go into the vault (encrypted) first and come back after unlocking.
        While long work runs on a thread, the lock waits for it to end (it holds the vault).
        A lock nobody asked for at the keyboard (idle, the computer's own) never waits for a
        backup: the automatic backup due at close is recorded as not made, and the dashboard
        says so after the next unlock."""
        if tasks.busy:
            tasks.call_when_idle(self.lock)
            return
        vault = self.vault
        tried, self._backup_tried = getattr(self, "_backup_tried", False), False
        if vault is not None and not tried:
            try:
                backups.skip_if_due_at_close(vault, "locked")
            except VaultError:
                pass  # the vault is failing; locking it is what matters
        # An event, party or place of detention being typed is kept as an open dialog, never as a record.
        pending = self.workspace.editor.pending_dialog() if vault is not None else None
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                if hasattr(widget, "set_vault"):
                    widget.set_vault(None)
                widget.reject()  # no dialog with case data stays open on a locked vault
        if vault is not None:
            try:
                self.workspace.editor.keep_draft(pending)
            except VaultError:
                pass  # the vault is failing; closing it is all that is left to do
            self._resume = (str(vault.path), self.workspace.current_page(), self.workspace._current_case_id)
        self.vault = None
        self.idle.stop()
        self.workspace.set_vault(None)
        self._wait_for_seal_check()
        if vault is not None:
            try:
                vault.close()
            except WalNotMerged as exc:
                prompts.error(self, self.tr("The last changes are not in the vault file yet"), messages.vault_error(exc))
            except VaultError:
                pass  # the connection is gone either way
            if settings.discreet():
                self._remove_demo(vault.path)
        access.clear_clipboard()  # nothing copied from the vault outlives it
        risk.forget()  # nor the removal-risk answers kept between dashboard visits
        access.forget_typing(self)  # nor comes back with Ctrl+Z
        self.stack.setCurrentWidget(self.start)
        self.start.reset()
        self.setWindowTitle("Abarona")
        self.statusBar().clearMessage()
        self._update_actions()
        self.locked.emit()

    @staticmethod
    def _remove_demo(path) -> None:
        """Discreet mode: the demo vault (made-up cases, but it tells what the program is for)
        does not stay on the disk once locked, nor its folder; it is made again when next
        opened."""
        from desktop.demo import vault as demo

        if path.resolve() == demo.default_demo_path().resolve():
            demo.remove_demo(path)

    # -- actions --------------------------------------------------------------------------
    def import_cases(self) -> None:
        if self.vault is None or not self.workspace.editor.maybe_leave():
            return
        path = prompts.open_file(self, self.tr("Import cases"), "", self.tr("Case files (*.json);;All files (*)"))
        if not path:
            return
        vault = self.vault
        self.idle.suspend()
        try:
            result, error = run_with_progress(
                self, self.tr("Importing cases"),
                lambda progress: interchange.import_file(vault, path, progress=progress), vault=vault)
        finally:
            self.idle.resume()
            self.idle.start()
        if isinstance(error, interchange.ImportRejected):
            from ui.case_editor import problem_text

            # each problem in words and translated: the case, then the field (never a path in the file)
            shown = "\n".join(f"{p.case}: {problem_text(p)}" if p.case != "file" else problem_text(p)
                              for p in error.problems[:30])
            more = len(error.problems) - 30
            if more > 0:
                shown += "\n" + self.tr("… and %n more problem(s).", "", more)
            prompts.error(self, self.tr("Nothing was imported"),
                          self.tr("The file was not imported, because of these problems:") + "\n\n" + shown)
        elif isinstance(error, Cancelled):
            prompts.inform(self, self.tr("Import cancelled"), self.tr("The import was cancelled; nothing was imported."))
        elif isinstance(error, (VaultError, OSError)):
            prompts.error(self, self.tr("Nothing was imported"), messages.vault_error(error))
        elif error is not None:
            prompts.error(self, self.tr("Nothing was imported"), messages.vault_error(error))
        else:
            self.workspace.set_vault(self.vault)
            text = self.tr("Imported %n case(s).", "", result.cases)
            if result.unknown_articles:
                text += "\n\n" + self.tr("These articles are not in the catalogue; they were imported as written. "
                                          "Check the numbers against the code:") + "\n" + "\n".join(
                    f"{reference}: {key}" for reference, key in result.unknown_articles)
            prompts.inform(self, self.tr("Import done"), text)

    def export_cases(self) -> None:
        if self.vault is None:
            return
        if not prompts.confirm(self, self.tr("Export without encryption?"),
                               self.tr("The export is a plain JSON file: anyone who gets it can read every case "
                                       "in it. Export only to a place you control, and delete the file when done.")):
            return
        path = prompts.save_file(self, self.tr("Export cases"), "cases.json", self.tr("Case files (*.json)"))
        if not path:
            return
        try:
            count = interchange.export_file(self.vault, path)
        except (VaultError, WriteFailed, OSError) as exc:
            prompts.error(self, self.tr("Not exported"), messages.vault_error(exc))
            return
        prompts.inform(self, self.tr("Export done"), self.tr("Wrote %n case(s), unencrypted.", "", count))

    def change_passphrase(self) -> None:
        if self.vault is None or not self.workspace.editor.maybe_leave():
            return
        from ui.unlock import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.vault, self)
        try:
            if dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted:
                prompts.inform(self, self.tr("Passphrase changed"),
                               self.tr("The vault now opens only with the new passphrase. Backups made before "
                                       "still open with the old one: make a new backup now."))
        finally:
            dialog.deleteLater()

    def check_vault(self) -> None:
        """Every page's encryption check, SQLite's structure and the links between records."""
        if self.vault is None:
            return
        from desktop import vaults

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = vaults.check(self.vault)
        except VaultError as exc:
            prompts.error(self, self.tr("The vault could not be checked"), messages.vault_error(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if report.ok:
            prompts.inform(self, self.tr("Check vault"),
                           self.tr("The vault is intact: %1 pages checked (encryption and structure).")
                           .replace("%1", str(report.pages)))
        else:
            prompts.error(self, self.tr("Check vault"),
                          self.tr("The vault is damaged: %1 problem(s) found. Stop working in it: restore the "
                                  "newest backup into a new vault file (Backups page) and keep this file for "
                                  "an expert.").replace("%1", str(len(report.problems))))

    def _follow_system_lock(self) -> None:
        if not settings.get(settings.LOCK_WITH_SYSTEM):
            self.system_lock.stop()
        elif not self.system_lock.listening:
            self.system_lock.listen(window_id=int(self.winId()) if sys.platform.startswith("win") else None)

    def _system_locking(self, _reason: str) -> None:
        if self.vault is not None and settings.get(settings.LOCK_WITH_SYSTEM):
            self.lock()

    def open_settings(self) -> None:
        before = settings.get(settings.LANGUAGE)
        dialog = SettingsDialog(self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        self.idle.set_minutes(settings.get(settings.IDLE_MINUTES))
        self._follow_system_lock()
        if self.vault is not None:
            self.idle.start()
        if settings.get(settings.LANGUAGE) != before:
            self.retranslate()

    def retranslate(self) -> None:
        """Apply a new language now: the widgets are built again (nothing unsaved is lost)."""
        if self.vault is not None and not self.workspace.editor.maybe_leave():
            return
        page = self.workspace.current_page()
        case_id = self.workspace._current_case_id
        i18n.install(QApplication.instance())
        self._build()
        if self.vault is not None:
            if case_id:
                self.workspace.open_case(case_id)
            self.workspace.show_page(page)

    def open_guide(self) -> None:
        """The user guide in the interface language, inside the program."""
        from ui.guide import GuideDialog

        dialog = GuideDialog(i18n.language(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_shortcuts(self) -> None:
        from ui.guide import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def about(self) -> None:
        prompts.inform(self, self.tr("About Abarona"),
                       self.tr("Abarona keeps case files for the defence of Belarusians in Russia, encrypted on "
                               "this computer. It never connects to the network."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.vault is not None and not self.workspace.editor.maybe_leave():
            event.ignore()
            return
        try:
            settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
            if self.vault is not None:
                self._automatic_backup(closing=True)
                self._backup_tried = True
        finally:
            self.lock()  # lock on quit, whatever else happens
        super().closeEvent(event)
