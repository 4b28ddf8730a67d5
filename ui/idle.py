"""Locks the vault after a period without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut}


class IdleWatcher(QObject):
    """Install on the application; emits ``idle`` once after ``interval_ms`` of no input."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._suspended = 0

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, int(minutes)) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def start(self) -> None:
        if not self._suspended:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def suspend(self) -> None:
        """Long work in progress (an import): do not lock under it."""
        self._suspended += 1
        self.timer.stop()

    def resume(self) -> None:
        self._suspended = max(0, self._suspended - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()  # restart the countdown
        return False
