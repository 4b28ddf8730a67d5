"""Name folding: one search key for every spelling of a name, across scripts.

Алексей/Аляксей/Aleksei/Aliaksei/Alexei and Kastsiuk/Касцюк/Костюк must meet. A name
is transliterated to Latin (Unidecode), then folded phonetically so that the Russian,
Belarusian, Łacinka, passport and press spellings give the same key:

- Łacinka and Polish letters first (č→ch, ž→zh, ŭ→u...), since Unidecode drops carons;
- х, г, ч are one class (Łacinka and Polish write х as "ch", passports write ч as "ch");
- ц/ts/c and т are one class (Belarusian ць stands where Russian has ть);
- дз/dz and д are one class (Belarusian dzekannie);
- ў (a "u" after a vowel and before a consonant) and в are one class, as is an initial
  "u" before a consonant (Uladzimir, Vladimir);
- every run of vowels (and j, y, which stand for й or soften) is one "a" (akannie, я/е);
- a trailing vowel is dropped (Tsikhanouskaia, Tikhanovsky) and doubled letters fold.

The key is deliberately coarse: it serves search and candidate finding, where a missed
match costs more than an extra row. Scoring a match is the matcher's job.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from unidecode import unidecode

#: Letters Unidecode would strip of the sound they stand for in Łacinka and Polish.
LETTERS = str.maketrans({
    "č": "ch", "š": "sh", "ž": "zh", "ć": "ts", "ś": "s", "ź": "z", "ń": "n", "ŭ": "u",
    "ł": "l", "ĺ": "l", "ŝ": "shch", "ė": "e", "ż": "zh",
})
APOSTROPHES = str.maketrans("", "", "'’ʼʹ`´ʻ·\"")
#: Consonant digraphs of the romanisations, each mapped to its class letter.
DIGRAPHS = re.compile(
    r"chtch|szcz|shch|tsch|dzh|sch|tch|zh|sh|sz|rz|cz|ch|kh|ts|tz|dz|th|ph|gu(?=[eiy])|x|w|g|q|c|h"
)
DIGRAPH_MAP = {
    "chtch": "s", "szcz": "s", "shch": "s", "tsch": "h", "dzh": "d", "sch": "s", "zh": "z", "sh": "s",
    "sz": "s", "rz": "z", "tch": "h", "cz": "h", "ch": "h", "kh": "h", "ts": "t", "tz": "t", "dz": "d",
    "th": "t", "ph": "f", "gu": "h", "x": "ks", "w": "v", "g": "h", "q": "k", "c": "t", "h": "h",
}
VOWELS = "aeiouyj"
_FRENCH_IOU = re.compile(r"iou")
_U_AS_V = re.compile(rf"(?<=[{VOWELS}])u(?![{VOWELS}])|^u(?=[^{VOWELS}])")
_VOWEL_RUN = re.compile(rf"[{VOWELS}]+")
_DOUBLES = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_STRIPPED_SC = re.compile(r"sc(?!h)")
_BARE_C = re.compile(r"c(?![hz])")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


#: Unicode's format characters (category Cf) in the Basic Multilingual Plane and beyond it, as
#: Python 3.11's unicodedata (Unicode 14.0) lists them; tests/desktop/test_folding_format.py
#: checks them against unicodedata, so a newer Unicode fails the test until they are brought
#: up to date. A regular expression scans a text in C: a category() call per character in
#: Python was 2.5 s of a 10,000-case import (issue 19, cause 4).
_FORMAT_BMP = ("\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
               "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb")
_FORMAT_ASTRAL = ("\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
                  "\U000e0001\U000e0020-\U000e007f")
_FORMAT = re.compile(f"[{_FORMAT_BMP}{_FORMAT_ASTRAL}]")
#: The same, or any character beyond the BMP: a class of BMP ranges and one wide range scans
#: several times faster than the exact class, which is used only on the texts it finds.
_MAYBE_FORMAT = re.compile(f"[{_FORMAT_BMP}\U00010000-\U0010ffff]")


@functools.lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """``text`` without format characters (category Cf: soft hyphen U+00AD, zero-width
    space U+200B, joiners U+200C/U+200D, bidi marks and embeddings, BOM) and NFKC-folded.
    NFKC leaves Cyrillic, Latin and their diacritics as they are (it composes them) and
    turns full-width and compatibility forms into plain letters, so it is safe for names."""
    if text.isascii():
        return text
    if _MAYBE_FORMAT.search(text):
        text = _FORMAT.sub("", text)
    return unicodedata.normalize("NFKC", text)


def clean_text(text: str) -> str:
    """:func:`clean` for a long text met once, such as a case's searchable text: not kept
    in the cache, which would otherwise fill with texts never asked for again and grow with
    the size of an import up to its 65,536 entries (issue 19, cause 7: flat memory)."""
    return clean.__wrapped__(text)


@functools.lru_cache(maxsize=65536)
def latin(word: str) -> str:
    """One word in lower-case Latin letters a-z only: cleaned, Łacinka and Polish letters
    decoded, then Unidecode (Cyrillic ё gives "io", ж "zh"...). Cached: the search key, the
    candidate keys and the matcher's sound keys of a word all start from it (issue 19)."""
    word = clean(word).lower().translate(APOSTROPHES).translate(LETTERS)
    return _NOT_LETTER.sub("", unidecode(word).lower())


