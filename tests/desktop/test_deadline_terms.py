"""Issue 11: deadlines a lawyer can stake a client on. Every expected date below was counted by
hand from the law (the comment says which rule and how); the engine is then run as the
user runs it: derive on events, real vaults, the CLI.

Counting used by hand (see resources/deadline_rules.toml):
- CPC art. 128(1)-(2): a term in days or months starts the day AFTER the trigger's LOCAL date
  and ends at 24:00 local time of the last day, moved to the next working day if that day is
  not a working day; detention terms (128(3)) count the first day and never move.
- CoAO art. 4.8: from the day after; a term in days ending on a non-working day moves.
- Lapse terms ("calendar"): never move.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.records import Case, Event, Person
from desktop.cases import service as case_service
from desktop.deadlines import blocks as block_engine
from desktop.deadlines import dashboard
from desktop.deadlines import service as dl
from desktop.deadlines import terms

MSK = ZoneInfo("Europe/Moscow")
UTC = timezone.utc


def D(text: str) -> date:  # noqa: N802
    return date.fromisoformat(text)


def derive(kind: str, *events: Event, **facts) -> dict[str, terms.Derived]:
    for i, event in enumerate(events):
        event.id = event.id or f"e{i}"
    return {f"{d.rule.id}@{d.event_id}": d for d in terms.derive(kind, list(events), **facts)}


# -- 1. local time of the place of proceedings ---------------------------------------------------

#: One city per zone class the issue names, with its UTC offset in March 2025 (Federal Law
#: 107-FZ art. 5; no summer time since 2014).
ZONES = {
    "Kaliningrad": ("Europe/Kaliningrad", 2),
    "Moscow": ("Europe/Moscow", 3),
    "Samara": ("Europe/Samara", 4),
    "Yekaterinburg": ("Asia/Yekaterinburg", 5),
    "Vladivostok": ("Asia/Vladivostok", 10),
    "Petropavlovsk-Kamchatsky": ("Asia/Kamchatka", 12),
}

#: rule: (kind of case, trigger type, events before it, last day for a trigger on Monday
#: 03.03.2025 local, last day for one on Tuesday 04.03.2025 local), counted by hand:
DAY_RULES = {
    # 40 days, the arrest day is day 1: 3..31 March = 29 days, 1..11 April = 11 -> Fri 11 April
    "EXT-01": ("extradition", "arrest", (), "2025-04-11", "2025-04-12"),
    # 3 days from the day after: 4, 5, 6 March -> Thu 6 (from 4 March: Fri 7)
    "EXT-02": ("extradition", "custody_ordered", (), "2025-03-06", "2025-03-07"),
    # 2 months, first day counts: ends the day before 3 May -> Fri 2 May, a transferred day off,
    # never moved; from 4 March -> Sat 3 May
    "EXT-03": ("extradition", "custody_ordered", (), "2025-05-02", "2025-05-03"),
    "EXT-03E": ("extradition", "custody_extended", (), "2025-05-02", "2025-05-03"),
    # gravity unknown: the earliest possible limit, 6 months -> 2 September (3 September)
    "EXT-03L": ("extradition", "custody_ordered", (), "2025-09-02", "2025-09-03"),
    # 10 days: 4..13 March -> Thu 13 (Fri 14)
    "EXT-05": ("extradition", "decision_notified", (), "2025-03-13", "2025-03-14"),
    # 1 month: 3 April (Thu), 4 April (Fri)
    "EXT-07": ("extradition", "complaint_filed", ("decision_notified",), "2025-04-03", "2025-04-04"),
    # 15 days (610-FZ): 4..18 March -> Tue 18 (Wed 19)
    "EXT-08": ("extradition", "court_decision", (), "2025-03-18", "2025-03-19"),
    # 15 days, the set date is day 1 -> 17 March; 30 days -> 1 April
    "EXT-11A": ("extradition", "transfer_date_set", (), "2025-03-17", "2025-03-18"),
    "EXT-11B": ("extradition", "transfer_date_set", (), "2025-04-01", "2025-04-02"),
    # 5 days, the release day is day 1 -> 7 March (8 March)
    "CUS-01": ("extradition", "release", (), "2025-03-07", "2025-03-08"),
    # the forced-expulsion risk window: 10 calendar days -> 13 March (14 March)
    "ADM-02": ("expulsion", "expulsion_ordered", (), "2025-03-13", "2025-03-14"),
    # 5 days (CoAO 4.8): 4..8 March; Sat 8 March is a holiday, Sun 9 -> Mon 10 March; from 4 March:
    # 5..9 March -> Sun 9 -> Mon 10 March
    "ADM-03": ("expulsion", "decision_final", ("expulsion_ordered",), "2025-03-10", "2025-03-10"),
    # 10 days (as amended from 29.10.2024): 13 March (14 March)
    "ADM-04": ("expulsion", "expulsion_ordered", (), "2025-03-13", "2025-03-14"),
    # a lapse term: 2 years, the same date, never moved
    "ADM-07": ("expulsion", "special_centre_placement", (), "2027-03-03", "2027-03-04"),
    # 15 days to leave: 4..18 March -> Tue 18 (Wed 19)
    "ADM-08": ("expulsion", "permit_refused", (), "2025-03-18", "2025-03-19"),
    # 5 working days: Tue 4, Wed 5, Thu 6, Fri 7, (Sat 8 holiday, Sun 9), Mon 10; from Tue 4:
    # 5, 6, 7, 10, 11 -> Tue 11
    "REF-01": ("expulsion", "asylum_applied", (), "2025-03-10", "2025-03-11"),
    # 1 month: 3 April (4 April)
    "REF-03": ("expulsion", "asylum_refused", (), "2025-04-03", "2025-04-04"),
    # 3 months: Tue 3 June (Wed 4 June)
    "REF-05": ("expulsion", "temporary_asylum_applied", (), "2025-06-03", "2025-06-04"),
    # 1 year, calendar: 3 March 2026 (4 March 2026)
    "REF-05B": ("expulsion", "temporary_asylum_granted", (), "2026-03-03", "2026-03-04"),
}
#: Hour terms run from the local moment: rule -> (kind, trigger, before, hours)
HOUR_RULES = {
    "EXT-04": ("extradition", "extradition_granted", (), 24),
    "ADM-01": ("expulsion", "admin_detention", (), 48),
    "ADM-05": ("expulsion", "complaint_filed", ("expulsion_ordered",), 24),
    "CUS-02": ("extradition", "release", (), 72),
}


def test_every_dated_rule_has_a_zone_example():
    dated = {r.id for r in terms.rules() if r.kind != "block"}
    assert dated == set(DAY_RULES) | set(HOUR_RULES)


@pytest.mark.parametrize("city", sorted(ZONES))
@pytest.mark.parametrize("rule_id", sorted(DAY_RULES))
def test_day_terms_count_from_the_local_date_either_side_of_local_midnight(rule_id, city):
    kind, trigger, before, monday, tuesday = DAY_RULES[rule_id]
    iana, offset = ZONES[city]
    prior = [Event(t, "2025-02-20", place=city, id=f"p{i}") for i, t in enumerate(before)]
    for day, at, expected in (("2025-03-03", "23:30", monday), ("2025-03-04", "00:30", tuesday)):
        found = derive(kind, *[Event(p.type, p.date, place=p.place, id=p.id) for p in prior],
                       Event(trigger, day, time=at, place=city, id="t"))
        d = found[f"{rule_id}@t"]
        last = D(expected)
        assert d.term.zone == iana and d.term.last_day == last
        # ends at 24:00 local time of the last day: that instant in UTC is midnight minus the offset
        assert d.term.due.astimezone(UTC) == datetime.combine(last + timedelta(days=1), time(0), UTC) - timedelta(hours=offset)
        assert "zone_default" not in d.term.caveats


@pytest.mark.parametrize("city", sorted(ZONES))
@pytest.mark.parametrize("rule_id", sorted(HOUR_RULES))
def test_hour_terms_run_from_the_local_moment(rule_id, city):
    kind, trigger, before, hours = HOUR_RULES[rule_id]
    iana, offset = ZONES[city]
    for day, at in (("2025-03-03", "23:30"), ("2025-03-04", "00:30")):
        events = [Event(t, "2025-02-20", place=city) for t in before] + [Event(trigger, day, time=at, place=city, id="t")]
        d = derive(kind, *events)[f"{rule_id}@t"]
        hh, mm = map(int, at.split(":"))
        utc_start = datetime.combine(D(day), time(hh, mm), UTC) - timedelta(hours=offset)
        assert d.term.due.astimezone(UTC) == utc_start + timedelta(hours=hours)
        assert d.term.due.utcoffset() == timedelta(hours=offset) and d.term.zone == iana


def test_the_issues_kaliningrad_and_vladivostok_examples():
    # served 14.03.2023 23:30 in Kaliningrad: 10 days from 15 March -> Friday 24 March, 24:00
    # Kaliningrad time (CPC art. 463(1)). Kaliningrad is UTC+2, one hour BEHIND Moscow: 24:00
    # there is 22:00 UTC, 01:00 on 25 March in Moscow (the issue's "23:00 Moscow" has the sign
    # of the difference reversed; the last day, 24 March, is as the issue says)
    k = derive("extradition", Event("decision_notified", "2023-03-14", time="23:30", place="Kaliningrad"))["EXT-05@e0"]
    assert k.term.last_day == D("2023-03-24") and D("2023-03-24").weekday() == 4
    assert k.term.due.astimezone(UTC) == datetime(2023, 3, 24, 22, 0, tzinfo=UTC)
    assert k.term.due.astimezone(MSK) == datetime(2023, 3, 25, 1, 0, tzinfo=MSK)
    # counted from the Moscow moment instead (00:30 on the 15th) it would wrongly end on the 25th
    # served 14.03.2023 01:00 in Vladivostok: the same last day, 24:00 local = 17:00 Moscow
    v = derive("extradition", Event("decision_notified", "2023-03-14", time="01:00", place="Владивосток"))["EXT-05@e0"]
    assert v.term.last_day == D("2023-03-24")
    assert v.term.due.astimezone(MSK) == datetime(2023, 3, 24, 17, 0, tzinfo=MSK)


def test_the_zone_comes_from_the_place_else_the_region_else_moscow_and_says_so():
    e = Event("decision_notified", "2025-03-03", time="23:30")
    d = derive("extradition", e, region="Приморский край")["EXT-05@e0"]
    assert d.term.zone == "Asia/Vladivostok" and "zone_default" not in d.term.caveats
    d = derive("extradition", Event("decision_notified", "2025-03-03", place="СИЗО-1, г. Томск"), region="Moscow")["EXT-05@e0"]
    assert d.term.zone == "Asia/Tomsk"  # the place wins over the region
    d = derive("extradition", Event("decision_notified", "2025-03-03", place="somewhere"))["EXT-05@e0"]
    assert d.term.zone == "Europe/Moscow" and "zone_default" in d.term.caveats
    assert "Moscow time" in terms.caveat_text("zone_default") and "московское" in terms.caveat_text("zone_default", "ru")


@pytest.mark.parametrize("text, zone", [
    ("Калининградский областной суд", "Europe/Kaliningrad"), ("Samara", "Europe/Samara"),
    ("г. Ижевск, Удмуртия", "Europe/Samara"), ("Saratov", "Europe/Saratov"),
    ("Ekaterinburg", "Asia/Yekaterinburg"), ("Уфа", "Asia/Yekaterinburg"), ("Omsk", "Asia/Omsk"),
    ("Tomsk", "Asia/Tomsk"), ("Новосибирск", "Asia/Novosibirsk"), ("Барнаул", "Asia/Barnaul"),
    ("Красноярск", "Asia/Krasnoyarsk"), ("Иркутск", "Asia/Irkutsk"), ("Улан-Удэ", "Asia/Irkutsk"),
    ("Чита", "Asia/Chita"), ("Якутск", "Asia/Yakutsk"), ("Хабаровск", "Asia/Vladivostok"),
    ("Magadan", "Asia/Magadan"), ("Южно-Сахалинск", "Asia/Sakhalin"), ("Kamchatka", "Asia/Kamchatka"),
    ("Анадырь", "Asia/Anadyr"), ("Следственный комитет", None), ("Кировский районный суд г. Екатеринбурга", "Asia/Yekaterinburg"),
    ("Приморский районный суд Санкт-Петербурга", "Europe/Moscow"), ("Sevastopol", "Europe/Simferopol"),
])
def test_places_resolve_to_their_zone(text, zone):
    subject = terms.resolve_place(text)
    assert (subject.zone if subject else None) == zone


def test_every_federal_subject_resolves_by_its_russian_and_english_name():
    found = terms.subjects()
    assert len(found) == 89  # 85 subjects, and the four regions annexed in 2022 that Russian courts count
    zones = {s.zone for s, _ in found}
    assert {"Europe/Kaliningrad", "Asia/Kamchatka"} <= zones and len({ZoneInfo(z).utcoffset(datetime(2025, 1, 1)) for z in zones}) == 11
    for subject, _ in found:
        assert terms.resolve_place(subject.en) == subject, subject.en
        assert terms.resolve_place(subject.ru) == subject, subject.ru


# -- 2. custody --------------------------------------------------------------------------------

def test_custody_runs_from_the_actual_detention():
    # arrest on the wanted notice 10.01.2025, custody ordered 12.01: the term counts from 10.01
    # (CPC 109(9)): 2 months, the first day counts -> 09.03.2025 (a Sunday, never moved)
    found = derive("extradition", Event("arrest", "2025-01-10", id="a"), Event("custody_ordered", "2025-01-12", id="o"))
    assert found["EXT-03@o"].term.last_day == D("2025-03-09")
    # the absolute limit, too: gravity unknown -> 6 months from 10.01 -> 09.07.2025
    assert found["EXT-03L@o"].term.last_day == D("2025-07-09")
    assert "gravity_unknown" in found["EXT-03L@o"].term.caveats and found["EXT-03L@o"].term.approximate


@pytest.mark.parametrize("gravity, last", [
    ("small", "2025-07-09"), ("medium", "2025-07-09"),   # 6 months (CPC 109(2))
    ("grave", "2026-01-09"),                              # 12 months
    ("especially_grave", "2026-07-09"),                   # 18 months (CPC 109(3))
    (None, "2025-07-09"),                                 # unknown: the earliest, 6 months
])
def test_the_absolute_limit_follows_the_gravity(gravity, last):
    found = derive("extradition", Event("arrest", "2025-01-10"), Event("custody_ordered", "2025-01-12", id="o"),
                   gravity=gravity)
    assert found["EXT-03L@o"].term.last_day == D(last)
    assert ("gravity_unknown" in found["EXT-03L@o"].term.caveats) == (gravity is None)


def test_an_extension_runs_on_and_a_court_set_end_date_rules():
    events = [Event("arrest", "2025-01-10", id="a"), Event("custody_ordered", "2025-01-12", id="o"),
              Event("custody_extended", "2025-03-05", id="x1"), Event("custody_extended", "2025-05-05", id="x2")]
    found = derive("extradition", *events)
    # first term 10.01-09.03; the extension runs on from 10.03: 2 months -> 09.05; the next from 10.05 -> 09.07
    assert found["EXT-03E@x1"].term.last_day == D("2025-05-09")
    assert found["EXT-03E@x2"].term.last_day == D("2025-07-09")
    # the court set the first extension to end on 20.04.2025: the next runs on from 21.04 -> 20.06
    found = derive("extradition", *events, court_ends={("x1", "EXT-03E"): D("2025-04-20")})
    assert found["EXT-03E@x2"].term.last_day == D("2025-06-20")


def test_a_court_set_end_date_entered_as_an_override_rules_on_a_real_vault(vault):
    case = case_service.create_case(vault, Case(reference="C-1", kind="extradition", person=Person("A"), events=[
        Event("arrest", "2025-01-10"), Event("custody_ordered", "2025-01-12"), Event("custody_extended", "2025-03-05"),
        Event("custody_extended", "2025-04-15")]))
    ext = {(d.rule_id, d.trigger_date): d for d in dl.for_case(vault, case.id)}
    dl.override(vault, ext[("EXT-03E", "2025-03-05")].id, due=D("2025-04-20"), reason="Ruling of 05.03.2025")
    case_service.update_case(vault, case)  # any later save recomputes: the next extension runs on from 21.04
    after = {(d.rule_id, d.trigger_date): d for d in dl.for_case(vault, case.id)}
    assert after[("EXT-03E", "2025-04-15")].last_day == D("2025-06-20")


def test_months_never_move_for_custody_and_lapse_terms():
    # EXT-03 from 01.11.2024: 2 months -> 31.12.2024, a transferred day off: stays
    assert derive("extradition", Event("custody_ordered", "2024-11-01"))["EXT-03@e0"].term.last_day == D("2024-12-31")
    # ADM-07 (issue example): 12.06.2022 + 2 years -> 12.06.2024, Russia Day, not the next day
    assert derive("expulsion", Event("special_centre_placement", "2022-06-12"))["ADM-07@e0"].term.last_day == D("2024-06-12")


# -- 3. amendments on their real dates -----------------------------------------------------------

def test_610_fz_both_sides_of_9_january_2023():
    # ruling 29.12.2022: 10 days (the old text): 30.12 day 1 ... 08.01 day 10, a holiday -> Mon 09.01
    old = derive("extradition", Event("court_decision", "2022-12-29"))["EXT-08@e0"]
    assert old.rule.term == 10 and old.term.last_day == D("2023-01-09") and "610-FZ" in old.rule.basis_en
    # ruling 08.01.2023 (last day of the old text): 10 days -> Wed 18.01
    assert derive("extradition", Event("court_decision", "2023-01-08"))["EXT-08@e0"].term.last_day == D("2023-01-18")
    # ruling 09.01.2023: 15 days -> Tue 24.01
    new = derive("extradition", Event("court_decision", "2023-01-09"))["EXT-08@e0"]
    assert new.rule.term == 15 and new.term.last_day == D("2023-01-24")


def test_coao_30_3_both_sides_of_29_october_2024():
    # 28.10.2024: 10 calendar days, never moved: 29.10 ... 07.11 (Thu)
    old = derive("expulsion", Event("expulsion_ordered", "2024-10-28"))["ADM-04@e0"]
    assert old.rule.counting == "calendar" and old.term.last_day == D("2024-11-07")
    # 29.10.2024: 10 days moved to a working day: 30.10 ... 08.11 (Fri)
    new = derive("expulsion", Event("expulsion_ordered", "2024-10-29"))["ADM-04@e0"]
    assert new.rule.counting == "coao" and new.term.last_day == D("2024-11-08")
    # 25.10.2024 (old text): 26.10 ... 04.11, a holiday, not moved
    assert derive("expulsion", Event("expulsion_ordered", "2024-10-25"))["ADM-04@e0"].term.last_day == D("2024-11-04")


def test_every_rule_versions_meet_without_gap_or_overlap():
    by_id: dict[str, list[terms.Rule]] = {}
    for rule in terms.rules():
        by_id.setdefault(rule.id, []).append(rule)
    for versions in by_id.values():
        for a, b in zip(versions, versions[1:]):
            assert a.effective_to + timedelta(days=1) == b.effective_from


# -- transferred days off 2022-2026 and month ends ----------------------------------------------

#: Each day off transferred by the government's resolutions on the production calendar, and the
#: working day a CPC term ending on it moves to (counted on the calendar by hand).
TRANSFERRED = [
    ("2022-03-07", "2022-03-09"),  # Mon; 8 March holiday -> Wed 9
    ("2022-05-03", "2022-05-04"),  # Tue -> Wed
    ("2022-05-10", "2022-05-11"),  # Tue -> Wed
    ("2023-02-24", "2023-02-27"),  # Fri -> Mon
    ("2023-05-08", "2023-05-10"),  # Mon; 9 May holiday -> Wed 10
    ("2024-04-29", "2024-05-02"),  # Mon; 30 April off, 1 May holiday -> Thu 2
    ("2024-04-30", "2024-05-02"),
    ("2024-05-10", "2024-05-13"),  # Fri -> Mon
    ("2024-12-30", "2025-01-09"),  # Mon; 31 December off, 1-8 January holidays -> Thu 9
    ("2024-12-31", "2025-01-09"),
    ("2025-05-02", "2025-05-05"),  # Fri -> Mon
    ("2025-05-08", "2025-05-12"),  # Thu; 9 May holiday, weekend -> Mon 12
    ("2025-06-13", "2025-06-16"),  # Fri -> Mon
    ("2025-11-03", "2025-11-05"),  # Mon; 4 November holiday -> Wed 5
    ("2025-12-31", "2026-01-12"),  # Wed; 1-8 January holidays, 9 January off, weekend -> Mon 12
    ("2026-01-09", "2026-01-12"),  # Fri -> Mon
    ("2026-12-31", "2027-01-11"),  # Thu; 1-8 January 2027 holidays, Sat 9, Sun 10 -> Mon 11
]


@pytest.mark.parametrize("day_off, moved", TRANSFERRED)
def test_a_term_ending_on_a_transferred_day_off(day_off, moved):
    trigger = D(day_off) - timedelta(days=10)  # EXT-05: 10 days end on the day off
    d = derive("extradition", Event("decision_notified", trigger.isoformat()))["EXT-05@e0"]
    assert d.term.last_day == D(moved)
    # a custody term never moves: 15 days from (day off - 14) end on the day off itself
    c = derive("extradition", Event("transfer_date_set", (D(day_off) - timedelta(days=14)).isoformat()))["EXT-11A@e0"]
    assert c.term.last_day == D(day_off)


def test_month_ends():
    # 31 January + 1 month (CPC 128(2)): no 31 February -> the month's last day, moved if off
    before = [Event("decision_notified", "2023-01-10")]
    assert derive("extradition", *before, Event("complaint_filed", "2023-01-31", id="c"))["EXT-07@c"].term.last_day == D("2023-02-28")
    assert derive("extradition", *before, Event("complaint_filed", "2024-01-31", id="c"))["EXT-07@c"].term.last_day == D("2024-02-29")
    # 28.02.2025 + 1 month = 28.03 (Fri); REF-03 31.03.2025 + 1 month -> 30.04 (Wed)
    assert derive("expulsion", Event("asylum_refused", "2025-03-31"))["REF-03@e0"].term.last_day == D("2025-04-30")
    # custody: from 31 January, 1 month would end the day before 31 February -> 28 February
    assert derive("extradition", Event("custody_ordered", "2024-12-31"))["EXT-03@e0"].term.last_day == D("2025-02-28")


# -- 4. blocks ------------------------------------------------------------------------------------

def _ext_events(*more: Event) -> list[Event]:
    base = [Event("extradition_granted", "2025-02-01", id="g"), Event("decision_notified", "2025-02-03", id="n"),
            Event("complaint_filed", "2025-02-10", id="c")]
    return base + list(more)


def test_ext_09_start_end_and_violation():
    states = block_engine.block_states(_ext_events())
    (s,) = [x for x in states if x.rule.id == "EXT-09"]
    assert s.since == D("2025-02-10") and s.active and not s.violated
    states = block_engine.block_states(_ext_events(Event("decision_final", "2025-04-01", id="f"),
                                                  Event("transfer_date_set", "2025-04-10", id="t")))
    (s,) = [x for x in states if x.rule.id == "EXT-09"]
    assert s.until == D("2025-04-01") and s.end_event_id == "f" and not s.violated  # removal after the end
    states = block_engine.block_states(_ext_events(Event("transfer_date_set", "2025-03-01", id="t"),
                                                  Event("decision_final", "2025-04-01", id="f")))
    (s,) = [x for x in states if x.rule.id == "EXT-09"]
    assert s.violated and s.violated_by == ("t",) and s.until == D("2025-04-01")


def test_ref_02_and_ref_04_claims_and_complaints_block_return():
    events = [Event("asylum_applied", "2025-01-10", id="a"), Event("asylum_refused", "2025-02-01", id="r"),
              Event("complaint_filed", "2025-02-20", id="c"), Event("deported", "2025-03-01", id="d")]
    states = {s.rule.id: s for s in block_engine.block_states(events)}
    assert states["REF-02"].until == D("2025-02-01") and not states["REF-02"].violated
    assert states["REF-04"].since == D("2025-02-20") and states["REF-04"].violated_by == ("d",)
    assert "EXT-09" not in states  # the complaint is against the asylum refusal, not an extradition one


def test_interim_measures_by_body_and_date():
    un = [Event("interim_measures_granted", "2023-05-01", body="UN Human Rights Committee", id="i"),
          Event("extradited", "2023-06-01", id="x")]
    (s,) = block_engine.block_states(un)
    assert s.rule.id == "INT-01" and s.body == "un" and s.violated_by == ("x",)
    # ECtHR Rule 39 counts only up to 16.09.2022
    echr = [Event("interim_measures_granted", "2022-01-05", body="ECtHR", id="i"),
            Event("handed_over", "2022-10-01", id="h")]
    (s,) = block_engine.block_states(echr)
    assert s.body == "ecthr" and s.until == D("2022-09-16") and not s.violated
    echr[1].date = "2022-04-07"  # removed while the measure stood: violated
    (s,) = block_engine.block_states(echr)
    assert s.violated_by == ("h",)
    assert block_engine.block_states([Event("interim_measures_granted", "2023-01-05", body="ЕСПЧ")]) == []
    (alone,) = block_engine.block_states([Event("interim_measures_granted", "2022-03-01", body="ECtHR")])
    assert alone.until == D("2022-09-16")  # ended with Russia's membership, even with nothing after it


def _fresh(vault, reference, events, **fields):
    for e in events:
        e.id = None  # the vault gives ids
    return case_service.create_case(vault, Case(reference=reference, kind=fields.pop("kind", "extradition"),
                                                 person=Person("Аляксей Кудзін"), events=events, **fields))


def test_a_recompute_reads_the_body_of_an_interim_measure(vault):
    """The body field says whose measure it is: a recompute (reading events in bulk) must
    come to what saving the case came to. An ECtHR measure of 2023 bars nothing; a UN one does."""
    echr = _fresh(vault, "R-1", [Event("interim_measures_granted", "2023-01-05", body="ECtHR"),
                                 Event("transfer_date_set", "2023-02-01")])
    un = _fresh(vault, "R-2", [Event("interim_measures_granted", "2023-01-05", text="Комитет ООН по правам человека"),
                               Event("transfer_date_set", "2023-02-01")])

    def blocks():
        return {c.reference: [(d.rule_id, d.violated) for d in dl.for_case(vault, c.id) if d.kind == "block"]
                for c in (echr, un)}

    saved = blocks()
    assert saved == {"R-1": [], "R-2": [("INT-01", True)]}
    result = dl.recompute_all(vault)
    assert blocks() == saved and result.added == [] and result.removed == []


def test_dashboard_and_cli_show_blocks_with_violations(vault, vault_path, run):
    violated = _fresh(vault, "V-1", _ext_events(Event("transfer_date_set", "2025-03-01")))
    _fresh(vault, "A-1", _ext_events())
    _fresh(vault, "E-1", _ext_events(Event("decision_final", "2025-04-01")))
    board = dashboard.compute(vault, now=datetime(2025, 3, 5, tzinfo=MSK))
    rows = {(b.reference, b.rule_id): b for b in board.blocks}
    assert set(rows) == {("V-1", "EXT-09"), ("A-1", "EXT-09")}  # the ended, unviolated one is not an alarm
    assert rows[("V-1", "EXT-09")].violated and board.blocks[0].reference == "V-1"  # violations first
    assert board.totals["violations"] == 1
    vault.close()
    code, out, _ = run("--vault", vault_path, "dashboard", "--json")
    data = json.loads(out)
    by_ref = {b["reference"]: b for b in data["blocks"]}
    assert by_ref["V-1"]["rule"] == "EXT-09" and by_ref["V-1"]["violated"] is True and by_ref["V-1"]["until"] is None
    assert by_ref["V-1"]["since"].startswith("2025-02-10") and by_ref["A-1"]["violated"] is False
    assert {"overdue", "today", "upcoming", "alerts", "blocks", "custody", "silence", "now"} <= set(data)
    code, out, _ = run("--vault", vault_path, "dashboard")
    assert "VIOLATED" in out and "CPC art. 462(6)" in out


# -- 6. release-day watch ------------------------------------------------------------------------

def test_release_day_watch_for_72_hours_and_silence(vault):
    _fresh(vault, "R-1", [Event("arrest", "2025-01-10"), Event("custody_ordered", "2025-01-11"),
                          Event("release", "2025-03-10", time="10:00", place="Samara")])
    in_watch = dashboard.compute(vault, now=datetime(2025, 3, 12, 12, 0, tzinfo=MSK))
    assert [(w.reference, w.reason) for w in in_watch.release_watch] == [("R-1", "release")]
    # released 10:00 Samara time = 09:00 Moscow; 51 hours of silence by 12.03 12:00 Moscow
    (silent,) = [s for s in in_watch.silence if s.reference == "R-1"]
    assert silent.released and silent.hours_silent == pytest.approx(51)
    later = dashboard.compute(vault, now=datetime(2025, 3, 13, 10, 0, tzinfo=MSK))  # 73 hours on
    assert later.release_watch == []


def test_a_custody_term_that_ran_out_opens_the_watch(vault):
    # EXT-01: arrest 01.03.2025, no request: 40 days -> 09.04.2025, 24:00 Moscow
    _fresh(vault, "T-1", [Event("arrest", "2025-03-01", place="Moscow")])
    board = dashboard.compute(vault, now=datetime(2025, 4, 10, 12, 0, tzinfo=MSK))
    assert [(w.reference, w.reason, w.since) for w in board.release_watch] == [
        ("T-1", "term_ended", datetime(2025, 4, 10, 0, 0, tzinfo=MSK))]


# -- 7. uncertain and open dates --------------------------------------------------------------------

def test_an_open_start_gives_no_date_but_a_row_to_enter_it(vault, vault_path, run):
    case = _fresh(vault, "O-1", [Event("decision_notified", "../2022-06-10")])
    (d,) = [d for d in dl.for_case(vault, case.id) if d.rule_id == "EXT-05"]
    assert d.due is None and d.undated and d.approximate
    assert [u.reference for u in dashboard.compute(vault).undated] == ["O-1"]
    vault.close()
    code, out, _ = run("--vault", vault_path, "deadlines")
    assert code == 0 and "trigger date unknown: enter it" in out
    code, out, _ = run("--vault", vault_path, "deadlines", "--json")
    (row,) = json.loads(out)
    assert row["due"] is None and row["approximate"] and "trigger_unknown" in [c["code"] for c in row["caveats"]]


def test_an_uncertain_trigger_shows_the_earliest_date_marked_everywhere(vault, vault_path, run):
    case = _fresh(vault, "U-1", [Event("decision_notified", "2021-12-19/..")])
    (d,) = [d for d in dl.for_case(vault, case.id) if d.rule_id == "EXT-05"]
    # the earliest: 19.12.2021 + 10 days -> 29.12.2021 (Wed)
    assert d.last_day == D("2021-12-29") and d.approximate and "trigger_uncertain" in d.caveats
    from desktop.deadlines import ical

    assert "≈" in ical.summary(d)
    vault.close()
    code, out, _ = run("--vault", vault_path, "deadlines")
    assert "~2021-12-29" in out and "[approximate]" in out


_EDTF = st.sampled_from([
    "../2022-06-10", "2021-12-19/..", "2021-21", "2022-24", "2019-XX", "201X", "2020~", "2020-06?",
    "2020-06-15%", "2021/2022", "2022-06-01/2022-06-30", "9999-12-25", "0001-01-01", "1000", "..2022/2023..",
    "2022-06-10/..", "Y20000", "2004-06-11%/2004-06~", "2030-07", "9999-12-31", "9999-12",
])


_TYPES = sorted({t for r in terms.rules() for t in r.triggers} | {"release", "transfer_date_set", "extradited"})


@given(texts=st.lists(_EDTF | st.from_regex(r"\A(19|20)\d\d(-(0[1-9]|1[0-2]|2[1-4]))?[~?%]?\Z"), min_size=1, max_size=4),
       kinds=st.lists(st.sampled_from(_TYPES), min_size=4, max_size=4))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_edtf_date_breaks_deadlines_the_timeline_the_pdf_or_icalendar(vault, texts, kinds):
    import uuid

    from desktop.cases import timeline as timeline_service
    from desktop.dates import edtf
    from desktop.deadlines import ical
    from desktop.reports import summary

    events = [Event(kinds[i % 4], text, place="Kaliningrad") for i, text in enumerate(texts) if edtf.is_valid(text)]
    if not events:
        return
    case = _fresh(vault, f"E-{uuid.uuid4()}", events)
    found = dl.for_case(vault, case.id)
    for d in found:  # a date or, for an open start, an honest "enter it"
        assert d.due is not None or d.kind == "block" or d.undated or "out_of_range" in d.caveats
        if d.due is not None and d.approximate:
            assert "≈" in ical.summary(d)
    timeline_service.build(case_service.get_case(vault, case.id), found)
    data = ical.calendar_bytes(found)
    import re

    assert re.search(rb"[:,]0001\d{4}", data) is None
    assert summary.case_summary(vault, case.reference).startswith(b"%PDF")
    dashboard.compute(vault)


@pytest.mark.parametrize("day", ["9999-12-31", "9999-12-30", "9999-12"])
def test_the_calendar_export_takes_a_case_dated_on_the_calendars_last_days(vault, day):
    """Found trying the CLI: an event dated 9999-12-31 (the importer accepts it) ended the
    iCalendar export with an internal error; the deadlines past the calendar are left out."""
    import icalendar

    from desktop.deadlines import ical

    case = _fresh(vault, f"END-{day}", [Event(t, day, place="Kaliningrad") for t in _TYPES])
    found = dl.for_case(vault, case.id)
    assert found
    calendar = icalendar.Calendar.from_ical(ical.calendar_bytes(found))
    for item in calendar.walk("VEVENT"):
        assert item.decoded("dtstart") <= item.decoded("dtend")


# -- 8. overrides survive a trigger change ---------------------------------------------------------

def test_an_override_survives_a_type_change_and_back_flagged_until_confirmed(vault):
    case = _fresh(vault, "OV-1", [Event("decision_notified", "2025-03-03")])
    (d,) = [d for d in dl.for_case(vault, case.id) if d.rule_id == "EXT-05"]
    dl.override(vault, d.id, due=D("2025-03-20"), reason="The court accepted a later service date")
    assert not dl.get(vault, d.id).trigger_changed
    case.events[0].date = "2025-03-04"  # the date changes: the override stays, flagged
    case_service.update_case(vault, case)
    assert dl.get(vault, d.id).trigger_changed and dl.get(vault, d.id).last_day == D("2025-03-20")
    case.events[0].type = "note"  # and the type: still kept, flagged
    case_service.update_case(vault, case)
    kept = dl.get(vault, d.id)
    assert kept.overridden and kept.trigger_changed
    case.events[0].type = "decision_notified"  # and back: the same row, its override intact
    case.events[0].date = "2025-03-03"
    case_service.update_case(vault, case)
    back = dl.get(vault, d.id)
    assert back.overridden and back.last_day == D("2025-03-20") and not back.trigger_changed
    case.events[0].date = "2025-03-05"
    case_service.update_case(vault, case)
    assert dl.confirm_override(vault, d.id).trigger_changed is False
    actions = [h.action for h in case_service.history(vault, case.id)]
    assert "override_kept" in actions and "override_confirmed" in actions


def test_the_notice_gives_its_own_number_of_days(vault):
    case = _fresh(vault, "P-1", [Event("permit_refused", "2025-03-03")], kind="expulsion")
    (d,) = [d for d in dl.for_case(vault, case.id) if d.rule_id == "ADM-08"]
    assert d.last_day == D("2025-03-18")  # 15 days
    five = dl.override_days(vault, d.id, days=5, reason="The notice gave 5 days")
    assert five.last_day == D("2025-03-08") and five.overridden  # 4..8 March, calendar days
    assert five.override_reason == "The notice gave 5 days"  # the lawyer's words, as typed
    with pytest.raises(dl.DeadlineError):
        dl.override_days(vault, d.id, days=0, reason="x")
    with pytest.raises(dl.DeadlineError, match="Say why"):
        dl.override_days(vault, d.id, days=7, reason="   ")  # a blank reason is no reason
    assert dl.get(vault, d.id).last_day == D("2025-03-08")
    assert dl.notice_last_day(dl.get(vault, d.id), 15) == D("2025-03-18")


# -- 9. iCalendar ------------------------------------------------------------------------------------

def test_icalendar_local_zone_proportional_alarms_and_marks(vault):
    import icalendar

    from desktop.deadlines import ical

    _fresh(vault, "I-1", [Event("decision_notified", "2025-03-03", time="23:30", place="Kaliningrad"),
                          Event("extradition_granted", "2025-03-03", time="10:00", place="Vladivostok"),
                          Event("decision_notified", "../2022-01-01")])
    found = dl.list_open(vault, now=datetime(2025, 3, 1, tzinfo=UTC))
    cal = icalendar.Calendar.from_ical(ical.calendar_bytes(found, now=datetime(2025, 3, 1, tzinfo=UTC)))
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    import re

    assert re.search(rb"[:,]0001\d{4}", ical.calendar_bytes(found)) is None  # never a year-0001 date
    (ext05,) = [e for s, e in events.items() if "EXT-05" in s]
    assert ext05["dtstart"].dt == date(2025, 3, 13)  # all-day on the local last day
    triggers = sorted(a["trigger"].dt for a in ext05.walk("VALARM"))
    # the day before (09:00 local the day before) and 09:00 on the last day
    assert triggers == [datetime(2025, 3, 12, 9, 0, tzinfo=ZoneInfo("Europe/Kaliningrad")),
                        datetime(2025, 3, 13, 9, 0, tzinfo=ZoneInfo("Europe/Kaliningrad"))]
    (ext04,) = [e for s, e in events.items() if "EXT-04" in s]
    assert ext04["dtstart"].dt == datetime(2025, 3, 4, 10, 0, tzinfo=ZoneInfo("Asia/Vladivostok"))
    assert "TZID=Asia/Vladivostok" in ext04.to_ical().decode()
    assert "Asia/Vladivostok" in [str(t["tzid"]) for t in cal.walk("VTIMEZONE")]
    assert sorted(a["trigger"].dt for a in ext04.walk("VALARM")) == [timedelta(hours=-6), timedelta(hours=-1)]


# -- Hypothesis: a due moment never precedes its trigger; editing one event moves only its own ------

_PLACES = st.sampled_from([None, *ZONES, "Уфа", "nowhere"])
_INDEPENDENT = ["decision_notified", "asylum_refused", "expulsion_ordered", "admin_detention",
                "temporary_asylum_granted", "permit_refused", "extradition_granted", "court_decision"]


@st.composite
def _moments(draw):
    day = draw(st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31)))
    at = draw(st.none() | st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}"))
    return Event(draw(st.sampled_from(_INDEPENDENT)), day.isoformat(), time=at, place=draw(_PLACES))


@given(events=st.lists(_moments(), min_size=1, max_size=6))
@settings(max_examples=200, deadline=None)
def test_a_due_moment_never_precedes_its_trigger(events):
    for i, e in enumerate(events):
        e.id = f"e{i}"
    by_id = {e.id: e for e in events}
    for d in terms.derive("other", events):
        if d.term.due is None:
            continue
        e = by_id[d.event_id]
        zone_name = terms.zone_of(e.place)[0]
        hh, mm = map(int, (e.time or "00:00").split(":"))
        trigger = datetime.combine(D(e.date), time(hh, mm), ZoneInfo(zone_name))
        assert d.term.due >= trigger


@given(events=st.lists(_moments(), min_size=2, max_size=5), which=st.integers(0, 4), shift=st.integers(1, 60))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_editing_one_event_changes_only_the_deadlines_derived_from_it(vault, events, which, shift):
    import uuid

    case = _fresh(vault, f"H-{uuid.uuid4()}", events, kind="other")
    before = {(d.event_id, d.rule_id): (d.id, d.due) for d in dl.for_case(vault, case.id)}
    target = case.events[which % len(case.events)]
    target.date = (D(target.date) + timedelta(days=shift)).isoformat()
    case_service.update_case(vault, case)
    after = {(d.event_id, d.rule_id): (d.id, d.due) for d in dl.for_case(vault, case.id)}
    for key, value in after.items():
        if key[0] != target.id and key in before:
            rule = terms.rule_version(key[1])
            if rule.requires_prior or rule.unless_latest:
                continue  # a rule that looks at earlier events may come or go, never move
            assert before[key] == value


# -- the upgrade: a vault written before migration m0003 opens, migrates and loses nothing --------

def test_a_vault_from_before_the_upgrade_migrates_and_recomputes_losing_nothing(vault, vault_path, vault_key):
    import sqlcipher3

    from desktop import vaults

    case = _fresh(vault, "M-1", [Event("decision_notified", "2023-03-14", time="23:30", place="Kaliningrad"),
                                 Event("custody_ordered", "2023-03-01")])
    rows = {d.rule_id: d for d in dl.for_case(vault, case.id)}
    dl.override(vault, rows["EXT-03"].id, due=D("2023-05-10"), reason="Ruling")
    vault.close()
    # make it the vault of the previous release: without this migration's columns, the old counting
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(vault_key)
    conn.execute("DROP INDEX deadlines_violated")
    conn.execute("DROP INDEX deadlines_blocks")  # (a later migration's, on these columns: made again)
    for table, column in (("deadlines", "zone"), ("deadlines", "caveats"), ("deadlines", "violated_by"),
                          ("deadlines", "override_trigger"), ("cases", "gravity")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("UPDATE deadlines SET due = '2023-03-27T00:00:00+03:00', last_day = '2023-03-27' WHERE rule_id = 'EXT-05'")
    done = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0])
    conn.execute("UPDATE meta SET value = ? WHERE key = 'migrations'",
                 (json.dumps([m for m in done if m not in ("m0003_deadline_zones", "m0019a_dashboard_indexes")]),))
    conn.execute("DELETE FROM meta WHERE key = 'deadlines_recompute'")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 2}")
    conn.close()
    with vaults.open_vault(vault_path, vault_key) as upgraded:
        after = {d.rule_id: d for d in dl.for_case(upgraded, case.id)}
        assert after["EXT-05"].last_day == D("2023-03-24") and after["EXT-05"].zone == "Europe/Kaliningrad"
        assert after["EXT-03"].overridden and after["EXT-03"].last_day == D("2023-05-10")
        assert not after["EXT-03"].trigger_changed  # the upgrade remembered the trigger as it stood
        assert upgraded.meta("deadlines_recompute") is None
        assert case_service.get_case(upgraded, "M-1").gravity is None


def test_the_summary_pdf_marks_approximate_dates_and_shows_local_time(vault):
    from desktop.reports import summary
    from tests.desktop.report_data import flat, pdf_text

    _fresh(vault, "PDF-1", [Event("decision_notified", "2030-06~", place="Kaliningrad")])
    text = flat(pdf_text(summary.case_summary(vault, "PDF-1", now=datetime(2030, 4, 1, tzinfo=UTC))))
    # EXT-05 from the earliest day of June 2030 (01.06): 10 days -> 11.06, marked approximate
    # 24:00 on 11.06 in Kaliningrad is 01:00 on 12.06 in Moscow: Moscow's time carries its date
    assert "~ 11/06/2030 24:00 Kaliningrad time" in text and "(UTC+2) = 12/06/2030 01:00 MSK" in text  # never the IANA name


def test_region_and_gravity_travel_in_the_interchange_format_and_are_checked(vault):
    from desktop.cases import interchange

    case = _fresh(vault, "X-1", [Event("custody_ordered", "2025-01-12")], region="Калининградская область",
                  gravity="especially_grave")
    data = interchange.case_to_dict(case_service.get_case(vault, case.id))
    assert data["region"] == "Калининградская область" and data["gravity"] == "especially_grave"
    data = dict(data, id=None, reference="X-2")
    data.pop("id")
    (back,) = interchange.read_cases({"format": "abarona-cases", "version": 1, "cases": [data]})
    assert back.region == "Калининградская область" and back.gravity == "especially_grave"
    bad = dict(data, gravity="serious")  # a specific message naming the field and the allowed values
    with pytest.raises(interchange.ImportRejected) as info:
        interchange.import_cases(vault, interchange.read_cases({"format": "abarona-cases", "version": 1, "cases": [bad]}))
    assert "gravity" in str(info.value) and "especially_grave" in str(info.value)
    # a region no place table knows is imported, with a warning saying what follows from it
    # (found trying the CLI: "Narnia" was taken silently, and Moscow time used)
    result = interchange.import_cases(vault, interchange.read_cases({"format": "abarona-cases", "version": 1, "cases": [
        dict(data, reference="X-3", region="Narnia"), dict(data, reference="X-4", region="Samara")]}))
    assert [w for w in result.warnings if "region" in w] == [
        'X-3: the region "Narnia" is not a place in Russia that Abarona knows; its deadlines are counted in Moscow '
        "time unless an event names its place. Check the spelling (a federal subject or its main city, in Russian "
        "or English)."]


# -- the order of same-day rows -------------------------------------------------------------------------

def _same_day_case(vault):
    """On Thursday 13 March 2025: a 24-hour term ends at 15:00 (EXT-04, normal); at 24:00 the
    15-day appeal (EXT-08, critical), the complaint against the asylum refusal (REF-03,
    critical) and the 5 working days to answer the claim (REF-01, normal) end. Three bars
    begin on 6 March: the interim measure with no time (INT-01, critical), and at 09:00 the
    complaint against the refusal (REF-04, critical) and the claim (REF-02, high)."""
    return _fresh(vault, "S-1", [
        Event("temporary_asylum_applied", "2024-12-13"),
        Event("asylum_refused", "2025-02-13"),
        Event("court_decision", "2025-02-26"),
        Event("interim_measures_granted", "2025-03-06", body="UN Committee against Torture"),
        Event("asylum_applied", "2025-03-06", time="09:00"),
        Event("complaint_filed", "2025-03-06", time="09:00"),
        Event("extradition_granted", "2025-03-12", time="15:00"),
    ])


def test_same_day_rows_are_ordered_by_time_then_severity_everywhere(vault, vault_path, run):
    """The case's panel, the dashboard and the CLI list one day's rows in one order: by the
    time they fall due, then the more severe first (not by the rule's name nor by the order
    they were written in), then the rule; bars by the instant they began, violated first."""
    case = _same_day_case(vault)
    rows = dl.for_case(vault, case.id)
    on_the_day = [d.rule_id for d in rows if d.last_day == D("2025-03-13") or
                  (d.due is not None and d.due.date() == D("2025-03-13"))]
    assert on_the_day == ["EXT-04", "EXT-08", "REF-03", "REF-01", "REF-05"]
    dated = [d for d in rows if d.due is not None]
    assert rows[:len(dated)] == dated  # states after every dated row
    assert [(d.rule_id, d.status) for d in rows[len(dated):]] == [
        ("REF-02", "done"), ("INT-01", "open"), ("REF-04", "open"), ("REF-02", "open")]

    board = dashboard.compute(vault, now=datetime(2025, 3, 13, 10, 0, tzinfo=MSK))
    assert [d.rule_id for d in board.today] == ["EXT-04", "EXT-08", "REF-01", "REF-05"]
    assert [b.rule_id for b in board.blocks] == ["INT-01", "REF-04", "REF-02"]
    late = dashboard.compute(vault, now=datetime(2025, 3, 15, 10, 0, tzinfo=MSK))
    # the most recently missed first; at the same moment still the more severe first
    assert [d.rule_id for d in late.overdue][:4] == ["EXT-08", "REF-01", "REF-05", "EXT-04"]

    transfer = case_service.get_case_by_id(vault, case.id)
    transfer.events.append(Event("transfer_date_set", "2025-03-20"))
    case_service.update_case(vault, transfer)  # every bar in force is now violated: the same order
    board = dashboard.compute(vault, now=datetime(2025, 3, 21, 10, 0, tzinfo=MSK))
    assert [(b.rule_id, b.violated) for b in board.blocks] == [("INT-01", True), ("REF-04", True), ("REF-02", True)]

    vault.close()
    code, out, _ = run("--vault", vault_path, "deadlines", "--json")
    assert code == 0
    listed = [d["rule"] for d in json.loads(out) if d["last_day"] == "2025-03-13" or
              (d["due"] or "").startswith("2025-03-13")]
    assert listed == ["EXT-04", "EXT-08", "REF-01", "REF-05"]


def test_violations_are_counted_beyond_the_rows_shown(vault):
    for reference in ("V-1", "V-2", "V-3"):
        _fresh(vault, reference, _ext_events(Event("transfer_date_set", "2025-03-01")))
    _fresh(vault, "A-1", _ext_events())
    board = dashboard.compute(vault, now=datetime(2025, 3, 5, tzinfo=MSK), limit=1)
    assert len(board.blocks) == 1 and board.blocks[0].violated
    assert board.totals["blocks"] == 4 and board.totals["violations"] == 3


def test_bars_in_different_zones_are_ordered_by_the_instant_they_began(vault):
    """00:00 in Kaliningrad (UTC+2) is an hour after 00:00 in Moscow: the text of the local
    times would put Kaliningrad first."""
    _fresh(vault, "K-1", [Event("asylum_applied", "2025-03-03", place="Kaliningrad")])
    _fresh(vault, "M-1", [Event("asylum_applied", "2025-03-03", place="Moscow")])
    board = dashboard.compute(vault, now=datetime(2025, 3, 5, tzinfo=MSK))
    assert [b.reference for b in board.blocks] == ["M-1", "K-1"]


@pytest.mark.parametrize("starts, first", [
    ("2025-03-02T23:30:00", "M-1"),   # no offset: Moscow time, 20:30 UTC (as UTC it would be last)
    ("2025-03-03T01:30:00", "K-1"),   # 22:30 UTC: after Kaliningrad's midnight (22:00 UTC)
    ("2025-03-02T21:30:00Z", "M-1"),
])
def test_bars_stored_with_any_form_of_moment_are_ordered_by_their_instant(vault, starts, first):
    """The bars are sorted by SQLite (db.deadlines.blocks_to_show): a moment stored without an
    offset is Moscow time, one in UTC ("Z") is UTC."""
    _fresh(vault, "K-1", [Event("asylum_applied", "2025-03-03", place="Kaliningrad")])
    _fresh(vault, "M-1", [Event("asylum_applied", "2025-03-03", place="Moscow")])
    m1 = case_service.get_case(vault, "M-1").id
    with vault.transaction() as conn:
        conn.execute("UPDATE deadlines SET starts = ? WHERE case_id = ? AND kind = 'block'", (starts, m1))
    board = dashboard.compute(vault, now=datetime(2025, 3, 5, tzinfo=MSK))
    assert [b.reference for b in board.blocks][0] == first
    assert board.totals["blocks"] == len(board.blocks) == 2


def test_a_handed_over_case_keeps_its_local_time_and_gravity(vault, tmp_path):
    """The colleague's vault derives the case's deadlines from its region and gravity too:
    a decision served at 23:30 with no place, in a Kaliningrad case, still ends on Friday
    24 March at 24:00 Kaliningrad time, and a grave offence's limit stays 12 months."""
    from db.vault import create_vault
    from desktop.vaults import handoff

    _fresh(vault, "H-1", [Event("decision_notified", "2023-03-14", time="23:30"),
                          Event("arrest", "2023-03-01")], region="Калининградская область", gravity="grave")

    def seen(v):
        rows = {d.rule_id: d for d in dl.for_case(v, case_service.get_case(v, "H-1").id)}
        return (rows["EXT-05"].zone, rows["EXT-05"].last_day, rows["EXT-05"].caveats,
                {r: d.last_day for r, d in rows.items() if d.kind == "custody"})

    here = seen(vault)
    assert here[:2] == ("Europe/Kaliningrad", D("2023-03-24")) and "zone_default" not in here[2]
    exported = handoff.export_package(vault, ["H-1"], tmp_path / "package.abarona")
    theirs = create_vault(tmp_path / "colleague.abarona", "калега з Гродна, доўгая фраза", author="Hanna")
    try:
        with handoff.open_package(exported.path, exported.passphrase) as opened:
            handoff.apply_import(theirs, opened, handoff.plan_import(theirs, opened))
        assert seen(theirs) == here
    finally:
        theirs.close()


