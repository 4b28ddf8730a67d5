"""Driving real modal dialogs in tests: schedule what to do once the dialog is up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_dialog_opens(action: Callable, *, attempts: int = 50) -> None:
    """Call ``action(dialog)`` with the next modal dialog, as soon as it is shown."""

    def poll(remaining: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            action(dialog)
        elif remaining:
            QTimer.singleShot(20, lambda: poll(remaining - 1))

    QTimer.singleShot(0, poll)
