"""Unsaved edits survive an automatic lock: they go into the vault, encrypted, never to a
file, and come back into the editor after the next unlock."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

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
    data.pop("pending", None)
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


@dataclass(frozen=True)
class Pending:
    """A record dialog that was open, never confirmed, when the vault locked: ``kind`` is
    "event", "party" or "detention", ``row`` the record it edits (None: a new one),
    ``record`` what was typed (an Event, a CaseParty or a DetentionPlace, not validated). It
    is not part of the case: after unlock the same dialog comes back with it, for the user
    to confirm or cancel."""

    kind: str
    row: int | None
    record: Event | CaseParty | DetentionPlace


def _pending_to_dict(pending: Pending) -> dict:
    return {"kind": pending.kind, "row": pending.row, "record": asdict(pending.record)}


def _pending_from_dict(data: dict | None) -> Pending | None:
    makers = {"event": lambda r: Event(**r), "party": lambda r: _party(dict(r)),
              "detention": lambda r: DetentionPlace(**r)}
    if not isinstance(data, dict) or data.get("kind") not in makers:
        return None
    try:
        return Pending(data["kind"], data.get("row"), makers[data["kind"]](data["record"]))
    except (TypeError, KeyError):
        return None


def _party(data: dict) -> CaseParty:
    """A party of a draft (drafts saved before issue 15 have no notifications)."""
    notes = [Notification(**n) for n in data.pop("notifications", [])]
    return CaseParty(**data, notifications=notes)


def save_draft(vault: Vault, case: Case, pending: Pending | None = None) -> None:
    """Keep an unsaved edit of ``case`` (and the record dialog ``pending`` in it, if any) in
    the vault, encrypted (never in a file), to give back with :func:`take_drafts` after the
    next unlock. Raises VaultError."""
    data = asdict(case)
    if pending is not None:
        data["pending"] = _pending_to_dict(pending)
    with vault.transaction() as conn:
        draft_queries.put(conn, new_id(), case.id, json.dumps(data, ensure_ascii=False), now=now_utc())


def take_drafts(vault: Vault) -> list[Case]:
    """Every saved draft, removed from the vault (the editor now holds it)."""
    return [case for case, _pending in take_drafts_with_pending(vault)]


def take_drafts_with_pending(vault: Vault) -> list[tuple[Case, Pending | None]]:
    """Every saved draft with the dialog that was open in it, removed from the vault."""
    with vault.transaction() as conn:
        rows = draft_queries.take_all(conn)
    return [(from_json(data), _pending_from_dict(json.loads(data).get("pending"))) for _id, _case_id, data in rows]
