"""The GUI's composition root: application, language, main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import i18n


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        from ui import platform_libs

        platform_libs.install_handler()  # a missing system library gets a list of packages
        app = QApplication(argv if argv is not None else sys.argv)
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


def _install_error_hooks() -> None:
    """No traceback may reach stderr (a session log on disk): an exception that escapes a
    slot gets a plain message and nothing else, and Qt's own warnings are not printed."""
    import threading

    from PySide6.QtCore import qInstallMessageHandler

    def show(exc_type, exc, _tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            return
        from ui import messages, prompts

        try:
            prompts.error(None, QApplication.translate("app", "Something went wrong"), messages.vault_error(exc))
        except Exception:  # noqa: BLE001 - the last resort must not fail loudly
            pass

    sys.excepthook = show
    threading.excepthook = lambda args: None  # workers hand their errors to the GUI thread
    qInstallMessageHandler(lambda *_args: None)


def main(argv: list[str] | None = None) -> int:
    from desktop import safety

    safety.harden()  # no core dumps, files 0600 from the start (issue 12, items 7 and 9)
    safety.take_secrets()  # the GUI reads no passphrase from the environment: drop them
    app = make_app(argv)
    _install_error_hooks()
    from ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
