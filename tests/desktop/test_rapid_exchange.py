"""Issue 16's records leave the vault whole: filings (what was filed, to whom, when, how, the
answer) and checklist ticks travel in hand-off packages (real package files, between two real
vaults: added, identical, conflicting, deleted on either side) and in the interchange format
(optional per-case arrays, checked with plain messages, lossless in a round trip - Hypothesis).
"""

from __future__ import annotations

import copy
import json
import shutil
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import handoff as rows
from db.rapid import Filing
from db.records import Case, Event, Person
from db.vault import open_vault
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.cases.interchange import ImportRejected
from desktop.rapid import checklist, filings
from desktop.vaults import handoff
from tests.helpers import case_dict, document
from tests.conftest import new_vault

REF = "BY-2022-016"
STEPS = [s.id for s in checklist.steps()]


@pytest.fixture
def second(tmp_path):
    """Another vault file: the colleague's, or the one a file is imported into."""
    v = new_vault(tmp_path / "colleague.abarona", "калега з Гродна", author="Hanna Ivanova")
    yield v
    v.close()


def _rapid_case(vault) -> str:
    """A case with a Rule 39 request answered, a complaint waiting, and two steps ticked."""
    case = svc.create_case(vault, Case(reference=REF, kind="extradition", person=Person("Дзмітрый Падлобнікаў"),
                                       events=[Event("transfer_date_set", "2022-04-05", time="17:00")]))
    rule39 = filings.add(vault, case.id, Filing("", "interim_measures", "ecthr", "2022-04-01 16:00", channel="fax",
                                                reference="E-39/22"))
    filings.answer(vault, rule39.id, "Rule 39 indicated: not to be extradited", "2022-04-04 11:15")
    filings.add(vault, case.id, Filing("", "complaint", "Kaluga Regional Court", "2022-04-02T10:00+03:00",
                                       expected_by="2022-04-03 10:00", note="copy sent to the family"))
    checklist.tick(vault, case.id, "call_facility")
    checklist.tick(vault, case.id, "request_interim_measures")
    return case.id


def _rapid_rows(vault, case_id) -> dict[str, list[dict]]:
    return {t: sorted(rows.rows_of_cases(vault.conn, t, [case_id]), key=lambda r: r["id"])
            for t in ("filings", "checklist_ticks")}


def _import(vault, exported, **kwargs):
    with handoff.open_package(exported.path, exported.passphrase) as opened:
        plan = handoff.plan_import(vault, opened)
        return plan, handoff.apply_import(vault, opened, plan, **kwargs)


# -- hand-off packages ----------------------------------------------------------------------------

def test_filings_and_ticks_travel_in_a_package_file_and_the_alarm_works_there(vault, second, tmp_path):
    case_id = _rapid_case(vault)
    exported = handoff.export_package(vault, [REF], tmp_path / "для калегі.abarona")
    assert exported.counts["filings"] == 2 and exported.counts["checklist_ticks"] == 2
    assert b"E-39/22" not in exported.path.read_bytes()  # encrypted like the rest

    plan, result = _import(second, exported)
    assert sorted(plan.new["filings"]) == sorted(r["id"] for r in _rapid_rows(vault, case_id)["filings"])
    assert plan.new["checklist_ticks"] == [f"{case_id}:call_facility", f"{case_id}:request_interim_measures"]
    assert result.added["filings"] == 2 and result.added["checklist_ticks"] == 2
    assert _rapid_rows(second, case_id) == _rapid_rows(vault, case_id)  # ids, moments, who and when
    # the colleague's vault raises the same alarm, and shows the same ticks
    late = datetime(2022, 4, 3, 8, tzinfo=timezone.utc)
    assert [v.as_json() for v in filings.list_filings(second, overdue=True, now=late)] == \
        [v.as_json() for v in filings.list_filings(vault, overdue=True, now=late)] != []
    assert [(s.step.id, s.done_at, s.done_by) for s in checklist.state(second, case_id)] == \
        [(s.step.id, s.done_at, s.done_by) for s in checklist.state(vault, case_id)]
    history = [(h.entity, h.action) for h in svc.history(second, case_id)]
    assert ("filing", "handoff_add") in history and ("checklist", "handoff_add") in history
    # importing the same package again changes nothing
    _plan, again = _import(second, exported)
    assert not again.changed and _plan.identical["filings"] == 2 and _plan.identical["checklist_ticks"] == 2


