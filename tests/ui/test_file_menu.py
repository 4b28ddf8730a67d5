"""File → Change passphrase… and Check vault, as the user guide describes them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.ui.drive import when_dialog_opens
from tests.ui.test_access import cases, unlock, window  # noqa: F401 - fixtures

NEW = "lantern orbit velvet harbour quince"


def test_change_passphrase_from_the_file_menu(window, qtbot, cases, answers):
    unlock(window, cases)
    assert [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()][:12].count(
        "Ch&ange passphrase…") == 1

    def type_twice(dialog):
        QTest.keyClicks(dialog.first, NEW)
        QTest.keyClicks(dialog.second, NEW[:-1])
        assert not dialog.change_button.isEnabled() and "differ" in dialog.error_label.text()
        QTest.keyClicks(dialog.second, NEW[-1])
        QTest.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)

    when_dialog_opens(type_twice)
    window.rekey_action.trigger()
    assert answers.seen[-1][1] == "Passphrase changed"
    window.lock_action.trigger()
    assert window.vault is None
    with open_vault(cases, NEW) as vault:  # the file on disk opens with the new passphrase only
        assert vault.path == cases
    window.start.path_box.setEditText(str(cases))
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    assert window.vault is None and "passphrase" in window.start.error_label.text()


def test_check_vault_from_the_file_menu(window, qtbot, cases, answers):
    unlock(window, cases)
    window.check_action.trigger()
    kind, title, text = answers.seen[-1]
    assert (kind, title) == ("inform", "Check vault") and text.startswith("The vault is intact:")


def test_help_opens_the_guide_in_the_interface_language_with_its_references(window, qtbot, qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QApplication

    from ui import i18n, settings
    from ui.guide import GuideDialog

    try:
        settings.put(settings.LANGUAGE, "be")
        window.retranslate()
        assert window.guide_action.shortcut().toString() == "F1"
        window.guide_action.trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog) and w.isVisible())
        text = dialog.browser.toPlainText()
        assert text.startswith("Abarona — дапаможнік карыстальніка") and "Пасля выемкі" in text
        picture = dialog.browser.loadResource(dialog.browser.document().ResourceType.ImageResource.value,
                                              QUrl("screenshots/start-be.png"))
        assert picture is not None and not picture.isEmpty()  # the pictures are found beside the guide
        dialog.browser.anchorClicked.emit(QUrl("cli.md"))
        assert dialog.current == "cli.md" and "Exit codes" in dialog.browser.toPlainText()
        dialog.browser.anchorClicked.emit(QUrl("https://example.org/"))
        assert dialog.current == "cli.md"  # the program never goes online
        dialog.close()
    finally:
        settings.put(settings.LANGUAGE, "en")
        i18n.install(qapp, "en")


def test_the_shortcut_list_is_read_from_the_window(window, qtbot):
    from ui.guide import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions(), window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Ctrl+L"] == "Lock" and rows["Ctrl+Tab, Ctrl+PgDown"] == "Next tab of the case"
    assert "Alt+1 … Alt+0" in rows and rows["F1"] == "User guide"


def test_an_automatic_backup_at_close_needs_nothing_typed(window, qtbot, cases, answers, tmp_path):
    from desktop.vaults import backups

    usb = tmp_path / "usb"
    usb.mkdir()
    with open_vault(cases, PASSPHRASE) as vault:
        backups.save_settings(vault, backups.BackupSettings(folder=str(usb), on_close=True))
    unlock(window, cases)
    window.close()  # no backup passphrase was typed in this session: the vault's own is used
    assert [title for _kind, title, _text in answers.seen if "backup" in title.lower()] == []
    made = list(usb.iterdir())
    assert len(made) == 1 and backups.verify_backup(made[0], PASSPHRASE).ok
