"""The four defects of issue 13 that broke a promise (locking, restorable backups, accurate
records), each reproduced by real key events on a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.drive import when_dialog_opens
from tests.ui.test_editor import two_cases, unlock, window  # noqa: F401 - fixtures
from ui import i18n, settings


@pytest.fixture
def back_to_english(qapp):
    yield
    settings.put(settings.LANGUAGE, "en")
    i18n.install(qapp, "en")


def test_shortcuts_work_after_a_language_switch_both_ways(window, qtbot, two_cases, back_to_english):
    """Defect 1: after a language switch every shortcut, Ctrl+L included, was dead."""
    unlock(window, two_cases)
    for language in ("ru", "en"):
        settings.put(settings.LANGUAGE, language)
        window.retranslate()
        window.activateWindow()
        for row in range(window.workspace.nav.count()):
            QTest.keySequence(window, f"Ctrl+{row + 1}")
            assert window.workspace.nav.currentRow() == row
        QTest.keySequence(window, "Ctrl+N")
        assert window.workspace.current_page() == "cases" and window.workspace.editor.case.id is None
        QTest.keySequence(window, "Ctrl+L")
        assert window.vault is None, f"Ctrl+L did nothing after switching to {language}"
        unlock(window, two_cases)
    # no action is left over from an earlier build: each shortcut belongs to one action
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))


def _type_in_charge_search(editor, text: str) -> None:
    search = editor.charges_tab.charge_search
    search.setFocus()
    QTest.keyClicks(search, text)


def _key(key) -> None:
    """A key where the user's key goes: the completion popup when it is up, else the focus."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    QTest.keyClick(target, key)


def test_a_charge_chosen_with_the_keyboard_is_added_once(window, qtbot, two_cases):
    """Defect 3: type 363, Down, Return added the charge twice."""
    unlock(window, two_cases)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    editor = ws.editor
    editor.tabs.setCurrentIndex(editor._tab_index["charges"])
    before = len(editor.case.charges)
    _type_in_charge_search(editor, "363")
    popup = editor.charges_tab.charge_search.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Return)
    qtbot.wait(50)  # let anything queued by the key run
    added = editor.case.charges[before:]
    assert [(c.jurisdiction, c.code, c.article) for c in added] == [("BY", "CC", "363")]
    assert editor.charges_tab.charge_model.rowCount() == before + 1


def test_an_exact_duplicate_charge_is_refused_with_a_message(window, qtbot, two_cases):
    unlock(window, two_cases)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    editor = ws.editor
    editor.tabs.setCurrentIndex(editor._tab_index["charges"])
    tab = editor.charges_tab
    before = len(editor.case.charges)
    for _ in range(2):
        _type_in_charge_search(editor, "BY CC 342")
        QTest.keyClicks(tab.charge_part, "1")
        tab.charge_search.setFocus()
        QTest.keyClick(tab.charge_search, Qt.Key.Key_Return)
    assert len(editor.case.charges) == before + 1
    assert tab.problem.isVisible() and "BY CC 342" in tab.problem.text()
    # another part of the same article is another charge
    _type_in_charge_search(editor, "BY CC 342")
    QTest.keyClicks(tab.charge_part, "2")
    tab.charge_search.setFocus()
    QTest.keyClick(tab.charge_search, Qt.Key.Key_Return)
    assert len(editor.case.charges) == before + 2 and not tab.problem.isVisible()
    assert editor.save()


def test_the_service_refuses_a_charge_listed_twice(two_cases):
    from desktop.cases import service as case_service
    from desktop.cases.records import Charge
    from desktop.vaults import open_vault
    from tests.conftest import PASSPHRASE

    with open_vault(two_cases, PASSPHRASE) as vault:
        case = case_service.get_case(vault, case_service.list_cases(vault)[0].id)
        case.charges = [Charge("BY", "CC", "361", "1"), Charge("BY", "CC", "361", "1")]
        with pytest.raises(case_service.CaseInvalid) as caught:
            case_service.update_case(vault, case)
        assert [p.code for p in caught.value.problems] == ["duplicate_charge"]


def test_the_dialog_helper_fails_instead_of_hanging(qtbot):
    """A failed assertion inside a dialog callback closes the dialog and fails the test."""
    from PySide6.QtWidgets import QDialog

    def wrong(_dialog):
        raise AssertionError("the callback's own assertion")

    dialog = QDialog()
    when_dialog_opens(wrong)
    with qtbot.capture_exceptions() as raised:
        result = dialog.exec()  # would wait forever if the helper left the dialog open
    assert result == QDialog.DialogCode.Rejected
    assert len(raised) == 1 and "the callback's own assertion" in str(raised[0][1])


def test_the_dialog_helper_fails_when_the_dialog_refuses_the_answer(qtbot):
    """An answer the dialog does not take (it stays open, saying why) fails the test instead
    of leaving it in exec() for ever; the failure names the dialog and what it says."""
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    class Refusing(QDialog):
        def accept(self):
            self.problem.setText("“21 11 2026” is not a date I understand")

    dialog = Refusing()
    dialog.setWindowTitle("New event")
    dialog.problem = QLabel(dialog)
    QVBoxLayout(dialog).addWidget(dialog.problem)

    def answer(d):
        d.accept()

    when_dialog_opens(answer, answered_within=0.5)
    with qtbot.capture_exceptions() as raised:
        result = dialog.exec()
    assert result == QDialog.DialogCode.Rejected
    assert len(raised) == 1
    message = str(raised[0][1])
    assert "New event" in message and "is not a date I understand" in message and "answer" in message


def test_the_dialog_helper_fails_when_a_question_in_turn_goes_unanswered(qtbot):
    """The answer opens another modal question that nobody answers: both are closed, the test fails."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    asked = []

    class Asking(QDialog):
        def accept(self):
            box = QMessageBox(QMessageBox.Icon.Question, "Replace the draft?", "A draft exists.",
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            asked.append(box.exec())
            super().accept()

    dialog = Asking()
    dialog.setWindowTitle("Outer")
    when_dialog_opens(lambda d: d.accept(), answered_within=0.5)  # accept() waits in the question
    with qtbot.capture_exceptions() as raised:
        dialog.exec()
    assert asked and asked[0] != QMessageBox.StandardButton.Yes  # the question was closed, not agreed to
    assert len(raised) == 1 and "Outer" in str(raised[0][1]) and "Replace the draft?" in str(raised[0][1])


def test_the_dialog_helper_fails_when_no_dialog_opens(qtbot):
    when_dialog_opens(lambda d: d.accept(), wait=0.2)
    with qtbot.capture_exceptions() as raised:
        qtbot.waitUntil(lambda: bool(raised), timeout=10000)
    assert "No dialog opened" in str(raised[0][1])
