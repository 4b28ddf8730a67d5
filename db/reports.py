"""Read-only queries the printed reports need beyond a case record: its open deadlines,
parties, document list, and every spelling of the persons a public report must hide."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlcipher3


@dataclass(frozen=True, slots=True)
class DeadlineLine:
    title: str
    due: str  # ISO date or date-time; the override when there is one
    status: str
    basis: str | None


@dataclass(frozen=True, slots=True)
class PartyLine:
    name: str
    kind: str  # person, organisation, court, authority
    role: str
    contact: str | None
    party_note: str | None
    note: str | None  # the note on the party's role in this case


@dataclass(frozen=True, slots=True)
class DocumentLine:
    name: str
    mime: str
    size: int
    created_at: str
    note: str | None


def case_parties(conn: sqlcipher3.Connection, case_id: str) -> list[PartyLine]:
    return [PartyLine(*row) for row in conn.execute(
        "SELECT p.name, p.kind, cp.role, p.contact, p.notes, cp.note FROM case_parties cp"
        " JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = ? ORDER BY cp.rowid",
        (case_id,),
    )]


def case_documents(conn: sqlcipher3.Connection, case_id: str) -> list[DocumentLine]:
    """The documents' descriptions only: their content never enters a report."""
    return [DocumentLine(*row) for row in conn.execute(
        "SELECT name, mime, size, created_at, note FROM documents WHERE case_id = ?"
        " ORDER BY created_at, name",
        (case_id,),
    )]


def spellings(conn: sqlcipher3.Connection, person_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """(spelling, its folded search key) of each person's name, display name first."""
    found: dict[str, list[tuple[str, str]]] = {pid: [] for pid in person_ids}
    if not person_ids:
        return found
    for person_id, value, key in conn.execute(
        "SELECT person_id, value, search_key FROM person_names WHERE person_id IN"
        " (SELECT value FROM json_each(?)) ORDER BY person_id, position",
        (_json_list(person_ids),),
    ):
        found[person_id].append((value, key))
    return found


def person_party_names(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> list[str]:
    """Names of private persons (relatives, lawyers, journalists) in these cases."""
    if not case_ids:
        return []
    return [row[0] for row in conn.execute(
        "SELECT DISTINCT p.name FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
        " WHERE p.kind = 'person' AND cp.case_id IN (SELECT value FROM json_each(?))",
        (_json_list(case_ids),),
    )]


def _json_list(values: Sequence[str]) -> str:
    return json.dumps(list(values))
