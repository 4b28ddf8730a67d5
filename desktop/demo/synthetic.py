"""Made-up cases in the interchange format, for the demo vault and for benchmarks.

Every person here is invented: a common given name combined with a surname built from a
plausible root and a Belarusian or Russian suffix. Each name exists in up to five spellings
(Russian and Belarusian Cyrillic, Belarusian passport Latin, English press Latin from the
Russian, Łacinka), because the whole point of the fixture is that name matching must meet
them all. Kinds, statuses, outcomes and event sequences are kept consistent with each other
so that deadlines, figures and reports computed from the demo vault look like real work.

The tables (given names, surname roots, places, texts) are data in
``resources/demo_data.toml``; the rules that combine them are here. Standard library only,
and deterministic for a seed: the same arguments always give the same document, on any
machine and under any PYTHONHASHSEED (no set is ever iterated).

    python -m desktop.synthetic --cases 10000 --events 20 --seed 1 -o cases.json
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
import tomllib
from collections.abc import Sequence
from importlib import resources

from desktop.names.transliteration import be_to_lacinka, be_to_passport, ru_to_press

FORMAT = "abarona-cases"
VERSION = 1


def _load_tables() -> dict:
    """The demo's names, places and texts (resources/demo_data.toml): data, not rules."""
    with resources.files("resources").joinpath("demo_data.toml").open("rb") as handle:
        return tomllib.load(handle)


def _rows(items: list) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item) for item in items)


_DATA = _load_tables()

# The event vocabulary of interchange.md, version 1. Only these identifiers are emitted.
EVENT_TYPES = (
    "arrest", "custody_ordered", "custody_extended", "release", "rearrest",
    "extradition_request", "extradition_granted", "extradition_refused", "decision_notified",
    "complaint_filed", "appeal_filed", "hearing", "court_decision", "appeal_decision",
    "decision_final", "transfer_date_set",
    "admin_detention", "admin_offence_charged", "expulsion_ordered",
    "special_centre_placement", "permit_refused", "entry_ban",
    "asylum_applied", "asylum_refused", "asylum_granted", "temporary_asylum_applied",
    "temporary_asylum_refused", "temporary_asylum_granted",
    "communication_filed", "interim_measures_requested", "interim_measures_granted",
    "interim_measures_refused", "urgent_appeal",
    "extradited", "handed_over", "deported", "abducted", "left_country", "contact",
    "contact_lost", "located",
    "charged", "wanted_listed", "sentenced", "political_prisoner_recognised",
    "released_from_prison",
    "intervention", "media", "note",
)

# ---------------------------------------------------------------------------------------
# Names. Each spelling tuple is indexed by these constants.

RU, BE, PASSPORT, PRESS, LACINKA = range(5)
_SPELLING_LANG = ("ru", "be", "en", "en", "pl")  # Łacinka has no code of its own; pl is the convention here

_MALE_GIVEN = _rows(_DATA["names"]["male_given"])  # (ru, be, passport, press, Łacinka)
_FEMALE_GIVEN = _rows(_DATA["names"]["female_given"])

# Surname roots as (Belarusian stem, Russian stem[, vowel or suffix]); the suffixes below.
_ENKA_ROOTS = _rows(_DATA["names"]["enka_roots"])  # -енка / -энка (after a hard consonant) ~ -енко
_OVICH_ROOTS = _rows(_DATA["names"]["ovich_roots"])  # -овіч / -евіч / -эвіч ~ -ович / -евич
_SKI_ROOTS = _rows(_DATA["names"]["ski_roots"])  # -скі / -ская ~ -ский / -ская (-цкі after ц)
_AU_ROOTS = _rows(_DATA["names"]["au_roots"])  # -аў/-оў, -ава/-ова ~ -ов, -ова
_IN_ROOTS = _rows(_DATA["names"]["in_roots"])  # -ін, -іна ~ -ин, -ина
_UK_ROOTS = _rows(_DATA["names"]["uk_roots"])  # -ук / -юк
_BE_HARD = ("ж", "ш", "ч", "ц", "р")


