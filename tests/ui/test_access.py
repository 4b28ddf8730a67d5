"""Every lawyer can use it: the Belarusian interface, keyboard and screen-reader access,
on real vault files driven by real key events."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE, ROOT
from tests.helpers import case_dict, document
from ui import i18n, settings
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


@pytest.fixture
def cases(vault_path):
    from datetime import date, timedelta

    served = (date.today() - timedelta(days=1)).isoformat()
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("A-1", status="open", outcome="pending",
                      events=[{"type": "arrest", "date": served}, {"type": "decision_notified", "date": served}]),
            case_dict("A-2", person={"name": "Dzimtry Padlobnikau"}))))
    return vault_path


def unlock(window, path):
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    assert window.vault is not None, window.start.error_label.text()


def _plain(text: str) -> str:
    return re.sub(r"&(?=[^&])", "", text).strip()


def _english_sources() -> set[str]:
    """Source strings whose Belarusian translation differs: seen in the window, they are untranslated."""
    found = set()
    for ctx in ET.parse(ROOT / "resources" / "translations" / "abarona_be.ts").getroot().iter("context"):
        for message in ctx.iter("message"):
            source, translation = message.find("source").text, message.find("translation").text
            if message.get("numerus") != "yes" and translation and _plain(translation) != _plain(source) \
                    and re.search("[A-Za-z]{3}", source) and "%" not in source:
                found.add(_plain(source))
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(("QGroupBox", widget.title()))
        elif isinstance(widget, QTabWidget):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        texts += [("placeholder", widget.placeholderText())] if hasattr(widget, "placeholderText") else []
        texts += [("tooltip", widget.toolTip())] if widget.toolTip() else []
    return texts


def test_the_belarusian_interface_leaves_nothing_in_english(window, qtbot, cases, qapp):
    english = _english_sources()
    try:
        settings.put(settings.LANGUAGE, "be")
        window.retranslate()
        assert i18n.language() == "be"
        untranslated = {t for t in visible_texts(window.start) if _plain(t[1]) in english}
        unlock(window, cases)
        ws = window.workspace
        assert [ws.nav.item(r).text() for r in range(ws.nav.count())] == [
            "Зводка", "Справы", "Людзі", "Спісы вышуку", "Рэзервовыя копіі", "Каманда", "Кошык"]
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&Файл", "&Праўка"]
        for row in range(ws.nav.count()):
            ws.nav.setCurrentRow(row)
            untranslated |= {t for t in visible_texts(ws) if _plain(t[1]) in english}
        ws.open_case(ws.case_list.model.case_id(0))
        tabs = ws.editor.findChild(QTabWidget)
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            untranslated |= {t for t in visible_texts(ws.editor) if _plain(t[1]) in english}
        assert untranslated == set()
        model = ws.case_list.model
        labels = {model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())}
        assert "Экстрадыцыя" in labels  # vocabulary labels in Belarusian
    finally:
        settings.put(settings.LANGUAGE, "en")
        i18n.install(qapp, "en")


def _unnamed_everywhere(window, qtbot):
    from ui import access

    found = [(type(w).__name__, w.objectName()) for w in access.unnamed(window)]
    ws = window.workspace
    for row in range(ws.nav.count()):
        ws.nav.setCurrentRow(row)
        qtbot.wait(1)  # names are given once a widget is shown
        found += [(ws._page_names[row], type(w).__name__, w.objectName()) for w in access.unnamed(ws)]
    ws.open_case(ws.case_list.model.case_id(0))
    tabs = ws.editor.findChild(QTabWidget)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        qtbot.wait(1)
        found += [(tabs.tabText(i), type(w).__name__, w.objectName()) for w in access.unnamed(ws.editor)]
    return found


def test_every_interactive_widget_has_a_name(window, qtbot, cases):
    from ui import access

    qtbot.wait(1)
    assert [(type(w).__name__, w.objectName()) for w in access.unnamed(window.start)] == []
    unlock(window, cases)
    assert sorted(set(_unnamed_everywhere(window, qtbot))) == []


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_no_access_key_is_used_twice_on_a_screen(window, qtbot, cases, qapp, language):
    from ui import access

    try:
        settings.put(settings.LANGUAGE, language)
        window.retranslate()
        found = {"start": access.clashes(window)}
        unlock(window, cases)
        ws = window.workspace
        for row in range(ws.nav.count()):
            ws.nav.setCurrentRow(row)
            found[ws._page_names[row]] = access.clashes(window)
        ws.open_case(ws.case_list.model.case_id(0))
        tabs = ws.editor.findChild(QTabWidget)
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found[tabs.tabText(i)] = access.clashes(window)
        found = {k: v for k, v in found.items() if v}
        assert found == {}
    finally:
        settings.put(settings.LANGUAGE, "en")
        i18n.install(qapp, "en")


# -- keyboard paths ----------------------------------------------------------------------------
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402


def _in_editor(window) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and focus.isVisible() and window.workspace.editor.isAncestorOf(focus)


def test_tab_leaves_every_table(window, qtbot, cases):
    unlock(window, cases)
    ws = window.workspace
    ws.show_page("cases")
    table = ws.case_list.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1  # arrows move inside
    QTest.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table  # Tab leaves
    for row in range(ws.nav.count()):
        ws.nav.setCurrentRow(row)
    ws.open_case(ws.case_list.model.case_id(0))
    for i in range(ws.editor.tabs.count()):
        ws.editor.tabs.setCurrentIndex(i)
    views = [v for v in window.findChildren(QAbstractItemView) if v.isVisible() or v.model() is not None]
    assert len(views) >= 10 and not [v.objectName() for v in views if v.tabKeyNavigation()]


def test_search_enter_and_down_reach_the_results_and_enter_opens_the_case(window, qtbot, cases):
    unlock(window, cases)
    QTest.keySequence(window, "Ctrl+F")
    search = window.workspace.case_list.search
    assert QApplication.focusWidget() is search
    QTest.keyClicks(search, "A-2")
    QTest.keyClick(search, Qt.Key.Key_Down)
    table = window.workspace.case_list.table
    assert QApplication.focusWidget() is table and table.currentIndex().row() == 0
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert window.workspace.editor.case.reference == "A-2"
    assert _in_editor(window)
    QTest.keySequence(window, "Ctrl+F")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is table


def test_ctrl_tab_and_ctrl_page_down_switch_editor_tabs_from_anywhere(window, qtbot, cases):
    unlock(window, cases)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    tabs = ws.editor.tabs
    start = tabs.currentIndex()
    ws.case_list.table.setFocus()
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+Tab")
    assert tabs.currentIndex() == (start + 1) % tabs.count()
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+PgDown")
    assert tabs.currentIndex() == (start + 2) % tabs.count()
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+PgUp")
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+Shift+Tab")
    assert tabs.currentIndex() == start
    # Alt+1 … Alt+0 open the tabs, in every language; each tab says its key.
    assert [tabs.tabToolTip(i) for i in range(tabs.count())][:10] == [f"Alt+{(i + 1) % 10}" for i in range(10)]
    last = min(tabs.count(), 10)
    QTest.keySequence(QApplication.focusWidget(), f"Alt+{last % 10}")
    assert tabs.currentIndex() == last - 1
    QTest.keySequence(QApplication.focusWidget(), "Alt+2")
    assert tabs.currentIndex() == 1


def test_every_editor_tab_is_in_the_view_menu_the_last_ones_too(window, qtbot, cases):
    from PySide6.QtWidgets import QMenu

    unlock(window, cases)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    tabs = ws.editor.tabs
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    items = [a.text() for a in view.actions() if not a.isSeparator()]
    assert items[-tabs.count():] == [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    # By keys only: Alt+V opens the menu; Up from the top wraps to its last item, the Urgent tab.
    ws.case_list.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    QTest.keyClick(menu, Qt.Key.Key_Up)
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabs.currentIndex() == tabs.count() - 1)
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Urgent"


def test_opening_a_case_from_the_dashboard_puts_the_focus_in_the_editor(window, qtbot, cases):
    unlock(window, cases)
    ws = window.workspace
    assert ws.current_page() == "dashboard"
    ws.dashboard.case_requested.emit(ws.case_list.model.case_id(0))
    assert ws.current_page() == "cases" and _in_editor(window)


def test_save_says_it_saved(window, qtbot, cases):
    unlock(window, cases)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    ws.editor.tabs.setCurrentIndex(1)
    assert access_focus(ws.editor.tabs.currentWidget())
    QTest.keyClicks(QApplication.focusWidget(), "x")
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+S")
    assert window.statusBar().currentMessage() == f"Case {ws.editor.case.reference} saved."


def access_focus(widget) -> bool:
    from ui import access

    return access.focus_first_field(widget)


def test_error_messages_copy_with_ctrl_c(window, qtbot, cases):
    from PySide6.QtWidgets import QMessageBox

    from ui import prompts

    window.start.path_box.setEditText(str(cases))
    window.start.passphrase.setText("wrong")
    window.start.open_selected()
    label = window.start.error_label
    assert label.isVisible() and "passphrase" in label.text()
    qtbot.wait(1)
    label.setFocus()
    QTest.keySequence(label, "Ctrl+A")
    QTest.keySequence(label, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == label.text()
    box = prompts.message_box(window, QMessageBox.Icon.Warning, "Not saved", "The disk is full.")
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)
    QTest.keySequence(QApplication.focusWidget(), "Ctrl+C")
    assert "The disk is full." in QGuiApplication.clipboard().text()
    box.close()


def test_timeline_events_are_reached_and_read_from_the_keyboard(window, qtbot, cases):
    unlock(window, cases)
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(0))
    panel = ws.editor.timeline
    ws.editor.tabs.setCurrentWidget(panel)
    view = panel.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)
    first = panel.readout.text()
    assert first.startswith("1 of ") and "Arrest" in first and view.accessibleDescription() == first
    QTest.keyClick(view, Qt.Key.Key_End)
    assert "Deadline" in panel.readout.text()  # a deadline flag, said in words, not colour
    QTest.keyClick(view, Qt.Key.Key_Home)
    with qtbot.waitSignal(view.event_requested) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [view.current_event_id()]


def test_text_keeps_a_contrast_of_4_5_to_1(window, qtbot, cases):
    from ui import access

    assert access.contrast(QColor("#808080"), QColor("#ffffff")) < 4.5 < access.contrast(QColor("#595959"), QColor("#ffffff"))
    low = access.low_contrast(window)
    unlock(window, cases)
    ws = window.workspace
    for row in range(ws.nav.count()):
        ws.nav.setCurrentRow(row)
        low += access.low_contrast(ws)
    ws.open_case(ws.case_list.model.case_id(0))
    for i in range(ws.editor.tabs.count()):
        ws.editor.tabs.setCurrentIndex(i)
        low += access.low_contrast(ws.editor)
    assert low == []


# -- scaling: 1366×768 at 100–200 % ---------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_the_window_fits_a_small_laptop_at_200_percent(window, qtbot, cases, qapp, language):
    """1366×768 at 200 % leaves 683×384 logical pixels, a panel included: every page fits."""
    try:
        settings.put(settings.LANGUAGE, language)
        window.retranslate()
        sizes = [window.minimumSizeHint()]
        unlock(window, cases)
        ws = window.workspace
        for row in range(ws.nav.count()):
            ws.nav.setCurrentRow(row)
            sizes.append(window.minimumSizeHint())
        ws.open_case(ws.case_list.model.case_id(0))
        for i in range(ws.editor.tabs.count()):
            ws.editor.tabs.setCurrentIndex(i)
            sizes.append(window.minimumSizeHint())
        assert max(s.width() for s in sizes) <= 683 and max(s.height() for s in sizes) <= 384 - 32
    finally:
        settings.put(settings.LANGUAGE, "en")
        i18n.install(qapp, "en")


def _inside(widget, window) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    bottom_right = widget.mapTo(window, widget.rect().bottomRight())
    return window.rect().contains(top_left) and window.rect().contains(bottom_right)


def test_windows_and_the_report_dialog_stay_on_the_screen(window, qtbot, cases):
    from ui.report_dialog import ReportDialog

    area = window.screen().availableGeometry()  # 800×600 offscreen: 1366×768 at about 170 %
    assert area.contains(window.frameGeometry())
    unlock(window, cases)
    dialog = ReportDialog(window.vault, window.workspace.case_list.model.case_id(0), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert area.contains(dialog.frameGeometry())
    for button in (dialog.update_button, dialog.print_button, dialog.save_button):
        assert button.isVisible() and _inside(button, dialog)
    dialog.set_vault(None)
    dialog.close()


def test_the_new_vault_warning_is_never_cut(qtbot):
    from ui.unlock import CreateVaultDialog

    dialog = CreateVaultDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.generate()
    note = dialog.generated_note
    assert note.isVisible() and _inside(note, dialog) and _inside(dialog.create_button, dialog)
    assert note.height() >= note.heightForWidth(note.width())
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
