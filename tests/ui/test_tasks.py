"""Long work runs on a thread; the progress dialog is only ever touched on the GUI thread."""

from __future__ import annotations

import threading

from desktop.progress import Cancelled
from ui.tasks import run_with_progress


def test_progress_reaches_the_gui_thread_only(qtbot):
    worker_threads = set()

    def work(progress):
        worker_threads.add(threading.get_ident())
        for i in range(500):
            progress(i, 500)
        return "done"

    result, error = run_with_progress(None, "Working", work)
    assert (result, error) == ("done", None)
    assert threading.get_ident() not in worker_threads  # it really ran elsewhere
    assert run_with_progress.last_updates_on_gui_thread


def test_errors_come_back_as_values(qtbot):
    def work(progress):
        progress(1, 2)
        raise ValueError("bad input")

    result, error = run_with_progress(None, "Working", work)
    assert result is None and isinstance(error, ValueError)


def test_cancel_stops_the_work_at_its_next_report(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    reached = []

    def work(progress):
        import time

        for i in range(200):
            progress(i, 200)
            reached.append(i)
            time.sleep(0.01)
        return "finished anyway"

    def press_cancel():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog):  # shown or not yet: it counts from its start
                widget.findChild(QPushButton).click()  # the Cancel button, as a user presses it
                return
        QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(350, press_cancel)
    result, error = run_with_progress(None, "Working", work)
    assert isinstance(error, Cancelled) and result is None
    assert len(reached) < 200
