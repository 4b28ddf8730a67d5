"""Finding duplicate clients fast finds exactly what comparing every candidate pair in full
finds (issue 19, item 5): the same pairs, scores, reasons and spellings, in the same order.

People are generated as the clients of an organisation are written down: one person in
Russian and Belarusian Cyrillic, passport and press Latin, Łacinka (with and without its
diacritics), the ICAO and BGN/PCGN schemes; with typos, capitals, initials, surname first,
patronymics; namesakes; birth dates full, a month, a year, qualified, a decade, with day
and month swapped, a year or several apart, unknown, or not a date at all."""

from __future__ import annotations

import functools

import iuliia
from hypothesis import given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from db.screening import ClientNames
from desktop.cases import interchange
from desktop.demo import synthetic
from desktop.names import matching
from desktop.screening import duplicates
from desktop.screening import service as screening
from tests.helpers import document

GIVEN = synthetic._MALE_GIVEN[:5] + synthetic._FEMALE_GIVEN[:3]  # (ru, be, passport, press, Łacinka)
SURNAMES = [(m, f) for m, f in zip(synthetic.MALE_SURNAMES, synthetic.FEMALE_SURNAMES)][::9]
PATRONYMICS = (("Николаевич", "Мікалаевіч", "Mikalaevich"), ("Сергеевна", "Сяргееўна", "Siarheeuna"))
FORMS = ("ru", "be", "passport", "press", "lacinka", "lacinka_plain", "icao", "bgn")


@functools.lru_cache(maxsize=None)
def _form(forms: tuple[str, ...], kind: str) -> str:
    """``forms`` written as ``kind`` (a pure function of a few dozen arguments: computed once)."""
    ru, be, passport, press, lacinka = forms
    return {"ru": ru, "be": be, "passport": passport, "press": press, "lacinka": lacinka,
            "lacinka_plain": unidecode(lacinka), "icao": iuliia.ICAO_DOC_9303.translate(ru),
            "bgn": iuliia.BGN_PCGN.translate(ru)}[kind]


@st.composite
def spelling(draw, identity: tuple[int, int]) -> str:
    """One way of writing the person ``identity`` (given name, surname) down."""
    given_at, surname_at = identity
    given = GIVEN[given_at]
    female = given_at >= 5
    surname = SURNAMES[surname_at][1 if female else 0]
    kind = draw(st.sampled_from(FORMS))
    words = [_form(given, kind), _form(surname, draw(st.sampled_from((kind, kind, *FORMS))))]
    if draw(st.integers(0, 5)) == 0:  # a typo: a letter dropped, doubled or two swapped
        at = draw(st.integers(0, 1))
        word = words[at]
        k = draw(st.integers(0, len(word) - 2))
        words[at] = draw(st.sampled_from((word[:k] + word[k + 1:], word[:k] + word[k] + word[k:],
                                          word[:k] + word[k + 1] + word[k] + word[k + 2:])))
    if draw(st.integers(0, 7)) == 0:
        words[0] = words[0][0] + "."  # the given name as an initial
    if draw(st.integers(0, 4)) == 0:
        words.insert(1, draw(st.sampled_from(PATRONYMICS))[0 if kind == "ru" else 1 if kind == "be" else 2])
    if draw(st.booleans()):
        words = [words[-1], *words[:-1]]  # surname first, as lists write it
    text = " ".join(words)
    return text.upper() if draw(st.integers(0, 6)) == 0 else text


BIRTHS = ("1988-05-12", "1988-12-05", "1988-05-13", "1988-05", "1988-06", "1988", "1989", "1987-05-12",
          "1995-05-12", "1988~", "1988-05?", "198X", "1990/1992", None, None, None, "not a date", "1988-21")


@st.composite
def population(draw) -> list[ClientNames]:
    """Clients of a few identities (the same person written down again, and namesakes)."""
    identities = draw(st.lists(st.tuples(st.integers(0, len(GIVEN) - 1), st.integers(0, len(SURNAMES) - 1)),
                               min_size=1, max_size=5))
    clients = []
    for k in range(draw(st.integers(1, 18))):
        identity = draw(st.sampled_from(identities))
        names = tuple(dict.fromkeys(draw(st.lists(spelling(identity), min_size=1, max_size=4))))
        clients.append(ClientNames(f"p{draw(st.integers(0, 99)):02d}-{k:02d}", names[0],
                                   draw(st.sampled_from(BIRTHS)), names))
    if draw(st.booleans()):  # two clients written down identically
        clients.append(ClientNames("p-again", clients[0].display_name, clients[0].birth_date, clients[0].names))
    return clients


