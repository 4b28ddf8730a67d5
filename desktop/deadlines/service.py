"""Procedural deadlines as stored in the vault: the services that keep a case's derived
deadlines in step with its events (desktop.deadlines.terms computes them), add manual ones,
set statuses and override dates. A computed date is help, never legal advice: every
deadline carries its trigger event, its legal basis and whether its rule is verified.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum

from db import audit as audit_queries
from db import deadlines as queries
from db.deadlines import DeadlineRow
from db.records import Case, Event
from db.vault import Vault, new_id, now_utc
from desktop.cases.vocab import vocabulary
from desktop.dates import edtf as dates
from desktop.deadlines.terms import (  # noqa: F401  (re-exported: the service's public names)
    CAVEATS, COUNTINGS, CUSTODY_ENDS, CUSTODY_STARTS, GRAVITIES, KINDS, MOSCOW, SEVERITIES,
    TRIGGER_CHANGED, UNITS, Derived, Rule, RulesInvalid, Term, add_months, caveat_text, compute_term,
    derive, last_day_of_term, order, parse_rules, rule_version, rules, watch_row, zone, zone_for_place, zone_of,
)
from desktop.deadlines.terms import _term, _utc_text, types_read
from desktop.deadlines.blocks import BlockState, block_states, violated_blocks  # noqa: F401  (re-exported)
from desktop.collector import collector_paused
from desktop.progress import Progress, report

STATUSES = ("open", "done", "missed", "waived")
MAX_TITLE = 500


class DeadlineReason(StrEnum):
    """Why a deadline change was refused (:attr:`DeadlineError.reason`): what the GUI
    translates; str() of the error stays English (the CLI's message)."""

    GONE = "gone"  # the deadline no longer exists
    CASE_GONE = "case_gone"  # the case no longer exists
    NO_TITLE = "no_title"  # a manual deadline without a title
    TITLE_LONG = "title_long"  # a title over MAX_TITLE characters
    NO_DATE = "no_date"  # a manual deadline without a due date
    OTHER_CASE_EVENT = "other_case_event"  # the trigger event is another case's
    STATUS = "status"  # not one of STATUSES
    NO_REASON = "no_reason"  # an override without a reason
    REASON_LONG = "reason_long"  # a reason over MAX_TITLE characters
    BLOCK_NO_DATE = "block_no_date"  # a blocking condition has no date to override
    NOT_DAYS = "not_days"  # the notice's days given for a term not counted in days
    DAYS_RANGE = "days_range"  # the notice's days outside 1..MAX_NOTICE_DAYS
    PAST_CALENDAR = "past_calendar"  # the term runs past the calendar counted
    NOTHING_TO_CONFIRM = "nothing_to_confirm"  # no override of the lawyer's to confirm
    COMPUTED = "computed"  # a computed deadline cannot be deleted


class DeadlineError(ValueError):
    """A deadline change the user asked for cannot be made; the message (English) says why,
    ``reason`` (a :class:`DeadlineReason`) says it for translation."""

    def __init__(self, message: str, *, reason: DeadlineReason) -> None:
        super().__init__(message)
        self.reason = DeadlineReason(reason)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _utc(moment: datetime | None) -> str | None:
    """The stored UTC text of a moment, "YYYY-MM-DDTHH:MM:SSZ" (four-digit years: sortable)."""
    return _utc_text(moment) if moment is not None else None


def _fields(d: Derived) -> tuple:
    """Values of db.deadlines.DERIVED_FIELDS for a derived deadline (a block keeps the day it
    ended in last_day)."""
    t, r = d.term, d.rule
    starts, due, due_utc, last, zone_name, caveats = t.stored_text
    if r.kind == "block":
        last = d.until.isoformat() if d.until else None
    return (r.kind, r.title_en, starts, due, due_utc, last, t.has_time, t.approximate,
            d.met_event_id, r.basis_en, r.explanation_en, r.lane, r.severity, zone_name, caveats, d.violated_by)


def signature(event: Event | None) -> str | None:
    """type|date|time|place: what an override remembers of its trigger (None: no event)."""
    if event is None:
        return None
    return f"{event.type}|{event.date}|{event.time or ''}|{event.place or ''}"


def _court_ends(rows) -> dict[tuple[str, str], date]:
    """{(event id, rule id): last day} of custody terms whose end the lawyer entered (the
    court's date): an extension runs on from it. ``rows``: StoredDerived or DeadlineRow."""
    found = {}
    for row in rows:
        if row.kind == "custody" and row.override_due and row.event_id:
            try:
                found[(row.event_id, row.rule_id)] = _override_moment(row.override_due, row.zone)[1] or \
                    (_parse_moment(row.override_due) - timedelta(microseconds=1)).date()
            except ValueError:
                continue
    return found


_OFFSET = queries.STORED_OFFSET


@dataclass
class SyncResult:
    added: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    audit: list[tuple] = field(default_factory=list)


def sync(conn, cases: dict[str, tuple], *, now: str, fresh: bool = False,
         all_cases: bool = False, stored: Sequence[tuple] | None = None) -> SyncResult:
    """Bring the derived deadlines of these cases in line with their events, in the caller's
    transaction. ``cases``: {case id: (kind, events[, region[, gravity]])}. Manual deadlines
    are never touched; statuses the user set and overrides survive; a deadline whose trigger
    or rule no longer applies is removed, unless the lawyer overrode its date: then it stays,
    flagged "trigger changed since this override" until confirmed (issue 11), and the audit
    says so. ``stored``: the derived rows of exactly these cases, when the caller read them
    already (db.deadlines.derived_stored); ``all_cases``: compare with every stored row."""
    result = SyncResult()
    # stored rows are plain tuples laid out as queries.StoredDerived: (id, case id, event id,
    # rule id, status, status by user, override, *DERIVED_FIELDS); named only where rare
    existing: dict[tuple[str, str | None, str], tuple] = {}
    orphans: list[tuple] = []
    by_case: dict[str, list] = {}
    if not fresh:
        if stored is None:
            stored = queries.derived_stored(conn, None if all_cases else list(cases))
        for row in stored:
            if row[2] is None:
                orphans.append(row)
            else:
                existing[(row[1], row[2], row[3])] = row
            if row[6]:
                by_case.setdefault(row[1], []).append(queries.StoredDerived._make(row))
    inserts: list[tuple] = []
    updates: list[tuple] = []
    watch = []
    for case_id, (kind, events, *facts) in cases.items():
        region, gravity = (list(facts) + [None, None])[:2]
        ordered = order(events)
        derived = derive(kind, events, region=region, gravity=gravity,
                         court_ends=_court_ends(by_case.get(case_id, ())), ordered=ordered)
        watch.append(watch_row(case_id, events, ordered=ordered))
        for d in derived:
            values = _fields(d)
            auto_status = "done" if d.met_event_id else "open"
            old = existing.pop((case_id, d.event_id, d.rule.id), None)
            if old is None:
                added = new_id()
                # the columns of queries.insert_values: a DeadlineRow's, status open or done
                inserts.append((added, case_id, d.event_id, d.rule.id, *values[:6], int(values[6]),
                                int(values[7]), None, None, None, auto_status, 0, *values[8:13], now, now,
                                values[13], values[14], values[15], None))
                result.added.append(added)
                if not fresh:
                    result.audit.append(("deadline", added, case_id, "derive",
                                         {"rule": d.rule.id, "due": values[3]}))
                continue
            status = old[4] if old[5] else auto_status
            if values != old[_OFFSET:] or status != old[4]:
                old = queries.StoredDerived._make(old)
                updates.append((old.id, status, *values))
                if values[3] != old.due:
                    result.moved.append(old.id)
                    change = {"rule": d.rule.id, "due": [old.due, values[3]]}
                    if old.override_due:
                        change["override_kept"] = old.override_due
                    result.audit.append(("deadline", old.id, case_id, "recompute", change))
                elif status != old.status:
                    result.audit.append(("deadline", old.id, case_id, "status",
                                         {"status": [old.status, status], "met_by": d.met_event_id}))
    queries.put_watch(conn, watch, fresh=fresh)
    stale = []
    for row in map(queries.StoredDerived._make, [*existing.values(), *orphans]):
        if row.override_due and row.status == "open":
            # the lawyer's date outlives a change of its trigger: kept, flagged, audited
            if not row.caveats or "trigger_gone" not in row.caveats:
                notes = json.loads(row.caveats) if row.caveats else []
                updates.append((row.id, row.status, *(row[_OFFSET:_OFFSET + 14]),
                                json.dumps(notes + ["trigger_gone"]), row.violated_by))
                result.audit.append(("deadline", row.id, row.case_id, "override_kept",
                                     {"rule": row.rule_id, "override": row.override_due,
                                      "reason": "trigger changed or removed; kept until the lawyer confirms or clears it"}))
            continue
        stale.append(row)
    for row in stale:
        result.removed.append(row.id)
        result.audit.append(("deadline", row.id, row.case_id, "remove",
                             {"rule": row.rule_id, "due": row.due, "reason": "trigger changed or removed"}))
    queries.delete(conn, result.removed)
    queries.update_derived(conn, updates, now=now)
    queries.insert_values(conn, inserts)
    return result


def inputs(cases: Sequence[Case]) -> dict[str, tuple]:
    """{case id: (kind, events, region, gravity)}: what sync derives a case's deadlines from.
    The region places its events without a place of their own (the case's region, else the
    place of arrest, where the extradition check runs), the gravity sets the custody limit: a
    caller passing less gets Moscow time and the shortest limit."""
    return {c.id: (c.kind, list(c.events), c.region or getattr(c, "arrest_place", None), getattr(c, "gravity", None))
            for c in cases}


def sync_case(conn, case: Case, *, now: str) -> SyncResult:
    """Hook for the case services: recompute one case's derived deadlines (events need ids)."""
    queries.forget_missing_triggers(conn, case.id, [e.id for e in case.events])
    return sync(conn, inputs([case]), now=now)


#: Terms an import leaves in the shared cache of computed terms (terms._term) at most. A
#: recompute of the same vault finds its terms there again, but an import meets each term
#: about once (a quarter of them are hits at 10,000 cases): filling the cache's 65,536 terms,
#: some 60 MB, would only hold memory that grows with the file (issue 19, cause 7).
IMPORT_TERMS = 4096


def derive_new_cases(conn, cases: Sequence[Case], *, now: str) -> int:
    """Hook for import: derive the deadlines of cases just inserted, in bulk; returns how many.
    Leaves at most IMPORT_TERMS terms in the shared cache (it is emptied when it holds more)."""
    result = sync(conn, inputs(cases), now=now, fresh=True)
    if _term.cache_info().currsize > IMPORT_TERMS:
        _term.cache_clear()
    return len(result.added)


def recompute_all(vault: Vault, *, progress: Progress | None = None, chunk: int = 2000) -> SyncResult:
    """Recompute every derived deadline of the vault (after the rules changed), one transaction.
    The stored rows are read once, then compared case by case, ``chunk`` cases at a time
    (progress is reported after each chunk). The garbage collector waits meanwhile
    (desktop.collector: a recompute makes no reference cycles)."""
    with collector_paused(), vault.transaction() as conn:
        now = now_utc()
        # events of types no rule reads (notes, hearings …) change nothing: left unread
        cases = queries.events_of_cases(conn, types=types_read())
        stored: dict[str, list[tuple]] = {}
        for row in queries.derived_stored(conn, None):
            stored.setdefault(row[1], []).append(row)
        ids = list(cases)
        total = SyncResult()
        for start in range(0, len(ids), chunk):
            part_ids = ids[start:start + chunk]
            part = {i: cases[i] for i in part_ids}
            rows = [row for i in part_ids for row in stored.pop(i, ())]
            result = sync(conn, part, now=now, stored=rows)
            total.added += result.added
            total.moved += result.moved
            total.removed += result.removed
            report(progress, min(start + chunk, len(ids)), len(ids))
        # rows of no case (none, with the foreign key) would be left: compare them with nothing
        left = [row for rows in stored.values() for row in rows]
        if left or not ids:
            result = sync(conn, {}, now=now, stored=left)
            total.removed += result.removed
        audit_queries.record(conn, [("vault", vault.vault_id, None, "recompute_deadlines",
                                     {"added": len(total.added), "moved": len(total.moved),
                                      "removed": len(total.removed)})], at=now, author=vault.author)
    return total


# -- what the UI and the CLI see -------------------------------------------------------------

@dataclass(frozen=True)
class Deadline:
    """A deadline ready to show: labels in the requested language, moments time-zone aware."""

    id: str
    case_id: str
    reference: str
    person_name: str
    rule_id: str | None
    kind: str
    title: str
    due: datetime | None            # in force: the override when there is one
    computed_due: datetime | None
    last_day: date | None           # the last day in force (local), None for hour terms
    has_time: bool
    starts: datetime | None
    status: str
    status_by_user: bool
    override_reason: str | None
    basis: str
    explanation: str
    note: str
    verified: bool
    lane: str
    severity: str
    approximate: bool
    event_id: str | None
    trigger_type: str | None
    trigger_date: str | None
    trigger_time: str | None
    met_event_id: str | None
    zone: str = MOSCOW                  # IANA zone of the place of proceedings
    caveats: tuple[str, ...] = ()       # codes of terms.CAVEATS
    violated_by: str | None = None      # a block: the first removal step during it
    trigger_changed: bool = False       # overridden, and the trigger changed since
    trigger_place: str | None = None

    @property
    def manual(self) -> bool:
        """True for a deadline entered by hand (no rule)."""
        return self.rule_id is None

    @property
    def overridden(self) -> bool:
        """True when the lawyer set the date by hand (an override with its reason)."""
        return self.override_reason is not None

    def overdue(self, now: datetime) -> bool:
        """True when an open deadline or custody term is due at or before ``now`` (aware)."""
        return (self.status == "open" and self.kind in ("deadline", "custody")
                and self.due is not None and now >= self.due)

    def local_today(self, now: datetime) -> date:
        """The calendar day of ``now`` (aware) in the deadline's own zone (Moscow when it has no
        due moment)."""
        return now.astimezone(self.due.tzinfo if self.due else zone(MOSCOW)).date()

    @property
    def undated(self) -> bool:
        """No date: the trigger's date is unknown (an open start); the lawyer must enter it."""
        return self.due is None and "trigger_unknown" in self.caveats

    @property
    def since(self) -> datetime | None:
        """A block: when it began (its trigger's local moment)."""
        return self.starts

    @property
    def until(self) -> date | None:
        """A block: the day it ended (None while in force)."""
        return self.last_day if self.kind == "block" else None

    @property
    def violated(self) -> bool:
        """True when a block was violated (a removal step fell inside it)."""
        return self.violated_by is not None

    @property
    def shown_day(self) -> date | None:
        """The local day a due moment is shown with: the last day of a term that ends at 24:00
        ("2023-03-24 24:00"), else the due moment's own day; None without a due moment."""
        if self.due is None:
            return None
        return self.due.date() if self.has_time else (self.last_day or self.due.date())

    def moscow_due(self) -> tuple[datetime, bool] | None:
        """(the due moment in Moscow time, whether its Moscow day differs from the local day
        shown): where they differ, Moscow time must be shown with its own date, else it reads
        a day off ("2023-03-24 24:00 Kaliningrad" is 01:00 MSK on 25 March; "2026-12-03 00:00
        Vladivostok" is 17:00 MSK on 2 December). None without a due moment."""
        if self.due is None:
            return None
        moscow = self.due.astimezone(zone(MOSCOW))
        return moscow, moscow.date() != self.shown_day

    def caveat_texts(self, lang: str = "en") -> list[str]:
        """The deadline's caveats as sentences in ``lang`` ("en", "ru", "be")."""
        return [caveat_text(c, lang) for c in self.caveats]

    def trigger_text(self, lang: str = "en", words: dates.HumanWords = dates.ENGLISH) -> str:
        """The trigger event as the panels show it: its type's label in ``lang``, its date for
        people (desktop.dates.edtf.human with ``words``: the CLI's English by default, the GUI
        passes its own) and its time ("Decision notified, 2025-03-03 10:00"; "Arrest, spring
        2021"); '' for none."""
        if not self.trigger_type:
            return ""
        term = vocabulary().event_types.get(self.trigger_type)
        label = term.label(lang) if term else self.trigger_type
        return f"{label}, {dates.human(self.trigger_date, words)}" + (f" {self.trigger_time}" if self.trigger_time else "")

    def days_left(self, now: datetime) -> int | None:
        """Whole days from today (in the deadline's zone) to its last day; negative when past."""
        if self.due is None:
            return None
        last = self.last_day or (self.due - timedelta(microseconds=1)).date()
        return (last - self.local_today(now)).days


def _parse_moment(text: str | None) -> datetime | None:
    """A stored moment, always time-zone aware: one without an offset is Moscow time, and a
    date alone means 24:00 of that day (as a term in days ends)."""
    if not text:
        return None
    if "T" not in text and " " not in text:
        day = date.fromisoformat(text)
        return datetime.combine(day + timedelta(days=1), time(0, 0), zone(MOSCOW))
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone(MOSCOW))


