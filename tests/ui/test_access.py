"""Every lawyer can use it: the Belarusian interface, keyboard and screen-reader access,
on real vault files driven by real key events."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE, ROOT
from tests.helpers import case_dict, document
from ui import i18n, settings
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.workspace.editor.set_case(None, None)
    w.close()
    w.deleteLater()


@pytest.fixture
def cases(vault_path):
    from datetime import date, timedelta

    served = (date.today() - timedelta(days=1)).isoformat()
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("A-1", status="open", outcome="pending",
                      events=[{"type": "arrest", "date": served}, {"type": "decision_notified", "date": served}]),
            case_dict("A-2", person={"name": "Dzimtry Padlobnikau"}))))
    return vault_path


def unlock(window, path):
    window.start.path_box.setEditText(str(path))
    window.start.passphrase.setText(PASSPHRASE)
    window.start.open_selected()
    assert window.vault is not None, window.start.error_label.text()


def _plain(text: str) -> str:
    return re.sub(r"&(?=[^&])", "", text).strip()


def _english_sources() -> set[str]:
    """Source strings whose Belarusian translation differs: seen in the window, they are untranslated."""
    found = set()
    for ctx in ET.parse(ROOT / "resources" / "translations" / "abarona_be.ts").getroot().iter("context"):
        for message in ctx.iter("message"):
            source, translation = message.find("source").text, message.find("translation").text
            if message.get("numerus") != "yes" and translation and _plain(translation) != _plain(source) \
                    and re.search("[A-Za-z]{3}", source) and "%" not in source:
                found.add(_plain(source))
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((type(widget).__name__, widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append(("QGroupBox", widget.title()))
        elif isinstance(widget, QTabWidget):
            texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
        texts += [("placeholder", widget.placeholderText())] if hasattr(widget, "placeholderText") else []
        texts += [("tooltip", widget.toolTip())] if widget.toolTip() else []
    return texts


def test_the_belarusian_interface_leaves_nothing_in_english(window, qtbot, cases, qapp):
    english = _english_sources()
    try:
        settings.put(settings.LANGUAGE, "be")
        window.retranslate()
        assert i18n.language() == "be"
        untranslated = {t for t in visible_texts(window.start) if _plain(t[1]) in english}
        unlock(window, cases)
        ws = window.workspace
        assert [ws.nav.item(r).text() for r in range(ws.nav.count())] == [
            "Зводка", "Справы", "Людзі", "Спісы вышуку", "Рэзервовыя копіі", "Кошык"]
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&Файл", "&Праўка"]
        for row in range(ws.nav.count()):
            ws.nav.setCurrentRow(row)
            untranslated |= {t for t in visible_texts(ws) if _plain(t[1]) in english}
        ws.open_case(ws.case_list.model.case_id(0))
        tabs = ws.editor.findChild(QTabWidget)
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            untranslated |= {t for t in visible_texts(ws.editor) if _plain(t[1]) in english}
        assert untranslated == set()
        model = ws.case_list.model
        labels = {model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())}
        assert "Экстрадыцыя" in labels  # vocabulary labels in Belarusian
    finally:
        settings.put(settings.LANGUAGE, "en")
        i18n.install(qapp, "en")
