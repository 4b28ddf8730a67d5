"""The name matcher: recall and precision on the labelled set, explanations, properties."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.names import matching
from desktop.demo import synthetic
from desktop.names.matching import DEFAULT_THRESHOLD, NameIndex, Person, compare, parse_birth, parse_name

DATA = Path(__file__).resolve().parent.parent / "data" / "name_pairs.tsv"


HOLDOUT = DATA.with_name("name_pairs_holdout.tsv")


def labelled_pairs(path: Path = DATA) -> list[tuple[bool, str, str, str | None, str | None, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, a, b, birth_a, birth_b, note = (line.split("\t") + [""] * 6)[:6]
        assert label in ("same", "diff"), line
        rows.append((label == "same", a, b, birth_a or None, birth_b or None, note))
    return rows


def _recall_precision(rows, threshold):
    tp = fp = fn = 0
    for same, a, b, birth_a, birth_b, _note in rows:
        found = compare(a, b, birth_a=birth_a, birth_b=birth_b).score >= threshold
        tp += same and found
        fn += same and not found
        fp += found and not same
    return tp / (tp + fn), tp / (tp + fp)


def test_labelled_set_is_big_and_balanced_enough():
    rows = labelled_pairs()
    same = sum(r[0] for r in rows)
    assert same >= 150 and len(rows) - same >= 130
    assert len({r[1:5] for r in rows}) == len(rows), "a pair is listed twice"


def test_recall_and_precision_on_the_labelled_set():
    recall, precision = _recall_precision(labelled_pairs(), DEFAULT_THRESHOLD)
    assert recall >= 0.95, recall
    assert precision >= 0.95, precision


def test_recall_and_precision_on_the_held_apart_set():
    # Built apart from the tuning set (issue 14 item 6), never used to tune: French-style
    # passports, Łacinka without diacritics, invisible characters, near-miss namesakes.
    # Figures when written: recall 0.967, precision 0.935 (tuning set: see above).
    rows = labelled_pairs(HOLDOUT)
    assert sum(r[0] for r in rows) >= 30 and sum(not r[0] for r in rows) >= 30
    recall, precision = _recall_precision(rows, DEFAULT_THRESHOLD)
    assert recall >= 0.95, recall
    assert precision >= 0.90, precision


@pytest.mark.parametrize(("a", "b"), [
    ("Iouri Chtcherbatch", "Юрий Щербач"), ("Serguei Chtcherbatch", "Сергей Щербач"),
    ("Janna Kovaleva", "Жанна Кавалёва"), ("Ales Scerbac", "Алесь Шчэрбач"),
])
def test_spellings_the_issue_found_missed_now_match(a, b):
    assert compare(a, b).score >= DEFAULT_THRESHOLD


@pytest.mark.parametrize("hidden", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e"])
def test_invisible_characters_inside_a_name_change_nothing(hidden):
    assert compare(f"Ку{hidden}дин Алексей", "Кудин Алексей").score == 1.0
    index = NameIndex.build([Person("p", ("Кудин Алексей",))])
    assert [h.person.id for h in index.search(f"Ку{hidden}дин Алексей")] == ["p"]


def test_the_floor_is_not_met_by_accident():
    # A matcher that says "same" for everything, or only for identical strings, fails.
    rows = labelled_pairs()
    assert _recall_precision(rows, 0.0)[1] < 0.6
    identical = sum(1 for r in rows if r[0] and r[1] == r[2])
    assert identical == 0


def test_recall_and_precision_on_the_synthetic_name_tables():
    """Every pair of the five spellings the synthetic cases use (ru, be, passport, press,
    Łacinka), word order and capitals varied; negatives swap the given name or surname."""
    rng = random.Random(3)
    positives, negatives = [], []
    for _ in range(300):
        female = rng.random() < 0.3
        givens = synthetic._FEMALE_GIVEN if female else synthetic._MALE_GIVEN
        surnames = synthetic.FEMALE_SURNAMES if female else synthetic.MALE_SURNAMES
        given_, surname = rng.choice(givens), rng.choice(surnames)
        i, j = rng.sample(range(5), 2)
        a = f"{given_[i]} {surname[i]}"
        b = f"{surname[j].upper()} {given_[j].upper()}" if rng.random() < 0.3 else f"{given_[j]} {surname[j]}"
        positives.append((True, a, b, None, None, ""))
        other_given = rng.choice([g for g in givens if g != given_])
        other_surname = rng.choice([s for s in surnames if s != surname])
        negatives.append((False, a, f"{other_given[j]} {surname[j]}", None, None, ""))
        negatives.append((False, a, f"{given_[j]} {other_surname[j]}", None, None, ""))
    recall, precision = _recall_precision(positives + negatives, DEFAULT_THRESHOLD)
    assert recall >= 0.97 and precision >= 0.97, (recall, precision)


def test_explanation_reads_like_the_issue():
    match = compare("Алексей Кудин", "Aliaksei Kudzin", birth_a="1988-05-12", birth_b="1988-05-12")
    codes = {(r.part, r.code) for r in match.reasons}
    assert ("birth date", "birth_equal") in codes
    text = compare("Аляксей Кудзін", "Aliaksei Kudzin").explanation()
    assert "surname equal after Belarusian→Latin transliteration (Belarusian passports)" in text
    text = compare("Алексей Кудин", "Аляксей Кудзін").explanation()
    assert "given name: Russian/Belarusian variants of one name" in text
    assert "surname: Belarusian and Russian forms of one name" in text
    text = compare("Кудин Алексей Николаевич", "Аляксей Мікалаевіч Кудзін").explanation()
    assert "word order differs" in text and "patronymic: Russian/Belarusian variants" in text
    text = compare("Dzimtry Padlobnikau", "Dzmitry Padlobnikau").explanation()
    assert "two letters swapped" in text


@pytest.mark.parametrize(("a", "b", "code"), [
    ("Aleksei Kudin", "Aleksei Kudina", "gender_differs"),
    ("Alexander Feduta", "Alexandra Feduta", "gender_differs"),
    ("Кудин Алексей Николаевич", "Кудин Алексей Алексеевич", "patronymic_differs"),
    ("Aleksei Kudin", "Andrei Kudin", "different_given"),
])
def test_what_tells_people_apart(a, b, code):
    match = compare(a, b)
    assert match.score < DEFAULT_THRESHOLD
    assert code in {r.code for r in match.reasons}


def test_birth_dates_separate_namesakes_and_support_typos():
    assert compare("Sergei Ivanov", "Siarhei Ivanou").score >= DEFAULT_THRESHOLD
    assert compare("Sergei Ivanov", "Siarhei Ivanou", birth_a="1979", birth_b="1990-01-02").score < DEFAULT_THRESHOLD
    assert compare("Viktar Babaryka", "Viktar Babaryla").score < DEFAULT_THRESHOLD
    assert compare("Viktar Babaryka", "Viktar Babaryla", birth_a="1963-12-09",
                   birth_b="1963-12-09").score >= DEFAULT_THRESHOLD
    # Equal birth dates never make different names one person.
    assert compare("Aleksei Kudin", "Olga Kudina", birth_a="1990-01-01", birth_b="1990-01-01").score < 0.6


def test_patronymic_is_set_apart_only_where_it_can_be():
    assert parse_name("Зенькович Юрий Николаевич").patronymic == "Николаевич"
    assert parse_name("Юрий Николаевич Зенькович").patronymic == "Николаевич"
    assert parse_name("Юрий Зенькович").patronymic is None  # a surname in -ович
    assert parse_name("Ціханоўская Святлана Георгіеўна").patronymic == "Георгіеўна"


@pytest.mark.parametrize(("text", "expected"), [
    ("12.05.1988", "1988-05-12"), ("1988-05-12", "1988-05-12"), ("5.1.1990", "1990-01-05"),
    ("05.1988", "1988-05"), ("1988", "1988"), ("1988 г.", "1988"), ("31.02.1990", None),
    ("", None), (None, None), ("около 1980", "1980~"), ("примерно 05.1988", "1988-05~"), ("14 марта 1987 г.р.", "1987-03-14"), ("1988-05~", "1988-05~"),
])
def test_parse_birth(text, expected):
    assert parse_birth(text) == expected


_NAME = st.text(alphabet=st.sampled_from(list("абвгдзклмнопрстуўіыэюяёйцхшчжьAaBbKkLlZzŁłŭčšž -'")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_NAME, _NAME)
def test_compare_is_symmetric_bounded_and_never_fails(a, b):
    ab, ba = compare(a, b), compare(b, a)
    assert ab.score == ba.score
    assert 0.0 <= ab.score <= 1.0
    assert isinstance(ab.explanation(), str)


@settings(max_examples=200, deadline=None)
@given(_NAME)
def test_a_name_matches_itself(name):
    words = parse_name(name).words
    if words and all(len(w) > 1 for w in words):
        # One word alone (a surname) is never enough for a match on its own.
        assert compare(name, name).score == (1.0 if len(words) > 1 else 0.8)


def test_index_finds_spellings_typos_and_word_order():
    people = [
        Person("p1", ("Аляксей Кудзін", "Алексей Кудин"), "1988-05-12", "Аляксей Кудзін"),
        Person("p2", ("Dzmitry Kudzin",), None, "Dzmitry Kudzin"),
        Person("p3", ("Святлана Ціханоўская",), None, "Святлана Ціханоўская"),
        Person("p4", ("Aliaksei Korshun",), None, "Aliaksei Korshun"),
    ]
    index = NameIndex.build(people)
    for query in ("КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ", "Alexei Kudin", "Aleksie Kudin", "Kudin, Aleksei"):
        hits = index.search(query)
        assert [h.person.id for h in hits] == ["p1"], query
    assert [h.person.id for h in index.search("Tsikhanouskya Sviatlana")] == ["p3"]
    assert index.search("Aleksei Kudin", birth_date="1950") == []
    assert index.search("") == [] and index.search("12345") == []
    assert "p2" not in index.candidates("Ivan Petrov")


def test_reasons_survive_json():
    match = compare("Алексей Кудин", "Aliaksei Kudzin", birth_a="1988", birth_b="1988-05-12")
    assert matching.reasons_from_json(match.to_json()) == match.reasons
