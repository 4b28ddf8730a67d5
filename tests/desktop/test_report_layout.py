"""Every page of both PDFs, in every language, read back with pypdf: no two runs of text
overlap, and every character printed has a glyph in the font that prints it (issue 13,
item 7: the Russian header overlapped itself on every page; "→" vanished)."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from desktop.reports import aggregate, summary
from desktop.reports import common
from tests.desktop.report_data import add_deadline, add_party, create, full_case

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=3)))
LONG_NAME = "Аляксандра-Кацярына Уладзіміраўна Навумчык-Шчаглова-Эстэрхазі"


def _runs(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Per page: (x0, y0, x1, y1, text) of every run of text pypdf finds, its width measured
    in the font that printed it."""
    common.styles()  # the fonts are registered
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list = []

        def visit(text, cm, tm, font, size, runs=runs):
            text = text.rstrip("\n")
            if not text.strip() or font is None:
                return
            base = str(font.get("/BaseFont", ""))
            name = common.FONT_BOLD if "Bold" in base else common.FONT_RTL if "DejaVu" in base else common.FONT
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            height = size * (tm[3] * cm[3] or 1)
            width = stringWidth(text, name, height)
            runs.append((x, y, x + width, y + height * 0.7, text))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def _overlaps(pdf: bytes) -> list[tuple[int, str, str]]:
    found = []
    for number, runs in enumerate(_runs(pdf), start=1):
        for i, a in enumerate(runs):
            for b in runs[i + 1:]:
                if min(a[2], b[2]) - max(a[0], b[0]) > 1.0 and min(a[3], b[3]) - max(a[1], b[1]) > 1.0:
                    found.append((number, a[4], b[4]))
    return found


def _missing_glyphs(pdf: bytes) -> set[str]:
    """Characters of the text that the body font has no glyph for."""
    common.styles()
    face = getFont(common.FONT).face
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return {ch for ch in text if ch.strip() and ord(ch) not in face.charToGlyph and ord(ch) >= 0x20}


@pytest.fixture
def long_case(vault):
    data = full_case()
    data.person.display_name = LONG_NAME
    data.summary = "Экстрадиция → возврат; ў, і, Łacinka: Alaksandra Navumčyk. " * 3
    case = create(vault, data)
    add_party(vault, case.id, "Moscow City Court", kind="court", role="court")
    add_deadline(vault, case.id, "Appeal against the custody order → Moscow City Court", "2026-12-10",
                 basis="CPC 108(11)")
    return case


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
@pytest.mark.parametrize("public", [False, True])
def test_no_text_overlaps_and_every_character_has_a_glyph(vault, long_case, lang, public):
    pdfs = [summary.case_summary(vault, long_case.id, lang=lang, public=public, now=NOW),
            aggregate.aggregate_report(vault, date_from="2020", lang=lang, public=public, now=NOW)]
    for pdf in pdfs:
        assert _overlaps(pdf) == []
        assert _missing_glyphs(pdf) == set()


def test_the_check_sees_an_overlap(vault, long_case, monkeypatch):
    """The check itself: with the header's title given all the width, it collides with the mark."""
    monkeypatch.setattr(common, "fit_width", lambda text, *_args: text)
    pdf = summary.case_summary(vault, long_case.id, lang="ru", now=NOW)
    assert any(number == 1 for number, *_ in _overlaps(pdf))
