"""Issue 15's fields in the interchange format: optional, checked, and lossless in a round
trip (export, then import into an empty vault, gives the same cases) - Hypothesis."""

from __future__ import annotations

import copy
import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.vault import open_vault
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.cases.interchange import ImportRejected
from desktop.cases.vocab import vocabulary
from tests.conftest import PASSPHRASE
from tests.desktop.test_interchange import _cases, _dates, _normalise, _text
from tests.helpers import case_dict, document

_vocab = vocabulary()
_times = st.times().map(lambda t: f"{t:%H:%M}")


def _maybe(draw, target: dict, key: str, strategy) -> None:
    if draw(st.booleans()):
        target[key] = draw(strategy)


@st.composite
def _party(draw) -> dict:
    party = {"name": draw(_text), "role": draw(st.sampled_from(list(_vocab.party_roles)))}
    _maybe(draw, party, "kind", st.sampled_from(["person", "organisation", "court", "authority"]))
    for key in ("contact", "note", "contact_how"):
        _maybe(draw, party, key, _text)
    _maybe(draw, party, "safe_to_contact", st.booleans())
    if draw(st.booleans()):
        consent = {"value": draw(st.sampled_from(list(_vocab.consent)))}
        _maybe(draw, consent, "date", _dates)
        party["consent"] = consent
    party["notifications"] = draw(st.lists(st.fixed_dictionaries(
        {"date": _dates}, optional={"time": _times, "text": _text}), max_size=3))
    return party


@st.composite
def _detention(draw) -> dict:
    entry = {"since": draw(_dates)}
    if draw(st.booleans()):
        entry["unknown"] = True
        _maybe(draw, entry, "place", _text)
    else:
        entry["place"] = draw(_text)
    _maybe(draw, entry, "time", _times)
    _maybe(draw, entry, "note", _text)
    if draw(st.booleans()):
        entry["until"] = "2100-12-31"  # never before any since the strategy draws
    return entry


@st.composite
def _story_cases(draw, references: list[str]) -> list[dict]:
    pool = [{"id": str(draw(st.uuids())), "name": draw(_text),
             "kind": draw(st.sampled_from(list(_vocab.group_kinds)))} for _ in range(draw(st.integers(0, 2)))]
    for group in pool:
        _maybe(draw, group, "note", _text)
    cases = []
    for reference in references:
        case = draw(_cases(reference))
        for event in case["events"]:
            if "time" in event and draw(st.booleans()):
                event["time_approx"] = True
        if draw(st.booleans()):
            learned = {}
            _maybe(draw, learned, "date", _dates)
            _maybe(draw, learned, "how", _text)
            case["learned"] = learned
        if pool:
            case["groups"] = draw(st.lists(st.sampled_from(pool), unique_by=lambda g: g["id"], max_size=len(pool)))
        case["parties"] = draw(st.lists(_party(), max_size=3))
        case["detention"] = draw(st.lists(_detention(), max_size=3))
        cases.append(case)
    return cases


def _normalise_story(case: dict) -> dict:
    case = _normalise(case)
    for key in ("groups", "parties", "detention"):
        if not case.get(key):
            case.pop(key, None)
    if case.get("learned") == {}:
        case.pop("learned")
    for group in case.get("groups", []):
        group.setdefault("kind", "incident")
    case["groups"] = sorted(case.get("groups", []), key=lambda g: (g["name"].casefold(), g["id"]))
    if not case["groups"]:
        case.pop("groups")
    for party in case.get("parties", []):
        party.setdefault("kind", "person")
        if not party.get("notifications"):
            party.pop("notifications", None)
    return case


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=3, unique=True).flatmap(
    lambda ns: _story_cases([f"REF-{n}" for n in ns])))
def test_round_trip_of_every_new_field_is_lossless(template_vault, tmp_path_factory, cases):
    path = tmp_path_factory.mktemp("rt") / "v.abarona"
    shutil.copyfile(template_vault, path)
    with open_vault(path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(*copy.deepcopy(cases))))
        exported = interchange.export_document(vault)
    by_ref = {c["reference"]: c for c in exported["cases"]}
    for original in cases:
        assert _normalise_story(by_ref[original["reference"]]) == _normalise_story(original)
    path2 = path.with_name("v2.abarona")
    shutil.copyfile(template_vault, path2)
    with open_vault(path2, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(json.loads(json.dumps(exported))))
        assert interchange.export_document(vault) == exported


def test_groups_without_ids_are_matched_by_name_in_the_file_and_the_vault(vault):
    group = {"name": "Feduta and Zyankovich, joint KGB-FSB operation", "kind": "operation"}
    interchange.import_cases(vault, interchange.read_cases(document(
        case_dict("A-1", groups=[group]), case_dict("A-2", groups=[group]))))
    interchange.import_cases(vault, interchange.read_cases(document(case_dict("A-3", groups=[group, group]))))
    ids = {svc.get_case(vault, r).groups[0].id for r in ("A-1", "A-2", "A-3")}
    assert len(ids) == 1 and len(svc.get_case(vault, "A-3").groups) == 1


def test_new_fields_are_checked_with_their_paths():
    bad = case_dict(
        "BAD-1", learned={"date": "19.12.2021", "by": "phone"},
        groups=[{"name": "x", "kind": "street"}],
        parties=[{"name": "Mother", "role": "relative", "consent": {"value": "maybe"}, "safe_to_contact": "yes",
                  "notifications": [{"date": "2021-12-28", "time": "25:00"}]}],
        detention=[{"since": "2021-07", "unknown": "yes"}, {"since": "2021-07"}],
        events=[{"type": "extradited", "date": "2021-12-31", "time_approx": True}],
    )
    with pytest.raises(ImportRejected) as info:
        interchange.read_cases(document(bad))
    messages = {p.path: p.message for p in info.value.problems}
    assert "is not a date: write a day as 2021-12-31" in messages["learned.date"]
    assert messages["learned.by"].startswith("is not a field of the format (allowed: date, how)")
    assert "groups[0].kind" in messages
    assert messages["parties[0].consent"] == '"maybe" is not one of: yes, no, unknown'
    assert messages["parties[0].safe_to_contact"] == "must be true or false"
    assert "HH:MM" in messages["parties[0].notifications[0].time"]
    assert messages["detention[0].unknown"] == "must be true or false"
    assert messages["detention[1].place"] == "is required unless the whereabouts are unknown"
    assert messages["events[0].time_approx"] == "says the time is approximate, but there is no time"
