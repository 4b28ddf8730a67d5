"""Wanted lists as real publishers write them (issue 14 items 1-5): XLSX with a stale
<dimension>, Excel's "sep=;" line, cp1251, birth dates in every written form, one-column
rows, and the matched client's cases in the results."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

import openpyxl
import pytest

from desktop.cases import interchange
from desktop.dates.written import parse_written_date
from desktop.screening import listfiles
from desktop.screening import service as screening
from tests.helpers import document

TODAY = datetime.date(2026, 11, 30)


def _stale_dimension_xlsx(rows: list[list[str]], dimension: str = "A1:C3") -> bytes:
    """An XLSX as WPS and older exporters write it: inline strings, and a <dimension> that
    says the sheet ends long before its last row. Written by hand, not by openpyxl."""
    def cell(ref: str, value: str) -> str:
        value = value.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(f"{'ABC'[c]}{r}", v) for c, v in enumerate(row) if v) + "</row>"
        for r, row in enumerate(rows, start=1))
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Розыск" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                    f'<dimension ref="{dimension}"/><sheetData>{sheet_rows}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


def _non_empty_rows(data: bytes) -> int:
    """Rows with a value, counted from the sheet XML itself (not through openpyxl)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    return sum(1 for row in re.findall(r"<row [^>]*>(.*?)</row>", xml) if "<t>" in row)


def test_xlsx_with_a_stale_dimension_loses_no_row(tmp_path):
    rows = [["ФИО", "Дата рождения", "Место"]] + [[f"ИВАНОВ{i} ИВАН", f"{i % 28 + 1:02d}.03.1987", "Минск"]
                                                  for i in range(39)]
    rows[25] = ["", "", ""]  # a blank row in the middle: not an entry
    data = _stale_dimension_xlsx(rows)
    path = tmp_path / "wps.xlsx"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as archive:
        assert '<dimension ref="A1:C3"/>' in archive.read("xl/worksheets/sheet1.xml").decode()
    table = screening.read_table(path)
    assert 1 + len(table.rows) == _non_empty_rows(data) == 39
    assert table.rows[-1][0] == "ИВАНОВ38 ИВАН"


def test_client_in_a_row_past_the_stale_dimension_is_found(vault, tmp_path):
    _clients(vault)
    rows = [["ФИО", "Дата рождения", "Место"]] + [[f"ПЕТРОВ{i} ПЁТР", "", ""] for i in range(30)]
    rows.append(["КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ", "12.05.1988", "Минск"])
    path = tmp_path / "wps.xlsx"
    path.write_bytes(_stale_dimension_xlsx(rows))
    table = screening.read_table(path)
    hits = screening.screen_entries(vault, screening.entries_from_table(table, screening.guess_mapping(table.headers))[0])
    assert [h.entry.position for h in hits if h.display_name == "Аляксей Кудзін"] == [32]


def test_excel_sep_line_in_a_cp1251_csv(tmp_path):
    text = "sep=;\r\nФИО;Дата рождения;Статья\r\nКУДИН АЛЕКСЕЙ;12.05.1988;ст. 361.1 УК РБ\r\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1251"))
    table = screening.read_table(path)
    assert table.headers == ["ФИО", "Дата рождения", "Статья"]
    assert table.delimiter == ";" and table.encoding == "cp1251"
    entries, _ = screening.entries_from_table(table, screening.guess_mapping(table.headers))
    assert entries[0].birth_date == "1988-05-12"
    assert entries[0].article == "ст. 361-1 УК РБ"  # one article, however it is written


def test_sep_line_with_a_comma_and_quotes(tmp_path):
    path = tmp_path / "comma.csv"
    path.write_bytes('"sep=,"\nName,Date of birth\n"Kudin, Aliaksei",1988-05-12\n'.encode())
    table = screening.read_table(path)
    assert table.headers == ["Name", "Date of birth"] and table.rows == [["Kudin, Aliaksei", "1988-05-12"]]


@pytest.mark.parametrize(("written", "edtf"), [
    ("14.03.1987 г.р.", "1987-03-14"),
    ("14.03.1987 г. р.", "1987-03-14"),
    ("14 марта 1987 г.", "1987-03-14"),
    ("14 сакавіка 1987", "1987-03-14"),
    ("March 14, 1987", "1987-03-14"),
    ("1987-03-14 00:00:00", "1987-03-14"),
    ("1987-03-14T00:00:00", "1987-03-14"),
    ("31850", "1987-03-14"),
    (31850, "1987-03-14"),
    (31850.0, "1987-03-14"),
    ("14.03.87", "1987-03-14"),
    ("14.03.05", "2005-03-14"),
    ("03.1987", "1987-03"),
    ("март 1987", "1987-03"),
    ("1987 г.р.", "1987"),
    (1987, "1987"),
    ("д.р. 14/03/1987", "1987-03-14"),
    (datetime.datetime(1987, 3, 14), "1987-03-14"),
    (datetime.date(1987, 3, 14), "1987-03-14"),
    ("1987-03-14", "1987-03-14"),
])
def test_birth_dates_as_lists_write_them(written, edtf):
    assert parse_written_date(written, today=TODAY) == edtf


@pytest.mark.parametrize("written", [
    "31.02.1987", "14.13.1987", "неизвестно", "1987-03-14 10:30", "да", "", "12", "100", 100, "9999", 80000,
    "14 марта", 0, True,
])
def test_what_is_not_a_birth_date_is_not_read(written):
    assert parse_written_date(written, today=TODAY) is None


