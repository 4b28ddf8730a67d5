"""People: every client with their cases, found by any spelling of the name."""

from __future__ import annotations

from db import persons as person_queries
from db.records import PersonRow
from db.vault import Vault
from desktop.names import folding as names


def search_ids(vault: Vault, text: str) -> list[str] | None:
    """Ids of persons whose names match every word of ``text`` (None: no filter)."""
    keys = names.fold(text)
    return person_queries.find_persons(vault.conn, keys) if keys else None


def list_persons(vault: Vault, *, text: str = "", limit: int | None = None, offset: int = 0) -> list[PersonRow]:
    """One page of clients (:class:`db.records.PersonRow`, with their cases) whose names, in
    any spelling, match every word of ``text`` (all when empty). Raises VaultError."""
    return person_queries.list_persons(vault.conn, ids=search_ids(vault, text), limit=limit, offset=offset)


def count_persons(vault: Vault, *, text: str = "") -> int:
    """How many clients :func:`list_persons` would list without a limit. Raises VaultError."""
    return person_queries.count_persons(vault.conn, ids=search_ids(vault, text))


def get_person(vault: Vault, person_id: str):
    """The client with this id (:class:`db.records.Person` with every spelling), or None.
    Raises VaultError."""
    return person_queries.get_persons(vault.conn, [person_id]).get(person_id)
