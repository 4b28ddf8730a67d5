"""The removal-risk band finds its candidates in ``risk_marks`` (migration m0019), a table that
triggers on ``events`` keep. These tests hold the table to the events it sums up, and the band
to what it was before the table existed (the grouped query over events, kept here as the
reference), on real vault files written through the case service: each reason added and
removed, then random edits (hypothesis), and a vault of the first release migrated."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from itertools import groupby
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given, settings, strategies as st

from db import rapid as queries
from db.migrations import m0019_risk_marks as migration
from db.records import Case, DetentionPlace, Event, Person
from db.vault import open_vault
from desktop.cases import service as svc
from desktop.deadlines import service as dl
from desktop.rapid import risk

NOW = datetime(2022, 4, 5, 12, 0, tzinfo=timezone.utc)
MOMENTS = (NOW - timedelta(days=3), NOW, NOW + timedelta(days=4))
COLUMNS = ("opened", "closed", "lost", "found", "released")


# -- the references: the marks from the events in Python, and the band with no candidate filter --

def _marks_from_events(conn) -> dict[str, tuple]:
    """{case id: the five marks}, from the windows of desktop.rapid.risk (not the migration's
    lists: the two must agree)."""
    (opening, closing), (lost, back) = risk.WINDOWS
    spec = ((opening, 3), (closing, 2), (lost, 3), (back, 2), (risk.RELEASES, 3))
    found: dict[str, list] = {}
    for case_id, typ, lower, upper in conn.execute("SELECT case_id, type, date_lower, date_upper FROM events"):
        for column, (types, bound) in enumerate(spec):
            if typ in types:
                value = lower if bound == 2 else upper
                row = found.setdefault(case_id, [None] * 5)
                if row[column] is None or value > row[column]:
                    row[column] = value
    return {k: tuple(v) for k, v in found.items()}


def _marks(conn) -> dict[str, tuple]:
    return {r[0]: tuple(r[1:]) for r in conn.execute(f"SELECT case_id, {', '.join(COLUMNS)} FROM risk_marks")}


class _OldEvent(NamedTuple):
    case_id: str
    reference: str
    person_name: str
    id: str
    type: str
    date: str
    date_lower: str
    date_upper: str
    time: str | None
    place: str | None
    position: int
    body: str | None = None
    case_kind: str = "other"


def _old_band(vault, now: datetime, lang: str = "en") -> list[risk.CaseRisk]:
    """The band the plain way, with no candidate filter at all: every live, open case with an
    event of the relevant types assessed (with the engine's verdict on its blocks, from the
    whole case), plus the unknown whereabouts. A filter that leaves out a case the
    assessment would flag (a closing event recorded ahead of its moment, say) differs."""
    conn = vault.conn
    marks = lambda values: ",".join("?" * len(values))  # noqa: E731
    found = [row[0] for row in conn.execute(
        f"SELECT DISTINCT c.id FROM events e JOIN cases c ON c.id = e.case_id WHERE e.type IN ({marks(risk.RELEVANT)})"
        " AND c.deleted_at IS NULL AND c.status = 'open'", list(risk.RELEVANT))]
    rows = [_OldEvent(*r) for r in conn.execute(
        f"""SELECT c.id, c.reference, p.display_name, e.id, e.type, e.date, e.date_lower, e.date_upper,
                   e.time, e.place, e.position
              FROM json_each(?) k CROSS JOIN cases c CROSS JOIN persons p CROSS JOIN events e
             WHERE c.id = k.value AND p.id = c.person_id AND e.case_id = c.id AND e.type IN ({marks(risk.RELEVANT)})
             ORDER BY c.id, e.date_lower, coalesce(e.time, ''), e.position""",
        [json.dumps(found), *risk.RELEVANT])]
    band: list[risk.CaseRisk] = []
    for case_id, group in groupby(rows, key=lambda r: r.case_id):
        events = list(group)
        case = svc.get_case_by_id(vault, case_id)  # the engine's verdict on the whole case
        violated = dl.violated_blocks(case.events, case_kind=case.kind)
        reasons = risk.assess(events, now=now, lang=lang, violated_blocks=violated)
        if reasons:
            band.append(risk.CaseRisk(case_id, events[0].reference, events[0].person_name, tuple(reasons)))
    risk._add_unknown_whereabouts(vault, band, lang, None, now)
    band.sort(key=lambda c: c.case_id)  # (since the band kept between visits: ties by case id)
    band.sort(key=lambda c: max(r.since for r in c.reasons), reverse=True)
    return band


def _check(vault) -> None:
    """The marks are what the events say, and the band is what it was, at three moments."""
    assert _marks(vault.conn) == _marks_from_events(vault.conn)
    for now in MOMENTS:
        assert risk._assess_vault(vault, now=now, lang="en", case_ids=None) == _old_band(vault, now)


def _case(reference: str, events=(), **extra) -> Case:
    return Case(reference=reference, kind="extradition", person=Person(f"Кліент {reference}"),
                events=list(events), **extra)


# -- each reason, added and removed -----------------------------------------------------------------

@pytest.mark.parametrize("opening, closings, kind", [
    (Event("transfer_date_set", "2022-04-04", time="06:00"),
     ["extradited", "handed_over", "deported", "abducted", "left_country", "extradition_refused",
      "asylum_granted", "temporary_asylum_granted"], "transfer_date_set"),
    (Event("expulsion_ordered", "2022-04-04"), ["deported", "temporary_asylum_granted"], "expulsion_ordered"),
    (Event("decision_final", "2022-04-01"), ["extradition_refused", "extradited"], "decision_final"),
    (Event("contact_lost", "2022-04-04", time="20:00"), ["contact", "located", "abducted"], "contact_lost"),
    (Event("release", "2022-04-04", time="18:00"), ["rearrest", "arrest"], "released"),
    (Event("released_from_prison", "2022-04-03"), ["rearrest"], "released"),
])
def test_each_reason_comes_and_goes_with_its_events_as_before(vault, opening, closings, kind):
    events = [Event("arrest", "2021-12-19"), Event("extradition_granted", "2022-03-01")]
    case = svc.create_case(vault, _case("BY-1", events))
    svc.create_case(vault, _case("BY-2", [Event("contact", "2022-04-01"), Event("note", "2022-04-02")]))
    _check(vault)
    case = svc.get_case(vault, case.id)
    case.events.append(opening)
    case = svc.update_case(vault, case)
    _check(vault)
    assert [r.kind for r in risk.at_risk(vault, now=NOW)[0].reasons] == [kind]
    for closing in closings:
        case.events.append(Event(closing, "2022-04-05", time="09:00"))
        case = svc.update_case(vault, case)
        _check(vault)
        assert risk.at_risk(vault, now=NOW) == [], closing
        case.events = [e for e in case.events if e.type != closing]  # deleted: the reason is back
        case = svc.update_case(vault, case)
        _check(vault)
        assert [r.kind for r in risk.at_risk(vault, now=NOW)[0].reasons] == [kind], closing
    [moved] = [e for e in case.events if e.type == opening.type]
    moved.date = "2021-01-10"  # to before the case's other events, then of another type, then gone
    case = svc.update_case(vault, case)
    _check(vault)
    moved.type = "note"
    case = svc.update_case(vault, case)
    _check(vault)
    case.events = [e for e in case.events if e is not moved]
    case = svc.update_case(vault, case)
    _check(vault)
    assert risk.at_risk(vault, now=NOW) == []


def test_each_mark_keeps_the_latest_day_of_events_added_in_any_order(vault):
    kinds = ("transfer_date_set", "extradition_refused", "contact_lost", "located", "release", "deported")
    days = ("2022-03-01", "2022-03-20", "2022-03-10")  # later, then earlier than the latest
    case = svc.create_case(vault, _case("BY-1", [Event(k, d) for d in days for k in kinds]))
    assert _marks(vault.conn) == _marks_from_events(vault.conn)
    assert _marks(vault.conn)[case.id] == ("2022-03-20", "2022-03-20", "2022-03-20", "2022-03-20", "2022-03-20")
    for day in ("2022-03-25", "2022-03-05", "2022-03-25/2022-03-28", "../2022-03-02", "2022-04"):
        for kind in kinds:
            svc.add_event(vault, case.id, Event(kind, day))  # one INSERT each
            assert _marks(vault.conn) == _marks_from_events(vault.conn), (kind, day)
    assert _marks(vault.conn)[case.id] == ("2022-04-30", "2022-04-01", "2022-04-30", "2022-04-01", "2022-04-30")
    _check(vault)


def test_a_case_in_the_trash_closed_or_emptied_leaves_the_band_as_before(vault):
    case = svc.create_case(vault, _case("BY-1", [Event("transfer_date_set", "2022-04-06")]))
    svc.create_case(vault, _case("BY-2", [Event("contact_lost", "2022-04-01"), Event("contact", "2022-03-30")]))
    _check(vault)
    assert [c.reference for c in risk.at_risk(vault, now=NOW)] == ["BY-1", "BY-2"]
    svc.delete_case(vault, case.id)
    _check(vault)
    assert [c.reference for c in risk.at_risk(vault, now=NOW)] == ["BY-2"]
    svc.restore_case(vault, case.id)
    _check(vault)
    case = svc.get_case(vault, case.id)
    case.status = "closed"
    case = svc.update_case(vault, case)
    _check(vault)
    assert [c.reference for c in risk.at_risk(vault, now=NOW)] == ["BY-2"]
    svc.delete_case(vault, case.id)
    svc.empty_trash(vault)  # the events go by cascade: so does the case's row of marks
    _check(vault)
    assert case.id not in _marks(vault.conn) and len(_marks(vault.conn)) == 1


def test_an_unknown_place_of_detention_still_counts_without_any_marked_event(vault):
    svc.create_case(vault, _case("BY-1", [Event("arrest", "2022-03-01")],
                                 detention=[DetentionPlace(since="2022-04-02", unknown=True)]))
    _check(vault)
    assert [r.kind for r in risk.at_risk(vault, now=NOW)[0].reasons] == ["contact_lost"]


def test_contacts_are_read_only_for_cases_that_lost_contact(vault):
    """A contact or a locating closes only a lost contact: in other cases the band does not read them."""
    assert set(risk.LOST_ONLY) == {"contact", "located"}
    svc.create_case(vault, _case("BY-1", [Event("transfer_date_set", "2022-04-06"), Event("contact", "2022-04-01")]))
    svc.create_case(vault, _case("BY-2", [Event("contact_lost", "2022-04-01"), Event("contact", "2022-03-30")]))
    cases = {c.reference: [e.type for e in c.events]
             for c in queries.risk_events(vault.conn, "2022-03-31", risk.RELEVANT, lost_only=risk.LOST_ONLY)}
    assert cases == {"BY-1": ["transfer_date_set"], "BY-2": ["contact", "contact_lost"]}


def test_a_type_the_risk_index_lacks_is_still_read_in_its_place(vault):
    """The types of the covering index events_risk (m0030) are read from it; a type the band
    may read one day and the index lacks comes from the events, in the same order."""
    svc.create_case(vault, _case("BY-1", [Event("transfer_date_set", "2022-04-06"), Event("note", "2022-04-02"),
                                          Event("hearing", "2022-04-06", time="09:00"), Event("arrest", "2022-04-06")]))
    [case] = queries.risk_events(vault.conn, "2022-03-31", (*risk.RELEVANT, "note"), lost_only=risk.LOST_ONLY)
    assert [e.type for e in case.events] == ["note", "transfer_date_set", "arrest"]


def test_a_violated_block_makes_a_candidate_whichever_way_its_step_is_read(vault):
    """A transfer date set while the appeal was pending (EXT-09), then a refusal that closes the
    transfer window: the case is a candidate for its violated block alone. The step is read from
    the covering index events_risk (m0030) when it holds every violating type, else from the
    events: both find it."""
    svc.create_case(vault, _case("BY-1", [
        Event("arrest", "2022-01-10"), Event("extradition_granted", "2022-02-01"),
        Event("appeal_filed", "2022-02-05"), Event("transfer_date_set", "2022-03-01"),
        Event("extradition_refused", "2022-03-02")]))
    for violating in (risk.VIOLATING, (*risk.VIOLATING, "note")):
        [case] = queries.risk_events(vault.conn, "2022-03-31", risk.RELEVANT, lost_only=risk.LOST_ONLY,
                                     violating=violating)
        assert [(rule, e.type) for rule, e in case.violations] == [("EXT-09", "transfer_date_set")]
    assert not queries.risk_events(vault.conn, "2022-03-31", risk.RELEVANT, lost_only=risk.LOST_ONLY)


# -- random edits ------------------------------------------------------------------------------------

TYPES = ("transfer_date_set", "expulsion_ordered", "decision_final", "extradition_granted", "appeal_filed",
         "complaint_filed", "interim_measures_granted", "extradited", "deported", "abducted", "left_country",
         "extradition_refused", "temporary_asylum_granted", "contact_lost", "contact", "located", "release",
         "released_from_prison", "rearrest", "arrest", "note", "hearing")
DATES = ("2022-03-30", "2022-04-02", "2022-04-04", "2022-04-05", "2022-04-06", "2022-04-09", "2022-04",
         "2022-04-03~", "../2022-04-04", "2022-04-04/..", "2022-04-01/2022-04-06", "2021")

_edit = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), st.sampled_from(TYPES), st.sampled_from(DATES),
              st.sampled_from((None, "06:00", "18:30"))),
    st.tuples(st.just("retype"), st.integers(0, 2), st.integers(0, 30), st.sampled_from(TYPES)),
    st.tuples(st.just("redate"), st.integers(0, 2), st.integers(0, 30), st.sampled_from(DATES)),
    st.tuples(st.just("drop"), st.integers(0, 2), st.integers(0, 30)),
    st.tuples(st.just("trash"), st.integers(0, 2)),
    st.tuples(st.just("close"), st.integers(0, 2)),
)


@settings(max_examples=25)
@given(edits=st.lists(_edit, min_size=1, max_size=12))
def test_random_edits_keep_the_marks_and_the_band_as_before(template_vault, vault_key, edits):
    folder = Path(tempfile.mkdtemp(prefix="abarona-marks-"))
    try:
        shutil.copyfile(template_vault, folder / "v.abarona")
        with open_vault(folder / "v.abarona", vault_key) as vault:
            ids = [svc.create_case(vault, _case(f"BY-{n}", [Event("arrest", "2022-01-10")])).id for n in range(3)]
            for edit in edits:
                case = svc.get_case_by_id(vault, ids[edit[1]])
                if edit[0] == "add":
                    case.events.append(Event(edit[2], edit[3], time=edit[4] if len(edit[3]) == 10 else None))
                elif edit[0] in ("retype", "redate", "drop") and case.events:
                    event = case.events[edit[2] % len(case.events)]
                    if edit[0] == "retype":
                        event.type = edit[3]
                    elif edit[0] == "redate":
                        event.date, event.time = edit[3], None
                    else:
                        case.events.remove(event)
                elif edit[0] == "trash":
                    (svc.restore_case if case.deleted_at else svc.delete_case)(vault, case.id)
                    _check(vault)
                    continue
                elif edit[0] == "close":
                    case.status = "open" if case.status == "closed" else "closed"
                svc.update_case(vault, case)
                _check(vault)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the migration -----------------------------------------------------------------------------------

def test_the_migration_lists_the_windows_of_the_band():
    (opening, closing), (lost, back) = risk.WINDOWS
    assert migration.MARKS == {"opened": (opening, "date_upper"), "closed": (closing, "date_lower"),
                               "lost": (lost, "date_upper"), "found": (back, "date_lower"),
                               "released": (risk.RELEASES, "date_upper")}


def test_a_release_1_vault_gets_its_marks_from_its_events(tmp_path):
    data = Path(__file__).resolve().parent.parent / "data" / "release1"
    shutil.copyfile(data / "vault.abarona", tmp_path / "vault.abarona")
    with open_vault(tmp_path / "vault.abarona", "стары сейф — Старый сейф 2025 ў") as vault:
        marks = _marks(vault.conn)
        assert marks and marks == _marks_from_events(vault.conn)
        for now in (NOW, datetime.now(timezone.utc)):
            assert risk._assess_vault(vault, now=now, lang="en", case_ids=None) == _old_band(vault, now)
