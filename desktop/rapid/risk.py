"""The removal-risk alarm: which clients may be removed from Russia now, and why.

A case is *at risk of removal now* while one of these windows is open (each reason names its
event and legal basis; the sources are ``procedure.md`` of the design notes and the NGO report
"Belarusians in Russia: extradition, expulsion and abduction, 2020–2023"):

========================  ==========================================  ===============================
reason ``kind``           opens at                                    closes at
========================  ==========================================  ===============================
``transfer_date_set``     a transfer date is set (EXT-11, CPC 467)    removal, refusal, asylum granted
``expulsion_ordered``     forced expulsion ordered (ADM-02,           removal, asylum granted
                          CoAO 3.10, 32.10: carried out at once)
``decision_final``        the extradition decision became final       removal, refusal, asylum granted
                          with no appeal recorded (CPC 467: transfer
                          within 30 days)
``released``              release from custody (re-arrest at the       72 hours later, a re-arrest, or
                          gate: people were re-arrested within an      removal
                          hour in the report)
``contact_lost``          contact lost, or moved to a facility that    a later contact or located event
                          nobody knows                                 (or removal)
``block_violated``        a removal step recorded while a block held   removal (then it is history)
========================  ==========================================  ===============================

The assessment is pure (no vault, no Qt): :func:`assess` takes a case's events in
chronological order; :func:`at_risk` reads the candidate cases from the vault.
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from operator import attrgetter
from typing import Protocol

from db import rapid as queries
from db.vault import Vault
from desktop.cases import writes
from desktop.deadlines import service as dl
from desktop.deadlines.blocks import REMOVAL_STEPS

#: Events after which the person is no longer in Russia's hands: every risk window closes.
REMOVED = ("extradited", "handed_over", "deported", "abducted", "left_country")
#: Protection that closes the windows opened by a transfer date, an expulsion or a final decision.
PROTECTED = ("extradition_refused", "asylum_granted", "temporary_asylum_granted")
RELEASES = ("release", "released_from_prison")
CONTACT_BACK = ("contact", "located")
RELEASE_WATCH = timedelta(hours=72)
_NEVER = datetime.max.replace(tzinfo=timezone.utc)  # no moment turns the answer

#: The reasons' legal basis, in the languages of the interface.
BASIS = {
    "transfer_date_set": {"en": "EXT-11: CPC art. 467 (transfer to the requesting state)",
                          "ru": "EXT-11: УПК РФ, ст. 467 (передача лица запрашивающему государству)",
                          "be": "EXT-11: КПК РФ, арт. 467 (перадача асобы дзяржаве, якая запытвае)"},
    "expulsion_ordered": {"en": "ADM-02: CoAO arts. 3.10, 32.10 (forced expulsion is carried out at once)",
                          "ru": "ADM-02: КоАП РФ, ст. 3.10, 32.10 (принудительное выдворение исполняется сразу)",
                          "be": "ADM-02: КаАП РФ, арт. 3.10, 32.10 (прымусовае выдварэнне выконваецца адразу)"},
    "decision_final": {"en": "CPC arts. 463, 467 (final extradition decision, no appeal recorded)",
                       "ru": "УПК РФ, ст. 463, 467 (решение о выдаче вступило в силу, жалоба не записана)",
                       "be": "КПК РФ, арт. 463, 467 (рашэнне аб выдачы ўступіла ў сілу, скарга не запісана)"},
    "released": {"en": "Release from custody: re-arrest at the gate (CPC arts. 109, 466)",
                 "ru": "Освобождение из-под стражи: повторное задержание у ворот (УПК РФ, ст. 109, 466)",
                 "be": "Вызваленне з-пад варты: паўторнае затрыманне каля варот (КПК РФ, арт. 109, 466)"},
    "contact_lost": {"en": "Whereabouts unknown: possible secret transfer",
                     "ru": "Местонахождение неизвестно: возможна тайная передача",
                     "be": "Месцазнаходжанне невядомае: магчымая тайная перадача"},
    "block_violated": {"en": "A removal step while removal was barred",
                       "ru": "Действия по высылке при запрете высылки",
                       "be": "Дзеянні па высылцы пры забароне высылкі"},
}
#: (opening types, closing types) of the windows that stay open until an event closes them.
WINDOWS = (
    (("transfer_date_set", "expulsion_ordered", "decision_final"), (*REMOVED, *PROTECTED)),
    (("contact_lost",), (*REMOVED, *CONTACT_BACK)),
)
#: Removal steps that are not a removal: a block they violated is a reason until a removal (a
#: violation by the removal itself is history: the bars list of the dashboard shows it).
VIOLATING = tuple(t for t in REMOVAL_STEPS if t not in REMOVED)
RELEVANT = tuple(dict.fromkeys((
    *(t for opening, closing in WINDOWS for t in (*opening, *closing)), *RELEASES,
    "rearrest", "arrest", "extradition_granted", "appeal_filed", "decision_final")))
#: Types that only close a lost contact: in a case with no loss of contact they change nothing,
#: and are not read (they are the most frequent events).
LOST_ONLY = tuple(t for t in CONTACT_BACK if t not in REMOVED and t not in PROTECTED)


class EventLike(Protocol):
    """What :func:`assess` reads of an event (db.records.Event and db.rapid.RiskEvent fit)."""

    type: str
    date: str
    date_lower: str
    date_upper: str
    time: str | None
    place: str | None
    id: str | None


@dataclass(frozen=True)
class RiskReason:
    """One open window. ``since``: the event's date (ISO), or date and local time
    (``2022-04-05T17:00``); ``until``: when the window closes by itself (an aware date-time),
    or None while an event must close it."""

    kind: str
    event_type: str
    event_id: str | None
    since: str
    basis: str
    until: datetime | None = None

    def as_json(self) -> dict:
        """The shape of ``dashboard --json``'s ``at_risk[].reasons[]``."""
        return {"kind": self.kind, "event_type": self.event_type, "since": self.since, "basis": self.basis}


