"""The duplicates search in the GUI (issue 19, cause 5): its progress dialog counts the
clients, and its Cancel button stops the search, which then says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from db import screening as screening_queries
from desktop.cases import interchange
from desktop.demo import synthetic
from desktop.screening import duplicates
from ui.duplicates import DuplicatesDialog


@pytest.fixture
def many_clients(vault):
    document = synthetic.generate_document(cases=400, events_per_case=0, seed=3)
    interchange.import_cases(vault, interchange.read_cases(document))
    return vault


def _watch_progress(seen: list) -> QTimer:
    """Notes (maximum, value) of the progress dialog while it exists, as a user sees it."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):
                seen.append((widget.maximum(), widget.value()))

    timer.timeout.connect(look)
    timer.start(1)
    return timer


def test_the_progress_dialog_counts_the_clients_and_the_pairs_are_shown(qtbot, many_clients):
    clients = len(screening_queries.client_names(many_clients.conn))
    dialog = DuplicatesDialog(many_clients)
    qtbot.addWidget(dialog)
    seen: list = []
    timer = _watch_progress(seen)
    dialog.find()
    timer.stop()
    assert any(maximum == clients for maximum, _ in seen)  # one step a client
    expected = duplicates.find_duplicates(many_clients)
    assert expected and dialog.model.records == expected
    assert f"{len(expected)} probable duplicate" in dialog.status.text()


def test_cancel_stops_the_search_and_the_dialog_says_so(qtbot, many_clients):
    dialog = DuplicatesDialog(many_clients)
    qtbot.addWidget(dialog)
    pressed = []

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):  # shown or not yet: it counts from its start
                qtbot.mouseClick(widget.findChild(QPushButton), Qt.MouseButton.LeftButton)
                pressed.append(True)
                return
        QTimer.singleShot(1, press_cancel)

    QTimer.singleShot(0, press_cancel)
    dialog.find()
    assert pressed
    assert dialog.model.rowCount() == 0
    assert dialog.status.text().startswith("The search was cancelled; nothing was changed.")
    assert not dialog.keep_left.isEnabled() and not dialog.keep_right.isEnabled()
    dialog.find()  # and it can be searched again
    assert dialog.model.rowCount() > 0
