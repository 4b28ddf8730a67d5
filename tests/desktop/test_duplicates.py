"""Duplicate clients: proposed pairs, and a merge that keeps every name, case and event."""

from __future__ import annotations

import json

import pytest

from db import audit as audit_queries
from desktop.cases import service as case_service
from desktop.screening import duplicates
from desktop.cases import interchange
from desktop.screening import service as screening
from tests.helpers import document


def _import(vault, *cases):
    interchange.import_cases(vault, interchange.read_cases(document(*cases)))
    return {row.reference: row.id for row in case_service.list_cases(vault)}


CASES = (
    {"reference": "A-1", "kind": "extradition", "person": {
        "name": "Аляксей Кудзін", "names": [{"value": "Aliaksei Kudzin", "lang": "en"}],
        "birth_date": "1988-05", "hometown": "Minsk", "publicity": "public"},
     "events": [{"type": "arrest", "date": "2021-01-21"}]},
    {"reference": "A-2", "kind": "expulsion", "person": {
        "name": "Алексей Кудин", "birth_date": "1988-05-12", "hometown": "Maladzechna",
        "citizenship": ["BY", "RU"], "publicity": "withheld"},
     "events": [{"type": "entry_ban", "date": "2022-03-01"}, {"type": "left_country", "date": "2022-03-05"}]},
    {"reference": "A-3", "kind": "extradition", "person": {"name": "Dzmitry Kudzin", "birth_date": "1990"}},
    {"reference": "A-4", "kind": "other", "person": {"name": "Alexei Kudin", "birth_date": "1961"}},
)


def test_proposes_the_same_person_not_relatives_or_namesakes(vault):
    _import(vault, *CASES)
    pairs = duplicates.find_duplicates(vault)
    assert [(p.a.display_name, p.b.display_name) for p in pairs] in (
        [("Аляксей Кудзін", "Алексей Кудин")], [("Алексей Кудин", "Аляксей Кудзін")])
    pair = pairs[0]
    assert {pair.a.case_references, pair.b.case_references} == {("A-1",), ("A-2",)}
    assert "Russian/Belarusian variants" in pair.explanation()
    assert "birth" in pair.explanation()


def test_merge_keeps_every_name_case_and_event(vault):
    refs = _import(vault, *CASES)
    pair = duplicates.find_duplicates(vault)[0]
    keep = pair.a if pair.a.case_references == ("A-1",) else pair.b
    other = pair.b if keep is pair.a else pair.a
    result = duplicates.merge_persons(vault, keep_id=keep.id, merge_id=other.id)
    assert result.cases_moved == [refs["A-2"]] and result.names_added == ["Алексей Кудин"]
    a1, a2 = case_service.get_case(vault, "A-1"), case_service.get_case(vault, "A-2")
    assert a1.person.id == a2.person.id == keep.id
    person = a1.person
    assert [n.value for n in person.names] == ["Aliaksei Kudzin", "Алексей Кудин"]
    assert person.birth_date == "1988-05-12"  # the precise date refines the month
    assert person.hometown == "Minsk" and "Maladzechna" in person.notes
    assert person.citizenship == ["BY", "RU"] and person.publicity == "withheld"
    assert [e.type for e in a2.events] == ["entry_ban", "left_country"]
    assert {refs["A-1"], refs["A-2"]} <= set(case_service.search(vault, "Aliaksei Kudzin"))
    for case_id in (refs["A-1"], refs["A-2"]):
        entry = audit_queries.history(vault.conn, case_id)[-1]
        assert entry.action == "merge" and json.loads(entry.changes)["merged_id"] == other.id
    assert duplicates.find_duplicates(vault) == []


def test_merge_refuses_itself_and_unknown_persons(vault):
    _import(vault, *CASES)
    pair = duplicates.find_duplicates(vault)[0]
    with pytest.raises(duplicates.MergeRefused):
        duplicates.merge_persons(vault, keep_id=pair.a.id, merge_id=pair.a.id)
    with pytest.raises(duplicates.MergeRefused):
        duplicates.merge_persons(vault, keep_id=pair.a.id, merge_id="no-such-person")
    assert len(duplicates.find_duplicates(vault)) == 1  # nothing changed


def test_merge_carries_screening_decisions_safely(vault, tmp_path):
    _import(vault, *CASES)
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения\nКУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ;12.05.1988\n", encoding="utf-8")
    table = screening.read_table(path)
    screening.import_list(vault, table, screening.guess_mapping(table.headers), source="MVD RF")
    items = {i.row.person_name: i for i in screening.review(vault)}
    assert set(items) == {"Аляксей Кудзін", "Алексей Кудин"}
    screening.decide(vault, items["Алексей Кудин"].id, "dismissed")
    keep, other = items["Аляксей Кудзін"].row.person_id, items["Алексей Кудин"].row.person_id
    duplicates.merge_persons(vault, keep_id=keep, merge_id=other)
    # The kept record's own match was never looked at: the other record's dismissal must
    # not close it unseen.
    after = screening.review(vault)
    assert [(i.row.person_id, i.status) for i in after] == [(keep, "open")]
