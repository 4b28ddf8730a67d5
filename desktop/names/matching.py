"""Name matching across scripts: is this the same person, how sure, and why.

The coarse search key of desktop.names finds *candidates*; this module *scores* them. Each
word is brought to a "sound key" finer than the search key: transliterated to Latin
(Unidecode for Cyrillic; Łacinka and Polish letters decoded first), consonants folded into
the classes that Russian, Belarusian and the Latin schemes confuse (х/г/ch/kh/h, ц/ts/c/т,
дз/д, ў/в...), and every vowel run reduced to one of four classes — A (а/о: akannie),
E (е/э/я/ё: yakannie), I (і/и/ы/й), U (у/ю) — keeping the last vowel, which tells
Кудин from Кудина. Two words with one sound key are spellings of one name; a library
transliteration (iuliia for Russian schemes, cyrtranslit and Unidecode for Belarusian, and
the project's passport and Łacinka spellings) is then looked for to *name* the scheme in
the explanation. Given names that differ between the languages (Алексей/Аляксей,
Ольга/Вольга) come from resources/given_names.toml; typos are one or two edits of the sound
key; patronymics are recognised by their suffixes and compared when both names carry one;
word order is free. Birth dates, when both are known, confirm or separate namesakes.

A score is in [0, 1]; ``DEFAULT_THRESHOLD`` is where the labelled set in tests/data meets
recall >= 0.95 at precision >= 0.95. Every match carries ``Reason`` records with a stable
code (the UI translates them) and an English text (the CLI prints it).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

import cyrtranslit
import iuliia
from rapidfuzz.distance import OSA, Indel, Levenshtein
from unidecode import unidecode

from desktop.dates import edtf as dates
from desktop.dates import written
from desktop.names import folding as names
from desktop.names.transliteration import be_to_lacinka, be_to_passport, ru_to_press

_BIRTH_SUPPORTS_FROM = 0.75

#: Matches at or above this score are shown (CLI, screening, duplicates) unless told otherwise.
DEFAULT_THRESHOLD = 0.85

# Word scores by level (see compare_words).
EXACT, FOLDED, TRANSLIT, GIVEN_VARIANT, SOUND = 1.0, 0.99, 0.98, 0.97, 0.95
TYPO1, TYPO_VOWEL, TYPO_CONSONANT, TYPO2 = 0.90, 0.88, 0.80, 0.80
PART_OF_DOUBLE = 0.93
INITIAL = 0.80
DIFFERENT_GIVEN_CAP = 0.45

# ---------------------------------------------------------------------------------------
# Sound keys

# The letter and digraph tables are desktop.names.folding's (one table for search, duplicates
# and screening); the sound key differs from the search key only in how it folds vowels.
_PRE = names.LETTERS
_APOSTROPHES = names.APOSTROPHES
_VOWEL_RUN = re.compile(rf"[{names.VOWELS}]+")
_DOUBLES = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_SOFT_L = re.compile(r"l(?=[ao])")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_BE_ONLY = set("іўІЎ'’ʼ")
_RU_ONLY = set("иъщИЪЩ")


def _vowel_class(run: str) -> str:
    core = run.lstrip("iyj")
    if not core:
        return "I"
    first = core[0]
    if first == "u":
        return "U"
    if first in "ao":
        return "E" if core != run else "A"  # я, ё after a glide: the soft vowels
    return "E"  # e, ie, ye, ei...


def _sound(latin: str) -> str:
    latin = names.consonant_classes(latin)
    return _DOUBLES.sub(r"\1", _VOWEL_RUN.sub(lambda m: _vowel_class(m.group()), latin))


def is_cyrillic(text: str) -> bool:
    """True when ``text`` has at least one Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def cyrillic_language(word: str) -> str:
    """'be', 'ru' or '' (a word both languages write alike)."""
    chars = set(word)
    if chars & _BE_ONLY:
        return "be"
    if chars & _RU_ONLY:
        return "ru"
    return ""


def _latin(word: str) -> str:
    return names.latin(word)


@functools.lru_cache(maxsize=200_000)
def sound_keys(word: str) -> tuple[str, ...]:
    """The sound keys of one word: more than one for a Latin word that may be Łacinka
    (where "la" is Cyrillic ля), Łacinka without its diacritics (Scerbac), or a French-style
    passport spelling (Chevtchouk, Kouznetsov, Janna)."""
    latin = _latin(word)
    if not latin:
        return ()
    keys = [_sound(latin)]
    if not is_cyrillic(word):
        variants = [_SOFT_L.sub("li", latin) if _SOFT_L.search(latin) else None,
                    names.stripped_lacinka(latin),
                    names.french_reading(latin)]
        for variant in variants:
            if variant:
                key = _sound(variant)
                if key not in keys:
                    keys.append(key)
    return tuple(keys)


# ---------------------------------------------------------------------------------------
# Transliteration schemes, to name the one that turns one spelling into the other.

_RU_SCHEMES: tuple[tuple[str, object], ...] = (
    ("ICAO Doc 9303, Russian passports", iuliia.ICAO_DOC_9303.translate),
    ("BGN/PCGN", iuliia.BGN_PCGN.translate),
    ("GOST 7.79", iuliia.GOST_779.translate),
    ("GOST 7.79 system B", iuliia.GOST_779_ALT.translate),
    ("English press", ru_to_press),
    ("Wikipedia", iuliia.WIKIPEDIA.translate),
    ("old Russian passports (MVD 310)", iuliia.MVD_310.translate),
    ("ALA-LC", iuliia.ALA_LC.translate),
    ("scholarly", iuliia.SCIENTIFIC.translate),
    ("Unidecode", unidecode),
)
_BE_SCHEMES: tuple[tuple[str, object], ...] = (
    ("Belarusian passports", be_to_passport),
    ("Łacinka", be_to_lacinka),
    ("Belarusian national system", lambda w: cyrtranslit.to_latin(w, "by").replace("x", "ch")),
    ("Unidecode", unidecode),
    ("Russian ICAO rules", lambda w: iuliia.ICAO_DOC_9303.translate(_be_as_ru(w))),
    ("Russian BGN/PCGN rules", lambda w: iuliia.BGN_PCGN.translate(_be_as_ru(w))),
)
_BE_AS_RU = str.maketrans({"і": "и", "І": "И", "ў": "в", "Ў": "В", "'": "ъ", "’": "ъ", "ʼ": "ъ"})


def _be_as_ru(word: str) -> str:
    return word.translate(_BE_AS_RU)


def _plain(text: str) -> str:
    """Casefolded, apostrophes and marks gone: what 'equal' means across schemes."""
    text = names.clean(unicodedata.normalize("NFC", text)).casefold().translate(_APOSTROPHES)
    return text.replace("ё", "е")


def _ascii(text: str) -> str:
    return _NOT_LETTER.sub("", unidecode(_plain(text).translate(_PRE)))


@functools.lru_cache(maxsize=50_000)
def transliteration_scheme(cyrillic: str, latin: str) -> tuple[str, str] | None:
    """(language, scheme) of a library scheme that writes ``cyrillic`` as ``latin``."""
    target, target_ascii = _plain(latin), _ascii(latin)
    lang = cyrillic_language(cyrillic)
    order = ("be", "ru") if lang != "ru" else ("ru", "be")
    for language in order:
        if lang and language != lang:
            continue
        written = _written(cyrillic, language)
        for scheme, plain, _ in written:
            if plain == target:
                return language, scheme
        for scheme, _, ascii_form in written:
            if ascii_form == target_ascii:
                return language, scheme + ", without diacritics"
    return None