def test_an_answer_recorded_on_both_sides_is_a_conflict_shown_in_plain_fields(vault, second, tmp_path):
    case_id = _rapid_case(vault)
    _import(second, handoff.export_package(vault, [REF], tmp_path / "first.abarona"))
    waiting = next(f for f in filings.list_filings(vault) if f.filing.kind == "complaint").filing
    filings.answer(vault, waiting.id, "refused", "2022-04-03 09:00")
    filings.answer(second, waiting.id, "granted", "2022-04-03T12:00+03:00")
    exported = handoff.export_package(vault, [REF], tmp_path / "second.abarona")

    plan, result = _import(second, exported)
    [conflict] = [c for c in plan.conflicts if c.table == "filings"]
    assert conflict.record_id == waiting.id and "complaint" in conflict.what
    assert {f.name: (f.mine, f.theirs) for f in conflict.fields} == {
        "answer": ("granted", "refused"), "answered_at": ("2022-04-03T12:00+03:00", "2022-04-03T09:00+03:00")}
    assert len(plan.conflicts) == 1 and plan.identical["checklist_ticks"] == 2
    assert filings.get(second, waiting.id).answer == "granted"  # kept mine: the default

    _plan, taken = _import(second, exported, decisions={conflict.key: "theirs"})
    assert taken.replaced["filings"] == 1
    back = filings.get(second, waiting.id)
    assert (back.answer, back.answered_at) == ("refused", "2022-04-03T09:00+03:00")
    def unstamped(vault):
        return [{k: v for k, v in r.items() if k != "updated_at"} for r in _rapid_rows(vault, case_id)["filings"]]
    assert unstamped(second) == unstamped(vault)  # the whole row, its moment in UTC too


def test_a_filing_deleted_or_a_step_unticked_here_never_comes_back_by_itself(vault, second, tmp_path):
    case_id = _rapid_case(vault)
    exported = handoff.export_package(vault, [REF], tmp_path / "package.abarona")
    _import(second, exported)
    mistaken = next(f for f in filings.list_filings(second) if f.filing.kind == "complaint").filing
    filings.delete(second, mistaken.id)
    checklist.tick(second, case_id, "call_facility", done=False)

    plan, result = _import(second, exported)  # the same package, from before the deletions
    deleted = {(c.table, c.record_id): c for c in plan.deletions}
    assert set(deleted) == {("filings", mistaken.id), ("checklist_ticks", f"{case_id}:call_facility")}
    assert all(c.deleted == "here" and c.deleted_by == "Hanna Ivanova" for c in deleted.values())
    assert result.added.get("filings") == 0 and result.kept_deleted == 2
    assert [f.filing.id for f in filings.list_filings(second)] != [] and \
        mistaken.id not in {f.filing.id for f in filings.list_filings(second)}
    assert not [s for s in checklist.state(second, case_id) if s.step.id == "call_facility" and s.done_at]
    # taking it back is the user's decision
    _plan, taken = _import(second, exported, decisions={f"filings:{mistaken.id}": "theirs"})
    assert taken.added["filings"] == 1 and filings.get(second, mistaken.id).note == "copy sent to the family"


def test_a_filing_deleted_there_is_deleted_here_only_if_the_user_says_so(vault, second, tmp_path):
    case_id = _rapid_case(vault)
    _import(second, handoff.export_package(vault, [REF], tmp_path / "first.abarona"))
    gone = next(f for f in filings.list_filings(vault) if f.filing.kind == "complaint").filing
    filings.delete(vault, gone.id)
    checklist.tick(vault, case_id, "request_interim_measures", done=False)
    exported = handoff.export_package(vault, [REF], tmp_path / "second.abarona")

    plan, result = _import(second, exported)
    there = {(c.table, c.record_id) for c in plan.deletions if c.deleted == "there"}
    assert there == {("filings", gone.id), ("checklist_ticks", f"{case_id}:request_interim_measures")}
    assert filings.get(second, gone.id)  # kept: mine is the default
    _plan, taken = _import(second, exported, decisions={c.key: "theirs" for c in plan.deletions})
    assert taken.deleted == {"filings": 1, "checklist_ticks": 1}
    assert _rapid_rows(second, case_id) == {
        t: [dict(r) for r in found] for t, found in _rapid_rows(vault, case_id).items()}


