"""The alarm dashboard, the silence alarm, the `deadlines` CLI and the iCalendar export."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import icalendar
import pytest

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop import cli
from desktop.deadlines import dashboard
from desktop.deadlines import ical
from desktop.deadlines import service as dl

MSK = dl.zone(dl.MOSCOW)
NOW = datetime(2025, 3, 13, 9, 0, tzinfo=MSK)  # a Thursday morning in Moscow


def _add(vault, reference, events, **fields):
    return case_service.create_case(vault, Case(
        reference=reference, kind=fields.pop("kind", "extradition"),
        person=Person(fields.pop("name", "Аляксей Кудзін")), events=events, **fields))


@pytest.fixture
def board_vault(vault):
    _add(vault, "A-DUE-TODAY", [Event("decision_notified", "2025-03-03")])
    _add(vault, "B-CUSTODY", [Event("arrest", "2025-02-20", time="22:40"), Event("custody_ordered", "2025-02-21"),
                              Event("contact", "2025-03-12", time="18:00")])
    _add(vault, "C-SILENT", [Event("arrest", "2025-01-15"), Event("custody_ordered", "2025-01-16"),
                             Event("extradition_request", "2025-02-01"),
                             Event("custody_extended", "2025-03-07"), Event("contact", "2025-03-10", time="10:00")],
         silence_hours=24)
    _add(vault, "D-LOST", [Event("contact", "2025-03-12", time="12:00"),
                           Event("contact_lost", "2025-03-12", time="20:00")], kind="abduction", at_risk=True)
    _add(vault, "E-RELEASED", [Event("arrest", "2024-01-10"), Event("custody_ordered", "2024-01-11"),
                               Event("release", "2025-03-11", time="09:00")])
    _add(vault, "F-CLOSED", [Event("decision_notified", "2025-03-03")], status="closed")
    _add(vault, "G-OVERDUE", [Event("expulsion_ordered", "2025-02-20")], kind="expulsion")
    return vault


def test_dashboard_sections(board_vault):
    board = dashboard.compute(board_vault, now=NOW)
    refs = lambda rows: sorted({r.reference for r in rows})  # noqa: E731
    assert [(d.reference, d.rule_id) for d in board.today] == [("A-DUE-TODAY", "EXT-05")]
    assert "F-CLOSED" not in board.case_ids
    assert ("G-OVERDUE", "ADM-04") in [(d.reference, d.rule_id) for d in board.overdue]
    assert all(d.overdue(NOW) for d in board.overdue)
    assert all(0 < d.days_left(NOW) <= 14 for d in board.upcoming)
    assert ("B-CUSTODY", "EXT-02") in [(d.reference, d.rule_id) for d in board.overdue]  # appeal term passed

    custody = {c.reference: c for c in board.custody}
    assert set(custody) == {"B-CUSTODY", "C-SILENT"}
    b = custody["B-CUSTODY"]
    assert b.since == datetime(2025, 2, 20, 22, 40, tzinfo=MSK) and b.since_type == "arrest"
    # the nearest limit: release if no extradition request within 40 days of the arrest
    assert b.term.rule_id == "EXT-01" and b.term.last_day == date(2025, 3, 31) and b.days_left == 18
    c = custody["C-SILENT"]
    # custody from the actual detention (arrest 15.01.2025, CPC 109(9)): the first term of 2 months
    # ends 14.03.2025; the extension of 07.03 runs on from 15.03: 2 months -> 14.05.2025
    assert c.term.rule_id == "EXT-03E" and c.term.last_day == date(2025, 5, 14) and c.days_left == 62
    assert not c.rearrest_warning

    silence = {s.reference: s for s in board.silence}
    # B: contact 15 hours ago, under 48; E: released 11.03 09:00, nothing heard since: the silence
    # alarm covers clients in the release-day watch too (issue 11)
    assert set(silence) == {"C-SILENT", "D-LOST", "E-RELEASED"}
    assert silence["E-RELEASED"].released and not silence["C-SILENT"].released
    assert [(w.reference, w.reason) for w in board.release_watch] == [("E-RELEASED", "release")]
    assert silence["C-SILENT"].threshold_hours == 24 and silence["C-SILENT"].hours_silent == pytest.approx(71)
    assert silence["D-LOST"].contact_lost == datetime(2025, 3, 12, 20, 0, tzinfo=MSK)
    # watch for re-arrest after release: 5 days (CUS-01) and the 72-hour release-day watch (CUS-02)
    assert sorted((a.reference, a.rule_id) for a in board.alerts) == [("E-RELEASED", "CUS-01"), ("E-RELEASED", "CUS-02")]
    assert refs(board.custody) == ["B-CUSTODY", "C-SILENT"]


def test_silence_threshold_per_case_and_default(vault):
    case = _add(vault, "S-1", [Event("arrest", "2025-03-10", time="12:00"), Event("contact", "2025-03-11", time="10:00")])
    assert dashboard.compute(vault, now=datetime(2025, 3, 13, 9, 59, tzinfo=MSK)).silence == []
    (row,) = dashboard.compute(vault, now=datetime(2025, 3, 13, 10, 0, tzinfo=MSK)).silence
    assert row.threshold_hours == 48 and row.in_custody and row.reference == "S-1"
    case.silence_hours = 72
    case_service.update_case(vault, case)
    assert dashboard.compute(vault, now=datetime(2025, 3, 13, 10, 0, tzinfo=MSK)).silence == []
    case.events.append(Event("release", "2025-03-12"))  # out of custody, not at risk: no alarm
    case.silence_hours = None
    case_service.update_case(vault, case)
    assert dashboard.compute(vault, now=datetime(2025, 3, 20, tzinfo=MSK)).silence == []
    case.at_risk = True
    case_service.update_case(vault, case)
    assert [s.reference for s in dashboard.compute(vault, now=datetime(2025, 3, 20, tzinfo=MSK)).silence] == ["S-1"]


def test_ical_carries_references_and_kinds_only(board_vault, tmp_path):
    case = case_service.get_case(board_vault, "A-DUE-TODAY")
    dl.add_manual(board_vault, case.id, title="Call Аляксей Кудзін's mother", due=date(2025, 3, 15))
    path = tmp_path / "deadlines.ics"
    count = ical.export_file(board_vault, path)
    data = path.read_bytes()
    assert "Кудзін" not in data.decode("utf-8") and "mother" not in data.decode("utf-8")
    cal = icalendar.Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert len(events) == count and count >= 5
    assert "NOT encrypted" in str(cal["X-WR-CALDESC"])
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "A-DUE-TODAY — EXT-05: Complaint to the regional court against the extradition decision" in summaries
    assert "A-DUE-TODAY — Deadline entered by hand" in summaries
    ext05 = next(e for e in events if "EXT-05" in str(e["SUMMARY"]))
    assert ext05.decoded("DTSTART") == date(2025, 3, 13) and "CPC art. 463(1)" in str(ext05["DESCRIPTION"])
    adm01 = ical.calendar_bytes([dl.Deadline(
        id="x", case_id="c", reference="R-1", person_name="Secret Name", rule_id="ADM-01", kind="custody",
        title="Administrative detention ends (48 hours)", due=datetime(2025, 1, 12, 23, 30, tzinfo=MSK),
        computed_due=None, last_day=None, has_time=True, starts=None, status="open", status_by_user=False,
        override_reason=None, basis="CoAO art. 27.5", explanation="", note="", verified=True, lane="administrative_ru",
        severity="high", approximate=False, event_id=None, trigger_type=None, trigger_date=None, trigger_time=None,
        met_event_id=None)])
    event = icalendar.Calendar.from_ical(adm01).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == datetime(2025, 1, 12, 20, 30, tzinfo=timezone.utc)
    assert b"Secret Name" not in adm01




def test_cli_deadlines_and_dashboard(board_vault, vault_path, run, tmp_path):
    case = case_service.get_case(board_vault, "A-DUE-TODAY")
    case.events[0].date = "2099-03-03"  # far in the future: outside --within 30
    case_service.update_case(board_vault, case)
    board_vault.close()
    code, out, _ = run("--vault", vault_path, "deadlines", "--json")
    rows = json.loads(out)
    assert code == 0 and {"A-DUE-TODAY", "G-OVERDUE"} <= {r["reference"] for r in rows}
    assert "F-CLOSED" not in {r["reference"] for r in rows}
    ext05 = next(r for r in rows if r["rule"] == "EXT-05")
    assert ext05["last_day"] == "2099-03-13" and ext05["basis"] == "CPC art. 463(1)"
    assert ext05["trigger"] == {"type": "decision_notified", "date": "2099-03-03", "time": None}
    code, out, _ = run("--vault", vault_path, "deadlines", "--within", "30", "--json")
    assert "A-DUE-TODAY" not in {r["reference"] for r in json.loads(out)}
    code, out, _ = run("--vault", vault_path, "deadlines")
    assert code == 0 and "OVERDUE" in out and "CoAO art. 30.3(1)" in out and "[unverified]" in out
    code, _, err = run("--vault", vault_path, "deadlines", "--within", "-1")
    assert code == cli.EXIT_USAGE and "--within" in err
    target = tmp_path / "d.ics"
    code, _, err = run("--vault", vault_path, "deadlines", "--ical", target)
    assert code == cli.EXIT_USAGE and "NOT encrypted" in err and not target.exists()
    code, out, _ = run("--vault", vault_path, "deadlines", "--ical", target, "--yes")
    assert code == 0 and target.exists() and "NOT encrypted" in out
    code, _, err = run("--vault", vault_path, "deadlines", "--ical", target, "--yes")
    assert code == cli.EXIT_USAGE and "already exists" in err
    code, out, _ = run("--vault", vault_path, "deadlines", "--recompute", "--within", "0")
    assert code == 0 and "Recomputed: 0 added, 0 moved, 0 removed." in out
    code, out, _ = run("--vault", vault_path, "dashboard", "--json")
    board = json.loads(out)
    assert code == 0 and {"overdue", "today", "upcoming", "custody", "silence", "alerts", "blocks"} <= set(board)
    code, out, _ = run("--vault", vault_path, "dashboard")
    assert code == 0 and out.startswith("Overdue:")
    code, _, err = run("--vault", tmp_path / "missing.abarona", "deadlines")
    assert code != 0 and "There is no vault" in err


def test_lists_are_cut_but_totals_count_everything(board_vault):
    full = dashboard.compute(board_vault, now=NOW, limit=None)
    cut = dashboard.compute(board_vault, now=NOW, limit=1)
    assert cut.totals == full.totals and cut.totals["overdue"] == len(full.overdue) >= 2
    assert len(cut.overdue) == 1 and cut.more("overdue") == len(full.overdue) - 1
    assert cut.overdue[0] == max(full.overdue, key=lambda d: d.due)  # the most recently missed
    assert len(cut.custody) == 1 and cut.totals["custody"] == 2


def test_watch_row_follows_the_chronology():
    events = [Event("arrest", "2024-01-10", id="a"), Event("release", "2024-03-01", id="r"),
              Event("contact", "2024-03-02", time="10:00", id="c"), Event("rearrest", "2024-03-03", time="08:00", id="x"),
              Event("custody_ordered", "2024-03-04", id="o"), Event("contact_lost", "2024-03-05", id="l")]
    assert dl.watch_row("k", events) == ("k", "rearrest", "2024-03-03", "08:00", "2024-03-02", "10:00", "2024-03-05", None)
    assert dl.watch_row("k", events[:2]) == ("k", None, None, None, None, None, None, None)
