"""Help → User guide (in the interface language, with its pictures, and the command-line and
interchange references it links to) and Help → Keyboard shortcuts, read inside the program:
no browser is started, so no browser history keeps what was read."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import docs


class GuideDialog(QDialog):
    """The guide as HTML in a text browser; links to cli.md and interchange.md open inside it."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.folder = docs.folder()
        self.show_document(docs.guide_name(lang))
        self.resize(900, 700)

    def show_document(self, name: str, fragment: str = "") -> bool:
        """Show ``docs/NAME`` (a guide or a reference); False when it is not there."""
        source = self.folder / name if self.folder is not None else None
        if source is None or not source.is_file():
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy of Abarona."))
            return False
        self.browser.setSearchPaths([str(self.folder)])
        html = docs.to_html(source.read_text(encoding="utf-8"))
        self.browser.setHtml(html.replace('.html"', '.md"'))  # links stay on the Markdown files here
        self.current = name
        if fragment:
            self.browser.scrollToAnchor(fragment)
        return True

    def _follow(self, url: QUrl) -> None:
        path = url.path().rsplit("/", 1)[-1]
        if url.scheme() in ("", "file") and path.endswith(".md"):
            self.show_document(path, url.fragment())
        elif not path and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
        # anything else (a web address) is not opened: the program never goes online


#: Keys that work without a menu item, shown with the menu shortcuts.
def fixed_keys() -> list[tuple[str, str]]:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate  # each call names its context, so lupdate files it there
    return [
        ("Alt+1 … Alt+0", translate("ShortcutsDialog", "Open tab 1 to 10 of the case")),
        (translate("ShortcutsDialog", "Down or Enter in a search field"), translate("ShortcutsDialog", "Go to the results")),
        (translate("ShortcutsDialog", "Enter on a case in the list"), translate("ShortcutsDialog", "Open it in the editor")),
        ("Tab / Shift+Tab", translate("ShortcutsDialog", "Next or previous field; leaves a table")),
        (translate("ShortcutsDialog", "Arrows in a table"), translate("ShortcutsDialog", "Move inside the table")),
        (translate("ShortcutsDialog", "← → in the timeline"), translate("ShortcutsDialog", "Previous or next event or deadline, described in words")),
        (translate("ShortcutsDialog", "Enter in the timeline"), translate("ShortcutsDialog", "Open the event")),
        ("Ctrl+C", translate("ShortcutsDialog", "Copy an error message")),
    ]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, read from the window's actions (so the list is never stale)."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = []
        for act in actions:
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts() if not k.isEmpty()]
            if keys and act.text():
                rows.append((", ".join(keys), act.text().replace("&", "").rstrip("…")))
        rows += fixed_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