@functools.lru_cache(maxsize=20_000)
def _written(cyrillic: str, language: str) -> tuple[tuple[str, str, str], ...]:
    """(scheme, plain form, ASCII form) of ``cyrillic`` as each scheme of ``language`` writes it,
    in the order of the schemes, leaving out a scheme whose library chokes on the word. Made
    once for a word however many Latin spellings it is met with (issue 19)."""
    found = []
    for scheme, translate in _BE_SCHEMES if language == "be" else _RU_SCHEMES:
        try:
            written = translate(cyrillic)
        except Exception:  # noqa: BLE001 - a library that chokes on a word names no scheme
            continue
        found.append((scheme, _plain(written), _ascii(written)))
    return tuple(found)


# ---------------------------------------------------------------------------------------
# Given names


@dataclass(frozen=True)
class GivenName:
    id: int
    gender: str
    ru: tuple[str, ...]
    be: tuple[str, ...]
    latin: tuple[str, ...]

    @property
    def label(self) -> str:
        """The name's Russian and Belarusian forms joined with "/", each once."""
        return "/".join(dict.fromkeys(self.ru + self.be))


@dataclass(frozen=True)
class GivenNames:
    names: tuple[GivenName, ...]
    by_key: dict[str, frozenset[int]]
    by_plain: dict[str, frozenset[int]]
    lang_of: dict[tuple[int, str], str]  # (group, plain form) -> ru / be / latin

    def groups(self, word: str) -> frozenset[int]:
        """The ids of the given names ``word`` is a form of: by its plain form, else by its sound
        keys (a transliteration never seen still finds its name); empty when none."""
        found = self.by_plain.get(_plain(word))
        if found is not None:
            return found
        result: set[int] = set()
        for key in sound_keys(word):
            result |= self.by_key.get(key, frozenset())
        return frozenset(result)


@functools.cache
def given_names() -> GivenNames:
    """The given names of resources/given_names.toml with their Russian, Belarusian and Latin
    forms, indexed for matching; read once and cached for the process."""
    with resources.files("resources").joinpath("given_names.toml").open("rb") as handle:
        data = tomllib.load(handle)
    entries = []
    by_key: dict[str, set[int]] = {}
    by_plain: dict[str, set[int]] = {}
    lang_of: dict[tuple[int, str], str] = {}
    for i, entry in enumerate(data["name"]):
        name = GivenName(i, entry["gender"], tuple(entry.get("ru", ())), tuple(entry.get("be", ())),
                         tuple(entry.get("latin", ())))
        entries.append(name)
        for lang, forms in (("latin", name.latin), ("be", name.be), ("ru", name.ru)):
            for form in forms:
                by_plain.setdefault(_plain(form), set()).add(i)
                lang_of[(i, _plain(form))] = lang
                for key in sound_keys(form):
                    by_key.setdefault(key, set()).add(i)
    return GivenNames(
        tuple(entries),
        {k: frozenset(v) for k, v in by_key.items()},
        {k: frozenset(v) for k, v in by_plain.items()},
        lang_of,
    )


# ---------------------------------------------------------------------------------------
# Words

_PATRONYMIC_M = re.compile(r"(?:ov|ev|av|iev|jev|yev|iev)?(?:ich|ych|ic|yc)$")
_PATRONYMIC_F = re.compile(r"(?:ovn|evn|avn|aun|eun|avun|ichn|ychn|inichn|ovun)a$")
_SURNAME_F = re.compile(r"(?:ova|eva|iova|yova|ava|ina|yna|aya|aia|aja|skaya|skaia|skaja|ska|tska|ckaya|cka|aja)$")
_SURNAME_M = re.compile(r"(?:ov|ev|au|ou|ow|eu|ev|in|yn|ski|sky|skiy|skij|skii|tski|tsky|cki|cky|iy|yi|ij|ii|oi|oy|oj)$")


@dataclass(frozen=True)
class WordInfo:
    text: str
    plain: str
    ascii: str
    latin: str
    keys: tuple[str, ...]
    cyrillic: bool
    lang: str  # be, ru or '' for Cyrillic; 'latin' otherwise
    groups: frozenset[int]
    initial: bool

    @property
    def given_gender(self) -> str:
        """"m" or "f" when the word is a given name of one gender only, else ''."""
        genders = {given_names().names[g].gender for g in self.groups}
        return genders.pop() if len(genders) == 1 else ""

    @property
    def surname_gender(self) -> str:
        """"m" or "f" from a surname's ending (-ava/-ova, -skaya... are "f"), '' for a given name
        or an ending that says nothing."""
        if self.groups:
            return ""
        if _SURNAME_F.search(self.latin):
            return "f"
        if _SURNAME_M.search(self.latin):
            return "m"
        return ""

    @property
    def patronymic_like(self) -> bool:
        """True when the word ends as a patronymic does (-ovich, -evna...; six letters at least)."""
        return len(self.latin) >= 6 and bool(_PATRONYMIC_M.search(self.latin) or _PATRONYMIC_F.search(self.latin))


@functools.lru_cache(maxsize=200_000)
def word_info(word: str) -> WordInfo:
    """What matching knows of one word of a name (:class:`WordInfo`): its plain, ASCII and
    Latin forms, sound keys, script and language, the given-name groups it belongs to, and
    whether it is an initial. Cached."""
    cyr = is_cyrillic(word)
    latin = _latin(word)
    return WordInfo(
        text=word, plain=_plain(word), ascii=_ascii(word), latin=latin, keys=sound_keys(word), cyrillic=cyr,
        lang=cyrillic_language(word) if cyr else "latin",
        groups=given_names().groups(word) if len(latin) > 1 else frozenset(),
        initial=len(latin) == 1,
    )


@dataclass(frozen=True)
class WordMatch:
    score: float
    code: str
    params: tuple[tuple[str, str], ...] = ()


def _scripts(a: WordInfo, b: WordInfo) -> str:
    """How two spellings relate, for the explanation."""
    if a.cyrillic and b.cyrillic:
        # Касцюк/Костюк: different Cyrillic spellings of one sound are the two languages'
        # forms unless both are plainly of one language.
        if a.lang == b.lang and a.lang:
            return "cyrillic"
        return "be_ru"
    if a.cyrillic or b.cyrillic:
        return "cyrillic_latin"
    return "latin"


def _typo(a: WordInfo, b: WordInfo) -> WordMatch:
    """One or two edits of the sound key. Swapped letters and vowel slips are common
    typos; a consonant more, less or changed more often makes another surname
    (Статкевич/Станкевич, Кузина/Кузьмина), so it scores lower."""
    edits, length, x, y = min((OSA.distance(x, y), max(len(x), len(y)), x, y) for x in a.keys for y in b.keys)
    if edits == 1 and length >= 4:
        if Levenshtein.distance(x, y) == 2:
            return WordMatch(TYPO1, "typo", (("edits", "1"), ("kind", "swap")))
        (op,) = Levenshtein.editops(x, y)
        letters = {x[op.src_pos] if op.tag != "insert" else "", y[op.dest_pos] if op.tag != "delete" else ""} - {""}
        if all(ch in "AEIU" for ch in letters):
            return WordMatch(TYPO1 if op.tag != "replace" else TYPO_VOWEL, "typo", (("edits", "1"), ("kind", "vowel")))
        return WordMatch(TYPO_CONSONANT, "typo", (("edits", "1"), ("kind", "consonant")))
    if edits == 2 and length >= 8:
        return WordMatch(TYPO2, "typo", (("edits", "2"),))
    similarity = Indel.normalized_similarity(a.latin, b.latin)
    return WordMatch(round(0.6 * similarity, 3), "different",
                     (("similarity", str(round(similarity * 100))),))


def _equal_sound(a: WordInfo, b: WordInfo) -> WordMatch:
    relation = _scripts(a, b)
    if relation == "cyrillic_latin":
        cyr, lat = (a, b) if a.cyrillic else (b, a)
        found = transliteration_scheme(cyr.text, lat.text)
        if found:
            return WordMatch(TRANSLIT, "transliteration", (("language", found[0]), ("scheme", found[1])))
        return WordMatch(SOUND, "transliteration_variant", (("language", cyr.lang or "ru"),))
    if relation == "be_ru":
        return WordMatch(SOUND, "be_ru_forms")
    return WordMatch(SOUND, "spelling_variant")


