"""Every user-visible string of ui/ is in the catalogues, and Russian is complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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
    for language in ("en", "ru"):
        shipped = set(_messages(TRANSLATIONS / f"abarona_{language}.ts"))
        assert in_code - shipped == set(), f"run packaging/update_translations.py ({language})"


def test_russian_is_complete_and_compiled(qapp):
    messages = _messages(TRANSLATIONS / "abarona_ru.ts")
    unfinished = [src for (_, src), m in messages.items() if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "abarona_ru.qm"))
    for (context, source), message in messages.items():
        if message.get("numerus") != "yes":
            assert translator.translate(context, source) == message.find("translation").text, source


def test_switching_language(qapp):
    try:
        assert i18n.install(qapp, "ru") == "ru"
        assert QCoreApplication.translate("Workspace", "Cases") == "Дела"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 5) == "5 дел"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 21) == "21 дело"
        assert i18n.install(qapp, "en") == "en"
        assert QCoreApplication.translate("Workspace", "Cases") == "Cases"
        assert QCoreApplication.translate("CaseListPage", "%n case(s)", "", 1) == "1 case"
    finally:
        i18n.install(qapp, "en")
