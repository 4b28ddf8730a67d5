"""Wanted lists: reading CSV/XLSX, column mapping, screening, decisions, versions."""

from __future__ import annotations

import csv
import datetime
import io

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import audit as audit_queries
from desktop.cases import service as case_service
from desktop.cases import interchange
from desktop.screening import service as screening
from desktop.screening.service import ListFileError, Mapping
from tests.helpers import document

HEADER = ["ФИО", "Дата рождения", "Место рождения", "Статья", "Дата внесения", "Источник"]
ROWS = [
    ["КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ", "12.05.1988", "г. Минск", "ч. 2 ст. 363 УК РБ", "01.03.2025", "МВД"],
    ["ТИХАНОВСКАЯ СВЕТЛАНА ГЕОРГИЕВНА", "11.09.1982", "Микашевичи", "ст. 357", "01.02.2025", "МВД"],
    ["ПЕТРОВ ПЁТР ИВАНОВИЧ", "1970", "", "", "", ""],
]


def _csv(rows, delimiter=";") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _clients(vault):
    interchange.import_cases(vault, interchange.read_cases(document(
        {"reference": "A-1", "kind": "extradition", "person": {
            "name": "Аляксей Кудзін", "names": [{"value": "Aliaksei Kudzin", "lang": "en"}],
            "birth_date": "1988-05-12"}},
        {"reference": "A-2", "kind": "extradition", "person": {"name": "Dzmitry Kudzin"}},
        {"reference": "A-3", "kind": "expulsion", "person": {"name": "Святлана Ціханоўская", "birth_date": "1982"}},
        {"reference": "A-4", "kind": "other", "person": {"name": "Hanna Kudzina"}},
    )))
    return {row.reference: row.id for row in case_service.list_cases(vault)}


# -- reading ------------------------------------------------------------------------------

@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ";"), ("utf-8-sig", ","), ("cp1251", ";"), ("utf-16", "\t"), ("utf-16-le", ","), ("koi8-r", ";"),
])
def test_csv_in_any_common_encoding_and_delimiter(tmp_path, encoding, delimiter):
    path = tmp_path / "list.csv"
    path.write_bytes(_csv([HEADER, *ROWS], delimiter).encode(encoding))
    table = screening.read_table(path)
    assert table.headers == HEADER
    assert table.delimiter == delimiter
    assert [r[0] for r in table.rows] == [r[0] for r in ROWS]
    assert table.rows[2][0] == "ПЕТРОВ ПЁТР ИВАНОВИЧ"


def test_bom_does_not_stick_to_the_first_column(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + _csv([HEADER, *ROWS]).encode())
    table = screening.read_table(path)
    assert table.headers[0] == "ФИО" and table.encoding == "utf-8-sig"
    assert screening.guess_mapping(table.headers).name == (0,)


