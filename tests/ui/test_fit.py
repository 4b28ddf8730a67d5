"""Everything fits a 1366×768 laptop at 100 % (issue 13, item 11), in English, Russian and
Belarusian, with the demo vault's cases: the main window on every page and case tab, and
every dialog. A future row of buttons that is too wide, or a label that does not wrap, fails
here and names the widget that forces the width."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n, settings
from ui.main_window import MainWindow

#: The screen of a small laptop less a typical 32-pixel panel.
SCREEN = QSize(1366, 768 - 32)
#: What a window manager adds around a window: a title bar and thin borders.
FRAME = QSize(2 * 4, 30 + 4)
LANGUAGES = ["en", "ru", "be"]


def _room() -> QSize:
    return SCREEN - FRAME


def _culprit(widget: QWidget, axis: str = "width") -> str:
    """The chain of widgets whose minimum size forces ``widget``'s (for the failure message)."""
    chain = []
    while widget is not None:
        size = getattr(widget.minimumSizeHint(), axis)()
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        chain.append(f"{type(widget).__name__}({widget.objectName() or ''}{', ' + repr(text[:40]) if text else ''})={size}")
        children = [c for c in widget.findChildren(QWidget) if c.parent() is widget and c.isVisibleTo(widget)]
        widget = max(children, key=lambda c: getattr(c.minimumSizeHint(), axis)(), default=None)
        if widget is not None and getattr(widget.minimumSizeHint(), axis)() < 0.5 * size:
            break
    return " > ".join(chain)


def _window_needs(window: MainWindow) -> QSize:
    """The window's size for its content with no scroll bar (the pages sit in a scroll area
    that only 200 % scaling needs): the pages, the menu bar and the status bar."""
    content = window.stack.minimumSizeHint()
    return QSize(content.width(), content.height() + window.menuBar().sizeHint().height()
                 + window.statusBar().sizeHint().height())


@pytest.fixture
def in_language(qapp):
    chosen = []

    def use(language: str) -> None:
        chosen.append(language)
        settings.put(settings.LANGUAGE, language)
        i18n.install(qapp, language)

    yield use
    settings.put(settings.LANGUAGE, "en")
    i18n.install(qapp, "en")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo vault, made once for the module (the start screen's own demo, copied into
    each test's data folder, where the start screen opens it)."""
    from desktop.demo import vault as demo

    path = tmp_path_factory.mktemp("demo") / "demo.abarona"
    demo.open_demo_vault(path).close()
    return path


@pytest.fixture
def demo_window(qtbot, in_language, request, demo_file):
    from desktop.demo import vault as demo

    in_language(request.param)
    demo.default_demo_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_file, demo.default_demo_path())
    window = MainWindow()
    window.resize(SCREEN - FRAME)
    window.show()
    window.start.open_demo()
    assert window.vault is not None
    yield window
    window.workspace.editor.set_case(None, None)
    window.close()
    window.deleteLater()


def _fits(size: QSize) -> bool:
    room = _room()
    return size.width() <= room.width() and size.height() <= room.height()


def _widest(widgets: dict[str, QWidget], axis: str) -> str:
    name, widget = max(widgets.items(), key=lambda item: getattr(item[1].minimumSizeHint(), axis)())
    return f"{name}: {_culprit(widget, axis)}"


@pytest.mark.parametrize("demo_window", LANGUAGES, indirect=True)
def test_every_page_and_case_tab_fits_a_small_laptop(demo_window, qtbot):
    window = demo_window
    ws = window.workspace
    pages = {f"page {ws._page_names[row]}": ws.pages.widget(row) for row in range(ws.nav.count())}
    tabs = ws.editor.tabs
    case_tabs = {f"tab {tabs.tabText(i)}": tabs.widget(i) for i in range(tabs.count())}
    too_big = []

    window.resize(_room())
    qtbot.waitUntil(lambda: window.width() == _room().width())
    scroller = window.centralWidget()

    def check(where: str) -> None:
        QApplication.processEvents()
        if scroller.verticalScrollBar().isVisible() or scroller.horizontalScrollBar().isVisible():
            too_big.append(f"on {where} the window scrolls at {window.width()}×{window.height()}: "
                           f"{scroller.widget().size()} in {scroller.viewport().size()}")
        needs = _window_needs(window)
        if not _fits(needs):
            axis = "width" if needs.width() > _room().width() else "height"
            too_big.append(f"on {where} the window needs {needs.width()}×{needs.height()}; the widest page is "
                           f"{_widest(pages, axis)}; the widest tab is {_widest(case_tabs, axis)}")

    for row, name in enumerate(pages):
        ws.nav.setCurrentRow(row)
        check(name)
    ws.open_case(ws.case_list.model.case_id(2))
    for index, name in enumerate(case_tabs):
        tabs.setCurrentIndex(index)
        check(name)
    assert too_big == [], "\n".join(too_big)


