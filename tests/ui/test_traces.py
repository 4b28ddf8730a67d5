"""No trail: the clipboard emptied after a delay and on lock, nothing typed before a lock
brought back with Ctrl+Z, and discreet mode leaving no list of vaults or folders."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.test_access import cases, unlock, window  # noqa: F401 - fixtures
from ui import prompts, settings
from ui.unlock import CreateVaultDialog


def _copy_from_search(window, text: str) -> None:
    QTest.keySequence(window, "Ctrl+F")
    search = window.workspace.case_list.search
    QTest.keyClicks(search, text)
    QTest.keySequence(search, "Ctrl+A")
    QTest.keySequence(search, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == text


def test_copied_text_is_cleared_after_the_delay(window, qtbot, cases):
    settings.put(settings.CLIPBOARD_SECONDS, 1)
    unlock(window, cases)
    _copy_from_search(window, "Kudin")
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)


def _marked(text: str) -> bool:
    from ui import access

    data = QGuiApplication.clipboard().mimeData()
    markers = access.clipboard_markers()
    return (data.text() == text and bool(markers)
            and all(bytes(data.data(mime)) == value for mime, value in markers.items()))


def test_every_copy_is_marked_to_stay_out_of_clipboard_history(window, qtbot, cases):
    unlock(window, cases)
    _copy_from_search(window, "Padlobnikau")  # Ctrl+C in a field
    assert _marked("Padlobnikau")
    search = window.workspace.case_list.search
    QTest.keySequence(search, "Ctrl+A")
    QTest.keySequence(search, "Ctrl+X")  # Ctrl+X cuts, marked
    assert search.text() == "" and _marked("Padlobnikau")
    QTest.keyClicks(search, "Kudin")
    search.selectAll()
    search.copy()  # what the field's context menu does: Qt's own copy, marked at once
    assert _marked("Kudin")
    search.clear()
    table = window.workspace.case_list.table  # a row of the case list copied
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    QTest.keySequence(table, "Ctrl+C")
    copied = str(table.currentIndex().data())
    assert copied and _marked(copied)
    QTest.keySequence(window, "Ctrl+L")
    assert QGuiApplication.clipboard().text() == ""


def test_the_marks_each_system_honours():
    from ui import access

    windows = access.clipboard_markers("win32")
    assert windows == {
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
        'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
        'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0"}
    assert access.clipboard_markers("linux") == {"x-kde-passwordManagerHint": b"secret"}
    assert access.clipboard_markers("darwin") == {}  # not writable through Qt for Python (documented)


def test_lock_clears_the_clipboard_and_the_undo_history(window, qtbot, cases):
    assert settings.get(settings.CLIPBOARD_SECONDS) == 10  # the default
    unlock(window, cases)
    _copy_from_search(window, "Padlobnikau")
    QTest.keySequence(window, "Ctrl+L")
    assert window.vault is None
    assert QGuiApplication.clipboard().text() == ""
    unlock(window, cases)
    QTest.keySequence(window, "Ctrl+F")
    search = window.workspace.case_list.search
    assert search.text() == ""
    QTest.keySequence(search, "Ctrl+Z")
    QTest.keySequence(search, "Ctrl+Z")
    assert search.text() == ""  # the search typed before the lock does not come back


def test_a_generated_passphrase_leaves_no_copy_when_the_dialog_closes(qtbot, tmp_path):
    dialog = CreateVaultDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.generate()
    phrase = dialog.generated.text()
    assert phrase and dialog.generated.property("abaronaSecret")
    dialog.generated.setFocus()
    QTest.keySequence(dialog.generated, "Ctrl+A")
    QTest.keySequence(dialog.generated, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == phrase
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == "" and dialog.generated.text() == ""


def _file_dialog_state() -> list[str]:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert "pytest" in qt.fileName()  # the test's own settings folder, not the user's
    qt.beginGroup("FileDialog")
    return qt.allKeys()


def _browse_and_cancel(monkeypatch, folder) -> str:
    """Open the real (Qt) file dialog through ui.prompts in ``folder``, then cancel it."""
    monkeypatch.setattr(prompts, "answerer", None)
    timer = QTimer()

    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.reject()

    timer.timeout.connect(close)
    timer.start(100)
    try:
        return prompts.open_file(None, "Open", str(folder), "All files (*)")
    finally:
        timer.stop()


def test_qt_file_dialog_remembers_the_folder_unless_discreet(monkeypatch, qtbot, tmp_path):
    settings.put(settings.DISCREET, False)
    monkeypatch.setattr(settings, "discreet", lambda: True)  # Qt's own dialog, as in discreet mode...
    monkeypatch.setattr(settings, "forget_file_dialogs", lambda: None)  # ...but without forgetting
    folder = tmp_path / "Belarus cases"
    folder.mkdir()
    assert _browse_and_cancel(monkeypatch, folder) == ""
    assert "lastVisited" in _file_dialog_state()  # what a search of the laptop finds


def test_discreet_mode_keeps_no_folder_and_no_vault_list(monkeypatch, window, qtbot, cases, tmp_path):
    settings.put(settings.DISCREET, True)
    folder = tmp_path / "Belarus cases"
    folder.mkdir()
    assert _browse_and_cancel(monkeypatch, folder) == ""
    assert _file_dialog_state() == []
    monkeypatch.setattr(prompts, "answerer", lambda *a: None)
    unlock(window, cases)
    assert window.windowTitle() == "Abarona"  # no vault name
    assert settings.get(settings.RECENT_VAULTS) == []
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Abarona", "Abarona")
    assert str(cases) not in open(store.fileName(), encoding="utf-8").read()


def test_discreet_mode_leaves_no_demo_vault_nor_its_folder(window, qtbot, answers):
    from desktop.demo import vault as demo

    settings.put(settings.DISCREET, True)
    qtbot.mouseClick(window.start.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=60000)
    path = demo.default_demo_path()
    assert path.is_file()
    # On Windows a lock file sits beside an open vault (db.vault.lock_path); it goes too.
    sidecar = path.with_name(path.name + ".lock")
    sidecar.touch()
    QTest.keySequence(window, "Ctrl+L")
    assert window.vault is None
    assert not path.parent.exists()  # the vault, its -wal, the lock file and the folder