def test_xlsx_with_date_cells(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Фамилия", "Имя", "Отчество", "Дата рождения", "Статья"])
    sheet.append(["Кудин", "Алексей", "Николаевич", datetime.datetime(1988, 5, 12), "363"])
    sheet.append(["Тихановская", "Светлана", "Георгиевна", "11.09.1982", 357])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    table = screening.read_table(path)
    mapping = screening.guess_mapping(table.headers)
    assert mapping.name == (0, 1, 2) and mapping.birth == 3 and mapping.article == 4
    entries, skipped = screening.entries_from_table(table, mapping)
    assert skipped == []
    assert [(e.name, e.birth_date, e.article) for e in entries] == [
        ("Кудин Алексей Николаевич", "1988-05-12", "363"),
        ("Тихановская Светлана Георгиевна", "1982-09-11", "357"),
    ]


@pytest.mark.parametrize(("content", "code", "words"), [
    (b"", "empty", "empty"),
    (b"   \n\n", "empty", "empty"),
    ("ФИО;Дата рождения\n".encode(), "no_rows", "no entries"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old_excel", ".xlsx"),
    (b"PK\x03\x04garbage that is no zip", "bad_xlsx", "cannot be read"),
    (bytes(range(256)) * 40, "binary", "not a text table"),
])
def test_unreadable_files_say_why(tmp_path, content, code, words):
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    with pytest.raises(ListFileError) as caught:
        screening.read_table(path)
    assert caught.value.code == code and words in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ListFileError, match="no file"):
        screening.read_table(tmp_path / "nope.csv")
    with pytest.raises(ListFileError, match="folder"):
        screening.read_table(tmp_path)


def test_missing_name_column_names_the_columns(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Номер;Дата рождения\n1;12.05.1988\n", encoding="utf-8")
    table = screening.read_table(path)
    mapping = screening.guess_mapping(table.headers)
    with pytest.raises(ListFileError) as caught:
        screening.check_mapping(table, mapping)
    assert caught.value.code == "no_name_column"
    assert "Номер, Дата рождения" in str(caught.value)


def test_unknown_and_unused_columns(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Name;Born;Hair colour\nAleksei Kudin;1988;dark\n", encoding="utf-8")
    table = screening.read_table(path)
    with pytest.raises(ListFileError) as caught:
        screening.mapping_from_names(table.headers, {"name": "Full name"})
    assert caught.value.code == "unknown_column" and "Name, Born, Hair colour" in str(caught.value)
    with pytest.raises(ListFileError, match="not a field"):
        screening.mapping_from_names(table.headers, {"hair": "Hair colour"})
    mapping = screening.mapping_from_names(table.headers, {"name": "name"})
    assert mapping.name == (0,) and mapping.birth == 1
    assert screening.check_mapping(table, mapping) == ["Hair colour"]
    with pytest.raises(ListFileError, match="mapped to two fields"):
        screening.check_mapping(table, Mapping(name=(0,), birth=0))


def test_rows_without_a_name_are_skipped_and_counted(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения\nКудин Алексей;1988\n;1970\n  ;\n12345;1990\n", encoding="utf-8")
    entries, skipped = screening.entries_from_table(screening.read_table(path), Mapping(name=(0,), birth=1))
    assert [e.name for e in entries] == ["Кудин Алексей"]
    assert skipped == [3, 4]  # the blank row is not a row at all; "12345" has no name


_CELL = st.text(alphabet=st.sampled_from(list("абвгдеёжзийклмнопрстуўыэюяі ABCxyz0123456789;,\t\"'.-№")),
                max_size=20)


def test_the_header_decides_the_delimiter_when_the_data_would_mislead(tmp_path):
    """Found by Hypothesis: one data row full of commas and quotes made the sniffer pick ','."""
    path = tmp_path / "list.csv"
    path.write_text('ФИО;Статья\n;",""",\n', encoding="utf-8")
    assert screening.read_table(path).headers == ["ФИО", "Статья"]


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=8),
       delimiter=st.sampled_from([",", ";", "\t"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251"]))
def test_csv_round_trip(rows, delimiter, encoding):
    body = [[f"Кудин Алексей {i}", article] for i, (_, article) in enumerate(rows)]
    table = screening.read_table_bytes(_csv([["ФИО", "Статья"], *body], delimiter).encode(encoding))
    assert table.headers == ["ФИО", "Статья"]
    assert table.rows == [[name, article.strip()] for name, article in body]


# -- screening and review ---------------------------------------------------------------

def _import(vault, tmp_path, rows, *, published, name="list.csv", source="MVD RF"):
    path = tmp_path / name
    path.write_text(_csv([HEADER, *rows]), encoding="utf-8")
    table = screening.read_table(path)
    return screening.import_list(vault, table, screening.guess_mapping(table.headers),
                                 source=source, published=published)


def test_import_screens_clients_and_explains(vault, tmp_path):
    refs = _clients(vault)
    result = _import(vault, tmp_path, ROWS, published="2025-03")
    assert result.entries == 3 and result.matches == 2 and result.new_matches == 2 and result.open_matches == 2
    items = screening.review(vault)
    assert [(i.row.entry_name, i.row.person_name) for i in items] == [
        ("КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ", "Аляксей Кудзін"),
        ("ТИХАНОВСКАЯ СВЕТЛАНА ГЕОРГИЕВНА", "Святлана Ціханоўская"),
    ]
    kudin = items[0]
    assert kudin.new and kudin.status == "open" and kudin.row.case_ids == (refs["A-1"],)
    assert "birth date equal" in kudin.explanation()
    assert kudin.row.entry_article == "ч. 2 ст. 363 УК РБ" and kudin.row.entry_place == "г. Минск"
    assert [i.row.person_name for i in screening.matches_for_case(vault, refs["A-1"])] == ["Аляксей Кудзін"]
    assert screening.matches_for_case(vault, refs["A-2"]) == []  # the brother
    assert len(screening.open_matches(vault)) == 2


def test_dismissed_stays_dismissed_on_the_next_list_and_diff(vault, tmp_path):
    refs = _clients(vault)
    first = _import(vault, tmp_path, ROWS, published="2025-03", name="march.csv")
    kudin = screening.review(vault)[0]
    decided = screening.decide(vault, kudin.id, "dismissed", note="other man, born in Gomel")
    assert decided.status == "dismissed"
    history = audit_queries.history(vault.conn, refs["A-1"])
    assert history[-1].entity == "wanted_match" and "dismissed" in history[-1].changes
    april = [ROWS[0], ["ИВАНОВ ИВАН", "01.01.1990", "", "", "", ""]]
    second = _import(vault, tmp_path, april, published="2025-04", name="april.csv")
    assert second.matches == 1 and second.new_matches == 0 and second.open_matches == 0
    items = screening.review(vault)
    assert [(i.row.list_id, i.status, i.new) for i in items] == [(second.list_id, "dismissed", False)]
    assert screening.open_matches(vault) == []
    diff = screening.list_diff(vault, source="MVD RF")
    assert diff.newer.id == second.list_id and diff.older.id == first.list_id
    assert [e.name for e in diff.added] == ["ИВАНОВ ИВАН"]
    assert [e.name for e in diff.removed] == ["ТИХАНОВСКАЯ СВЕТЛАНА ГЕОРГИЕВНА", "ПЕТРОВ ПЁТР ИВАНОВИЧ"]
    # Back to open, then confirmed: the case view shows it.
    screening.decide(vault, items[0].id, None)
    assert screening.open_matches(vault)[0].id == items[0].id
    screening.decide(vault, items[0].id, "confirmed")
    assert screening.matches_for_case(vault, refs["A-1"])[0].status == "confirmed"
    with pytest.raises(ValueError):
        screening.decide(vault, items[0].id, "maybe")


def test_sources_are_separate_versions(vault, tmp_path):
    _clients(vault)
    _import(vault, tmp_path, ROWS, published="2025-03", source="MVD RF", name="a.csv")
    kgb = _import(vault, tmp_path, ROWS[1:2], published="2025-04-09", source="KGB BY", name="b.csv")
    assert {w.source for w in screening.latest_lists(vault)} == {"MVD RF", "KGB BY"}
    diff = screening.list_diff(vault, source="KGB BY")
    assert diff.older is None and [e.name for e in diff.added] == ["ТИХАНОВСКАЯ СВЕТЛАНА ГЕОРГИЕВНА"]
    summary = screening.summary(vault)
    assert summary.lists == 2 and summary.open == 3
    screening.delete_list(vault, kgb.list_id)
    assert [w.source for w in screening.lists(vault)] == ["MVD RF"]


def test_import_refuses_bad_source_date_and_threshold(vault, tmp_path):
    path = tmp_path / "l.csv"
    path.write_text(_csv([HEADER, *ROWS]), encoding="utf-8")
    table = screening.read_table(path)
    mapping = screening.guess_mapping(table.headers)
    for kwargs, code in (({"source": " "}, "no_source"), ({"source": "X", "published": "31.12.2025"}, "bad_date"),
                         ({"source": "X", "threshold": 1.5}, "bad_threshold")):
        with pytest.raises(ListFileError) as caught:
            screening.import_list(vault, table, mapping, **kwargs)
        assert caught.value.code == code
    assert screening.lists(vault) == []


def test_cancelled_import_leaves_nothing(vault, tmp_path):
    from desktop.progress import Cancelled

    _clients(vault)
    path = tmp_path / "l.csv"
    path.write_text(_csv([HEADER, *ROWS]), encoding="utf-8")
    table = screening.read_table(path)

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        screening.import_list(vault, table, screening.guess_mapping(table.headers), source="X", progress=cancel)
    assert screening.lists(vault) == []


def test_new_clients_are_screened_again(vault, tmp_path):
    _import(vault, tmp_path, ROWS, published="2025-03")
    assert screening.review(vault) == []
    _clients(vault)
    assert screening.rescreen(vault) == 2
    assert len(screening.open_matches(vault)) == 2


def test_intake_check(vault):
    _clients(vault)
    hits = screening.check_name(vault, "Kudin Aleksei", birth_date="12.05.1988")
    assert [h.display_name for h in hits] == ["Аляксей Кудзін"]
    assert "birth date equal" in hits[0].explanation()
    assert screening.check_name(vault, "Kudin Aleksei", birth_date="1950") == []
    assert screening.check_name(vault, "Кудин Дмитрий")[0].display_name == "Dzmitry Kudzin"
    assert screening.check_name(vault, "") == []