def _override_moment(text: str, zone_name: str | None = None) -> tuple[datetime, date | None, bool]:
    """(due moment, last day, has time) of a stored override (a date or a date-time); a date
    ends at 24:00 in the deadline's zone (Moscow when it has none)."""
    local = zone(zone_name or MOSCOW)
    if "T" in text:
        return _parse_moment(text).astimezone(local), None, True
    day = date.fromisoformat(text)
    return datetime.combine(day + timedelta(days=1), time(0, 0), local), day, False


@functools.lru_cache(maxsize=256)
def _caveats(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def to_view(row: DeadlineRow, lang: str = "en") -> Deadline:
    """A stored deadline as the UI and the CLI show it (:class:`Deadline`): times in the
    deadline's own zone (Moscow unless the row says otherwise), the rule's title and basis in
    ``lang`` ("en", "ru" or "be"), the override and its flags."""
    trigger_day = date.fromisoformat(row.starts[:10]) if row.starts else None
    rule = rule_version(row.rule_id, trigger_day) if row.rule_id else None
    local = zone(row.zone or MOSCOW)
    computed = _parse_moment(row.due)
    computed = computed.astimezone(local) if computed else None
    last_day = date.fromisoformat(row.last_day) if row.last_day else None
    due, has_time = computed, row.has_time
    changed = False
    if row.override_due:
        due, last_day, has_time = _override_moment(row.override_due, row.zone)
        now_sig = (f"{row.trigger_type}|{row.trigger_date}|{row.trigger_time or ''}|{row.trigger_place or ''}"
                   if row.trigger_type else None)
        changed = row.override_trigger != now_sig or "trigger_gone" in (row.caveats or "")
    caveats = _caveats(row.caveats)
    return Deadline(
        id=row.id, case_id=row.case_id, reference=row.reference or "", person_name=row.person_name or "",
        rule_id=row.rule_id, kind=row.kind,
        title=rule.title(lang) if rule else row.title,
        due=due, computed_due=computed, last_day=last_day, has_time=has_time,
        starts=_parse_moment(row.starts), status=row.status, status_by_user=row.status_by_user,
        override_reason=row.override_reason,
        basis=rule.basis(lang) if rule else (row.basis or ""),
        explanation=rule.explanation(lang) if rule else (row.explanation or ""),
        note=rule.note(lang) if rule else "",
        verified=rule.verified if rule else True,
        lane=row.lane or "defence", severity=row.severity, approximate=row.approximate,
        event_id=row.event_id, trigger_type=row.trigger_type, trigger_date=row.trigger_date,
        trigger_time=row.trigger_time, met_event_id=row.met_event_id,
        zone=row.zone or MOSCOW, caveats=caveats, violated_by=row.violated_by, trigger_changed=changed,
        trigger_place=row.trigger_place,
    )


_SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
#: On the same moment and severity: a custody term, then a deadline, a risk window, a bar.
_KIND_RANK = {"custody": 0, "deadline": 1, "alert": 2, "block": 3}


def display_key(d: Deadline, *, latest_first: bool = False) -> tuple:
    """The one order every list of deadlines is shown in (the case's panel and timeline, the
    dashboard's lists, the CLI). Dated rows first, by their due moment (the real instant,
    whatever the zone: on one day a term ending at 15:00 comes before one ending at 24:00),
    soonest first or, with ``latest_first``, the most recently missed first; at the same
    moment the more severe first (SEVERITIES), then custody before other deadlines, then the
    case's reference and the rule. Rows without a date come after: violated bars first, then
    by when they began (the instant), the more severe first."""
    severity = _SEVERITY_RANK.get(d.severity, len(SEVERITIES))
    tail = (severity, _KIND_RANK.get(d.kind, 9), d.reference, d.rule_id or "", d.title, d.id)
    if d.due is not None:
        moment = _instant(d.due)
        return (0, -moment if latest_first else moment, *tail)
    return (1, not d.violated, _instant(d.starts) if d.starts is not None else float("inf"), *tail)


def _instant(moment: datetime) -> float:
    """Seconds since the epoch of an aware moment; the calendar's ends sort at its ends."""
    try:
        return moment.timestamp()
    except (OverflowError, ValueError):
        return float("-inf") if moment.year < 2 else float("inf")


def for_case(vault: Vault, case_id: str, *, lang: str = "en") -> list[Deadline]:
    """Every deadline of a case (derived and manual), in display_key order: soonest first
    (the more severe first on the same moment), states last, violated bars first among them."""
    return sorted((to_view(r, lang) for r in queries.for_case(vault.conn, case_id)), key=display_key)


def get(vault: Vault, deadline_id: str, *, lang: str = "en") -> Deadline:
    """The deadline with this id, as :func:`to_view` gives it. Raises DeadlineError when it
    no longer exists (its trigger event may have been removed), VaultError."""
    row = queries.get(vault.conn, deadline_id)
    if row is None:
        raise DeadlineError("This deadline no longer exists (its trigger event may have been removed).", reason=DeadlineReason.GONE)
    return to_view(row, lang)


def _case_events(conn, case_id: str) -> dict[str, Event]:
    found = queries.events_of_cases(conn, [case_id])
    if case_id not in found:
        raise DeadlineError("The case no longer exists.", reason=DeadlineReason.CASE_GONE)
    return {e.id: e for e in found[case_id][1]}


def _due_from_input(day: date, at: time | None, zone_name: str | None = None) -> tuple[datetime, date | None, bool]:
    """A date (24:00 of it) or a date and time the user typed, in ``zone_name`` (Moscow)."""
    local = zone(zone_name or MOSCOW)
    if at is None:
        return datetime.combine(day + timedelta(days=1), time(0, 0), local), day, False
    return datetime.combine(day, at, local), None, True


def _check_title(title: object) -> str:
    if not isinstance(title, str) or not title.strip():
        raise DeadlineError("A manual deadline needs a title: what is due.", reason=DeadlineReason.NO_TITLE)
    if len(title) > MAX_TITLE:
        raise DeadlineError(f"The title is longer than {MAX_TITLE} characters.", reason=DeadlineReason.TITLE_LONG)
    return title.strip()


def add_manual(vault: Vault, case_id: str, *, title: str, due: date, at: time | None = None,
               event_id: str | None = None, basis: str | None = None) -> Deadline:
    """A deadline entered by hand (Moscow time), optionally tied to its trigger event; one
    transaction, audited. Returns it as :func:`to_view` gives it. Raises DeadlineError (no
    title or a title over MAX_TITLE characters, no date, an event of another case, the case
    is gone) and VaultError."""
    title = _check_title(title)
    if not isinstance(due, date):
        raise DeadlineError("Give the due date.", reason=DeadlineReason.NO_DATE)
    with vault.transaction() as conn:
        events = _case_events(conn, case_id)
        lane = "defence"
        if event_id is not None:
            if event_id not in events:
                raise DeadlineError("The trigger event is not an event of this case.", reason=DeadlineReason.OTHER_CASE_EVENT)
            lane = vocabulary().event_types[events[event_id].type].group or "defence"
        moment, last_day, has_time = _due_from_input(due, at)
        now = now_utc()
        row = DeadlineRow(
            id=new_id(), case_id=case_id, event_id=event_id, rule_id=None, kind="deadline",
            title=title, starts=None, due=moment.isoformat(), due_utc=_utc(moment),
            last_day=last_day.isoformat() if last_day else None, has_time=has_time, approximate=False,
            override_due=None, override_utc=None, override_reason=None, status="open",
            status_by_user=True, met_event_id=None, basis=(basis or "").strip() or None,
            explanation=None, lane=lane, severity="normal", created_at=now, updated_at=now,
        )
        queries.insert(conn, [row])
        audit_queries.record(conn, [("deadline", row.id, case_id, "create",
                                     {"title": title, "due": row.due, "event": event_id, "basis": row.basis})],
                             at=now, author=vault.author)
    return get(vault, row.id)


def set_status(vault: Vault, deadline_id: str, status: str) -> Deadline:
    """open, done, missed or waived, set by the user (kept across recomputes); audited.
    Raises DeadlineError (another status, the deadline is gone) and VaultError."""
    if status not in STATUSES:
        raise DeadlineError(f"{status!r} is not a status ({', '.join(STATUSES)}).", reason=DeadlineReason.STATUS)
    with vault.transaction() as conn:
        row = queries.get(conn, deadline_id)
        if row is None:
            raise DeadlineError("This deadline no longer exists.", reason=DeadlineReason.GONE)
        now = now_utc()
        queries.set_status(conn, deadline_id, status, by_user=True, now=now)
        audit_queries.record(conn, [("deadline", deadline_id, row.case_id, "status",
                                     {"status": [row.status, status]})], at=now, author=vault.author)
    return get(vault, deadline_id)


def _check_reason(reason: object) -> str:
    if not isinstance(reason, str) or not reason.strip():
        raise DeadlineError("Say why the computed date is replaced: the reason is kept in the history.", reason=DeadlineReason.NO_REASON)
    if len(reason) > MAX_TITLE:
        raise DeadlineError(f"The reason is longer than {MAX_TITLE} characters.", reason=DeadlineReason.REASON_LONG)
    return reason.strip()


def override(vault: Vault, deadline_id: str, *, due: date, at: time | None = None, reason: str,
             _audit: dict | None = None) -> Deadline:
    """Replace a computed date with the lawyer's, in the deadline's local time (its zone); the
    reason goes to the audit, and the trigger as it stands is remembered: if it changes later,
    the override stays, flagged until confirm_override. Raises DeadlineError."""
    reason = _check_reason(reason)
    with vault.transaction() as conn:
        row = queries.get(conn, deadline_id)
        if row is None:
            raise DeadlineError("This deadline no longer exists.", reason=DeadlineReason.GONE)
        if row.kind == "block":
            raise DeadlineError("A blocking condition has no date to override.", reason=DeadlineReason.BLOCK_NO_DATE)
        moment, _, has_time = _due_from_input(due, at, row.zone)
        stored = moment.isoformat() if has_time else due.isoformat()
        now = now_utc()
        queries.set_override(conn, deadline_id, stored, _utc(moment), reason, now=now,
                             trigger=queries.event_signature(conn, row.event_id))
        audit_queries.record(conn, [("deadline", deadline_id, row.case_id, "override",
                                     {"computed": row.due, "override": [row.override_due, stored],
                                      "reason": reason, **(_audit or {})})], at=now, author=vault.author)
    return get(vault, deadline_id)


MAX_NOTICE_DAYS = 3650


def notice_term(deadline: Deadline) -> Rule | None:
    """The rule version whose term in days a notice may replace (override_days), or None when
    the deadline is not a computed, dated term in days or working days."""
    if deadline.rule_id is None or deadline.kind == "block" or deadline.starts is None:
        return None
    rule = rule_version(deadline.rule_id, deadline.starts.date())
    return rule if rule is not None and rule.unit in ("days", "working_days") else None


def notice_last_day(deadline: Deadline, days: int) -> date:
    """The last day (local) of ``deadline``'s term had it been ``days`` long, counted as its
    rule counts (CPC art. 128, CoAO art. 4.8: from the day after the trigger's local date).
    Raises DeadlineError when the term cannot take a number of days, or past the calendar."""
    rule = notice_term(deadline)
    if rule is None:
        raise DeadlineError("Only a computed term in days can take the notice's number of days.", reason=DeadlineReason.NOT_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_NOTICE_DAYS:
        raise DeadlineError(f"Give the number of days the notice states (1 to {MAX_NOTICE_DAYS}).", reason=DeadlineReason.DAYS_RANGE)
    try:
        return last_day_of_term(rule, deadline.starts.date(), days)
    except (OverflowError, ValueError):
        raise DeadlineError("That many days run past the calendar this program counts.", reason=DeadlineReason.PAST_CALENDAR) from None


def override_days(vault: Vault, deadline_id: str, *, days: int, reason: str) -> Deadline:
    """The notice gave its own number of days (e.g. 5 to leave instead of 15; issue 11 item 5):
    the last day is counted from the trigger's local date with the rule's counting
    (notice_last_day) and stored as an override, the number of days kept in the audit.
    Raises DeadlineError (no reason, a number out of 1..MAX_NOTICE_DAYS, not a term in days)."""
    reason = _check_reason(reason)
    last = notice_last_day(get(vault, deadline_id), days)
    return override(vault, deadline_id, due=last, reason=reason, _audit={"notice_days": days})


def confirm_override(vault: Vault, deadline_id: str) -> Deadline:
    """The lawyer confirms an override whose trigger changed: the flag goes, the audit says so.
    Raises DeadlineError (the deadline is gone, or has no override) and VaultError."""
    with vault.transaction() as conn:
        row = queries.get(conn, deadline_id)
        if row is None:
            raise DeadlineError("This deadline no longer exists.", reason=DeadlineReason.GONE)
        if not row.override_due:
            raise DeadlineError("This deadline has no date of yours to confirm.", reason=DeadlineReason.NOTHING_TO_CONFIRM)
        now = now_utc()
        signature_now = queries.event_signature(conn, row.event_id)
        notes = [c for c in json.loads(row.caveats) if c != "trigger_gone"] if row.caveats else []
        queries.confirm_override(conn, deadline_id, signature_now, json.dumps(notes) if notes else None, now=now)
        audit_queries.record(conn, [("deadline", deadline_id, row.case_id, "override_confirmed",
                                     {"override": row.override_due, "trigger": [row.override_trigger, signature_now]})],
                             at=now, author=vault.author)
    return get(vault, deadline_id)


def clear_override(vault: Vault, deadline_id: str) -> Deadline:
    """Drop the lawyer's date: the computed one counts again; audited. Raises DeadlineError
    (the deadline is gone) and VaultError."""
    with vault.transaction() as conn:
        row = queries.get(conn, deadline_id)
        if row is None:
            raise DeadlineError("This deadline no longer exists.", reason=DeadlineReason.GONE)
        now = now_utc()
        queries.set_override(conn, deadline_id, None, None, None, now=now)
        audit_queries.record(conn, [("deadline", deadline_id, row.case_id, "override_cleared",
                                     {"override": [row.override_due, None], "reason": row.override_reason})],
                             at=now, author=vault.author)
    return get(vault, deadline_id)


def delete_manual(vault: Vault, deadline_id: str) -> None:
    """Remove a manual deadline (derived ones follow their events: waive them instead).
    A deadline already gone is no error. Raises DeadlineError (a computed deadline) and
    VaultError."""
    with vault.transaction() as conn:
        row = queries.get(conn, deadline_id)
        if row is None:
            return
        if row.rule_id is not None:
            raise DeadlineError("A computed deadline follows its event; set its status to waived instead.", reason=DeadlineReason.COMPUTED)
        now = now_utc()
        queries.delete(conn, [deadline_id])
        audit_queries.record(conn, [("deadline", deadline_id, row.case_id, "delete",
                                     {"title": row.title, "due": row.due})], at=now, author=vault.author)


def list_open(vault: Vault, *, within_days: int | None = None, now: datetime | None = None,
              lang: str = "en") -> list[Deadline]:
    """Open deadlines and custody terms across live cases, soonest first (overdue included);
    ``within_days``: only those due within that many days from ``now`` (None, or a number of
    days past the calendar's end: all)."""
    now = now or datetime.now(timezone.utc)
    try:
        until = "9999" if within_days is None else _utc(now + timedelta(days=within_days))
    except OverflowError:  # more days than the calendar holds: every deadline is within them
        until = "9999"
    rows = queries.open_due_before(vault.conn, until, kinds=("deadline", "custody"))
    undated = queries.undated_open(vault.conn)  # "trigger date unknown: enter it" rows
    return sorted((to_view(r, lang) for r in rows), key=display_key) + [to_view(r, lang) for r in undated]


def describe_term(rule: Rule, lang: str = "en") -> str:
    """'10 days', '5 working days', '2 months'... (English, Russian or Belarusian)."""
    if rule.kind == "block":
        return ""
    en = {"hours": "hours", "days": "days", "working_days": "working days", "months": "months", "years": "years"}
    ru = {"hours": "ч.", "days": "дн.", "working_days": "раб. дн.", "months": "мес.", "years": "г."}
    be = {"hours": "гадз.", "days": "дз.", "working_days": "раб. дз.", "months": "мес.", "years": "г."}
    units = {"ru": ru, "be": be}.get(lang, en)
    return f"{rule.term} {units[rule.unit]}"


__all__ = [
    "CAVEATS", "GRAVITIES", "TRIGGER_CHANGED", "caveat_text", "confirm_override", "override_days", "zone_of",
    "Deadline", "DeadlineError", "DeadlineReason", "Derived", "display_key", "Rule", "RulesInvalid", "Term", "add_manual", "add_months",
    "clear_override", "compute_term", "notice_last_day", "notice_term", "delete_manual", "derive", "derive_new_cases", "describe_term",
    "for_case", "get", "inputs", "last_day_of_term", "list_open", "override", "recompute_all",
    "rule_version", "rules", "set_status", "sync", "sync_case", "zone", "zone_for_place",
]
