"""The start screen and the main window with real vault files, offscreen."""

from __future__ import annotations

import os
import sqlite3

import pytest
import sqlcipher3
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from ui import messages, settings
from ui.main_window import MainWindow
from ui.unlock import CreateVaultDialog


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.lock()


def _unlock(window, qtbot, path, passphrase=PASSPHRASE):
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(passphrase)
    qtbot.mouseClick(window.start.open_button, Qt.MouseButton.LeftButton)


def test_create_vault_through_the_dialog(window, qtbot, tmp_path):
    dialog = CreateVaultDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.path.setText(str(tmp_path / "work.abarona"))
    dialog.author.setText("A. Ivanova")
    dialog.first.setText("short")
    assert not dialog.create_button.isEnabled()
    dialog.second.setText("shorter")
    assert "differ" in dialog.error_label.text() and not dialog.create_button.isEnabled()
    dialog.generate()
    assert not dialog.generated.isHidden() and dialog.create_button.isEnabled()
    assert dialog.meter.bar.value() == 4
    phrase = dialog.generated.text()
    dialog.create()
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.vault.close()
    with open_vault(tmp_path / "work.abarona", phrase) as vault:
        assert vault.author == "A. Ivanova"


def test_weak_passphrase_asks_first(window, qtbot, tmp_path, answers):
    dialog = CreateVaultDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.path.setText(str(tmp_path / "weak.abarona"))
    dialog.first.setText("qwerty")
    dialog.second.setText("qwerty")
    answers.queue.append(False)
    dialog.create()
    assert dialog.vault is None and not (tmp_path / "weak.abarona").exists()
    assert answers.seen[-1][0] == "confirm"


def test_create_refuses_existing_file(window, qtbot, vault_path):
    before = vault_path.read_bytes()
    dialog = CreateVaultDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.path.setText(str(vault_path))
    dialog.generate()
    dialog.create()
    assert dialog.vault is None
    assert "already exists" in dialog.error_label.text()
    assert vault_path.read_bytes() == before


def test_unlock_shows_cases_and_lock_empties_everything(vault_key, window, qtbot, vault_path):
    with open_vault(vault_path, vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(case_dict("A-1"), case_dict("A-2"))))
    _unlock(window, qtbot, vault_path)
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.case_list.model.rowCount() == 2
    assert window.start.passphrase.text() == ""
    assert settings.get(settings.RECENT_VAULTS) == [str(vault_path.resolve())]
    QTest.keySequence(window, "Ctrl+L")
    assert window.stack.currentWidget() is window.start
    assert window.workspace.case_list.model.rowCount() == 0
    assert window.workspace.editor.case is None and window.workspace.editor.overview.case is None
    assert window.vault is None
    _unlock(window, qtbot, vault_path)  # the lock was released: it opens again
    assert window.workspace.case_list.model.rowCount() == 2


