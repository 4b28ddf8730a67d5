"""The wanted-list page, the column-mapping dialog and the duplicates dialog, on real vaults."""

from __future__ import annotations

import pytest

from desktop.cases import interchange
from desktop.screening import service as screening
from tests.helpers import document
from tests.ui.drive import when_dialog_opens
from ui.duplicates import DuplicatesDialog
from ui.screening import ColumnMappingDialog, ScreeningPage, reason_text

LIST = ("Фамилия;Имя;Отчество;Д.р.;Статья;Волосы\n"
        "КУДИН;АЛЕКСЕЙ;НИКОЛАЕВИЧ;12.05.1988;363;тёмные\n"
        "ИВАНОВ;ИВАН;ИВАНОВИЧ;01.01.1990;;\n")


@pytest.fixture
def clients(vault):
    interchange.import_cases(vault, interchange.read_cases(document(
        {"reference": "A-1", "kind": "extradition",
         "person": {"name": "Аляксей Кудзін", "birth_date": "1988-05-12"}},
        {"reference": "A-2", "kind": "other", "person": {"name": "Alexei Kudin", "birth_date": "1988-05"}},
        {"reference": "A-3", "kind": "other", "person": {"name": "Dzmitry Kudzin"}},
    )))
    return vault


@pytest.fixture
def page(qtbot):
    w = ScreeningPage()
    qtbot.addWidget(w)
    yield w
    w.set_vault(None)


def _map(dialog, source="MVD RF", date="2025-04"):
    assert isinstance(dialog, ColumnMappingDialog)
    # The columns were recognised by their names; the hair colour is left out.
    assert dialog.mapping() == screening.Mapping(name=(0, 1, 2), birth=3, article=4)
    assert not dialog.ok_button.isEnabled()  # no source yet
    dialog.source.setText(source)
    dialog.published.setText("04/2025")
    assert "not a date" in dialog.error_label.text()
    dialog.published.setText(date)
    assert dialog.ok_button.isEnabled()
    dialog.accept()


def test_import_review_decide_and_open_case(page, clients, tmp_path, qtbot, answers):
    page.set_vault(clients)
    assert not page.empty_hint.isHidden() and "No wanted list yet" in page.empty_hint.text()
    path = tmp_path / "list.csv"
    path.write_bytes(LIST.encode("cp1251"))
    when_dialog_opens(_map)
    assert page.import_list(str(path))
    kind, title, text = answers.seen[-1]
    assert kind == "inform" and "2 entries imported. 2 match(es)" in text and "Волосы" in text
    assert page.model.rowCount() == 2
    names = {page.model.record(r).row.person_name for r in range(2)}
    assert names == {"Аляксей Кудзін", "Alexei Kudin"}
    why = page.model.data(page.model.index(0, 7))
    assert "birth" in why
    page.table.selectRow(0)
    first = page.current_item()
    assert page.confirm_button.isEnabled() and not page.reopen_button.isEnabled()
    page.decide("dismissed")
    assert {page.model.record(r).status for r in range(2)} == {"open", "dismissed"}
    page.open_only.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.record(0).id != first.id
    page.table.selectRow(0)
    with qtbot.waitSignal(page.case_requested) as signal:
        page.case_button.click()
    assert signal.args[0] in page.model.record(0).row.case_ids
    assert "1 match(es) to review" in page.summary.text()
    # A second month: the dismissed match stays dismissed; the diff names the changes.
    second = tmp_path / "april.csv"
    second.write_text("ФИО;Дата рождения\nКУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ;12.05.1988\nПЕТРОВ ПЁТР;1970\n", encoding="utf-8")

    def map_second(dialog):
        dialog.source.setText("MVD RF")
        dialog.published.setText("2025-05")
        dialog.accept()

    when_dialog_opens(map_second)
    assert page.import_list(str(second))
    assert "Added: ПЕТРОВ ПЁТР" in page.diff_label.text() and "Removed: ИВАНОВ ИВАН ИВАНОВИЧ" in page.diff_label.text()
    page.open_only.setChecked(False)
    assert {page.model.record(r).status for r in range(page.model.rowCount())} == {"open", "dismissed"}
    # Locking empties every view.
    page.set_vault(None)
    assert page.model.rowCount() == 0 and page.list_box.count() == 1 and not page.import_button.isEnabled()


def test_unreadable_list_and_cancelled_mapping(page, clients, tmp_path, answers):
    page.set_vault(clients)
    bad = tmp_path / "bad.csv"
    bad.write_text("Номер;Дата\n1;2\n", encoding="utf-8")
    when_dialog_opens(lambda dialog: (None if "names" in dialog.error_label.text() else pytest.fail("no message"),
                                      dialog.reject()))
    assert not page.import_list(str(bad))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not page.import_list(str(empty))
    assert answers.seen[-1][0] == "error" and "empty" in answers.seen[-1][2]
    answers.queue.append("")  # the file dialog, cancelled
    assert not page.import_list()
    assert screening.lists(clients) == []


