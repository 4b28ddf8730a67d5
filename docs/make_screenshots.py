"""Screenshots of every screen with the demo vault, in English, Russian and Belarusian, on
the screen of a small laptop (1366×768):

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_screenshots.py [OUT_DIR]

Runs the real application on a virtual screen with its own settings and data folders
(nothing of the user's is touched) and saves PNGs into OUT_DIR (docs/screenshots).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shoot(out: Path, language: str) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui import i18n, settings
    from ui.main_window import MainWindow
    from ui.unlock import CreateVaultDialog

    settings.put(settings.LANGUAGE, language)
    i18n.install(QApplication.instance(), language)
    saved: list[Path] = []

    def grab(widget, name: str) -> None:
        QApplication.processEvents()
        path = out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        saved.append(path)

    window = MainWindow()
    window.resize(1366, 768)  # a small laptop's screen, the guide's reference
    window.show()
    grab(window, "start")
    dialog = CreateVaultDialog(window)
    dialog.path.setText(str(Path(tempfile.gettempdir()) / "example.abarona"))
    dialog.author.setText({"ru": "Анна Иванова", "be": "Ганна Іванова"}.get(language, "Hanna Ivanova"))
    dialog.generate()
    dialog.show()
    grab(dialog, "create-vault")
    dialog.reject()
    window.start.open_demo()
    ws = window.workspace
    grab(window, "dashboard")  # the first page after unlocking
    ws.show_page("cases")
    page = ws.case_list
    page.table.selectRow(2)
    grab(window, "cases")
    editor = ws.editor
    for tab in ("overview", "case", "client", "charges", "events", "parties", "detention", "context", "deadlines",
                "timeline", "documents", "history", "urgent"):
        editor.tabs.setCurrentIndex(editor._tab_index[tab])
        grab(window, f"case-{tab}")
    editor.tabs.setCurrentIndex(0)
    page.search.setText({"ru": "Кузнецов", "be": "Кузняцоў"}.get(language, "Kuzniacou"))
    page.apply_now()
    page.table.selectRow(0)
    grab(window, "search")
    from ui.case_dialogs import EventDialog

    event = editor.case.events[0] if editor.case.events else None
    dialog = EventDialog(event, window)
    dialog.show()
    grab(dialog, "event-dialog")
    dialog.reject()
    ws.show_page("people")
    ws.people.table.selectRow(0)
    grab(window, "people")
    ws.show_page("screening")
    grab(window, "screening")
    ws.show_page("backups")
    grab(window, "backups")
    ws.show_page("team")
    grab(window, "team")
    ws.show_page("trash")
    grab(window, "trash")
    from ui.report_dialog import ReportDialog

    ws.show_page("cases")
    page.search.clear()
    page.apply_now()
    page.table.selectRow(2)
    dialog = ReportDialog(window.vault, editor.case.id if editor.case else None, window)
    dialog.resize(1100, 760)
    dialog.show()
    for _ in range(100):  # the preview is built off the GUI thread
        QApplication.processEvents()
        if getattr(dialog, "pdf", None):
            break
        import time

        time.sleep(0.05)
    grab(dialog, "report")
    dialog.set_vault(None)
    dialog.reject()
    from ui.settings_dialog import SettingsDialog  # the user guide: automatic lock

    dialog = SettingsDialog(window)
    dialog.show()
    grab(dialog, "settings")
    dialog.reject()
    ws.show_page("cases")
    editor.set_case(None, None)
    window.lock()
    window.close()
    QSettings().sync()
    return saved


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="abarona-shots-") as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        from PySide6.QtCore import QSettings

        from ui.app import make_app

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "config"))
        make_app([sys.argv[0]])
        for language in ("en", "ru", "be"):
            for path in shoot(out, language):
                print(path.relative_to(out.parent) if out.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
