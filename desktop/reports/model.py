"""The data a report is rendered from. A public report is rendered from an anonymised copy
of these (anonymise.py), never from the internal data with parts hidden at the last moment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from db.records import Case, Stats
from db.reports import DeadlineLine, DocumentLine, PartyLine


@dataclass
class SummaryData:
    case: Case
    person_label: str  # how the report names the person
    other_names: list[str]
    deadlines: list[DeadlineLine]
    parties: list[PartyLine]
    documents: list[DocumentLine]
    author: str
    generated: datetime
    public: bool = False
    include_notes: bool = False
    #: desktop.deadlines.Deadline records for the timeline's flags (internal reports only)
    timeline_deadlines: list = field(default_factory=list)


@dataclass
class CaseLine:
    """One case in the aggregate report's table."""

    person_id: str
    person_label: str
    publicity: str
    spellings: list[str]  # every stored spelling; emptied in a public copy
    keys: list[str]  # their folded search keys (desktop.names), for cross-script scrubbing
    reference: str
    kind: str
    outcome: str
    status: str
    arrest_date: str | None
    region: str | None
    charges: list[str]  # "BY CC 342" keys


@dataclass
class CustodyFigures:
    cases: int = 0  # cases with a custody period recorded
    median_days: float | None = None  # over cases whose custody has a known length
    longest_days: int | None = None
    ongoing: int = 0  # open cases still in custody (counted to the report date)
    estimated: int = 0  # lengths that rest on a date that is not one exact day
    longest_estimated: bool = False  # the longest length is such an estimate
    unrecorded_end: int = 0  # custody ended (case closed, or outcome) on a day not recorded


@dataclass
class AggregateData:
    date_from: str | None
    date_to: str | None
    stats: Stats
    by_region: dict[str, int]
    fuzzy_dates: int  # arrest dates in the period that are not one exact day
    undated: int  # cases left out for having no arrest date (only when a period is set)
    interim_granted: int
    interim_removed: int  # removed despite interim measures (certainly after the grant)
    custody: CustodyFigures
    lines: list[CaseLine]
    author: str
    generated: datetime
    public: bool = False
    #: breakdowns: {"charges_by_kind": {kind: {"BY CC 364": cases}}, "year": {year the case began,
    #: or "undated": cases}}; the same figures as `stats --by kind` / `--by year`
    breakdowns: dict = field(default_factory=dict)
    #: kind x outcome: {kind: {outcome: cases}}
    kind_outcome: dict = field(default_factory=dict)
