"""Article numbers written as each jurisdiction's code writes them (issue 14 item 10).

Charges entered before this release may hold "361.1" where the Belarusian Criminal Code
numbers the article "361-1" (and "205-2" where the Russian code writes "205.2"); counted
apart, one article showed up as two in the statistics. This rewrites each stored number in
its jurisdiction's form; anything that is not a number with sub-numbers is left as it is.
The same rule is desktop.cases.vocab.normalise_article, applied to every new charge."""

from __future__ import annotations

import re

import sqlcipher3

_NUMBER = re.compile(r"\d+(?:\s*[.\-‐‑–_/ ]\s*\d+){0,3}")
_PARTS = re.compile(r"\s*[.\-‐‑–_/ ]\s*")
_SEPARATOR = {"BY": "-", "RU": "."}


def _normalise(article: str, jurisdiction: str) -> str:
    value = article.strip()
    if not _NUMBER.fullmatch(value):
        return article
    return _SEPARATOR.get(jurisdiction, "-").join(str(int(p)) for p in _PARTS.split(value))


def upgrade(conn: sqlcipher3.Connection) -> None:
    rows = conn.execute("SELECT id, jurisdiction, article FROM charges").fetchall()
    changed = [(new, charge_id) for charge_id, jurisdiction, article in rows
               if (new := _normalise(article, jurisdiction)) != article]
    conn.executemany("UPDATE charges SET article = ? WHERE id = ?", changed)
