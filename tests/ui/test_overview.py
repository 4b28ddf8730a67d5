"""What a lawyer expects on opening a case (issue 13, item 12): the Overview shows the next
deadlines, the custody term and the bars on removal in force, on a real vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.cases import interchange
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document
from tests.ui.test_access import unlock, window  # noqa: F401 - fixtures
from ui import i18n


@pytest.fixture
def pending_appeal(vault_path):
    arrested = date.today() - timedelta(days=20)
    served = date.today() - timedelta(days=3)
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(case_dict(
            "O-1", status="open", outcome="pending", arrest={"date": arrested.isoformat(), "place": "Smolensk"},
            events=[{"type": "arrest", "date": arrested.isoformat(), "place": "Smolensk"},
                    {"type": "custody_ordered", "date": (arrested + timedelta(days=2)).isoformat()},
                    {"type": "decision_notified", "date": served.isoformat()},
                    {"type": "appeal_filed", "date": date.today().isoformat()}]))))
    return vault_path, arrested


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Next deadlines", "In custody since", "day 20", "Removal barred now")),
    ("ru", ("Ближайшие сроки", "Под стражей с", "день 20", "Выдача и выдворение сейчас запрещены")),
])
def test_the_overview_shows_deadlines_custody_and_bars(window, qtbot, qapp, pending_appeal, language, words):
    path, arrested = pending_appeal
    try:
        i18n.install(qapp, language)
        unlock(window, path)
        ws = window.workspace
        ws.open_case(ws.case_list.model.case_id(0))
        text = ws.editor.overview.toPlainText()
        for expected in words:
            assert expected in text, (expected, text[:600])
        assert arrested.strftime("%d/%m/%Y" if language == "en" else "%d.%m.%Y") in text
        assert text.index(words[0]) < text.index(words[1]) < text.index(words[3])  # deadlines first
    finally:
        i18n.install(qapp, "en")


@pytest.fixture
def held_past_the_term(vault_path):
    arrested = date.today() - timedelta(days=400)
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("O-2", status="open", outcome="pending", arrest={"date": arrested.isoformat(), "place": "Smolensk"},
                      events=[{"type": "arrest", "date": arrested.isoformat(), "place": "Smolensk"},
                              {"type": "custody_ordered", "date": (arrested + timedelta(days=1)).isoformat()}]),
            case_dict("O-3", status="closed", outcome="released",
                      events=[{"type": "decision_notified", "date": (date.today() - timedelta(days=2)).isoformat()}]))))
    return vault_path


def test_an_overdue_deadline_is_marked_and_a_custody_term_run_out_is_said(window, qtbot, held_past_the_term):
    """Found by a fresh user: deadlines years past were listed as "next", unmarked, and a client
    held 400 days on a custody order never extended was only "In custody since …"."""
    unlock(window, held_past_the_term)
    ws = window.workspace
    refs = {ws.case_list.model._rows[r].reference: ws.case_list.model.case_id(r) for r in range(2)}
    ws.open_case(refs["O-2"])
    text = ws.editor.overview.toPlainText()
    assert "overdue" in text and "The custody term ran out on" in text and "day 400" in text
    ws.open_case(refs["O-3"])  # closed: nothing is "next" any more
    assert "Next deadlines" not in ws.editor.overview.toPlainText()
