"""Duplicates without comparing every pair (issue 19, cause 5): birth dates first, each
spelling's candidates once, each pair once. The pairs must be exactly those of comparing
every candidate pair, as the search did before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from db import person_merge as merge_queries
from db import screening as screening_queries
from desktop.cases import interchange
from desktop.demo import synthetic
from desktop.names import matching
from desktop.screening import duplicates
from desktop.screening import service as screening


def _every_candidate_pair(vault, threshold=matching.DEFAULT_THRESHOLD):
    """The search as it was: every candidate of every spelling, compared in full."""
    clients = screening_queries.client_names(vault.conn)
    refs = merge_queries.case_references(vault.conn)
    index = screening.client_index(vault)
    by_id = {c.person_id: c for c in clients}
    pairs, seen = [], set()
    for client in clients:
        me = matching.Person(client.person_id, client.names, client.birth_date, client.display_name)
        for other_id in set().union(*(index.close_candidates(s) for s in client.names)):
            key = tuple(sorted((other_id, client.person_id)))
            if other_id == client.person_id or key in seen or other_id not in by_id:
                continue
            seen.add(key)
            other = by_id[other_id]
            match, sa, sb = matching.best_between(
                me, matching.Person(other.person_id, other.names, other.birth_date, other.display_name))
            if match.score >= threshold:
                first, second, s1, s2 = (client, other, sa, sb) if client.person_id == key[0] else (other, client, sb, sa)
                pairs.append(duplicates.DuplicatePair(duplicates._summary(first, refs), duplicates._summary(second, refs),
                                                      match.score, match.reasons, s1, s2))
    pairs.sort(key=lambda p: (-p.score, p.a.display_name, p.b.display_name, p.a.id, p.b.id))
    return pairs


def test_the_pairs_are_those_of_comparing_every_candidate_pair(vault):
    document = synthetic.generate_document(cases=600, events_per_case=0, seed=5)
    interchange.import_cases(vault, interchange.read_cases(document))
    found = duplicates.find_duplicates(vault)
    assert len(found) > 20  # the synthetic clients include namesakes and the same person twice
    assert found == _every_candidate_pair(vault)
    for threshold in (0.6, 0.95):
        assert duplicates.find_duplicates(vault, threshold=threshold) == _every_candidate_pair(vault, threshold)


def test_progress_counts_the_clients_and_cancel_stops_it(vault):
    from desktop.progress import Cancelled

    document = synthetic.generate_document(cases=120, events_per_case=0, seed=2)
    interchange.import_cases(vault, interchange.read_cases(document))
    clients = len(screening_queries.client_names(vault.conn))
    heard = []
    duplicates.find_duplicates(vault, progress=lambda done, total: heard.append((done, total)))
    assert heard[-1] == (clients, clients) and len(heard) > 10
    assert [d for d, _ in heard] == sorted(d for d, _ in heard)

    def cancel(done, total):
        if done:
            raise Cancelled()

    try:
        duplicates.find_duplicates(vault, progress=cancel)
    except Cancelled:
        pass
    else:
        raise AssertionError("the search went on after Cancel")


births = st.one_of(st.none(), st.sampled_from([
    "1988", "1988-05", "1988-05-12", "1988-12-05", "1989", "1987-05-12", "1988-05-13", "1988~", "1988-05?",
    "1960", "198X", "1988-21", "not a date"]))
spellings = st.sampled_from([
    "Аляксей Кудзін", "Алексей Кудин", "Aliaksei Kudzin", "Alexei Kudin", "Кудина Алена", "Дзмітрый Кудзін",
    "Иван Иванов", "Іван Іваноў", "Ivan Ivanov", "Иванова Ивана", "Кудин Алексей Николаевич", "K. A.", "Кудзiн"])


@settings(max_examples=300, deadline=None)
@given(a=spellings, b=spellings, birth_a=births, birth_b=births)
def test_disagreeing_birth_dates_cap_every_score(a, b, birth_a, birth_b):
    """The cap the search skips pairs by is never beaten by any pair of names."""
    score = matching.compare(a, b, birth_a=birth_a, birth_b=birth_b).score
    assert score <= matching.best_possible(birth_a, birth_b)
