"""The bundle's `abarona` executable: the GUI, as `ui.app:main` starts it.

A hidden check for the build pipeline (never shown to users, not in any menu): when
ABARONA_BUNDLE_SELF_TEST names a file, the application starts as usual, waits for the
first paint of the unlock screen, opens the demo vault, exercises the libraries that ship
data files or native code, writes a JSON verdict (timings and yes/no facts, no case data)
to that file and exits. packaging/smoke_test.py reads the verdict.
"""

import os
import sys
import time

_STARTED = time.perf_counter()


def _self_test(report_path: str) -> int:
    import json

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import make_app
    from ui.main_window import MainWindow

    app = make_app([sys.argv[0]])
    window = MainWindow()
    facts: dict = {"checks": {}}
    failures: list[str] = []

    def check(name: str, fn) -> None:
        try:
            value = fn()
        except Exception as exc:  # noqa: BLE001 - a verdict, never a traceback
            failures.append(name)
            facts["checks"][name] = f"failed: {type(exc).__name__}"
            return
        facts["checks"][name] = value
        if value is False or value is None:
            failures.append(name)

    def after_first_paint() -> None:
        facts["unlock_screen_s"] = round(time.perf_counter() - _STARTED, 3)
        check("unlock_screen_shown", lambda: window.stack.currentWidget() is window.start
              and window.start.isVisible())
        if os.environ.get("ABARONA_BUNDLE_SELF_TEST_MODE") != "start":
            _exercise(app, window, check)
        facts["failures"] = failures
        facts["ok"] = not failures
        with open(report_path, "w", encoding="utf-8") as handle:
            json.dump(facts, handle, indent=2)
        window.lock()
        app.exit(0 if not failures else 1)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if not self.done and event.type() == QEvent.Type.Paint and watched is window.start:
                self.done = True
                QTimer.singleShot(0, after_first_paint)
            return False

    painted = FirstPaint()
    window.start.installEventFilter(painted)
    window.show()
    QTimer.singleShot(20_000, lambda: app.exit(3))  # never hang a pipeline
    code = app.exec()
    QApplication.processEvents()
    return code


def _exercise(app, window, check) -> None:
    """Everything that needs a data file or a native library found inside the bundle."""
    import datetime
    from importlib import resources

    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QImageReader

    check("window_icon", lambda: not app.windowIcon().isNull()
          and not app.windowIcon().pixmap(64, 64).isNull())
    check("svg_image_format", lambda: b"svg" in [bytes(f) for f in QImageReader.supportedImageFormats()])
    check("our_translation_ru", lambda: QTranslator().load(
        str(resources.files("resources").joinpath("translations", "abarona_ru.qm"))))
    check("qt_translation_ru", lambda: QTranslator().load(
        "qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))

    def open_demo():
        window.start.open_demo()
        return window.vault is not None and window.workspace.case_list.model.rowCount() > 0

    check("demo_vault_opened", open_demo)

    def passphrase():
        from desktop.vaults import passphrases

        phrase = passphrases.generate()
        return len(phrase.split("-")) == passphrases.WORDS and passphrases.strength(phrase).acceptable

    check("passphrase_words_and_strength", passphrase)

    def names():
        from desktop.names import folding as names

        return names.search_key("Аляксей Кудзін") != "" and names.search_key("Łukašenka") != ""

    check("name_folding", names)

    def workdays():
        from desktop.dates import workdays

        return not workdays.is_working_day(datetime.date(2024, 1, 1)) and workdays.is_working_day(
            datetime.date(2024, 4, 27))  # a Saturday worked by transfer

    check("production_calendar", workdays)

    def moscow_time():
        from zoneinfo import ZoneInfo

        return datetime.datetime(2024, 7, 1, tzinfo=ZoneInfo("Europe/Moscow")).utcoffset() == datetime.timedelta(hours=3)

    check("time_zones", moscow_time)

    def pdf_round_trip():
        from desktop.reports import aggregate
        from ui.documents import render_pdf

        data = aggregate.render(aggregate.load(window.vault), lang="ru")
        images = render_pdf(data, pages=1, width=300)
        return data.startswith(b"%PDF") and len(images) == 1 and not images[0].isNull()

    check("report_pdf_rendered", pdf_round_trip)


if __name__ == "__main__":
    from desktop import safety

    safety.harden()  # first: no core dumps, files 0600 (issue 12, items 7 and 9)
    safety.take_secrets()  # the GUI reads no passphrase from the environment: drop them
    report = os.environ.pop("ABARONA_BUNDLE_SELF_TEST", "")
    if report:
        sys.exit(_self_test(report))
    from ui.app import main

    sys.exit(main())
