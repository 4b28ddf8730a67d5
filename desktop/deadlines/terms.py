"""Pure term arithmetic: the rules (data in resources/deadline_rules.toml), the time zones of
Russian places, counting days, working days, months and hours (CPC art. 128, CoAO art. 4.8,
the production calendar of desktop.dates.workdays), choosing the version of a rule in force on
the trigger's date, and deriving the deadlines a case's events give. No vault and no SQL here:
everything takes and returns plain values, so other services (and tests) can reuse it.
"""

from __future__ import annotations

import calendar
import functools
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.records import Event
from desktop.cases.vocab import vocabulary
from desktop.dates import edtf as dates
from desktop.dates import workdays

KINDS = ("deadline", "custody", "alert", "block")
UNITS = ("hours", "days", "working_days", "months", "years")
COUNTINGS = ("cpc", "custody", "coao", "calendar")
SEVERITIES = ("critical", "high", "normal")
MOSCOW = "Europe/Moscow"
#: Events that put a person in custody, and events that end it (or take the person away).
CUSTODY_STARTS = ("arrest", "rearrest", "custody_ordered", "custody_extended", "admin_detention",
                  "special_centre_placement")
CUSTODY_ENDS = ("release", "extradited", "handed_over", "deported", "left_country", "abducted")


class RulesInvalid(ValueError):
    """The rules file is malformed; the message names the rule and the field."""


# -- time zones -------------------------------------------------------------------------------

@functools.cache
def zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name == MOSCOW:  # no time-zone database: Moscow is UTC+3 all year since 2014
            return timezone(timedelta(hours=3), "MSK")
        raise


# Russian places outside Moscow time that the event "place" may name (Latin or Cyrillic):
# an event's local time there is converted; any other place is taken as Moscow time.
_PLACE_ZONES = (
    (("kaliningrad", "калининград"), "Europe/Kaliningrad"),
    (("samara", "самар", "izhevsk", "ижевск", "ulyanovsk", "ульяновск"), "Europe/Samara"),
    (("yekaterinburg", "ekaterinburg", "екатеринбург", "sverdlovsk", "свердловск", "chelyabinsk",
      "челябинск", "tyumen", "тюмен", "perm", "перм", "ufa", "уфа", "orenburg", "оренбург"),
     "Asia/Yekaterinburg"),
    (("omsk", "омск"), "Asia/Omsk"),
    (("novosibirsk", "новосибирск", "barnaul", "барнаул", "tomsk", "томск"), "Asia/Novosibirsk"),
    (("krasnoyarsk", "красноярск", "kemerovo", "кемерово", "novokuznetsk", "новокузнецк"), "Asia/Krasnoyarsk"),
    (("irkutsk", "иркутск", "ulan-ude", "улан-удэ"), "Asia/Irkutsk"),
    (("yakutsk", "якутск", "chita", "чита"), "Asia/Yakutsk"),
    (("vladivostok", "владивосток", "khabarovsk", "хабаровск"), "Asia/Vladivostok"),
)


@functools.lru_cache(maxsize=4096)
def _place_zone_name(place: str | None) -> str | None:
    if place:
        folded = place.casefold()
        for names, name in _PLACE_ZONES:
            if any(n in folded for n in names):
                try:
                    zone(name)
                except (ZoneInfoNotFoundError, ValueError):
                    return None
                return name
    return None


def zone_for_place(place: str | None) -> tzinfo:
    """The time zone of an event's local time: Moscow unless the place names a city elsewhere."""
    return zone(_place_zone_name(place) or MOSCOW)


# -- rules ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One version of a rule, in force for triggers from ``effective_from`` to ``effective_to``."""

    id: str
    kind: str
    triggers: tuple[str, ...]
    lane: str
    severity: str
    verified: bool
    basis_en: str
    basis_ru: str
    title_en: str
    title_ru: str
    explanation_en: str
    explanation_ru: str
    term: int = 0
    unit: str = "days"
    counting: str = "cpc"
    requires_prior: tuple[str, ...] = ()
    requires_no_prior: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    closed_by: tuple[str, ...] = ()
    effective_from: date | None = None
    effective_to: date | None = None
    zone: str = MOSCOW
    note_en: str = ""
    note_ru: str = ""

    def title(self, lang: str) -> str:
        return self.title_ru if lang == "ru" else self.title_en

    def basis(self, lang: str) -> str:
        return self.basis_ru if lang == "ru" else self.basis_en

    def explanation(self, lang: str) -> str:
        return self.explanation_ru if lang == "ru" else self.explanation_en

    def note(self, lang: str) -> str:
        return self.note_ru if lang == "ru" else self.note_en

    def in_force(self, day: date) -> bool:
        return ((self.effective_from is None or day >= self.effective_from)
                and (self.effective_to is None or day <= self.effective_to))

    def applies_to(self, case_kind: str) -> bool:
        return not self.kinds or case_kind in self.kinds