def test_intake_check(page, clients):
    page.set_vault(clients)
    page.intake_name.setText("Кудин Алексей Николаевич")
    page.intake_birth.setText("12.05.1988")
    page.check_intake()
    assert page.intake_model.rowCount() == 2
    assert "2 client(s) may be this person" in page.intake_result.text()
    assert page.intake_model.record(0).display_name == "Аляксей Кудзін"
    page.intake_name.setText("Ivan Petrov")
    page.check_intake()
    assert page.intake_model.rowCount() == 0 and "No client" in page.intake_result.text()
    page.intake_birth.setText("sometime")
    page.check_intake()
    assert "not understood" in page.intake_result.text()


def test_every_reason_code_has_words():
    from desktop.names.matching import Reason

    for code in ("equal", "equal_folded", "transliteration", "transliteration_variant", "be_ru_forms",
                 "spelling_variant", "given_variant", "typo", "part_of_double", "initial", "different_given",
                 "different", "word_order", "extra_words", "one_word", "patronymic_only_one", "patronymic_differs",
                 "gender_differs", "birth_equal", "birth_year_equal", "birth_compatible", "birth_differs",
                 "birth_one_year", "birth_day_month_swapped"):
        text = reason_text(Reason(code, "surname", (("a", "1988"), ("b", "1990"), ("scheme", "ICAO"))))
        assert text and "_" not in text and "%" not in text.replace("% alike", ""), code


def test_duplicates_dialog_merges(qtbot, clients, answers):
    dialog = DuplicatesDialog(clients)
    qtbot.addWidget(dialog)
    dialog.find()
    assert dialog.model.rowCount() == 1 and "1 probable duplicate" in dialog.status.text()
    pair = dialog.current_pair()
    answers.queue.append(False)
    dialog.merge(keep_left=True)
    assert dialog.model.rowCount() == 1  # declined: nothing merged
    answers.queue.append(True)
    with qtbot.waitSignal(dialog.persons_merged) as signal:
        dialog.merge(keep_left=True)
    assert signal.args == [pair.a.id]
    assert dialog.model.rowCount() == 0 and "No probable duplicates" in dialog.status.text()
    from desktop.screening import duplicates

    assert duplicates.find_duplicates(clients) == []
    dialog.set_vault(None)
    assert dialog.model.rowCount() == 0


def test_an_official_xlsx_with_a_merged_title_is_imported_by_its_real_column_names(page, clients, tmp_path, answers):
    """Row 1 "Список разыскиваемых…" merged across the columns, a date line, then the column
    names: the mapping dialog offers the real columns, and the list imports with its matches."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    header = ["№", "Фамилия", "Имя", "Отчество", "Д.р.", "Статья"]
    for line, title in enumerate(["Список разыскиваемых лиц", "по состоянию на 01.04.2025"], start=1):
        sheet.cell(row=line, column=1, value=title)
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=len(header))
    sheet.append(header)
    sheet.append([1, "КУДИН", "АЛЕКСЕЙ", "НИКОЛАЕВИЧ", "12.05.1988", "363"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    page.set_vault(clients)

    def map_it(dialog):
        assert isinstance(dialog, ColumnMappingDialog)
        assert dialog.mapping() == screening.Mapping(name=(1, 2, 3), birth=4, article=5)
        dialog.source.setText("MVD RF")
        dialog.published.setText("2025-04")
        dialog.accept()

    when_dialog_opens(map_it)
    assert page.import_list(str(path))
    kind, _title, text = answers.seen[-1]
    assert kind == "inform" and "1 entries imported. 2 match(es)" in text, text


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_a_list_birth_date_is_shown_as_every_date_is_and_a_month_matches_its_month(page, vault, tmp_path, qtbot,
                                                                                   answers, qapp, language):
    """The list writes "08~.1989", "08.1989" and "~09.1989"; the client was born in September
    1989: only the September entry is a match (a month-only date agrees with its own month),
    and the Born column and the detail read its date in the interface's words (≈ September
    1989), never the list's raw "~09.1989" nor EDTF "1989-09~"."""
    from ui import i18n
    from ui.dates import format_edtf

    interchange.import_cases(vault, interchange.read_cases(document(
        {"reference": "S-1", "kind": "extradition", "person": {"name": "Иван Петров", "birth_date": "1989-09"}})))
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения\nПЕТРОВ ИВАН;08~.1989\nПЕТРОВ ИВАН;08.1989\nПЕТРОВ ИВАН;~09.1989\n",
                    encoding="utf-8")

    def source(dialog):
        dialog.source.setText("MVD RF")
        dialog.published.setText("2025-04")
        dialog.accept()

    try:
        i18n.install(qapp, language)
        page.set_vault(vault)
        when_dialog_opens(source)
        assert page.import_list(str(path))
        assert page.model.rowCount() == 1, [page.model.record(r).row.entry_birth for r in range(page.model.rowCount())]
        assert page.model.record(0).row.entry_birth_date == "1989-09~"
        born = page.model.data(page.model.index(0, 2))
        page.table.selectRow(0)
        detail = page.detail.text()
        words = format_edtf("1989-09~")
        assert born == words and words in detail, (born, detail)
        assert words.startswith("≈") and ("September" in words) == (language == "en")
        for text in (born, detail):
            assert "~" not in text and "1989-09" not in text and "09.1989" not in text, text
    finally:
        i18n.install(qapp, "en")
