"""A case in Novosibirsk: the dashboard, the case's Overview and its Deadlines tab name the time
of the place as people do, in the interface's language ("новосибирское время (UTC+7)"), never
the IANA name "Asia/Novosibirsk". A real vault, unlocked and opened through the window."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from tests.ui.test_access import unlock, window  # noqa: F401 - fixtures
from ui import i18n

IANA = re.compile(r"\b(?:Europe|Asia)/[A-Z]")


@pytest.fixture
def novosibirsk(vault_path):
    served = date.today() - timedelta(days=2)
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(case_dict(
            "NSK-1", status="open", outcome="pending", arrest={"date": served.isoformat(), "place": "Новосибирск"},
            events=[{"type": "arrest", "date": served.isoformat(), "place": "Новосибирск"},
                    {"type": "decision_notified", "date": served.isoformat(), "place": "Новосибирск"}]))))
    return vault_path


def _table_texts(model) -> str:
    return "\n".join(str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                     for c in range(model.columnCount()))


@pytest.mark.parametrize(("language", "words"), [("en", "Novosibirsk time (UTC+7)"),
                                                 ("ru", "новосибирское время (UTC+7)"),
                                                 ("be", "новасібірскі час (UTC+7)")])
def test_the_time_of_the_place_is_named_everywhere(window, qtbot, qapp, novosibirsk, language, words):
    try:
        i18n.install(qapp, language)
        unlock(window, novosibirsk)
        board = "\n".join(_table_texts(model) for _card, model, _table in window.workspace.dashboard.sections.values())
        assert words in board, board
        ws = window.workspace
        ws.open_case(ws.case_list.model.case_id(0))
        overview = ws.editor.overview.toPlainText()
        assert words in overview, overview
        panel = ws.editor.deadlines
        ws.editor.tabs.setCurrentWidget(panel)
        due = _table_texts(panel.model)
        assert words in due, due
        row = next(i for i, d in enumerate(panel.model.rows) if d.rule_id == "EXT-05")
        panel.table.selectRow(row)
        details = panel.details.toPlainText()
        assert words in details, details
        from PySide6.QtWidgets import QLabel

        from ui.case_deadlines import OverrideDialog

        dialog = OverrideDialog(panel.current(), panel)  # the time of the place beside the date field
        labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.deleteLater()
        assert words.split(" (")[0] in labels, labels
        for text in (board, overview, due, details, labels):
            assert not IANA.search(text), text
    finally:
        i18n.install(qapp, "en")
