"""The fast paths of screening and duplicates (issue 19, item 5) give exactly what the simple
comparison gives: every candidate scored on every spelling with compare(), birth dates
read for every pair, each match read and made a review item at once."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from db import screening as screening_queries
from desktop.cases import interchange
from db import person_merge as merge_queries
from desktop import collector
from desktop.demo import synthetic
from desktop.names import matching
from desktop.names.matching import NameIndex, Person
from desktop.screening import service as screening
from desktop.screening.listfiles import Mapping, Table

# Spellings that meet and miss in every way the matcher knows: scripts, Belarusian and
# Russian forms, passports, French and Łacinka spellings, typos, initials, patronymics,
# double surnames, women's forms, word order, invisible characters.
WORDS = ["Аляксей", "Алексей", "Aliaksei", "Alexei", "Кудзін", "Кудин", "Kudzin", "Kudin", "Кудина", "Кудзіна",
         "Дзмітрый", "Дмитрий", "Dzmitry", "Иван", "Іван", "Ivan", "Иванов", "Іваноў", "Ivanou", "Ivanova",
         "Николаевич", "Мікалаевіч", "Шевчук", "Chevtchouk", "Ščerbač", "Scerbac", "Щербач", "Кудинн",
         "Иванова-Петрова", "Петрова", "K.", "A.", "Ткачук", "Tkachuk", "Ткачюк", "Ольга", "Вольга", "Olga",
         "Кастусь", "Kastus", "Кудн", "Ку\u00adдин", "КУДИН", "ИВАНОВ"]
BIRTHS = [None, "1988", "1988-05", "1988-05-12", "1988-12-05", "1989", "1987-05-12", "1988-05-13", "1988~",
          "1988-05?", "1960", "1989-06-01", "1987-04-30", "198X", "not a date", "1988-21", "1990/1992"]

names = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
births = st.sampled_from(BIRTHS)
persons = st.lists(st.tuples(st.lists(names, min_size=1, max_size=3), births), min_size=1, max_size=12)
thresholds = st.sampled_from([matching.DEFAULT_THRESHOLD, 0.5, 0.62, 0.9, 0.97])


def _reference_search(index: NameIndex, name: str, birth: str | None, threshold: float) -> list:
    """Every candidate scored on every spelling, nothing skipped (the search as it was)."""
    hits = [NameIndex.score(name, index.persons[pid], birth_date=birth)
            for pid in index.search_candidates(name, threshold)]
    hits = [h for h in hits if h.match.score >= threshold]
    hits.sort(key=lambda h: (-h.match.score, h.person.display_name, h.person.id))
    return hits


@settings(max_examples=150, deadline=None)
@given(people=persons, name=names, birth=births, threshold=thresholds)
def test_the_search_finds_what_scoring_every_candidate_finds(people, name, birth, threshold):
    index = NameIndex.build(Person(f"p{i}", tuple(spellings), born, spellings[0])
                            for i, (spellings, born) in enumerate(people))
    assert index.search(name, birth_date=birth, threshold=threshold) == \
        _reference_search(index, name, birth, threshold)


@settings(max_examples=200, deadline=None)
@given(a=st.lists(names, min_size=1, max_size=3), b=st.lists(names, min_size=1, max_size=3),
       birth_a=births, birth_b=births, floor=st.sampled_from([0.0, 0.5, matching.DEFAULT_THRESHOLD, 0.95]))
def test_the_best_pair_of_spellings_is_that_of_comparing_every_pair(a, b, birth_a, birth_b, floor):
    evidence = matching.birth_evidence(birth_a, birth_b)
    ceiling = matching.best_possible(birth_a, birth_b, evidence)
    found = matching.best_of(a, b, evidence, ceiling, floor)
    every = matching.best_between(Person("a", tuple(a), birth_a), Person("b", tuple(b), birth_b))
    if every[0].score >= floor:
        assert found == every
    else:
        assert found[0].score < floor


def _ceiling_holds(a: str, b: str) -> None:
    score = matching.compare(a, b).score
    assert score <= round(min(matching.name_ceiling(a, b) * (1 + 1e-9), 1.0), 4), (a, b, score)


@settings(max_examples=400, deadline=None)
@given(a=names, b=names)
def test_no_two_names_score_above_their_ceiling(a, b):
    _ceiling_holds(a, b)


def test_the_ceiling_holds_on_the_labelled_pairs_and_the_synthetic_names():
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "data"
    for path in (data / "name_pairs.tsv", data / "name_pairs_holdout.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                _label, a, b, *_ = line.split("\t")
                _ceiling_holds(a, b)
    document = synthetic.generate_document(cases=150, events_per_case=0, seed=4)
    spellings = [n for c in document["cases"] for n in [c["person"]["name"]] + [x["value"] for x in c["person"].get("names", [])]]
    for a, b in itertools.combinations(spellings[:120], 2):
        _ceiling_holds(a, b)


@settings(max_examples=300, deadline=None)
@given(a=births, b=births)
def test_far_apart_births_are_exactly_those_the_evidence_scores_lowest(a, b):
    span_a, span_b = matching.birth_span(a), matching.birth_span(b)
    factor, reason = matching.birth_evidence(a, b)
    if span_a is None or span_b is None:
        assert (factor, reason) == (1.0, None)
    else:
        assert matching.births_far_apart(span_a, span_b) == (factor == matching.FAR_BIRTH_FACTOR)
        if matching.births_far_apart(span_a, span_b):
            assert matching.best_possible(a, b) == matching.FAR_BIRTH_FACTOR


def test_collector_paused_nests_and_comes_back_on_after_an_error():
    import gc

    assert gc.isenabled()
    try:
        with collector.collector_paused():
            with collector.collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
            raise KeyError("stop")
    except KeyError:
        pass
    assert gc.isenabled()


# -- on a real vault ---------------------------------------------------------------------------

def _clients(vault, cases=500, seed=5):
    document = synthetic.generate_document(cases=cases, events_per_case=0, seed=seed)
    interchange.import_cases(vault, interchange.read_cases(document))
    return document


def _list_of(vault, count=400) -> Table:
    """A list naming clients as lists do (upper case, surname first, dd.mm.yyyy), some
    namesakes born another year, and people who are no client."""
    rows = []
    for k, client in enumerate(screening_queries.client_names(vault.conn)[:count]):
        words = client.names[k % len(client.names)].split()
        birth = client.birth_date or ""
        if k % 3 == 0 and len(birth) == 10:
            birth = f"{int(birth[:4]) + 7}{birth[4:]}"  # a namesake, born seven years later
        if len(birth) == 10:
            birth = f"{birth[8:10]}.{birth[5:7]}.{birth[:4]}"
        rows.append([" ".join(reversed(words)).upper(), birth[:10]])
    rows += [["ПЕТРАШКЕВИЧ ЯНКА", "01.01.1970"], ["KOWALSKI JAN", ""]]
    return Table(["ФИО", "Дата рождения"], rows, "list.csv")


def test_screening_a_list_finds_what_scoring_every_candidate_finds(vault):
    _clients(vault)
    table = _list_of(vault)
    entries, _ = screening.entries_from_table(table, Mapping(name=(0,), birth=1))
    matching.clear_caches()
    screening.forget_index()
    hits = screening.screen_entries(vault, entries)
    index = screening.client_index(vault)
    expected = [(entry.position, h.person.id, h.match, h.spelling) for entry in entries
                for h in _reference_search(index, entry.name, entry.birth_date, matching.DEFAULT_THRESHOLD)]
    assert len(expected) > 300  # the list names its clients, under namesakes born elsewhen
    assert [(h.entry.position, h.person_id, matching.Match(h.score, h.reasons), h.spelling) for h in hits] == expected


def test_the_clients_are_read_with_their_spellings_in_order(vault):
    _clients(vault, cases=60, seed=2)
    moved = next(c for c in screening_queries.client_names(vault.conn) if len(c.names) >= 3)
    with vault.transaction() as conn:  # the first spelling becomes the last, its row not moved
        conn.execute("UPDATE person_names SET position = 99 WHERE person_id = ? AND position = 0", (moved.person_id,))
    conn = vault.conn
    live = {r[0] for r in conn.execute("SELECT person_id FROM cases WHERE deleted_at IS NULL")}
    spellings: dict[str, list] = {}
    for pid, position, value in conn.execute("SELECT person_id, position, value FROM person_names"):
        spellings.setdefault(pid, []).append((position, value))
    expected = [(pid, name, birth, tuple(v for _, v in sorted(spellings[pid])) if pid in spellings else (name,))
                for pid, name, birth in conn.execute("SELECT id, display_name, birth_date FROM persons")
                if pid in live]
    read = screening_queries.client_names(conn)
    assert [(c.person_id, c.display_name, c.birth_date, c.names) for c in read] == expected
    assert next(c for c in read if c.person_id == moved.person_id).names == moved.names[1:] + moved.names[:1]


def test_the_review_list_and_summary_are_those_of_reading_every_match(vault):
    _clients(vault)
    table = _list_of(vault)
    first = screening.import_list(vault, table, Mapping(name=(0,), birth=1), source="MVD RF", published="2025-03")
    second = Table(table.headers, table.rows[::2] + [["ЯНКА КУПАЛА", "1882"]], "april.csv")
    screening.import_list(vault, second, Mapping(name=(0,), birth=1), source="MVD RF", published="2025-04")
    screening.import_list(vault, Table(table.headers, table.rows[:40], "kgb.csv"), Mapping(name=(0,), birth=1),
                          source="KGB BY")
    every = screening.review(vault)
    screening.decide(vault, every[0].id, "dismissed")
    screening.decide(vault, every[5].id, "confirmed")
    for list_id in (None, first.list_id):
        items = screening.review(vault, list_id)
        lazy = screening.review_list(vault, list_id)
        assert list(lazy) == items and len(items) > 100
        assert list(lazy.open_only()) == screening.review(vault, list_id, open_only=True)
        assert [lazy.key(i) for i in range(len(lazy))] == [(i.row.person_id, i.row.identity) for i in items]
    # the summary as it was counted: from every match of the newest lists
    items = screening.review(vault)
    summary = screening.summary(vault)
    assert summary.open == sum(1 for i in items if i.status == "open") > 0
    assert summary.new_open == sum(1 for i in items if i.status == "open" and i.new) > 0
    assert summary.confirmed == sum(1 for i in items if i.status == "confirmed") >= 1
    assert summary.by_source == {w.source: (w.published, sum(1 for i in items if i.row.list_id == w.id and i.status == "open"))
                                 for w in screening.latest_lists(vault)}
    # the case references of each match are the client's cases, by reference
    refs = {p: tuple(r for _, r in cases) for p, cases in merge_queries.case_references(vault.conn).items()}
    assert all(i.row.case_references == refs.get(i.row.person_id, ()) for i in items)
    assert list(itertools.islice(screening.review_list(vault), 3)) == items[:3]
