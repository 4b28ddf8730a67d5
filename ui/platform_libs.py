"""What Qt's X11 platform plugin ("xcb") needs from a Linux system, and the plain message
`abarona` prints when Qt cannot load its platform plugin (issue 18, item 8).

Qt's own message ("Could not load the Qt platform plugin "xcb" ... even though it was
found") names no package. The list is from ``ldd`` of PySide6's ``libqxcb.so`` and
``libQt6XcbQpa.so.6`` (PySide6 6.x): every library they link that is not Qt's own or the C
runtime. A minimal Debian desktop lacks ``libxcb-cursor0``, ``libxcb-icccm4`` and
``libxcb-keysyms1``; the rest are listed so one command installs whatever is missing.

The message is printed before any translation can load (there is no application yet), so it
is English, like the command line's messages.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: (library, Debian/Ubuntu package, Fedora package); the ones a minimal desktop lacks first.
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11.so.6", "libx11-6", "libX11"),
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)


def _unique(names) -> list[str]:
    return list(dict.fromkeys(names))


def debian_packages() -> list[str]:
    return _unique(deb for _lib, deb, _fedora in LIBRARIES)


def fedora_packages() -> list[str]:
    return _unique(fedora for _lib, _deb, fedora in LIBRARIES)


def missing_libraries() -> list[str]:
    """The listed libraries this system's loader cannot find (empty off Linux)."""
    if not sys.platform.startswith("linux"):
        return []
    missing = []
    for lib, _deb, _fedora in LIBRARIES:
        try:
            ctypes.CDLL(lib)
        except OSError:
            missing.append(lib)
    return missing


def message(qt_text: str = "") -> str:
    """What to tell the person starting Abarona when Qt could not load its platform plugin:
    which libraries are missing (when any are), and the commands that install them all."""
    lines = ["Abarona could not open its window: Qt could not load its platform plugin."]
    if qt_text:
        lines.append(f"Qt said: {qt_text.strip()}")
    missing = missing_libraries()
    by_lib = {lib: (deb, fedora) for lib, deb, fedora in LIBRARIES}
    if missing:
        lines.append("Missing on this system: " + ", ".join(
            f"{lib} (package {by_lib[lib][0]} on Debian/Ubuntu, {by_lib[lib][1]} on Fedora)" for lib in missing))
    elif not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        lines.append("No display was found (DISPLAY is not set): start Abarona from a desktop session.")
    lines += [
        "Qt needs these system packages. Install them, then start Abarona again:",
        "  Debian/Ubuntu: sudo apt install " + " ".join(debian_packages()),
        "  Fedora:        sudo dnf install " + " ".join(fedora_packages()),
    ]
    return "\n".join(lines) + "\n"


def install_handler() -> None:
    """Before the application exists: when Qt's platform plugin fails to load (a fatal Qt
    message; Qt would abort next), print :func:`message` to stderr and exit with status 1.
    Other Qt messages are dropped, as the running application drops them."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, text: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            reason = text if "platform plugin" in text else ""
            try:
                sys.stderr.write(message(reason))
                sys.stderr.flush()
            finally:
                os._exit(1)

    qInstallMessageHandler(handler)
