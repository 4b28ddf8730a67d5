"""The deadline engine: a worked example for every rule, the counting conventions (weekends,
public holidays, transferred working days, month ends, amendments, time zones), and the
services that keep deadlines in step with events on a real vault."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import service as dl
from desktop.cases import interchange
from desktop.demo import synthetic
from tests.helpers import case_dict, document

MSK = dl.zone(dl.MOSCOW)


def D(text: str) -> date:  # noqa: N802
    return date.fromisoformat(text)


def derived(kind: str, *events: Event) -> dict[str, dl.Derived]:
    for i, event in enumerate(events):
        event.id = event.id or f"e{i}"
    return {f"{d.rule.id}@{d.event_id}": d for d in dl.derive(kind, list(events))}


def last_day(rule_id: str, typ: str, day: str, kind: str = "extradition", *before: Event) -> date:
    found = derived(kind, *before, Event(typ, day, id="trigger"))
    return found[f"{rule_id}@trigger"].term.last_day


# -- worked examples, one per rule (and per version) --------------------------------------------

def test_ext_05_the_issue_example():
    d = derived("extradition", Event("decision_notified", "2025-03-03"))["EXT-05@e0"]
    assert d.term.last_day == D("2025-03-13")
    assert d.term.due == datetime(2025, 3, 14, 0, 0, tzinfo=MSK)  # 24:00 Moscow time
    assert d.rule.basis_en == "CPC art. 463(1)" and d.rule.term == 10 and d.rule.verified


def test_ext_05_weekend_holiday_and_transferred_days():
    assert last_day("EXT-05", "decision_notified", "2025-03-05") == D("2025-03-17")  # Sat 15th -> Mon
    # 12 June (Russia Day), 13 June (day off transferred from 8 March), weekend -> 16 June
    assert last_day("EXT-05", "decision_notified", "2025-06-02") == D("2025-06-16")
    # Saturday 28.12.2024 was a working day (transfer): the term ends on it
    assert last_day("EXT-05", "decision_notified", "2024-12-18") == D("2024-12-28")
    # Monday 29.04.2024 was a day off (transferred from Saturday 27th): moves to 2 May
    assert last_day("EXT-05", "decision_notified", "2024-04-19") == D("2024-05-02")
    # New Year holidays
    assert last_day("EXT-05", "decision_notified", "2024-12-27") == D("2025-01-09")


def test_ext_01_release_without_request_40_days():
    d = derived("extradition", Event("arrest", "2024-01-10"))["EXT-01@e0"]
    assert d.term.last_day == D("2024-02-18")  # the arrest day counts; custody terms never move
    assert D("2024-02-18").weekday() == 6 and d.rule.kind == "custody" and not d.rule.verified
    assert "EXT-01@e1" not in derived("extradition", Event("extradition_request", "2024-01-05"),
                                      Event("arrest", "2024-01-10"))
    # issue 11: any case with an arrest on an interstate wanted notice, whatever its kind
    assert "EXT-01@e0" in derived("abduction", Event("arrest", "2024-01-10"))
    met = derived("extradition", Event("arrest", "2024-01-10"), Event("extradition_request", "2024-02-01", id="req"))
    assert met["EXT-01@e0"].met_event_id == "req"


def test_ext_02_appeal_against_custody_3_days():
    assert last_day("EXT-02", "custody_ordered", "2025-02-04") == D("2025-02-07")
    assert last_day("EXT-02", "custody_ordered", "2025-02-06") == D("2025-02-10")  # Sun 9th -> Mon
    assert last_day("EXT-02", "custody_ordered", "2024-12-31") == D("2025-01-09")  # holidays


def test_ext_03_custody_terms_in_months():
    assert last_day("EXT-03", "custody_ordered", "2024-01-21") == D("2024-03-20")
    # never moved, even onto a weekend or a holiday
    assert last_day("EXT-03", "custody_ordered", "2024-11-01") == D("2024-12-31")
    # 31 December + 2 months: no 31 February, the term ends on the month's last day
    assert last_day("EXT-03", "custody_ordered", "2024-12-31") == D("2025-02-28")
    assert last_day("EXT-03", "custody_ordered", "2023-12-31") == D("2024-02-29")
    # gravity unknown: the earliest possible limit, 6 months (CPC 109(2)); the first day counts
    assert last_day("EXT-03L", "custody_ordered", "2024-01-21") == D("2024-07-20")
    ext = derived("extradition", Event("custody_ordered", "2024-01-21", id="o"),
                  Event("custody_extended", "2024-03-15", id="x"))
    assert ext["EXT-03@o"].met_event_id == "x"  # the extension ends the first term
    # the extension runs on from the end of the first term (20.03.2024): 21.03 + 2 months - 1 day
    assert ext["EXT-03E@x"].term.last_day == D("2024-05-20") and ext["EXT-03E@x"].met_event_id is None


def test_ext_04_notice_within_24_hours():
    d = derived("extradition", Event("extradition_granted", "2025-03-01", time="15:00"))["EXT-04@e0"]
    assert d.term.due == datetime(2025, 3, 2, 15, 0, tzinfo=MSK) and d.term.has_time
    assert not d.rule.verified


def test_ext_07_court_decides_within_a_month():
    before = [Event("decision_notified", "2023-12-20")]
    # 31 January + 1 month: no 31 February -> 29 February (2024 is a leap year)
    assert last_day("EXT-07", "complaint_filed", "2024-01-31", "extradition", *before) == D("2024-02-29")
    assert last_day("EXT-07", "complaint_filed", "2025-01-31", "extradition", *before) == D("2025-02-28")
    # 30 April + 1 month = 30 May; 31 May 2025 + 1 month = 30 June (Monday)
    assert last_day("EXT-07", "complaint_filed", "2025-05-31", "extradition", *before) == D("2025-06-30")
    # a complaint with no extradition decision before it is not this rule's
    assert not any(k.startswith("EXT-07") for k in derived("extradition", Event("complaint_filed", "2025-01-31")))


def test_ext_08_both_sides_of_the_amendment():
    # Federal Law 610-FZ of 29.12.2022 came into force on 09.01.2023: a ruling of 29.12.2022 still
    # has 10 days: 30.12 is day 1, 08.01.2023 day 10, a holiday -> Monday 9 January
    old = derived("extradition", Event("court_decision", "2022-12-29"))["EXT-08@e0"]
    assert old.rule.term == 10 and old.term.last_day == D("2023-01-09")
    last_old = derived("extradition", Event("court_decision", "2023-01-08"))["EXT-08@e0"]
    assert last_old.rule.term == 10 and last_old.term.last_day == D("2023-01-18")  # Wednesday
    # from 09.01.2023: 15 days, 10.01 is day 1, 24.01 (Tuesday) day 15
    new = derived("extradition", Event("court_decision", "2023-01-09"))["EXT-08@e0"]
    assert new.rule.term == 15 and new.term.last_day == D("2023-01-24")
    assert last_day("EXT-08", "court_decision", "2024-03-01") == D("2024-03-18")  # Sat 16th -> Mon


def test_ext_09_blocks_transfer_while_under_appeal():
    found = derived("extradition", Event("decision_notified", "2025-03-03"),
                    Event("complaint_filed", "2025-03-10", id="c"), Event("decision_final", "2025-05-01", id="f"))
    block = found["EXT-09@c"]
    assert block.rule.kind == "block" and block.term.due is None and block.met_event_id == "f"
    open_block = derived("extradition", Event("decision_notified", "2025-03-03"), Event("appeal_filed", "2025-03-10", id="a"))
    assert open_block["EXT-09@a"].met_event_id is None


def test_ext_11_transfer_windows():
    found = derived("extradition", Event("transfer_date_set", "2025-07-01"))
    assert found["EXT-11A@e0"].rule.kind == "alert" and found["EXT-11A@e0"].term.last_day == D("2025-07-15")
    assert found["EXT-11B@e0"].term.last_day == D("2025-07-30")


def test_cus_01_rearrest_alert_after_release():
    found = derived("extradition", Event("release", "2025-07-01", time="10:00"), Event("rearrest", "2025-07-01", time="10:05", id="r"))
    alert = found["CUS-01@e0"]
    assert alert.rule.kind == "alert" and alert.term.last_day == D("2025-07-05") and alert.met_event_id == "r"


def test_adm_01_48_hours_and_time_zones():
    d = derived("expulsion", Event("admin_detention", "2025-01-10", time="23:30"))["ADM-01@e0"]
    assert d.term.due == datetime(2025, 1, 12, 23, 30, tzinfo=MSK)
    # local time in Novosibirsk (UTC+7) is converted: 23:30 there is 19:30 in Moscow
    far = derived("expulsion", Event("admin_detention", "2025-01-10", time="23:30", place="Novosibirsk"))["ADM-01@e0"]
    assert far.term.starts == datetime(2025, 1, 10, 19, 30, tzinfo=MSK)
    assert far.term.due.astimezone(MSK) == datetime(2025, 1, 12, 19, 30, tzinfo=MSK)
    # without a time, counted from the start of the day (the earliest the term can end)
    assert derived("expulsion", Event("admin_detention", "2025-01-10"))["ADM-01@e0"].term.due == \
        datetime(2025, 1, 12, 0, 0, tzinfo=MSK)


def test_adm_04_both_sides_of_the_amendment():
    # before 29.10.2024: 10 calendar days, not moved (a term ending on a Saturday stays there)
    assert last_day("ADM-04", "expulsion_ordered", "2024-10-16", "expulsion") == D("2024-10-26")  # Saturday
    assert last_day("ADM-04", "expulsion_ordered", "2024-10-28", "expulsion") == D("2024-11-07")
    # from 29.10.2024: days, moved to the next working day
    assert last_day("ADM-04", "expulsion_ordered", "2024-10-29", "expulsion") == D("2024-11-08")
    assert last_day("ADM-04", "expulsion_ordered", "2024-11-06", "expulsion") == D("2024-11-18")  # Sat 16th
    assert last_day("ADM-04", "expulsion_ordered", "2024-12-21", "expulsion") == D("2025-01-09")  # 31 Dec off
    assert last_day("ADM-04", "expulsion_ordered", "2024-12-22", "expulsion") == D("2025-01-09")


def test_adm_05_complaint_heard_within_a_day():
    d = derived("expulsion", Event("expulsion_ordered", "2025-02-01"),
                Event("complaint_filed", "2025-02-03", time="11:20"))["ADM-05@e1"]
    assert d.term.due == datetime(2025, 2, 4, 11, 20, tzinfo=MSK)
    assert not any(k.startswith("ADM-05") for k in derived("expulsion", Event("complaint_filed", "2025-02-03")))


def test_adm_07_expulsion_lapses_after_two_years():
    # a lapse term: the same date two years on, never moved (Saturday 15.02.2025 stays)
    assert last_day("ADM-07", "special_centre_placement", "2023-02-15", "expulsion") == D("2025-02-15")
    # the issue's example: 12.06.2022 + 2 years = 12.06.2024 (Russia Day), not the next day
    assert last_day("ADM-07", "special_centre_placement", "2022-06-12", "expulsion") == D("2024-06-12")
    assert last_day("ADM-07", "special_centre_placement", "2022-02-28", "expulsion") == D("2024-02-28")


def test_ref_01_five_working_days():
    # 25.04.2024: Sat 27 April was worked, 29 April - 1 May were off
    assert last_day("REF-01", "asylum_applied", "2024-04-25", "expulsion") == D("2024-05-06")
    assert last_day("REF-01", "asylum_applied", "2025-03-03", "expulsion") == D("2025-03-10")


def test_ref_03_ref_04_ref_05():
    assert last_day("REF-03", "asylum_refused", "2025-01-31", "expulsion") == D("2025-02-28")
    assert last_day("REF-03", "asylum_refused", "2025-04-08", "expulsion") == D("2025-05-12")  # 8 May off, weekend, 12th
    found = derived("expulsion", Event("asylum_applied", "2025-01-10", id="a"), Event("asylum_refused", "2025-03-01", id="r"))
    assert found["REF-02@a"].rule.kind == "block" and found["REF-02@a"].met_event_id == "r"
    assert last_day("REF-05", "temporary_asylum_applied", "2024-11-30", "expulsion") == D("2025-02-28")  # no 30 Feb
    assert last_day("REF-05", "temporary_asylum_applied", "2024-12-02", "expulsion") == D("2025-03-03")  # Sun 2nd
    assert last_day("REF-05B", "temporary_asylum_granted", "2024-02-29", "expulsion") == D("2025-02-28")


def test_every_rule_has_a_worked_example_here():
    source = open(__file__, encoding="utf-8").read()
    source += open(__file__.replace("test_deadlines.py", "test_deadline_terms.py"), encoding="utf-8").read()
    assert {r.id for r in dl.rules()} <= {rid for rid in (r.id for r in dl.rules()) if f'"{rid}' in source}


def test_approximate_trigger_counts_from_its_earliest_day():
    d = derived("extradition", Event("decision_notified", "2025-03"))["EXT-05@e0"]
    assert d.term.approximate and d.term.last_day == D("2025-03-11")


def test_rules_file_is_checked():
    with pytest.raises(dl.RulesInvalid) as info:
        dl.parse_rules({"rule": [{"id": "X-1", "kind": "deadline", "triggers": ["arest"], "lane": "criminal_ru",
                                  "severity": "high", "verified": True, "basis_en": "", "basis_ru": "",
                                  "title_en": "", "title_ru": "", "explanation_en": "", "explanation_ru": "",
                                  "term": 0, "unit": "days"}]})
    assert "arest" in str(info.value) and "positive term" in str(info.value)


# -- Hypothesis -------------------------------------------------------------------------------------

_TRIGGERS = sorted({t for r in dl.rules() for t in r.triggers})
_TYPES = sorted(set(_TRIGGERS) | {"extradition_request", "decision_final", "release", "contact", "appeal_filed"})
_days = st.dates(min_value=date(2019, 1, 1), max_value=date(2029, 12, 31))
_times = st.none() | st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}")


@st.composite
def _events(draw):
    n = draw(st.integers(1, 8))
    events = []
    for i in range(n):
        day = draw(_days)
        form = draw(st.sampled_from(["day", "day", "month", "approx"]))
        text = {"day": day.isoformat(), "month": day.isoformat()[:7], "approx": day.isoformat() + "~"}[form]
        events.append(Event(draw(st.sampled_from(_TYPES)), text, time=draw(_times) if form == "day" else None,
                            place=draw(st.sampled_from([None, "Moscow", "Novosibirsk", "Kaliningrad"])), id=f"e{i}"))
    return events


@given(events=_events(), kind=st.sampled_from(["extradition", "expulsion", "other"]))
@settings(max_examples=300, deadline=None)
def test_a_deadline_never_falls_before_its_trigger(events, kind):
    by_id = {e.id: e for e in events}
    for d in dl.derive(kind, events):
        trigger = by_id[d.event_id]
        lower = case_service.dates.parse(trigger.date).lower
        if d.term.starts is None:  # no date: the trigger's date is unknown
            assert d.term.due is None and "trigger_unknown" in d.term.caveats
            continue
        if not (d.rule.from_detention or d.rule.runs_on):  # those start at the detention / the last term
            assert d.term.starts.date() == lower
            if d.term.due is not None:  # a due moment never precedes its trigger
                assert d.term.due >= datetime.combine(lower, time(0, 0), d.term.due.tzinfo)
        if d.term.due is not None:
            assert d.term.due > d.term.starts
        if d.term.last_day is not None:
            assert d.term.last_day >= d.term.starts.date()


def _case(reference: str, events: list[Event]) -> Case:
    return Case(reference=reference, kind="extradition", person=Person("Аляксей Кудзін"), events=events)


def _snapshot(vault, case_id):
    return {(d.event_id, d.rule_id): (d.id, d.due, d.status) for d in dl.for_case(vault, case_id)}


@given(events=_events(), which=st.integers(0, 7), shift=st.integers(-40, 40))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_editing_an_event_moves_exactly_the_deadlines_derived_from_it(vault, events, which, shift):
    for e in events:
        e.id = None
    case = case_service.create_case(vault, _case(f"H-{uuid.uuid4()}", events))
    before = _snapshot(vault, case.id)
    target = case.events[which % len(case.events)]
    new_day = case_service.dates.parse(target.date).lower + timedelta(days=shift)
    target.date = new_day.isoformat()
    case_service.update_case(vault, case)
    after = _snapshot(vault, case.id)
    expected = {(d.event_id, d.rule.id): d for d in dl.derive(case.kind, case.events)}
    assert set(after) == set(expected)
    for key, (did, due, _status) in after.items():
        assert due == expected[key].term.due
        rule = dl.rule_version(key[1])
        # derived from the edited event only: its trigger, or (custody counted from the actual
        # detention, extensions running on) the custody events before it
        if key[0] != target.id and key in before and not (rule.from_detention or rule.runs_on):
            assert before[key][:2] == (did, due)  # untouched: same row, same date


# -- services on a real vault ----------------------------------------------------------------------

def _kudzin(vault):
    return case_service.create_case(vault, _case("BY-2025-001", [
        Event("arrest", "2025-02-20", time="22:40", place="Moscow"),
        Event("custody_ordered", "2025-02-22"),
        Event("decision_notified", "2025-03-03"),
    ]))


def test_create_derives_and_edit_moves_only_its_own(vault):
    case = _kudzin(vault)
    found = {d.rule_id: d for d in dl.for_case(vault, case.id)}
    assert set(found) == {"EXT-01", "EXT-02", "EXT-03", "EXT-03L", "EXT-05"}
    ext05 = found["EXT-05"]
    assert ext05.last_day == D("2025-03-13") and ext05.basis == "CPC art. 463(1)"
    assert ext05.trigger_type == "decision_notified" and ext05.trigger_date == "2025-03-03"
    ru = {d.rule_id: d for d in dl.for_case(vault, case.id, lang="ru")}
    assert ru["EXT-05"].basis == "УПК РФ, ст. 463 ч. 1" and "Жалоба" in ru["EXT-05"].title

    manual = dl.add_manual(vault, case.id, title="Ask the consulate for the passport", due=D("2025-03-20"))
    dl.set_status(vault, found["EXT-02"].id, "done")
    dl.override(vault, found["EXT-03"].id, due=D("2025-04-19"), reason="Court set the term to 19 April")

    case.events[2].date = "2025-03-05"  # notice was served two days later
    case_service.update_case(vault, case)
    after = {d.rule_id or "manual": d for d in dl.for_case(vault, case.id)}
    assert after["EXT-05"].id == ext05.id and after["EXT-05"].last_day == D("2025-03-17")
    assert after["EXT-02"].status == "done" and after["EXT-02"].status_by_user
    assert after["EXT-03"].due == datetime(2025, 4, 20, tzinfo=MSK) and after["EXT-03"].overridden
    assert after["EXT-03"].computed_due == found["EXT-03"].computed_due
    assert after["manual"].id == manual.id and after["manual"].title == "Ask the consulate for the passport"
    history = [(h.entity, h.action, json.loads(h.changes)) for h in case_service.history(vault, case.id)]
    assert ("deadline", "override") in [(e, a) for e, a, _ in history]
    assert any(a == "override" and c["reason"] == "Court set the term to 19 April" for e, a, c in history)
    assert any(a == "recompute" and c["rule"] == "EXT-05" for e, a, c in history)

    case.events[2].type = "note"  # the trigger is no longer a notice: its deadline goes
    case_service.update_case(vault, case)
    assert "EXT-05" not in {d.rule_id for d in dl.for_case(vault, case.id)}
    del case.events[1]  # the custody order is deleted: its deadlines go, the manual one stays,
    case_service.update_case(vault, case)  # and so does the overridden one, flagged (issue 11)
    left = {d.rule_id: d for d in dl.for_case(vault, case.id)}
    assert set(left) == {"EXT-01", "EXT-03", None}
    assert left["EXT-03"].trigger_changed and left["EXT-03"].due == datetime(2025, 4, 20, tzinfo=MSK)
    history = [(h.action, json.loads(h.changes)) for h in case_service.history(vault, case.id)]
    assert any(a == "override_kept" and c["rule"] == "EXT-03" for a, c in history)
    dl.confirm_override(vault, left["EXT-03"].id)
    assert not dl.get(vault, left["EXT-03"].id).trigger_changed


def test_closing_event_marks_done_unless_the_user_said_otherwise(vault):
    case = _kudzin(vault)
    ext05 = next(d for d in dl.for_case(vault, case.id) if d.rule_id == "EXT-05")
    assert ext05.status == "open"
    case.events.append(Event("complaint_filed", "2025-03-10"))
    case_service.update_case(vault, case)
    ext05 = dl.get(vault, ext05.id)
    assert ext05.status == "done" and ext05.met_event_id == case.events[-1].id
    dl.set_status(vault, ext05.id, "missed")
    case.events[-1].date = "2025-03-11"
    case_service.update_case(vault, case)
    assert dl.get(vault, ext05.id).status == "missed"


def test_manual_and_override_problems_are_plain(vault):
    case = _kudzin(vault)
    with pytest.raises(dl.DeadlineError, match="title"):
        dl.add_manual(vault, case.id, title="  ", due=D("2025-03-20"))
    with pytest.raises(dl.DeadlineError, match="not an event of this case"):
        dl.add_manual(vault, case.id, title="x", due=D("2025-03-20"), event_id="nope")
    some = dl.for_case(vault, case.id)[0]
    with pytest.raises(dl.DeadlineError, match="Say why"):
        dl.override(vault, some.id, due=D("2025-03-20"), reason="")
    with pytest.raises(dl.DeadlineError, match="status"):
        dl.set_status(vault, some.id, "forgotten")
    with pytest.raises(dl.DeadlineError, match="waived"):
        dl.delete_manual(vault, some.id)
    timed = dl.add_manual(vault, case.id, title="Visit", due=D("2025-03-20"), at=time(15, 30),
                          event_id=case.events[0].id)
    assert timed.due == datetime(2025, 3, 20, 15, 30, tzinfo=MSK) and timed.has_time and timed.lane == "criminal_ru"
    cleared = dl.clear_override(vault, dl.override(vault, some.id, due=D("2025-03-21"), at=time(9, 0), reason="r").id)
    assert not cleared.overridden and cleared.due == cleared.computed_due
    dl.delete_manual(vault, timed.id)
    assert timed.id not in {d.id for d in dl.for_case(vault, case.id)}


def test_overdue_and_days_left_in_moscow_time(vault):
    case = _kudzin(vault)
    ext05 = next(d for d in dl.for_case(vault, case.id) if d.rule_id == "EXT-05")
    # 13 March 23:30 Moscow is 20:30 UTC: still due today, not overdue
    late = datetime(2025, 3, 13, 20, 30, tzinfo=timezone.utc)
    assert not ext05.overdue(late) and ext05.days_left(late) == 0
    # 21:30 UTC is 00:30 on the 14th in Moscow: overdue, although it is still the 13th in London
    assert ext05.overdue(datetime(2025, 3, 13, 21, 30, tzinfo=timezone.utc))
    assert ext05.days_left(datetime(2025, 3, 10, 8, 0, tzinfo=timezone.utc)) == 3


def test_import_derives_like_hand_entry(vault):
    doc = document(case_dict("BY-2021-003", status="open", events=[
        {"type": "arrest", "date": "2021-01-21"},
        {"type": "custody_ordered", "date": "2021-01-22"},
        {"type": "decision_notified", "date": "2021-06-01"},
    ]))
    result = interchange.import_cases(vault, interchange.read_cases(doc))
    imported = {(d.rule_id, d.due) for d in dl.for_case(vault, result.case_ids[0])}
    by_hand = case_service.create_case(vault, _case("BY-2021-004", [
        Event("arrest", "2021-01-21"), Event("custody_ordered", "2021-01-22"), Event("decision_notified", "2021-06-01")]))
    assert imported == {(d.rule_id, d.due) for d in dl.for_case(vault, by_hand.id)}
    assert len(imported) == 5


def test_recompute_all_repairs_and_is_idempotent(vault):
    case = _kudzin(vault)
    ids = {d.id for d in dl.for_case(vault, case.id)}
    first = dl.recompute_all(vault)
    assert first.added == [] and first.moved == [] and first.removed == []
    assert {d.id for d in dl.for_case(vault, case.id)} == ids
    with vault.transaction() as conn:  # a rule-less world: pretend the rows are stale
        dl.queries.update_derived(conn, [(next(iter(ids)), "open", "deadline", "x", None, "2000-01-01T00:00:00+03:00",
                                          "1999-12-31T21:00:00Z", "1999-12-31", False, False, None, "", "", "criminal_ru",
                                          "normal", None, None, None)], now="2025-01-01T00:00:00Z")
    repaired = dl.recompute_all(vault)
    assert len(repaired.moved) == 1
    assert {d.id for d in dl.for_case(vault, case.id)} == ids


def test_a_manual_deadline_outlives_its_deleted_trigger(vault):
    case = _kudzin(vault)
    manual = dl.add_manual(vault, case.id, title="Visit in SIZO-1", due=D("2025-03-20"), event_id=case.events[0].id)
    assert manual.trigger_type == "arrest"
    del case.events[0]
    case_service.update_case(vault, case)
    after = dl.get(vault, manual.id)
    assert after.event_id is None and after.title == "Visit in SIZO-1"
    assert "EXT-01" not in {d.rule_id for d in dl.for_case(vault, case.id)}


def test_a_stored_moment_without_offset_is_moscow_time():
    """Hand-entered or imported values may lack an offset; they must never break
    comparisons with aware moments (the dashboard, the summary's ordering)."""
    from desktop.deadlines.service import MOSCOW, _parse_moment, zone

    assert _parse_moment("2026-03-01T10:00") == datetime(2026, 3, 1, 10, 0, tzinfo=zone(MOSCOW))
    assert _parse_moment("2026-03-01") == datetime(2026, 3, 2, 0, 0, tzinfo=zone(MOSCOW))
    assert _parse_moment("2026-03-01T10:00+00:00").utcoffset().total_seconds() == 0
    assert _parse_moment(None) is None


# -- events no rule reads (issue 11: a recompute of every case leaves them unread) -----------

_EVERY_TYPE = sorted(set(synthetic.EVENT_TYPES) | set(_TYPES) | {"note", "hearing", "media", "contact_lost"})


@st.composite
def _mixed_events(draw):
    """Events of every type, notes and hearings among them, interim measures with a body."""
    events = draw(_events())
    for i, event in enumerate(events):
        event.type = draw(st.sampled_from(_EVERY_TYPE))
        if event.type == "interim_measures_granted":
            event.body = draw(st.sampled_from([None, "ECtHR (Rule 39)", "UN Human Rights Committee"]))
    extra = draw(st.lists(st.tuples(st.sampled_from(["note", "hearing", "media", "intervention"]), _days), max_size=6))
    for j, (typ, day) in enumerate(extra):
        events.insert(draw(st.integers(0, len(events))), Event(typ, day.isoformat(), id=f"x{j}"))
    return events


def _derived_facts(derived):
    return sorted((d.rule.id, d.event_id, d.term.stored_text, d.term.has_time, d.term.approximate,
                   d.met_event_id, d.until, d.violated_by) for d in derived)


@given(events=_mixed_events(), kind=st.sampled_from(["extradition", "expulsion", "other"]),
       gravity=st.sampled_from([None, "grave", "especially_grave"]))
@settings(max_examples=400, deadline=None)
def test_events_of_types_no_rule_reads_change_no_derived_deadline(events, kind, gravity):
    read = dl.types_read()
    kept = [e for e in events if e.type in read]
    assert _derived_facts(dl.derive(kind, events, region="Samara", gravity=gravity)) == \
        _derived_facts(dl.derive(kind, kept, region="Samara", gravity=gravity))
    assert dl.watch_row("c", events)[1:] == dl.watch_row("c", kept)[1:]


def test_recompute_of_an_imported_vault_changes_nothing(vault):
    """Import derives from every event in memory; the recompute reads only the types the rules
    read (notes, hearings and media left unread): both must give the same deadlines."""
    document = synthetic.generate_document(cases=150, events_per_case=20, seed=11)
    kinds = {e["type"] for c in document["cases"] for e in c["events"]}
    assert {"note", "hearing", "media"} <= kinds and not kinds <= dl.types_read()
    interchange.import_cases(vault, interchange.read_cases(document))
    before = {(d.id, d.due, d.status) for d in dl.queries.derived_for_cases(vault.conn, None)}
    result = dl.recompute_all(vault)
    assert (result.added, result.moved, result.removed) == ([], [], [])
    assert {(d.id, d.due, d.status) for d in dl.queries.derived_for_cases(vault.conn, None)} == before


def test_a_window_of_more_days_than_the_calendar_holds_lists_every_deadline(vault):
    """Found trying the CLI: `deadlines --within 99999999999` ended with an internal error."""
    case = _kudzin(vault)
    every = dl.list_open(vault)
    assert every and {d.case_id for d in every} == {case.id}
    assert dl.list_open(vault, within_days=99_999_999_999) == every
    assert dl.list_open(vault, within_days=3_000_000) == every  # (2026 + 8,200 years: past 9999)
