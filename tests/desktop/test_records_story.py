"""Issue 15, the records: groups, relatives and contacts, places of detention, approximate
times, bodies, when the case became known; the migration from a first-release vault; the
silence alarm for unknown whereabouts; audit and hand-off packages carry all of it."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from db import schema
from db.records import Case, CaseGroup, CaseParty, DetentionPlace, Event, Notification, Person
from db.vault import APPLICATION_ID, create_vault, open_vault
from desktop.cases import order, story
from desktop.cases import service as svc
from desktop.cases.records import CaseFilter
from desktop.cases.vocab import vocabulary
from desktop.deadlines import dashboard
from desktop.deadlines import service as dl
from desktop.vaults import handoff
from tests.conftest import PASSPHRASE

MSK = dl.zone(dl.MOSCOW)
CASE_ID = "3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f"


def _padlobnikau() -> Case:
    return Case(
        reference="BY-2021-020", kind="extradition", person=Person("Dzimtry Padlobnikau"), status="closed",
        outcome="extradited", arrest_date="2021-07", learned_date="2021-12-19",
        learned_how="a colleague's call after the decision became final",
        parties=[CaseParty(name="Mother", role="relative", consent="yes", consent_date="2021-07",
                           safe_to_contact=True, contact_how="phone, evenings",
                           notifications=[Notification("2021-12-28", text="last call from her son")])],
        detention=[DetentionPlace(since="2021-07", place="SIZO, Moscow Oblast"),
                   DetentionPlace(since="2021-12-19", unknown=True, note="moved for a potential transfer")],
        events=[Event("arrest", "2021-07"),
                Event("interim_measures_granted", "2021-12-31", time="21:30", body="ECtHR"),
                Event("extradited", "2021-12-31", time="17:00", time_approx=True)],
    )


def test_every_new_field_is_saved_read_back_and_audited(vault):
    case = svc.create_case(vault, _padlobnikau())
    back = svc.get_case(vault, "BY-2021-020")
    assert back.learned_date == "2021-12-19" and back.learned_lower == "2021-12-19"
    (mother,) = back.parties
    assert (mother.consent, mother.consent_date, mother.safe_to_contact, mother.contact_how) == \
        ("yes", "2021-07", True, "phone, evenings")
    assert [(n.date, n.text) for n in mother.notifications] == [("2021-12-28", "last call from her son")]
    assert [(p.place, p.unknown) for p in back.detention] == [("SIZO, Moscow Oblast", False), (None, True)]
    assert back.events[2].time_approx is True and back.events[1].time_approx is False
    # the editor's change to a notification and a place is in the history, field by field
    back.parties[0].notifications.append(Notification("2022-01-10", text="told: found in Gomel"))
    back.detention[1].until = "2022-01-10"
    svc.update_case(vault, back)
    entries = [(e.entity, e.action, json.loads(e.changes)) for e in svc.history(vault, case.id)]
    assert ("notification", "create", {"date": "2022-01-10", "text": "told: found in Gomel"}) in entries
    assert ("detention", "update", {"until": [None, "2022-01-10"]}) in entries


def test_invalid_new_fields_are_named_in_plain_words():
    case = _padlobnikau()
    case.parties[0].consent = "maybe"
    case.parties[0].notifications[0].date = "28.12.2021"
    case.detention[0].place = None
    case.detention[1].until = "2021-01-01"
    case.events[1].time_approx = True
    case.events[1].time = None
    case.groups = [CaseGroup(name=" ", kind="street")]
    problems = {p.path: p.message for p in svc.validate_case(case)}
    assert problems["parties[0].consent"] == '"maybe" is not one of: yes, no, unknown'
    assert "is not a date: write a day as 2021-12-31" in problems["parties[0].notifications[0].date"]
    assert problems["detention[0].place"] == "is required unless the whereabouts are unknown"
    assert problems["detention[1].until"] == "is before the date the entry starts"
    assert problems["events[1].time_approx"] == "says the time is approximate, but there is no time"
    assert problems["groups[0].name"] == "is required" and "groups[0].kind" in problems


def test_groups_link_cases_filter_and_count_once_or_per_person(vault):
    group = CaseGroup(name="St Petersburg video, 23 March 2021", kind="incident")
    first = svc.create_case(vault, Case(reference="G-1", kind="expulsion", person=Person("Zhanna G."),
                                        groups=[group]))
    shared = first.groups[0]
    for ref, name in (("G-2", "Egor M."), ("G-3", "Yulia S.")):
        svc.create_case(vault, Case(reference=ref, kind="expulsion", person=Person(name),
                                    groups=[CaseGroup(name=shared.name, kind=shared.kind, id=shared.id)]))
    svc.create_case(vault, Case(reference="X-1", kind="abduction", person=Person("Gennady Mozheiko")))
    assert [g.name for g in svc.get_case(vault, "G-3").groups] == [shared.name]  # shown on each case
    members = svc.list_cases(vault, where=CaseFilter(group_id=shared.id))
    assert [r.reference for r in members] == ["G-1", "G-2", "G-3"]
    assert story.list_groups(vault) == [(shared, 3)]
    figures = svc.stats(vault)
    assert (figures.cases, figures.persons, figures.groups, figures.incidents) == (4, 4, 1, 2)
    # leaving the group: the last member takes the group with it
    for ref in ("G-1", "G-2", "G-3"):
        story.set_groups(vault, svc.get_case(vault, ref).id, [])
    assert story.list_groups(vault) == []


def test_unknown_whereabouts_raise_the_silence_alarm_at_once(vault):
    case = svc.create_case(vault, Case(
        reference="K-1", kind="abduction", person=Person("Alexander Kapshul"),
        events=[Event("arrest", "2025-03-10", time="12:00"), Event("contact", "2025-03-12", time="20:00")],
        detention=[DetentionPlace(since="2025-03-10", place="border post")]))
    now = datetime(2025, 3, 13, 9, 0, tzinfo=MSK)  # 13 hours after the last contact: no alarm
    assert dashboard.compute(vault, now=now).silence == []
    story.add_detention(vault, case.id, DetentionPlace(since="2025-03-13", time="08:00", unknown=True))
    (row,) = dashboard.compute(vault, now=now).silence
    assert row.reference == "K-1" and row.contact_lost is not None
    assert row.contact_lost.date() == date(2025, 3, 13)
    assert svc.get_case(vault, "K-1").detention[0].until == "2025-03-13"  # the old entry was closed
    # a case not in custody and not at risk is watched too when its whereabouts are unknown
    other = svc.create_case(vault, Case(reference="D-1", kind="abduction", person=Person("D. S."),
                                        detention=[DetentionPlace(since="2025-03-09", unknown=True)]))
    assert {s.reference for s in dashboard.compute(vault, now=now).silence} == {"K-1", "D-1"}
    story.add_detention(vault, other.id, DetentionPlace(since="2025-03-10", place="KGB detention centre, Minsk"))
    assert {s.reference for s in dashboard.compute(vault, now=now).silence} == {"K-1"}


def test_contacts_consent_and_safety_decide_who_may_be_told():
    case = Case(reference="R", kind="other", person=Person("X"), parties=[
        CaseParty(name="Mother", role="relative", consent="yes", safe_to_contact=True),
        CaseParty(name="Wife", role="relative", consent="yes", safe_to_contact=False),
        CaseParty(name="Friend", role="trusted_contact", consent="unknown"),
        CaseParty(name="Brother", role="relative", consent="yes"),
        CaseParty(name="Court", role="court", kind="court"),
    ])
    assert [p.name for p in story.contacts(case)] == ["Mother", "Wife", "Friend", "Brother"]
    assert [p.name for p in story.contacts_to_notify(case)] == ["Mother", "Brother"]
    case.parties[0].notifications.append(Notification("2021-12-28"))
    assert [p.name for p in story.never_notified(case)] == ["Brother"]


def test_knowledge_delay():
    known = story.knowledge(_padlobnikau())
    assert known.learned == date(2021, 12, 19) and known.arrest == date(2021, 7, 1)
    assert known.delay_days == 171 and known.approximate  # the arrest is known to the month


# -- order within a day --------------------------------------------------------------------

def test_same_day_events_sort_by_time_and_an_approximate_time_is_an_hour_either_way():
    removed = Event("extradited", "2021-12-31", time="17:00", time_approx=True)
    measures = Event("interim_measures_granted", "2021-12-31", time="21:30")
    assert order.chronological([measures, removed]) == [removed, measures]
    assert order.compare(removed, measures) == -1
    close = Event("interim_measures_granted", "2021-12-31", time="17:45")
    assert order.compare(removed, close) == 0  # "about 17:00" may be after 17:45: not known
    untimed = Event("extradited", "2021-12-31")
    assert order.chronological([measures, untimed]) == [measures, untimed]  # entered order kept


_days = st.dates(min_value=date(2019, 1, 1), max_value=date(2024, 12, 31))


@given(exact=_days, later=_days, form=st.sampled_from(["year~", "month~", "day~", "month?"]),
       noise=st.lists(st.tuples(st.sampled_from(["note", "media"]), _days), max_size=4))
def test_an_approximate_later_date_never_sorts_before_an_exact_earlier_one(exact, later, form, noise):
    """An event entered after an exact one, with an approximate date that may be later, is
    never put before it; and an exact day certainly earlier always comes first."""
    text = {"year~": f"{later:%Y}~", "month~": f"{later:%Y-%m}~", "day~": f"{later:%Y-%m-%d}~",
            "month?": f"{later:%Y-%m}?"}[form]
    first, vague = Event("arrest", exact.isoformat()), Event("release", text)
    others = [Event(t, d.isoformat()) for t, d in noise]
    ordered = order.chronological([first, *others, vague])
    from desktop.dates import edtf
    if edtf.parse(text).upper >= exact:
        assert ordered.index(first) < ordered.index(vague)
    for a in ordered:
        for b in ordered:
            if order.compare(a, b) < 0:
                assert ordered.index(a) < ordered.index(b)


def test_bodies_are_a_vocabulary_with_free_text_allowed(vault):
    vocab = vocabulary()
    assert list(vocab.bodies) == ["ECtHR", "UN HRC", "UN CAT", "UN WGAD"]
    assert vocab.canonical_body("ЕСПЧ") == "ECtHR" and vocab.canonical_body("Human Rights Committee") == "UN HRC"
    for ref, body in (("B-1", "ECtHR"), ("B-2", "European Court of Human Rights"), ("B-3", "КПЧ ООН"),
                      ("B-4", "UN WGAD"), ("B-5", "OSCE Moscow Mechanism")):
        svc.create_case(vault, Case(reference=ref, kind="extradition", person=Person("X"),
                                    events=[Event("interim_measures_granted", "2022-07-12", body=body)]))
    assert svc.stats(vault).by_body == {"ECtHR": 2, "OSCE Moscow Mechanism": 1, "UN HRC": 1, "UN WGAD": 1}


# -- a vault of the first release migrates and keeps everything ----------------------------

def test_a_first_release_vault_migrates_losing_nothing(tmp_path):
    path = tmp_path / "first.abarona"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.set_key(PASSPHRASE)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    schema.upgrade_to_1(conn)
    now = "2022-01-01T00:00:00Z"
    conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)",
                     [("vault_id", "v"), ("created_at", now), ("author", "A")])
    conn.execute("INSERT INTO persons(id, display_name, created_at, updated_at) VALUES ('p', 'Aleksei Kudin', ?, ?)",
                 (now, now))
    conn.execute("INSERT INTO cases(id, reference, person_id, kind, arrest_date, arrest_lower, arrest_upper,"
                 f" created_at, updated_at) VALUES ('{CASE_ID}', 'BY-1', 'p', 'extradition', '2021-01-21', '2021-01-21',"
                 " '2021-01-21', ?, ?)", (now, now))
    conn.execute("INSERT INTO events(id, case_id, position, type, date, date_lower, date_upper, time, body,"
                 f" created_at, updated_at) VALUES ('e', '{CASE_ID}', 0, 'interim_measures_granted', '2021-07-21',"
                 " '2021-07-21', '2021-07-21', '09:30', 'ECtHR', ?, ?)", (now, now))
    conn.execute("INSERT INTO parties(id, name, created_at, updated_at) VALUES ('pa', 'Mother', ?, ?)", (now, now))
    conn.execute("INSERT INTO case_parties(id, case_id, party_id, role, note, created_at, updated_at)"
                 f" VALUES ('cp', '{CASE_ID}', 'pa', 'relative', 'waited at the gate', ?, ?)", (now, now))
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    with open_vault(path, PASSPHRASE) as vault:
        assert vault.schema_version == schema.SCHEMA_VERSION
        case = svc.get_case(vault, "BY-1")
        assert case.person.display_name == "Aleksei Kudin" and case.arrest_date == "2021-01-21"
        assert (case.events[0].time, case.events[0].body, case.events[0].time_approx) == ("09:30", "ECtHR", False)
        (mother,) = case.parties
        assert (mother.name, mother.role, mother.note, mother.consent, mother.safe_to_contact) == \
            ("Mother", "relative", "waited at the gate", None, None)
        assert case.groups == [] and case.detention == [] and case.learned_date is None
        mother.consent = "yes"  # and the migrated case takes the new fields
        case.detention.append(DetentionPlace(since="2021-01-21", place="SIZO-1"))
        svc.update_case(vault, case)
        assert svc.get_case(vault, "BY-1").parties[0].consent == "yes"


def test_hand_off_packages_carry_the_new_records(vault, tmp_path):
    case = svc.create_case(vault, _padlobnikau())
    svc.create_case(vault, Case(reference="BY-2021-021", kind="extradition", person=Person("Second"),
                                groups=[CaseGroup(name="Moscow Oblast, July 2021")]))
    case.groups = [svc.get_case(vault, "BY-2021-021").groups[0]]
    svc.update_case(vault, case)
    package = handoff.export_package(vault, ["BY-2021-020"], tmp_path / "package.abarona")
    colleague = create_vault(tmp_path / "colleague.abarona", "калега з Гродна", author="H")
    try:
        handoff.import_package(colleague, package.path, package.passphrase)
        theirs = svc.get_case(colleague, "BY-2021-020")
        mine = svc.get_case(vault, "BY-2021-020")
        assert theirs.parties == mine.parties and theirs.detention == mine.detention
        assert theirs.groups == mine.groups and theirs.learned_how == mine.learned_how
        assert [e.time_approx for e in theirs.events] == [e.time_approx for e in mine.events]
    finally:
        colleague.close()


def test_a_draft_keeps_every_new_field(vault):
    from desktop.cases import drafts

    case = svc.create_case(vault, _padlobnikau())
    case.groups = [CaseGroup(name="Zhlobin", kind="incident", id=None)]
    drafts.save_draft(vault, case)
    (back,) = drafts.take_drafts(vault)
    assert back == case
