"""Pure term arithmetic: the rules (data in resources/deadline_rules.toml), the time zones of
Russian places, counting days, working days, months and hours (CPC art. 128, CoAO art. 4.8,
the production calendar of desktop.dates.workdays), choosing the version of a rule in force on
the trigger's date, and deriving the deadlines a case's events give. No vault and no SQL here:
everything takes and returns plain values, so other services (and tests) can reuse it.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
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
    """The time zone of an IANA name; Moscow (UTC+3 all year since 2014) also without a
    time-zone database. Raises ZoneInfoNotFoundError (a KeyError) or ValueError for an
    unknown name."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        if name == MOSCOW:  # no time-zone database: Moscow is UTC+3 all year since 2014
            return timezone(timedelta(hours=3), "MSK")
        raise


# -- the place of proceedings -----------------------------------------------------------------

#: Why a deadline's zone is what it is: the event's place, the case's region, or neither
#: (then Moscow time, and the deadline says so).
ZONE_SOURCES = ("place", "region", "default")


@dataclass(frozen=True)
class Subject:
    """A federal subject of Russia and its time zone (resources/ru_zones.toml)."""

    en: str
    ru: str
    zone: str


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+|_", _fold(text)) if w]


@functools.cache
def subjects() -> tuple[tuple[Subject, tuple[tuple[tuple[str, bool], ...], ...]], ...]:
    """Every subject with its names, each a tuple of (stem, whole word) pairs."""
    with resources.files("resources").joinpath("ru_zones.toml").open("rb") as handle:
        data = tomllib.load(handle)
    found = []
    for raw in data["subject"]:
        subject = Subject(raw["en"], raw["ru"], raw["zone"])
        names = []
        for name in (raw["en"], raw["ru"], *raw["names"]):
            whole = name.startswith("=")
            names.append(tuple((w, whole) for w in _words(name.lstrip("="))))
        found.append((subject, tuple(n for n in names if n)))
    return tuple(found)


@functools.lru_cache(maxsize=8192)
def resolve_place(text: str | None) -> Subject | None:
    """The subject a free-text place or region names ("Калининградский областной суд",
    "SIZO-1, Vladivostok"), by the longest matching name; None when nothing matches."""
    if not text:
        return None
    words = _words(text)
    best, best_len = None, 0
    for subject, names in subjects():
        for name in names:
            size = sum(len(stem) for stem, _ in name)
            if size <= best_len:
                continue
            for i in range(len(words) - len(name) + 1):
                if all((words[i + j] == stem) if whole else words[i + j].startswith(stem)
                       for j, (stem, whole) in enumerate(name)):
                    best, best_len = subject, size
                    break
    return best


@functools.lru_cache(maxsize=8192)
def zone_of(place: str | None, region: str | None = None) -> tuple[str, str]:
    """(IANA zone, source) of the place of proceedings: the event's place, else the case's
    region, else Moscow ("default"). Source: Federal Law 107-FZ art. 5 (resources/ru_zones.toml)."""
    for text, source in ((place, "place"), (region, "region")):
        subject = resolve_place(text)
        if subject is not None:
            try:
                zone(subject.zone)
            except (ZoneInfoNotFoundError, ValueError):  # no time-zone database: Moscow
                return MOSCOW, "default"
            return subject.zone, source
    return MOSCOW, "default"