def test_a_case_whose_reference_collides_counts_its_filings_among_what_is_skipped(vault, second, tmp_path):
    _rapid_case(vault)
    svc.create_case(second, Case(reference=REF, kind="abduction", person=Person("Someone else")))
    plan, result = _import(second, handoff.export_package(vault, [REF], tmp_path / "p.abarona"))
    [collision] = plan.collisions
    events_and_deadlines = sum(len(rows.rows_of_cases(vault.conn, t, [collision.case_id])) for t in ("events", "deadlines"))
    assert collision.records == events_and_deadlines + 2 + 2  # and its two filings and two ticks
    assert result.added["filings"] == 0 and filings.list_filings(second) == []


# -- the interchange format --------------------------------------------------------------------------

def test_filings_and_ticks_are_exported_and_imported_with_the_case(vault, second, tmp_path):
    case_id = _rapid_case(vault)
    path = tmp_path / "cases.json"
    interchange.export_file(vault, path, [case_id])
    exported = json.loads(path.read_text(encoding="utf-8"))["cases"][0]
    assert exported["filings"] == [
        {"kind": "interim_measures", "body": "ecthr", "filed_at": "2022-04-01T16:00+03:00", "channel": "fax",
         "body_reference": "E-39/22", "answer": "Rule 39 indicated: not to be extradited",
         "answered_at": "2022-04-04T11:15+03:00", "expected_by": "2022-04-04T16:00+03:00"},
        {"kind": "complaint", "body": "Kaluga Regional Court", "filed_at": "2022-04-02T10:00+03:00",
         "expected_by": "2022-04-03T10:00+03:00", "note": "copy sent to the family"}]
    assert [t["step"] for t in exported["checklist"]] == ["call_facility", "request_interim_measures"]
    assert all(t["done_by"] == "A. Ivanova" and t["done_at"].endswith("Z") for t in exported["checklist"])

    interchange.import_file(second, path)
    assert [v.as_json() for v in filings.list_filings(second)] == [
        dict(v.as_json(), id=w.filing.id) for v, w in zip(filings.list_filings(vault), filings.list_filings(second))]
    assert [(s.step.id, s.done_at, s.done_by) for s in checklist.state(second, case_id)] == \
        [(s.step.id, s.done_at, s.done_by) for s in checklist.state(vault, case_id)]
    # the export of a case in the trash keeps its filings too
    svc.delete_case(vault, case_id)
    assert svc.list_cases(vault) == []
    assert interchange.export_document(vault, [case_id])["cases"][0]["filings"] == exported["filings"]


def test_a_file_without_the_new_arrays_imports_as_before(vault):
    result = interchange.import_cases(vault, interchange.read_cases(document(case_dict("OLD-1"))))
    assert result.cases == 1 and filings.list_filings(vault) == []
    assert "filings" not in interchange.export_document(vault)["cases"][0]
    assert "checklist" not in interchange.export_document(vault)["cases"][0]


