"""Lock when the computer does (issue 13, item 14): when the screen locks, the screensaver
starts or the computer is about to sleep, Abarona locks its vault too, so that a laptop shut
at a border crossing never wakes up with a case open on the screen.

Where the signals come from:

- **Linux** (D-Bus, through QtDBus): on the system bus, logind's
  ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` (suspend or hibernate) and
  ``org.freedesktop.login1.Session.Lock`` (``loginctl lock-session``, and what most desktops
  send when the screen locks); on the session bus, ``ActiveChanged(true)`` of the screensaver
  interfaces of freedesktop (KDE, Xfce, LXQt), GNOME, Cinnamon and MATE.
  Sources: the logind D-Bus API (freedesktop.org, org.freedesktop.login1(5)) and the
  freedesktop ScreenSaver specification.
- **Windows**: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (after
  ``WTSRegisterSessionNotification``) and ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``
  (Win32 API documentation), read by a native event filter.
- **macOS** needs the Cocoa notification centre (``com.apple.screenIsLocked``), which Qt does
  not expose; there the idle lock and the lock on closing the lid's sleep are what remains
  (the user guide says so).

The setting "Lock when the screen locks or the computer sleeps" turns it off.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot, SLOT

#: (interface, signal) pairs on the session bus whose argument ``true`` means "the screen locked".
SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)
LOGIN_MANAGER = "org.freedesktop.login1.Manager"
LOGIN_SESSION = "org.freedesktop.login1.Session"

_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_SESSION_LOCK = 0x7
_WM_POWERBROADCAST = 0x0218
_PBT_APMSUSPEND = 0x4


class SystemLockWatcher(QObject):
    """Emits ``locking`` with the reason ("screen" or "sleep") when the system locks the
    screen or is about to sleep. ``listen()`` subscribes to the buses of this session (or the
    ones given, e.g. a private bus in the tests); ``stop()`` ends it. Never raises: where no
    bus or no API answers, it simply stays silent."""

    locking = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._subscriptions: list[tuple[object, str, str]] = []
        self._native: _WindowsFilter | None = None

    def listen(self, *, session_bus=None, system_bus=None, window_id: int | None = None) -> None:
        """Subscribe (again). ``session_bus``/``system_bus``: QDBusConnection objects (default:
        this desktop's); ``window_id``: the main window's native id, for Windows."""
        self.stop()
        if sys.platform.startswith("win"):
            self._listen_windows(window_id)
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        for interface in SCREENSAVERS:
            self._subscribe(session, interface, "ActiveChanged", SLOT("_screensaver(bool)"))
        self._subscribe(system, LOGIN_MANAGER, "PrepareForSleep", SLOT("_sleep(bool)"))
        self._subscribe(system, LOGIN_SESSION, "Lock", SLOT("_session_locked()"))

    def stop(self) -> None:
        for bus, interface, name in self._subscriptions:
            slot = {"ActiveChanged": SLOT("_screensaver(bool)"), "PrepareForSleep": SLOT("_sleep(bool)"),
                    "Lock": SLOT("_session_locked()")}[name]
            bus.disconnect("", "", interface, name, self, slot)
        self._subscriptions.clear()
        if self._native is not None:
            QCoreApplication.instance().removeNativeEventFilter(self._native)
            self._native = None

    @property
    def listening(self) -> bool:
        return bool(self._subscriptions) or self._native is not None

    def _subscribe(self, bus, interface: str, name: str, slot: str) -> None:
        if bus.isConnected() and bus.connect("", "", interface, name, self, slot):
            self._subscriptions.append((bus, interface, name))

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.locking.emit("screen")

    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if starting:
            self.locking.emit("sleep")

    @Slot()
    def _session_locked(self) -> None:
        self.locking.emit("screen")

    def _listen_windows(self, window_id: int | None) -> None:  # pragma: no cover - Windows only
        try:
            import ctypes

            if window_id:
                ctypes.windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), 0)
        except (OSError, AttributeError):
            return
        self._native = _WindowsFilter(self)
        QCoreApplication.instance().installNativeEventFilter(self._native)


class _WindowsFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type, message):
        if event_type in (b"windows_generic_MSG", "windows_generic_MSG"):
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == _WM_WTSSESSION_CHANGE and msg.wParam == _WTS_SESSION_LOCK:
                self._watcher.locking.emit("screen")
            elif msg.message == _WM_POWERBROADCAST and msg.wParam == _PBT_APMSUSPEND:
                self._watcher.locking.emit("sleep")
        return False, 0
