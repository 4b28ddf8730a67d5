"""Every text the editor and import accept prints in a case summary (issue 14 items 11, 12):
long texts split across pages, right-to-left text shaped and in reading order."""

from __future__ import annotations

import io
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from db.records import Event
from desktop.reports import aggregate, summary
from tests.desktop.report_data import create, flat, full_case, pdf_text

_numbers = itertools.count(1)
LOREM = ("Суд первой инстанции, рассмотрев материалы дела о выдаче, установил следующее: гражданин "
         "Республики Беларусь задержан на основании запроса о розыске; ")


def _long(n: int, seed: str = LOREM) -> str:
    return (seed * (n // len(seed) + 1))[:n]


@pytest.mark.parametrize(("field", "size"), [("event_text", 2_500), ("event_text", 20_000), ("place", 5_000),
                                             ("name", 10_000), ("summary", 30_000), ("spelling", 5_000)])
def test_long_texts_print_across_pages(vault, field, size):
    case = full_case("L-1")
    text = _long(size)
    if field == "event_text":
        case.events.append(Event("hearing", "2021-09-01", text=text))
    elif field == "place":
        case.arrest_place = text
        case.events.append(Event("hearing", "2021-09-01", place=text))
    elif field == "name":
        case.person.display_name = text
    elif field == "summary":
        case.summary = text
    else:
        case.person.names[0].value = text
    create(vault, case)
    pdf = summary.case_summary(vault, "L-1")
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    printed = flat(pdf_text(pdf))
    assert flat(text)[:200] in printed and flat(text)[-200:] in printed


def test_one_word_longer_than_a_column_prints(vault):
    case = full_case("L-2")
    word = "Ж" * 3_000
    case.events.append(Event("hearing", "2021-09-01", text=word, place=word))
    create(vault, case)
    pdf = summary.case_summary(vault, "L-2")
    assert PdfReader(io.BytesIO(pdf)).pages  # laid out, nothing raised


def test_long_names_in_the_period_report(vault):
    case = full_case("L-3")
    case.person.display_name = _long(10_000)
    create(vault, case)
    assert PdfReader(io.BytesIO(aggregate.aggregate_report(vault))).pages


_texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=3_000)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(name=_texts, place=_texts, text=_texts)
def test_every_text_the_editor_accepts_prints(vault, name, place, text):
    from desktop.cases import service as svc

    case = full_case(f"H-{next(_numbers)}")
    case.person.display_name = name if name.strip() else "x" + name
    case.arrest_place = place
    case.events.append(Event("hearing", "2021-09-01", text=text, place=place))
    if svc.validate_case(case):
        return  # not accepted by the editor either
    created = create(vault, case)
    pdf = summary.case_summary(vault, created.reference)
    assert PdfReader(io.BytesIO(pdf)).pages


_words = st.lists(st.text("абвгдеёжзіїйклмнопрстуўфхцчшщъыьэюяАБВЎІЖЁabcdefghijklmnoprstuvwzłčšžćńśźŭ-", min_size=1, max_size=25),
                  min_size=1, max_size=400).map(" ".join)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=_words, place=_words)
def test_every_word_of_long_texts_is_in_the_pdf(vault, text, place):
    case = full_case(f"W-{next(_numbers)}")
    case.events.append(Event("hearing", "2021-09-01", text=text, place=place))
    create(vault, case)
    printed_text = flat(pdf_text(summary.case_summary(vault, case.reference)))
    printed = set(printed_text.split())
    # A word wider than its column is broken across lines (ReportLab's splitLongWords): it is
    # then printed whole, only not as one token; look for it with the line breaks taken out.
    joined = "".join(printed_text.split())
    missing = [w for w in set(text.split()) | set(place.split()) if w not in printed and w not in joined]
    assert not missing, missing[:10]


def test_right_to_left_text_is_shaped_ordered_and_drawn(vault, tmp_path):
    import arabic_reshaper

    hebrew, arabic = "דוד לוי", "محمد علي"
    case = full_case("R-1", name=f"Ахмед {arabic}", spellings=(hebrew,))
    case.events.append(Event("hearing", "2021-09-01", text=f"Свидетель: {hebrew}, переводчик {arabic}."))
    create(vault, case)
    pdf = summary.case_summary(vault, "R-1")
    text = pdf_text(pdf)
    # Drawn right to left, the text reads back (pypdf undoes the visual order) as written:
    # a line drawn in logical order would come back reversed.
    assert hebrew in text and "Свидетель:" in text
    assert arabic_reshaper.reshape(arabic) in text  # joined contextual forms, not blanks
    fonts = {str(f.get_object()["/BaseFont"]) for page in PdfReader(io.BytesIO(pdf)).pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts), fonts
    # Rendered: the Hebrew and Arabic lines have ink (no empty boxes are drawn either way).
    import pypdfium2

    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1).to_pil().convert("L")
    assert image.getextrema()[0] < 100