def consonant_classes(latin_word: str) -> str:
    """Digraphs folded into their class letters (x/kh/ch/h/g -> h, ts/c -> t, ...), French
    "iou" as "iu", an initial French "j" before a vowel as "zh"->"z", and "u" standing for
    ў (after a vowel, before a consonant) as "v". Vowels are left for the caller to fold."""
    value = _FRENCH_IOU.sub("iu", latin_word)
    value = DIGRAPHS.sub(lambda m: DIGRAPH_MAP[m.group()], value)
    return _U_AS_V.sub("v", value)


def stripped_lacinka(latin_word: str) -> str | None:
    """The reading of a plain Latin word as Łacinka written without its diacritics
    ("scerbac" for ščerbač: "sc" is šč, a bare "c" č), or None when it reads no other way."""
    if "c" not in latin_word:
        return None
    value = _STRIPPED_SC.sub("shch", latin_word)
    value = _BARE_C.sub("ch", value)
    return value if value != latin_word else None


_FRENCH = re.compile(r"chtch|tch|ch|ou(?!$|sk|ck|tsk)|gu(?=[eiy])|dj|j(?=[aeiouy])|kh")
# "ou" at the end of a word or before -sk-/-ck- is the Belarusian passports' -оў (Ivanou,
# Lazouski), not the French у.
_FRENCH_MARK = re.compile(r"ou(?!$|sk|ck|tsk)|tch|gu[eiy]|dj|^j[aeiouy]")
_FRENCH_MAP = {"chtch": "shch", "tch": "ch", "ch": "sh", "ou": "u", "gu": "g", "dj": "dzh", "j": "zh", "kh": "kh"}


def french_reading(latin_word: str) -> str | None:
    """The word read as the French transliteration of Soviet passports (before 1997) writes
    Russian: ch is ш, tch ч, chtch щ, ou у, j ж, gu before e/i г ("Chevtchouk" is Shevchuk,
    "Kouznetsov" Kuznetsov, "Janna" Zhanna); None when it reads no other way.
    Source: the French transliteration of Soviet foreign-travel passports (used until 1997),
    as tabulated in the French column of "Romanization of Russian" (Wikipedia)."""
    if not _FRENCH_MARK.search(latin_word):
        return None  # no ou, tch, gu before e/i, dj or initial j: not a French spelling
    value = _FRENCH.sub(lambda m: _FRENCH_MAP[m.group()], latin_word)
    return value if value != latin_word else None


def _key(latin_word: str) -> str:
    key = _DOUBLES.sub(r"\1", _VOWEL_RUN.sub("a", consonant_classes(latin_word)))
    if len(key) > 2 and key.endswith("a"):
        key = key[:-1]
    return key


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The search key of one word ('' when nothing is left)."""
    return _key(latin(word))


@functools.lru_cache(maxsize=65536)
def fold_keys(word: str) -> tuple[str, ...]:
    """Every search key of one word: :func:`fold_word`, then for a Latin word that may be
    Łacinka without diacritics, or a French-style passport spelling, the key of that
    reading. Candidate finding indexes all of them."""
    base = latin(word)
    first = _key(base)
    if not first:
        return ()
    keys = [first]
    if not _CYRILLIC.search(word):
        for variant in (stripped_lacinka(base), french_reading(base)):
            if variant:
                key = _key(variant)
                if key and key not in keys:
                    keys.append(key)
    return tuple(keys)


def words(text: str) -> list[str]:
    """The words of a name or query, in order (hyphenated surnames stay whole); format
    characters inside a word (a soft hyphen, a zero-width space) do not split it."""
    return _WORD.findall(clean(text or ""))


def fold(text: str) -> list[str]:
    """Keys of every word of ``text``; a hyphenated word also yields its parts."""
    keys: list[str] = []
    for word in words(text):
        parts = [word, *word.split("-")] if "-" in word else [word]
        for part in parts:
            key = fold_word(part)
            if key and key not in keys:
                keys.append(key)
    return keys


def search_key(text: str) -> str:
    """The search key of a name or text: the keys of :func:`fold` joined with spaces ('' when
    nothing is left)."""
    return " ".join(fold(text))


def initials(name: str) -> str:
    """'Dzmitry Sakalou' -> 'D.S.' (used where a person may only be named by initials)."""
    return "".join(f"{word[0].upper()}." for word in words(name) if word[0].isalpha())