def _dialogs(window):
    """Every dialog the user can open, built on the demo's third case."""
    from ui.backups import BackupsPage  # noqa: F401 - its dialogs are prompts (message boxes)
    from ui.case_deadlines import ManualDeadlineDialog, NoticeDaysDialog, OverrideDialog
    from ui.case_dialogs import DetentionDialog, EventDialog, GroupDialog, PartyDialog
    from ui.duplicates import DuplicatesDialog
    from ui.guide import GuideDialog, ShortcutsDialog
    from ui.handoff import HandoffExportDialog, HandoffImportDialog
    from ui.rapid import ChecklistDialog, DraftDialog, FilingDialog
    from ui.report_dialog import ReportDialog
    from ui.screening import ColumnMappingDialog
    from ui.settings_dialog import SettingsDialog
    from ui.unlock import ChangePassphraseDialog, CreateVaultDialog
    from desktop.deadlines import service as deadline_service
    from desktop.screening.listfiles import Table

    vault = window.vault
    case = window.workspace.editor.case
    deadlines = deadline_service.for_case(vault, case.id, lang=i18n.language())
    yield "event", lambda: EventDialog(case.events[0], window)
    yield "new event", lambda: EventDialog(None, window)
    yield "party", lambda: PartyDialog(case.parties[0] if case.parties else None, window)
    yield "detention", lambda: DetentionDialog(None, window)
    yield "groups", lambda: GroupDialog([], window)
    yield "manual deadline", lambda: ManualDeadlineDialog(case.events, window)
    yield "override deadline", lambda: OverrideDialog(deadlines[0], window)
    yield "notice days", lambda: NoticeDaysDialog(deadlines[0], window)
    yield "filing", lambda: FilingDialog(None, window)
    yield "checklist", lambda: ChecklistDialog(vault, case.id, case.reference, window)
    yield "draft", lambda: DraftDialog(vault, case.id, window)
    yield "case report", lambda: ReportDialog(vault, case.id, window)
    yield "aggregate report", lambda: ReportDialog(vault, None, window)
    yield "settings", lambda: SettingsDialog(window)
    yield "hand-off", lambda: HandoffExportDialog(vault, [case.id], window)
    yield "hand-off import", lambda: HandoffImportDialog(vault, window)
    yield "duplicates", lambda: DuplicatesDialog(vault, window)
    yield "column mapping", lambda: ColumnMappingDialog(
        Table(headers=["ФИО", "Дата рождения", "Статья", "Орган"], rows=[["Иванов Иван", "01.02.1990", "ст. 130", "МВД"]],
              kind="csv"), window)
    yield "create vault", lambda: CreateVaultDialog(window)
    yield "change passphrase", lambda: ChangePassphraseDialog(vault, window)
    yield "user guide", lambda: GuideDialog(i18n.language(), window)
    yield "shortcuts", lambda: ShortcutsDialog(window.actions(), window)


@pytest.mark.parametrize("demo_window", LANGUAGES, indirect=True)
def test_every_dialog_fits_a_small_laptop(demo_window, qtbot):
    window = demo_window
    window.workspace.open_case(window.workspace.case_list.model.case_id(2))
    too_big = []
    for name, make in _dialogs(window):
        dialog = make()
        try:
            dialog.show()
            if not _fits(dialog.minimumSizeHint()):
                too_big.append(f"{name}: {dialog.minimumSizeHint()}; {_culprit(dialog)}")
            if hasattr(dialog, "generate"):  # the new vault's generated passphrase and its warning
                dialog.generate()
                if not _fits(dialog.minimumSizeHint()):
                    too_big.append(f"{name} (generated): {dialog.minimumSizeHint()}; {_culprit(dialog, 'height')}")
        finally:
            if hasattr(dialog, "set_vault"):
                dialog.set_vault(None)
            dialog.reject()
            dialog.deleteLater()
    assert too_big == []