@dataclass(frozen=True)
class CaseRisk:
    case_id: str
    reference: str
    person_name: str
    reasons: tuple[RiskReason, ...]

    def as_json(self) -> dict:
        """The case's reference and its reasons, as the CLI's --json prints them."""
        return {"reference": self.reference, "reasons": [r.as_json() for r in self.reasons]}


def _since(e: EventLike) -> str:
    return f"{e.date_lower}T{e.time}" if e.time and e.date_lower == e.date_upper else e.date_lower


def _start(e: EventLike) -> datetime:
    """The earliest moment the event may have happened, in its place's local time."""
    tz = dl.zone_for_place(e.place)
    day = date.fromisoformat(e.date_lower)
    at = time.fromisoformat(e.time) if e.time and e.date_lower == e.date_upper else time(0, 0)
    return datetime.combine(day, at, tz)


def _end(e: EventLike) -> datetime:
    """The latest moment the event may have happened (its last possible day's end, or its time)."""
    tz = dl.zone_for_place(e.place)
    if e.time and e.date_lower == e.date_upper:
        return datetime.combine(date.fromisoformat(e.date_lower), time.fromisoformat(e.time), tz)
    last = date.fromisoformat(e.date_upper)
    if last >= date.max - RELEASE_WATCH * 2:  # an open end ("2021-12-19/.."): as late as can be
        return datetime.combine(date.max - RELEASE_WATCH * 2, time(0, 0), tz)
    return datetime.combine(last + timedelta(days=1), time(0, 0), tz)


def _past_day(now: datetime) -> str:
    """The ISO day two days before ``now``'s in UTC (see :func:`_ahead`)."""
    return (now.astimezone(timezone.utc) - timedelta(days=2)).date().isoformat()


def _ahead(e: EventLike, now: datetime, past: str) -> datetime | None:
    """When ``e`` has not begun by ``now`` (UTC), the moment it begins; else None. ``past``:
    the ISO day two days before ``now``'s: an event whose first possible day is no later began
    before now in any zone (offsets are within ±14 hours), and its moment is not computed."""
    if e.date_lower > past and (start := _start(e)) > now:
        return start
    return None


