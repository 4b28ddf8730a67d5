"""The one seam every question and message box goes through, so tests can answer them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

#: Tests set this to a function (kind, title, text) -> answer, and no modal box is shown.
answerer: Callable[[str, str, str], object] | None = None


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box whose text can be selected with the mouse, and whose Ctrl+C copies the
    whole message (title and text), so a user can pass an error on when asking for help."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    from ui import access

    from ui.elide import breakable, shown

    # A 10,000-character name in a message must wrap, never widen the box past the screen;
    # Ctrl+C still copies the text as it was given.
    box = QMessageBox(icon, shown(title, 120), breakable(text), buttons, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), box)
    copy.activated.connect(lambda: access.copy_text(f"{title}\n\n{text}"))
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    if answerer is not None:
        return bool(answerer("confirm", title, text))
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if answerer is not None:
        answerer("inform", title, text)
        return
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    if answerer is not None:
        answerer("error", title, text)
        return
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def _file_dialog(ask):
    """Run a file dialog; in discreet mode Qt's own dialog (the desktop's dialogs keep lists of
    recent files), afterwards made to forget the folder it would remember."""
    from PySide6.QtWidgets import QFileDialog

    from ui import settings

    discreet = settings.discreet()
    options = QFileDialog.Option.DontUseNativeDialog if discreet else QFileDialog.Option(0)
    try:
        return ask(QFileDialog, options)
    finally:
        if discreet:
            settings.forget_file_dialogs()


def open_file(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """A path the user chose to open, or '' when cancelled."""
    if answerer is not None:
        return str(answerer("open_file", title, folder) or "")
    return _file_dialog(lambda dialog, options: dialog.getOpenFileName(parent, title, folder, filters,
                                                                       options=options)[0])


def save_file(parent: QWidget | None, title: str, folder: str = "", filters: str = "") -> str:
    """A path the user chose to write, or '' when cancelled (the dialog asks about overwriting)."""
    if answerer is not None:
        return str(answerer("save_file", title, folder) or "")
    return _file_dialog(lambda dialog, options: dialog.getSaveFileName(parent, title, folder, filters,
                                                                       options=options)[0])


def ask_save(parent: QWidget | None, title: str, text: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes."""
    if answerer is not None:
        return str(answerer("ask_save", title, text))
    box = message_box(parent, QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def with_suffix(parent: QWidget | None, path: str, suffix: str) -> str:
    """``path`` ending in ``suffix``; when the suffix had to be added and that file exists
    (the file dialog asked about the name without it), ask before replacing it. '' = no."""
    if not path or path.lower().endswith(suffix):
        return path
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication

    full = path + suffix
    if Path(full).exists() and not confirm(
            parent, QCoreApplication.translate("prompts", "Replace the file?"),
            QCoreApplication.translate("prompts", "%1 already exists. Replace it?").replace("%1", Path(full).name)):
        return ""
    return full


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> str:
    """A folder the user chose, or '' when cancelled."""
    if answerer is not None:
        return str(answerer("choose_folder", title, folder) or "")
    return _file_dialog(lambda dialog, options: dialog.getExistingDirectory(
        parent, title, folder, options | dialog.Option.ShowDirsOnly))
