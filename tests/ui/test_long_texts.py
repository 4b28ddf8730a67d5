"""A 10,000-character client name (and place, facility, lawyer) in every place the window shows
it: the case list, the editor's header and tabs, the dashboard's rows, the dialogs. Long texts
elide or wrap; nothing widens the window beyond a 1366×768 laptop (issue 13, item 11's fit)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from db.records import Case, Charge, Event, Person
from desktop.cases import service as case_service
from tests.ui.test_fit import _culprit, _dialogs, _fits, _room, _widest, _window_needs
from ui.main_window import MainWindow

SOON = (date.today() + timedelta(days=1)).isoformat()


def _long(kind: str) -> dict[str, str]:
    if kind == "one word":  # no space to wrap at: only eliding helps
        return {"name": "Я" * 10_000, "place": "М" * 5_000, "facility": "С" * 2_000, "lawyer": "Ł" * 1_000}
    return {"name": " ".join(["Аляксандра-Канстанцыя"] * 460)[:10_000], "place": "Мінск " * 1_000,
            "facility": "СІЗА " * 400, "lawyer": "Ганна " * 200}


@pytest.fixture(params=["one word", "many words"])
def long_window(request, qtbot, tmp_path_factory, in_language, demo_file):
    from desktop.demo import vault as demo
    from db.vault import open_vault

    in_language("en")
    texts = _long(request.param)
    demo.default_demo_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_file, demo.default_demo_path())
    with open_vault(demo.default_demo_path(), demo.DEMO_PASSPHRASE) as vault:
        case = case_service.create_case(vault, Case(
            reference="AAA-LONG", kind="extradition", status="open", outcome="pending",
            person=Person(texts["name"], birth_date="1990-02-03", citizenship=["BY"], hometown=texts["place"]),
            arrest_date="2026-01-10", arrest_place=texts["place"], facility=texts["facility"],
            region=texts["place"], lawyer=texts["lawyer"], summary=texts["place"],
            charges=[Charge("BY", "CC", "342")],
            events=[Event("arrest", "2026-01-10", place=texts["place"]),
                    Event("transfer_date_set", SOON, time="05:30", place=texts["place"])]))
    window = MainWindow()
    window.resize(_room())
    window.show()
    window.start.open_demo()
    assert window.vault is not None
    yield window, case.id
    window.workspace.editor.set_case(None, None)
    window.close()
    window.deleteLater()


from tests.ui.test_fit import demo_file, in_language  # noqa: E402,F401  (the fit test's fixtures)


def _too_big(window, where: str, pages: dict, tabs: dict) -> list[str]:
    QApplication.processEvents()
    scroller = window.centralWidget()
    found = []
    if scroller.horizontalScrollBar().isVisible():
        found.append(f"on {where} the window scrolls sideways: {scroller.widget().size()} in "
                     f"{scroller.viewport().size()}")
    needs = _window_needs(window)
    if needs.width() > _room().width():
        found.append(f"on {where} the window needs {needs.width()} px wide; the widest page is "
                     f"{_widest(pages, 'width')}; the widest tab is {_widest(tabs, 'width')}")
    return found


def test_a_10000_character_name_never_widens_the_window(long_window, qtbot):
    window, case_id = long_window
    ws = window.workspace
    window.resize(_room())
    qtbot.waitUntil(lambda: window.width() == _room().width())
    pages = {f"page {ws._page_names[row]}": ws.pages.widget(row) for row in range(ws.nav.count())}
    tabs = ws.editor.tabs
    too_big = []
    for row, name in enumerate(pages):
        ws.nav.setCurrentRow(row)
        too_big += _too_big(window, name, pages, {"none": tabs})
    ws.open_case(case_id)
    case_tabs = {f"tab {tabs.tabText(i)}": tabs.widget(i) for i in range(tabs.count())}
    for index, name in enumerate(case_tabs):
        tabs.setCurrentIndex(index)
        too_big += _too_big(window, name, pages, case_tabs)
    assert window.width() <= _room().width()
    assert too_big == [], "\n".join(too_big)


def test_every_dialog_on_the_long_case_fits(long_window, qtbot):
    window, case_id = long_window
    window.workspace.open_case(case_id)
    too_big = []
    for name, make in _dialogs(window):
        dialog = make()
        try:
            dialog.show()
            QApplication.processEvents()
            if not _fits(dialog.minimumSizeHint()) or dialog.width() > _room().width():
                too_big.append(f"{name}: {dialog.minimumSizeHint()} (shown {dialog.size()}); {_culprit(dialog)}")
        finally:
            if hasattr(dialog, "set_vault"):
                dialog.set_vault(None)
            dialog.reject()
    assert too_big == [], "\n".join(too_big)


def test_a_message_naming_the_client_wraps_within_the_screen(qtbot):
    """The one seam of every message box: a 10,000-character name in a question wraps (and is
    cut), the question after it is still there, and Ctrl+C copies the text as given."""
    from PySide6.QtWidgets import QMessageBox

    from ui import prompts

    name = "Я" * 10_000
    text = f"Merge {name} into Ганна? This cannot be undone."
    box = prompts.message_box(None, QMessageBox.Icon.Question, f"Merge {name}", text)
    qtbot.addWidget(box)
    box.show()
    QApplication.processEvents()
    assert _fits(box.sizeHint()) and box.width() <= _room().width(), box.size()
    assert box.text().endswith("into Ганна? This cannot be undone.")
    box.close()


@pytest.mark.parametrize("kind", ["one word", "many words"])
def test_list_tooltips_of_a_long_name_stay_short(vault, kind):
    from PySide6.QtCore import Qt

    from ui.case_list import CaseTableModel
    from ui.elide import TIP_CHARACTERS

    name = _long(kind)["name"]
    case_service.create_case(vault, Case(reference="L-1", kind="other", person=Person(name)))
    model = CaseTableModel()
    model.set_vault(vault)
    column = model.COLUMNS.index("person")
    index = model.index(0, column)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == name  # the view elides it
    assert len(model.data(index, Qt.ItemDataRole.ToolTipRole)) <= TIP_CHARACTERS


def test_the_duplicate_banner_naming_a_long_client_fits(long_window, qtbot):
    """A new case typed with the long client's name: the banner offering that client names it
    (cut, wrapping) and the window stays within the screen."""
    from PySide6.QtCore import Qt

    window, case_id = long_window
    ws = window.workspace
    window.resize(_room())
    ws.open_case(case_id)
    name = ws.editor.case.person.display_name
    ws.new_case()
    editor = ws.editor
    tabs = editor.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i) is editor.client_tab))
    field = editor.client_tab.person_name
    field.setFocus()
    field.setText(name)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # editing finished: the vault is asked for namesakes
    qtbot.waitUntil(lambda: not editor.duplicate_banner.isHidden())
    QApplication.processEvents()
    assert name[:20] in editor.duplicate_label.text()
    needs = _window_needs(window)
    assert needs.width() <= _room().width(), _culprit(editor, "width")
    assert not window.centralWidget().horizontalScrollBar().isVisible()


def test_a_match_with_a_10000_character_list_entry_fits_the_review(qtbot, vault):
    """A wanted list's entry (text from outside) as long as the client's name: the match's
    detail wraps and is cut; the page asks for no more than the screen."""
    from desktop.screening import service as screening
    from desktop.screening.listfiles import Mapping, Table
    from ui.screening import ScreeningPage

    name = "Кудзін Аляксей " + "Я" * (10_000 - 15)  # one word no line can hold; the longest name a case takes
    case_service.create_case(vault, Case(reference="L-1", kind="other", person=Person(name)))
    table = Table(headers=["ФИО", "Место"], rows=[[name, "М" * 5_000]], kind="csv")
    screening.import_list(vault, table, Mapping(name=(0,), place=1), source="MVD RF", published="2025-04")
    page = ScreeningPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.resize(_room())
    page.show()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    QApplication.processEvents()
    assert "ЯЯЯЯ" in page.detail.text()
    assert page.minimumSizeHint().width() <= _room().width(), _culprit(page)
    page.set_vault(None)
