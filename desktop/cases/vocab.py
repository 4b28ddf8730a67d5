"""The controlled vocabularies and the charge catalogue, read from resources/."""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources


def _load(name: str) -> dict:
    with resources.files("resources").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


def _pick(lang: str, en: str, ru: str, be: str) -> str:
    if lang == "be":
        return be or ru
    return ru if lang == "ru" else en


@dataclass(frozen=True)
class Term:
    id: str
    en: str
    ru: str
    group: str | None = None
    description_en: str = ""
    description_ru: str = ""
    be: str = ""
    description_be: str = ""

    def label(self, lang: str) -> str:
        """The label in ``lang`` ("en", "ru" or "be"); Belarusian falls back to Russian where
        a term has no Belarusian form, any other language to English."""
        return _pick(lang, self.en, self.ru, self.be)

    def description(self, lang: str) -> str:
        """The description in ``lang``, with the same fallbacks as :meth:`label`."""
        return _pick(lang, self.description_en, self.description_ru, self.description_be)


@dataclass(frozen=True)
class Article:
    jurisdiction: str
    code: str
    article: str
    en: str
    ru: str
    verified: bool = True
    be: str = ""  # Belarusian articles only: Russian ones have no official Belarusian title

    @property
    def key(self) -> str:
        """"BY CC 342": jurisdiction, code and article, the catalogue's key."""
        return f"{self.jurisdiction} {self.code} {self.article}"

    def title(self, lang: str) -> str:
        """The title in ``lang`` ("en", "ru" or "be"; Belarusian falls back to Russian)."""
        return _pick(lang, self.en, self.ru, self.be)


@dataclass(frozen=True)
class Vocabulary:
    kinds: dict[str, Term]
    statuses: dict[str, Term]
    outcomes: dict[str, Term]
    publicity: dict[str, Term]
    event_groups: dict[str, Term]
    event_types: dict[str, Term]
    party_roles: dict[str, Term]
    jurisdictions: dict[str, Term]
    codes: dict[str, Term]
    articles: dict[str, Article]  # by Article.key
    bodies: dict[str, Term]  # international bodies, by the id stored in an event's body
    group_kinds: dict[str, Term]
    consent: dict[str, Term]
    body_aliases: dict[str, str]  # folded alias -> body id
    code_labels: dict[str, Term]  # "BY CC" -> the code's abbreviation per language

    def canonical_body(self, text: str | None) -> str | None:
        """The vocabulary id of an event's ``body`` (``ECtHR``, ``UN HRC``, ``UN CAT``,
        ``UN WGAD``) when the text names one of them, in any listed spelling; else None."""
        if not text:
            return None
        return self.body_aliases.get(_fold_body(text))

    def article(self, jurisdiction: str, code: str, article: str) -> Article | None:
        """The catalogue's article (e.g. "BY", "CC", "342"), or None when it is not in it."""
        return self.articles.get(f"{jurisdiction} {code} {article}")


def _terms(table: dict) -> dict[str, Term]:
    return {
        key: Term(
            id=key, en=value["en"], ru=value["ru"], group=value.get("group"),
            description_en=value.get("description_en", ""),
            description_ru=value.get("description_ru", ""),
            be=value.get("be", ""), description_be=value.get("description_be", ""),
        )
        for key, value in table.items()
    }