def test_bad_filings_and_ticks_are_named_in_plain_words_and_nothing_is_imported(vault):
    bad = case_dict("BAD-1", filings=[
        {"kind": "fax", "body": "ecthr", "filed_at": "yesterday"},
        {"kind": "appeal", "body": 39, "filed_at": "2022-04-01 10:00", "channel": "pigeon",
         "answered_at": "2022-03-01 10:00", "reference": "1/22"},
        {"body": "  ", "filed_at": "2022-04-01"},
    ], checklist=[
        {"step": "call_facility", "done_at": "2022-04-01"},
        {"step": "call_facility", "done_at": "2022-04-01T10:00:00Z"},
        {"step": "", "done_at": "2022-04-01T10:00+03:00", "done_by": 7, "when": "now"},
    ])
    with pytest.raises(ImportRejected) as info:
        interchange.import_cases(vault, interchange.read_cases(document(case_dict("GOOD-1"), bad)))
    messages = {p.path: p.message for p in info.value.problems}
    assert all(p.case == "BAD-1" for p in info.value.problems)
    assert messages["filings[0].kind"].startswith('"fax" is not a kind of filing: use one of complaint')
    assert "not a date and time: write it as 2022-04-05 21:30" in messages["filings[0].filed_at"]
    assert messages["filings[1].body"] == "the authority of filing 2 must be text, in quotes"
    assert messages["filings[1].channel"].startswith('"pigeon" is not a way of sending: use one of fax')
    assert messages["filings[1].answered_at"] == "The answer time is before the filing itself; check the dates."
    assert messages["filings[1].reference"].startswith("is not a field of the format (allowed: kind, body, filed_at")
    assert messages["filings[2].kind"] == "is required"
    assert messages["filings[2].body"].startswith("Say to whom it was filed")
    assert "with its zone: write it as 2022-04-05T14:30:00Z" in messages["checklist[0].done_at"]
    assert messages["checklist[1].step"] == "is ticked twice in this case (checklist ticks 1 and 2); keep one"
    assert messages["checklist[2].step"].startswith("must name a step of the checklist")
    assert messages["checklist[2].done_by"] == "must be text, in quotes (who ticked the step)"
    assert messages["checklist[2].when"].startswith("is not a field of the format (allowed: step, done_at, done_by)")
    assert svc.list_cases(vault) == [] and filings.list_filings(vault) == []


def test_a_tick_of_a_step_this_organisation_does_not_have_is_kept_with_a_warning(vault):
    result = interchange.import_cases(vault, interchange.read_cases(document(case_dict(
        "ORG-1", checklist=[{"step": "call_the_consul", "done_at": "2022-04-01T10:00:00+03:00", "done_by": "M"}]))))
    assert result.warnings == ("ORG-1: the checklist step 'call_the_consul' is not in this organisation's "
                               "checklist; its tick was kept but is not shown",)
    assert interchange.export_document(vault)["cases"][0]["checklist"] == [
        {"step": "call_the_consul", "done_at": "2022-04-01T07:00:00Z", "done_by": "M"}]


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1,
                max_size=20).filter(str.strip)
_instants = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2080, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0))
_zones = st.sampled_from([None, timezone.utc, timezone(timedelta(hours=3)), timezone(timedelta(hours=-5)),
                          timezone(timedelta(hours=5, minutes=30))])


def _written(moment: datetime, zone, as_date: bool = False) -> str:
    """A moment as a lawyer might write it: a date, a Moscow time without zone, or with its offset."""
    if as_date:
        return f"{moment:%Y-%m-%d}"
    if zone is None:
        return f"{moment:%Y-%m-%d %H:%M}"
    return moment.replace(tzinfo=zone).isoformat(timespec="minutes")


@st.composite
def _filing(draw) -> dict:
    filed = draw(_instants)
    zone = draw(_zones)
    as_date = draw(st.booleans()) and draw(st.booleans())
    f = {"kind": draw(st.sampled_from(list(filings.KINDS))),
         "body": draw(st.one_of(st.sampled_from(["ecthr", "un-hrc", "Kaluga Regional Court"]), _text)),
         "filed_at": _written(filed, zone, as_date)}
    later = (filed.replace(hour=0, minute=0) if as_date else filed)
    for key in ("acknowledged_at", "answered_at", "expected_by"):
        if draw(st.booleans()):
            # never before the filing, in whatever zone: a day's margin covers any offset
            f[key] = _written(later + timedelta(days=1, minutes=draw(st.integers(0, 60 * 24 * 400))), zone)
    for key in ("body_reference", "answer", "note"):
        if draw(st.booleans()):
            f[key] = draw(_text)
    if draw(st.booleans()):
        f["channel"] = draw(st.sampled_from(list(filings.CHANNELS)))
    return f


