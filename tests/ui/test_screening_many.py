"""A screened list of many matches (issue 19, item 5: a fresh user's window was blocked for
seconds while ten thousand were shown): the table is given them a page at a time as it is
scrolled, and filtering and decisions change rows in place; what is shown is what the
vault holds, in the same order, as a full reading of every match gives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import screening as screening_queries
from desktop.cases import interchange
from desktop.demo import synthetic
from desktop.screening import service as screening
from desktop.screening.listfiles import Mapping, Table
from ui.screening import MATCHES_PAGE, ScreeningPage, explanation


def _rows(client_names, count):
    rows = []
    for k, client in enumerate(client_names[:count]):
        birth = client.birth_date or ""
        rows.append([" ".join(reversed(client.names[k % len(client.names)].split())).upper(),
                     f"{birth[8:10]}.{birth[5:7]}.{birth[:4]}" if len(birth) == 10 else birth[:4]])
    return rows


@pytest.fixture
def screened(vault):
    """A vault of 700 clients and two lists that name them: more matches than a page."""
    document = synthetic.generate_document(cases=700, events_per_case=0, seed=9)
    interchange.import_cases(vault, interchange.read_cases(document))
    clients = screening_queries.client_names(vault.conn)
    headers = ["ФИО", "Дата рождения"]
    screening.import_list(vault, Table(headers, _rows(clients, 700), "mvd.csv"), Mapping(name=(0,), birth=1),
                          source="MVD RF", published="2025-03")
    screening.import_list(vault, Table(headers, _rows(clients, 30), "kgb.csv"), Mapping(name=(0,), birth=1),
                          source="KGB BY", published="2025-03")
    assert len(screening.review(vault)) > MATCHES_PAGE + 100
    return vault


@pytest.fixture
def page(qtbot):
    w = ScreeningPage()
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.set_vault(None)


def _shown(page) -> list[str]:
    return [page.model.record(r).id for r in range(page.model.rowCount())]


def _scroll_to_the_end(page, qtbot) -> None:
    """Ctrl+End, as a user presses it, until the table has every row it can be given."""
    page.table.setFocus()
    for _ in range(50):
        before = page.model.rowCount()
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
        if page.model.rowCount() == before and not page.model.canFetchMore():
            return
    pytest.fail("the table never reached its last row")


def test_a_page_first_then_every_match_in_order_as_the_table_is_scrolled(page, screened, qtbot):
    page.set_vault(screened)
    every = screening.review(screened)
    assert page.model.rowCount() == MATCHES_PAGE < len(every)
    assert _shown(page) == [i.id for i in every[:MATCHES_PAGE]]
    # what a row says is the match's own: client, cases, score and the reasons in words
    item = every[3]
    assert page.model.data(page.model.index(3, 4)).startswith(item.row.person_name)
    assert page.model.data(page.model.index(3, 5)) == ", ".join(item.row.case_references)
    assert page.model.data(page.model.index(3, 6)) == f"{item.row.score:.2f}"
    assert page.model.data(page.model.index(3, 7)) == explanation(item.reasons)
    _scroll_to_the_end(page, qtbot)
    assert _shown(page) == [i.id for i in every]
    assert page.table.currentIndex().row() == len(every) - 1  # Ctrl+End went to the very last match
    assert f"{len(every)} match(es) to review" in page.summary.text()


def test_deciding_and_filtering_change_rows_in_place_as_reading_again_would(page, screened, qtbot):
    page.set_vault(screened)
    # an entry on both sources' lists for one client: one decision holds for both rows
    every = screening.review(screened)
    twice = next(i for i in every if sum((j.row.person_id, j.row.identity) == (i.row.person_id, i.row.identity)
                                         for j in every) == 2)
    row = _shown(page).index(twice.id)
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    after = screening.review(screened)
    assert [i.status for i in after if (i.row.person_id, i.row.identity) == (twice.row.person_id, twice.row.identity)] \
        == ["dismissed", "dismissed"]
    assert [(page.model.record(r).id, page.model.record(r).status) for r in range(page.model.rowCount())] == \
        [(i.id, i.status) for i in after[:MATCHES_PAGE]]
    assert page.current_item().id == twice.id and page.reopen_button.isEnabled()
    # only those to review: the dismissed rows leave, the rest keep their order
    qtbot.mouseClick(page.open_only, Qt.MouseButton.LeftButton)
    open_ = screening.review(screened, open_only=True)
    assert _shown(page) == [i.id for i in open_[:MATCHES_PAGE]]
    assert twice.id not in _shown(page)
    # confirming while filtered takes the row out and selects the next one in its place
    page.table.selectRow(2)
    gone, following = page.model.record(2), page.model.record(3)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert gone.id not in _shown(page) and page.current_item().id == following.id
    _scroll_to_the_end(page, qtbot)
    assert _shown(page) == [i.id for i in screening.review(screened, open_only=True)]
    summary = screening.summary(screened)
    assert f"{summary.open} match(es) to review" in page.summary.text() and f"{summary.confirmed} confirmed" in \
        page.summary.text()
    qtbot.mouseClick(page.open_only, Qt.MouseButton.LeftButton)  # every match again
    shown, every = _shown(page), [i.id for i in screening.review(screened)]
    assert shown == every[:len(shown)] and len(shown) >= MATCHES_PAGE  # (more when scrolled to the end)
    assert {page.model.record(r).status for r in range(page.model.rowCount())} >= {"open", "dismissed"}


def test_one_list_of_a_source_and_locking(page, screened, qtbot):
    page.set_vault(screened)
    kgb = next(w for w in screening.lists(screened) if w.source == "KGB BY")
    page.list_box.setCurrentIndex(page.list_box.findData(kgb.id))
    assert _shown(page) == [i.id for i in screening.review(screened, kgb.id)]
    page.set_vault(None)
    assert page.model.rowCount() == 0 and len(page._items) == 0
