"""The report dialog: preview from memory, save with the plaintext warning, print, lock."""

from __future__ import annotations

import io
import json

import pytest
from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader

from desktop.cases import service as svc
from desktop.cases import interchange
from tests.helpers import case_dict, document
from ui.report_dialog import ReportDialog


@pytest.fixture
def case_id(vault):
    interchange.import_cases(vault, interchange.read_cases(document(
        case_dict(), case_dict("BY-2022-010", person={"name": "Dzmitry Sakalou"}, arrest={"date": "2022-02-01"}))),
        source="test")
    return svc.get_case(vault, "BY-2022-010").id


@pytest.fixture
def dialog(qtbot, vault, case_id):
    d = ReportDialog(vault, case_id)
    qtbot.addWidget(d)
    return d


def _generate(qtbot, d):
    d.pdf = None
    d.generate()
    qtbot.waitUntil(lambda: d.pdf is not None or d.status.text() != d.tr("Preparing the report…"), timeout=10_000)


def test_preview_is_rendered_from_memory(qtbot, dialog):
    assert not dialog.save_button.isEnabled()
    _generate(qtbot, dialog)
    assert dialog.pdf.startswith(b"%PDF")
    labels = dialog.preview_labels()
    assert len(labels) == 1 and not labels[0].pixmap().isNull()
    assert labels[0].pixmap().width() > 500
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert "1 page" in dialog.status.text()
    text = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert "Dzmitry Sakalou" in text  # internal by default

    dialog.mode.setCurrentIndex(1)  # public: the old PDF may no longer be saved
    assert not dialog.save_button.isEnabled()
    _generate(qtbot, dialog)
    text = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert "Sakalou" not in text and "Person 1" in text


def test_save_warns_then_writes_and_audits(qtbot, dialog, answers, tmp_path, vault, case_id):
    _generate(qtbot, dialog)
    target = tmp_path / "summary"
    answers.queue = [False]  # the plaintext warning declined: nothing asked, nothing written
    dialog.save_report()
    assert answers.seen[-1][0] == "confirm" and "NOT encrypted" in answers.seen[-1][2]
    assert list(tmp_path.glob("summary*")) == []
    answers.queue = [True, str(target)]
    with qtbot.waitSignal(dialog.report_saved) as saved:
        dialog.save_report()
    assert saved.args == [str(target) + ".pdf"]
    assert (tmp_path / "summary.pdf").read_bytes() == dialog.pdf
    entries = [h for h in svc.history(vault, case_id) if h.entity == "report"]
    assert json.loads(entries[-1].changes) == {"report": "case_summary", "mode": "internal", "lang": "en"}


def test_save_failure_is_a_plain_message(qtbot, dialog, answers, tmp_path):
    _generate(qtbot, dialog)
    answers.queue = [True, str(tmp_path / "missing" / "x.pdf")]
    dialog.save_report()
    kind, title, text = answers.seen[-1]
    assert kind == "error" and "is not there" in text


def test_print_draws_every_page(qtbot, dialog, tmp_path):
    dialog.kind.setCurrentIndex(1)  # aggregate over every case
    _generate(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    printed = PdfReader(str(tmp_path / "printed.pdf"))
    # every page of the PDF is printed (the aggregate has its figures, breakdowns and the case table)
    assert len(printed.pages) == len(PdfReader(io.BytesIO(dialog.pdf)).pages) >= 2


def test_bad_period_is_explained(qtbot, dialog, answers):
    dialog.kind.setCurrentIndex(1)
    assert not dialog.period_row.isHidden()
    dialog.date_from.setText("2023")
    dialog.date_to.setText("2021")
    _generate(qtbot, dialog)
    assert dialog.pdf is None
    assert answers.seen[-1][0] == "error" and "ends before it starts" in answers.seen[-1][2]


def test_lock_empties_the_dialog(qtbot, dialog):
    _generate(qtbot, dialog)
    dialog.set_vault(None)
    assert dialog.pdf is None and dialog.preview_labels() == []
    assert not dialog.save_button.isEnabled() and not dialog.update_button.isEnabled()
    dialog.generate()  # nothing to do without a vault
    assert dialog.pdf is None


def test_without_a_case_only_the_aggregate(qtbot, vault):
    d = ReportDialog(vault, None)
    qtbot.addWidget(d)
    assert d.kind.currentData() == "aggregate"
    assert not d.kind.model().item(0).isEnabled()
