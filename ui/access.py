"""Access for every lawyer, and no trail: applied to the whole application at once.

- Tables and lists never trap the Tab key: arrows move inside, Tab leaves (as in KeePassXC
  and Thunderbird). Applied when any item view is first shown, wherever it was built.
- Every interactive widget has an accessible name for screen readers: its buddy label (Qt's
  own rule), else what the widget shows the sighted (its placeholder or tooltip), else the
  tab, group or window it sits in. :func:`unnamed` lists the ones still without a name.
- Text copied from the program is cleared from the clipboard after a delay (the setting
  ``security/clipboard_seconds``, default 10 s) and on lock and quit; text selected in a
  secret field (a generated passphrase) never stays in the X primary selection.
- Text copied from the program carries the marks by which the system's clipboard history
  and clipboard managers leave it out (:func:`clipboard_markers`): copies made with Ctrl+C /
  Ctrl+X are made here, marked; any other copy of ours (a context menu) is marked at once.
- :func:`forget_typing` empties the undo stacks of every text field, so that nothing typed
  before a lock comes back with Ctrl+Z after it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible, QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from ui import settings

#: Widgets a keyboard or screen-reader user operates.
INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit, QTabBar, QGraphicsView)
_SECRET = "abaronaSecret"
_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'  # a named Windows clipboard format, in Qt


def clipboard_markers(system: str | None = None) -> dict[str, bytes]:
    """The extra clipboard formats (MIME type: data) that tell the system's clipboard history
    and clipboard managers not to keep what the program copies, for ``system`` (a
    ``sys.platform`` value; this one by default).

    - Windows 10 and later: ``ExcludeClipboardContentFromMonitorProcessing`` (any data), and
      ``CanIncludeInClipboardHistory`` and ``CanUploadToCloudClipboard`` as a DWORD 0: kept out
      of Win+V history and of the cloud clipboard that syncs to other devices (Microsoft,
      "Clipboard Formats": Cloud Clipboard and Clipboard History Formats). Written through
      Qt's ``application/x-qt-windows-mime;value="NAME"`` (QMimeData: platform-specific types).
    - Linux and the BSDs: ``x-kde-passwordManagerHint`` = ``secret``, which KDE's Klipper,
      wl-clipboard (``CLIPBOARD_STATE=sensitive``) and other managers honour.
    - macOS: none. The convention there (``org.nspasteboard.ConcealedType``, nspasteboard.org)
      needs a native pasteboard type, which Qt for Python cannot write without a converter.
    """
    system = system or sys.platform
    if system.startswith(("win", "cygwin")):
        dword_zero = (0).to_bytes(4, "little")
        return {_WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"): b"1",
                _WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"): dword_zero,
                _WINDOWS_FORMAT.format("CanUploadToCloudClipboard"): dword_zero}
    if system == "darwin":
        return {}
    return {"x-kde-passwordManagerHint": b"secret"}


def marked(text: str) -> QMimeData:
    """Clipboard data holding ``text`` with this system's clipboard_markers."""
    data = QMimeData()
    data.setText(text)
    for mime, value in clipboard_markers().items():
        data.setData(mime, value)
    return data


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard, marked (clipboard_markers); it is cleared after the
    delay and on lock like every copy of ours."""
    QGuiApplication.clipboard().setMimeData(marked(text), QClipboard.Mode.Clipboard)


def _selection(widget: QObject) -> str:
    """The text Ctrl+C copies from ``widget`` ('' when it copies nothing)."""
    if isinstance(widget, QLineEdit):
        return widget.selectedText() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
    if isinstance(widget, QLabel):
        return widget.selectedText()
    if isinstance(widget, QAbstractItemView) and widget.currentIndex().isValid():
        value = widget.currentIndex().data(Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)
    return ""


def _copy_key(widget: QObject, event: QEvent) -> bool:
    """Ctrl+C / Ctrl+X in a widget with a selection: copied here, marked. True when done."""
    cut = event.matches(QKeySequence.StandardKey.Cut)
    if not (cut or event.matches(QKeySequence.StandardKey.Copy)):
        return False
    text = _selection(widget)
    if not text:
        return False
    copy_text(text)
    if cut and isinstance(widget, QLineEdit) and not widget.isReadOnly():
        widget.del_()
    elif cut and isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly():
        widget.textCursor().removeSelectedText()
    return True


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (Qt's accessibility interface)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _context_name(widget: QWidget) -> str:
    """The tab, group box or window title a widget sits in, nearest first."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0:
                return tabs.tabText(index).replace("&", "")
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title().replace("&", "")
        if parent.isWindow() and parent.windowTitle():
            return parent.windowTitle()
        child, parent = parent, parent.parentWidget()
    return ""


