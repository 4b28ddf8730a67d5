"""The documents of a case: attach into the vault, look at images and PDFs inside the app
(rendered from memory), save a copy out only where the user chooses, after a warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.cases import documents as document_service
from desktop.errors import VaultError
from ui import messages, prompts
from ui.record_table import RecordTableModel

PREVIEW_PAGES = 3


def document_error(exc: BaseException) -> str:
    """Why a document could not be read or copied, in the interface language."""
    if isinstance(exc, document_service.DocumentDamaged):
        return QCoreApplication.translate("DocumentError", "The document is damaged: its content does not match "
                                          "its digest.")
    if isinstance(exc, LookupError):
        return QCoreApplication.translate("DocumentError", "The document no longer exists.")
    return messages.vault_error(exc)


def render_pdf(data: bytes, *, pages: int = PREVIEW_PAGES, width: int = 900) -> list[QImage]:
    """The first pages of a PDF as images, rendered in memory (no file is written)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    images = []
    try:
        for index in range(min(pages, len(document))):
            page = document[index]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, in memory
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()
            images.append(image)
    finally:
        document.close()
    return images


class DocumentsPanel(QWidget):
    changed = Signal()  # a document was added, renamed or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._case_id: str | None = None
        locale = QLocale()
        self.model = RecordTableModel([
            (self.tr("Name"), lambda d: d.name),
            (self.tr("Type"), lambda d: d.mime),
            (self.tr("Size"), lambda d: locale.formattedDataSize(d.size)),
            (self.tr("Added"), lambda d: d.created_at[:16].replace("T", " ")),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("documentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.preview_current())
        self.attach_button = QPushButton(self.tr("&Attach a file…"), self)
        self.attach_button.clicked.connect(self.attach)
        self.save_button = QPushButton(self.tr("Save a &copy…"), self)
        self.save_button.clicked.connect(self.save_copy)
        self.delete_button = QPushButton(self.tr("Re&move"), self)
        self.delete_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.attach_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setSizes([160, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.set_case(None, None)

    def set_case(self, vault, case_id: str | None) -> None:
        self._vault = vault
        self._case_id = case_id
        self.reload()

    def reload(self) -> None:
        ready = self._vault is not None and self._case_id is not None
        self.model.set_records(document_service.list_documents(self._vault, self._case_id) if ready else [])
        for button in (self.attach_button, self.save_button, self.delete_button):
            button.setEnabled(ready)
        self.hint.setText(
            self.tr("Documents are stored inside the encrypted vault. Save the case first to attach documents.")
            if not ready else
            self.tr("Documents are stored inside the encrypted vault; nothing is written elsewhere.")
            if self.model.rowCount() else self.tr("No documents yet: attach court decisions, photos, letters."))
        self.preview.clear()

    def current(self):
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def attach(self) -> None:
        path = prompts.open_file(self, self.tr("Attach a file"), "", self.tr("All files (*)"))
        if not path:
            return
        try:
            document_service.add_file(self._vault, self._case_id, path)
        except document_service.DocumentTooLarge:
            prompts.error(self, self.tr("Not attached"), self.tr("The file is too large to keep in the vault."))
            return
        except (VaultError, OSError) as exc:
            prompts.error(self, self.tr("Not attached"), messages.vault_error(exc))
            return
        self.reload()
        self.table.selectRow(self.model.rowCount() - 1)
        self.changed.emit()

    def preview_current(self) -> None:
        info = self.current()
        self.preview.clear()
        if info is None or self._vault is None:
            return
        try:
            data = document_service.read_document(self._vault, info.id, limit=document_service.PREVIEW_MAX)
        except document_service.DocumentTooLarge:
            self.preview.setText(self.tr("This document is too large to preview. Save a copy to open it elsewhere."))
            return
        except (VaultError, LookupError, ValueError) as exc:
            self.preview.setText(document_error(exc))
            return
        width = max(self.preview.width() - 20, 300)
        if info.mime.startswith("image/"):
            image = QImage.fromData(data)
            if image.isNull():
                self.preview.setText(self.tr("This image cannot be shown."))
                return
            self.preview.setPixmap(QPixmap.fromImage(image).scaledToWidth(
                min(width, image.width()), Qt.TransformationMode.SmoothTransformation))
        elif info.mime == "application/pdf":
            try:
                pages = render_pdf(data, width=width)
            except Exception:  # noqa: BLE001 - a broken PDF must not break the app
                self.preview.setText(self.tr("This PDF cannot be shown."))
                return
            if not pages:
                self.preview.setText(self.tr("This PDF has no pages."))
                return
            combined = QImage(pages[0].width(), sum(p.height() + 12 for p in pages), QImage.Format.Format_RGB888)
            combined.fill(Qt.GlobalColor.lightGray)
            from PySide6.QtGui import QPainter

            painter = QPainter(combined)
            y = 0
            for page in pages:
                painter.drawImage(0, y, page)
                y += page.height() + 12
            painter.end()
            self.preview.setPixmap(QPixmap.fromImage(combined))
        else:
            self.preview.setText(self.tr("No preview for this kind of file. Save a copy to open it elsewhere."))

    def save_copy(self) -> None:
        info = self.current()
        if info is None:
            return
        if not prompts.confirm(self, self.tr("Save an unencrypted copy?"),
                               self.tr("The copy will NOT be encrypted: anyone who gets the file or the "
                                       "disk can read it. Save it only where you must, and delete it when "
                                       "done.")):
            return
        target = prompts.save_file(self, self.tr("Save a copy"), str(Path.home() / info.name))
        if not target:
            return
        try:
            document_service.save_copy(self._vault, info.id, target)
        except (VaultError, OSError, LookupError, ValueError) as exc:
            prompts.error(self, self.tr("Not saved"), document_error(exc))

    def remove(self) -> None:
        info = self.current()
        if info is None:
            return
        if not prompts.confirm(self, self.tr("Remove the document?"),
                               self.tr("The document will be removed from the vault. The history keeps "
                                       "its name, not its content.")):
            return
        try:
            document_service.delete_document(self._vault, info.id)
        except VaultError as exc:
            prompts.error(self, self.tr("Not removed"), messages.vault_error(exc))
        self.reload()
        self.changed.emit()