def zone_for_place(place: str | None, region: str | None = None) -> tzinfo:
    """The time zone of an event's local time (see zone_of)."""
    return zone(zone_of(place, region)[0])


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
    title_be: str = ""  # the title in Belarusian; basis, explanation and note stay Russian law's words
    unless_latest: tuple[str, ...] = ()
    from_detention: bool = False
    runs_on: bool = False
    chain: bool = False
    term_by_gravity: tuple[tuple[str, int], ...] = ()

    def __hash__(self) -> int:
        # A version of a rule is one (id, effective_from): hashing every field each time a
        # cached term is looked up was a tenth of a recompute.
        return hash((self.id, self.effective_from))

    def title(self, lang: str) -> str:
        """The rule's title in the interface's language (Belarusian falls back to Russian
        where a rule has no ``title_be``); its basis, explanation and note are Russian law's
        own words for "ru" and "be", else English."""
        if lang == "be" and self.title_be:
            return self.title_be
        return self.title_ru if lang in _RUSSIAN_TEXT else self.title_en

    def basis(self, lang: str) -> str:
        """The legal basis (article and code), in the language as :meth:`title`."""
        return self.basis_ru if lang in _RUSSIAN_TEXT else self.basis_en

    def explanation(self, lang: str) -> str:
        """How the term is counted, in the language as :meth:`title`."""
        return self.explanation_ru if lang in _RUSSIAN_TEXT else self.explanation_en

    def note(self, lang: str) -> str:
        """The rule's note (caveats of practice), in the language as :meth:`title`."""
        return self.note_ru if lang in _RUSSIAN_TEXT else self.note_en

    def in_force(self, day: date) -> bool:
        """True when the rule's version applies to a trigger on ``day`` (inclusive bounds; an
        open bound is no limit)."""
        return ((self.effective_from is None or day >= self.effective_from)
                and (self.effective_to is None or day <= self.effective_to))

    def applies_to(self, case_kind: str) -> bool:
        """True when the rule applies to cases of ``case_kind`` (a rule naming no kinds applies to
        all)."""
        return not self.kinds or case_kind in self.kinds


# The rules quote Russian and international law, whose texts exist in Russian and English:
# the Belarusian interface shows the Russian text of a rule.
_RUSSIAN_TEXT = ("ru", "be")

_REQUIRED = ("id", "kind", "triggers", "lane", "severity", "verified", "basis_en", "basis_ru",
             "title_en", "title_ru", "explanation_en", "explanation_ru")
_TUPLES = ("triggers", "requires_prior", "requires_no_prior", "kinds", "closed_by", "unless_latest")
#: Gravity of an offence under the Russian Criminal Code, art. 15 (None: not known yet).
GRAVITIES = ("small", "medium", "grave", "especially_grave")


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
        by_gravity = values.get("term_by_gravity") or {}
        if not isinstance(by_gravity, dict) or set(by_gravity) - set(GRAVITIES) or not all(
                isinstance(v, int) and v > 0 for v in by_gravity.values()):
            problems.append(f"{where}: term_by_gravity maps {GRAVITIES} to positive terms")
            continue
        values["term_by_gravity"] = tuple(sorted(by_gravity.items()))
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
        for key in ("triggers", "requires_prior", "requires_no_prior", "closed_by", "unless_latest"):
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
    """The deadline rules of resources/deadline_rules.toml, checked. Raises RulesInvalid with
    every problem of the file."""
    with resources.files("resources").joinpath("deadline_rules.toml").open("rb") as handle:
        return parse_rules(tomllib.load(handle))


@functools.cache
def _rules_by_trigger() -> dict[str, tuple[Rule, ...]]:
    found: dict[str, list[Rule]] = {}
    for rule in rules():
        for typ in rule.triggers:
            found.setdefault(typ, []).append(rule)
    return {k: tuple(v) for k, v in found.items()}


@functools.cache
def _block_triggers() -> frozenset[str]:
    return frozenset(t for rule in rules() if rule.kind == "block" for t in rule.triggers)


@functools.cache
def types_read() -> frozenset[str]:
    """Every event type that derivation reads (derive, blocks.block_states, watch_row): the
    rules' triggers and their closing, required, excluded and latest-event types, the custody
    starts and ends, the removal steps that violate a block, and contacts. An event of any
    other type (a note, a hearing, a media report) changes no derived deadline, so a recompute
    of every case leaves such events unread (issue 11: they are two fifths of a vault's events).
    tests/desktop/test_deadlines.py checks that derivation with and without them is equal."""
    from desktop.deadlines import blocks

    found: set[str] = set(CUSTODY_STARTS) | set(CUSTODY_ENDS) | set(blocks.REMOVAL_STEPS) | {"contact", "contact_lost"}
    for rule in rules():
        found.update(rule.triggers, rule.closed_by, rule.requires_prior, rule.requires_no_prior, rule.unless_latest)
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
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

