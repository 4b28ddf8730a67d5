"""Plain records that queries take and return. No behaviour: rules live in desktop/."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class PersonName:
    value: str
    lang: str | None = None
    search_key: str = ""  # filled by desktop.names before writing


@dataclass(slots=True)
class Person:
    display_name: str
    names: list[PersonName] = field(default_factory=list)  # further spellings
    birth_date: str | None = None
    citizenship: list[str] = field(default_factory=list)
    hometown: str | None = None
    residence: str | None = None
    contact: str | None = None
    publicity: str = "withheld"
    notes: str | None = None
    id: str | None = None
    display_key: str = ""  # search key of display_name


@dataclass(slots=True)
class Charge:
    jurisdiction: str
    code: str
    article: str
    part: str | None = None
    note: str | None = None
    id: str | None = None


@dataclass(slots=True)
class Event:
    type: str
    date: str
    time: str | None = None
    place: str | None = None
    body: str | None = None
    text: str | None = None
    source: str | None = None
    id: str | None = None
    date_lower: str = ""
    date_upper: str = ""
    time_approx: bool = False  # the time of day is an estimate ("about 17:00")


@dataclass(slots=True)
class Notification:
    """A notification given to a relative or contact (who was told what, when)."""

    date: str  # EDTF
    time: str | None = None  # HH:MM
    text: str | None = None
    id: str | None = None
    date_lower: str = ""
    date_upper: str = ""


@dataclass(slots=True)
class DetentionPlace:
    """One entry of the history of where the client was held. ``unknown``: the whereabouts
    are unknown from ``since`` (``place`` then says what little is known, or is None)."""

    since: str  # EDTF
    place: str | None = None
    unknown: bool = False
    time: str | None = None  # HH:MM of ``since``
    until: str | None = None  # EDTF
    note: str | None = None
    id: str | None = None
    since_lower: str = ""
    since_upper: str = ""
    until_lower: str | None = None
    until_upper: str | None = None


@dataclass(slots=True)
class CaseGroup:
    """Cases linked by the same incident, family or operation."""

    name: str
    kind: str = "incident"  # incident, family, operation, other
    note: str | None = None
    id: str | None = None


@dataclass(slots=True)
class CaseParty:
    """A party (relative, lawyer, court, authority...) in its role on one case."""

    name: str
    role: str
    kind: str = "person"  # person, organisation, court, authority
    contact: str | None = None
    note: str | None = None
    id: str | None = None  # the case_parties row
    party_id: str | None = None
    consent: str | None = None  # the client's consent to contact them: yes, no, unknown
    consent_date: str | None = None  # EDTF: when the consent was given or refused
    safe_to_contact: bool | None = None  # None: not assessed
    contact_how: str | None = None  # how to contact them safely
    notifications: list[Notification] = field(default_factory=list)


@dataclass(slots=True)
class Case:
    reference: str
    kind: str
    person: Person
    status: str = "open"
    outcome: str = "pending"
    arrest_date: str | None = None
    arrest_place: str | None = None
    region: str | None = None
    facility: str | None = None
    lawyer: str | None = None
    state_appointed: bool = False
    at_risk: bool = False
    silence_hours: int | None = None
    summary: str | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    charges: list[Charge] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    parties: list[CaseParty] = field(default_factory=list)
    groups: list[CaseGroup] = field(default_factory=list)
    detention: list[DetentionPlace] = field(default_factory=list)
    learned_date: str | None = None  # EDTF: when the organisation learned of the case
    learned_how: str | None = None
    id: str | None = None
    learned_lower: str | None = None
    learned_upper: str | None = None
    arrest_lower: str | None = None
    arrest_upper: str | None = None
    deleted_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    gravity: str | None = None  # RU Criminal Code art. 15: small, medium, grave, especially_grave


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: str
    reference: str
    person_name: str
    kind: str
    status: str
    outcome: str
    arrest_date: str | None
    region: str | None
    lawyer: str | None
    updated_at: str
    next_due: str | None = None  # ISO date (the last day) of the soonest open deadline or custody term


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list."""

    id: str
    display_name: str
    other_names: str  # further spellings, joined
    birth_date: str | None
    cases: int


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    case_id: str
    event_id: str | None
    name: str
    mime: str
    size: int
    sha256: str
    note: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    author: str
    entity: str
    entity_id: str
    case_id: str | None
    action: str
    changes: str


@dataclass(frozen=True, slots=True)
class Stats:
    """Figures over a set of cases (``abarona-cli stats --json`` prints these keys; the first
    six are those of the first release and never change)."""

    cases: int
    by_kind: dict[str, int]
    by_outcome: dict[str, int]
    by_status: dict[str, int]
    by_charge: dict[str, int]
    by_event: dict[str, int]
    persons: int = 0  # distinct persons among the cases (a person with two cases counts once)
    groups: int = 0  # case groups with a member among the cases
    incidents: int = 0  # cases with each group counted once (a case in no group counts alone)
    by_body: dict[str, int] = field(default_factory=dict)  # cases with interim measures, by body
    interim: dict[str, int] = field(default_factory=dict)  # see desktop.cases.figures
    learned: dict = field(default_factory=dict)  # delay from arrest to knowledge
    period_rule: str = "all"  # "all" (no period) or "any_event" (any event in the period)
