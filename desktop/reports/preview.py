"""Pages of a PDF as pixels, rendered from bytes in memory with PDFium (pypdfium2): the
in-app preview and printing use these, so no PDF or image is ever written to disk."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium

from desktop.progress import Progress, report

#: PDFium is not thread-safe: one rendering at a time in this process.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    """One page as 32-bit pixels, bytes in B, G, R, X order (Qt's Format_RGB32 on little-endian
    machines, which every supported platform is)."""

    width: int
    height: int
    stride: int
    data: bytes


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF (bytes). Raises pypdfium2's PdfiumError for bytes that are
    no PDF."""
    with _LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()


def render_pages(pdf: bytes, *, dpi: float = 90, first: int = 0, count: int | None = None,
                 progress: Progress | None = None) -> list[PageImage]:
    """Pages ``first`` .. ``first + count - 1`` (all when ``count`` is None) at ``dpi``."""
    images = []
    with _LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            last = len(doc) if count is None else min(len(doc), first + count)
            for index in range(first, last):
                report(progress, index - first, last - first)
                page = doc[index]
                try:
                    bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=False)
                    try:
                        images.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
                    finally:
                        bitmap.close()
                finally:
                    page.close()
            report(progress, last - first, last - first)
        finally:
            doc.close()
    return images
