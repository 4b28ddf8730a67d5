"""The controlled vocabularies and the charge catalogue, read from resources/."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources


def _load(name: str) -> dict:
    with resources.files("resources").joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class Term:
    id: str
    en: str
    ru: str
    group: str | None = None
    description_en: str = ""
    description_ru: str = ""

    def label(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en


@dataclass(frozen=True)
class Article:
    jurisdiction: str
    code: str
    article: str
    en: str
    ru: str
    verified: bool = True

    @property
    def key(self) -> str:
        return f"{self.jurisdiction} {self.code} {self.article}"

    def title(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en


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

    def article(self, jurisdiction: str, code: str, article: str) -> Article | None:
        return self.articles.get(f"{jurisdiction} {code} {article}")


def _terms(table: dict) -> dict[str, Term]:
    return {
        key: Term(
            id=key, en=value["en"], ru=value["ru"], group=value.get("group"),
            description_en=value.get("description_en", ""),
            description_ru=value.get("description_ru", ""),
        )
        for key, value in table.items()
    }


@functools.cache
def vocabulary() -> Vocabulary:
    data = _load("vocabularies.toml")
    articles = [Article(**entry) for entry in _load("charges.toml")["charge"]]
    return Vocabulary(
        **{name: _terms(data[name]) for name in (
            "kinds", "statuses", "outcomes", "publicity", "event_groups", "event_types",
            "party_roles", "jurisdictions", "codes",
        )},
        articles={a.key: a for a in articles},
    )


def search_articles(text: str, *, lang: str = "en", limit: int = 20) -> list[Article]:
    """Catalogue entries whose number starts with, or whose title contains, every word."""
    needles = text.casefold().split()
    found = []
    for article in vocabulary().articles.values():
        haystack = f"{article.article} {article.en} {article.ru}".casefold()
        if all(article.article.startswith(n) or n in haystack for n in needles):
            found.append(article)
    return found[:limit]