def _index(clients) -> matching.NameIndex:
    """The index as the vault's cache builds it (desktop.screening.screen)."""
    return matching.NameIndex.build(matching.Person(c.person_id, c.names, c.birth_date, c.display_name)
                                    for c in sorted(clients, key=lambda c: c.person_id))


def every_candidate_pair(clients, index, refs, threshold=matching.DEFAULT_THRESHOLD) -> list:
    """The reference: every candidate of every spelling of every client, in the clients'
    order, each pair once (from the side that met it first), every pair of spellings
    compared in full (matching.best_between: compare() on each, the first best kept),
    nothing skipped for birth dates or ceilings."""
    by_id = {c.person_id: c for c in clients}
    pairs, seen = [], set()
    for client in clients:
        me = matching.Person(client.person_id, client.names, client.birth_date, client.display_name)
        for other_id in set().union(*(index.close_candidates(s) for s in client.names)):
            key = tuple(sorted((other_id, client.person_id)))
            if other_id == client.person_id or key in seen:
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


@settings(max_examples=250, deadline=None)
@given(clients=population(), threshold=st.sampled_from([matching.DEFAULT_THRESHOLD, matching.DEFAULT_THRESHOLD,
                                                        0.6, 0.75, 0.9, 0.97]),
       cold=st.booleans())
def test_the_pairs_are_those_of_comparing_every_candidate_pair_in_full(clients, threshold, cold):
    if cold:
        matching.clear_caches()
    index = _index(clients)
    refs = {c.person_id: [(f"case-{c.person_id}", f"R-{c.person_id}")] for c in clients[::2]}
    found = duplicates.duplicate_pairs(clients, index, refs, threshold=threshold)
    assert found == every_candidate_pair(clients, index, refs, threshold)


def test_a_vault_of_written_down_people_gives_the_pairs_of_every_candidate_pair(vault):
    """The same on a real vault: people written down in every script and scheme, imported;
    find_duplicates reads the clients and their cases back."""
    cases = []
    for k, (given_at, surname_at) in enumerate((g, s) for g in range(len(GIVEN)) for s in range(len(SURNAMES))):
        given, female = GIVEN[given_at], given_at >= 5
        surname = SURNAMES[surname_at][1 if female else 0]
        for copy, (kind, birth) in enumerate([("ru", "1988-05-12"), ("passport", None), ("lacinka", "1988"),
                                              ("be", "1991-02")][: 1 + k % 4]):
            name = f"{_form(given, kind)} {_form(surname, kind)}"
            others = [f"{_form(given, other)} {_form(surname, other)}" for other in ("press", "icao")[: copy % 3]]
            person = {"name": name, "names": [{"value": v, "lang": "en"} for v in others if v != name]}
            if birth:
                person["birth_date"] = birth
            cases.append({"reference": f"D-{k}-{copy}", "kind": "extradition", "person": person})
    interchange.import_cases(vault, interchange.read_cases(document(*cases)))
    screening.forget_index()
    matching.clear_caches()
    found = duplicates.find_duplicates(vault)
    index, clients = screening.client_index_and_clients(vault)
    from db import person_merge as merge_queries

    expected = every_candidate_pair(clients, index, merge_queries.case_references(vault.conn))
    assert len(found) > 50 and any(p.a.case_references for p in found)
    assert found == expected


# -- the shortcuts the search takes, each against the long way --------------------------------

one_name = st.one_of(st.tuples(st.integers(0, len(GIVEN) - 1), st.integers(0, len(SURNAMES) - 1)).flatmap(spelling),
                     st.lists(st.sampled_from(["Кудин", "К.", "Иванова-Петрова", "Ivanou", "ь", "Алексей",
                                               "Николаевич", "Мікалаевіч", "Ольга", "Шевчук", "Ku\u00addin"]),
                              min_size=0, max_size=4).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(name=one_name)
def test_a_spelling_compared_with_itself_scores_as_its_words_compared_say(name):
    """matching._self_match is what comparing the name word by word with itself gives."""
    assert matching._self_match(name) == matching._compare_steps(name, name)
    assert matching.compare(name, name) == matching._compare_steps(name, name)


@settings(max_examples=300, deadline=None)
@given(a=st.lists(one_name, min_size=1, max_size=4), b=st.lists(one_name, min_size=1, max_size=4),
       birth_a=st.sampled_from(BIRTHS), birth_b=st.sampled_from(BIRTHS),
       warm=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=6),
       floor=st.sampled_from([0.0, 0.6, matching.DEFAULT_THRESHOLD, 0.95]))