#: Why a computed date is not simply right: shown with the deadline everywhere (en, ru).
#: Those in APPROXIMATE make the date the earliest possible one, marked approximate.
CAVEATS = {
    "trigger_uncertain": ("the trigger date is uncertain: the earliest possible date is shown",
                          "дата события неточна: показана самая ранняя возможная дата"),
    "trigger_unknown": ("trigger date unknown: enter it", "дата события неизвестна: укажите её"),
    "time_unknown": ("no time of day recorded: counted from the start of the day (the earliest)",
                     "время не указано: отсчёт от начала суток (самый ранний)"),
    "gravity_unknown": ("gravity of the offence unknown: the earliest possible limit is shown",
                        "категория преступления не указана: показан самый ранний возможный предел"),
    "out_of_range": ("the date lies outside the calendar this program counts: no date",
                     "дата вне календаря, который учитывает программа: срок не вычислен"),
    "zone_default": ("the place of proceedings is not recorded or not recognised: Moscow time used",
                     "место производства не указано или не распознано: использовано московское время"),
    "trigger_gone": ("the event that started this deadline changed or was removed: the lawyer's date is kept",
                     "событие, с которого начался срок, изменено или удалено: дата адвоката сохранена"),
}
#: What the user sees beside an override whose trigger changed (issue 11).
TRIGGER_CHANGED = ("trigger changed since this override", "событие изменилось после переопределения")
APPROXIMATE = frozenset({"trigger_uncertain", "trigger_unknown", "time_unknown", "gravity_unknown",
                         "out_of_range"})


#: The caveats in Belarusian (the interface's third language).
CAVEATS_BE = {
    "trigger_uncertain": "дата падзеі недакладная: паказана самая ранняя магчымая дата",
    "trigger_unknown": "дата падзеі невядомая: укажыце яе",
    "time_unknown": "час не ўказаны: адлік ад пачатку сутак (самы ранні)",
    "gravity_unknown": "катэгорыя злачынства не ўказана: паказаны самы ранні магчымы тэрмін",
    "out_of_range": "дата па-за календаром, які ўлічвае праграма: тэрмін не вылічаны",
    "zone_default": "месца вядзення справы не ўказана або не распазнана: выкарыстаны маскоўскі час",
    "trigger_gone": "падзея, з якой пачаўся тэрмін, зменена або выдалена: дата адваката захавана",
}


def caveat_text(code: str, lang: str = "en") -> str:
    """The human words for a caveat code (CAVEATS), in English, Russian or Belarusian."""
    en, ru = CAVEATS.get(code, (code, code))
    if lang == "be":
        return CAVEATS_BE.get(code, ru)
    return ru if lang == "ru" else en