_REQUIRED = ("id", "kind", "triggers", "lane", "severity", "verified", "basis_en", "basis_ru",
             "title_en", "title_ru", "explanation_en", "explanation_ru")
_TUPLES = ("triggers", "requires_prior", "requires_no_prior", "kinds", "closed_by")


def parse_rules(data: dict) -> tuple[Rule, ...]:
    """Rules from the parsed TOML; RulesInvalid names every problem."""
    vocab = vocabulary()
    problems: list[str] = []
    rules: list[Rule] = []
    allowed = {f for f in Rule.__dataclass_fields__}
    for i, raw in enumerate(data.get("rule", [])):
        where = f"rule[{i}] {raw.get('id', '?')}"
        unknown = set(raw) - allowed
        missing = [k for k in _REQUIRED if k not in raw]
        if unknown:
            problems.append(f"{where}: unknown fields {sorted(unknown)}")
        if missing:
            problems.append(f"{where}: missing {missing}")
        if unknown or missing:
            continue
        values = dict(raw)
        for key in _TUPLES:
            values[key] = tuple(values.get(key, ()))
        for key in ("effective_from", "effective_to"):
            if isinstance(values.get(key), str):
                values[key] = date.fromisoformat(values[key])
        rule = Rule(**values)
        if rule.kind not in KINDS:
            problems.append(f"{where}: kind {rule.kind!r} is not one of {KINDS}")
        if rule.kind != "block" and (rule.unit not in UNITS or not isinstance(rule.term, int) or rule.term <= 0):
            problems.append(f"{where}: needs a positive term and a unit from {UNITS}")
        if rule.counting not in COUNTINGS:
            problems.append(f"{where}: counting {rule.counting!r} is not one of {COUNTINGS}")
        if rule.severity not in SEVERITIES:
            problems.append(f"{where}: severity {rule.severity!r} is not one of {SEVERITIES}")
        if rule.lane not in vocab.event_groups:
            problems.append(f"{where}: lane {rule.lane!r} is not an event group")
        for key in ("triggers", "requires_prior", "requires_no_prior", "closed_by"):
            for typ in getattr(rule, key):
                if typ not in vocab.event_types:
                    problems.append(f"{where}: {key}: {typ!r} is not an event type")
        for kind in rule.kinds:
            if kind not in vocab.kinds:
                problems.append(f"{where}: kinds: {kind!r} is not a case kind")
        if not rule.triggers:
            problems.append(f"{where}: needs at least one trigger")
        rules.append(rule)
    by_id: dict[str, list[Rule]] = {}
    for rule in rules:
        by_id.setdefault(rule.id, []).append(rule)
    for rule_id, versions in by_id.items():
        versions.sort(key=lambda r: r.effective_from or date.min)
        for a, b in zip(versions, versions[1:]):
            if a.effective_to is None or b.effective_from is None or a.effective_to >= b.effective_from:
                problems.append(f"{rule_id}: effective periods of its versions overlap or leave no end")
    if problems:
        raise RulesInvalid("\n".join(problems))
    return tuple(rules)


@functools.cache
def rules() -> tuple[Rule, ...]:
    with resources.files("resources").joinpath("deadline_rules.toml").open("rb") as handle:
        return parse_rules(tomllib.load(handle))


@functools.cache
def _rules_by_trigger() -> dict[str, tuple[Rule, ...]]:
    found: dict[str, list[Rule]] = {}
    for rule in rules():
        for typ in rule.triggers:
            found.setdefault(typ, []).append(rule)
    return {k: tuple(v) for k, v in found.items()}


def rule_version(rule_id: str, day: date | None = None) -> Rule | None:
    """The version of a rule in force on ``day`` (the latest version when day is None)."""
    versions = [r for r in rules() if r.id == rule_id]
    if not versions:
        return None
    if day is not None:
        for rule in versions:
            if rule.in_force(day):
                return rule
    return versions[-1]


# -- counting -----------------------------------------------------------------------------------

