"""GUI test fixtures: settings and data directories of the test's own, prompts answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui import prompts


class Answers:
    """Answers prompts in order; a prompt nobody expected fails the test."""

    def __init__(self) -> None:
        self.queue: list = []
        self.seen: list[tuple[str, str, str]] = []

    def __call__(self, kind: str, title: str, text: str):
        self.seen.append((kind, title, text))
        if kind in ("inform", "error"):
            return None
        if not self.queue:
            pytest.fail(f"unexpected {kind} prompt: {title}: {text}")
        return self.queue.pop(0)


@pytest.fixture(autouse=True)
def english(qapp):
    """The application installs a language at start; so does every GUI test (English)."""
    from ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_ui(tmp_path, monkeypatch):
    settings_dir = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    # Qt's own settings (QtProject.conf, e.g. the file dialog's last folder) too.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    answers = Answers()
    monkeypatch.setattr(prompts, "answerer", answers)
    yield answers


@pytest.fixture
def answers(isolated_ui):
    return isolated_ui