def add_months(day: date, months: int) -> tuple[date, bool]:
    """The same day ``months`` later; (date, True) when that month has no such day and the
    last day of the month stands in for it (CPC art. 128(2)). Raises OverflowError past 9999."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    last = calendar.monthrange(year, month)[1]
    return (date(year, month, day.day), False) if day.day <= last else (date(year, month, last), True)


def last_day_of_term(rule: Rule, trigger_day: date, term: int | None = None) -> date:
    """The last day of a day-, month- or year-based term started on ``trigger_day`` (for the
    custody counting: the first day of detention, which counts). ``term`` replaces the rule's.

    CPC art. 128(1)-(2), CoAO art. 4.8: days and months run from the day after the trigger; a
    term in days (CPC: also in months) ending on a non-working day moves to the next working
    day. CPC art. 128(2)-(3): detention terms are counted in full calendar months and never
    move; lapse terms ("calendar" counting) never move either. Raises OverflowError past 9999."""
    unit, n, counting = rule.unit, rule.term if term is None else term, rule.counting
    if unit == "working_days":
        return workdays.add_working_days(trigger_day, n)
    if unit == "days":
        last = trigger_day + timedelta(days=n - 1 if counting == "custody" else n)
        if counting in ("cpc", "coao"):
            last = workdays.next_working_day(last)
        return last
    months = n * 12 if unit == "years" else n
    last, clamped = add_months(trigger_day, months)
    if counting == "custody":
        if not clamped:
            last -= timedelta(days=1)  # the first day counted: ends the day before the same date
    elif counting == "cpc":
        last = workdays.next_working_day(last)  # CPC 128(2); never for custody (128(3))
    return last


@dataclass(frozen=True)
class Term:
    """When a term runs: ``starts`` and ``due`` are aware moments in the local ``zone`` of the
    place of proceedings; ``due`` is 24:00 local of ``last_day`` for day terms, or the moment
    itself for hour terms; None when the trigger date is unknown (caveat trigger_unknown)."""

    starts: datetime | None
    due: datetime | None      # the moment the term expires (24:00 of the last day)
    last_day: date | None
    has_time: bool
    approximate: bool
    zone: str = MOSCOW
    caveats: tuple[str, ...] = ()

    @property
    def stored_text(self) -> tuple[str | None, ...]:
        """(starts, due, due in UTC "…Z", last day, zone or None for Moscow, caveats as JSON or
        None): the text a stored deadline keeps of its term. Computed once per term: terms are
        shared through _term's cache, and formatting was a fifth of a recompute. (Kept in the
        instance's dict by hand: functools.cached_property takes a lock on every read in
        Python 3.11, which cost an import more than the formatting it saved.)"""
        try:
            return self.__dict__["_stored_text"]
        except KeyError:
            due = self.due
            text = (self.starts.isoformat() if self.starts is not None else None,
                    due.isoformat() if due is not None else None,
                    _utc_text(due) if due is not None else None,
                    self.last_day.isoformat() if self.last_day else None,
                    None if self.zone == MOSCOW else self.zone,
                    _caveats_json(self.caveats) if self.caveats else None)
            self.__dict__["_stored_text"] = text
            return text


def _utc_text(moment: datetime) -> str:
    """"2023-03-24T21:00:00Z": the moment in UTC, to the second (as strftime would give it)."""
    return (moment.replace(tzinfo=None, microsecond=0) - moment.utcoffset()).isoformat() + "Z"


@functools.lru_cache(maxsize=256)
def _caveats_json(caveats: tuple[str, ...]) -> str:
    import json

    return json.dumps(list(caveats))


def compute_term(rule: Rule, event: Event, *, region: str | None = None, first_day: date | None = None,
                 term: int | None = None, caveats: tuple[str, ...] = ()) -> Term:
    """When a term started by ``event`` expires under ``rule``, in the local time of the place
    of proceedings (the event's place, else ``region``, else Moscow). ``first_day`` replaces
    the trigger's day (custody counted from the actual detention, an extension running on);
    ``term`` replaces the rule's length (gravity). Never raises for a date the EDTF parser
    accepts: open or out-of-range dates give a Term without a due moment and a caveat."""
    zone_name, source = zone_of(event.place, region)
    extra = caveats + (("zone_default",) if source == "default" else ())
    return _term(rule, event.date, event.date_lower, event.time, zone_name, first_day, term, extra)


@functools.lru_cache(maxsize=65536)
def _term(rule: Rule, edtf: str, date_lower: str, at: str | None, zone_name: str,
          first_day: date | None, term: int | None, caveats: tuple[str, ...]) -> Term:
    """compute_term's work, cached: events of many cases share dates."""
    local = zone(zone_name)
    try:
        parsed = dates.parse(edtf)
    except dates.DateError:
        return Term(None, None, None, False, True, zone_name, caveats + ("trigger_unknown",))
    lower = date.fromisoformat(date_lower) if date_lower else parsed.lower
    notes = list(caveats)
    if lower == dates.OPEN_LOWER:
        return Term(None, None, None, False, True, zone_name, tuple(notes) + ("trigger_unknown",))
    if not parsed.is_day:
        notes.append("trigger_uncertain")
    try:
        if first_day is not None and first_day != lower:
            starts = datetime.combine(first_day, time(0, 0), local)
            at = None
        elif at:
            hh, mm = (int(x) for x in at.split(":"))
            starts = datetime.combine(lower, time(hh, mm), local)
        else:
            starts = datetime.combine(lower, time(0, 0), local)
        if rule.kind == "block":
            return Term(starts, None, None, bool(at), bool(APPROXIMATE.intersection(notes)), zone_name, tuple(notes))
        if rule.unit == "hours":
            # A trigger without a time of day is counted from the start of its day (the earliest).
            if not at:
                notes.append("time_unknown")
            due = (starts.astimezone(timezone.utc) + timedelta(hours=term or rule.term)).astimezone(local)
            return Term(starts, due, None, True, bool(APPROXIMATE.intersection(notes)), zone_name, tuple(notes))
        last = last_day_of_term(rule, starts.date(), term)
        due = datetime.combine(last + timedelta(days=1), time(0, 0), local)
        due.astimezone(timezone.utc)  # raises OverflowError at the end of the calendar
    except (OverflowError, ValueError):
        return Term(None, None, None, False, True, zone_name, tuple(notes) + ("out_of_range",))
    return Term(starts, due, last, False, bool(APPROXIMATE.intersection(notes)), zone_name, tuple(notes))


# -- derivation ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Derived:
    """A deadline as the rules give it for one trigger event. For a block: ``met_event_id`` is
    the event that ended it, ``until`` the day it ended (also the ECtHR cut-off), and
    ``violated_by`` the first removal step recorded while it was in force."""

    rule: Rule
    event_id: str
    term: Term
    met_event_id: str | None
    until: date | None = None
    violated_by: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """(trigger event id, rule id): what identifies a derived deadline across recomputes."""
        return (self.event_id, self.rule.id)


def order_key(event: Event, position: int) -> tuple[str, int]:
    """(ISO lower day, position): the order events happened in; an invalid date sorts first."""
    try:
        lower = event.date_lower or dates.parse(event.date).lower.isoformat()
    except dates.DateError:
        lower = dates.OPEN_LOWER.isoformat()
    return (lower, position)


def order(events: Sequence[Event]) -> list[tuple[tuple[str, int], Event]]:
    """[(order_key, event)] in the order the events happened (see order_key); derive,
    watch_row and blocks.block_states take it ready-made so that a case is sorted once."""
    keyed = [(order_key(event, i), event) for i, event in enumerate(events)]
    keyed.sort(key=_first)
    return keyed


def _first(pair: tuple) -> tuple:
    return pair[0]


_order = order


def _latest_allows(rule: Rule, ordered, index: int) -> bool:
    """unless_latest: the latest earlier event among requires_prior + unless_latest types must
    not be one of unless_latest (a complaint after an asylum refusal is not an extradition one)."""
    if not rule.unless_latest:
        return True
    watched = set(rule.requires_prior) | set(rule.unless_latest)
    for _key, event in reversed(ordered[:index]):
        if event.type in watched:
            return event.type not in rule.unless_latest
    return True


def gravity_term(rule: Rule, gravity: str | None) -> tuple[int | None, tuple[str, ...]]:
    """(term, caveats) of a rule whose length depends on the gravity of the offence (RU CC art.
    15; CPC art. 109(2)-(3)): the gravity's term, or the shortest while it is unknown."""
    if not rule.term_by_gravity:
        return None, ()
    table = dict(rule.term_by_gravity)
    if gravity in table:
        return table[gravity], ()
    return min(table.values()), ("gravity_unknown",)


def derive(case_kind: str, events: Sequence[Event], *, region: str | None = None,
           gravity: str | None = None, court_ends: dict[tuple[str, str], date] | None = None,
           ordered: list[tuple[tuple[str, int], Event]] | None = None) -> list[Derived]:
    """Every deadline the rules derive from a case's events (events need ids).

    ``region``: the case's region (the place of proceedings when an event names none);
    ``gravity``: one of GRAVITIES or None; ``court_ends``: {(event id, rule id): last day} of
    custody terms whose end the court set (the lawyer's override), from which an extension
    runs on. Custody terms marked from_detention run from the first day of actual detention
    (CPC art. 109(9)): the first custody event after the last one that ended custody.
    ``ordered``: order(events), when the caller has it already."""
    from desktop.deadlines import blocks

    by_trigger = _rules_by_trigger()
    if ordered is None:
        ordered = order(events)
    court_ends = court_ends or {}
    found: list[Derived] = []
    detained: date | None = None          # first day of the current detention
    chain_end: date | None = None         # last day of the current custody term
    positions: dict[str, list[int]] | None = None  # event type: its indexes in ordered
    # The types of the events up to the end of the day being read, counted: what a rule
    # requiring (or excluding) a prior event asks, without reading the case again for each
    # trigger (that rereading was an eighth of an import's derivation; issue 19, cause 4).
    counted: dict[str, int] = {}
    through = -1  # the last index counted
    open_lower = dates.OPEN_LOWER.isoformat()
    for index, (key, event) in enumerate(ordered):
        if event.type in CUSTODY_ENDS:
            detained, chain_end = None, None
        elif event.type in CUSTODY_STARTS and detained is None and key[0] != open_lower:
            detained = date.fromisoformat(key[0])
        candidates = by_trigger.get(event.type)
        if not candidates:
            continue
        trigger_day = date.fromisoformat(key[0])
        prior = None
        for rule in candidates:
            if rule.kind == "block" or not rule.in_force(trigger_day) or not rule.applies_to(case_kind):
                continue
            if rule.requires_prior or rule.requires_no_prior:
                if prior is None:  # the types of the events up to this day, this one aside
                    while through + 1 < len(ordered) and ordered[through + 1][0][0] <= key[0]:
                        through += 1
                        kind = ordered[through][1].type
                        counted[kind] = counted.get(kind, 0) + 1
                    own = event.type
                    prior = {t for t, n in counted.items() if n > (t == own)}
                if rule.requires_prior and not prior.intersection(rule.requires_prior):
                    continue
                if prior.intersection(rule.requires_no_prior):
                    continue
            if not _latest_allows(rule, ordered, index):
                continue
            met = None
            if rule.closed_by:  # the first later event of a closing type
                if positions is None:
                    positions = {}
                    for j, (_k, e) in enumerate(ordered):
                        positions.setdefault(e.type, []).append(j)
                first = None
                for typ in rule.closed_by:
                    at = positions.get(typ)
                    if at:
                        k = bisect.bisect_right(at, index)
                        if k < len(at) and (first is None or at[k] < first):
                            first = at[k]
                met = ordered[first][1].id if first is not None else None
            first_day = None
            if rule.runs_on and chain_end is not None:
                first_day = chain_end + timedelta(days=1)
            elif rule.from_detention and detained is not None:
                first_day = detained
            term, notes = gravity_term(rule, gravity)
            computed = compute_term(rule, event, region=region, first_day=first_day, term=term, caveats=notes)
            if rule.chain:
                court = court_ends.get((event.id, rule.id))
                chain_end = court or computed.last_day
            found.append(Derived(rule, event.id, computed, met))
    block_triggers = _block_triggers()
    if any(event.type in block_triggers for _key, event in ordered):
        found.extend(blocks.derived_blocks(case_kind, events, region=region, ordered=ordered))
    return found


def watch_row(case_id: str, events: Sequence[Event], *,
              ordered: list[tuple[tuple[str, int], Event]] | None = None) -> tuple:
    """(case id, custody type, date, time, contact date, time, lost date, time): the start of the
    current custody (the first custody event after the last one that ended it), the last
    contact, and a contact_lost after it. Same-day events keep the order of the list.
    ``ordered``: order(events), when the caller has it already."""
    if ordered is None:
        ordered = order(events)
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