def in_assessment_order(events: Iterable[EventLike]) -> list[EventLike]:
    """The events :func:`assess` reads, in the order it reads them: those with stored date
    bounds (``date_lower``, an ISO day), by their first possible day, then their time of day
    ("HH:MM"; none first), else in the order given (the vault's query orders the same way,
    db.rapid.risk_events). Events without bounds (not yet saved) are left out."""
    return sorted((e for e in events if e.date_lower), key=lambda e: (e.date_lower, e.time or ""))


def assess_case(case, *, now: datetime, lang: str = "en") -> list[RiskReason]:
    """The open removal-risk windows of one case (a :class:`db.records.Case`) at ``now``
    (aware), as :func:`assess` finds them from its events in :func:`in_assessment_order`,
    with the blocks the deadline engine finds violated in the case (its kind, its events with
    their bodies: desktop.deadlines.blocks). Reads no vault; never raises for a case that was
    saved."""
    events = in_assessment_order(case.events)
    violated = dl.violated_blocks(case.events, case_kind=getattr(case, "kind", None) or "other")
    return assess(events, now=now, lang=lang, violated_blocks=violated)


def assess(events: Sequence[EventLike], *, now: datetime, lang: str = "en",
           violated_blocks: Iterable[tuple[str, EventLike]] = ()) -> list[RiskReason]:
    """The open removal-risk windows of one case at ``now`` (aware), from its events in
    chronological order. ``violated_blocks``: (rule id, the removal step's event) for each
    block that was violated (see desktop.deadlines); of a rule's, the earliest step is the
    reason's event (the one the deadline engine stores as violated_by). Events dated after ``now`` are ignored,
    except a transfer date, which is the day set for the transfer.

    Uncertain dates count the earliest possible start and the latest possible end, so a
    window is shown rather than missed."""
    return _assess_turn(events, now, lang, violated_blocks)[0]


def _assess_turn(events: Sequence[EventLike], now: datetime, lang: str,
                 violated_blocks: Iterable[tuple[str, EventLike]]) -> tuple[list[RiskReason], datetime]:
    """(:func:`assess`, :func:`next_change`) in one pass over the events."""
    lang = lang if lang in ("en", "ru", "be") else "en"
    now = now.astimezone(timezone.utc)
    past = _past_day(now)
    open_: dict[str, RiskReason] = {}
    appealed = False
    granted = False
    removed_upto = ""
    turn = _NEVER  # the first moment after now at which the answer may change by the clock

    def basis(kind: str) -> str:
        return BASIS[kind][lang]

    for e in events:
        t = e.type
        # A transfer date is the day set for the transfer: ahead of it is the danger itself.
        if t != "transfer_date_set" and (start := _ahead(e, now, past)) is not None:
            turn = min(turn, start)  # it begins then
            continue
        if t in REMOVED:  # closes every window opened up to its (latest possible) day
            removed_upto = max(removed_upto, e.date_upper)
            continue
        if t in PROTECTED:
            for kind in ("transfer_date_set", "expulsion_ordered", "decision_final"):
                open_.pop(kind, None)
        if t == "extradition_granted":
            granted, appealed = True, False
        elif t == "appeal_filed":
            appealed = True
        elif t == "transfer_date_set":
            open_[t] = RiskReason(t, t, e.id, _since(e), basis(t))
        elif t == "expulsion_ordered":
            open_[t] = RiskReason(t, t, e.id, _since(e), basis(t))
        elif t == "decision_final" and granted and not appealed:
            open_[t] = RiskReason(t, t, e.id, _since(e), basis(t))
        elif t in RELEASES:
            until = _end(e) + RELEASE_WATCH
            if until > now:
                open_["released"] = RiskReason("released", t, e.id, _since(e), basis("released"), until)
                turn = min(turn, until)  # the watch ends then
        elif t in ("rearrest", "arrest"):
            open_.pop("released", None)
        elif t == "contact_lost":
            open_["contact_lost"] = RiskReason("contact_lost", t, e.id, _since(e), basis("contact_lost"))
        elif t in CONTACT_BACK:
            open_.pop("contact_lost", None)
    for rule_id, e in violated_blocks:
        key, since = f"block_violated:{rule_id}", _since(e)
        if key not in open_ or (e.date_lower, e.time or "") < (open_[key].since[:10], open_[key].since[11:]):
            open_[key] = RiskReason("block_violated", e.type, e.id, since, f"{rule_id}: {basis('block_violated')}")
    order = list(BASIS)
    return sorted((r for r in open_.values() if r.since[:10] > removed_upto),
                  key=lambda r: (order.index(r.kind), r.since)), turn


