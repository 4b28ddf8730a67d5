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

_PRE = str.maketrans({
    "č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh",
    "ć": "ts", "Ć": "Ts", "ś": "s", "Ś": "S", "ź": "z", "Ź": "Z", "ń": "n", "Ń": "N",
    "ŭ": "u", "Ŭ": "U", "ł": "l", "Ł": "L",
})
_DIGRAPHS = re.compile(
    r"szcz|shch|tsch|dzh|sch|zh|sh|sz|cz|ch|kh|ts|tz|dz|ph|x|w|g|q|c|h"
)
_DIGRAPH_MAP = {
    "szcz": "s", "shch": "s", "tsch": "h", "dzh": "d", "sch": "s", "zh": "z", "sh": "s",
    "sz": "s", "cz": "h", "ch": "h", "kh": "h", "ts": "t", "tz": "t", "dz": "d", "ph": "f",
    "x": "ks", "w": "v", "g": "h", "q": "k", "c": "t", "h": "h",
}
_VOWELS = "aeiouyj"
_U_AS_V = re.compile(rf"(?<=[{_VOWELS}])u(?![{_VOWELS}])|^u(?=[^{_VOWELS}])")
_VOWEL_RUN = re.compile(rf"[{_VOWELS}]+")
_DOUBLES = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The search key of one word ('' when nothing is left)."""
    latin = unidecode(unicodedata.normalize("NFC", word).translate(_PRE)).lower()
    latin = _NOT_LETTER.sub("", latin)
    latin = _DIGRAPHS.sub(lambda m: _DIGRAPH_MAP[m.group()], latin)
    latin = _U_AS_V.sub("v", latin)
    key = _DOUBLES.sub(r"\1", _VOWEL_RUN.sub("a", latin))
    if len(key) > 2 and key.endswith("a"):
        key = key[:-1]
    return key


def words(text: str) -> list[str]:
    """The words of a name or query, in order (hyphenated surnames stay whole)."""
    return _WORD.findall(text or "")


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
    return " ".join(fold(text))


def initials(name: str) -> str:
    """'Dzmitry Sakalou' -> 'D.S.' (used where a person may only be named by initials)."""
    return "".join(f"{word[0].upper()}." for word in words(name) if word[0].isalpha())