def _given_relation(a: WordInfo, b: WordInfo, shared: frozenset[int]) -> str:
    """'ru_be' when one spelling is a Russian form and the other a Belarusian one."""
    table = given_names()

    def langs(info: WordInfo) -> set[str]:
        found = {table.lang_of[(g, info.plain)] for g in shared if (g, info.plain) in table.lang_of}
        if not info.cyrillic:  # Gennady is the Russian form in Latin letters
            for g in shared:
                for lang, forms in (("ru", table.names[g].ru), ("be", table.names[g].be)):
                    if any(transliteration_scheme(form, info.text) for form in forms):
                        found.add(lang)
            found.discard("latin") if found - {"latin"} else None
        return found

    la, lb = langs(a), langs(b)
    return "ru_be" if {frozenset(la), frozenset(lb)} == {frozenset({"ru"}), frozenset({"be"})} else "spelling"


@functools.lru_cache(maxsize=500_000)
def _compare_words(a: str, b: str) -> WordMatch:
    wa, wb = word_info(a), word_info(b)
    if not wa.keys or not wb.keys:
        return WordMatch(0.0, "different", (("similarity", "0"),))
    if wa.plain == wb.plain:
        return WordMatch(EXACT, "equal")
    if wa.initial or wb.initial:
        if wa.initial and wb.initial:
            return WordMatch(INITIAL if wa.keys[0][0] == wb.keys[0][0] else 0.0, "initial" if wa.keys[0][0] == wb.keys[0][0] else "different", () if wa.keys[0][0] == wb.keys[0][0] else (("similarity", "0"),))
        initial, whole = (wa, wb) if wa.initial else (wb, wa)
        firsts = {k[0] for k in initial.keys} | {initial.latin[0]}
        if any(k[0] in firsts for k in whole.keys) or whole.latin[:1] in firsts:
            return WordMatch(INITIAL, "initial")
        return WordMatch(0.0, "different", (("similarity", "0"),))
    if wa.cyrillic == wb.cyrillic and wa.ascii == wb.ascii:
        return WordMatch(FOLDED, "equal_folded")
    shared = wa.groups & wb.groups
    relation = _given_relation(wa, wb, shared) if shared else ""
    if set(wa.keys) & set(wb.keys) and relation != "ru_be":
        return _equal_sound(wa, wb)
    if shared:
        return WordMatch(GIVEN_VARIANT, "given_variant", (("relation", relation),))
    result = _typo(wa, wb)
    if wa.groups and wb.groups:
        # Two known, different given names (Алексей, Андрей): brothers, not a typo.
        return WordMatch(min(result.score, DIFFERENT_GIVEN_CAP), "different_given")
    if "-" in a or "-" in b:
        # Иванова-Петрова / Иванова: one part of a double surname.
        parts = [(p, b) for p in a.split("-") if p and "-" in a] + [(a, p) for p in b.split("-") if p and "-" in b]
        best = max((compare_words(x, y) for x, y in parts), key=lambda m: m.score)
        if best.score >= SOUND and best.score * PART_OF_DOUBLE > result.score:
            return WordMatch(round(best.score * PART_OF_DOUBLE, 3), "part_of_double", best.params)
    return result


def compare_words(a: str, b: str) -> WordMatch:
    """How alike two words of names are, and why (the cache is symmetric)."""
    return _compare_words(a, b) if a <= b else _compare_words(b, a)


# ---------------------------------------------------------------------------------------
# Names


@dataclass(frozen=True)
class ParsedName:
    text: str
    words: tuple[str, ...]  # without the patronymic
    patronymic: str | None
    positions: tuple[int, ...]  # position of each word in the original order

    @property
    def gender(self) -> str:
        """The gender of the name's first given name of one gender only, else ''."""
        for word in self.words:
            g = word_info(word).given_gender
            if g:
                return g
        return ""


_MAX_WORDS = 5


@functools.lru_cache(maxsize=100_000)
def name_words(text: str) -> tuple[str, ...]:
    """:func:`desktop.names.folding.words` of a name, as a tuple, cached: ten thousand clients
    share a few thousand spellings, and a list repeats them (issue 19)."""
    return tuple(names.words(text))


@functools.lru_cache(maxsize=100_000)
def parse_name(text: str) -> ParsedName:
    """Words of a name, its patronymic set apart when it has one (3+ words). A "word" with
    no sound (only soft or hard signs, say) is no part of a name and is left out."""
    found = [w for w in name_words(text) if names.fold_word(w)][:_MAX_WORDS]
    patronymic_at = None
    if len(found) >= 3:
        infos = [word_info(w) for w in found]
        candidates = [i for i in range(1, len(found)) if infos[i].patronymic_like and not infos[i].groups]
        after_given = [i for i in candidates if infos[i - 1].groups]
        if after_given:
            patronymic_at = after_given[0]
        elif candidates:
            patronymic_at = candidates[-1]
    words = tuple(w for i, w in enumerate(found) if i != patronymic_at)
    positions = tuple(i for i in range(len(found)) if i != patronymic_at)
    return ParsedName(text, words, found[patronymic_at] if patronymic_at is not None else None, positions)


@dataclass(frozen=True)
class Reason:
    """One step of the explanation. ``code`` is stable (the UI translates it)."""

    code: str
    part: str = ""  # surname, given name, patronymic, name, birth date
    params: tuple[tuple[str, str], ...] = ()

    @property
    def values(self) -> dict[str, str]:
        """The reason's values by name (strings)."""
        return dict(self.params)

    def text(self) -> str:
        """The reason in English (:func:`reason_text`)."""
        return reason_text(self)


_LANGUAGE = {"be": "Belarusian", "ru": "Russian", "": "Cyrillic"}


def reason_text(reason: Reason) -> str:
    """English words for one reason (the CLI's explanation; the GUI has its own, translated)."""
    v = reason.values
    part = reason.part or "name"
    a, b = (dates.human(v.get(k)) or '?' for k in ('a', 'b'))
    texts = {
        "equal": f"{part} equal",
        "equal_folded": f"{part} equal apart from letter case and diacritics",
        "transliteration": f"{part} equal after {_LANGUAGE.get(v.get('language', ''), 'Cyrillic')}→Latin "
                           f"transliteration ({v.get('scheme', '')})",
        "transliteration_variant": f"{part}: one name across scripts, allowing for spelling and "
                                   "Belarusian/Russian variants",
        "be_ru_forms": f"{part}: Belarusian and Russian forms of one name",
        "spelling_variant": f"{part}: spelling variants of one transliteration",
        "given_variant": f"{part}: Russian/Belarusian variants of one name" if v.get("relation") == "ru_be"
                         else f"{part}: another spelling of the same given name",
        "typo": f"{part} differs by {v.get('edits', '1')} letter(s) (possible typo)"
                + {"swap": ": two letters swapped", "vowel": ": a vowel", "consonant": ": a consonant"}.get(v.get("kind", ""), ""),
        "part_of_double": f"{part} is part of a double name",
        "initial": f"{part}: the initial agrees",
        "different_given": f"{part}s are different names",
        "different": f"{part} differs ({v.get('similarity', '0')}% alike)",
        "word_order": "word order differs (surname first in one)",
        "extra_words": f"{v.get('count', '1')} word(s) of one name have no counterpart",
        "one_word": "only one word of the name can be compared",
        "patronymic_only_one": "patronymic given in one name only",
        "patronymic_differs": "patronymics differ",
        "gender_differs": "one is a woman's form of the name, the other a man's",
        "birth_equal": "birth date equal",  # dates in words, never as EDTF ("August 1989")
        "birth_year_equal": "birth year equal",
        "birth_compatible": "birth dates compatible",
        "birth_differs": f"birth dates differ ({a} and {b})",
        "birth_day_month_swapped": f"birth dates equal if day and month are swapped ({a} and {b})",
        "birth_one_year": f"birth years one apart ({a} and {b})",
    }
    return texts.get(reason.code, reason.code)


