"""Relatives and trusted contacts, the places of detention, case groups and when the
organisation learned of a case (issue 15): read helpers on a Case, and verbs that change
one of them through desktop.cases.service (one transaction with its audit entries).

These are the functions other features build on (a removal-risk alarm, urgent requests):
they take and return the records of desktop.cases.records, never SQL rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db import groups as group_queries
from db.records import Case, CaseGroup, CaseParty, DetentionPlace, Notification
from db.vault import Vault
from desktop.cases import service as case_service
from desktop.dates import edtf as dates

#: Party roles that are people to keep informed (never shown in a public report).
CONTACT_ROLES = ("relative", "trusted_contact")


def contacts(case: Case) -> list[CaseParty]:
    """The case's relatives and trusted contacts, in the order entered."""
    return [p for p in case.parties if p.role in CONTACT_ROLES]


def may_notify(party: CaseParty) -> bool:
    """True when the client consented to contacting this person and nobody has marked it
    unsafe (``safe_to_contact`` False). Unknown consent is not consent."""
    return party.consent == "yes" and party.safe_to_contact is not False


def contacts_to_notify(case: Case) -> list[CaseParty]:
    """Relatives and trusted contacts the defence may tell about the client now."""
    return [p for p in contacts(case) if may_notify(p)]


def never_notified(case: Case) -> list[CaseParty]:
    """Contacts the defence may tell who have no notification logged."""
    return [p for p in contacts_to_notify(case) if not p.notifications]


def current_detention(case: Case) -> DetentionPlace | None:
    """The latest entry of the history of places of detention that has not ended (no
    ``until``), by its start date (entered order among equal dates); None when there is none."""
    open_entries = [(i, p) for i, p in enumerate(case.detention) if not p.until]
    if not open_entries:
        return None
    return max(open_entries, key=lambda item: (dates.parse(item[1].since).lower, item[0]))[1]


def whereabouts_unknown(case: Case) -> DetentionPlace | None:
    """The current entry when it says the whereabouts are unknown, else None. Such a case
    raises the silence alarm at once (desktop.deadlines dashboard)."""
    place = current_detention(case)
    return place if place is not None and place.unknown else None


@dataclass(frozen=True)
class Knowledge:
    """When the organisation learned of a case, against the arrest."""

    learned: date | None  # first possible day
    arrest: date | None  # first possible day
    delay_days: int | None  # learned - arrest in days (None when either is missing)
    approximate: bool  # a date involved is not one exact day


def knowledge(case: Case) -> Knowledge:
    """The delay from arrest to the organisation's knowledge, in days (first possible day of
    each date; ``approximate`` says when either date is not an exact day)."""
    learned = dates.parse(case.learned_date) if case.learned_date else None
    arrest = dates.parse(case.arrest_date) if case.arrest_date else None
    delay = (learned.lower - arrest.lower).days if learned and arrest else None
    approximate = bool((learned and not learned.is_day) or (arrest and not arrest.is_day))
    return Knowledge(learned.lower if learned else None, arrest.lower if arrest else None, delay, approximate)


# -- Verbs -------------------------------------------------------------------------------

def add_notification(vault: Vault, case_id: str, party_id: str, notification: Notification) -> Notification:
    """Log a notification given to one of the case's parties (``party_id``: the case_parties
    row id, CaseParty.id). CaseNotFound / LookupError when either is missing; CaseInvalid
    for a bad date."""
    case = _case(vault, case_id)
    party = next((p for p in case.parties if p.id == party_id), None)
    if party is None:
        raise LookupError("That person is not a party of this case any more.")
    party.notifications.append(notification)
    case_service.update_case(vault, case)
    return notification


def add_detention(vault: Vault, case_id: str, place: DetentionPlace, *, close_current: bool = True) -> DetentionPlace:
    """Record where the client is held from ``place.since`` (or that the whereabouts are
    unknown, ``place.unknown``); the entry that was current ends that day when
    ``close_current``."""
    case = _case(vault, case_id)
    current = current_detention(case)
    if close_current and current is not None:
        current.until = place.since
    case.detention.append(place)
    case_service.update_case(vault, case)
    return place


def set_groups(vault: Vault, case_id: str, groups: list[CaseGroup]) -> Case:
    """Make the case a member of exactly these groups (an existing group by its id, a new
    one without)."""
    case = _case(vault, case_id)
    case.groups = list(groups)
    return case_service.update_case(vault, case)


def list_groups(vault: Vault) -> list[tuple[CaseGroup, int]]:
    """Every case group with its number of cases not in the trash, by name."""
    return group_queries.list_groups(vault.conn)


def _case(vault: Vault, case_id: str) -> Case:
    from db import cases as case_queries

    found = case_queries.get_cases(vault.conn, [case_id])
    if not found:
        raise case_service.CaseNotFound(f"There is no case with id {case_id!r}.")
    return found[0]