@st.composite
def _ticks(draw) -> list[dict]:
    steps = draw(st.lists(st.one_of(st.sampled_from(STEPS), st.from_regex(r"org_[a-z]{1,8}", fullmatch=True)),
                          unique=True, max_size=4))
    ticks = []
    for step in steps:
        moment = draw(st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2080, 12, 31))).replace(
            microsecond=0, tzinfo=draw(_zones.filter(lambda z: z is not None)))
        tick = {"step": step, "done_at": moment.isoformat().replace("+00:00", "Z")}
        if draw(st.booleans()):
            tick["done_by"] = draw(_text)
        ticks.append(tick)
    return ticks


def _instant(text: str) -> datetime:
    return filings.parse_moment(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.lists(_filing(), max_size=4), _ticks()), min_size=1, max_size=3))
def test_round_trip_of_filings_and_ticks_is_lossless(template_vault, vault_key, tmp_path_factory, drawn):
    cases = [case_dict(f"RT-{i}", filings=fs, checklist=ts) for i, (fs, ts) in enumerate(drawn)]
    folder = tmp_path_factory.mktemp("rt")
    shutil.copyfile(template_vault, folder / "a.abarona")
    shutil.copyfile(template_vault, folder / "b.abarona")
    with open_vault(folder / "a.abarona", vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(*copy.deepcopy(cases))))
        exported = interchange.export_document(vault)
    with open_vault(folder / "b.abarona", vault_key) as vault:
        interchange.import_cases(vault, interchange.read_cases(json.loads(json.dumps(exported))))
        assert interchange.export_document(vault) == exported  # export -> import -> export: the same

    by_ref = {c["reference"]: c for c in exported["cases"]}
    for original in cases:
        back = by_ref[original["reference"]]
        # every filing, in filing order (ties: as written), each moment the same instant
        written = sorted(original["filings"], key=lambda f: _instant(f["filed_at"]))
        assert len(back.get("filings", [])) == len(written)
        for want, got in zip(written, back.get("filings", [])):
            assert got["body"] == want["body"].strip()
            for key in ("kind", "channel", "body_reference", "answer", "note"):
                assert got.get(key) == want.get(key), key
            for key in ("filed_at", "acknowledged_at", "answered_at"):
                assert (key in got) == (key in want) and (key not in got or _instant(got[key]) == _instant(want[key]))
            expected = _instant(want["expected_by"]) if "expected_by" in want else \
                filings.default_expected(want["kind"], want["body"].strip(), _instant(want["filed_at"]))
            assert (_instant(got["expected_by"]) if "expected_by" in got else None) == expected
        # every tick: its step, its instant, who
        assert sorted((t["step"], datetime.fromisoformat(t["done_at"]), t.get("done_by", "")) for t in
                      back.get("checklist", [])) == \
            sorted((t["step"], datetime.fromisoformat(t["done_at"]), t.get("done_by", "")) for t in original["checklist"])


def test_the_documented_example_imports_as_written(vault):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    [example] = [b.split("```", 1)[0] for b in text.split("```json")[1:] if '"checklist"' in b]
    interchange.import_cases(vault, interchange.read_cases(document(json.loads(example))))
    back = interchange.export_document(vault)["cases"][0]
    assert back["filings"] == json.loads(example)["filings"] and back["checklist"] == json.loads(example)["checklist"]


def test_a_files_filings_on_the_calendars_edges_or_ahead_are_kept_as_written(vault):
    """An earlier release recorded any filing time (a year 9999, a time ahead): its files still
    import whole, with nothing worked out past the calendar; only the lawyer's own entry is
    refused (tests/desktop/test_rapid.py)."""
    written = [{"kind": "interim_measures", "body": "ecthr", "filed_at": "9999-12-31T23:59+03:00"},
               {"kind": "appeal", "body": "Moscow City Court", "filed_at": "0001-01-01T00:30+03:00"},
               {"kind": "complaint", "body": "Kaluga Regional Court", "filed_at": "2099-01-01T10:00+03:00"}]
    interchange.import_cases(vault, interchange.read_cases(document(case_dict("EDGE-1", filings=written))))
    kept = [v.as_json() for v in filings.list_filings(vault)]
    assert sorted(v["filed_at"] for v in kept) == sorted(f["filed_at"] for f in written)
    assert all(v["expected_by"] is None for v in kept)  # one working day after 9999-12-31: none
