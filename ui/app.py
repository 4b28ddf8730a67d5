"""The GUI's composition root: application, language, main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import i18n


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Abarona")
    app.setOrganizationName("Abarona")
    app.setApplicationDisplayName("Abarona")
    app.setDesktopFileName("abarona")
    from importlib import resources

    icon = resources.files("resources").joinpath("icons", "abarona.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    i18n.install(app)
    return app


def main(argv: list[str] | None = None) -> int:
    app = make_app(argv)
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
