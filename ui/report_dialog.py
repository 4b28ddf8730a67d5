"""The report dialog: choose a report, its mode, language and paper; preview it; print it or
save it as PDF. Reports are built and rendered off the GUI thread, in memory only."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer, QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.cases.service import CaseNotFound
from desktop.errors import VaultError
from desktop.progress import Cancelled
from desktop.reports import aggregate, anonymise, exports, preview, summary
from ui import i18n, messages, prompts, tasks

PREVIEW_PAGES = 12
PREVIEW_DPI = 80
PRINT_DPI = 300


class _Channel(QObject):
    """Carries a job's results back to the GUI thread (queued signals)."""

    progressed = Signal(int, int, int)  # token, done, total
    finished = Signal(int, object, object, int)  # token, pdf bytes, preview images, page count
    failed = Signal(int, str)


class _ReportJob(QRunnable):
    """Builds one report and renders its first pages; checks ``cancel`` between steps."""

    def __init__(self, token: int, build, channel: _Channel, vault) -> None:
        super().__init__()
        self.token = token
        self.build = build
        self.channel = channel
        self.vault = vault
        self.cancel = threading.Event()

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.channel.progressed.emit(self.token, done, total)

    def run(self) -> None:
        try:
            with self.vault.lent_to_this_thread():  # the window waits for it (tasks.busy)
                pdf = self.build(self._progress)
            if self.cancel.is_set():
                raise Cancelled
            images = preview.render_pages(pdf, dpi=PREVIEW_DPI, count=PREVIEW_PAGES)
            self.channel.finished.emit(self.token, pdf, images, preview.page_count(pdf))
        except Cancelled:
            self.channel.failed.emit(self.token, "")
        except BaseException as exc:  # reported in plain words; never a traceback, never case data
            self.channel.failed.emit(self.token, _message(exc))


def _message(exc: BaseException) -> str:
    if isinstance(exc, aggregate.PeriodInvalid):
        if exc.ends_before:
            return QCoreApplication.translate("ReportDialog", "The period ends before it starts: swap the two dates.")
        return QCoreApplication.translate(
            "ReportDialog", "A date of the period is not a date. Write it as 2021-12-31, 2021-12 or 2021.")
    if isinstance(exc, CaseNotFound):
        return QCoreApplication.translate("ReportDialog", "This case no longer exists.")
    return messages.vault_error(exc)