def test_excel_serial_birth_date_in_a_spreadsheet_number_cell(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ФИО", "Дата рождения"])
    sheet.append(["КУДИН АЛЕКСЕЙ", 32275])  # 1988-05-12, a date cell that lost its format
    path = tmp_path / "serial.xlsx"
    workbook.save(path)
    table = screening.read_table(path)
    entries, _ = screening.entries_from_table(table, screening.guess_mapping(table.headers))
    assert entries[0].birth_date == "1988-05-12"


def test_unreadable_birth_dates_are_reported_per_row(vault):
    table = screening.read_table_bytes(
        "ФИО;Дата рождения\nКУДИН АЛЕКСЕЙ;31.02.1988\nИВАНОВ ИВАН;неизвестно\nПЕТРОВ ПЁТР;01.01.1970\n".encode(),
        file_name="list.csv")
    mapping = screening.guess_mapping(table.headers)
    read = screening.read_entries(table, mapping)
    assert [(u.row, u.text) for u in read.unreadable_births] == [(2, "31.02.1988"), (3, "неизвестно")]
    assert len(read.entries) == 3  # kept, screened by name alone
    assert "row 2 (КУДИН АЛЕКСЕЙ): the birth date “31.02.1988” cannot be read" in read.unreadable_births[0].message()
    result = screening.import_list(vault, table, mapping, source="MVD RF")
    assert [u.row for u in result.unreadable_births] == [2, 3]


@pytest.mark.parametrize(("text", "expected"), [
    ("12. ИВАНОВ Иван Иванович*, 01.02.1980 г.р., г. Минск;", ("ИВАНОВ Иван Иванович", "01.02.1980 г.р.", "г. Минск")),
    ("ПЕТРОВ Пётр Петрович, 1975 г.р.", ("ПЕТРОВ Пётр Петрович", "1975 г.р.", None)),
    ("3) СИДОРОВА Анна, г. Гомель, 31.02.1990", ("СИДОРОВА Анна", "31.02.1990", "г. Гомель")),
    ("КУДИН Алексей", ("КУДИН Алексей", None, None)),
])
def test_one_column_rows_split_into_name_birth_date_and_place(text, expected):
    assert listfiles.split_entry_text(text) == expected


def test_a_one_column_csv_with_quotes(tmp_path):
    path = tmp_path / "one.csv"
    path.write_bytes('"ФИО"\n"КУДИН Алексей, 12.05.1988 г.р., г. Минск"\nПЕТРОВ Пётр\n'.encode("cp1251"))
    table = screening.read_table(path)
    assert table.headers == ["ФИО"] and [r[0] for r in table.rows] == [
        "КУДИН Алексей, 12.05.1988 г.р., г. Минск", "ПЕТРОВ Пётр"]
    read = screening.read_entries(table, screening.guess_mapping(table.headers))
    assert [(e.name, e.birth_date, e.place) for e in read.entries] == [
        ("КУДИН Алексей", "1988-05-12", "г. Минск"), ("ПЕТРОВ Пётр", None, None)]


def test_articles_in_a_one_column_row_are_set_apart():
    assert listfiles.split_entry("7. ПЕТРОВ Пётр, 1975 г.р., уроженец г. Гродно, ч. 1 ст. 361.1, ст. 342 УК РБ;") == (
        "ПЕТРОВ Пётр", "1975 г.р.", "уроженец г. Гродно", "ч. 1 ст. 361.1, ст. 342 УК РБ")
    table = screening.read_table_bytes("Список\n7. ПЕТРОВ Пётр, 1975 г.р., ч. 1 ст. 361.1 УК РБ\n".encode())
    (entry,) = screening.read_entries(table, screening.guess_mapping(table.headers)).entries
    assert entry.article == "ч. 1 ст. 361-1 УК РБ" and entry.birth_date == "1975"


def test_namesakes_in_a_one_column_list_are_told_apart_by_birth_date(vault):
    _clients(vault)
    table = screening.read_table_bytes((
        "Список\n"
        "1. КУДИН Алексей Николаевич*, 12.05.1988 г.р., г. Минск;\n"
        "2. КУДИН Алексей Николаевич, 03.09.1961 г.р., г. Брест;\n").encode(), file_name="list.csv")
    read = screening.read_entries(table, screening.guess_mapping(table.headers))
    assert [(e.name, e.birth_date, e.place) for e in read.entries] == [
        ("КУДИН Алексей Николаевич", "1988-05-12", "г. Минск"),
        ("КУДИН Алексей Николаевич", "1961-09-03", "г. Брест")]
    scores = {h.entry.position: h.score for h in screening.screen_entries(vault, read.entries)
              if h.display_name == "Аляксей Кудзін"}
    assert scores[2] > scores.get(3, 0.0)


def test_screen_results_carry_the_clients_cases(vault):
    _clients(vault)
    table = screening.read_table_bytes("ФИО;Дата рождения\nКУДИН АЛЕКСЕЙ;12.05.1988\n".encode())
    hits = screening.screen_entries(vault, screening.entries_from_table(table, screening.guess_mapping(table.headers))[0])
    best = hits[0]
    assert best.display_name == "Аляксей Кудзін" and best.case_references == ("A-1",)


def _clients(vault):
    interchange.import_cases(vault, interchange.read_cases(document(
        {"reference": "A-1", "kind": "extradition", "person": {
            "name": "Аляксей Кудзін", "birth_date": "1988-05-12"}},
        {"reference": "B-2", "kind": "other", "person": {"name": "Hanna Kudzina"}},
    )))
