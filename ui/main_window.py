"""The main window: the start screen while locked, the workspace while a vault is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
    QHBoxLayout,
)

from desktop import cases as case_service
from desktop.errors import VaultError
from ui import messages, prompts, settings
from ui.case_list import CaseListPage
from ui.case_view import CaseView
from ui.unlock import StartScreen


class Workspace(QWidget):
    """Navigation on the left, the chosen page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.addItems([self.tr("Cases")])
        self.nav.setMaximumWidth(150)
        self.pages = QStackedWidget(self)
        self.case_list = CaseListPage(self)
        self.case_view = CaseView(self)
        cases_page = QSplitter(Qt.Orientation.Horizontal, self)
        cases_page.addWidget(self.case_list)
        cases_page.addWidget(self.case_view)
        cases_page.setStretchFactor(0, 3)
        cases_page.setStretchFactor(1, 2)
        cases_page.setSizes([760, 440])
        self.pages.addWidget(cases_page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.vault = None
        self.case_list.case_selected.connect(self.show_case)

    def set_vault(self, vault) -> None:
        self.vault = vault
        self.case_list.set_vault(vault)
        self.case_view.show_case(None)

    def show_case(self, case_id: str) -> None:
        if self.vault is None or not case_id:
            return
        try:
            self.case_view.show_case(case_service.get_case(self.vault, case_id))
        except (VaultError, case_service.CaseNotFound) as exc:
            prompts.error(self, self.tr("Cannot show the case"), messages.vault_error(exc))


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Abarona")
        self.vault = None
        self.stack = QStackedWidget(self)
        self.start = StartScreen(self)
        self.workspace = Workspace(self)
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.start.vault_opened.connect(self.set_vault)
        self._make_actions()
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self._update_actions()

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (self.find_action, self.lock_action):
            file_menu.addAction(action)
            self.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def _update_actions(self) -> None:
        open_ = self.vault is not None
        self.lock_action.setEnabled(open_)
        self.find_action.setEnabled(open_)

    def _focus_search(self) -> None:
        self.workspace.case_list.search.setFocus()
        self.workspace.case_list.search.selectAll()

    def set_vault(self, vault) -> None:
        self.vault = vault
        self.workspace.set_vault(vault)
        self.stack.setCurrentWidget(self.workspace)
        self.setWindowTitle(f"Abarona — {vault.path.name}")
        self._update_actions()
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the vault and empty every view; the start screen asks for the passphrase again."""
        vault, self.vault = self.vault, None
        self.workspace.set_vault(None)
        if vault is not None:
            try:
                vault.close()
            except VaultError:
                pass  # the connection is gone either way
        self.stack.setCurrentWidget(self.start)
        self.start.reset()
        self.setWindowTitle("Abarona")
        self._update_actions()
        self.locked.emit()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        try:
            settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        finally:
            self.lock()  # lock on quit, whatever else happens
        super().closeEvent(event)
