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
from tests.ui.test_rapid_ui import enter_filing_once

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


@pytest.mark.parametrize(("fill", "expected"), [
    (lambda d: d.filed_at.setText("завтра"), "Время подачи — не дата и время"),
    (lambda d: (d.filed_at.setText("2022-04-05 21:30"), d.answered_at.setText("2022-04-01 10:00")),
     "Время ответа раньше самой подачи"),
    (lambda d: d.body.setEditText("  "), "Укажите, куда подано"),
])
def test_filing_refusals_are_shown_in_russian(qtbot, vault, answers, russian, fill, expected):
    from desktop.rapid import filings
    from ui.rapid import FilingsPanel

    case = case_service.create_case(vault, Case(reference="F-2", kind="extradition", person=Person("Ales")))
    panel = FilingsPanel()
    qtbot.addWidget(panel)
    panel.set_case(vault, case.id)
    attempts = enter_filing_once(panel, fill)
    assert len(attempts) == 2  # the dialog stayed open after the refusal
    _shown_in_russian(answers, "Обращение не сохранено", expected)
    assert filings.list_filings(vault, case_id=case.id) == []


def test_a_draft_for_a_case_deleted_meanwhile_is_refused_in_russian(qtbot, vault, answers, russian):
    from ui.rapid import DraftDialog

    case = case_service.create_case(vault, Case(reference="X-2", kind="expulsion", person=Person("Ales")))
    dialog = DraftDialog(vault, case.id)
    qtbot.addWidget(dialog)
    case_service.delete_case(vault, case.id)  # meanwhile, in another window: trashed, the trash emptied
    case_service.empty_trash(vault)
    dialog.save()
    _shown_in_russian(answers, "Проект не составлен", "Этого дела больше нет")


def test_a_broken_template_is_refused_in_russian(vault, tmp_path, russian):
    """The template refusals (a file that is not .docx, one that cannot be read) in Russian."""
    from desktop.rapid import drafts
    from ui.rapid import draft_error

    case = case_service.create_case(vault, Case(reference="X-3", kind="expulsion", person=Person("Ales")))
    not_docx = tmp_path / "template.docx"
    not_docx.write_bytes(b"plain text, not a Word file")
    for template, expected in ((not_docx, "Шаблон — не файл Word"), (tmp_path / "absent.docx", "не удаётся прочитать")):
        with pytest.raises(drafts.DraftInvalid) as refused:
            drafts.render(vault, case.id, "un-hrc", "ru", template=template)
        text = draft_error(refused.value)
        assert expected in text and not re.search("[A-Za-z]{3,}", text.replace("Abarona", "").replace("Word", "")
                                                  .replace("docx", "")), text
    for reason in drafts.DraftReason:
        assert _CYRILLIC.search(draft_error(drafts.DraftInvalid("English", reason=reason)))


def test_a_merge_refused_because_a_client_was_merged_meanwhile_is_shown_in_russian(qtbot, vault, answers, russian):
    """The pair is on the screen; meanwhile (another window) the two are merged; merging them
    again from the stale row is refused in Russian, and nothing changes."""
    from desktop.screening import duplicates
    from ui.duplicates import DuplicatesDialog

    for reference, name, born in (("A-1", "Аляксей Кудзін", "1988-05-12"), ("A-2", "Alexei Kudin", "1988-05")):
        case_service.create_case(vault, Case(reference=reference, kind="extradition",
                                             person=Person(name, birth_date=born)))
    dialog = DuplicatesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.find()
    pair = dialog.current_pair()
    assert pair is not None
    duplicates.merge_persons(vault, keep_id=pair.a.id, merge_id=pair.b.id)
    answers.queue.append(True)  # "Merge ... into ...?" Yes
    dialog.merge(keep_left=True)
    _shown_in_russian(answers, "Записи не объединены", "Одного из двух человек больше нет")
    assert len(duplicates.find_duplicates(vault)) == 0  # the earlier merge stands, nothing more