def _errors_for(tmp_path, vault_path):
    damaged = tmp_path / "damaged.abarona"
    data = bytearray(vault_path.read_bytes())
    data[100] ^= 1
    damaged.write_bytes(bytes(data))
    empty = tmp_path / "empty.abarona"
    empty.touch()
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.commit()
    random_file = tmp_path / "random.bin"
    random_file.write_bytes(os.urandom(10_000))
    truncated = tmp_path / "truncated.abarona"
    truncated.write_bytes(vault_path.read_bytes()[:4096 * 4])
    newer = tmp_path / "newer.abarona"
    newer.write_bytes(vault_path.read_bytes())
    conn = sqlcipher3.connect(str(newer))
    conn.set_key(PASSPHRASE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return {
        "wrong_passphrase": (vault_path, "not it"),
        "damaged": (damaged, PASSPHRASE),
        "empty": (empty, PASSPHRASE),
        "plain_sqlite": (plain, PASSPHRASE),
        "unrecognised": (random_file, PASSPHRASE),
        "truncated": (truncated, PASSPHRASE),
        "too_new": (newer, PASSPHRASE),
        "not_found": (tmp_path / "missing.abarona", PASSPHRASE),
    }


def test_every_vault_error_has_its_own_message(window, qtbot, tmp_path, vault_path):
    shown = {}
    for kind, (path, phrase) in _errors_for(tmp_path, vault_path).items():
        _unlock(window, qtbot, path, phrase)
        assert window.stack.currentWidget() is window.start, kind
        assert window.start.error_label.isVisible(), kind
        shown[kind] = window.start.error_label.text()
    assert len(set(shown.values())) == len(shown), shown
    assert "passphrase does not open" in shown["wrong_passphrase"]
    assert "newer version" in shown["too_new"]
    assert "unencrypted database file" in shown["plain_sqlite"] and "SQLite" not in shown["plain_sqlite"]
    assert (tmp_path / "empty.abarona").stat().st_size == 0


def test_vault_in_use_message(window, qtbot, vault):
    _unlock(window, qtbot, vault.path)
    assert window.start.error_label.text() == messages.vault_error(__import__("desktop.errors").errors.VaultInUse())


def test_demo_vault_search_and_model(window, qtbot, qtmodeltester):
    qtbot.mouseClick(window.start.demo_button, Qt.MouseButton.LeftButton)
    page = window.workspace.case_list
    assert page.model.rowCount() == 60
    name = page.model.data(page.model.index(0, 1))
    page.search.setText(name.split()[-1])  # the surname, in whatever script the demo used
    page.apply_now()
    assert 1 <= page.model.rowCount() < 60
    assert name in [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    page.search.clear()
    qtbot.keyClicks(page.search, "SYN-2020")  # typed, as a user would
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 60)
    assert all(page.model.data(page.model.index(r, 0)).startswith("SYN-2020") for r in range(page.model.rowCount()))
    qtmodeltester.check(page.model, force_py=True)
    page.table.selectRow(0)
    assert window.workspace.editor.case is not None and window.workspace.editor.case.id
    page.search.clear()
    page.apply_now()
    page.filters["kind"].setCurrentIndex(page.filters["kind"].findData("abduction"))
    kinds = {page.model._rows[r].kind for r in range(page.model.rowCount())}
    assert kinds == {"abduction"}
    window.lock()  # while the model tester still watches
    assert page.model.rowCount() == 0


def test_recent_list_can_be_switched_off_and_cleared(window, qtbot, vault_path):
    _unlock(window, qtbot, vault_path)
    window.lock()
    assert window.start.path_box.count() == 1
    window.start.remember.setChecked(False)
    assert settings.get(settings.RECENT_VAULTS) == [] and window.start.path_box.count() == 0
    _unlock(window, qtbot, vault_path)
    window.lock()
    assert settings.get(settings.RECENT_VAULTS) == []


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_creating_a_vault_on_a_full_drive_says_none_was_created(window, qtbot, qapp, tmp_path, language):
    """The New vault dialog, typed into, on a nearly full drive: the message says no vault was
    created and what to do (never "the vault is intact"), in the interface's language, and no
    file or folder is left on the drive."""
    from tests.helpers import fill_drive, small_file_system
    from ui import i18n

    i18n.install(qapp, language)
    try:
        with small_file_system(tmp_path / "usb", "200k") as drive:
            fill_drive(drive, 4096)
            before = sorted(p.name for p in drive.iterdir())
            dialog = CreateVaultDialog(window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            for edit, text in ((dialog.path, str(drive / "cases" / "work.abarona")),
                               (dialog.first, "correct horse battery staple"),
                               (dialog.second, "correct horse battery staple")):
                edit.setFocus()
                QTest.keyClicks(edit, text)
            assert dialog.create_button.isEnabled()
            QTest.keyClick(dialog.second, Qt.Key.Key_Return)
            shown = dialog.error_label.text()
            assert dialog.result() != dialog.DialogCode.Accepted and dialog.vault is None
            expected = messages.vault_error(type("E", (), {"code": "not_created", "full": True})())
            assert shown == expected and shown, shown
            assert messages.vault_error(type("E", (), {"code": "disk_full"})()) != shown
            if language == "en":
                assert "no vault was created" in shown and "another folder" in shown, shown
            else:
                assert "no vault was created" not in shown  # translated
            assert sorted(p.name for p in drive.iterdir()) == before
            dialog.close()
    finally:
        i18n.install(qapp, "en")