def _surname_pairs() -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Every surname as ((be male, ru male), (be female, ru female))."""
    pairs = []
    for be, ru in _ENKA_ROOTS:
        form = (be + ("энка" if be.endswith(_BE_HARD) else "енка"), ru + "енко")
        pairs.append((form, form))
    for be, ru, vowel in _OVICH_ROOTS:
        if vowel == "о":
            form = (be + "овіч", ru + "ович")
        else:
            form = (be + ("эвіч" if be.endswith(_BE_HARD) else "евіч"), ru + "евич")
        pairs.append((form, form))
    for be, ru in _SKI_ROOTS:
        stem_be, stem_ru = (be + "к", ru + "к") if be.endswith("ц") else (be + "ск", ru + "ск")
        pairs.append(((stem_be + "і", stem_ru + "ий"), (stem_be + "ая", stem_ru + "ая")))
    for be, ru, vowel in _AU_ROOTS:
        pairs.append(((be + vowel + "ў", ru + "ов"), (be + vowel + "ва", ru + "ова")))
    for be, ru in _IN_ROOTS:
        pairs.append(((be + "ін", ru + "ин"), (be + "іна", ru + "ина")))
    for be, ru, suffix in _UK_ROOTS:
        form = (be + suffix, ru + suffix)
        pairs.append((form, form))
    return pairs


def _spellings(be: str, ru: str) -> tuple[str, str, str, str, str]:
    return (ru, be, be_to_passport(be), ru_to_press(ru), be_to_lacinka(be))


def _build_surnames() -> tuple[tuple, tuple]:
    male, female = [], []
    for (m_be, m_ru), (f_be, f_ru) in _surname_pairs():
        male.append(_spellings(m_be, m_ru))
        female.append(_spellings(f_be, f_ru))
    return tuple(male), tuple(female)


MALE_SURNAMES, FEMALE_SURNAMES = _build_surnames()

# Towns in Belarus, in the romanisation the project uses for display.
HOMETOWNS = tuple(_DATA["places"]["hometowns"])

# ---------------------------------------------------------------------------------------
# Places and bodies in Russia: (place, Russian locative, regional court), weighted.
_PLACES = _rows(_DATA["places"]["russia"])
_DISTRICTS = tuple(_DATA["places"]["districts"])
_BORDER_PLACES = tuple(_DATA["places"]["border"])
_AIRPORTS = tuple(_DATA["places"]["airports"])
_BY_DETENTION = tuple(_DATA["places"]["belarus_detention"])
_COUNTRIES = _rows(_DATA["places"]["countries"])  # (English, Russian acc., Belarusian acc.)
_SENTENCES = _rows(_DATA["texts"]["sentences"])  # (en, ru, be)
_CUSTODY_TERMS = (58, 118, 178, 270, 360)  # days after arrest when an extension is decided
_CUSTODY_MONTHS = (4, 6, 9, 12, 18)

# Belarus Criminal Code articles seen in political cases, weighted by repetition.
_BY_ARTICLES = tuple(_DATA["texts"]["by_articles"])
_ECTHR_LAST_DAY = datetime.date(2022, 9, 15).toordinal()  # Russia left the Convention on 16.09.2022

# ---------------------------------------------------------------------------------------
# Free text per event type ("release 1".."release 3": by the step's parameter) and language;
# "{n}", "{country}" and "{sentence}" are filled from the step's parameter.
_TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    typ: {lang: tuple(texts) for lang, texts in langs.items()} for typ, langs in _DATA["texts"]["events"].items()}

# How often an event of a type carries text (note always does: an empty note says nothing).
_TEXT_RATE = {"note": 1.0, "sentenced": 0.8, "contact": 0.6, "media": 0.6, "intervention": 0.6,
              "left_country": 0.5, "deported": 0.6, "custody_extended": 0.4}
_TIMED = {  # how often the time of day is known
    "interim_measures_requested": 0.7, "interim_measures_granted": 0.7, "interim_measures_refused": 0.5,
    "extradited": 0.5, "handed_over": 0.5, "deported": 0.5, "abducted": 0.4, "contact_lost": 0.5,
    "arrest": 0.15, "admin_detention": 0.2, "rearrest": 0.3,
}
# Dates known only roughly: (share approximate "~", share month only "YYYY-MM").
_VAGUE = {"contact_lost": (0.15, 0.05), "abducted": (0.3, 0.15), "located": (0.2, 0.1),
          "charged": (0.2, 0.2), "sentenced": (0.1, 0.25), "political_prisoner_recognised": (0.1, 0.3),
          "released_from_prison": (0.1, 0.3), "wanted_listed": (0.1, 0.3), "handed_over": (0.15, 0.05), "media": (0.05, 0.1)}

_REMOVAL = ("extradited", "handed_over", "abducted", "contact_lost", "located")
_AT_LIBERTY = ("release", "left_country", "deported", "decision_final", "temporary_asylum_granted",
               "asylum_granted")
_DETENTION = ("arrest", "rearrest", "admin_detention")
_BEFORE_A_COURT = ("custody_ordered", "expulsion_ordered", "complaint_filed", "court_decision",
                   "extradition_granted", "admin_offence_charged", "permit_refused", "entry_ban")
# Filler pools: while a court is involved, once the person is free or proceedings ended,
# once the person is out of reach (contact with the client is then impossible), and
# between a detention and the first court (no hearing yet).
_FILLERS = (
    ("contact",) * 6 + ("note",) * 5 + ("hearing",) * 3 + ("intervention",) * 3 + ("media",) * 3,
    ("contact",) * 5 + ("note",) * 6 + ("intervention",) * 3 + ("media",) * 3,
    ("note",) * 5 + ("intervention",) * 4 + ("media",) * 4 + ("urgent_appeal",),
    ("contact",) * 6 + ("note",) * 5 + ("intervention",) * 3 + ("media",) * 3,
)
_JUST_DETAINED = 3


# ---------------------------------------------------------------------------------------
# Event sequences per kind. A builder returns steps (type, day offset from the first
# event, parameter); `outcome` decides how the story ends. Pending stories are built
# to some end and then cut before it.

_OUTCOME_STEPS = ("extradited", "release", "left_country", "handed_over", "deported")
# When a story has more steps than the case has events, the lowest go first (absent: 5).
_KEEP = {
    "custody_extended": 0, "hearing": 0,
    "decision_notified": 1, "transfer_date_set": 1, "political_prisoner_recognised": 1,
    "charged": 1, "urgent_appeal": 1, "temporary_asylum_applied": 1, "temporary_asylum_refused": 1,
    "appeal_filed": 2, "decision_final": 2, "special_centre_placement": 2, "admin_offence_charged": 2,
    "interim_measures_requested": 2, "located": 2, "custody_ordered": 2,
    "complaint_filed": 3, "court_decision": 3, "appeal_decision": 3, "extradition_request": 3,
    "sentenced": 3, "interim_measures_granted": 3, "interim_measures_refused": 3,
}


class _Timeline:
    """The steps of one story: (type, day offset from the first step, parameter)."""

    __slots__ = ("rng", "day", "steps")

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.day = 0
        self.steps: list[tuple] = []

    def add(self, typ: str, after: tuple[int, int] = (0, 0), param: int | None = None) -> None:
        """A step `after` days (a random number between the two) after the previous one."""
        if after[1]:
            self.day += self.rng.randint(*after)
        self.steps.append((typ, self.day, param))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def country(self) -> int:
        return self.rng.randrange(len(_COUNTRIES))


def _interim_measures(tl: _Timeline, after: tuple[int, int], granted: float = 0.75) -> None:
    tl.add("interim_measures_requested" if not tl.chance(0.4) else "communication_filed", after)
    if tl.steps[-1][0] == "communication_filed":  # a communication asks for them at once
        tl.add("interim_measures_requested")
    tl.add("interim_measures_granted" if tl.chance(granted) else "interim_measures_refused", (0, 2))


def _extradition(rng: random.Random, outcome: str) -> list[tuple]:
    tl = _Timeline(rng)
    tl.add("arrest")
    tl.add("custody_ordered", (0, 2))
    tl.add("extradition_request", (8, 38))
    if outcome in ("released", "left_country") and tl.chance(0.35):
        tl.add("extradition_refused", (30, 120))
        tl.add("release", (0, 2), 2)
        if outcome == "left_country":
            if tl.chance(0.4):  # re-arrested at the gate, expelled, allowed to leave
                tl.add("rearrest")
                tl.add("admin_offence_charged", (0, 1))
                tl.add("expulsion_ordered", (0, 2))
                tl.add("special_centre_placement", (0, 1))
            tl.add("left_country", (2, 40), tl.country())
        return _with_custody_terms(tl.steps)
    if tl.chance(0.4):
        tl.add("temporary_asylum_applied", (5, 30))
        tl.add("temporary_asylum_refused", (40, 90))
        if tl.chance(0.5):
            tl.add("complaint_filed", (5, 25))
    tl.add("extradition_granted", (20, 90))
    tl.add("decision_notified", (0, 3))
    tl.add("complaint_filed", (2, 9))
    tl.add("hearing", (10, 28))
    tl.add("court_decision", (0, 10))
    interim = tl.chance(0.45)
    if interim and tl.chance(0.5):  # asked for after the first instance...
        _interim_measures(tl, (0, 3))
        interim = False
    tl.add("appeal_filed", (3, 14))
    tl.add("hearing", (20, 60))
    tl.add("appeal_decision", (0, 5))
    tl.add("decision_final")
    if interim:  # ...or once removal is imminent
        _interim_measures(tl, (0, 5))
    if outcome in ("extradited", "pending"):
        if tl.chance(0.5):
            tl.add("transfer_date_set", (3, 20))
        tl.add("extradited", (0, 15))
        _after_removal(tl)
    elif outcome == "released":
        tl.add("release", (20, 150))
    else:  # left_country
        tl.add("release", (20, 150))
        tl.add("left_country", (2, 40), tl.country())
    return _with_custody_terms(tl.steps)


def _with_custody_terms(steps: list[tuple]) -> list[tuple]:
    """Insert the extensions a court decides while the person stays in custody."""
    end = next((day for typ, day, _ in steps if typ in ("release", "extradited", "extradition_refused")),
               steps[-1][1])
    extensions = [("custody_extended", day, months)
                  for day, months in zip(_CUSTODY_TERMS, _CUSTODY_MONTHS) if day < end]
    merged = steps + extensions
    merged.sort(key=lambda step: step[1])  # stable: an extension follows that day's events
    return merged


def _after_removal(tl: _Timeline) -> None:
    """What follows a removal to Belarus."""
    if tl.chance(0.5):
        tl.add("located", (1, 30))
    if tl.chance(0.5):
        tl.add("charged", (2, 30))
    if tl.chance(0.6):
        tl.add("sentenced", (60, 240), tl.rng.randrange(len(_SENTENCES)))
        if tl.chance(0.5):
            tl.add("political_prisoner_recognised", (5, 60))
        if tl.chance(0.1):
            tl.add("released_from_prison", (365, 1000))


def _expulsion_handover(rng: random.Random, outcome: str) -> list[tuple]:
    tl = _Timeline(rng)
    if tl.chance(0.3):  # released after a failed extradition, re-arrested at the gate
        tl.add("arrest")
        tl.add("custody_ordered", (0, 2))
        tl.add("extradition_request", (8, 38))
        tl.add("extradition_refused", (30, 120))
        tl.add("release", (0, 2), 2)
        tl.add("rearrest")
    else:
        tl.add("admin_detention")
    tl.add("admin_offence_charged", (0, 1))
    tl.add("expulsion_ordered", (0, 2))
    tl.add("special_centre_placement", (0, 1))
    if tl.chance(0.7):
        tl.add("complaint_filed", (2, 9))
        if tl.chance(0.4):
            tl.add("hearing", (1, 10))
        tl.add("court_decision", (0, 15))
    if tl.chance(0.3):
        tl.add("temporary_asylum_applied", (2, 20))
        tl.add("temporary_asylum_refused", (30, 90))
    if tl.chance(0.4):
        _interim_measures(tl, (0, 5), granted=0.9)
    if outcome in ("handed_over", "pending"):
        if tl.chance(0.4):
            tl.add("contact_lost", (3, 60))
            tl.add("handed_over")
        else:
            tl.add("handed_over", (3, 60))
        _after_removal(tl)
    elif outcome == "released":
        tl.add("release", (30, 300), 3)
    else:
        tl.add("left_country", (3, 60), tl.country())
    return tl.steps


def _abduction(rng: random.Random, has_arrest: bool) -> list[tuple]:
    tl = _Timeline(rng)
    if has_arrest:
        tl.add("arrest" if tl.chance(0.4) else "admin_detention")
        if tl.chance(0.5):
            tl.add("release", (0, 2), 1)
        tl.add("contact_lost", (0, 10))
    else:
        tl.add("contact_lost")
    tl.add("abducted", (0, 1))
    if tl.chance(0.5):
        tl.add("urgent_appeal", (1, 10))
    tl.add("located", (3, 60))
    if tl.chance(0.6):
        tl.add("charged", (2, 30))
    if tl.chance(0.5):
        tl.add("sentenced", (60, 240), rng.randrange(len(_SENTENCES)))
        if tl.chance(0.5):
            tl.add("political_prisoner_recognised", (5, 60))
    return tl.steps


def _expulsion(rng: random.Random, outcome: str, has_arrest: bool) -> list[tuple]:
    tl = _Timeline(rng)
    if has_arrest:
        tl.add("admin_detention")
        tl.add("admin_offence_charged", (0, 1))
        tl.add("expulsion_ordered", (0, 3))
        if tl.chance(0.6):
            tl.add("special_centre_placement", (0, 1))
    else:
        tl.add("permit_refused" if tl.chance(0.6) else "entry_ban")
    if tl.chance(0.6):
        tl.add("complaint_filed", (2, 9))
        if tl.chance(0.3):
            tl.add("hearing", (1, 10))
        tl.add("court_decision", (1, 20))
    if tl.chance(0.25):
        tl.add("temporary_asylum_applied", (2, 20))
        tl.add("temporary_asylum_refused", (30, 90))
    if outcome == "released" and has_arrest:
        tl.add("release", (3, 30), 3)
    elif outcome == "unknown":
        tl.add("contact_lost", (3, 60))
    elif has_arrest and tl.chance(0.4):
        tl.add("deported", (3, 60), tl.country())
    else:
        tl.add("left_country", (3, 60), tl.country())
    return tl.steps


def _other(rng: random.Random, outcome: str, has_arrest: bool) -> list[tuple]:
    tl = _Timeline(rng)
    if has_arrest:
        tl.add("admin_detention" if tl.chance(0.6) else "arrest")
        tl.add("release", (0, 2), 1)  # a short detention, not necessarily the outcome
        if tl.chance(0.5):
            tl.add("temporary_asylum_applied", (10, 60))
    else:
        if tl.chance(0.3):  # learnt of being on the wanted list, then asked for protection
            tl.add("wanted_listed")
            tl.add("temporary_asylum_applied" if tl.chance(0.6) else "asylum_applied", (5, 60))
        else:
            tl.add("temporary_asylum_applied" if tl.chance(0.6) else "asylum_applied")
    applied = tl.steps[-1][0]
    if applied.endswith("asylum_applied") and outcome != "pending":
        if applied == "asylum_applied":
            tl.add("asylum_refused" if tl.chance(0.8) else "asylum_granted", (10, 90))
        else:
            tl.add("temporary_asylum_refused" if tl.chance(0.6) else "temporary_asylum_granted", (30, 90))
    if outcome == "left_country":
        tl.add("left_country", (5, 90), tl.country())
    elif outcome == "unknown":
        tl.add("contact_lost", (5, 90))
    return tl.steps


_KINDS = ("extradition",) * 45 + ("expulsion_handover",) * 15 + ("abduction",) * 7 + \
    ("expulsion",) * 23 + ("other",) * 10
_OUTCOMES = {
    "extradition": ("extradited",) * 35 + ("released",) * 20 + ("left_country",) * 20 + ("pending",) * 25,
    "expulsion_handover": ("handed_over",) * 55 + ("released",) * 10 + ("left_country",) * 15 + ("pending",) * 20,
    "abduction": ("abducted",),
    "expulsion": ("left_country",) * 75 + ("pending",) * 15 + ("released",) * 7 + ("unknown",) * 3,
    "other": ("released",) * 40 + ("pending",) * 30 + ("left_country",) * 15 + ("unknown",) * 15,
}
# The step that shows each outcome, kept when a story must be shortened.
_CLOSING = {"extradited": ("extradited",), "handed_over": ("handed_over",), "abducted": ("abducted",),
            "released": ("release",), "left_country": ("left_country", "deported"),
            "unknown": ("contact_lost",)}
_ARREST_RATE = {"extradition": 1.0, "expulsion_handover": 1.0, "abduction": 0.5, "expulsion": 0.6, "other": 0.7}


# ---------------------------------------------------------------------------------------

_DATE_CACHE: dict[int, str] = {}


def _iso(ordinal: int) -> str:
    # Shared strings: 200,000 events hold a few thousand distinct dates.
    text = _DATE_CACHE.get(ordinal)
    if text is None:
        text = _DATE_CACHE[ordinal] = datetime.date.fromordinal(ordinal).isoformat()
    return text


def _vague(rng: random.Random, ordinal: int, approx: float, month: float) -> str:
    x = rng.random()
    if x < approx:
        return _iso(ordinal) + "~"
    if x < approx + month:
        return _iso(ordinal)[:7]
    return _iso(ordinal)


def _time(rng: random.Random) -> str:
    return f"{rng.randint(6, 23):02d}:{rng.randrange(0, 60, 5):02d}"


class _Story:
    """What the event texts and bodies of one case draw on."""

    __slots__ = ("lang", "place", "court", "district", "hometown", "im_body")

    def __init__(self, rng: random.Random, place: tuple, hometown: str | None) -> None:
        x = rng.random()
        self.lang = "ru" if x < 0.5 else ("en" if x < 0.88 else "be")
        self.place = place
        self.court = place[2]
        self.district = f"{rng.choice(_DISTRICTS)} District Court"
        self.hometown = hometown
        self.im_body: str | None = None  # one international body per case, chosen by date


def _international_body(rng: random.Random, ordinal: int) -> str:
    if ordinal <= _ECTHR_LAST_DAY and rng.random() < 0.85:
        return "ECtHR"
    return "UN HRC" if rng.random() < 0.75 else "UN CAT"


def _event(rng: random.Random, story: _Story, typ: str, ordinal: int, param) -> dict:
    vague = _VAGUE.get(typ)
    if vague:
        date = _vague(rng, ordinal, *vague)
    else:
        date = _iso(ordinal) + "~" if rng.random() < 0.03 else _iso(ordinal)
    event = {"type": typ, "date": date}
    rate = _TIMED.get(typ)
    if rate and len(date) == 10 and rng.random() < rate:
        event["time"] = _time(rng)
    place = body = None
    if typ in ("arrest", "admin_detention", "rearrest", "contact_lost", "abducted", "permit_refused"):
        place = story.place[0]
    elif typ == "handed_over":
        place = rng.choice(_BORDER_PLACES)
    elif typ == "deported" or (typ == "extradited" and rng.random() < 0.3):
        place = rng.choice(_AIRPORTS)
    elif typ == "located":
        place = rng.choice(_BY_DETENTION)
    elif typ == "special_centre_placement":
        place = story.place[0]
    if typ in ("custody_ordered", "custody_extended", "expulsion_ordered"):
        body = story.district
    elif typ == "release" and rng.random() < 0.3:
        body = story.district
    elif typ in ("complaint_filed", "court_decision"):
        body = story.court if rng.random() < 0.8 else story.district
    elif typ == "hearing":
        body = story.court if rng.random() < 0.7 else story.district
    elif typ in ("appeal_filed", "appeal_decision"):
        body = "Supreme Court of Russia"
    elif typ in ("extradition_granted", "extradition_refused"):
        body = "Prosecutor General's Office"
    elif typ == "extradition_request":
        body = "Prosecutor General's Office of Belarus"
    elif typ in ("interim_measures_requested", "interim_measures_granted", "interim_measures_refused",
                 "communication_filed"):
        if story.im_body is None:
            story.im_body = _international_body(rng, ordinal)
        body = story.im_body
    elif typ in ("temporary_asylum_applied", "temporary_asylum_refused", "temporary_asylum_granted",
                 "asylum_applied", "asylum_refused", "asylum_granted", "permit_refused"):
        body = "Ministry of Internal Affairs"
    elif typ == "entry_ban":
        body = "FSB" if rng.random() < 0.7 else "Ministry of Internal Affairs"
    elif typ == "urgent_appeal":
        body = rng.choice(("UN Special Rapporteur on Belarus", "UN WGAD", "UN Special Rapporteur on Torture"))
    elif typ == "sentenced":
        body = f"{story.hometown} District Court" if story.hometown and rng.random() < 0.5 else "Minsk City Court"
    elif typ == "intervention" and rng.random() < 0.5:
        body = rng.choice(("Ombudsman", "UN Special Rapporteur on Belarus", "OSCE", "Consulate of Belarus"))
    elif typ == "political_prisoner_recognised":
        body = "Viasna"
    elif typ == "wanted_listed":
        body = "Ministry of Internal Affairs of Belarus"
    if place:
        event["place"] = place
    if body:
        event["body"] = body
    if rng.random() < _TEXT_RATE.get(typ, 0.3):
        texts = _TEXTS.get(f"release {param}" if typ == "release" and param else typ)
        if texts:
            lang = story.lang if story.lang in texts else ("ru" if story.lang == "be" else "en")
            text = rng.choice(texts[lang])
            if "{" in text:
                column = {"en": 0, "ru": 1, "be": 2}[lang]
                if typ == "sentenced":
                    text = text.format(sentence=_SENTENCES[param if param is not None else 0][column])
                elif typ in ("left_country", "deported"):
                    text = text.format(country=_COUNTRIES[param if param is not None else 0][column])
                else:
                    text = text.format(n=param if param is not None else 2)
            event["text"] = text
    return event


def _pool(typ: str, current: int) -> int:
    if typ in _REMOVAL:
        return 2
    if typ in _AT_LIBERTY:
        return 1
    if typ in _DETENTION:
        return _JUST_DETAINED
    if typ in _BEFORE_A_COURT and current != 2:
        return 0
    return current


def _trim(rng: random.Random, steps: list[tuple], count: int, decisive: int | None) -> list[tuple]:
    """At most `count` steps: the first always stays, then the step that decided the
    outcome (index `decisive`), then the ones that tell the story best."""
    steps = list(steps)
    while len(steps) > max(count, 1):
        keep = [9 if i == decisive else _KEEP.get(step[0], 5) for i, step in enumerate(steps)]
        lowest = min(keep[1:])
        gone = rng.choice([i for i in range(1, len(steps)) if keep[i] == lowest])
        del steps[gone]
        if decisive is not None:
            decisive = None if gone == decisive else decisive - (gone < decisive)
    return steps


def _events(rng: random.Random, story: _Story, steps: list[tuple], start: int, limit: int,
            count: int, decisive: int | None) -> list[dict]:
    if count <= 0:
        return []
    steps = _trim(rng, steps, count, decisive)
    # Fillers fall anywhere from the first step to a while after the last one: the work
    # goes on after the story's last decisive step.
    fillers = count - len(steps)
    span = steps[-1][1] + (rng.randint(15, 120) if fillers else 0)
    days = sorted(rng.randint(1, span) for _ in range(fillers))
    room = limit - start
    scale = room / span if span > room else 1.0
    events = []
    pool = _JUST_DETAINED
    j = 0
    for i, (typ, offset, param) in enumerate(steps):
        pool = _pool(typ, pool)
        events.append(_event(rng, story, typ, start + int(offset * scale), param))
        following = steps[i + 1][1] if i + 1 < len(steps) else span + 1
        while j < fillers and days[j] < following:  # a step comes before that day's fillers
            events.append(_event(rng, story, rng.choice(_FILLERS[pool]), start + int(days[j] * scale), None))
            j += 1
    _order_times(rng, events)
    return events


def _order_times(rng: random.Random, events: list[dict]) -> None:
    """Make times of day on the same date run forwards, as the events do."""
    day, latest = None, -1
    for event in events:
        if event["date"] != day:
            day, latest = event["date"], -1
        time = event.get("time")
        if time is None:
            continue
        minutes = int(time[:2]) * 60 + int(time[3:])
        if minutes < latest:
            minutes = min(latest + rng.randrange(0, 181, 5), 23 * 60 + 55)
            event["time"] = f"{minutes // 60:02d}:{minutes % 60:02d}"
        latest = minutes


def _person(rng: random.Random, arrest_year: int) -> tuple[dict, str | None]:
    female = rng.random() < 0.2
    given = rng.choice(_FEMALE_GIVEN if female else _MALE_GIVEN)
    surname = rng.choice(FEMALE_SURNAMES if female else MALE_SURNAMES)
    full = [f"{given[i]} {surname[i]}" for i in range(5)]
    x = rng.random()
    shown = BE if x < 1 / 3 else RU if x < 2 / 3 else (PASSPORT if rng.random() < 0.6 else PRESS)
    others = [i for i in range(5) if i != shown and full[i] != full[shown]]
    k = min(len(others), rng.choice((1, 1, 2, 2, 3)))
    picked = sorted(rng.sample(others, k))
    names, seen = [], [full[shown]]
    for i in picked:
        if full[i] not in seen:
            seen.append(full[i])
            names.append({"value": full[i], "lang": _SPELLING_LANG[i]})
    person: dict = {"name": full[shown]}
    if names:
        person["names"] = names
    if rng.random() < 0.75:
        year = arrest_year - rng.randint(19, 58)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        x = rng.random()
        if x < 0.5:
            person["birth_date"] = f"{year:04d}-{month:02d}-{day:02d}"
        elif x < 0.68:
            person["birth_date"] = f"{year:04d}-{month:02d}"
        elif x < 0.82:
            person["birth_date"] = f"{year:04d}-{month:02d}~"
        else:
            person["birth_date"] = f"{year:04d}"
    if rng.random() < 0.85:
        person["citizenship"] = ["BY"]
    hometown = rng.choice(HOMETOWNS) if rng.random() < 0.6 else None
    if hometown:
        person["hometown"] = hometown
    x = rng.random()
    if x < 0.45:
        person["publicity"] = "public"
    elif x < 0.7:
        person["publicity"] = "initials"
    elif x < 0.85:
        person["publicity"] = "withheld"
    # otherwise absent: withheld by default
    return person, hometown


def _charges(rng: random.Random, kind: str) -> list[dict]:
    if kind == "extradition":
        n = rng.choice((1, 1, 1, 2, 2, 3))
    elif kind in ("expulsion_handover", "abduction"):
        n = rng.choice((0, 1, 1, 2))
    elif kind == "expulsion":
        n = rng.choice((0, 0, 0, 0, 1))
    else:
        n = rng.choice((0, 0, 1))
    articles: list[str] = []
    while len(articles) < n:
        article = rng.choice(_BY_ARTICLES)
        if article not in articles:
            articles.append(article)
    charges = []
    for article in articles:
        charge = {"jurisdiction": "BY", "code": "CC", "article": article}
        if rng.random() < 0.5:
            charge["part"] = "2" if rng.random() < 0.4 else "1"
        charges.append(charge)
    ao_rate = {"expulsion_handover": 0.7, "expulsion": 0.8}.get(kind, 0.05)
    if rng.random() < ao_rate:
        article = "18.8" if kind != "expulsion" or rng.random() < 0.5 else "20.2"
        charge = {"jurisdiction": "RU", "code": "AO", "article": article}
        if rng.random() < 0.4:
            charge["part"] = "1"
        charges.append(charge)
    return charges


_SUMMARIES = {kind: tuple(texts) for kind, texts in _DATA["texts"]["summaries"].items()}  # (en, ru)


def _summary(kind: str, story: _Story, charges: list[dict], has_arrest: bool) -> str:
    en, ru = _SUMMARIES[kind]
    russian = story.lang != "en"
    template = ru if russian else en
    article = next((c["article"] for c in charges if c["jurisdiction"] == "BY"), None)
    if kind == "extradition" and article is None:
        template = ("Экстрадиция запрошена Беларусью; задержание {where}." if russian
                    else "Extradition sought by Belarus; detained {where}.")
    where = story.place[1] if russian else "in " + story.place[0]
    if not has_arrest and kind in ("extradition", "expulsion_handover"):
        where = "в России" if russian else "in Russia"
    return template.format(article=article, where=where)


def _tags(rng: random.Random, events: list[dict], kind: str) -> list[str]:
    types = [e["type"] for e in events]
    tags = []
    if "interim_measures_granted" in types:
        granted = types.index("interim_measures_granted")
        if any(t in ("extradited", "handed_over") for t in types[granted:]) and rng.random() < 0.9:
            tags.append("interim-measures-ignored")
    if "rearrest" in types and rng.random() < 0.9:
        tags.append("re-arrested")
    if "media" in types and rng.random() < 0.3:
        tags.append("media-attention")
    if kind in ("extradition", "expulsion_handover") and rng.random() < 0.1:
        tags.append("state-lawyer")
    if rng.random() < 0.05:
        tags.append(rng.choice(("health-concerns", "family-in-russia", "minor-children")))
    return tags[:2]


def _case(rng: random.Random, serial: int, count: int, first: int, last: int) -> dict:
    limit = last
    kind = rng.choice(_KINDS)
    has_arrest = rng.random() < _ARREST_RATE[kind]
    start = rng.randint(first, max(first, last - 30))
    outcome = rng.choice(_OUTCOMES[kind])
    if kind != "abduction" and limit - start < 270 and rng.random() < 0.6:
        outcome = "pending"  # recent cases are mostly still running
    if outcome == "released" and not has_arrest:  # nobody to release
        outcome = "left_country" if kind == "expulsion" else "pending"
    if kind == "extradition":
        steps = _extradition(rng, outcome)
    elif kind == "expulsion_handover":
        steps = _expulsion_handover(rng, outcome)
    elif kind == "abduction":
        steps = _abduction(rng, has_arrest)
    elif kind == "expulsion":
        steps = _expulsion(rng, "left_country" if outcome == "pending" else outcome, has_arrest)
    else:
        steps = _other(rng, outcome, has_arrest)
    if outcome == "pending" and kind != "other":
        # Built to its end, then cut before the step that would have decided the outcome.
        end = max((i for i, step in enumerate(steps) if step[0] in _OUTCOME_STEPS), default=len(steps))
        steps = steps[:rng.randint(1, max(1, end))]
    if kind == "abduction":
        status = "closed" if rng.random() < 0.6 else "open"
    elif outcome == "pending":
        status = "open"
    elif outcome == "unknown":
        status = "open" if rng.random() < 0.5 else "closed"
    else:
        status = "closed" if rng.random() < 0.85 else "open"

    # The arrest: exact mostly; sometimes approximate, or known only within a few days.
    arrest = None
    if has_arrest:
        x = rng.random()
        if x < 0.06:
            span = rng.randint(2, 6)
            begin = max(first, start - span)
            arrest_date = f"{_iso(begin)}/{_iso(start)}"
        elif x < 0.10:
            arrest_date = _iso(start)[:7] + "~"
        elif x < 0.14:
            arrest_date = _iso(start) + "~"
        else:
            arrest_date = _iso(start)
        arrest = {"date": arrest_date}
    year = int(arrest["date"][:4]) if arrest else datetime.date.fromordinal(start).year

    person, hometown = _person(rng, year)
    place = rng.choice(_PLACES)
    story = _Story(rng, place, hometown)
    if arrest is not None and rng.random() < 0.97:
        arrest["place"] = place[0]
    charges = _charges(rng, kind)
    closing = _CLOSING.get(outcome, ())
    decisive = max((i for i, step in enumerate(steps) if step[0] in closing), default=None)
    events = _events(rng, story, steps, start, limit, count, decisive)
    if arrest is not None and events and events[0]["type"] in ("arrest", "admin_detention"):
        events[0]["date"] = arrest["date"]  # the same moment, written the same way
        if len(arrest["date"]) != 10:
            events[0].pop("time", None)
        if "place" in arrest:
            events[0]["place"] = arrest["place"]
        else:
            events[0].pop("place", None)

    case: dict = {
        "reference": f"SYN-{year}-{serial:05d}",
        "kind": kind,
        "status": status,
        "outcome": outcome,
        "person": person,
    }
    if arrest is not None:
        case["arrest"] = arrest
    if charges:
        case["charges"] = charges
    if events:
        case["events"] = events
    tags = _tags(rng, events, kind)
    if tags:
        case["tags"] = tags
    if rng.random() < 0.7:
        case["summary"] = _summary(kind, story, charges, arrest is not None)
    return case


def generate_document(*, cases: int, events_per_case: int = 20, seed: int = 1,
                      start_year: int = 2020, end_year: int = 2026) -> dict:
    """An interchange document {"format": "abarona-cases", "version": 1, "cases": [...]} of
    ``cases`` made-up cases with ``events_per_case`` events each, dated within
    ``start_year``..``end_year``; the same arguments give the same document. Raises
    ValueError for a negative count or years outside 1 <= start_year <= end_year <= 9999."""
    if cases < 0 or events_per_case < 0:
        raise ValueError("cases and events_per_case must not be negative")
    if not 1 <= start_year <= end_year <= 9999:
        raise ValueError("need 1 <= start_year <= end_year <= 9999")
    rng = random.Random(seed)
    first = datetime.date(start_year, 1, 1).toordinal()
    last = datetime.date(end_year, 12, 31).toordinal()
    return {
        "format": FORMAT,
        "version": VERSION,
        "cases": [_case(rng, i + 1, events_per_case, first, last) for i in range(cases)],
    }


def write_document(path, document, *, indent: int | None = None) -> None:
    """Write the document as UTF-8 JSON (letters as themselves, not \\u escapes)."""
    # json.dumps, not json.dump: only the one-shot path uses the C encoder, and the
    # streaming one is several times slower on a 200,000-event document.
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.write("\n")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m desktop.demo.synthetic``: write a generated document to the ``-o`` file;
    returns 0 (argparse exits with 2 on bad options)."""
    parser = argparse.ArgumentParser(
        prog="python -m desktop.synthetic",
        description="Write made-up cases in the Abarona interchange format (demo vault, benchmarks).")
    parser.add_argument("--cases", type=int, required=True, help="how many cases")
    parser.add_argument("--events", type=int, default=20, help="events per case (default 20)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--start-year", type=int, default=2020, help="earliest arrest year (default 2020)")
    parser.add_argument("--end-year", type=int, default=2026, help="latest year of any date (default 2026)")
    parser.add_argument("--indent", type=int, default=None, help="pretty-print with this indent")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    args = parser.parse_args(argv)
    try:
        document = generate_document(cases=args.cases, events_per_case=args.events, seed=args.seed,
                                     start_year=args.start_year, end_year=args.end_year)
    except ValueError as error:
        parser.error(str(error))
    write_document(args.output, document, indent=args.indent)
    print(f"Wrote {args.cases} made-up cases to {args.output}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