def next_change(events: Sequence[EventLike], *, now: datetime) -> datetime:
    """The first moment after ``now`` (aware) at which :func:`assess` of these events may
    answer differently: an event that has not begun by ``now`` begins (a transfer date counts
    at once, so it changes nothing), or a release-day window closes. Until then the answer at
    ``now`` holds (``datetime.max`` in UTC: it holds for good)."""
    return _assess_turn(events, now, "en", ())[1]


@dataclass
class _Kept:
    """A band computed: the vault (weakly), its change counters then, the moment assessed,
    the first moment it may no longer hold with nothing written (next_change of every case
    read), and the rows."""

    vault: weakref.ref
    counters: tuple[int, int, int]
    moment: datetime
    until: datetime
    rows: list[CaseRisk]


#: The bands computed, by (language, the case ids asked for): the dashboard asks on every
#: visit and timer tick, the case's Overview for its one case.
_kept: dict[tuple, _Kept] = {}


def at_risk(vault: Vault, *, now: datetime | None = None, lang: str = "en",
            case_ids: Sequence[str] | None = None) -> list[CaseRisk]:
    """Every live, open case at risk of removal now (``case_ids``: of those cases only), the
    most recent danger first (then by case id).

    Reads only the cases that have an event which can open a window (the ``risk_marks``
    table, migration m0019), so its cost follows the number of such cases, not the size of
    the vault. ``now`` (aware; default: the current moment) is the moment assessed. The band
    is kept: asked again with nothing written since (by this connection or another: SQLite's
    data_version), before any of its windows can open or close by the clock alone, it is
    given again at once; when every write since was the case service's, each noted with the
    cases it changed (desktop.cases.writes), only those cases are read and assessed again.
    Anything else written (an import, a merge, another program) means a computation from
    scratch. Raises VaultError when the vault cannot be read."""
    moment = now or datetime.now(timezone.utc)
    scope = tuple(case_ids) if case_ids is not None else None
    counters = writes.counters(vault.conn)
    kept = _kept.get((lang, scope))
    if kept is not None and kept.vault() is not vault:
        forget()  # another vault's answers are not kept beside this one's
        kept = None
    if kept is not None and kept.moment <= moment < kept.until and not vault.conn.in_transaction:
        changed = writes.cases_since(vault, kept.counters, counters)
        if changed is not None and scope is not None:
            changed &= set(scope)
        if changed is not None and not changed:
            kept.counters = counters
            return list(kept.rows)
        if changed is not None:  # the cases the service wrote since: only they are read again
            fresh, until = _assess(vault, now=moment, lang=lang, case_ids=sorted(changed))
            rows = [row for row in kept.rows if row.case_id not in changed]
            for row in fresh:  # a few rows into thousands already in order
                rows.insert(bisect.bisect_left(rows, _band_key(row), key=_band_key), row)
            _kept[(lang, scope)] = _Kept(kept.vault, counters, moment, min(kept.until, until), rows)
            return list(rows)
    found, until = _assess(vault, now=moment, lang=lang, case_ids=case_ids)
    if vault.conn.in_transaction:
        return found  # what it read may yet be rolled back, which moves no counter: not kept
    if len(_kept) >= 8:
        _kept.clear()
    _kept[(lang, scope)] = _Kept(weakref.ref(vault), counters, moment, until, found)
    return list(found)


def forget() -> None:
    """Drop every answer kept (the vault was locked: nothing of it stays in memory)."""
    _kept.clear()
    writes.forget()


