"""Names in the order people read them (issue 13, item 15).

SQLite's ``COLLATE NOCASE`` orders by code point, so Ё (U+0401), Ў (U+040E) and І (U+0406)
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

import icu  # PyICU: ICU's collators (CLDR rules), see pyproject.toml

NAME = "READING"
LANGUAGES = ("en", "ru", "be")
_language = "en"  # the CLI speaks English; the GUI sets its language


#: Belarusian's own letters (CLDR's "be" carries no tailoring): Ё after Е and Ў after У as
#: letters of their own, not accented Е and У; І already has its own place after И.
_BELARUSIAN = "&е<ё<<<Ё &у<ў<<<Ў"


@functools.lru_cache(maxsize=None)
def _collator(language: str) -> icu.Collator:
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
    return _collator(language).getSortKey(text)


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
