"""Every user-visible string of ui/ is in the catalogues, and Russian and Belarusian are complete."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.conftest import ROOT
from ui import i18n

TRANSLATIONS = ROOT / "resources" / "translations"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for message in ctx.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                found[(ctx.find("name").text, message.find("source").text)] = message
    return found


def test_catalogues_match_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = [str(p) for p in (ROOT / "ui").rglob("*.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    for language in ("en", "ru", "be"):
        shipped = set(_messages(TRANSLATIONS / f"abarona_{language}.ts"))
        assert in_code - shipped == set(), f"run packaging/update_translations.py ({language})"


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", ["ru", "be"])
def test_catalogue_is_complete_and_compiled(qapp, language):
    messages = _messages(TRANSLATIONS / f"abarona_{language}.ts")
    unfinished = [src for (_, src), m in messages.items() if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"abarona_{language}.qm"))
    for (context, source), message in messages.items():
        texts = _texts(message)
        assert all(texts), source
        if message.get("numerus") == "yes":
            assert len(texts) == 3 and all("%n" in t for t in texts), source  # one, few, many
        else:
            assert translator.translate(context, source) == texts[0], source
        for placeholder in set(re.findall(r"%\d", source)):
            assert all(placeholder in t for t in texts), (source, placeholder)
        # Access keys survive translation: an entry with one keeps exactly one.
        if re.search(r"&[^&\s]", source):
            assert all(len(re.findall(r"&[^&\s]", t)) == 1 for t in texts), (source, texts)


def test_belarusian_is_belarusian_not_russian():
    """Letters only Russian has (и, щ, ъ) never appear, except where the source quotes a Russian
    name; and the Belarusian text is not the Russian one copied (bar the words both share)."""
    be = _messages(TRANSLATIONS / "abarona_be.ts")
    ru = _messages(TRANSLATIONS / "abarona_ru.ts")
    for key, message in be.items():
        for text in _texts(message):
            assert not re.search("[ищъИЩЪ]", text) or re.search("[ищъИЩЪ]", key[1]), text
    same = [key[1] for key, message in be.items()
            if re.search("[а-яё]", "".join(_texts(message))) and _texts(message) == _texts(ru[key])]
    # Words both languages share (Дата, Статус, Папка, суд...) are a few per cent, not more.
    assert len(same) <= 0.05 * len(be), same
    letters = "".join(t for m in be.values() for t in _texts(m))
    assert "ў" in letters and "і" in letters


def test_qt_strings_in_belarusian(qapp):
    try:
        assert i18n.install(qapp, "be") == "be"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Скасаваць"
        assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Капіяваць"
    finally:
        i18n.install(qapp, "en")


def test_switching_language(qapp):
    try:
        assert i18n.install(qapp, "ru") == "ru"
        assert QCoreApplication.translate("Workspace", "Cases") == "Дела"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 5) == "5 дел"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 21) == "21 дело"
        assert i18n.install(qapp, "be") == "be"
        assert i18n.language() == "be"
        assert QCoreApplication.translate("Workspace", "Cases") == "Справы"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 1) == "1 справа"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 3) == "3 справы"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 5) == "5 спраў"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 21) == "21 справа"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 112) == "112 спраў"
        assert i18n.install(qapp, "en") == "en"
        assert QCoreApplication.translate("Workspace", "Cases") == "Cases"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 1) == "1 case"
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["ru", "be"])
def test_no_message_is_filed_under_no_context(language):
    """A string marked through a local helper (``tr = lambda t: translate("ctx", t)``) is filed
    by lupdate under an empty context, while the program asks under "ctx": it stays English.
    Every call must name its context where lupdate can read it."""
    root = ET.parse(ROOT / "resources" / "translations" / f"abarona_{language}.ts").getroot()
    unnamed = [m.find("source").text for c in root.iter("context") if not (c.find("name").text or "")
               for m in c.iter("message")]
    assert unnamed == []


def test_validation_problems_and_the_deadline_status_speak_russian(qapp):
    from dataclasses import dataclass

    from ui.case_deadlines import _status_labels
    from ui.case_editor import problem_text

    @dataclass
    class Problem:
        path: str
        code: str
        message: str = ""

    try:
        i18n.install(qapp, "ru")
        assert problem_text(Problem("Дата ареста", "date")).startswith("Дата ареста: это не дата")
        assert _status_labels()["done"] == "выполнен"
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize(("language", "expected"), [("ru", "УК РБ ст. 363 ч. 2"), ("be", "КК РБ арт. 363 ч. 2"),
                                                    ("en", "BY CC 363, part 2")])
def test_charges_are_written_in_the_interfaces_language(qapp, qtbot, language, expected):
    """Issue 13, item 7: "BY CC 363" stayed English in the Russian overview and charge list."""
    from desktop.cases.records import Case, Charge, Person
    from ui.case_view import CaseView
    from ui.editor.charges_tab import ChargesTab, charge_label

    case = Case(id="c1", reference="BY-1", person=Person(id="p1", display_name="Аляксей"),
                kind="extradition", status="open", outcome="pending", charges=[Charge("BY", "CC", "363", "2")])
    try:
        i18n.install(qapp, language)
        assert charge_label(case.charges[0]) == expected
        view = CaseView()
        qtbot.addWidget(view)
        view.show_case(case)
        assert expected in view.toPlainText()
        tab = ChargesTab()
        qtbot.addWidget(tab)
        tab.fill(case)
        assert tab.charge_model.data(tab.charge_model.index(0, 0)) == expected.replace(" ч. 2", "").replace(", part 2", "")
    finally:
        i18n.install(qapp, "en")
