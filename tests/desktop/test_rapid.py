"""Rapid response (issue 16): the removal-risk alarm, the checklist, filings and their alarm,
and urgent-request drafts read back with python-docx — all on real vault files."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from docx import Document

from db.records import Case, Charge, Event, Person, PersonName
from desktop.cases import service as svc
from desktop.rapid import checklist, drafts, filings, risk
from desktop.rapid.filings import Filing, FilingInvalid

NOW = datetime(2022, 4, 5, 12, 0, tzinfo=timezone.utc)  # 15:00 Moscow time


def _case(reference="BY-2022-016", events=(), **extra) -> Case:
    return Case(
        reference=reference, kind="extradition",
        person=Person("Дзмітрый Падлобнікаў", names=[PersonName("Дмитрий Подлобников", "ru"),
                                                      PersonName("Dzmitry Padlobnikau", "en")],
                      birth_date="1987-03-14", citizenship=["BY"], hometown="Мінск"),
        arrest_date="2021-12-19", region="Moscow", facility="SIZO-1 Kaluga",
        lawyer="A. Ivanova", summary="Prosecuted for comments about the 2020 protests.",
        charges=[Charge("BY", "CC", "342", part="2"), Charge("BY", "CC", "130")],
        events=list(events), **extra)


def _reasons(vault, now=NOW, lang="en"):
    return {c.reference: [r.kind for r in c.reasons] for c in risk.at_risk(vault, now=now, lang=lang)}


# -- the risk state: each reason appears and disappears with its events ------------------------------

@pytest.mark.parametrize("opening, closing, kind", [
    (Event("transfer_date_set", "2022-04-05", time="17:00", place="Kaluga"), Event("extradited", "2022-04-05"),
     "transfer_date_set"),
    (Event("expulsion_ordered", "2022-04-04"), Event("temporary_asylum_granted", "2022-04-05", time="10:00"),
     "expulsion_ordered"),
    (Event("contact_lost", "2022-04-04", time="20:00"), Event("located", "2022-04-05", time="09:00"),
     "contact_lost"),
    (Event("release", "2022-04-04", time="18:00"), Event("rearrest", "2022-04-04", time="18:30"), "released"),
])
def test_each_reason_opens_and_closes_with_its_events(vault, opening, closing, kind):
    case = svc.create_case(vault, _case(events=[Event("arrest", "2021-12-19"), opening]))
    assert _reasons(vault) == {"BY-2022-016": [kind]}
    case = svc.get_case(vault, case.id)
    case.events.append(closing)
    svc.update_case(vault, case)
    assert _reasons(vault) == {}


def test_a_final_decision_is_a_reason_only_without_an_appeal(vault):
    events = [Event("arrest", "2021-12-19"), Event("extradition_granted", "2022-02-01"),
              Event("decision_final", "2022-03-01")]
    case = svc.create_case(vault, _case(events=events))
    rows = risk.at_risk(vault, now=NOW)
    assert [r.kind for r in rows[0].reasons] == ["decision_final"]
    assert rows[0].reasons[0].basis.startswith("CPC arts. 463, 467")
    case = svc.get_case(vault, case.id)
    case.events.insert(2, Event("appeal_filed", "2022-02-05"))
    svc.update_case(vault, case)
    assert _reasons(vault) == {}


def test_the_release_watch_lasts_72_hours(vault):
    svc.create_case(vault, _case(events=[Event("arrest", "2021-12-19"),
                                         Event("release", "2022-04-01", time="14:00", place="Moscow")]))
    # 14:00 Moscow = 11:00 UTC; the watch ends 72 hours later, at 11:00 UTC on 4 April.
    assert _reasons(vault, now=datetime(2022, 4, 4, 10, 59, tzinfo=timezone.utc)) == {"BY-2022-016": ["released"]}
    assert _reasons(vault, now=datetime(2022, 4, 4, 11, 1, tzinfo=timezone.utc)) == {}


def test_an_approximate_release_keeps_the_watch_to_its_latest_day(vault):
    svc.create_case(vault, _case(events=[Event("release", "2022-03~")]))
    # An uncertain March release: the watch runs until 72 h after the end of 31 March at the latest.
    assert _reasons(vault, now=datetime(2022, 4, 2, 12, 0, tzinfo=timezone.utc)) == {"BY-2022-016": ["released"]}


def test_events_after_now_and_closed_or_trashed_cases_raise_nothing(vault):
    a = svc.create_case(vault, _case("A-1", events=[Event("contact_lost", "2022-05-01")]))
    b = svc.create_case(vault, _case("A-2", events=[Event("contact_lost", "2022-04-01")]))
    c = svc.create_case(vault, _case("A-3", events=[Event("expulsion_ordered", "2022-04-01")]))
    b = svc.get_case(vault, b.id)
    b.status = "closed"
    svc.update_case(vault, b)
    svc.delete_case(vault, c.id)
    assert _reasons(vault) == {}
    assert _reasons(vault, now=datetime(2022, 5, 2, tzinfo=timezone.utc)) == {"A-1": ["contact_lost"]}
    assert a.id


def test_a_transfer_date_ahead_is_the_danger_itself(vault):
    svc.create_case(vault, _case(events=[Event("transfer_date_set", "2022-05-01", time="06:00")]))
    assert _reasons(vault) == {"BY-2022-016": ["transfer_date_set"]}


def test_reasons_in_json_shape_and_russian_basis(vault):
    svc.create_case(vault, _case(events=[Event("transfer_date_set", "2022-04-05", time="09:00", place="Москва")]))
    row = risk.at_risk(vault, now=NOW, lang="ru")[0]
    assert row.as_json() == {"reference": "BY-2022-016", "reasons": [{
        "kind": "transfer_date_set", "event_type": "transfer_date_set", "since": "2022-04-05T09:00",
        "basis": "EXT-11: УПК РФ, ст. 467 (передача лица запрашивающему государству)"}]}


def test_the_band_asked_again_follows_every_write(vault):
    """The band is given again from memory while nothing changed; any write re-assesses."""
    assert risk.at_risk(vault, now=NOW) == []
    case = svc.create_case(vault, _case(events=[Event("transfer_date_set", "2022-04-05", time="09:00")]))
    assert [r.reference for r in risk.at_risk(vault, now=NOW)] == ["BY-2022-016"]
    assert [r.reference for r in risk.at_risk(vault, now=NOW)] == ["BY-2022-016"]
    case.events[0].type = "extradition_refused"
    svc.update_case(vault, case)
    assert risk.at_risk(vault, now=NOW) == []


def test_the_belarusian_interface_gets_the_basis_and_caveats_in_belarusian(vault):
    from desktop.deadlines import terms

    svc.create_case(vault, _case(events=[Event("transfer_date_set", "2022-04-05", time="09:00", place="Москва")]))
    [reason] = risk.at_risk(vault, now=NOW, lang="be")[0].reasons
    assert reason.basis == "EXT-11: КПК РФ, арт. 467 (перадача асобы дзяржаве, якая запытвае)"
    for code, (en, ru) in terms.CAVEATS.items():
        assert terms.caveat_text(code, "be") not in (en, ru), code


def test_open_and_uncertain_dates_never_break_the_assessment(vault):
    events = [Event("contact_lost", "../2022-03-10"), Event("transfer_date_set", "2021-24"),
              Event("release", "2022-03-30/.."), Event("expulsion_ordered", "2022-04?")]
    svc.create_case(vault, _case(events=events))
    kinds = _reasons(vault)["BY-2022-016"]
    assert "contact_lost" in kinds and "transfer_date_set" in kinds


# -- the checklist --------------------------------------------------------------------------------------

def test_checklist_ticks_record_who_and_when_and_are_audited(vault):
    case = svc.create_case(vault, _case())
    steps = checklist.state(vault, case.id)
    assert [s.step.id for s in steps][:3] == ["call_facility", "visit_client", "notify_relatives"]
    assert all(s.done_at is None for s in steps)
    assert "Позвонить" in steps[0].step.label("ru") and "Патэлефанаваць" in steps[0].step.label("be")
    checklist.tick(vault, case.id, "call_facility")
    done = checklist.state(vault, case.id)[0]
    assert done.done_by == "A. Ivanova" and done.done_at
    checklist.tick(vault, case.id, "call_facility", done=False)
    assert checklist.state(vault, case.id)[0].done_at is None
    actions = [(h.entity, h.action) for h in svc.history(vault, case.id)]
    assert ("checklist", "tick") in actions and ("checklist", "untick") in actions
    with pytest.raises(checklist.ChecklistInvalid, match="no step"):
        checklist.tick(vault, case.id, "no_such_step")


def test_a_broken_checklist_file_is_named():
    with pytest.raises(checklist.ChecklistInvalid, match="English label"):
        checklist.parse('[[step]]\nid = "x"\nru = "только по-русски"\n')
    with pytest.raises(checklist.ChecklistInvalid, match="not valid TOML"):
        checklist.parse("[[step]\n")


# -- filings and their alarm ----------------------------------------------------------------------------

def test_a_rule_39_request_expects_an_answer_in_one_working_day_and_alarms_until_answered(vault):
    case = svc.create_case(vault, _case())
    f = filings.add(vault, case.id, Filing(case_id="", kind="interim_measures", body="ecthr",
                                           filed_at="2022-04-01 16:00", channel="fax", reference="1234/22"))
    assert f.filed_at == "2022-04-01T16:00+03:00"
    assert f.expected_by == "2022-04-04T16:00+03:00"  # Friday + one working day = Monday
    before = datetime(2022, 4, 4, 12, 59, tzinfo=timezone.utc)
    after = datetime(2022, 4, 4, 13, 1, tzinfo=timezone.utc)
    assert filings.list_filings(vault, overdue=True, now=before) == []
    [late] = filings.list_filings(vault, overdue=True, now=after)
    assert late.overdue and late.as_json()["expected_by"] == "2022-04-04T16:00+03:00"
    assert late.as_json()["answered"] is False and late.as_json()["reference"] == "BY-2022-016"
    filings.answer(vault, f.id, "Rule 39 indicated: not to be extradited", "2022-04-05 21:30")
    assert filings.list_filings(vault, overdue=True, now=after) == []
    [row] = filings.list_filings(vault, now=after)
    assert row.as_json()["answered"] is True and row.filing.answered_at == "2022-04-05T21:30+03:00"
    actions = [(h.entity, h.action) for h in svc.history(vault, case.id)]
    assert ("filing", "create") in actions and ("filing", "update") in actions


def test_other_filings_expect_what_the_lawyer_sets(vault):
    case = svc.create_case(vault, _case())
    f = filings.add(vault, case.id, Filing("", "urgent_appeal", "wgad", "2022-04-01T10:00+03:00"))
    assert f.expected_by is None
    assert filings.list_filings(vault, overdue=True, now=datetime(2030, 1, 1, tzinfo=timezone.utc)) == []
    f2 = filings.add(vault, case.id, Filing("", "complaint", "Kaluga Regional Court", "2022-04-01 10:00",
                                            expected_by="2022-04-02 10:00"))
    assert [v.filing.id for v in filings.list_filings(vault, overdue=True, now=NOW)] == [f2.id]


@pytest.mark.parametrize("change, message", [
    (dict(kind="fax"), '"fax" is not a kind of filing: use one of'),
    (dict(body="  "), "to whom"),
    (dict(filed_at="yesterday"), "not a date and time"),
    (dict(channel="pigeon"), '"pigeon" is not a way of sending: use one of'),
    (dict(answered_at="2022-03-01 10:00"), "before the filing"),
    (dict(expected_by="2022-03-01 10:00"), "before the filing"),
    # found trying the CLI: the calendar's edges ended `filings add` with an internal error,
    # and a filing time years ahead was recorded
    (dict(kind="interim_measures", body="ecthr", filed_at="9999-12-31 23:59"), "in the year 9999"),
    (dict(filed_at="0001-01-01T00:30+03:00"), "in the year 1: give a time between 1900 and 2999"),
    (dict(expected_by="9999-12-31 10:00"), "in the year 9999"),
    (dict(filed_at=(datetime.now(timezone.utc) + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")), "in the future"),
    (dict(answered_at=(datetime.now(timezone.utc) + timedelta(days=30)).isoformat()), "in the future"),
])
def test_bad_filings_are_refused_with_a_message_and_nothing_stored(vault, change, message):
    case = svc.create_case(vault, _case())
    base = dict(case_id="", kind="complaint", body="Kaluga Regional Court", filed_at="2022-04-01 10:00")
    with pytest.raises(FilingInvalid, match=message):
        filings.add(vault, case.id, Filing(**{**base, **change}))
    assert filings.list_filings(vault) == []


# -- drafts -----------------------------------------------------------------------------------------------

def _prepared(vault):
    events = [Event("arrest", "2021-12-19", time="08:15", place="Kaluga"),
              Event("extradition_granted", "2022-02-01"),
              Event("political_prisoner_recognised", "2022-01-10", body="Viasna"),
              Event("transfer_date_set", "2022-04-05", time="17:00", place="Kaluga")]
    case = svc.create_case(vault, _case(events=events))
    filings.add(vault, case.id, Filing("", "complaint", "Kaluga Regional Court", "2022-02-05 11:00", reference="3/22"))
    return case


def _text(data: bytes) -> str:
    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("body", list(drafts.BODIES))
def test_each_body_and_language_drafts_the_prepared_case(vault, body, lang):
    case = _prepared(vault)
    draft = drafts.render(vault, case.reference, body, lang)
    text = _text(draft.data)
    name = "Дмитрий Подлобников" if lang == "ru" else "Dzmitry Padlobnikau"
    assert name in text
    assert ("УК РБ ст. 342 ч. 2" if lang == "ru" else "Belarus Criminal Code, art. 342 part 2") in text
    assert ("05.04.2022" if lang == "ru" else "5 April 2022") in text and "17:00" in text and "UTC+3" in text
    assert drafts.BODIES[body].name[lang] in text
    assert "Viasna" in text and "3/22" in text and "SIZO-1 Kaluga" in text
    assert "{{" not in text and "{%" not in text
    if body == "ecthr":
        assert draft.missing == []  # the arrest was before 16 September 2022
    else:
        assert draft.missing == [] and draft.unfilled == []


def test_missing_facts_are_listed_and_shown_as_gaps(vault):
    case = svc.create_case(vault, Case(reference="X-1", kind="expulsion",
                                       person=Person("Ales Bialiatski"), events=[]))
    draft = drafts.render(vault, case.id, "un-hrc", "en")
    assert set(draft.missing) == {
        "birth_date", "citizenship", "detention", "charges", "context", "history", "removal", "counsel"}
    for key in draft.missing:
        assert f"[MISSING: {drafts.fact_label(key, 'en')}]" in _text(draft.data)
    assert set(draft.unfilled) == {f"[MISSING: {drafts.fact_label(m, 'en')}]" for m in draft.missing}
    ru = drafts.render(vault, case.id, "cat", "ru")
    assert "[НЕ УКАЗАНО: дата рождения]" in _text(ru.data)


def test_an_ecthr_draft_for_facts_after_september_2022_says_so(vault):
    """Not a missing fact: the Court cannot take them. The draft opens with that sentence and
    names the UN Human Rights Committee instead; a case with an earlier fact has no such line."""
    from dataclasses import replace

    case = svc.create_case(vault, replace(_case(events=[Event("arrest", "2025-03-10"),
                                                        Event("extradition_granted", "2025-21")]),
                                          arrest_date="2025-03-10"))
    for lang, words in (("en", ("only facts up to 16 September 2022", "UN Human Rights Committee")),
                        ("ru", ("16.09.2022", "Комитет ООН по правам человека"))):
        draft = drafts.render(vault, case.id, "ecthr", lang)
        assert draft.out_of_period and all(w in draft.out_of_period for w in words), draft.out_of_period
        assert _text(draft.data).startswith(draft.out_of_period)
        assert not any("2022" in drafts.fact_label(k, "en") for k in draft.missing)
    assert drafts.render(vault, case.id, "un-hrc", "en").out_of_period is None
    earlier = svc.create_case(vault, replace(_case(reference="X-OLD", events=[
        Event("extradition_granted", "2023-02-01")]), arrest_date="2022-09-16"))  # arrested on the last day
    assert drafts.render(vault, earlier.id, "ecthr", "en").out_of_period is None


def test_a_replaced_template_is_used_and_a_broken_one_named(vault, tmp_path):
    case = _prepared(vault)
    own = Document()
    own.add_paragraph("Our organisation, for {{ client.name }}: {{ body.name }}")
    path = tmp_path / "own.docx"
    own.save(path)
    text = _text(drafts.render(vault, case.id, "wgad", "en", template=path).data)
    assert text.strip() == "Our organisation, for Dzmitry Padlobnikau: UN Working Group on Arbitrary Detention"
    bad = tmp_path / "bad.docx"
    bad.write_text("not a word file")
    with pytest.raises(drafts.DraftInvalid, match="not a Word"):
        drafts.render(vault, case.id, "wgad", "en", template=bad)
    with pytest.raises(drafts.DraftInvalid, match="Unknown body"):
        drafts.render(vault, case.id, "icc", "en")


def test_saving_a_draft_is_an_owner_only_export_audited_without_its_path(vault, tmp_path):
    case = _prepared(vault)
    draft = drafts.render(vault, case.id, "un-hrc", "ru")
    target = tmp_path / drafts.default_file_name(draft)
    drafts.save(vault, draft, target)
    assert target.read_bytes() == draft.data and (target.stat().st_mode & 0o777) == 0o600
    assert target.name.startswith("BY-2022-016-un-hrc-")
    entry = [h for h in svc.history(vault, case.id) if h.entity == "report"][-1]
    assert json.loads(entry.changes) == {"report": "urgent_request:un-hrc", "mode": "internal", "lang": "ru"}
    assert str(tmp_path) not in entry.changes


def test_a_removal_step_during_a_block_is_a_reason_of_its_own(vault):
    """A transfer date set while the appeal against the extradition decision is pending
    (EXT-09, CPC art. 462(6)) violates the block: a reason besides the transfer date itself."""
    events = [Event("arrest", "2022-01-10"), Event("extradition_granted", "2022-02-01"),
              Event("appeal_filed", "2022-02-05"), Event("transfer_date_set", "2022-04-05", time="17:00")]
    svc.create_case(vault, _case(events=events))
    [row] = risk.at_risk(vault, now=NOW)
    kinds = {r.kind: r for r in row.reasons}
    assert set(kinds) == {"transfer_date_set", "block_violated"}
    assert kinds["block_violated"].basis.startswith("EXT-09")
    assert kinds["block_violated"].event_type == "transfer_date_set"


def test_the_risk_window_is_shaded_on_the_timeline(vault):
    from desktop.cases import timeline

    case = svc.create_case(vault, _case(events=[Event("arrest", "2021-12-19"),
                                                Event("contact_lost", "2022-04-04", time="20:00")]))
    built = timeline.build(svc.get_case(vault, case.id), now=NOW)
    [shade] = [s for s in built.shades if s.lane == "removal"]
    assert shade.start.date().isoformat() == "2022-04-04" and shade.end == NOW and "At risk of removal" in shade.label
    assert "removal" in built.lanes
    closed = svc.get_case(vault, case.id)
    closed.events.append(Event("located", "2022-04-05", time="09:00"))
    svc.update_case(vault, closed)
    assert not [s for s in timeline.build(svc.get_case(vault, case.id), now=NOW).shades if s.lane == "removal"]


def test_a_client_moved_to_an_unknown_place_is_at_risk_until_a_place_is_known(vault):
    from db.records import DetentionPlace

    case = svc.create_case(vault, _case(events=[Event("arrest", "2021-12-19")]))
    case = svc.get_case(vault, case.id)
    case.detention = [DetentionPlace(since="2021-12-19", place="SIZO-1 Kaluga", until="2022-04-01"),
                      DetentionPlace(since="2022-04-01", unknown=True, time="22:00")]
    svc.update_case(vault, case)
    [row] = risk.at_risk(vault, now=NOW)
    assert [(r.kind, r.event_type, r.since) for r in row.reasons] == [
        ("contact_lost", "whereabouts_unknown", "2022-04-01T22:00")]
    case = svc.get_case(vault, case.id)
    case.detention.append(DetentionPlace(since="2022-04-04", place="SIZO-2 Moscow"))
    svc.update_case(vault, case)
    assert risk.at_risk(vault, now=NOW) == []


@pytest.mark.parametrize("events", [
    # entered out of order: the re-arrest first, then the release it follows
    [Event("arrest", "2021-12-19"), Event("rearrest", "2022-04-04", time="18:30"),
     Event("release", "2022-04-04", time="18:00")],
    [Event("arrest", "2021-12-19"), Event("release", "2022-04-04", time="18:00")],
    [Event("expulsion_ordered", "2022-04-04"), Event("arrest", "2021-12-19"), Event("contact_lost", "2022-03~")],
])
def test_one_case_is_assessed_as_the_vault_assesses_it(vault, events):
    """The case view and the timeline (risk.assess_case) order events as the vault's query does."""
    case = svc.get_case_by_id(vault, svc.create_case(vault, _case(events=events)).id)
    from_vault = [(r.kind, r.since) for c in risk.at_risk(vault, now=NOW) for r in c.reasons]
    assert [(r.kind, r.since) for r in risk.assess_case(case, now=NOW)] == from_vault
    assert [e.date_lower for e in risk.in_assessment_order(case.events)] == sorted(e.date_lower for e in case.events)
