"""Names in the order people read them (issue 13, item 15).

SQLite's built-in NOCASE collation (used here before) orders by code point, so Ё (U+0401), Ў (U+040E) and І (U+0406)
came before А, and Ł (U+0141) after Z. Lists of people, regions, lawyers and groups sort
instead with the collation ``READING`` that :func:`register` puts on each connection: the
Unicode Collation Algorithm with the CLDR rules of the reading language, from ICU (PyICU):

- Belarusian ("be"): the Belarusian alphabet, Ё a letter after Е, І where Russian has И,
  Ў a letter after У (CLDR's Russian rules with those two letters added), Cyrillic first;
- Russian ("ru"): CLDR's Russian rules, Ё sorted with Е (as in Russian dictionaries),
  Cyrillic first;
- English ("en"): CLDR's root order, Latin first;
- Latin letters in every one of them: Ł a letter after L, Ž and Š with Z and S; letter case
  only breaks a tie.

SQLite calls the collation only while it sorts (``ORDER BY``, ``LIMIT``/``OFFSET`` paging
stay in SQL); no index or stored value depends on it, so the reading language may change
at any time (:func:`set_language`) and a vault needs no migration.
"""

from __future__ import annotations

import functools
import unicodedata

try:
    import icu  # PyICU: ICU's collators (CLDR rules), see pyproject.toml
except ImportError:  # pragma: no cover - exercised by the tests through _fallback_key
    icu = None

NAME = "READING"
LANGUAGES = ("en", "ru", "be")
_language = "en"  # the CLI speaks English; the GUI sets its language


#: Belarusian's own letters (CLDR's "be" carries no tailoring): Ё after Е and Ў after У as
#: letters of their own, not accented Е and У; І already has its own place after И.
_BELARUSIAN = "&е<ё<<<Ё &у<ў<<<Ў"


@functools.lru_cache(maxsize=None)
def _collator(language: str):
    if language == "en":
        return icu.Collator.createInstance(icu.Locale.getRoot())  # Latin first, then Cyrillic
    russian = icu.Collator.createInstance(icu.Locale("ru"))  # Cyrillic first, then Latin
    if language == "ru":
        return russian
    return icu.RuleBasedCollator(russian.getRules() + _BELARUSIAN)


def sort_key(text: str, language: str | None = None) -> bytes:
    """ICU's binary sort key of ``text`` in ``language`` (the current reading language when
    None): two keys compare as the texts sort."""
    return _key(text, language or _language)


@functools.lru_cache(maxsize=65536)
def _key(text: str, language: str) -> bytes:
    if icu is None:
        return _fallback_key(text, language)
    return _collator(language).getSortKey(text)


# -- Without PyICU (Windows and macOS have no wheel of it; Linux builds it against libicu-dev):
# the same three orders from the alphabets themselves, at the three levels of the Unicode
# Collation Algorithm (letters, then accents, then case). They agree with ICU on the names
# this program lists (the tests compare both); ICU is used wherever it is installed.

_CYRILLIC = {
    "ru": "а б в г ґ д е є ж з и і ї й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я",
    "be": "а б в г ґ д е ё є ж з и і ї й к л м н о п р с т у ў ф х ц ч ш щ ъ ы ь э ю я",
}
_LATIN = "a b c d e f g h i j k l m n o p q r s t u v w x y z"
#: Letters with a stroke have no decomposition; like ICU's root, they are their base letter
#: with a mark (a secondary difference): Łukaszenka sorts among the L's.
_STROKED = {"ł": "l\u0338", "đ": "d\u0335", "ø": "o\u0338", "ħ": "h\u0335"}


@functools.lru_cache(maxsize=None)
def _alphabet(language: str) -> dict[str, int]:
    """{letter: primary weight} for ``language``. A letter not listed (Russian ё and ў) is
    its base letter with an accent (a secondary difference), as in Russian dictionaries."""
    cyrillic = _CYRILLIC["be" if language == "be" else "ru"].split()
    latin = _LATIN.split()
    scripts = (latin, cyrillic) if language == "en" else (cyrillic, latin)
    weights: dict[str, int] = {}
    weight = 0x1000
    for script in scripts:
        for group in script:
            weight += 1
            weights[group] = weight
    return weights


def _fallback_key(text: str, language: str) -> bytes:
    letters = _alphabet(language)
    primary, secondary, tertiary = bytearray(), bytearray(), bytearray()
    for char in unicodedata.normalize("NFC", text):
        lower = char.lower()
        weight = letters.get(lower)
        accents = b""
        if weight is None:
            base, *marks = unicodedata.normalize("NFD", _STROKED.get(lower, lower))
            weight = letters.get(base)
            if weight is not None:
                accents = "".join(marks).encode("utf-16-be")
            elif char.isspace():
                weight = 0x0100
            elif not char.isalnum():
                weight = 0x0200 + (ord(char) & 0xFF)
            elif char.isdigit():
                weight = 0x0800 + int(unicodedata.digit(char, 0))
            else:
                weight = 0x2000 + ord(lower)
        if weight >= 0x2000:
            primary += weight.to_bytes(3, "big")
        else:
            primary += b"\x00" + weight.to_bytes(2, "big")
        secondary += accents + b"\x00\x01"
        tertiary += b"\x01" if char == lower else b"\x02"
    return bytes(primary) + b"\x00\x00\x00" + bytes(secondary) + b"\x00\x00" + bytes(tertiary)


def set_language(language: str) -> None:
    """Sort names as readers of ``language`` ("en", "ru" or "be") read them, on every
    connection from now on. Raises ValueError for another language."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"no reading order for the language {language!r}")
    _language = language


def language() -> str:
    """The reading language in effect ("en" until :func:`set_language`)."""
    return _language


def _compare(left: str, right: str) -> int:
    a, b = sort_key(left), sort_key(right)
    return (a > b) - (a < b)


def register(conn) -> None:
    """Put the collation ``READING`` on a sqlcipher3 connection (before any query uses it)."""
    conn.create_collation(NAME, _compare)