@dataclass(frozen=True)
class Match:
    score: float
    reasons: tuple[Reason, ...] = ()

    def explanation(self) -> str:
        """The reasons in English, joined with "; " (the GUI words them from the codes)."""
        return "; ".join(r.text() for r in self.reasons)

    def to_json(self) -> list[dict]:
        """The reasons as JSON-ready dicts ({"code", "part", values...}); read back with
        :func:`reasons_from_json`."""
        return [{"code": r.code, "part": r.part, **r.values} for r in self.reasons]


def reasons_from_json(items: Iterable[dict]) -> tuple[Reason, ...]:
    """The reasons of a match from their JSON form (dicts with ``code``, ``part`` and values),
    as :meth:`Match.to_json` wrote them; values become strings, sorted by key."""
    result = []
    for item in items:
        item = dict(item)
        code, part = item.pop("code", ""), item.pop("part", "")
        result.append(Reason(code, part, tuple((str(k), str(v)) for k, v in sorted(item.items()))))
    return tuple(result)


_WEIGHTS = {"surname": 1.0, "given name": 0.8, "name": 1.0}


def _role(a: str, b: str) -> str:
    return "given name" if word_info(a).groups or word_info(b).groups else "surname"


def _align(a: ParsedName, b: ParsedName) -> tuple[list[tuple[int, int]], list[WordMatch]]:
    """The pairing of words that scores best (word order is free)."""
    short, long_, swapped = (a.words, b.words, False) if len(a.words) <= len(b.words) else (b.words, a.words, True)
    cached = _compare_words  # compare_words, without its call: the cache is symmetric
    table = [[cached(x, y) if x <= y else cached(y, x) for y in long_] for x in short]
    log, floor = math.log, 1e-3
    logs = [[log(max(m.score, floor)) for m in row] for row in table]
    best_pairs, best_sum = None, -math.inf
    for perm in itertools.permutations(range(len(long_)), len(short)):
        total = sum(logs[i][j] for i, j in enumerate(perm))
        if total > best_sum:
            best_sum, best_pairs = total, perm
    pairs = [(i, j) for i, j in enumerate(best_pairs or ())]
    matches = [table[i][j] for i, j in pairs]
    if swapped:
        pairs = [(j, i) for i, j in pairs]
    return pairs, matches


def _patronymic(a: str, b: str) -> WordMatch:
    direct = compare_words(a, b)
    if direct.score >= SOUND:
        return direct
    # Мікалаевіч / Николаевич: both derive from one given name of the table.
    ga, gb = _patronymic_groups(a), _patronymic_groups(b)
    if ga & gb:
        return WordMatch(GIVEN_VARIANT, "given_variant", (("relation", "ru_be"),))
    return direct


@functools.lru_cache(maxsize=20_000)
def _patronymic_groups(word: str) -> frozenset[int]:
    keys = sound_keys(word)
    table = given_names()
    found = set()
    for name in table.names:
        if name.gender != "m":
            continue
        for form in name.ru + name.be + name.latin:
            for stem in sound_keys(form):
                stem = stem[:-1] if stem[-1:] in "AEIU" else stem
                if len(stem) >= 3 and any(k.startswith(stem) for k in keys):
                    found.add(name.id)
    return frozenset(found)


@functools.lru_cache(maxsize=100_000)
def _genders(word: str) -> tuple[str, str]:
    """(given_gender, surname_gender) of a word's :class:`WordInfo`, worked out once."""
    info = word_info(word)
    return info.given_gender, info.surname_gender


@functools.lru_cache(maxsize=200_000)
def _compare_parsed(a_text: str, b_text: str) -> Match:
    return _self_match(a_text) if a_text == b_text else _compare_steps(a_text, b_text)


def _compare_steps(a_text: str, b_text: str) -> Match:
    """Two names compared word by word (:func:`compare` before the birth dates)."""
    a, b = parse_name(a_text), parse_name(b_text)
    if not a.words or not b.words:
        return Match(0.0, (Reason("different", "name", (("similarity", "0"),)),))
    pairs, matches = _align(a, b)
    reasons: list[Reason] = []
    log_sum = 0.0
    roles = []
    for (i, j), m in zip(pairs, matches):
        role = _role(a.words[i], b.words[j])
        roles.append(role)
        log_sum += _WEIGHTS[role] * math.log(max(m.score, 1e-3))
        reasons.append(Reason(m.code, role, m.params))
    score = math.exp(log_sum)
    # Gender: Кудин/Кудина, Александр/Александра are two people.
    for (i, j), role in zip(pairs, roles):
        ga, gb = _genders(a.words[i]), _genders(b.words[j])
        ga, gb = (ga[0], gb[0]) if role == "given name" else (ga[1], gb[1])
        if ga and gb and ga != gb:
            score *= 0.5
            reasons.append(Reason("gender_differs"))
            break
    if len(pairs) >= 2:
        order_a = [a.positions[i] for i, _ in pairs]
        order_b = [b.positions[j] for _, j in pairs]
        rank_a = sorted(range(len(order_a)), key=order_a.__getitem__)
        rank_b = sorted(range(len(order_b)), key=order_b.__getitem__)
        if rank_a != rank_b:
            reasons.append(Reason("word_order"))
    extra = abs(len(a.words) - len(b.words))
    if min(len(a.words), len(b.words)) == 1:
        score *= 0.8
        reasons.append(Reason("one_word"))
    elif extra:
        score *= 0.95 ** extra
        reasons.append(Reason("extra_words", "", (("count", str(extra)),)))
    if a.patronymic and b.patronymic:
        m = _patronymic(a.patronymic, b.patronymic)
        if m.score >= TYPO1:
            reasons.append(Reason(m.code, "patronymic", m.params))
        else:
            score *= 0.75
            reasons.append(Reason("patronymic_differs", "patronymic"))
    elif a.patronymic or b.patronymic:
        reasons.append(Reason("patronymic_only_one", "patronymic"))
    return Match(round(min(score, 1.0), 4), tuple(reasons))


def _self_match(text: str) -> Match:
    """What :func:`_compare_steps` makes of one spelling with itself, without its steps: every
    word equal (the score 1.0, the identity the first alignment of that score), so no gender,
    order or extra-word reason; "one word" (0.8) for a name of one word; the patronymic equal
    when there is one. Most duplicates at 50,000 clients are namesakes written alike
    (issue 19); tests/desktop/test_duplicates_equivalence.py checks it against the steps."""
    name = parse_name(text)
    if not name.words:
        return Match(0.0, (Reason("different", "name", (("similarity", "0"),)),))
    reasons = [Reason("equal", "given name" if word_info(w).groups else "surname") for w in name.words]
    score = 1.0
    if len(name.words) == 1:
        score = 0.8
        reasons.append(Reason("one_word"))
    if name.patronymic:
        reasons.append(Reason("equal", "patronymic"))
    return Match(score, tuple(reasons))


# ---------------------------------------------------------------------------------------
# Birth dates

def parse_birth(text: object) -> str | None:
    """A birth date as lists write it (12.05.1988, 14 марта 1987 г., 1988-05-12 00:00:00,
    05.1988, 1988 г., an Excel serial number, a date cell) in EDTF, or None when it is not
    a date; see :func:`desktop.dates.written.parse_written_date`."""
    return written.parse_written_date(text)


@functools.lru_cache(maxsize=100_000)
def _birth_date(text: str) -> dates.Edtf | None:
    """An EDTF birth date parsed, None when it is not one; cached for as many dates as ten
    thousands of clients have (desktop.dates.edtf.parse keeps 4,096)."""
    try:
        return dates.parse(text)
    except dates.DateError:
        return None


