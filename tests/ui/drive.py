"""Driving real modal dialogs in tests: schedule what to do once the dialog is up."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

POLL_MS = 20
_MARK = "drive_answered"  # a dynamic property: which call of when_dialog_opens answers the dialog
_marks = itertools.count(1)


def close_modal_dialogs() -> None:
    """Reject every open modal dialog, innermost first (their exec() calls return)."""
    while (dialog := QApplication.activeModalWidget()) is not None:
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()
        QApplication.processEvents()
        if QApplication.activeModalWidget() is dialog:
            break  # it refuses to close; nothing more to do here


def _still_open(mark: int) -> QWidget | None:
    """The dialog marked ``mark`` while it is shown, else None. Looked up each time rather than
    held: a timer holding the dialog's Python object kept it past the caller's exec(), and its
    release in a later event loop crashed Qt (seen as a segfault in a later QWidget::screen())."""
    for widget in QApplication.topLevelWidgets():
        if widget.property(_MARK) == mark and widget.isVisible():
            return widget
    return None


def _what_it_says(dialog) -> str:
    """The title and the visible label texts of a dialog, to say in a failure why it stayed open."""
    texts = [label.text().strip() for label in dialog.findChildren(QLabel)
             if label.isVisible() and label.text().strip()]
    said = " | ".join(texts)
    return f"“{dialog.windowTitle()}”" + (f", which shows: {said[:400]}" if said else "")


def when_dialog_opens(action: Callable, *, wait: float = 20.0, answered_within: float = 20.0) -> None:
    """Call ``action(dialog)`` with the next modal dialog, as soon as it is shown.

    Never leaves a test hanging in a dialog's exec() (an unanswered modal dialog waits
    forever); each way it can go wrong fails the test instead, through pytest-qt, which fails
    a test on an exception raised in a Qt callback:

    - ``action`` raises (a failed assertion): the open dialogs are closed and the error goes on.
    - the dialog is still open ``answered_within`` seconds after ``action`` began (the dialog
      refused the answer, e.g. an OK with a field it does not accept, or a question it asked
      in turn went unanswered): the open dialogs are closed and an AssertionError says which
      dialog stayed open and what it shows.
    - no modal dialog shows within ``wait`` seconds: an AssertionError says so.

    ``wait`` and ``answered_within`` are generous bounds for a loaded machine, not timings
    the test asserts."""
    deadline = time.monotonic() + wait

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < deadline:
                QTimer.singleShot(POLL_MS, poll)
                return
            raise AssertionError(f"No dialog opened within {wait:g} s for {getattr(action, '__name__', action)}")
        mark = next(_marks)
        dialog.setProperty(_MARK, mark)
        answered_by = time.monotonic() + answered_within
        # watched from now on: an answer that itself waits in a question nobody answers
        # (action -> accept() -> another exec()) never returns to arm a watch afterwards
        QTimer.singleShot(POLL_MS, lambda: watch(mark, answered_by))
        try:
            action(dialog)
        except BaseException:
            close_modal_dialogs()
            raise

    def watch(mark: int, answered_by: float) -> None:
        dialog = _still_open(mark)
        if dialog is None:
            return
        if time.monotonic() < answered_by:
            QTimer.singleShot(POLL_MS, lambda: watch(mark, answered_by))
            return
        stuck = _what_it_says(dialog)
        on_top = QApplication.activeModalWidget()
        if on_top is not None and on_top is not dialog:
            stuck += f"; on top of it, unanswered: {_what_it_says(on_top)}"
        close_modal_dialogs()
        raise AssertionError(f"The dialog {stuck} was still open {answered_within:g} s after "
                             f"{getattr(action, '__name__', 'the test')} began to answer it")

    QTimer.singleShot(0, poll)