def test_the_place_of_arrest_places_a_case_with_no_region(vault, vault_path, vault_key):
    """Arrested in Novosibirsk, no region recorded, the events with no place: the terms end at
    midnight in Novosibirsk (20:00 Moscow time), not at Moscow's midnight four hours later —
    on saving, on a recompute, and in a vault counted before this rule (m0017 asks again)."""
    import sqlcipher3

    from desktop import vaults

    case = _fresh(vault, "NSK-1", [Event("decision_notified", "2026-11-20")], arrest_place="Новосибирск")
    [d] = [d for d in dl.for_case(vault, case.id) if d.rule_id == "EXT-05"]
    assert d.zone == "Asia/Novosibirsk" and "zone_default" not in d.caveats
    assert d.due.astimezone(ZoneInfo("Europe/Moscow")).hour == 20
    dl.recompute_all(vault)
    assert [x.zone for x in dl.for_case(vault, case.id) if x.rule_id == "EXT-05"] == ["Asia/Novosibirsk"]
    vault.close()
    # the vault as the previous release left it: Moscow time, and m0017 not applied
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(vault_key)
    conn.execute("UPDATE deadlines SET zone = 'Europe/Moscow' WHERE rule_id IS NOT NULL")
    done = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'migrations'").fetchone()[0])
    conn.execute("UPDATE meta SET value = ? WHERE key = 'migrations'",
                 (json.dumps([m for m in done if m != "m0017_zone_from_arrest_place"]),))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.close()
    with vaults.open_vault(vault_path, vault_key) as upgraded:
        assert [x.zone for x in dl.for_case(upgraded, case.id) if x.rule_id == "EXT-05"] == ["Asia/Novosibirsk"]
        assert upgraded.meta("deadlines_recompute") is None