def _assess_vault(vault: Vault, *, now: datetime | None, lang: str,
                  case_ids: Sequence[str] | None) -> list[CaseRisk]:
    """The band computed from scratch, nothing kept, at ``now`` (default: the current moment)."""
    return _assess(vault, now=now or datetime.now(timezone.utc), lang=lang, case_ids=case_ids)[0]


def _assess(vault: Vault, *, now: datetime, lang: str,
            case_ids: Sequence[str] | None) -> tuple[list[CaseRisk], datetime]:
    """(the band of these cases at ``now``, the first moment it may change by the clock alone)."""
    since = (now.astimezone(timezone.utc) - RELEASE_WATCH - timedelta(days=2)).date().isoformat()
    past = _past_day(now)  # as assess counts
    found: list[CaseRisk] = []
    until = _NEVER
    for case in queries.risk_events(vault.conn, since, RELEVANT, lost_only=LOST_ONLY, case_ids=case_ids,
                                    violating=VIOLATING, ahead=past):
        # The violated blocks are the deadline engine's verdict as it stored it (with the case's
        # kind and the interim measures' bodies): the band and the dashboard's bars agree.
        reasons, turns = _assess_turn(case.events, now, lang, case.violations)
        until = min(until, turns)
        if reasons:
            found.append(CaseRisk(case.case_id, case.reference, case.person_name, tuple(reasons)))
    until = min(until, _add_unknown_whereabouts(vault, found, lang, case_ids, now))
    _in_band_order(found)
    return found, until


def _latest(c: CaseRisk) -> str:
    return max(r.since for r in c.reasons)


class _Later:
    """An ISO text that sorts the latest first."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __lt__(self, other: "_Later") -> bool:
        return self.text > other.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Later) and self.text == other.text


def _band_key(c: CaseRisk) -> tuple:
    """The band's order as one key: the most recent danger first, then by case id."""
    return _Later(_latest(c)), c.case_id


def _in_band_order(found: list[CaseRisk]) -> None:
    """The most recent danger first; cases in danger since the same moment by case id."""
    found.sort(key=attrgetter("case_id"))
    found.sort(key=_latest, reverse=True)


def _add_unknown_whereabouts(vault: Vault, found: list[CaseRisk], lang: str,
                             case_ids: Sequence[str] | None, now: datetime | None = None) -> datetime:
    """A client moved to a place nobody knows (the detention history says "whereabouts
    unknown"): the same window as lost contact, since that entry began, until a removal
    closes it as it closes every window (:func:`assess`). Returns the first moment after
    ``now`` (default: the current moment) at which a removal recorded ahead begins."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    rows = queries.unknown_whereabouts(vault.conn, case_ids=case_ids)
    removals = queries.events_of_types(vault.conn, sorted({row.case_id for row in rows}), REMOVED)
    past = _past_day(now)
    turn = _NEVER
    by_id = {c.case_id: i for i, c in enumerate(found)}
    for row in rows:
        removed_upto = ""
        for e in removals.get(row.case_id, ()):
            if (start := _ahead(e, now, past)) is not None:
                turn = min(turn, start)  # not yet: it closes the window when it begins
            else:
                removed_upto = max(removed_upto, e.date_upper)
        if row.since_lower <= removed_upto:
            continue  # removed since: the whereabouts are no longer the danger
        since = f"{row.since_lower}T{row.time}" if row.time else row.since_lower
        reason = RiskReason("contact_lost", "whereabouts_unknown", row.entry_id, since,
                            BASIS["contact_lost"][lang if lang in ("en", "ru", "be") else "en"])
        if row.case_id in by_id:
            old = found[by_id[row.case_id]]
            if any(r.kind == "contact_lost" for r in old.reasons):
                continue
            found[by_id[row.case_id]] = CaseRisk(old.case_id, old.reference, old.person_name, (*old.reasons, reason))
        else:
            by_id[row.case_id] = len(found)
            found.append(CaseRisk(row.case_id, row.reference, row.person_name, (reason,)))
    return turn