def add_months(day: date, months: int) -> tuple[date, bool]:
    """The same day ``months`` later; (date, True) when that month has no such day and the
    last day of the month stands in for it."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return (date(year, month, day.day), False) if day.day <= last else (date(year, month, last), True)


def last_day_of_term(rule: Rule, trigger_day: date) -> date:
    """The last day of a day-, month- or year-based term started on ``trigger_day``."""
    unit, n, counting = rule.unit, rule.term, rule.counting
    if unit == "working_days":
        return workdays.add_working_days(trigger_day, n)
    if unit == "days":
        last = trigger_day + timedelta(days=n - 1 if counting == "custody" else n)
    else:
        months = n * 12 if unit == "years" else n
        last, clamped = add_months(trigger_day, months)
        if counting == "custody" and not clamped:
            last -= timedelta(days=1)  # the first day counted: ends the day before the same date
    if counting in ("cpc", "coao"):
        last = workdays.next_working_day(last)
    return last


@dataclass(frozen=True)
class Term:
    starts: datetime
    due: datetime | None      # the moment the term expires (24:00 of the last day)
    last_day: date | None
    has_time: bool
    approximate: bool


def compute_term(rule: Rule, event: Event) -> Term:
    """When a term started by ``event`` expires under ``rule`` (time-zone aware)."""
    zone_name = _place_zone_name(event.place) if event.time else None
    return _term(rule, event.date, event.date_lower, event.time, zone_name)


@functools.lru_cache(maxsize=65536)
def _term(rule: Rule, edtf: str, date_lower: str, at: str | None, zone_name: str | None) -> Term:
    """compute_term's work, cached: events of many cases share dates."""
    event = Event(type="", date=edtf, time=at, place=None, date_lower=date_lower)
    parsed = dates.parse(event.date)
    lower = date.fromisoformat(event.date_lower) if event.date_lower else parsed.lower
    rule_zone = zone(rule.zone)
    if event.time:
        hh, mm = (int(x) for x in event.time.split(":"))
        starts = datetime.combine(lower, time(hh, mm), zone(zone_name or MOSCOW)).astimezone(rule_zone)
    else:
        starts = datetime.combine(lower, time(0, 0), rule_zone)
    approximate = not parsed.is_day
    if rule.kind == "block":
        return Term(starts, None, None, bool(event.time), approximate)
    if rule.unit == "hours":
        # A trigger without a time of day is counted from the start of its day (the earliest).
        due = (starts.astimezone(timezone.utc) + timedelta(hours=rule.term)).astimezone(rule_zone)
        return Term(starts, due, None, True, approximate)
    last = last_day_of_term(rule, starts.date())
    due = datetime.combine(last + timedelta(days=1), time(0, 0), rule_zone)
    return Term(starts, due, last, False, approximate)


# -- derivation ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Derived:
    """A deadline as the rules give it for one trigger event."""

    rule: Rule
    event_id: str
    term: Term
    met_event_id: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.event_id, self.rule.id)


def _order(events: Sequence[Event]) -> list[tuple[tuple, Event]]:
    keyed = []
    for i, event in enumerate(events):
        lower = event.date_lower or dates.parse(event.date).lower.isoformat()
        keyed.append(((lower, i), event))
    keyed.sort(key=lambda pair: pair[0])
    return keyed


def derive(case_kind: str, events: Sequence[Event]) -> list[Derived]:
    """Every deadline the rules derive from a case's events (events need ids)."""
    by_trigger = _rules_by_trigger()
    ordered = _order(events)
    found: list[Derived] = []
    for index, (key, event) in enumerate(ordered):
        candidates = by_trigger.get(event.type)
        if not candidates:
            continue
        trigger_day = date.fromisoformat(key[0])
        for rule in candidates:
            if not rule.in_force(trigger_day) or not rule.applies_to(case_kind):
                continue
            if rule.requires_prior or rule.requires_no_prior:
                prior = {e.type for k, e in ordered if k[0] <= key[0] and e is not event}
                if rule.requires_prior and not prior.intersection(rule.requires_prior):
                    continue
                if prior.intersection(rule.requires_no_prior):
                    continue
            met = None
            if rule.closed_by:
                met = next((e.id for _, e in ordered[index + 1:] if e.type in rule.closed_by), None)
            found.append(Derived(rule, event.id, compute_term(rule, event), met))
    return found


def watch_row(case_id: str, events: Sequence[Event]) -> tuple:
    """(case id, custody type, date, time, contact date, time, lost date, time): the start of the
    current custody (the first custody event after the last one that ended it), the last
    contact, and a contact_lost after it. Same-day events keep the order of the list."""
    ordered = _order(events)
    start = contact = lost = None
    for _key, event in ordered:
        if event.type in CUSTODY_ENDS:
            start = None
        elif event.type in CUSTODY_STARTS and start is None:
            start = (event.type, _key[0], event.time)
        if event.type == "contact":
            contact, lost = (_key[0], event.time), None
        elif event.type == "contact_lost":
            lost = (_key[0], event.time)
    return (case_id, *(start or (None, None, None)), *(contact or (None, None)), *(lost or (None, None)))
