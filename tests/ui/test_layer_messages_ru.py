"""Refusals from the layers below (desktop/) reach the window in the interface language: each
kind is triggered for real on a real vault, with the interface in Russian, and the message
shown must be the Russian one (not the service's English text)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import service as deadline_service
from ui import i18n
from ui.case_deadlines import DeadlinesPanel, ManualAnswer, OverrideAnswer

_CYRILLIC = re.compile("[А-Яа-яЁё]")


@pytest.fixture
def russian(qapp):
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def _shown_in_russian(answers, title_part: str, text_part: str) -> None:
    kind, title, text = answers.seen[-1]
    assert kind == "error"
    assert title_part in title and text_part in text, (title, text)
    assert not re.search("[A-Za-z]{3,}", text), text  # no English word left in it


def _panel(qtbot, vault, case_id: str) -> DeadlinesPanel:
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.set_vault(vault)
    panel.show_case(case_id)
    return panel


def test_deadline_refusals_are_shown_in_russian(qtbot, vault, answers, russian):
    case = case_service.create_case(vault, Case(reference="BY-2025-001", kind="extradition", person=Person("Ala Mroz"),
                                                events=[Event("decision_notified", "2025-03-03")]))
    panel = _panel(qtbot, vault, case.id)
    computed = panel.model.rows[0]

    # An override without a reason (the reason is kept in the history).
    panel.select(computed.id)
    answers.queue.append(OverrideAnswer(date(2025, 3, 17), None, "   "))
    panel.override()
    _shown_in_russian(answers, "Дата не изменена", "Укажите, почему рассчитанная дата заменяется")
    assert not deadline_service.get(vault, computed.id).overridden

    # A deadline deleted meanwhile (another window, a team sync) is marked done: refused.
    answers.queue.append(ManualAnswer("Подать жалобу", date(2025, 3, 5), None, None, ""))
    panel.add_manual()
    manual = panel.current()
    assert manual.manual
    deadline_service.delete_manual(vault, manual.id)
    panel.set_status("done")
    _shown_in_russian(answers, "Статус не изменён", "Этого срока больше нет")


def test_every_deadline_reason_has_a_russian_text(russian):
    """A reason added to desktop.deadlines without a text here would raise KeyError in the window."""
    from ui.case_deadlines import deadline_error

    for reason in deadline_service.DeadlineReason:
        text = deadline_error(deadline_service.DeadlineError("English", reason=reason))
        assert _CYRILLIC.search(text) and not re.search("[A-Za-z]{3,}", text), (reason, text)
