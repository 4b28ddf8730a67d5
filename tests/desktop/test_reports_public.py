"""Public reports cannot leak: a Hypothesis property over generated cases.

No withheld or initials-only person's name (any spelling, nor any 3+ letter part of it), no
contact detail, no document name and no internal note appears in the text of a public PDF
or in its metadata, wherever in the case those names were typed; free text appears only
when included on purpose, and even then without the names.
"""

from __future__ import annotations

import itertools
import re
import shutil
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from db.records import Case, Charge, Event, Person, PersonName
from db.vault import open_vault
from desktop.reports import aggregate, summary
from desktop.reports.common import all_words
from desktop.reports.drawings import LANE_WORDS
from desktop.cases.vocab import vocabulary
from tests.desktop.report_data import add_document, add_party, create, metadata, pdf_text

# Names always carry a letter no fixed word of a report has, so a generated name can never
# be found in the template by accident (which would make the property fail for nothing).
COMMON = "abcdefghijklmnoprstuvyzабвгдежзиклмнопрстуфхцчшыэюяі"
RARE = "ўłśžŭćńź"
FILLER = ("Moscow", "court", "detained at", "flat", "said", "Committee for", "Oblast")
_counter = itertools.count()


def _corpus() -> str:
    vocab = vocabulary()
    texts = list(all_words()) + [w for pair in LANE_WORDS.values() for w in pair] + list(FILLER)
    for table in (vocab.kinds, vocab.statuses, vocab.outcomes, vocab.publicity, vocab.event_types,
                  vocab.event_groups, vocab.party_roles, vocab.codes, vocab.jurisdictions):
        texts += [t.en for t in table.values()] + [t.ru for t in table.values()]
    texts += [a.en for a in vocab.articles.values()] + [a.ru for a in vocab.articles.values()]
    return " ".join(texts).casefold() + " abarona reportlab"


CORPUS = _corpus()


@st.composite
def name_words(draw) -> str:
    body = draw(st.text(COMMON, min_size=3, max_size=8))
    rare = draw(st.sampled_from(RARE))
    at = draw(st.integers(0, len(body)))
    word = (body[:at] + rare + body[at:]).capitalize()
    assume(word.casefold() not in CORPUS)
    return word


def full_names(words=2):
    return st.lists(name_words(), min_size=words, max_size=words + 1).map(" ".join)


def parts(name: str) -> set[str]:
    """What must never appear: the name and each run of 3+ letters of it."""
    folded = unicodedata.normalize("NFC", name).casefold()
    return {p for p in re.findall(r"[^\W\d_]+", folded) if len(p) >= 3} | {folded}


@pytest.fixture(scope="module")
def shared_vault(template_vault, vault_key, tmp_path_factory):
    path = tmp_path_factory.mktemp("public") / "vault.abarona"
    shutil.copyfile(template_vault, path)
    vault = open_vault(path, vault_key)
    yield vault
    vault.close()


def _leaks(text: str, secrets: list[str]) -> list[str]:
    haystack = unicodedata.normalize("NFC", text).casefold()
    return sorted({p for secret in secrets for p in parts(secret) if p in haystack})


def _case(reference: str, name: str, spellings: list[str], publicity: str, secret: str, region_name: str) -> Case:
    surname = name.split()[-1]
    return Case(
        reference=f"{reference}-{surname}", kind="extradition", status="open", outcome="pending",
        person=Person(name, names=[PersonName(s) for s in spellings], birth_date="1990-01-02",
                      hometown=f"{surname}ville", residence=f"{secret} street 5", contact=f"{secret}@mail.example",
                      publicity=publicity, notes=f"{secret} person note"),
        arrest_date="2022-03-04", arrest_place=f"Moscow, flat of {name}", region=f"{region_name} Oblast",
        facility=f"SIZO named {surname}", lawyer=name, summary=f"{name} was detained at {spellings[0]}'s flat.",
        notes=f"{secret} internal note about {name}", tags=[f"tag-{surname}"],
        charges=[Charge("BY", "CC", "342", note=f"{secret} charge note")],
        events=[
            Event("arrest", "2022-03-04", time="06:10", place=f"Moscow, {name}'s flat", body=f"court of {surname}",
                  text=f"{spellings[-1]} said {name} was detained", source=f"{secret} source"),
            Event("custody_ordered", "2022-03-06", body="Moscow court", text="Hearing held."),
        ],
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=full_names(), spellings=st.lists(full_names(), min_size=1, max_size=2),
    publicity=st.sampled_from(["withheld", "initials"]), relative=full_names(), secret=name_words(),
    document=name_words(), lang=st.sampled_from(["en", "ru"]), include_notes=st.booleans(),
)
def test_public_summary_never_leaks(shared_vault, name, spellings, publicity, relative, secret, document, lang,
                                    include_notes):
    vault = shared_vault
    case = create(vault, _case(f"R{next(_counter)}", name, spellings, publicity, secret, name.split()[0]))
    add_party(vault, case.id, relative, contact=f"{secret}@relative.example", note=f"{secret} party note")
    add_party(vault, case.id, f"Committee for {name}", kind="organisation", role="organisation")
    add_document(vault, case.id, f"{document} passport.pdf", note=f"{secret} document note")

    pdf = summary.case_summary(vault, case.id, public=True, include_notes=include_notes, lang=lang)
    text = pdf_text(pdf)
    meta = " ".join(metadata(pdf).values())
    secrets = [name, *spellings, relative, secret, document, case.reference]
    assert _leaks(text, secrets) == []
    assert _leaks(meta, secrets) == []
    assert "@" not in text and "passport" not in text.casefold()
    expected = "Person 1" if lang == "en" else "Лицо 1"
    if publicity == "initials":
        expected = "".join(f"{w[0].upper()}." for w in name.split())
    assert expected in text
    assert ("detained" in text) is include_notes  # the narrative only on purpose


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    people=st.lists(st.tuples(full_names(), st.sampled_from(["withheld", "initials", "public"]), name_words()),
                    min_size=1, max_size=4),
    lang=st.sampled_from(["en", "ru"]),
)
def test_public_aggregate_never_leaks(shared_vault, people, lang):
    vault = shared_vault
    batch = f"A{next(_counter)}"
    hidden = []
    for i, (name, publicity, secret) in enumerate(people):
        create(vault, _case(f"{batch}-{i}", name, [name.upper()], publicity, secret, name.split()[-1]))
        hidden += [secret]
        if publicity != "public":
            hidden += [name, f"{batch}-{i}"]
    pdf = aggregate.aggregate_report(vault, date_from="2022-03", date_to="2022-03", public=True, lang=lang)
    text = pdf_text(pdf)
    assert _leaks(text, hidden) == []
    assert _leaks(" ".join(metadata(pdf).values()), hidden) == []
    for name, publicity, _ in people:
        if publicity == "public":
            assert name in re.sub(r"\s+", " ", text) or name[:20] in text  # the table may clip a long name