def test_a_copy_of_a_document_deleted_meanwhile_is_refused_in_russian(qtbot, vault, answers, russian, tmp_path):
    from desktop.cases import documents as document_service
    from ui.documents import DocumentsPanel

    case = case_service.create_case(vault, Case(reference="D-1", kind="extradition", person=Person("Ales")))
    document_service.add_document(vault, case.id, name="decision.txt", data=b"decision of 5 March")
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.set_case(vault, case.id)
    panel.table.selectRow(0)
    document_service.delete_document(vault, panel.current().id)  # meanwhile, in another window
    target = tmp_path / "copy.txt"
    answers.queue.extend([True, str(target)])  # "Save an unencrypted copy?" Yes; where
    panel.save_copy()
    _shown_in_russian(answers, "", "Этого документа больше нет")
    assert not target.exists()


def test_a_decision_on_a_match_whose_list_was_deleted_meanwhile_is_refused_in_russian(qtbot, vault, answers, russian,
                                                                                       tmp_path):
    from desktop.screening import service as screening
    from tests.ui.drive import when_dialog_opens
    from ui.screening import ScreeningPage

    case_service.create_case(vault, Case(reference="A-1", kind="extradition",
                                         person=Person("Аляксей Кудзін", birth_date="1988-05-12")))
    page = ScreeningPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Отчество;Д.р.\nКУДИН;АЛЕКСЕЙ;НИКОЛАЕВИЧ;12.05.1988\n", encoding="utf-8")

    def map_columns(dialog):
        dialog.source.setText("MVD RF")
        dialog.accept()

    when_dialog_opens(map_columns)
    assert page.import_list(str(path))
    page.table.selectRow(0)
    assert page.current_item() is not None
    for wanted in screening.lists(vault):  # meanwhile, in another window
        screening.delete_list(vault, wanted.id)
    page.decide("dismissed")
    _shown_in_russian(answers, "", "Этого совпадения больше нет")
    page.set_vault(None)


def test_an_import_file_with_a_step_ticked_twice_and_a_bad_filing_time_is_refused_in_russian(qtbot, qapp, answers,
                                                                                             vault, tmp_path, russian):
    """Import problems whose codes had no words of their own came out in the service's English."""
    import json

    from tests.helpers import case_dict, document
    from ui.main_window import MainWindow

    case = case_dict("BY-2021-004")
    case["checklist"] = [{"step": "call_facility", "done_at": "2022-04-05T14:30:00Z"},
                         {"step": "call_facility", "done_at": "5 April"}]
    case["filings"] = [{"kind": "complaint", "body": "Moscow City Court", "filed_at": "завтра"}]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.set_vault(vault)
    answers.queue.append(str(path))
    window.import_cases()
    kind, _title, text = answers.seen[-1]
    assert kind == "error", answers.seen
    for expected in ("отмечен в деле дважды", "не дата и время с часовым поясом", "это обращение нельзя записать"):
        assert expected in text, (expected, text)
    assert not re.search("(ticked|is not a|write it as|keep one)", text), text
    window.workspace.set_vault(None)


def test_a_copy_into_a_folder_that_is_not_there_is_refused_in_russian(qtbot, vault, answers, russian, tmp_path):
    """The system's own words for a file error (strerror) are English: the window says it itself."""
    from desktop.cases import documents as document_service
    from ui.documents import DocumentsPanel

    case = case_service.create_case(vault, Case(reference="D-2", kind="extradition", person=Person("Ales")))
    document_service.add_document(vault, case.id, name="decision.txt", data=b"decision of 5 March")
    panel = DocumentsPanel()
    qtbot.addWidget(panel)
    panel.set_case(vault, case.id)
    panel.table.selectRow(0)
    answers.queue.extend([True, str(tmp_path / "unplugged" / "copy.txt")])
    panel.save_copy()
    _shown_in_russian(answers, "", "Файла или папки нет на месте")
    assert not (tmp_path / "unplugged").exists()
