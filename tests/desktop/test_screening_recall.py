"""Screening a wanted list, and the intake check, flag every client a careful lawyer expects:
every (entry, client) pair that comparing the entry with every client in full scores at the
threshold or more (0.75 and up, DEFAULT_THRESHOLD among them), with the same score, reasons
and spelling (matching.NameIndex.search over close_candidates). Before it, screening asked
one word equal and another within a typo, so a client written with an initial
(Kovalenko A. / Aleksei Kovalenko) or with a typo in a short given name
(АГННА KAVALENKA / HANNA KAVALENKA) was never flagged: for a client on a wanted list, the
worst miss."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from db.screening import WantedEntry
from desktop.cases import interchange
from desktop.cases import service as case_service
from desktop.names import matching
from desktop.screening import screen
from desktop.screening import service as screening
from tests.desktop.test_duplicates_equivalence import BIRTHS, GIVEN, SURNAMES, _index, population, spelling
from tests.helpers import document

#: birth dates as an entry holds them (EDTF read from the list, or none)
ENTRY_BIRTHS = tuple(b for b in BIRTHS if b is None or matching.parse_birth(b) is not None)


@st.composite
def wanted_entries(draw, clients) -> list[WantedEntry]:
    """A few entries: people of the clients' identities or their namesakes, written as the
    clients are (spelling()), some the very spelling of a client."""
    entries = []
    for k in range(draw(st.integers(1, 6))):
        if clients and draw(st.integers(0, 3)) == 0:
            client = draw(st.sampled_from(clients))
            name = draw(st.sampled_from(client.names))
        else:
            name = draw(spelling((draw(st.integers(0, len(GIVEN) - 1)), draw(st.integers(0, len(SURNAMES) - 1)))))
        entries.append(WantedEntry(name, birth_date=draw(st.sampled_from(ENTRY_BIRTHS)), position=k))
    return entries


def every_client_compared(clients, entries, threshold) -> list[tuple[int, str, float, tuple, str]]:
    """The reference: every entry compared in full with every client (NameIndex.score:
    compare() on each spelling, the first best kept), nothing skipped; as (entry position,
    person id, score, reasons, spelling), best first within an entry as search orders them."""
    found = []
    for entry in entries:
        hits = []
        for c in clients:
            person = matching.Person(c.person_id, c.names, c.birth_date, c.display_name)
            hit = matching.NameIndex.score(entry.name, person, birth_date=entry.birth_date)
            if hit.match.score >= threshold:
                hits.append(hit)
        hits.sort(key=lambda h: (-h.match.score, h.person.display_name, h.person.id))
        found += [(entry.position, h.person.id, h.match.score, h.match.reasons, h.spelling) for h in hits]
    return found


@settings(max_examples=300, deadline=None)
@given(data=st.data(), clients=population(),
       threshold=st.sampled_from([matching.DEFAULT_THRESHOLD, matching.DEFAULT_THRESHOLD, 0.75, 0.8, 0.9, 0.97]),
       cold=st.booleans())
def test_every_client_scoring_the_threshold_is_flagged(data, clients, threshold, cold):
    # the same client written down twice is one person of the vault's index
    clients = list({c.person_id: c for c in clients}.values())
    entries = data.draw(wanted_entries(clients))
    if cold:
        matching.clear_caches()
    found = screen.entry_hits(_index(clients), entries, threshold=threshold)
    assert [(e.position, h.person.id, h.match.score, h.match.reasons, h.spelling) for e, h in found] == \
        every_client_compared(clients, entries, threshold)


def _csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    return out.getvalue()


#: (the client, as the lawyer wrote the name, and birth date; the entry, as the list writes
#: them; a reason code the match must give)
MISSED_BEFORE = [
    (("Kovalenko A.", "1988-05-12"), ("Aleksei Kovalenko", "12.05.1988"), "initial"),
    (("АГННА KAVALENKA", None), ("HANNA KAVALENKA", ""), "typo"),
]


def test_an_initial_and_a_typo_in_a_short_given_name_are_flagged_on_a_vault(vault, tmp_path):
    """The clients screening never flagged, in a real vault, against a list written to disk,
    with a namesake of each (another given name, born elsewhen) that stays unflagged."""
    cases = [{"reference": f"M-{k}", "kind": "extradition",
              "person": {"name": name, **({"birth_date": birth} if birth else {})}}
             for k, ((name, birth), _, _) in enumerate(MISSED_BEFORE)]
    cases.append({"reference": "N-1", "kind": "other", "person": {"name": "Pavel Kovalenko", "birth_date": "1970-01-02"}})
    cases.append({"reference": "N-2", "kind": "other", "person": {"name": "Ihar Kavalenka", "birth_date": "1961"}})
    interchange.import_cases(vault, interchange.read_cases(document(*cases)))
    case_of = {row.reference: row.id for row in case_service.list_cases(vault)}
    screening.forget_index()
    path = tmp_path / "wanted.csv"
    path.write_text(_csv([["ФИО", "Дата рождения", "Статья"],
                          *[[name, birth, "361-1"] for _, (name, birth), _ in MISSED_BEFORE]]), encoding="utf-8")
    table = screening.read_table(path)
    result = screening.import_list(vault, table, screening.guess_mapping(table.headers), source="MVD RF",
                                   published="2025-03")
    assert result.entries == 2 and result.matches == 2 and result.open_matches == 2
    items = screening.review(vault)
    assert sorted((i.row.entry_name, i.row.person_name) for i in items) == sorted(
        (entry, client) for (client, _), (entry, _), _ in MISSED_BEFORE)
    for k, ((client, birth), (entry, entry_birth), code) in enumerate(MISSED_BEFORE):
        item = next(i for i in items if i.row.person_name == client)
        assert item.row.case_ids == (case_of[f"M-{k}"],)
        assert code in {r.code for r in item.reasons}
        # the score stored is the score of comparing the two in full
        expected = matching.compare(entry, client, birth_a=matching.parse_birth(entry_birth) if entry_birth else None,
                                    birth_b=birth)
        assert item.row.score == expected.score >= matching.DEFAULT_THRESHOLD
        # and the intake check of the entry's name finds the client, and not the namesake
        hits = screening.check_name(vault, entry, birth_date=entry_birth or None)
        assert [h.display_name for h in hits] == [client]
        assert hits[0].score == expected.score and code in {r.code for r in hits[0].reasons}
    assert screening.matches_for_case(vault, case_of["N-1"]) == []
    assert screening.matches_for_case(vault, case_of["N-2"]) == []
