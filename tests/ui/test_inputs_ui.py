"""GUI side of issue 14: an article outside the catalogue only with a warning, hidden
characters shown as marks, dates shown from desktop's parts (no EDTF parsing in ui/)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from ui.dates import EdtfEdit, format_edtf
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.workspace.editor.set_case(None, None)
    w.close()
    w.deleteLater()


def _unlock(window, path):
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    assert window.vault is not None, window.start.error_label.text()


def _type_charge(editor, text):
    editor = editor.charges_tab
    editor.charge_search.setFocus()
    editor.charge_search.clear()
    QTest.keyClicks(editor.charge_search, text)
    QTest.keyClick(editor.charge_search, Qt.Key.Key_Return)


def test_an_article_outside_the_catalogue_needs_a_yes(window, qtbot, vault_path, answers):
    _unlock(window, vault_path)
    QTest.keySequence(window, "Ctrl+N")
    editor = window.workspace.editor
    answers.queue.append(False)
    _type_charge(editor, "BY CC 999")
    assert answers.seen[-1][1] == "Article not in the catalogue" and "BY CC 999" in answers.seen[-1][2]
    assert editor.case.charges == []
    answers.queue.append(True)
    _type_charge(editor, "BY CC 999")
    assert [(c.jurisdiction, c.code, c.article) for c in editor.case.charges] == [("BY", "CC", "999")]
    seen = len(answers.seen)
    _type_charge(editor, "BY CC 361.1")  # in the catalogue as 361-1: no question
    assert len(answers.seen) == seen
    assert editor.case.charges[-1].article == "361-1"


def test_hidden_characters_show_as_marks_in_the_case_list(window, qtbot, vault_path):
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            {**case_dict("A-1"), "person": {"name": "Kudin\u202enivaI Aliaksei"}})))
        # a NUL as a vault of an earlier release could hold it (an import now refuses it)
        with vault.transaction() as conn:
            conn.execute("UPDATE persons SET display_name = ?", ("Kudin\u202enivaI\u0000 Aliaksei",))
    _unlock(window, vault_path)
    model = window.workspace.case_list.model
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert any("Kudin[U+202E]nivaI\u2400 Aliaksei" == s for s in shown), shown
    assert not any("\u202e" in (s or "") for s in shown)


def test_dates_shown_and_edited_through_desktops_parts(qtbot):
    assert format_edtf("2021-24") == "winter 2021–22"  # December 2021 to February 2022
    assert format_edtf("2021-22~") == "≈ summer 2021"
    assert format_edtf("201X") == "201X"  # other forms: as written
    assert format_edtf("2021~") == "≈ 2021"
    edit = EdtfEdit()
    qtbot.addWidget(edit)
    for text in ("2021-07~", "2021-01-28/2021-02-01", "2021", "2021-24"):
        edit.setText(text)
        assert edit.text() == text


def test_hidden_characters_show_as_marks_in_the_case_view(qtbot):
    from db.records import Case, Person
    from ui.case_view import CaseView

    view = CaseView()
    qtbot.addWidget(view)
    view.show_case(Case(reference="A-1", kind="other", person=Person("Kudin\u202enivaI\u0000 A")))
    shown = view.toPlainText()
    assert "Kudin[U+202E]nivaI\u2400 A" in shown and "\u202e" not in shown


def test_the_date_widget_says_why_a_date_is_refused(qtbot):
    edit = EdtfEdit()
    qtbot.addWidget(edit)
    edit.setText("2026-11-29T23:30")
    assert edit.problem() == "This has a time of day: enter the date here and the time in the time field."
    edit.setText("２０２１-０１-０１")
    assert edit.problem() == "Write the date with the digits 0-9."
    edit.setText("2021-24")
    assert edit.problem() == ""


def _type_cyrillic_charge(editor, text):
    """Key events carrying each character (QTest.keyClicks takes Latin-1 only), then Return."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    search = editor.charges_tab.charge_search
    search.setFocus()
    search.clear()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(search, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    assert search.text() == text
    QTest.keyClick(search, Qt.Key.Key_Return)


@pytest.mark.parametrize("language", ["ru", "be"])
def test_a_charge_typed_as_lawyers_write_it_is_taken_with_its_part(window, qtbot, qapp, vault_path, answers, language):
    """Found by a fresh user: the tab shows "УК РБ ст. 363 ч. 2" but took only "363" or
    "BY CC 363" as input; anything else was dropped without a word."""
    from ui import i18n

    try:
        i18n.install(qapp, language)
        _unlock(window, vault_path)
        QTest.keySequence(window, "Ctrl+N")
        editor = window.workspace.editor
        for typed in ("УК РБ ст. 363 ч. 2", "ч. 1 ст. 342 КК РБ", "КоАП РФ ст. 20.2 ч. 5"):
            _type_cyrillic_charge(editor, typed)
        assert [(c.jurisdiction, c.code, c.article, c.part) for c in editor.case.charges] == [
            ("BY", "CC", "363", "2"), ("BY", "CC", "342", "1"), ("RU", "AO", "20.2", "5")]
        assert editor.charges_tab.problem.isHidden()
        _type_cyrillic_charge(editor, "нешта незразумелае")
        assert not editor.charges_tab.problem.isHidden() and "нешта незразумелае" in editor.charges_tab.problem.text()
        assert len(editor.case.charges) == 3  # nothing added, and said
    finally:
        i18n.install(qapp, "en")
