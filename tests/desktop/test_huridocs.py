"""The HURIDOCS Events Standard Formats export: valid against the format's structure (JSON
Schema), every reference resolves, every event type is mapped to a record and every term is a
term of its micro-thesaurus; persons named only as their publicity allows."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from db.records import Case, CaseGroup, CaseParty, Event, Notification, Person, PersonName
from desktop.cases import huridocs
from desktop.cases import service as svc
from desktop.cases.vocab import vocabulary

SCHEMA = json.loads(resources.files("resources").joinpath("huridocs_esf.schema.json").read_text(encoding="utf-8"))


def _validate(document: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(document)
    records = document["records"]
    numbers = {kind: {r[f"{kind}_record_number"] for r in rows} for kind, rows in records.items()}
    for kind, rows in records.items():
        assert len(numbers[kind]) == len(rows), f"{kind} record numbers repeat"
    links = {"victim": "person", "event": "event", "act": "act", "perpetrator": "person",
             "intervening_party": "person", "source": "person"}
    for kind, rows in records.items():
        for row in rows:
            for field, target in links.items():
                if field in row and field != f"{kind}_record_number":
                    assert row[field] in numbers[target], (kind, field, row[field])
    lists = {name: code for name, code in document["thesauri"]["lists"].items()}
    mapping = huridocs.mapping()
    for field, name in (("type_of_act", "types_of_acts"), ("degree_of_involvement", "degrees_of_involvement"),
                        ("type_of_intervention", "types_of_intervention"), ("response", "responses")):
        for kind, rows in records.items():
            for row in rows:
                if field in row:
                    term = mapping.terms[row[field]["code"]]
                    assert term["list"] == name and row[field]["code"][-2:] == lists[name]
    persons = {p["person_record_number"]: p for p in records["person"]}
    for act in records["act"]:
        assert "victim" in persons[act["victim"]]["roles"]
    for inv in records["involvement"]:
        assert "perpetrator" in persons[inv["perpetrator"]]["roles"]
    for item in records["intervention"]:
        assert "intervening_party" in persons[item["intervening_party"]]["roles"]
    for info in records["information"]:
        assert "source" in persons[info["source"]]["roles"]


def test_every_event_type_is_mapped_to_a_record_with_terms_of_the_right_lists():
    mapping = huridocs.mapping()
    assert set(mapping.events) == set(vocabulary().event_types)
    expected_list = {"act": "types_of_acts", "intervention": "types_of_intervention", "response": "responses"}
    for event_type, rule in mapping.events.items():
        assert rule["record"] in ("act", "intervention", "response", "chronology"), event_type
        if rule["record"] in expected_list:
            assert mapping.terms[rule["term"]]["list"] == expected_list[rule["record"]], event_type
        if rule["record"] == "act":
            assert mapping.terms[rule["degree"]]["list"] == "degrees_of_involvement" and rule["perpetrator"]
        if rule["record"] == "response":
            assert mapping.terms[rule["fallback"]]["list"] == "types_of_intervention"
            assert all(mapping.events[t]["record"] == "intervention" for t in rule["to"])
    for term in mapping.terms.values():  # parents are shipped with their children
        assert not term["parent"] or term["parent"] in mapping.terms
        assert term["en"] and term["ru"] and len(term["code"]) == 14
    assert mapping.source["repository"] == "https://github.com/huridocs/OpenEvSys"


def _case(reference: str, publicity: str, events: list[Event], **fields) -> Case:
    return Case(reference=reference, kind=fields.pop("kind", "extradition"), person=Person(
        "Aleksei Kudin", names=[PersonName("Алексей Кудин", "ru")], birth_date="1988-05~", citizenship=["BY"],
        publicity=publicity), events=events, **fields)


def test_the_export_validates_and_names_persons_as_they_consented(vault, tmp_path):
    every_type = [Event(t, "2021-03-01") for t in vocabulary().event_types]
    svc.create_case(vault, _case("H-1", "public", [
        Event("arrest", "2021-01-21", place="Moscow Oblast"),
        Event("interim_measures_requested", "2021-07-20", body="ECtHR"),
        Event("interim_measures_granted", "2021-07-21", time="09:30", body="ECtHR"),
        Event("extradited", "2021-07-21", time="19:00", time_approx=True),
        Event("sentenced", "2021-08-11")], status="closed", outcome="extradited",
        groups=[CaseGroup(name="Molodechno, 10 August 2020")], learned_date="2021-01-25",
        parties=[CaseParty(name="Мать Кудина", role="relative", contact="+7 900 000-00-00", consent="yes",
                           notifications=[Notification("2021-07-21", text="told at the gate")])]))
    svc.create_case(vault, Case(reference="H-2", kind="abduction", person=Person("Dmitry Secretov", publicity="initials"),
                                events=[Event("abducted", "2023-03-09"), Event("contact_lost", "2023-03-09")]))
    svc.create_case(vault, Case(reference="H-3", kind="other", person=Person("Hidden Person", publicity="withheld"),
                                events=every_type))
    out = tmp_path / "esf.json"
    assert huridocs.export_file(vault, out, organisation="MHG / CAC") == 3
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    _validate(document)
    assert (out.stat().st_mode & 0o777) == 0o600
    for secret in ("Мать Кудина", "+7 900", "told at the gate", "Dmitry Secretov", "Hidden Person"):
        assert secret not in text
    records = document["records"]
    names = {p["person_name"]: p for p in records["person"]}
    assert names["Aleksei Kudin"]["other_names"] == ["Алексей Кудин"] and names["D.S."]["roles"] == ["victim"]
    assert names["Person 1"]["confidentiality"] is True and "date_of_birth" not in names["Person 1"]
    assert sorted(names["MHG / CAC"]["roles"]) == ["intervening_party", "source"]
    kudin = records["event"][0]
    assert kudin["record_grouping"] == ["Molodechno, 10 August 2020"] and kudin["initial_date"] == "2021-01-21"
    assert "2021-07-21 about 19:00: Extradited" in kudin["event_description"]
    request = next(i for i in records["intervention"] if i.get("parties_requested") == "ECtHR")
    assert request["type_of_intervention"]["en"] == "Request to others for assistance"
    assert request["response"]["en"] == "Responded to request, with favourable results"
    acts = [a["type_of_act"]["en"] for a in records["act"] if a["event"] == kudin["event_record_number"]]
    assert acts == ["Arrest", "Expulsion; deportation"]
    abduction = [a for a in records["act"] if a["type_of_act"]["en"] == "Abduction; kidnapping"][0]
    involvement = next(i for i in records["involvement"] if i["act"] == abduction["act_record_number"])
    assert involvement["degree_of_involvement"]["en"] == "Suspected of involvement in the act"
    assert abduction["type_of_act"]["ru"] == "Похищение, киднэппинг"


def test_cli_writes_the_export_only_with_yes(run, vault_path, tmp_path):
    from tests.helpers import case_dict, document

    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(case_dict("BY-2021-003"))), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    target = tmp_path / "esf.json"
    code, _, err = run("--vault", vault_path, "huridocs", target)
    assert code == 2 and "UNENCRYPTED" in err and not target.exists()
    code, out, _ = run("--vault", vault_path, "huridocs", target, "BY-2021-003", "--yes")
    assert code == 0 and "Wrote 1 events" in out
    _validate(json.loads(target.read_text(encoding="utf-8")))
    code, _, err = run("--vault", vault_path, "huridocs", target, "--yes")
    assert code == 2 and "already exists" in err
