"""Long work off the GUI thread, with a progress dialog that can cancel it.

The work is a plain desktop/ function taking ``progress``; it runs on a QThread while a
modal QProgressDialog keeps the rest of the window out of the vault's way. Cancel raises
``Cancelled`` inside the work at its next progress report, so it undoes what it started.
Everything that touches widgets runs on the GUI thread: the worker's signals reach slots
of an object that lives there (PySide runs a signal connected to a plain function in the
emitting thread, which must never touch a widget).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.progress import Cancelled


class _Worker(QObject):
    # Only plain ints cross threads in signals: PySide's reference counting of Python
    # objects sent through queued connections is not to be trusted (it ends in crashes
    # at garbage collection). The outcome waits in attributes until `finished` arrives.
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Callable, vault=None) -> None:
        super().__init__()
        self._work = work
        self._vault = vault
        self.cancelled = threading.Event()
        self.result = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.cancelled.is_set():
                raise Cancelled()
            self.progressed.emit(done, total)

        try:
            if self._vault is None:
                self.result = self._work(progress)
            else:
                with self._vault.lent_to_this_thread():
                    self.result = self._work(progress)
        except BaseException as exc:  # handed to the GUI thread, which shows a message
            self.error = exc
        self.finished.emit()


class _Receiver(QObject):
    """Lives on the GUI thread: the worker's signals arrive here queued."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.updates_on_gui_thread = True

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        self.updates_on_gui_thread &= QThread.currentThread() is self.thread()
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    @Slot()
    def on_finished(self) -> None:
        self.loop.quit()


#: How many tasks are running, and what waits for them all to end (a lock, for one: the
#: vault must not be closed under a worker that is writing to it).
busy = 0
_when_idle: list[Callable[[], None]] = []


def call_when_idle(action: Callable[[], None]) -> None:
    """Run ``action`` now if no task is running, else as soon as the last one ends."""
    if busy:
        if action not in _when_idle:
            _when_idle.append(action)
    else:
        action()


def begin() -> None:
    """A task that runs without run_with_progress (a report being built) starts: the window
    waits for it as for any other (``call_when_idle``). Pair each call with ``end``."""
    global busy
    busy += 1


def end() -> None:
    """The task ``begin`` counted ended: run what waited for all tasks to end."""
    global busy
    busy = max(busy - 1, 0)
    if not busy:
        waiting, _when_idle[:] = list(_when_idle), []
        for action in waiting:
            action()


def run_with_progress(parent: QWidget | None, title: str, work: Callable, *, label: str = "", vault=None):
    """Run ``work(progress)`` on a thread; return (result, exception). Blocks with a
    modal progress dialog, processing events, until the work ends. Work that reads or
    writes ``vault`` names it: its connection is lent to the worker meanwhile, and the
    window's own uses of it wait for the task (``call_when_idle``) or are refused with
    VaultBusy, never run beside it (db.vault.OwnedConnection)."""
    dialog = QProgressDialog(label or title, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    thread = QThread()
    worker = _Worker(work, vault)
    worker.moveToThread(thread)

    def cancel() -> None:
        worker.cancelled.set()
        dialog.setLabelText(QCoreApplication.translate("tasks", "Cancelling…"))

    worker.progressed.connect(receiver.on_progress)
    worker.finished.connect(receiver.on_finished)
    dialog.canceled.connect(cancel)
    thread.started.connect(worker.run)
    begin()
    try:
        thread.start()
        loop.exec()
        thread.quit()
        thread.wait()
    finally:
        dialog.close()
        dialog.deleteLater()
        end()
    run_with_progress.last_updates_on_gui_thread = receiver.updates_on_gui_thread  # for tests
    return worker.result, worker.error