@functools.lru_cache(maxsize=100_000)
def _birth(a: str | None, b: str | None) -> tuple[float, Reason | None]:
    """(factor on the name score, reason) from two EDTF birth dates. Cached: a list's entries
    and the clients share a few thousand dates, met again and again."""
    if not a or not b:
        return 1.0, None
    da, db = _birth_date(a), _birth_date(b)
    if da is None or db is None:
        return 1.0, None
    if da.lower <= db.upper and db.lower <= da.upper:
        if da.is_day and db.is_day:
            return 1.6, Reason("birth_equal", "birth date")
        if da.lower.year == da.upper.year == db.lower.year == db.upper.year:
            same_month = da.lower.month == db.lower.month and da.upper.month == db.upper.month == da.lower.month
            return (1.4 if same_month else 1.25), Reason("birth_year_equal", "birth date")
        return 1.0, Reason("birth_compatible", "birth date")
    gap_days = (db.lower - da.upper).days if da.upper < db.lower else (da.lower - db.upper).days
    params = (("a", a), ("b", b))
    if da.is_day and db.is_day and (da.lower.day, da.lower.month) == (db.lower.month, db.lower.day) \
            and da.lower.year == db.lower.year:
        return 0.95, Reason("birth_day_month_swapped", "birth date", params)
    if da.lower.year == da.upper.year == db.lower.year == db.upper.year:
        # The same year, other days or months: a month-only date (08.1989) agrees with that
        # month only, never with September 1989, qualified (~, ?) or not.
        return 0.75, Reason("birth_differs", "birth date", params)
    if gap_days <= _NEAR_DAYS:
        return 0.8, Reason("birth_one_year", "birth date", params)
    return FAR_BIRTH_FACTOR, Reason("birth_differs", "birth date", params)


#: Birth dates more than this many days apart are of two people, as far as any two can be:
#: their factor is FAR_BIRTH_FACTOR whatever else they are (a day and month swapped, one
#: year: both need them nearer).
_NEAR_DAYS = 366
FAR_BIRTH_FACTOR = 0.6


def birth_span(text: str | None) -> tuple[int, int] | None:
    """(first day, last day) an EDTF birth date may be, as proleptic Gregorian ordinals
    (date.toordinal), or None when it is unknown or not a date (then it says nothing:
    :func:`birth_evidence` is (1.0, None) with any other date). Cached with the parse."""
    parsed = _birth_date(text) if text else None
    return None if parsed is None else (parsed.lower.toordinal(), parsed.upper.toordinal())


