"""The dashboard makes views only of the rows its tables show (issue 11, the dashboard's budget):
the lists hold all their rows, in the order of the list made at once, and rows further down are
read as the user scrolls to them. Real vault, real key presses, offscreen."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import dashboard as dashboard_service
from ui.dashboard import DashboardPage


def _overdue_cases(vault, count: int) -> None:
    for n in range(count):
        day = f"2024-{1 + n % 9:02d}-15"  # six or seven terms end on each day: ties across pages
        case_service.create_case(vault, Case(reference=f"L-{n:03d}", kind="extradition", person=Person(f"Кліент {n}"),
                                             events=[Event("decision_notified", day)]))


def test_rows_are_made_views_as_the_table_shows_them_in_the_order_of_the_whole_list(qtbot, vault):
    _overdue_cases(vault, 60)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.set_vault(vault)
    card, model, table = page.sections["overdue"]
    page.tabs.setCurrentWidget(table)
    qtbot.waitExposed(table)
    rows = page.board.overdue
    assert isinstance(rows, dashboard_service.Rows) and model.rowCount() == len(rows) == card.count > 40
    qtbot.waitUntil(lambda: rows.ready > 0)
    assert rows.ready < len(rows)  # only what the window shows (a page), not the whole list
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rows.ready == len(rows))
    eager = dashboard_service.compute(vault, now=page.board.now, limit=page.ROWS)
    assert list(rows) == eager.overdue
    assert [model.data(model.index(i, 2)) for i in range(model.rowCount())] == [d.reference for d in eager.overdue]


def test_a_row_not_read_yet_while_a_task_holds_the_vault_is_shown_empty_then_read(qtbot, vault):
    _overdue_cases(vault, 50)
    board = dashboard_service.compute(vault, limit=None, lazy=True)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.show_board(board)
    model = page.sections["overdue"][1]
    last = model.index(model.rowCount() - 1, 2)
    lent, done = threading.Event(), threading.Event()

    def task():
        with vault.lent_to_this_thread():
            lent.set()
            done.wait(10)

    worker = threading.Thread(target=task)
    worker.start()
    try:
        assert lent.wait(10)
        assert model.data(last) is None and model.case_id(model.rowCount() - 1) is None  # no traceback
    finally:
        done.set()
        worker.join()
    assert model.data(last) == board.overdue[-1].reference


def test_rows_deleted_after_the_list_was_read_are_left_out_without_a_traceback(qtbot, vault):
    _overdue_cases(vault, 50)
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    board = dashboard_service.compute(vault, limit=None, lazy=True)
    page.show_board(board)
    model = page.sections["overdue"][1]
    before = model.rowCount()
    board.overdue[0]  # the first page is read; the rest is not
    read = board.overdue.ready
    for case in case_service.list_cases(vault):
        if case.reference >= "L-040":
            case_service.delete_case(vault, case.id)
    case_service.empty_trash(vault)  # their deadlines are deleted with them
    texts = [model.data(model.index(i, 2)) for i in range(before)]  # no traceback
    later = [t for t in texts[read:] if t is not None]
    assert later and all(t < "L-040" for t in later)
    assert model.rowCount() == len(board.overdue) < before
