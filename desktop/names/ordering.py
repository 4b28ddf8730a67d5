"""The order in which lists of people are read (issue 13, item 15): the interface's language
decides it (see db.collation for the rules of each)."""

from __future__ import annotations

from db import collation


def read_names_as(language: str) -> None:
    """Sort clients, lawyers, regions and groups as readers of ``language`` ("en", "ru" or
    "be") read them, from the next query on. Raises ValueError for another language."""
    collation.set_language(language)


def sort_key(text: str) -> bytes:
    """The key that orders ``text`` as the lists do (two keys compare as the texts sort)."""
    return collation.sort_key(text)
