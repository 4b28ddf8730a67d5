"""abarona-cli draft / filings / checklist and dashboard's at_risk band (issue 16), on real
vault files, with the words and exit codes a script relies on."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from docx import Document

from tests.helpers import case_dict, document

SOON = (date.today() + timedelta(days=2)).isoformat()


@pytest.fixture
def filled(run, vault_path, tmp_path):
    at_risk = case_dict("BY-2026-001", status="open", outcome="pending", events=[
        {"type": "arrest", "date": "2026-01-10", "place": "Kaluga"},
        {"type": "extradition_granted", "date": "2026-03-01"},
        {"type": "transfer_date_set", "date": SOON, "time": "06:00", "place": "Kaluga"},
    ])
    quiet = case_dict("BY-2026-002", status="open", outcome="pending",
                      person={"name": "Ганна Іванова", "publicity": "withheld"},
                      events=[{"type": "arrest", "date": "2026-02-01"}])
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(at_risk, quiet), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    return vault_path


def test_dashboard_json_gains_at_risk_and_keeps_its_keys(run, filled):
    code, out, _ = run("--vault", filled, "dashboard", "--json")
    board = json.loads(out)
    assert {"now", "overdue", "today", "upcoming", "alerts", "blocks", "custody", "silence", "at_risk"} <= set(board)
    assert board["at_risk"] == [{"reference": "BY-2026-001", "reasons": [{
        "kind": "transfer_date_set", "event_type": "transfer_date_set", "since": f"{SOON}T06:00",
        "basis": "EXT-11: CPC art. 467 (transfer to the requesting state)"}]}]
    code, out, _ = run("--vault", filled, "dashboard")
    assert code == 0 and "AT RISK OF REMOVAL NOW: 1" in out and "BY-2026-001" in out


def test_draft_needs_yes_and_writes_a_word_file(run, filled, tmp_path):
    target = tmp_path / "request.docx"
    code, _, err = run("--vault", filled, "draft", "BY-2026-001", "--body", "cat", "--lang", "ru", "-o", target)
    assert code == 2 and "UNENCRYPTED" in err and not target.exists()
    code, out, err = run("--vault", filled, "draft", "BY-2026-001", "--body", "cat", "--lang", "ru", "-o", target,
                         "--yes")
    assert code == 0 and "NOT encrypted" in out
    text = "\n".join(p.text for p in Document(io.BytesIO(target.read_bytes())).paragraphs)
    assert "Алексей Кудин" in text and "Комитет ООН против пыток" in text and "УК РБ ст. 363 ч. 2" in text
    assert (target.stat().st_mode & 0o777) == 0o600
    # What the case lacks is said on stderr, and the draft still written with visible gaps.
    assert "lacks" in err and "where the person is held" in err
    code, _, err = run("--vault", filled, "draft", "BY-2026-001", "--body", "cat", "-o", target, "--yes")
    assert code == 2 and "already exists" in err
    # a Word file under another name would not open: refused, nothing written
    code, _, err = run("--vault", filled, "draft", "BY-2026-001", "--body", "cat", "-o", tmp_path / "d4.txt", "--yes")
    assert code == 2 and "name it with .docx, for example d4.docx" in err and not (tmp_path / "d4.txt").exists()


def test_draft_refuses_an_unknown_body_and_case(run, filled, tmp_path):
    code, _, err = run("--vault", filled, "draft", "BY-2026-001", "--body", "icc", "-o", tmp_path / "x.docx", "--yes")
    assert code == 2 and "--body 'icc' is not one of: un-hrc, cat, wgad, special-procedures, ecthr" in err, err
    code, _, err = run("--vault", filled, "draft", "NO-SUCH", "--body", "cat", "-o", tmp_path / "x.docx", "--yes")
    assert code == 1 and "There is no case" in err and not (tmp_path / "x.docx").exists()


def test_filings_are_recorded_listed_and_the_alarm_clears_with_an_answer(run, filled):
    code, out, _ = run("--vault", filled, "filings", "add", "BY-2026-001", "--kind", "interim_measures",
                       "--body", "ecthr", "--filed-at", "2022-04-01 16:00", "--channel", "fax")
    assert code == 0 and "expected by 2022-04-04T16:00+03:00" in out
    filing_id = out.split("filing ")[1].split(";")[0]
    code, out, _ = run("--vault", filled, "filings", "--json", "--overdue")
    [row] = json.loads(out)
    assert row["expected_by"] == "2022-04-04T16:00+03:00" and row["answered"] is False and row["overdue"] is True
    code, out, _ = run("--vault", filled, "filings", "--overdue")
    assert "OVERDUE" in out and "BY-2026-001" in out
    # the dashboard lists it too, as the GUI's risk band does (found trying the CLI: it did not)
    board = json.loads(run("--vault", filled, "dashboard", "--json")[1])
    assert [f["id"] for f in board["overdue_filings"]] == [filing_id] and board["overdue_filings"][0]["overdue"]
    code, out, _ = run("--vault", filled, "dashboard")
    assert "NO ANSWER IN TIME TO 1 FILING(S):" in out and "Request for interim measures, ecthr: filed 2022-04-01 16:00" in out, out
    assert run("--vault", filled, "filings", "answer", filing_id, "--text", "granted", "--at", "2022-04-02 10:00")[0] == 0
    assert json.loads(run("--vault", filled, "filings", "--json", "--overdue")[1]) == []
    assert json.loads(run("--vault", filled, "dashboard", "--json")[1])["overdue_filings"] == []
    [row] = json.loads(run("--vault", filled, "filings", "--json")[1])
    assert row["answered"] is True and row["answer"] == "granted"
    code, _, err = run("--vault", filled, "filings", "add", "BY-2026-001", "--kind", "appeal", "--body", "court",
                       "--filed-at", "next week")
    assert code == 1 and "not a date and time" in err


def test_checklist_ticks_from_the_terminal(run, filled):
    code, out, _ = run("--vault", filled, "checklist", "BY-2026-001", "--tick", "call_facility", "--json")
    rows = json.loads(out)
    assert rows[0]["step"] == "call_facility" and rows[0]["done_by"] and rows[1]["done_at"] is None
    code, _, err = run("--vault", filled, "checklist", "BY-2026-001", "--tick", "pray")
    assert code == 2 and "no step" in err and "call_facility" in err


def test_filings_and_ticks_go_through_the_case_file_and_a_handoff_package(run, vault_path, tmp_path, monkeypatch):
    from tests.conftest import PASSPHRASE

    case = case_dict("BY-2022-016", status="open", outcome="pending", filings=[
        {"kind": "interim_measures", "body": "ecthr", "filed_at": "2022-04-01 16:00", "channel": "fax",
         "body_reference": "E-39/22"}],
        checklist=[{"step": "call_facility", "done_at": "2022-04-01T13:05:00Z", "done_by": "A. Ivanova"}])
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(case), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    shown = json.loads(run("--vault", vault_path, "show", "BY-2022-016", "--json")[1])
    assert shown["filings"] == [{"kind": "interim_measures", "body": "ecthr", "filed_at": "2022-04-01T16:00+03:00",
                                 "channel": "fax", "body_reference": "E-39/22", "expected_by": "2022-04-04T16:00+03:00"}]
    assert shown["checklist"] == case["checklist"]
    [mine] = json.loads(run("--vault", vault_path, "filings", "--json", "--overdue")[1])

    package = tmp_path / "handoff.abarona"
    code, out, _ = run("--vault", vault_path, "handoff", "export", "BY-2022-016", "-o", package)
    assert code == 0
    other = tmp_path / "colleague.abarona"
    monkeypatch.setenv("ABARONA_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ABARONA_PASSPHRASE", PASSPHRASE)
    assert run("--vault", other, "init", "--author", "H. Ivanova")[0] == 0
    monkeypatch.setenv("ABARONA_HANDOFF_PASSPHRASE", out.strip().splitlines()[-1].strip())
    assert run("--vault", other, "handoff", "import", package)[0] == 0
    assert json.loads(run("--vault", other, "filings", "--json", "--overdue")[1]) == [mine]
    assert json.loads(run("--vault", other, "show", "BY-2022-016", "--json")[1]) == shown


@pytest.mark.parametrize("lang", ["be", "BE", "de"])
def test_a_draft_in_a_language_the_bodies_do_not_take_is_refused_in_words(filled, tmp_path, lang):
    """A Belarusian user asks for a Belarusian draft: the real command says why there is none
    and what to use instead, exit 2, nothing written (argparse's 'invalid choice' said neither)."""
    import subprocess

    from desktop import cli
    from tests.conftest import PYTHON, ROOT, cli_env

    target = tmp_path / "request.docx"
    result = subprocess.run([PYTHON, "-m", "desktop.cli", "--vault", str(filled), "draft", "BY-2026-001",
                             "--body", "un-hrc", "--lang", lang, "-o", str(target), "--yes"],
                            cwd=ROOT, capture_output=True, text=True, env=cli_env(tmp_path))
    assert result.returncode == cli.EXIT_USAGE, result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "invalid choice" not in message and "argument" not in message
    assert "drafted in English or Russian, the languages the bodies accept" in message or \
        "drafted in English (--lang en) or Russian (--lang ru), the languages the bodies accept" in message
    assert "--lang ru" in message and "nothing was written" in message
    if lang.lower() == "be":
        assert "Belarusian" in message
    assert not target.exists()


def test_an_ecthr_draft_for_facts_of_2025_says_the_court_cannot_take_them(run, vault_path, tmp_path):
    """Russia left the ECHR on 16 September 2022: a 2025 case drafted for the ECtHR is told so
    plainly, with the UN Human Rights Committee to turn to, and no 'missing fact' about it."""
    late = case_dict("BY-2025-044", status="open", outcome="pending", arrest={"date": "2025-03-10"}, events=[
        {"type": "arrest", "date": "2025-03-10", "place": "Smolensk"},
        {"type": "extradition_granted", "date": "2025-21"}])
    source = tmp_path / "late.json"
    source.write_text(json.dumps(document(late), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    target = tmp_path / "ecthr.docx"
    code, out, err = run("--vault", vault_path, "draft", "BY-2025-044", "--body", "ecthr", "-o", target, "--yes")
    assert code == 0 and target.exists(), err
    assert "can take only facts up to 16 September 2022" in err and "UN Human Rights Committee" in err
    assert "--body un-hrc" in err
    missing = err.split("the draft shows each as a gap to fill in:", 1)[-1] if "gap to fill in" in err else ""
    assert "2022" not in missing  # the period is not a missing fact
    assert "cutoff" not in err.lower() and "ecthr_period" not in err
    first = Document(io.BytesIO(target.read_bytes())).paragraphs[0].text
    assert first.startswith("The European Court of Human Rights can take only facts up to 16 September 2022")
    target_hrc = tmp_path / "hrc.docx"
    code, _, err = run("--vault", vault_path, "draft", "BY-2025-044", "--body", "un-hrc", "-o", target_hrc, "--yes")
    assert code == 0 and "16 September 2022" not in err


def test_dashboard_json_shows_a_bar_violated_before_the_extradition_was_refused(run, vault_path, tmp_path):
    """A transfer date set while the appeal was pending (EXT-09), then the extradition refused:
    "blocks" has the violation in red, and "at_risk" keeps it as a reason (same shape)."""
    refused = case_dict("BY-2026-016", status="open", outcome="pending", events=[
        {"type": "arrest", "date": "2026-01-10", "place": "Kaluga"},
        {"type": "extradition_granted", "date": "2026-03-01"},
        {"type": "appeal_filed", "date": "2026-03-05"},
        {"type": "transfer_date_set", "date": "2026-04-01", "time": "06:00", "place": "Kaluga"},
        {"type": "extradition_refused", "date": "2026-04-02"}])
    source = tmp_path / "refused.json"
    source.write_text(json.dumps(document(refused), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    code, out, _ = run("--vault", vault_path, "dashboard", "--json")
    board = json.loads(out)
    assert code == 0
    assert [(b["reference"], b["rule"], b["violated"]) for b in board["blocks"]] == [("BY-2026-016", "EXT-09", True)]
    assert board["at_risk"] == [{"reference": "BY-2026-016", "reasons": [{
        "kind": "block_violated", "event_type": "transfer_date_set", "since": "2026-04-01T06:00",
        "basis": "EXT-09: A removal step while removal was barred"}]}]