def to_image(page: preview.PageImage) -> QImage:
    """A deep copy, so the QImage owns its pixels whatever happens to ``page``."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()


class ReportDialog(QDialog):
    """Reports of one case (``case_id``) or over all cases; ``set_vault(None)`` empties it."""

    report_saved = Signal(str)  # the path written

    def __init__(self, vault, case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reports"))
        self.resize(980, 760)
        self._vault = vault
        self._case_id = case_id
        self._token = 0
        self._job: _ReportJob | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs_running = 0
        self._channel = _Channel()
        self._channel.progressed.connect(self._progressed)
        self._channel.finished.connect(self._finished)
        self._channel.failed.connect(self._failed)
        self.pdf: bytes | None = None
        self._built_with: dict | None = None
        self.progress: QProgressDialog | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("reportKind")
        self.kind.addItem(self.tr("Case summary"), "case")
        self.kind.addItem(self.tr("Aggregate report over a period"), "aggregate")
        if case_id is None:
            self.kind.model().item(0).setEnabled(False)
            self.kind.setCurrentIndex(1)
        self.mode = QComboBox(self)
        self.mode.setObjectName("reportMode")
        self.mode.addItem(self.tr("Internal: everything, with personal data"), "internal")
        self.mode.addItem(self.tr("Public: names only as each person consented"), "public")
        self.include_notes = QCheckBox(self.tr("Include the case summary and event texts (names stay hidden)"), self)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.paper = QComboBox(self)
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.date_from = QLineEdit(self)
        self.date_from.setPlaceholderText(self.tr("earliest, or e.g. 2023-01"))
        self.date_to = QLineEdit(self)
        self.date_to.setPlaceholderText(self.tr("today, or e.g. 2023-03-31"))
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.date_to)
        self.period_row = QWidget(self)
        self.period_row.setLayout(period)
        period.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("Arrests in:"), self.period_row)
        form.addRow(self.tr("Mode:"), self.mode)
        form.addRow("", self.include_notes)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        self._form = form

        self.update_button = QPushButton(self.tr("&Update preview"), self)
        self.update_button.clicked.connect(self.generate)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.clicked.connect(self.save_report)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reportPreview")
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setStyleSheet("QScrollArea { background: #8a9099; } QWidget#previewPages { background: #8a9099; }")
        self.pages.setObjectName("previewPages")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        for box in (self.kind, self.mode, self.language, self.paper):
            box.currentIndexChanged.connect(self._options_changed)
        self.include_notes.toggled.connect(self._options_changed)
        self.date_from.editingFinished.connect(self._options_changed)
        self.date_to.editingFinished.connect(self._options_changed)
        self._update_controls()

    # -- options --------------------------------------------------------------------------
    def options(self) -> dict:
        return {
            "kind": self.kind.currentData(),
            "public": self.mode.currentData() == "public",
            "include_notes": self.include_notes.isChecked() and self.mode.currentData() == "public",
            "lang": self.language.currentData(),
            "paper": self.paper.currentData(),
            "date_from": self.date_from.text().strip() or None,
            "date_to": self.date_to.text().strip() or None,
        }

    def _update_controls(self) -> None:
        options = self.options()
        aggregate_chosen = options["kind"] == "aggregate"
        self.period_row.setVisible(aggregate_chosen)
        self._form.labelForField(self.period_row).setVisible(aggregate_chosen)
        self.include_notes.setVisible(not aggregate_chosen)
        self.include_notes.setEnabled(options["public"])
        ready = self.pdf is not None and self._built_with == options
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.update_button.setEnabled(self._vault is not None)

    def _options_changed(self, *_args) -> None:
        self._update_controls()
        if self.pdf is not None and self._built_with != self.options():
            self.status.setText(self.tr("The options changed: update the preview to print or save this report."))

    # -- building ---------------------------------------------------------------------------
    def _builder(self, options: dict):
        vault = self._vault
        if options["kind"] == "case":
            case_id = self._case_id

            def build(progress):
                data = summary.load(vault, case_id, lang=options["lang"])
                progress(1, 2)
                if options["public"]:
                    data = anonymise.public_summary(data, lang=options["lang"], include_notes=options["include_notes"])
                return summary.render(data, lang=options["lang"], paper=options["paper"])
        else:
            def build(progress):
                return aggregate.aggregate_report(
                    vault, date_from=options["date_from"], date_to=options["date_to"], public=options["public"],
                    lang=options["lang"], paper=options["paper"], progress=progress)
        return build

    def generate(self) -> None:
        """Build the report with the chosen options and show its first pages."""
        if self._vault is None:
            return
        self._cancel_job()
        self._token += 1
        options = self.options()
        self._pending = options
        self._job = _ReportJob(self._token, self._builder(options), self._channel, self._vault)
        self.status.setText(self.tr("Preparing the report…"))
        self.progress = QProgressDialog(self.tr("Preparing the report…"), self.tr("Cancel"), 0, 0, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self._cancel_job)
        tasks.begin()  # the window waits for the job: it holds the vault (issue 13, item 6)
        self._jobs_running += 1
        self._pool.start(self._job)

    def _cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel.set()
            self._job = None
        self._close_progress()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel_job)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _progressed(self, token: int, done: int, total: int) -> None:
        if token == self._token and self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _job_ended(self) -> None:
        if self._jobs_running:
            self._jobs_running -= 1
            tasks.end()

    def _all_jobs_ended(self) -> None:
        """After the pool has ended its jobs: their signals may never arrive now."""
        if self._pool.activeThreadCount() == 0:
            while self._jobs_running:
                self._job_ended()

    def _finished(self, token: int, pdf: bytes, images: list, pages: int) -> None:
        self._job_ended()
        if token != self._token or self._vault is None:
            return  # a stale request, or the vault was locked meanwhile
        self._job = None
        self._close_progress()
        self.pdf = pdf
        self._built_with = self._pending
        self._show_pages([to_image(page) for page in images])
        if pages > len(images):
            text = self.tr("%1 pages; the preview shows the first %2.").replace("%1", str(pages)).replace(
                "%2", str(len(images)))
        else:
            text = self.tr("%n page(s).", "", pages)
        self.status.setText(text)
        self._update_controls()

    def _failed(self, token: int, message: str) -> None:
        self._job_ended()
        if token != self._token:
            return
        self._job = None
        self._close_progress()
        if message:
            self.status.setText(message)
            prompts.error(self, self.tr("The report could not be made"), message)
        else:
            self.status.setText(self.tr("Cancelled."))
        self._update_controls()

    def _show_pages(self, images: list[QImage]) -> None:
        self._clear_pages()
        for image in images:
            label = QLabel(self.pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #5b6672;")
            self.pages_layout.addWidget(label)

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def preview_labels(self) -> list[QLabel]:
        return [self.pages_layout.itemAt(i).widget() for i in range(self.pages_layout.count())]

    # -- lock -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The first time the dialog appears, build the preview at once: nobody should have
        to ask to see the report they just asked for."""
        super().showEvent(event)
        if not getattr(self, "_shown_once", False):
            self._shown_once = True
            if self._vault is not None:
                QTimer.singleShot(0, self.generate)

    def set_vault(self, vault) -> None:
        """None: the vault locked; drop any work under way and keep no report in memory."""
        self._vault = vault
        if vault is None:
            self._cancel_job()
            self._token += 1
            self._pool.waitForDone(10_000)  # the job stops at its next step; then the vault may close
            self._all_jobs_ended()
            self.pdf = None
            self._built_with = None
            self._clear_pages()
            self.status.setText(self.tr("The vault is locked."))
        self._update_controls()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: closing drops everything
        self._cancel_job()
        self._token += 1
        self._pool.waitForDone(10_000)
        self._all_jobs_ended()
        self.pdf = None
        self._clear_pages()
        super().done(result)

    # -- output -----------------------------------------------------------------------------
    def _audit(self, action: str) -> None:
        options = self._built_with or {}
        exports.record(self._vault, report="case_summary" if options.get("kind") == "case" else "aggregate",
                       case_id=self._case_id if options.get("kind") == "case" else None,
                       public=bool(options.get("public")), lang=options.get("lang", "en"), action=action)

    def save_report(self) -> None:
        if self.pdf is None or self._vault is None:
            return
        options = self._built_with or {}
        warning = self.tr("A PDF file is NOT encrypted: anyone who gets the file can read it. Keep it safe and "
                          "delete it when it is no longer needed.")
        if not options.get("public"):
            warning += "\n\n" + self.tr("This is the internal version: it contains personal data, contact "
                                        "details and notes.")
        if not prompts.confirm(self, self.tr("Save an unencrypted PDF?"), warning):
            return
        path = prompts.save_file(self, self.tr("Save the report as PDF"), "", self.tr("PDF files (*.pdf)"))
        path = prompts.with_suffix(self, path, ".pdf")
        if not path:
            return
        try:
            exports.save(self._vault, Path(path), self.pdf,
                         report="case_summary" if options.get("kind") == "case" else "aggregate",
                         case_id=self._case_id if options.get("kind") == "case" else None,
                         public=bool(options.get("public")), lang=options.get("lang", "en"))
        except (OSError, VaultError) as exc:
            prompts.error(self, self.tr("The report was not saved"), messages.vault_error(exc))
            return
        self.status.setText(self.tr("Saved."))
        self.report_saved.emit(path)

    def print_report(self) -> None:
        if self.pdf is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not prompts.confirm(self, self.tr("Print the report?"),
                               self.tr("Printing hands the report to the printing system unencrypted (it may "
                                       "keep a copy in its queue). To keep a PDF, use Save as PDF instead.")):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        # A PDF goes through "Save as PDF" (warning, atomic write, audit), never "print to file".
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            try:
                self._audit("print")
            except VaultError:
                pass  # printed all the same; the trail could not be written

    def print_to(self, printer) -> bool:
        """Draw every page, rendered from memory at the printer's resolution (up to 300 dpi)."""
        pages = preview.page_count(self.pdf)
        dpi = min(printer.resolution(), PRINT_DPI)
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, pages, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        painter = QPainter()
        if not painter.begin(printer):
            prompts.error(self, self.tr("Cannot print"), self.tr("The printer could not be started."))
            return False
        try:
            for index in range(pages):
                if progress.wasCanceled():
                    printer.abort()
                    return False
                progress.setValue(index)
                if index:
                    printer.newPage()
                image = to_image(preview.render_pages(self.pdf, dpi=dpi, first=index, count=1)[0])
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                painter.setWindow(target)
        finally:
            painter.end()
            progress.close()
        return True