def test_every_rule_has_a_belarusian_title():
    """The Belarusian interface showed deadline titles in Russian (found by a new user); the
    legal basis and explanation stay Russian law's own words."""
    for rule in terms.rules():
        assert rule.title_be and rule.title("be") == rule.title_be != rule.title_ru, rule.id
        assert rule.basis("be") == rule.basis_ru


@pytest.mark.parametrize(("place", "event", "time_of_day", "rule", "shown"), [
    # the issue's example: 24:00 on 24.03 in Kaliningrad is 01:00 on 25.03 in Moscow
    ("Kaliningrad", "decision_notified", "23:30", "EXT-05",
     "2023-03-24 24:00 Kaliningrad time (UTC+2) = 2023-03-25 01:00 MSK"),
    # east of Moscow the day is the same: no date beside Moscow's time
    ("Vladivostok", "decision_notified", "01:00", "EXT-05", "2023-03-24 24:00 Vladivostok time (UTC+10) = 17:00 MSK"),
    # 48 hours from 14.03 00:00 in Vladivostok: 16.03 00:00 there, 15.03 17:00 in Moscow
    ("Vladivostok", "admin_detention", None, "ADM-01", "2023-03-16 00:00 Vladivostok time (UTC+10) = 2023-03-15 17:00 MSK"),
])
def test_moscow_time_beside_the_local_one_carries_its_date_when_the_day_differs(vault, place, event, time_of_day,
                                                                                 rule, shown):
    """Found trying the CLI: "2026-12-03 00:00 Vladivostok time (UTC+10) = 17:00 MSK" read as
    17:00 on the 3rd in Moscow, a day after the real moment (17:00 on the 2nd)."""
    from desktop.cli.deadlines import format_due

    case = _fresh(vault, "MSK-1", [Event(event, "2023-03-14", time=time_of_day, place=place)],
                  kind="expulsion" if rule == "ADM-01" else "extradition")
    d = next(d for d in dl.for_case(vault, case.id) if d.rule_id == rule)
    assert format_due(d).lstrip("~") == shown


def test_json_gives_a_term_in_hours_its_last_local_day(vault, vault_path, run):
    """Issue 11: `last_day` is the last day in local time; a term in hours had none (null)."""
    case = _fresh(vault, "H-1", [Event("admin_detention", "2030-03-14", time="10:00", place="Vladivostok")],
                  kind="expulsion")
    _fresh(vault, "H-2", [Event("admin_detention", "2030-03-14", place="Vladivostok")], kind="expulsion")
    vault.close()
    rows = {(d["reference"], d["rule"]): d for d in json.loads(run("--vault", vault_path, "deadlines", "--json")[1])}
    timed, untimed = rows[("H-1", "ADM-01")], rows[("H-2", "ADM-01")]
    assert timed["due"] == "2030-03-16T10:00:00+10:00" and timed["last_day"] == "2030-03-16"
    # 48 hours from the start of 14.03 end at 00:00 on 16.03: the last day is the 15th
    assert untimed["due"] == "2030-03-16T00:00:00+10:00" and untimed["last_day"] == "2030-03-15"
    assert case.reference == "H-1"