def _fold_body(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").replace(".", " ").split())


@functools.cache
def vocabulary() -> Vocabulary:
    """The controlled vocabularies (resources/vocabularies.toml) and the catalogue of articles
    (resources/charges.toml), read once and cached for the process. Raises tomllib's
    TOMLDecodeError or KeyError for a damaged resource file (a packaging fault)."""
    data = _load("vocabularies.toml")
    articles = [Article(**entry) for entry in _load("charges.toml")["charge"]]
    aliases = {}
    for key, value in data["bodies"].items():
        for alias in [key, value["en"], value["ru"], *value.get("aliases", [])]:
            aliases[_fold_body(alias)] = key
    return Vocabulary(
        **{name: _terms(data[name]) for name in (
            "kinds", "statuses", "outcomes", "publicity", "event_groups", "event_types",
            "party_roles", "jurisdictions", "codes", "bodies", "group_kinds", "consent",
        )},
        articles={a.key: a for a in articles},
        body_aliases=aliases,
        code_labels=_terms(data["code_labels"]),
    )


_ARTICLE_WORDS = {"en": ("", ", part "), "ru": ("ст. ", " ч. "), "be": ("арт. ", " ч. ")}
#: A part written with its word ("ч. 2", "part 2"): the word is dropped before it is written again.
_PART_WORD = re.compile(r"^\s*(?:ч\.?|часть|частка|part)\s*", re.IGNORECASE)
_PART_IN_TEXT = re.compile(r"(?:\bч\.|\bчасть|\bчастка|\bpart)\s*(\d+)", re.IGNORECASE)
_NUMBER_IN_TEXT = re.compile(r"(?<![\d.])(\d+(?:\s?[.\-–]\s?\d+)*)(?![\d])")


def charge_label(jurisdiction: str, code: str, article: str, part: str | None = None, lang: str = "en") -> str:
    """A charge as lawyers write it in ``lang``: "BY CC 342, part 2", "УК РБ ст. 342 ч. 2",
    "КК РБ арт. 342 ч. 2" (resources/vocabularies.toml, code_labels). A code without an
    abbreviation is written with its keys ("KZ CC 342")."""
    lang = lang if lang in _ARTICLE_WORDS else "en"
    term = vocabulary().code_labels.get(f"{jurisdiction} {code}")
    codes = (term.label(lang) if term is not None else "") or f"{jurisdiction} {code}"
    article_word, part_word = _ARTICLE_WORDS[lang]
    text = f"{codes} {article_word}{article}"
    part = _PART_WORD.sub("", part or "").strip()
    if part:
        text += f"{part_word}{part}"
    return text


def parse_charge_text(text: str) -> tuple[str, str, str, str | None] | None:
    """(jurisdiction, code, article, part or None) from a charge as lawyers type it, in any of
    the three languages and orders: "УК РБ ст. 363 ч. 2", "ч. 2 ст. 363 УК РБ", "КК РБ арт. 342",
    "BY CC 363, part 2", "УК РФ 205.2" (the forms charge_label writes, and the keys); None
    when no known code or no article number is in it. The article is normalised as the
    jurisdiction's code writes it (normalise_article)."""
    table = vocabulary()
    folded = " ".join(unicodedata.normalize("NFKC", text).split())
    labels = []
    for key, term in table.code_labels.items():
        for label in {key, term.en, term.ru, term.be}:
            if label:
                labels.append((label, key))
    found = None
    for label, key in sorted(labels, key=lambda item: -len(item[0])):
        match = re.search(r"(?<!\w)" + re.escape(label).replace(r"\ ", r"\s*") + r"(?!\w)", folded, re.IGNORECASE)
        if match:
            found = key
            folded = folded[:match.start()] + " " + folded[match.end():]
            break
    if found is None:
        return None
    jurisdiction, code = found.split()
    part = None
    part_match = _PART_IN_TEXT.search(folded)
    if part_match:
        part = part_match.group(1)
        folded = folded[:part_match.start()] + " " + folded[part_match.end():]
    number = _NUMBER_IN_TEXT.search(folded)
    if number is None:
        return None
    article = normalise_article(re.sub(r"\s", "", number.group(1)), jurisdiction)
    return jurisdiction, code, article, part


def charge_key_label(key: str, lang: str = "en", *, short: bool = False) -> str:
    """``charge_label`` of a catalogue key ("BY CC 342", as statistics count charges);
    ``short``: without the word for "article" ("УК РБ 342"), for narrow table columns."""
    parts = key.split(" ", 2)
    if len(parts) != 3:
        return key
    if short:
        term = vocabulary().code_labels.get(f"{parts[0]} {parts[1]}")
        codes = (term.label(lang) if term is not None else "") or f"{parts[0]} {parts[1]}"
        return f"{codes} {parts[2]}"
    return charge_label(*parts, lang=lang)


def search_articles(text: str, *, lang: str = "en", limit: int = 20) -> list[Article]:
    """Catalogue entries whose number starts with, or whose title contains, every word."""
    needles = text.casefold().split()
    found = []
    for article in vocabulary().articles.values():
        haystack = f"{article.article} {article.en} {article.ru} {article.be}".casefold()
        if all(article.article.startswith(n) or n in haystack for n in needles):
            found.append(article)
    return found[:limit]


# ---------------------------------------------------------------------------------------
# Article numbers

_ARTICLE = re.compile(r"\d+(?:\s*[.\-‐‑–_/ ]\s*\d+){0,3}")
_ARTICLE_PARTS = re.compile(r"\s*[.\-‐‑–_/ ]\s*")
_ARTICLE_IN_TEXT = re.compile(r"(?<![\d.,\-])\d{1,4}(?:\s*[.\-‐‑–]\s*\d{1,2}){1,2}(?![\d.,])")
#: How each jurisdiction's codes number the articles added between two others: the
#: Belarusian codes write 361-1, the Russian codes 205.2 and 20.3.1 (the codes' own texts).
ARTICLE_SEPARATOR = {"BY": "-", "RU": "."}


def normalise_article(number: str, jurisdiction: str = "BY") -> str:
    """An article number as the catalogue and the jurisdiction's code write it: for BY,
    ``361.1``, ``361-1``, ``361 1`` and ``361–1`` are all ``361-1``; for RU, ``205-2`` is
    ``205.2``. Anything that is not a number with sub-numbers is returned unchanged."""
    value = unicodedata.normalize("NFKC", str(number)).strip()
    if not _ARTICLE.fullmatch(value):
        return number  # not a number: kept exactly as written
    separator = ARTICLE_SEPARATOR.get(jurisdiction.upper(), "-")
    return separator.join(str(int(p)) for p in _ARTICLE_PARTS.split(value))


_NAMES_BY = re.compile(r"\bР\.?\s?Б\b|Беларус|Белорус|Belarus|\bBY\b|\bРБ\b", re.IGNORECASE)
_NAMES_RU = re.compile(r"\bР\.?\s?Ф\b|Росси|Russia|\bRU\b|\bРФ\b|КоАП", re.IGNORECASE)


def normalise_article_text(text: str | None) -> str | None:
    """Free text naming articles (a list's "ч. 2 ст. 361.1 УК РБ") with each article
    number written as that jurisdiction's code writes it ("361-1"), when the text names
    one jurisdiction only (РБ/Беларусь or РФ/Россия); dates such as 01.03.2025 are left
    alone, and so is text naming neither or both. None stays None."""
    if text is None:
        return None
    by, ru = bool(_NAMES_BY.search(text)), bool(_NAMES_RU.search(text))
    if by == ru:
        return text
    jurisdiction = "BY" if by else "RU"
    return _ARTICLE_IN_TEXT.sub(lambda m: normalise_article(m.group(), jurisdiction), text)


def parse_article_key(key: str) -> tuple[str, str, str] | None:
    """("BY", "CC", "361-1") from a key as the catalogue and the editor write it
    ("BY CC 361.1"; "RU CC 205-2" gives "205.2"); None when the first two words are not a
    known jurisdiction and code (resources/vocabularies.toml)."""
    parts = str(key).split()
    if len(parts) != 3:
        return None
    table = vocabulary()
    jurisdiction, code, article = parts[0].upper(), parts[1].upper(), parts[2]
    if jurisdiction not in table.jurisdictions or code not in table.codes:
        return None
    return jurisdiction, code, normalise_article(article, jurisdiction)


def unknown_article_warning(jurisdiction: str, code: str, article: str) -> str | None:
    """An English sentence when the article is not in the catalogue (it is still kept:
    the catalogue holds only the articles seen in these cases), else None."""
    if vocabulary().article(jurisdiction, code, normalise_article(article, jurisdiction)) is not None:
        return None
    return (f"{jurisdiction} {code} {article} is not in the catalogue of articles; it is kept as "
            "written — check the number against the code.")


#: The mark printed after a catalogue title that still needs checking (``verified = false``).
UNVERIFIED_MARK = "†"
UNVERIFIED_NOTE = {
    "en": "† title not yet checked against the official text of the code",
    "ru": "† название ещё не сверено с официальным текстом кодекса",
}
