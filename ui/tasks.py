"""Long work off the GUI thread, with a progress dialog that can cancel it.

The work is a plain desktop/ function taking ``progress``; it runs on a QThread while a
modal QProgressDialog keeps the rest of the window out of the vault's way. Cancel raises
``Cancelled`` inside the work at its next progress report, so it undoes what it started.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.progress import Cancelled


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)  # result, exception

    def __init__(self, work: Callable) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled()
            self.progressed.emit(done, total)

        try:
            result = self._work(progress)
        except BaseException as exc:  # handed to the GUI thread, which shows a message
            self.finished.emit(None, exc)
            return
        self.finished.emit(result, None)


def run_with_progress(parent: QWidget | None, title: str, work: Callable, *, label: str = ""):
    """Run ``work(progress)`` on a thread; return (result, exception). Blocks with a
    modal progress dialog, processing events, until the work ends."""
    dialog = QProgressDialog(label or title, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    outcome: list = []
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def on_finished(result, exc) -> None:
        outcome[:] = [result, exc]
        loop.quit()

    def on_cancel() -> None:
        worker.cancelled = True
        dialog.setLabelText(QCoreApplication.translate("tasks", "Cancelling…"))

    worker.progressed.connect(on_progress)
    worker.finished.connect(on_finished)
    dialog.canceled.connect(on_cancel)
    thread.started.connect(worker.run)
    thread.start()
    if not outcome:
        loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    return outcome[0], outcome[1]