def test_the_best_pair_of_spellings_whatever_was_compared_before(a, b, birth_a, birth_b, warm, floor):
    """best_of with some pairs' ceilings (and some matches) known beforehand, as a long search
    leaves them, is the first best pair of comparing every pair in full."""
    matching.clear_caches()
    for i, j in warm:  # a ceiling remembered for some pairs, a match for others
        x, y = a[i % len(a)], b[j % len(b)]
        matching.best_pair([x], [y], 1.0, False, 1.0, 2.0 if (i + j) % 2 else 0.0)
    evidence = matching.birth_evidence(birth_a, birth_b)
    ceiling = matching.best_possible(birth_a, birth_b, evidence)
    found = matching.best_of(a, b, evidence, ceiling, floor)
    every = matching.best_between(matching.Person("a", tuple(a), birth_a), matching.Person("b", tuple(b), birth_b))
    if every[0].score >= floor:
        assert found == every
    else:
        assert found[0].score < floor


edtf_births = st.one_of(st.sampled_from(BIRTHS), st.builds(
    lambda y, m, d, q: f"{y}-{m:02d}-{d:02d}"[: q] if q else f"{y}", st.integers(1900, 2010), st.integers(1, 12),
    st.integers(1, 28), st.sampled_from([0, 7, 10])))


@settings(max_examples=500, deadline=None)
@given(a=edtf_births, b=edtf_births)
def test_births_a_year_apart_or_nearer_share_a_year_of_the_search(a, b):
    """The search meets a client born on a known date only in the years
    matching.birth_years_near gives: every birth not far apart touches one of them."""
    span_a, span_b = matching.birth_span(a), matching.birth_span(b)
    if span_a is None or span_b is None:
        return
    if not matching.births_far_apart(span_a, span_b):
        assert set(matching.birth_years(span_b)) & set(matching.birth_years_near(span_a))


@settings(max_examples=400, deadline=None)
@given(a=one_name, b=one_name)
def test_names_whose_words_differ_score_below_one(a, b):
    """best_pair leaves out the ceiling of a pair that cannot reach a best of 1.0: its words
    differ, so it scores BELOW_ONE at most."""
    if not matching._may_be_equal(a, b):
        assert matching.compare(a, b).score <= matching.BELOW_ONE
    else:
        assert matching.compare(a, b).score == 1.0 or matching.parse_name(a).patronymic


def test_names_whose_words_differ_score_below_one_on_the_labelled_and_synthetic_names():
    from itertools import combinations
    from pathlib import Path

    data = Path(__file__).resolve().parent.parent / "data"
    pairs = []
    for path in (data / "name_pairs.tsv", data / "name_pairs_holdout.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                pairs.append(tuple(line.split("\t")[1:3]))
    spellings = [n for g in GIVEN for s in SURNAMES for n in (f"{g[0]} {s[0][0]}", f"{s[0][2]} {g[2]}", f"{g[4]} {s[0][4]}")]
    pairs += list(combinations(spellings[:150], 2))
    for a, b in pairs:
        if not matching._may_be_equal(a, b):
            assert matching.compare(a, b).score <= matching.BELOW_ONE, (a, b)


def _scheme_the_long_way(cyrillic: str, latin: str):
    """matching.transliteration_scheme as it was: every scheme run again for each question."""
    target, target_ascii = matching._plain(latin), matching._ascii(latin)
    lang = matching.cyrillic_language(cyrillic)
    order = (("be", matching._BE_SCHEMES), ("ru", matching._RU_SCHEMES))
    if lang == "ru":
        order = order[::-1]
    for language, schemes in order:
        if lang and language != lang:
            continue
        for scheme, translate in schemes:
            if matching._plain(translate(cyrillic)) == target:
                return language, scheme
        for scheme, translate in schemes:
            if matching._ascii(translate(cyrillic)) == target_ascii:
                return language, scheme + ", without diacritics"
    return None


NAME_FORMS = [*GIVEN, *(f for pair in SURNAMES for f in pair)]
LATIN_WORDS = [_form(forms, kind) for forms in NAME_FORMS for kind in FORMS[2:]]


@settings(max_examples=300, deadline=None)
@given(forms=st.sampled_from(NAME_FORMS), be=st.booleans(), kind=st.sampled_from(FORMS[2:]),
       other=st.one_of(st.none(), st.sampled_from(LATIN_WORDS)), cold=st.booleans())
def test_the_scheme_named_is_the_one_found_by_running_every_scheme(forms, be, kind, other, cold):
    """A Cyrillic word against its own Latin forms (or another word's): the scheme named is
    the one the long way finds, whatever was asked before."""
    if cold:
        matching.clear_caches()
    cyrillic, latin = forms[1 if be else 0], other or _form(forms, kind)
    assert matching.transliteration_scheme(cyrillic, latin) == _scheme_the_long_way(cyrillic, latin)
