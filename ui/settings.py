"""Window and preference settings in QSettings, through one typed table.

Nothing about cases is ever stored here: only paths of vault files (the recent list, which
the user can switch off and clear; never kept in discreet mode), the language, the idle
timeout, the clipboard delay and window state.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Key:
    name: str
    default: object
    type: type


RECENT_VAULTS = Key("vaults/recent", [], list)
REMEMBER_RECENT = Key("vaults/remember_recent", True, bool)
LANGUAGE = Key("ui/language", "system", str)  # system, en, ru, be
IDLE_MINUTES = Key("security/idle_minutes", 5, int)
CLIPBOARD_SECONDS = Key("security/clipboard_seconds", 10, int)  # 0: never cleared by time
LOCK_WITH_SYSTEM = Key("security/lock_with_system", True, bool)  # screen lock, sleep (ui.system_lock)
DISCREET = Key("security/discreet", False, bool)  # no vault or folder history, neutral titles
WINDOW_GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
# "v2": the list gained its "Next due" column; a layout saved before it is not restored.
CASE_COLUMNS = Key("cases/header_state_v2", QByteArray(), QByteArray)
CASE_FILTERS = Key("cases/filters", {}, dict)  # filter names to values: kinds, statuses...

MAX_RECENT = 8


def store() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Abarona", "Abarona")


def get(key: Key):
    value = store().value(key.name, key.default)
    if key.type is bool and isinstance(value, str):
        return value.lower() == "true"
    if key.type is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return key.default
    if key.type is list:
        if value is None:
            return []
        return [value] if isinstance(value, str) else list(value)
    if key.type is dict:
        return dict(value) if isinstance(value, dict) else {}
    return value if value is not None else key.default


def put(key: Key, value) -> None:
    settings = store()
    settings.setValue(key.name, value)
    settings.sync()


def remember_vault(path: str) -> None:
    if not get(REMEMBER_RECENT) or get(DISCREET):
        return
    recent = [p for p in get(RECENT_VAULTS) if p != path]
    put(RECENT_VAULTS, [path, *recent][:MAX_RECENT])


def clear_recent() -> None:
    put(RECENT_VAULTS, [])


def discreet() -> bool:
    """Discreet mode: no list of vaults, no folder remembered by the file dialogs, a neutral
    start screen and window title, the demo vault removed when it is locked."""
    return bool(get(DISCREET))


def forget_file_dialogs() -> None:
    """Remove what Qt's own file dialog remembers (its last folder and history), kept in
    QtProject.conf beside our settings."""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" in qt.childGroups():
        qt.remove("FileDialog")
        qt.sync()
