"""Issue 13, item 14: the vault locks when the screen locks or the computer is about to sleep.
The signals are sent by dbus-send on a private D-Bus daemon, as logind and the screensavers
send them on a desktop; the window listens there instead of on this machine's buses."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSPHRASE
from ui import settings
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(not (shutil.which("dbus-daemon") and shutil.which("dbus-send")),
                                reason="needs dbus-daemon and dbus-send")


@pytest.fixture
def bus_address():
    proc = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        yield proc.stdout.readline().strip()
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture
def window(qtbot, bus_address):
    from PySide6.QtDBus import QDBusConnection

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    bus = QDBusConnection.connectToBus(bus_address, f"test-{id(w)}")
    w.system_lock.listen(session_bus=bus, system_bus=bus)
    yield w
    w.system_lock.stop()
    w.lock()
    QDBusConnection.disconnectFromBus(f"test-{id(w)}")


def _unlock(window, qtbot, path) -> None:
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(window.start.open_button, Qt.MouseButton.LeftButton)
    assert window.vault is not None


def _signal(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path, member, *args], check=True)


@pytest.mark.parametrize("path, member, args", [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", ["boolean:true"]),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", ["boolean:true"]),
    ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock", []),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", ["boolean:true"]),
], ids=["screensaver", "gnome", "loginctl-lock-session", "suspend"])
def test_the_vault_locks_with_the_system(window, qtbot, vault_path, bus_address, path, member, args):
    _unlock(window, qtbot, vault_path)
    _signal(bus_address, path, member, *args)
    qtbot.waitUntil(lambda: window.vault is None, timeout=10_000)
    assert window.start.isVisible()


def test_waking_up_or_the_screensaver_ending_does_not_lock_and_the_setting_turns_it_off(
        window, qtbot, vault_path, bus_address):
    _unlock(window, qtbot, vault_path)
    _signal(bus_address, "/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:false")
    _signal(bus_address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:false")
    settings.put(settings.LOCK_WITH_SYSTEM, False)
    _signal(bus_address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    qtbot.wait(1000)  # the signals arrive within milliseconds; none of them may lock
    assert window.vault is not None
    settings.put(settings.LOCK_WITH_SYSTEM, True)
    _signal(bus_address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: window.vault is None, timeout=10_000)
