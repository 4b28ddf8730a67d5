"""An import file with mistakes, imported through the window's own Import action: the message
names the field of the event in the interface's language and the forms a date takes, never
"EDTF", a field's path in the file (events[1].date) or a Python exception's name."""

from __future__ import annotations

import json

import pytest

from tests.e2e.test_plain_import_messages import DEVELOPER, _bad_file
from tests.helpers import case_dict, document


def _refused_in_window(qtbot, qapp, answers, vault, language: str, path) -> str:
    """The error the window shows when File → Import is given ``path``, in ``language``."""
    from ui import i18n
    from ui.main_window import MainWindow

    try:
        i18n.install(qapp, language)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.set_vault(vault)
        answers.queue.append(str(path))
        window.import_cases()
        kind, _title, text = answers.seen[-1]
        assert kind == "error", answers.seen
        assert not DEVELOPER.search(text), DEVELOPER.search(text)
        window.workspace.set_vault(None)
        return text
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize(("language", "words"), [("en", ("event 2, date", "not a date", "client, birth date")),
                                                 ("ru", ("событие 2, дата", "это не дата", "доверитель, дата рождения")),
                                                 ("be", ("падзея 2, дата", "гэта не дата", "даверыцель, дата нараджэння"))])
def test_the_window_names_the_fields_and_the_date_forms_in_words(qtbot, qapp, answers, vault, tmp_path, language, words):
    text = _refused_in_window(qtbot, qapp, answers, vault, language, _bad_file(tmp_path))
    for expected in words:
        assert expected in text, (expected, text)
    assert "2021-12-31" in text and "BY-2021-003" in text


@pytest.mark.parametrize(("language", "words"), [("en", "is not one of the values a case file can give here"),
                                                 ("ru", "не из тех значений, которые может дать файл дел")])
def test_a_value_from_another_program_is_named_with_the_values_a_file_can_give(
        qtbot, qapp, answers, vault, tmp_path, language, words):
    """A kind of case another program wrote ("deportation"): the message quotes it and lists
    what a case file can say there, not "choose one of the offered values" (a file has no menu)."""
    case = case_dict("BY-2021-004")
    case["kind"] = "deportation"
    bad = tmp_path / "other-program.json"
    bad.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    text = _refused_in_window(qtbot, qapp, answers, vault, language, bad)
    assert "“deportation”" in text or "«deportation»" in text, text
    assert words in text and "extradition" in text and "expulsion" in text, text
