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


def test_a_lock_waits_for_running_work(qtbot):
    """Found in review: an idle lock during a background task closed the vault under it."""
    from ui import tasks

    events = []

    def work(progress):
        tasks.call_when_idle(lambda: events.append("locked"))  # as the idle lock would
        events.append("working")
        progress(1, 1)
        return "ok"

    assert run_with_progress(None, "Working", work) == ("ok", None)
    assert events == ["working", "locked"] and tasks.busy == 0
    tasks.call_when_idle(lambda: events.append("now"))
    assert events[-1] == "now"


def test_escaping_exceptions_get_a_message_not_a_traceback(qtbot, capsys, monkeypatch):
    import sys

    from ui import app, prompts

    seen = []
    monkeypatch.setattr(prompts, "answerer", lambda kind, title, text: seen.append((kind, text)))
    import threading

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app._install_error_hooks()
    try:
        raise LookupError("case BY-2021-003 of Аляксей Кудзін")
    except LookupError:
        sys.excepthook(*sys.exc_info())
    assert seen and seen[0][0] == "error" and "Кудзін" not in seen[0][1]
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Кудзін" not in captured.err
