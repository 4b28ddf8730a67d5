"""Unsaved edits survive an automatic lock: they go into the vault, encrypted, never to a
file, and come back into the editor after the next unlock."""

from __future__ import annotations

import json
from dataclasses import asdict

from db import drafts as draft_queries
from db.records import Case, CaseGroup, CaseParty, Charge, DetentionPlace, Event, Notification, Person, PersonName
from db.vault import Vault, new_id, now_utc


def to_json(case: Case) -> str:
    """A case (saved or not) as the JSON text a draft keeps (every field, Unicode as is)."""
    return json.dumps(asdict(case), ensure_ascii=False)


def from_json(text: str) -> Case:
    """The case a draft's JSON holds (:func:`to_json`'s inverse; drafts written before groups,
    detention places and notifications existed read too). Raises ValueError (json's
    JSONDecodeError) and TypeError for a text no draft was written as."""
    data = json.loads(text)
    person = data.pop("person")
    person["names"] = [PersonName(**n) for n in person["names"]]
    return Case(
        person=Person(**person),
        charges=[Charge(**c) for c in data.pop("charges")],
        events=[Event(**e) for e in data.pop("events")],
        parties=[_party(p) for p in data.pop("parties")],
        groups=[CaseGroup(**g) for g in data.pop("groups", [])],
        detention=[DetentionPlace(**d) for d in data.pop("detention", [])],
        **data,
    )


def _party(data: dict) -> CaseParty:
    """A party of a draft (drafts saved before issue 15 have no notifications)."""
    notes = [Notification(**n) for n in data.pop("notifications", [])]
    return CaseParty(**data, notifications=notes)


def save_draft(vault: Vault, case: Case) -> None:
    """Keep an unsaved edit of a case in the vault, encrypted (never in a file), to give back
    with :func:`take_drafts` after the next unlock. Raises VaultError."""
    with vault.transaction() as conn:
        draft_queries.put(conn, new_id(), case.id, to_json(case), now=now_utc())


def take_drafts(vault: Vault) -> list[Case]:
    """Every saved draft, removed from the vault (the editor now holds it)."""
    with vault.transaction() as conn:
        return [from_json(data) for _id, _case_id, data in draft_queries.take_all(conn)]