def name_widget(widget: QWidget) -> None:
    """Give an interactive widget that has no accessible name the best one it can have."""
    if not isinstance(widget, INTERACTIVE) or widget.accessibleName() or accessible_name(widget):
        return
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
        widget.setAccessibleName(accessible_name(widget.parentWidget()) or _context_name(widget))
        return
    text = ""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        text = widget.placeholderText()
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        text = widget.lineEdit().placeholderText()
    text = text or widget.toolTip() or _context_name(widget)
    if text:
        widget.setAccessibleName(text.replace("&", ""))


def unnamed(root: QWidget) -> list[QWidget]:
    """The visible interactive widgets under ``root`` that a screen reader cannot name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo box or spin box around it is the control
        if isinstance(widget, QTabBar):
            continue  # each tab is named by its text
        if not accessible_name(widget):
            found.append(widget)
    return found


def _key(text: str) -> str:
    """The access key of a text ('' when none): the letter after a single '&'."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].casefold()
        i += 2
    return ""


def access_keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, text) of every access key that works in ``window`` now: its menu bar's menus,
    and its visible buttons, labels' buddies, tabs and checkable group boxes."""
    from PySide6.QtWidgets import QLabel, QMainWindow

    found = []
    if isinstance(window, QMainWindow):
        found += [(_key(a.text()), a.text()) for a in window.menuBar().actions() if a.isVisible()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            found.append((_key(widget.text()), widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((_key(widget.text()), widget.text()))
        elif isinstance(widget, QTabBar):
            found += [(_key(widget.tabText(i)), widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            found.append((_key(widget.title()), widget.title()))
    return [(k, t) for k, t in found if k]


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Access keys that two visible controls of ``window`` share: key -> their texts."""
    by_key: dict[str, list[str]] = {}
    for key, text in access_keys(window):
        by_key.setdefault(key, []).append(text)
    return {k: texts for k, texts in by_key.items() if len(texts) > 1}


def focus_first_field(container: QWidget) -> bool:
    """Put the keyboard focus on the first visible, enabled field of ``container`` that takes
    focus by Tab; True when one was found."""
    from PySide6.QtCore import Qt

    widget = container.nextInFocusChain()
    for _ in range(2000):
        if widget is container or widget is None:
            break
        if (container.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QTabBar)):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        widget = widget.nextInFocusChain()
    return False


class _SearchLead(QObject):
    def __init__(self, search: QLineEdit, view: QAbstractItemView, before) -> None:
        super().__init__(search)
        self.view, self.before = view, before

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt

        if event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.before is not None:
                self.before()
            model = self.view.model()
            if model is not None and model.rowCount() > 0:
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(model.index(0, 0))
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


def search_leads_to(search: QLineEdit, view: QAbstractItemView, before=None) -> None:
    """Down or Enter in a search field runs the search now (``before``) and moves the focus
    to the first result in ``view``."""
    search.installEventFilter(_SearchLead(search, view, before))


def contrast(foreground, background) -> float:
    """WCAG 2.1 contrast ratio of two QColors (1 to 21; text needs 4.5)."""
    def luminance(colour) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def low_contrast(root: QWidget, minimum: float = 4.5) -> list[tuple[str, float]]:
    """Visible labels under ``root`` whose text colour falls below ``minimum`` against their
    background, and colours written into rich text that fall below it against white."""
    import re

    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTextBrowser

    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text().strip() and widget.isEnabled():
            palette = widget.palette()
            ratio = contrast(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window))
            if ratio < minimum:
                found.append((widget.text()[:40], round(ratio, 2)))
        html = widget.toHtml() if isinstance(widget, (QTextEdit, QTextBrowser)) else \
            widget.text() if isinstance(widget, QLabel) and "<" in widget.text() else ""
        for name in re.findall(r"color:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)", html):
            if name in ("inherit", "transparent"):
                continue
            ratio = contrast(QColor(name), QColor("#ffffff"))
            if ratio < minimum:
                found.append((name, round(ratio, 2)))
    return found


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window that is larger than its screen's free area (a 1366×768 laptop at 125 %
    scaling has 1093×614 logical pixels, minus the panel) and move it fully onto it, so that no
    button is ever off-screen. Never below the window's own minimum size."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    extra_w = max(window.frameGeometry().width() - window.width(), 0)
    extra_h = max(window.frameGeometry().height() - window.height(), 0)
    width = max(min(window.width(), area.width() - extra_w), window.minimumSizeHint().width(), window.minimumWidth())
    height = max(min(window.height(), area.height() - extra_h), window.minimumSizeHint().height(), window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.right() - frame.width() + 1, area.x()))
    y = min(max(frame.y(), area.y()), max(area.bottom() - frame.height() + 1, area.y()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def grow_to_fit(dialog: QWidget) -> None:
    """Make a dialog tall enough for what it shows now (a word-wrapped warning that appeared
    after a click is not cut off), then keep it on the screen."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
    fit_to_screen(dialog)


def is_error_label(label: QWidget) -> bool:
    """A label that tells a problem (named errorLabel, or written in the error red)."""
    return label.objectName() == "errorLabel" or "#b00020" in label.styleSheet().lower()


def copyable(label: QLabel) -> None:
    """A message the user can reach with Tab, select and copy with Ctrl+C (to ask for help)."""
    from PySide6.QtCore import Qt

    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def mark_secret(widget: QWidget) -> None:
    """A field whose text must never reach the primary selection (a generated passphrase)."""
    widget.setProperty(_SECRET, True)


def forget_typing(root: QWidget) -> None:
    """Empty the undo and redo stacks of every text field under ``root`` (on lock)."""
    for edit in root.findChildren(QLineEdit):
        if edit.isUndoAvailable() or edit.isRedoAvailable():
            edit.setText(edit.text())  # setText clears the line edit's undo history
    for edit in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
        edit.document().clearUndoRedoStacks()


_KEY_PRESS = QEvent.Type.KeyPress
_FILTERED = frozenset({_KEY_PRESS, QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.Hide})


class _Access(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.clipboard = QGuiApplication.clipboard()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_clipboard)
        self._copied_text: str | None = None  # what this program last put on the clipboard
        self.clipboard.dataChanged.connect(self._copied)
        self.clipboard.selectionChanged.connect(self._selected)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Every event of the application passes here: its type is read once (each read is a
        # conversion to a Python enum), and most events are none of these four.
        kind = event.type()
        if kind not in _FILTERED:
            return False
        if kind == _KEY_PRESS and isinstance(watched, QWidget) and watched.hasFocus():
            return _copy_key(watched, event)
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            if isinstance(watched, QAbstractItemView):
                watched.setTabKeyNavigation(False)
            elif isinstance(watched, QLabel) and is_error_label(watched):
                copyable(watched)
            if isinstance(watched, INTERACTIVE):
                QTimer.singleShot(0, watched, lambda w=watched: name_widget(w))
        elif kind == QEvent.Type.Show and isinstance(watched, (QDialog, QMainWindow)) and watched.isWindow():
            fit_to_screen(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self._refocus)
        return False

    @staticmethod
    def _refocus() -> None:
        """After a dialog closed: if the keyboard focus went nowhere visible, put it on the
        first field of the window now active."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible():
            return
        window = QApplication.activeWindow()
        if window is not None:
            focus_first_field(window)

    def _copied(self) -> None:
        # Ours when the system says so; where it cannot tell, a copy made while one of our
        # widgets has the keyboard focus (another program cannot copy while we have it).
        if not (self.clipboard.ownsClipboard() or QApplication.focusWidget() is not None):
            return
        self._copied_text = self.clipboard.text(QClipboard.Mode.Clipboard)
        data = self.clipboard.mimeData(QClipboard.Mode.Clipboard)
        markers = clipboard_markers()
        if self._copied_text and markers and data is not None and not set(markers) <= set(data.formats()):
            # A copy Qt made itself (a context menu's Copy): marked at once. (Re-entered once,
            # with the markers in place.)
            self.clipboard.setMimeData(marked(self._copied_text), QClipboard.Mode.Clipboard)
            return
        seconds = settings.get(settings.CLIPBOARD_SECONDS)
        if seconds > 0:
            self.timer.start(seconds * 1000)

    def _selected(self) -> None:
        if not self.clipboard.ownsSelection():
            return
        focus = QApplication.focusWidget()
        if focus is not None and focus.property(_SECRET):
            self.clipboard.clear(QClipboard.Mode.Selection)

    def clear_clipboard(self) -> None:
        """Clear what this program put on the clipboard and the primary selection."""
        self.timer.stop()
        ours, self._copied_text = self._copied_text, None
        if self.clipboard.ownsClipboard() or (ours is not None and self.clipboard.text() == ours):
            self.clipboard.clear(QClipboard.Mode.Clipboard)
        if self.clipboard.supportsSelection() and self.clipboard.ownsSelection():
            self.clipboard.clear(QClipboard.Mode.Selection)


_instance: _Access | None = None


def install(app: QApplication) -> None:
    """Apply all of the above to every widget of ``app`` (idempotent)."""
    global _instance
    if _instance is None or _instance.parent() is not app:
        _instance = _Access(app)
        app.installEventFilter(_instance)


def drop_secret(text: str) -> None:
    """Clear the clipboard and selection if they hold ``text`` (a secret's dialog closes)."""
    clipboard = QGuiApplication.clipboard()
    if text and clipboard.text(QClipboard.Mode.Clipboard) == text:
        clipboard.clear(QClipboard.Mode.Clipboard)
    if text and clipboard.supportsSelection() and clipboard.text(QClipboard.Mode.Selection) == text:
        clipboard.clear(QClipboard.Mode.Selection)


def clear_clipboard() -> None:
    """Clear the program's clipboard and selection now (on lock and quit)."""
    if _instance is not None:
        _instance.clear_clipboard()