def births_far_apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two :func:`birth_span` s are more than a year apart: :func:`birth_evidence`
    of the two dates is then FAR_BIRTH_FACTOR, and :func:`best_possible` that too. Two
    integer comparisons, where reading the dates' evidence makes a reason for them (issue 19:
    duplicates meet millions of such namesakes at 50,000 clients)."""
    return b[0] - a[1] > _NEAR_DAYS or a[0] - b[1] > _NEAR_DAYS


def birth_years(span: tuple[int, int] | None) -> range | None:
    """The calendar years a :func:`birth_span` touches (range of years), None for None."""
    if span is None:
        return None
    return range(date.fromordinal(span[0]).year, date.fromordinal(span[1]).year + 1)


def birth_years_near(span: tuple[int, int]) -> range:
    """Every calendar year a :func:`birth_span` that is not :func:`births_far_apart` from
    ``span`` touches at least once: the years of ``span`` widened by a year (366 days) on
    each side. Two spans whose :func:`birth_years` share none of these are far apart."""
    return range(date.fromordinal(max(1, span[0] - _NEAR_DAYS)).year,
                 date.fromordinal(min(date.max.toordinal(), span[1] + _NEAR_DAYS)).year + 1)


def birth_evidence(birth_a: str | None, birth_b: str | None) -> tuple[float, Reason | None]:
    """What two EDTF birth dates say, for :func:`compare_with_birth`: (factor on the name
    score, reason), or (1.0, None) when one is unknown or not a date. Computed once for
    two persons however many spellings they have (duplicates: issue 19)."""
    return _birth(birth_a, birth_b)


def best_possible(birth_a: str | None, birth_b: str | None, evidence: tuple | None = None) -> float:
    """The highest score :func:`compare` can give any two names with these birth dates, in
    [0, 1]: birth dates that disagree scale every name score down (a factor below 1), so a
    caller may skip the names when this is under its threshold (duplicates: issue 19).
    ``evidence``: :func:`birth_evidence` of the two dates, when the caller has it."""
    factor, reason = evidence if evidence is not None else _birth(birth_a, birth_b)
    return 1.0 if reason is None or factor >= 1 else round(factor, 4)


def compare(a: str, b: str, *, birth_a: str | None = None, birth_b: str | None = None) -> Match:
    """Score two names (any scripts, any word order), with birth dates when both are known."""
    return compare_with_birth(a, b, _birth(birth_a, birth_b))


def compare_with_birth(a: str, b: str, evidence: tuple[float, Reason | None]) -> Match:
    """:func:`compare` with the :func:`birth_evidence` of the two birth dates."""
    match = _compare_parsed(a, b) if a <= b else _compare_parsed(b, a)
    factor, reason = evidence
    if reason is None:
        return match
    return Match(_with_birth(match.score, factor), match.reasons + (reason,))


def _with_birth(score: float, factor: float) -> float:
    """A name score in [0, 1] with the factor of two birth dates that both are known."""
    if factor < 1:
        score *= factor
    elif score >= _BIRTH_SUPPORTS_FROM:
        # Agreeing birth dates close part of the gap left by the names (a typo, a rare
        # spelling); they never make different names the same.
        score += (1 - score) * (factor - 1)
    return round(min(score, 1.0), 4)


def best_of(names_a: Sequence[str], names_b: Sequence[str], evidence: tuple[float, Reason | None],
            ceiling: float = 1.0, floor: float = 0.0) -> tuple[Match, str, str]:
    """The first pair of spellings, one of ``names_a`` and one of ``names_b``, that scores most
    (:func:`compare_with_birth` with ``evidence``), as (match, spelling a, spelling b); the
    pairs are tried in order, a later pair replaces an earlier one only when it scores more,
    and the search stops at a pair that scores ``ceiling`` (:func:`best_possible` of the two
    birth dates: no pair can score more). (Match(0.0), "", "") when none scores above 0.

    Only what can matter is compared (issue 19): a pair of spellings whose names cannot
    score ``floor`` (the caller's threshold), or more than the best pair so far, is left
    out by :func:`name_ceiling`, which costs a fraction of comparing them. So the answer is
    exact when its score is at least ``floor``; below it, it is only known to be below."""
    factor, reason = evidence
    best, best_score, x, y = best_pair(names_a, names_b, factor, reason is not None, ceiling, floor)
    if best is None:
        return Match(0.0), "", ""
    if reason is not None:
        best = Match(best_score, best.reasons + (reason,))
    return best, x, y


def best_pair(names_a: Sequence[str], names_b: Sequence[str], factor: float, with_birth: bool,
              ceiling: float = 1.0, floor: float = 0.0) -> tuple[Match | None, float, str, str]:
    """:func:`best_of` before the birth dates' reason is added: (the names' match, its score
    with the birth dates' ``factor`` when ``with_birth``, spelling a, spelling b), or
    (None, 0.0, "", "") when no pair scores above 0. The match and spellings depend only on
    the two lists of spellings, ``factor``, ``with_birth``, ``ceiling`` and ``floor``, so a
    caller meeting them again with other birth dates of the same factor may reuse them
    (duplicates: issue 19). Exact when the score is at least ``floor``."""
    known = _known
    best, best_score, best_x, best_y = None, 0.0, "", ""
    waiting = None  # pairs not compared yet, each with the most it can score: (top, order, key, x, y)
    unseen = None  # pairs never met before: (order, key, x, y)
    order = 0
    for x in names_a:
        for y in names_b:
            key = (x, y) if x <= y else (y, x)
            match = known.get(key)
            if match is None:
                if x == y:  # one spelling twice: compared at once (_self_match), no ceiling needed
                    match = _remember(key, _compare_parsed(x, y))
                else:  # its ceiling is made below, if a pair met later leaves it a chance
                    if unseen is None:
                        unseen = []
                    unseen.append((order, key, x, y))
                    order += 1
                    continue
            if match.__class__ is float:
                top = _with_birth(match, factor) if with_birth else match
                if top >= floor and top > best_score:
                    if waiting is None:
                        waiting = []
                    waiting.append((top, order, key, x, y))
            else:
                score = _with_birth(match.score, factor) if with_birth else match.score
                if score > best_score:
                    best, best_score, best_x, best_y, best_order = match, score, x, y, order
                    if score >= ceiling:
                        break
            order += 1
        else:
            continue
        break
    if unseen is not None:
        # Two spellings whose words are not the same (as _plain_words says) score at most
        # BELOW_ONE: beside a pair that scores more, their ceiling is not needed.
        below_one = _with_birth(BELOW_ONE, factor) if with_birth else BELOW_ONE
        for at, key, x, y in unseen:
            if best_score > below_one and not _may_be_equal(*key):
                continue
            top = _remember(key, round(min(_name_ceiling(*key) * (1 + 1e-9), 1.0), 4))
            if with_birth:
                top = _with_birth(top, factor)
            if top >= floor and (top > best_score or (top == best_score and best is not None and at < best_order)):
                if waiting is None:
                    waiting = []
                waiting.append((top, at, key, x, y))
    if waiting is None:
        return best, best_score, best_x, best_y
    # The pairs not yet compared, the most promising first: only those that can score more
    # than the best so far, or as much and come before it, are compared in full.
    if len(waiting) > 1:
        waiting.sort(key=_most_first)
    for top, order, key, x, y in waiting:
        if top < best_score or top < floor:
            break
        if top == best_score and order > best_order:
            continue
        match = known.get(key)
        if match is None or match.__class__ is float:
            match = _remember(key, _compare_parsed(*key))
        score = _with_birth(match.score, factor) if with_birth else match.score
        if score > best_score or (score == best_score and best is not None and order < best_order):
            best, best_score, best_x, best_y, best_order = match, score, x, y, order
    return best, best_score, best_x, best_y


#: The most two names score (compare() before birth dates) unless their words are the same,
#: as _plain_words says: one word scored less than equal (at most FOLDED, 0.99, weighed 0.8
#: for a given name) or any penalty (one word, extra words, gender, patronymic: at most
#: 0.95) leaves at most 0.99 ** 0.8 = 0.99199..., rounded up. tests/desktop/
#: test_duplicates_equivalence.py checks it.
BELOW_ONE = 0.9920


@functools.lru_cache(maxsize=100_000)
def _plain_words(text: str) -> tuple[str, ...] | None:
    """The plain forms of a name's words (its patronymic aside), sorted; None for a name of
    fewer than two words, which never scores 1.0 (one word: 0.8)."""
    words = parse_name(text).words
    if len(words) < 2:
        return None
    return tuple(sorted(word_info(w).plain for w in words))


def _may_be_equal(a: str, b: str) -> bool:
    """False when the names ``a`` and ``b`` score at most BELOW_ONE (their words differ)."""
    words = _plain_words(a)
    return words is not None and words == _plain_words(b)


def _most_first(item: tuple) -> tuple[float, int]:
    return -item[0], item[1]


#: Pairs of names (a <= b) met by best_pair: the Match once compared, else the most they can
#: score (a float: their ceiling as compare() rounds a score) while no caller needed more.
#: Emptied past _KNOWN_MOST entries.
_known: dict[tuple[str, str], Match | float] = {}
_KNOWN_MOST = 200_000


def _remember(key: tuple[str, str], value):
    if len(_known) >= _KNOWN_MOST:
        _known.clear()
    _known[key] = value
    return value


@functools.lru_cache(maxsize=500_000)
def _word_ceiling(a: str, b: str) -> float:
    """At least :func:`compare_words` (a, b).score, from what is cheap to know of the two
    words: equal, an initial, equal folded, one sound or given name (<= TRANSLIT), two
    different given names (<= DIFFERENT_GIVEN_CAP), else a typo (<= TYPO1, when the sound
    keys are two edits apart at most) or different (<= 0.6), and part of a double name
    (<= PART_OF_DOUBLE). It follows _compare_words branch by branch, leaving out only what
    names the scheme and the kind of typo (transliteration tables, edit operations)."""
    wa, wb = word_info(a), word_info(b)
    if not wa.keys or not wb.keys:
        return 0.0
    if wa.plain == wb.plain:
        return EXACT
    if wa.initial or wb.initial:
        return INITIAL
    if wa.cyrillic == wb.cyrillic and wa.ascii == wb.ascii:
        return FOLDED
    if wa.groups & wb.groups or not set(wa.keys).isdisjoint(wb.keys):
        return TRANSLIT  # the most of transliteration, sound, given-name variants
    if wa.groups and wb.groups:
        return DIFFERENT_GIVEN_CAP
    bound = TYPO1 if min(OSA.distance(x, y) for x in wa.keys for y in wb.keys) <= 2 else 0.6
    if "-" in a or "-" in b:
        bound = max(bound, PART_OF_DOUBLE)
    return bound


def name_ceiling(a: str, b: str) -> float:
    """The most :func:`compare` can score the names ``a`` and ``b`` (birth dates aside),
    before its rounding, from :func:`_word_ceiling` of their words: each word of the shorter
    name paired with its best word of the other (weights of 0.8 or 1 on scores <= 1 only
    lower them), times the factors of words with no counterpart. Used to leave out pairs
    that cannot reach a threshold (issue 19)."""
    return _name_ceiling(a, b) if a <= b else _name_ceiling(b, a)


def _name_ceiling(a_text: str, b_text: str) -> float:
    a, b = parse_name(a_text), parse_name(b_text)
    if not a.words or not b.words:
        return 0.0
    short, long_ = (a.words, b.words) if len(a.words) <= len(b.words) else (b.words, a.words)
    cached = _word_ceiling
    bound = 1.0
    for x in short:
        best = 1e-3  # the floor _compare_parsed puts under a word's score
        for y in long_:
            word = cached(x, y) if x <= y else cached(y, x)
            if word > best:
                best = word
        bound *= best ** 0.8
    if len(short) == 1:
        bound *= 0.8
    elif len(long_) != len(short):
        bound *= 0.95 ** (len(long_) - len(short))
    return bound


# ---------------------------------------------------------------------------------------
# Finding candidates among many names


def _deletions(key: str) -> set[str]:
    variants = {key}
    if len(key) > 3:
        variants.update(key[:i] + key[i + 1:] for i in range(len(key)))
    return variants


def _tokens(word: str) -> tuple[set[str], set[str]]:
    """(exact tokens, fuzzy tokens) of one word for the candidate index."""
    keys = names.fold_keys(word)
    exact = set(keys)
    if len(_latin(word)) > 1:  # word_info(word).groups, without the rest of word_info
        exact.update(f"#{g}" for g in given_names().groups(word))
    fuzzy = set(exact)
    for key in keys:
        fuzzy |= _deletions(key)
    return exact, fuzzy


@functools.lru_cache(maxsize=100_000)
def _word_tokens(word: str) -> tuple[frozenset[str], frozenset[str]]:
    exact, fuzzy = _tokens(word)
    return frozenset(exact), frozenset(fuzzy)


def _deletions_two(key: str) -> set[str]:
    """Every key ``key`` gives with two of its letters deleted."""
    return {v[:i] + v[i + 1:] for v in _deletions(key) if len(v) < len(key) for i in range(len(v))}


def _trimmed(key: str) -> str:
    """A key with a letter deleted as a fold key ends (folding.fold_word: no final vowel
    after two letters), so that Анна (an) is one deletion from Anan (anan -> ana -> an)."""
    return key[:-1] if len(key) > 2 and key.endswith("a") else key


#: Sound keys this long, or longer, may differ by a typo of one edit (_typo: TYPO1..TYPO_CONSONANT),
#: and by two from this long (TYPO2).
_ONE_EDIT_FROM, _TWO_EDITS_FROM = 4, 8


@functools.lru_cache(maxsize=100_000)
def _close_tokens(word: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(near tokens, far tokens, first-letter tokens) of one word, for
    :meth:`NameIndex.close_candidates`.

    Two words that :func:`compare_words` scores INITIAL or more share a near token, or a far
    token while their fold keys are two edits apart at most, or a first-letter token when one
    of them is an initial. The near tokens are the exact ones (the fold keys and given-name
    groups: FOLDED, TRANSLIT, SOUND, GIVEN_VARIANT), the keys of the parts of a hyphenated
    word (PART_OF_DOUBLE) and every key of 3 letters or more with one letter deleted when a
    sound key has 4 letters or more (a typo of one edit); the far tokens, every key with two
    deleted when a sound key has 8 or more (TYPO2); a deleted key loses its final vowel as a
    fold key does (:func:`_trimmed`). The fold key is the sound key with its
    vowels made one, so it is no further from the other's than the sound keys are. The
    first-letter tokens are the first letters of the sound keys and of the Latin form, as
    _compare_words compares an initial with a word."""
    exact = _word_tokens(word)[0]
    near, far = set(exact), set()
    sounds = sound_keys(word)
    longest = max(map(len, sounds), default=0)
    if longest >= _ONE_EDIT_FROM:
        for key in names.fold_keys(word):
            if len(key) >= 3:
                near.update(_trimmed(key[:i] + key[i + 1:]) for i in range(len(key)))
                if longest >= _TWO_EDITS_FROM and len(key) >= 4:
                    far.update(map(_trimmed, _deletions_two(key)))
    if "-" in word:
        for part in word.split("-"):
            if part:
                near |= _word_tokens(part)[0]
    latin = _latin(word)
    firsts = {"^" + key[0] for key in sounds}
    if latin:
        firsts.add("^" + latin[0])
    return frozenset(near), frozenset(far - near), frozenset(firsts)


_NONE: frozenset[str] = frozenset()

#: From this threshold on, :meth:`NameIndex.close_candidates` holds every person whose names
#: may score it (agreeing birth dates raise only a name score of _BIRTH_SUPPORTS_FROM or more).
CLOSE_FROM = _BIRTH_SUPPORTS_FROM


def _may_be_typo(a: str, b: str) -> bool:
    """True when :func:`_typo` may call two words a typo (sound keys one edit apart, 4
    letters long, or two apart, 8 long), or one is a double name (PART_OF_DOUBLE)."""
    if "-" in a or "-" in b:
        return True
    for x in sound_keys(a):
        for y in sound_keys(b):
            edits = OSA.distance(x, y, score_cutoff=2)
            longest = max(len(x), len(y))
            if edits <= 1 and longest >= _ONE_EDIT_FROM or edits <= 2 and longest >= _TWO_EDITS_FROM:
                return True
    return False


@dataclass(frozen=True)
class Person:
    """A client as the matcher sees it: every spelling and the birth date."""

    id: str
    names: tuple[str, ...]
    birth_date: str | None = None
    display_name: str = ""


@dataclass(frozen=True)
class Hit:
    person: Person
    match: Match
    spelling: str  # the person's spelling that matched best


@dataclass
class NameIndex:
    """Persons indexed by the folded keys of their names: candidates first, then scores.

    The keys are made once per distinct word (``_words``: each word as written, to the
    persons who bear it; ``_exact`` and ``_fuzzy``: each key to the words that give it), not
    once per person: ten thousand clients share a few thousand words, so building the index
    costs a fraction of indexing every person's every word. Lookups are remembered until the
    next ``add`` (a list names the same given names again and again)."""

    persons: dict[str, Person] = field(default_factory=dict)
    _words: dict[str, set[str]] = field(default_factory=dict)
    _exact: dict[str, set[str]] = field(default_factory=dict)
    _fuzzy: dict[str, set[str]] = field(default_factory=dict)
    _memo: dict[tuple[int, frozenset[str]], frozenset[str]] = field(default_factory=dict)
    # close_candidates' tables, made on its first call: near token -> words; first letter ->
    # words that are initials; first letter -> every word
    _near: dict[str, set[str]] | None = None
    _far: dict[str, set[str]] | None = None
    _close: dict[str, frozenset[str]] = field(default_factory=dict)  # word -> ids with a word near it
    _initials: dict[str, set[str]] | None = None
    _firsts: dict[str, set[str]] | None = None

    @classmethod
    def build(cls, persons: Iterable[Person]) -> NameIndex:
        """An index of ``persons`` (each with every spelling of its name)."""
        index = cls()
        known, words, exact, fuzzy = index.persons, index._words, index._exact, index._fuzzy
        for person in persons:  # add(), inlined: fifty thousand clients (issue 19)
            person_id = person.id
            known[person_id] = person
            for spelling in person.names:
                for word in name_words(spelling):
                    bearers = words.get(word)
                    if bearers is not None:
                        bearers.add(person_id)
                        continue
                    words[word] = {person_id}
                    word_exact, word_fuzzy = _word_tokens(word)
                    for token in word_exact:
                        exact.setdefault(token, set()).add(word)
                    for token in word_fuzzy:
                        fuzzy.setdefault(token, set()).add(word)
        return index

    def add(self, person: Person) -> None:
        """Index one more person (again: its spellings are added to the earlier ones)."""
        self.persons[person.id] = person
        self._memo.clear()
        self._close.clear()
        words = self._words
        for spelling in person.names:
            for word in name_words(spelling):
                bearers = words.get(word)
                if bearers is not None:
                    bearers.add(person.id)
                    continue
                words[word] = {person.id}
                exact, fuzzy = _word_tokens(word)
                for token in exact:
                    self._exact.setdefault(token, set()).add(word)
                for token in fuzzy:
                    self._fuzzy.setdefault(token, set()).add(word)
                if self._near is not None:
                    self._index_close(word)

    def _index_every_close_word(self) -> None:
        """close_candidates' tables, of every word indexed so far (made whole, then set)."""
        tables: tuple[dict[str, set[str]], ...] = ({}, {}, {}, {})
        for word in self._words:
            self._index_close(word, tables)
        # _near last: close_candidates reads it as the sign that every table is made
        self._far, self._firsts, self._initials = tables[1:]
        self._near = tables[0]

    def _index_close(self, word: str, tables: tuple[dict[str, set[str]], ...] | None = None) -> None:
        near_table, far_table, firsts_table, initials_table = tables or (
            self._near, self._far, self._firsts, self._initials)
        near, far, firsts = _close_tokens(word)
        for token in near:
            near_table.setdefault(token, set()).add(word)
        for token in far:
            far_table.setdefault(token, set()).add(word)
        initial = len(_latin(word)) == 1
        for token in firsts:
            firsts_table.setdefault(token, set()).add(word)
            if initial:
                initials_table.setdefault(token, set()).add(word)

    def _lookup(self, table: dict[str, set[str]], tokens: frozenset[str]) -> frozenset[str]:
        """The ids of the persons bearing a word that gives one of ``tokens`` in ``table``."""
        key = (id(table), tokens)
        found = self._memo.get(key)
        if found is None:
            matched: set[str] = set()
            for token in tokens:
                words = table.get(token)
                if words:
                    matched |= words
            ids: set[str] = set()
            for word in matched:
                ids |= self._words[word]
            if len(self._memo) > 50_000:
                self._memo.clear()
            found = self._memo[key] = frozenset(ids)
        return found

    def candidates(self, name: str) -> set[str]:
        """Persons sharing one word's key exactly and another's within a typo; for a
        one-word name, persons sharing its key."""
        words = list(dict.fromkeys(name_words(name)))[:_MAX_WORDS]
        if not words:
            return set()
        tokens = [_word_tokens(w) for w in words]
        exact = [self._lookup(self._exact, t[0]) for t in tokens]
        if len(words) == 1:
            return set(exact[0])
        fuzzy_table = self._fuzzy
        found: set[str] = set()
        fuzzy_cache: dict[int, frozenset[str]] = {}
        for i, ids in enumerate(exact):
            if not ids:
                continue
            for j in range(len(words)):
                if j == i:
                    continue
                if j not in fuzzy_cache:
                    fuzzy_cache[j] = self._lookup(fuzzy_table, tokens[j][1])
                found |= ids & fuzzy_cache[j]
        return found

    def close_candidates(self, name: str) -> set[str]:
        """Every person whose names :func:`compare` may score 0.75 or more with ``name``
        (whatever the birth dates, so every pair of duplicates at a threshold of 0.75 or more,
        DEFAULT_THRESHOLD among them: agreeing dates raise only a score of 0.75 or more,
        :func:`_with_birth`), as a set of ids; for duplicates, screening and the intake
        check (:meth:`search`; :meth:`candidates` asks more of a name: one word equal,
        another within a typo).

        Why these suffice: a name of one word scores "one word" (0.8), so its word must be
        equal to one of the other's (an exact token: :meth:`candidates`). Names of two words
        or more pair two words at least, each pair scoring about 0.7 or more (the product is
        the name's score), so INITIAL or better: each word of the pair shares a near token of
        :func:`_close_tokens`, or a first letter with an initial. So the persons are those
        with a word close to one word of the name and a word close to another.
        tests/desktop/test_duplicates_recall.py checks it against comparing every pair."""
        words = list(dict.fromkeys(name_words(name)))[:_MAX_WORDS]
        if not words:
            return set()
        if len(words) == 1:
            return set(self._lookup(self._exact, _word_tokens(words[0])[0]))
        if self._near is None:
            self._index_every_close_word()
        near_sets, first_sets = [], []
        for word in words:
            near_sets.append(self._close_to(word))
            first_sets.append(self._lookup(self._firsts if len(_latin(word)) == 1 else self._initials,
                                           _close_tokens(word)[2]))
        found: set[str] = set()
        for i, ids in enumerate(near_sets):
            if not ids:
                continue
            for j in range(len(words)):
                if j != i:
                    found |= ids & near_sets[j]
                    found |= ids & first_sets[j]
        return found

    def _close_to(self, word: str) -> frozenset[str]:
        """The ids of the persons bearing a word that shares an exact token with ``word``,
        or a near or far token and may be a typo of it or a part of it
        (:func:`_close_tokens`, :func:`_may_be_typo`)."""
        found = self._close.get(word)
        if found is None:
            exact = _word_tokens(word)[0]
            near, far, _ = _close_tokens(word)
            exact_table, near_table, far_table, words = self._exact, self._near, self._far, self._words
            close: set[str] = set()
            for token in exact:
                close |= exact_table.get(token, _NONE)
            maybe: set[str] = set()
            for token in near:
                maybe |= near_table.get(token, _NONE)
            for token in far:
                maybe |= near_table.get(token, _NONE)
                maybe |= far_table.get(token, _NONE)
            if far_table:
                for token in near:
                    maybe |= far_table.get(token, _NONE)
            ids: set[str] = set()
            for other in close:
                ids |= words[other]
            for other in maybe - close:
                if _may_be_typo(word, other):
                    ids |= words[other]
            if len(self._close) > 100_000:  # screening and intake checks ask ever new words
                self._close.clear()
            found = self._close[word] = frozenset(ids)
        return found

    def search_candidates(self, name: str, threshold: float = DEFAULT_THRESHOLD) -> set[str]:
        """The ids of the persons :meth:`search` compares with ``name`` at ``threshold``:
        :meth:`close_candidates`, and below CLOSE_FROM (0.75) :meth:`candidates` too."""
        found = self.close_candidates(name)
        if threshold < CLOSE_FROM:
            found |= self.candidates(name)
        return found

    def search(self, name: str, *, birth_date: str | None = None,
               threshold: float = DEFAULT_THRESHOLD, exclude: str | None = None) -> list[Hit]:
        """Persons whose best spelling scores at least ``threshold``, best first (by score,
        display name, id), as :class:`Hit` values; for screening a list and the intake check.

        The persons compared are :meth:`close_candidates`: at a ``threshold`` of
        CLOSE_FROM (0.75) or more, every person whose names may score it, so the hits are
        those of scoring every person in full (:meth:`score`), with the same score, reasons
        and spelling (tests/desktop/test_screening_recall.py). Below 0.75, the candidates of
        :meth:`candidates` are compared too (no promise of every person there)."""
        hits = []
        persons = self.persons
        span = birth_span(birth_date)
        far_skips = FAR_BIRTH_FACTOR < threshold
        for person_id in self.search_candidates(name, threshold):
            if person_id == exclude:
                continue
            person = persons[person_id]
            # Birth dates first (issue 19): dates that disagree cap every score of the names
            # (best_possible), so a namesake born another year is never compared word by word.
            if far_skips and span is not None:
                other = birth_span(person.birth_date)
                if other is not None and births_far_apart(span, other):
                    continue
            evidence = _birth(birth_date, person.birth_date)
            ceiling = best_possible(birth_date, person.birth_date, evidence)
            if ceiling < threshold:
                continue
            hit = _best_spelling(name, person, evidence, ceiling, threshold)
            if hit.match.score >= threshold:
                hits.append(hit)
        hits.sort(key=lambda h: (-h.match.score, h.person.display_name, h.person.id))
        return hits

    @staticmethod
    def score(name: str, person: Person, *, birth_date: str | None = None) -> Hit:
        """The best match of ``name`` among ``person``'s spellings (a :class:`Hit` with the score
        0..1, its reasons and the spelling); ``birth_date`` (EDTF) is compared with the person's."""
        best_spelling, best = "", Match(0.0)
        for spelling in person.names:
            match = compare(name, spelling, birth_a=birth_date, birth_b=person.birth_date)
            if match.score > best.score:
                best_spelling, best = spelling, match
        return Hit(person, best, best_spelling)


def _best_spelling(name: str, person: Person, evidence: tuple[float, Reason | None], ceiling: float,
                   floor: float) -> Hit:
    """:meth:`NameIndex.score` with the birth dates' evidence read once, stopping at the first
    spelling that scores ``ceiling`` (:func:`best_possible`): no later one can score more, and
    only a higher score replaces an earlier one, so the hit is the same when it scores
    ``floor`` at least (:func:`best_of`)."""
    match, _, spelling = best_of((name,), person.names, evidence, ceiling, floor)
    return Hit(person, match, spelling)


def best_between(a: Person, b: Person) -> tuple[Match, str, str]:
    """The best-scoring pair of spellings of two persons (for duplicates)."""
    best, pair = Match(0.0), ("", "")
    for x in a.names:
        for y in b.names:
            match = compare(x, y, birth_a=a.birth_date, birth_b=b.birth_date)
            if match.score > best.score:
                best, pair = match, (x, y)
    return best, pair[0], pair[1]



def clear_caches() -> None:
    """Forget every memoised word and name comparison (benchmarks measure cold work)."""
    for cached in (sound_keys, transliteration_scheme, _written, word_info, _compare_words, parse_name,
                   _patronymic_groups, _compare_parsed, _word_tokens, _close_tokens, _genders, _birth, _birth_date,
                   name_words, names.latin, _word_ceiling, _plain_words):
        cached.cache_clear()
    _known.clear()
