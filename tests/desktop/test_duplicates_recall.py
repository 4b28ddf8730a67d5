"""Finding duplicate clients proposes every pair a careful user expects: every pair of
clients that comparing each client with every other in full scores at the threshold or
more (0.75 and up, DEFAULT_THRESHOLD among them), with the same score, reasons and spellings
(matching.NameIndex.close_candidates). Before it, about one pair in a hundred scoring 0.85
or more was never met: an initial against a given name, a typo in a given name of three
letters' key, a typo in both words, two typos in one long surname."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db import person_merge as merge_queries
from desktop.cases import interchange
from desktop.names import matching
from desktop.screening import duplicates
from desktop.screening import service as screening
from tests.desktop.test_duplicates_equivalence import _index, every_candidate_pair, population
from tests.helpers import document


class _Everyone:
    """The reference's candidates: every client is a candidate of every spelling."""

    def __init__(self, clients) -> None:
        self.ids = {c.person_id for c in clients}

    def candidates(self, spelling: str) -> set[str]:
        return self.ids

    close_candidates = candidates


def every_pair(clients, refs, threshold=matching.DEFAULT_THRESHOLD) -> list:
    """Every pair of clients compared in full (matching.best_between), in the order
    find_duplicates gives."""
    return every_candidate_pair(clients, _Everyone(clients), refs, threshold)


@settings(max_examples=300, deadline=None)
@given(clients=population(), threshold=st.sampled_from([matching.DEFAULT_THRESHOLD, matching.DEFAULT_THRESHOLD,
                                                        0.75, 0.9, 0.97]),
       cold=st.booleans())
def test_every_pair_scoring_the_threshold_is_proposed(clients, threshold, cold):
    if cold:
        matching.clear_caches()
    refs = {c.person_id: [(f"case-{c.person_id}", f"R-{c.person_id}")] for c in clients[1::2]}
    found = duplicates.duplicate_pairs(clients, _index(clients), refs, threshold=threshold)
    assert found == every_pair(clients, refs, threshold)


def _person(name: str, birth: str | None, *others: str) -> dict:
    person = {"name": name, "names": [{"value": v, "lang": "en"} for v in others]}
    if birth:
        person["birth_date"] = birth
    return person


#: (one client, the other, their birth dates, the score, a reason code the pair must give)
MISSED_BEFORE = [
    ("Kovalenko A.", "Aleksei Kovalenko", ("1988-05-12", "1988-05-12"), 0.9346, "initial"),
    ("АГННА KAVALENKA", "HANNA KAVALENKA", (None, None), 0.9192, "typo"),
    ("Ola Vasilenko", "Vasilenko О. Николаевич", ("1988-05", "1988-05-12"), 0.9019, "initial"),
]


def test_an_initial_and_a_typo_in_a_short_given_name_are_proposed_on_a_vault(vault):
    """The pairs a previous search never proposed, imported into a real vault with a
    namesake of each (another given name, born elsewhen) that stays unproposed."""
    cases = []
    for k, (a, b, (birth_a, birth_b), _, _) in enumerate(MISSED_BEFORE):
        cases.append({"reference": f"M-{k}-a", "kind": "extradition", "person": _person(a, birth_a)})
        cases.append({"reference": f"M-{k}-b", "kind": "expulsion", "person": _person(b, birth_b)})
    cases.append({"reference": "N-1", "kind": "other", "person": _person("Pavel Kovalenko", "1970-01-02")})
    cases.append({"reference": "N-2", "kind": "other", "person": _person("Vasilenko Igor", "1960")})
    interchange.import_cases(vault, interchange.read_cases(document(*cases)))
    screening.forget_index()
    found = duplicates.find_duplicates(vault)
    by_names = {frozenset((p.a.display_name, p.b.display_name)): p for p in found}
    for a, b, _, score, code in MISSED_BEFORE:
        pair = by_names.get(frozenset((a, b)))
        assert pair is not None, (a, b)
        assert pair.score == score and code in {r.code for r in pair.reasons}
        assert {pair.spelling_a, pair.spelling_b} == {a, b}
        assert sorted(pair.a.case_references + pair.b.case_references)[0].startswith("M-")
    assert not any("Pavel Kovalenko" in key or "Vasilenko Igor" in key for key in by_names)
    # and exactly the pairs of comparing every client with every other in full
    index, clients = screening.client_index_and_clients(vault)
    assert found == every_pair(clients, merge_queries.case_references(vault.conn))
    assert len(found) == 3