@pytest.mark.parametrize("demo_window", ["ru", "be", "en"], indirect=True)
def test_every_case_tab_label_is_whole_at_1366_pixels(demo_window, qtbot):
    """The thirteen pages of a case are listed down the editor's left side: each label is
    whole and on the screen, none behind scroll arrows (issue 13: "Russian tabs are not
    hidden behind scroll arrows")."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QToolButton

    window = demo_window
    window.resize(_room())
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(2))
    qtbot.waitUntil(lambda: window.width() == _room().width())
    bar = ws.editor.tabs.tabBar()
    assert bar.isVisible()
    assert not [b for b in bar.findChildren(QToolButton) if b.isVisible()]  # no scroll arrows
    on_screen = QRect(bar.mapTo(window, bar.rect().topLeft()), bar.size())
    assert window.rect().contains(on_screen)
    for index in range(bar.count()):
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), text
        assert rect.width() >= bar.fontMetrics().horizontalAdvance(text.replace("&", "")) + 16, text
    # Down the side, one under the other: the editor's pages keep their width.
    assert [bar.tabRect(i).x() for i in range(bar.count())] == [0] * bar.count()
    assert bar.width() < 0.2 * window.width()


@pytest.mark.parametrize("demo_window", ["ru", "be", "en"], indirect=True)
def test_the_case_list_shows_its_first_five_columns_at_1366_pixels(demo_window, qtbot):
    """Reference, client, kind, status and the next deadline, side by side beside the editor;
    the reference, status and date whole."""
    window = demo_window
    window.resize(_room())
    ws = window.workspace
    ws.open_case(ws.case_list.model.case_id(2))
    qtbot.waitUntil(lambda: window.width() == _room().width())
    page = ws.case_list
    table, model = page.table, page.model
    header = table.horizontalHeader()
    first = ["reference", "person", "kind", "status", "next"]
    assert [model.COLUMNS[header.logicalIndex(i)] for i in range(5)] == first
    for name in first:
        column = model.COLUMNS.index(name)
        assert table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width(), name
        if name in ("reference", "status", "next"):
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), name
        else:
            assert table.columnWidth(column) >= page.CLIENT_MIN if name == "person" else 100, name
    # The next deadline is the soonest open one of the case, if the case is open (a closed
    # case has none to meet, as the dashboard counts).
    from desktop.cases import service as case_service
    from desktop.deadlines import service as deadline_service
    from ui.dates import format_edtf

    for row in range(10):
        case_id = model.case_id(row)
        live = case_service.get_case_by_id(window.vault, case_id).status == "open"
        open_ones = [d for d in deadline_service.for_case(window.vault, case_id)
                     if live and d.status == "open" and d.kind in ("deadline", "custody") and d.due is not None]
        shown = model.data(model.index(row, model.COLUMNS.index("next")))
        soonest = min(open_ones, key=lambda d: d.due, default=None)
        assert shown == (format_edtf((soonest.last_day or soonest.due.date()).isoformat()) if soonest else ""), case_id


@pytest.mark.parametrize("demo_window", ["ru"], indirect=True)
def test_a_new_cases_events_are_shown_whole(demo_window, qtbot):
    """On a new case the event columns are sized to what they show, after each event added
    (not to the titles of an empty table)."""
    from PySide6.QtTest import QTest

    from tests.ui.test_editor import add_event

    window = demo_window
    window.resize(_room())
    ws = window.workspace
    ws.show_page("cases")
    QTest.keySequence(window, "Ctrl+N")
    editor = ws.editor
    assert editor.case is not None and editor.case.id is None
    editor.tabs.setCurrentWidget(editor.events_tab)
    add_event(editor, qtbot, "arrest", "2026-11-21", time="22:40", place="Москва, Ярославский вокзал")
    add_event(editor, qtbot, "custody_ordered", "2026-11-23")
    from ui.record_table import FIT_MOST

    table = editor.events_tab.event_table
    for column in range(table.model().columnCount() - 1):  # the last one stretches
        assert table.columnWidth(column) >= min(table.sizeHintForColumn(column), FIT_MOST), column
