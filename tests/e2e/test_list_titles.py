"""Wanted lists as official bodies publish them: a title merged across the columns (and a date
line) above the real column names. The column names are found below the title, in XLSX and in
the CSV a spreadsheet saves from it; the CLI screens the list as it would one without a title."""

from __future__ import annotations

import csv
import datetime
import io
import json

import openpyxl
import pytest

from desktop.cases import interchange
from tests.helpers import document

TITLE = "Список разыскиваемых лиц, объявленных в межгосударственный розыск"
HEADER = ["№ п/п", "Фамилия", "Имя", "Отчество", "Дата рождения", "Статья УК"]
ROWS = [
    [1, "КУДИН", "АЛЕКСЕЙ", "НИКОЛАЕВИЧ", datetime.datetime(1988, 5, 12), "ч. 2 ст. 363"],
    [2, "ИВАНОВ", "ИВАН", "ИВАНОВИЧ", datetime.datetime(1990, 1, 1), "ст. 342"],
]


@pytest.fixture
def clients(vault_key, vault_path):
    from db.vault import open_vault

    with open_vault(vault_path, vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            {"reference": "A-1", "kind": "extradition",
             "person": {"name": "Аляксей Кудзін", "birth_date": "1988-05-12"}})))
    return vault_path


def _workbook(path, titles: list[str]) -> None:
    """The list as an official XLSX: each title line merged across all the columns."""
    book = openpyxl.Workbook()
    sheet = book.active
    for line, title in enumerate(titles, start=1):
        sheet.cell(row=line, column=1, value=title)
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=len(HEADER))
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    book.save(path)


@pytest.mark.parametrize("titles", [
    [TITLE],                                          # header in row 2
    [TITLE, "по состоянию на 01.03.2025"],            # header in row 3
    [TITLE, "", "Источник: МВД России"],              # and an empty row between
], ids=["row2", "row3", "row4"])
def test_a_titled_xlsx_list_is_screened_by_its_real_column_names(run, clients, tmp_path, titles):
    path = tmp_path / "list.xlsx"
    _workbook(path, titles)
    code, out, err = run("--vault", clients, "screen", path, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["entries"] == 2, data
    (match,) = data["matches"]
    assert "КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ" in json.dumps(match, ensure_ascii=False)
    code, out, err = run("--vault", clients, "screen", path)
    assert code == 0 and "КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ, born 1988-05-12" in out, out + err
    # The row is the file's own (the title lines counted, the empty one not).
    header_row = len([t for t in titles if t]) + 1
    assert f"row {header_row + 1}: КУДИН" in out, out


def test_the_csv_a_spreadsheet_saves_from_such_a_list(run, clients, tmp_path):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow([TITLE] + [""] * (len(HEADER) - 1))
    writer.writerow(HEADER)
    for row in ROWS:
        writer.writerow([c.strftime("%d.%m.%Y") if isinstance(c, datetime.datetime) else c for c in row])
    path = tmp_path / "list.csv"
    path.write_bytes(text.getvalue().encode("cp1251"))
    code, out, err = run("--vault", clients, "screen", path)
    assert code == 0 and "row 3: КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ, born 1988-05-12" in out, out + err


def test_a_list_without_a_title_still_starts_at_its_first_row(run, clients, tmp_path):
    path = tmp_path / "plain.xlsx"
    _workbook(path, [])
    code, out, err = run("--vault", clients, "screen", path)
    assert code == 0 and "row 2: КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ" in out, out + err


def test_a_csv_typed_with_a_title_line_without_separators(run, clients, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(("Список разыскиваемых лиц\nпо состоянию на 01.03.2025\n\n"
                      "ФИО;Дата рождения;Статья\nКУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ;12.05.1988;363\n"
                      "ИВАНОВ ИВАН;01.01.1990;342\n").encode("cp1251"))
    code, out, err = run("--vault", clients, "screen", path)
    assert code == 0 and "2 entries read" in out, out + err
    assert "row 4: КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ, born 1988-05-12, 363" in out, out


def test_a_one_column_list_whose_entries_hold_commas_keeps_its_header(run, clients, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО\nКУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ, 12.05.1988, г. Минск\nИВАНОВ ИВАН, 01.01.1990, г. Гомель\n"
                    "ПЕТРОВ ПЁТР, 02.02.1970, г. Брест\n", encoding="utf-8")
    code, out, err = run("--vault", clients, "screen", path)
    assert code == 0 and "3 entries read" in out, out + err
    assert "КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ, born 1988-05-12" in out, out
