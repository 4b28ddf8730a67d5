"""The main window end to end: a new vault created through the start screen's dialog, a
case typed in and saved, locked, unlocked, and read back by the command line."""

from __future__ import annotations

import json

from PySide6.QtTest import QTest

from desktop import cli
from tests.ui.drive import when_dialog_opens
from ui.main_window import MainWindow


def test_from_start_screen_to_saved_case(qtbot, tmp_path, monkeypatch, capsys):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = MainWindow()
    window.show()
    vault_path = tmp_path / "field.abarona"
    phrase = "тры словы і яшчэ адно"

    def create(dialog):
        dialog.path.setText(str(vault_path))
        dialog.author.setText("Ганна Іванова")
        dialog.first.setText(phrase + " 2026 Łacinka ŭ")
        dialog.second.setText(phrase + " 2026 Łacinka ŭ")
        dialog.create()

    when_dialog_opens(create)
    window.start.create_new()
    assert window.vault is not None and vault_path.exists()

    window.workspace.new_case()
    editor = window.workspace.editor
    editor.case_tab.reference.setText("BY-2026-100")
    editor.case_tab.kind.setCurrentIndex(editor.case_tab.kind.findData("expulsion_handover"))
    editor.client_tab.person_name.setText("Dzmitry Sakalou")
    editor.client_tab.spellings.setPlainText("Дзмітрый Сакалоў | be\nДмитрий Соколов | ru")

    def event(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("admin_detention"))
        dialog.date.setText("2026-11-21")
        dialog.time.setText("21:30")
        dialog.place.setText("Smolensk")
        dialog.accept()

    when_dialog_opens(event)
    editor.add_event()
    assert editor.save()
    window.activateWindow()  # offscreen, a closed dialog leaves no window active
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keySequence(window, "Ctrl+L")
    assert window.vault is None

    window.start.path_box.setEditText(str(vault_path))
    window.start.passphrase.setText(phrase + " 2026 Łacinka ŭ")
    window.start.open_selected()
    assert window.workspace.editor.case.reference == "BY-2026-100"  # back where we were
    window.workspace.editor.set_case(None, None)
    window.close()

    monkeypatch.setenv("ABARONA_PASSPHRASE", phrase + " 2026 Łacinka ŭ")
    assert cli.main(["--vault", str(vault_path), "search", "Соколов", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [c["reference"] for c in found] == ["BY-2026-100"]
    assert cli.main(["--vault", str(vault_path), "show", "BY-2026-100", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["events"] == [{"type": "admin_detention", "date": "2026-11-21", "time": "21:30", "place": "Smolensk"}]
    window.deleteLater()
