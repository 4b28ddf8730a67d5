"""The alarm dashboard across all live cases: overdue, due today, the next days, who is in
custody with the days left on the term, blocks in force or violated (the red alarms),
clients in the 72-hour release-day watch, and detained, at-risk or just released clients
nobody has heard from."""

from __future__ import annotations

import functools
import heapq
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from operator import itemgetter
from pathlib import Path

from db import deadlines as queries
from db.deadlines import WatchedCase
from db.errors import VaultError
from db.vault import Vault
from desktop.dates import zones
from desktop.deadlines import service as dl

CUSTODY_STARTS, CUSTODY_ENDS = dl.CUSTODY_STARTS, dl.CUSTODY_ENDS
DEFAULT_SILENCE_HOURS = 48
HORIZON_DAYS = 14
REARREST_WARNING_DAYS = 7
#: The re-arrest window after a release or the end of a custody term (the NGO report: people
#: were re-arrested at the gate within an hour and expelled within days).
RELEASE_WATCH_HOURS = 72


@dataclass(frozen=True)
class CustodyRow:
    case_id: str
    reference: str
    person_name: str
    facility: str | None
    since: datetime
    since_type: str
    days_held: int
    term: dl.Deadline | None      # the current term (soonest open custody deadline)
    days_left: int | None
    rearrest_warning: bool        # the term ends soon: release, and re-arrest, may come


@dataclass(frozen=True)
class SilenceRow:
    case_id: str
    reference: str
    person_name: str
    in_custody: bool
    at_risk: bool
    last_contact: datetime | None
    contact_has_time: bool
    silent_since: datetime | None   # last contact, else the start of custody
    hours_silent: float | None
    threshold_hours: int
    contact_lost: datetime | None   # a contact_lost event after the last contact
    released: bool = False          # in the release-day watch


@dataclass(frozen=True)
class ReleaseWatch:
    """A client in the re-arrest window: released (or the custody term ended) at ``since``;
    the watch lasts until ``until`` (RELEASE_WATCH_HOURS later). ``reason``: release or term_ended."""

    case_id: str
    reference: str
    person_name: str
    since: datetime
    until: datetime
    reason: str
    rule_id: str | None


@dataclass(frozen=True)
class Dashboard:
    """Each list holds at most ``limit`` rows (the most pressing); ``totals`` counts them all."""

    now: datetime
    overdue: Sequence[dl.Deadline]  # most recently missed first (a list, or Rows when lazy)
    today: list[dl.Deadline]
    upcoming: list[dl.Deadline]
    custody: list[CustodyRow]    # fewest days left first
    silence: list[SilenceRow]    # contact lost first, then the longest silence
    alerts: Sequence[dl.Deadline]  # danger windows open now (transfer window, after release)
    blocks: Sequence[dl.Deadline]  # states: no transfer, no return; violated ones first (red)
    totals: dict[str, int]
    release_watch: list[ReleaseWatch] = field(default_factory=list)
    undated: list[dl.Deadline] = field(default_factory=list)  # "trigger date unknown: enter it"

    @property
    def case_ids(self) -> set[str]:
        """The ids of every case the dashboard shows in any of its lists."""
        rows = [*self.overdue, *self.today, *self.upcoming, *self.custody, *self.silence, *self.alerts, *self.blocks,
                *self.release_watch, *self.undated]
        return {r.case_id for r in rows}

    @property
    def empty(self) -> bool:
        """True when no list has a row (nothing needs attention)."""
        return not any(len(getattr(self, name)) for name in (
            "overdue", "today", "upcoming", "custody", "silence", "alerts", "blocks", "release_watch", "undated"))

    def more(self, section: str) -> int:
        """How many rows of a section are not in its list."""
        return self.totals.get(section, 0) - len(getattr(self, section))


@functools.lru_cache(maxsize=8192)
def _moment(day: str, at: str | None) -> datetime:
    moscow = dl.zone(dl.MOSCOW)
    if at:
        hh, mm = (int(x) for x in at.split(":"))
        return datetime.combine(date.fromisoformat(day), time(hh, mm), moscow)
    return datetime.combine(date.fromisoformat(day), time(0, 0), moscow)


def _custody_row(w: WatchedCase, terms: list[dl.Deadline], now: datetime) -> CustodyRow:
    since = _moment(w.custody_date, w.custody_time)
    # An open-ended start ("../2022-06-10") is the calendar's first day: nothing starts before it.
    floor = since - timedelta(days=1) if since.date() > date.min else since
    current = [t for t in terms if t.due is not None and (t.starts is None or t.starts >= floor)]
    term = min(current, key=lambda t: t.due) if current else None
    days_left = term.days_left(now) if term else None
    return CustodyRow(
        case_id=w.case_id, reference=w.reference, person_name=w.person_name, facility=w.facility,
        since=since, since_type=w.custody_type, days_held=(now.astimezone(since.tzinfo).date() - since.date()).days,
        term=term, days_left=days_left,
        rearrest_warning=days_left is not None and days_left <= REARREST_WARNING_DAYS,
    )


def _silence(w: WatchedCase, now: datetime, released: datetime | None = None) -> tuple | None:
    """(sort key, the SilenceRow's values) when ``w`` raises the silence alarm at ``now``, else
    None: contact lost first, then the longest silence. Cheap, so that only the rows shown
    are built (a vault may have thousands of clients in custody)."""
    in_custody = w.custody_type is not None
    contact = _moment(w.contact_date, w.contact_time) if w.contact_date else None
    lost = _moment(w.lost_date, w.lost_time) if w.lost_date else None
    since = contact or (_moment(w.custody_date, w.custody_time) if in_custody else None)
    if released is not None and (since is None or since < released):
        since = released  # silence since the release: contact before it says nothing of now
    hours = (now - since).total_seconds() / 3600 if since else None
    threshold = w.silence_hours or DEFAULT_SILENCE_HOURS
    if lost is None and hours is not None and hours < threshold:
        return None
    key = (lost is None, -(hours if hours is not None else 1e9))
    return key, (w, in_custody, contact, lost, since, hours, threshold, released is not None)


@functools.lru_cache(maxsize=65536)
def _stamp(day: str, at: str | None) -> float:
    return _moment(day, at).timestamp()


def _silence_rank(w: WatchedCase, now: datetime, now_ts: float, released_at: datetime | None) -> tuple | None:
    """(the sort key of _silence, ``w``) when ``w`` raises the silence alarm at ``now``, else
    None: _silence's answer counted in seconds since the epoch (``now_ts``), so that thousands
    of watched clients are ranked cheaply; only the rows shown are built."""
    released = released_at.timestamp() if released_at is not None else None
    contact = _stamp(w.contact_date, w.contact_time) if w.contact_date else None
    lost = bool(w.lost_date)
    since = contact if contact is not None else (
        _stamp(w.custody_date, w.custody_time) if w.custody_type is not None else None)
    if released is not None and (since is None or since < released):
        since = released
    hours = (now_ts - since) / 3600 if since is not None else None
    threshold = w.silence_hours or DEFAULT_SILENCE_HOURS
    if hours is not None and abs(hours - threshold) < 1e-6:  # on the edge: as _silence counts
        found = _silence(w, now, released_at)
        return None if found is None else (found[0], w)
    if not lost and hours is not None and hours < threshold:
        return None
    return (not lost, -(hours if hours is not None else 1e9)), w


def _silence_of(values: tuple) -> SilenceRow:
    w, in_custody, contact, lost, since, hours, threshold, released = values
    return SilenceRow(
        case_id=w.case_id, reference=w.reference, person_name=w.person_name, in_custody=in_custody,
        at_risk=bool(w.at_risk), last_contact=contact, contact_has_time=bool(w.contact_time), silent_since=since,
        hours_silent=hours, threshold_hours=threshold, contact_lost=lost, released=released,
    )


def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def horizon(days: int, now: datetime | None = None) -> datetime:
    """The end of the ``days``-th day after today, days counted in Moscow days as the
    dashboard counts them ("due within 7 days" ends at the last midnight of the seventh)."""
    now = now or datetime.now(timezone.utc)
    moscow = dl.zone(dl.MOSCOW)
    return datetime.combine(now.astimezone(moscow).date(), time(0, 0), moscow) + timedelta(days=days + 1)


def utc_now_text() -> str:
    """Now, as the UTC text the deadlines table stores: the bound of "overdue"."""
    return _utc(datetime.now(timezone.utc))


def horizon_utc(days: int, now: datetime | None = None) -> str:
    """``horizon`` as the UTC text the deadlines table stores (``2026-12-08T21:00:00Z``):
    the bound of the case list's "due within" filter (db.cases.CaseFilter.due_before_utc)."""
    return _utc(horizon(days, now))


_DUE_THEN_ID = itemgetter(2, 0)  # of open_keys rows: (id, case id, due in UTC)
_FIRST = itemgetter(0)
_DUE = itemgetter(2)


def _keys(conn, kinds, **where) -> list[tuple[str, str, str | None]]:
    return [k for kind in kinds for k in queries.open_keys(conn, kind, live=True, **where)]


def _views(conn, keys, lang: str) -> list[dl.Deadline]:
    return [dl.to_view(r, lang) for r in queries.by_ids(conn, [k[0] for k in keys])]


class Rows(Sequence):
    """The rows of one list of deadlines in display order (dl.display_key), read whole and
    made views only when they are asked for, a page at a time: the screen shows a few dozen
    of the hundreds a list may hold (the dashboard's budget: computed and shown in 100 ms at
    10,000 cases, issue 11).

    ``keys``: the rows' keys, (id, case id, ...), ordered by ``chunk``, a coarse part of the
    display order (the due moment, or for bars whether violated and the instant they began);
    rows with equal ``chunk`` are made views together and sorted by ``order``, so the result
    is that of sorting every row by ``order``. ``length``: the rows shown (default: all keys).
    A row deleted since the keys were read is left out. Reading raises VaultError."""

    PAGE = 40

    def __init__(self, vault: Vault, lang: str, keys: list, chunk: Callable, order: Callable,
                 length: int | None = None) -> None:
        self._vault, self._lang, self._keys, self._chunk, self._order = vault, lang, keys, chunk, order
        self._cap = len(keys) if length is None else length
        self._views: list[dl.Deadline] = []
        self._read = 0     # keys read so far
        self._len = min(self._cap, len(keys))  # less the rows deleted since, once read

    def __len__(self) -> int:
        return self._len

    @property
    def ready(self) -> int:
        """How many rows are views already."""
        return min(len(self._views), self._len)

    def fetch(self, count: int) -> int:
        """Make views of the first ``count`` rows at least (to the end of a chunk); returns how
        many are. Raises VaultError when the vault was locked (or is busy with a task)."""
        while len(self._views) < min(count, self._len) and self._read < len(self._keys):
            end = min(self._read + max(count - len(self._views), self.PAGE), len(self._keys))
            last = self._chunk(self._keys[end - 1])
            while end < len(self._keys) and self._chunk(self._keys[end]) == last:
                end += 1
            if self._vault.closed:
                raise VaultError("The vault was locked: refresh the dashboard after unlocking it.")
            views = _views(self._vault.conn, self._keys[self._read:end], self._lang)
            missing = end - self._read - len(views)
            self._read = end
            self._views += sorted(views, key=self._order)
            if missing:
                self._len = min(self._len, len(self._views) + len(self._keys) - end)
        return self.ready

    def __iter__(self):
        self.fetch(len(self))
        return iter(self._views[:len(self)])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index >= len(self._views):
            self.fetch(index + 1)
            if index >= len(self._views):
                raise IndexError(index)
        return self._views[index]

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


class Chain(Sequence):
    """Lists shown one after the other (the bars, then the risk windows), as one sequence
    that makes views only of the rows asked for."""

    def __init__(self, *parts: Sequence) -> None:
        self.parts = parts

    def __len__(self) -> int:
        return sum(len(p) for p in self.parts)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        for part in self.parts:
            if 0 <= index < len(part):
                return part[index]
            index -= len(part)
        raise IndexError(index)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def _held_longest(w: WatchedCase) -> tuple:
    return w.custody_date or "", w.reference


def _first(rows: list, limit: int | None, key: Callable) -> list:
    """The first ``limit`` of ``rows`` in the order of ``key`` (None: all), as ``sorted(rows,
    key=key)[:limit]`` gives them, without putting the rest in order."""
    return sorted(rows, key=key) if limit is None else heapq.nsmallest(limit, rows, key=key)


def _latest_first(d: dl.Deadline) -> tuple:
    return dl.display_key(d, latest_first=True)


def _bar_chunk(key: tuple) -> tuple:
    return (not key[2], key[3])  # violated first, then the instant it began


def _starts(text: str | None) -> datetime | None:
    return dl._parse_moment(text)


def compute(vault: Vault, *, now: datetime | None = None, lang: str = "en",
            horizon_days: int = HORIZON_DAYS, limit: int | None = 300, lazy: bool = False) -> Dashboard:
    """Everything the first screen shows. The candidates come from covering indexes; whole rows
    are read only for what is shown: each list is cut at ``limit`` rows (None: all), and
    ``totals`` has the full counts. ``lazy``: the overdue deadlines, the risk windows and the
    bars are :class:`Rows`, made views as they are read (the window shows a page of them);
    else every list is a list."""
    now = now or datetime.now(timezone.utc)
    conn = vault.conn
    kinds = ("deadline", "custody")
    # "today" and the next days are counted in Moscow days; anything due before the horizon
    until = horizon(horizon_days, now)
    count, late = queries.late_keys(conn, kinds, _utc(now), limit)  # the most recently missed first
    totals = {"overdue": count}
    overdue = Rows(vault, lang, late, _DUE, _latest_first)
    soon = sorted(_keys(conn, kinds, since_utc=_utc(now), until_utc=_utc(until)), key=_DUE_THEN_ID)
    today, upcoming = [], []
    for d in sorted(_views(conn, soon, lang), key=dl.display_key):
        left = d.days_left(now)
        if left is not None and left <= 0:
            today.append(d)
        elif left is not None and left <= horizon_days:
            upcoming.append(d)
    totals["today"], totals["upcoming"] = len(today), len(upcoming)
    if limit is not None:
        today, upcoming = today[:limit], upcoming[:limit]

    watched = queries.watched_cases(conn, names=False)  # names are read for the rows shown only
    in_custody = [w for w in watched if w.custody_type is not None]
    totals["custody"] = len(in_custody)
    # the longest held first; only the rows shown are put in order (thousands are held at 50,000 cases)
    shown = queries.with_names(conn, _first(in_custody, limit, _held_longest))
    terms: dict[str, list[dl.Deadline]] = {}
    for d in _views(conn, _current_terms(conn, shown), lang):
        terms.setdefault(d.case_id, []).append(d)
    custody = sorted((_custody_row(w, terms.get(w.case_id, []), now) for w in shown),
                     key=lambda r: (r.days_left is None, r.days_left if r.days_left is not None else 0, r.reference))
    # Risk windows open now: due from now on, begun by now. Only the release-day alerts are
    # made views here (the release watch); the list itself is made views as it is read.
    started = [k for k in queries.alert_keys(conn, _utc(now))
               if (s := _starts(k[3])) is not None and s <= now]
    started.sort(key=_DUE_THEN_ID)
    releases = sorted(_views(conn, [k for k in started if k[4] == "CUS-02"], lang), key=dl.display_key)
    watch = _release_watch(conn, now, lang, releases)
    released_at = {r.case_id: r.since for r in watch}
    watched_ids = {w.case_id for w in watched}
    extra = queries.watch_of_cases(conn, [i for i in released_at if i not in watched_ids])
    now_ts = now.timestamp()
    ranked = [r for r in (_silence_rank(w, now, now_ts, released_at.get(w.case_id)) for w in [*watched, *extra])
              if r is not None]
    alarms = [_silence(w, now, released_at.get(w.case_id)) for _key, w in _first(ranked, limit, _FIRST)]
    totals["silence"] = len(ranked)
    named = {w.case_id: w for w in queries.with_names(conn, [values[0] for _key, values in alarms])}
    silence = [_silence_of((named.get(values[0].case_id, values[0]), *values[1:])) for _key, values in alarms]
    totals["alerts"] = len(started)
    alerts = Rows(vault, lang, started, _DUE, dl.display_key, length=limit)
    bars = queries.blocks_to_show(conn, limit)  # violated first, then in force, oldest first
    totals["blocks"] = bars.total
    blocks = Rows(vault, lang, bars.keys, _bar_chunk, dl.display_key)
    totals["violations"] = bars.violated  # all of them, not only those shown
    totals["release_watch"] = len(watch)
    undated = [dl.to_view(r, lang) for r in queries.undated_open(conn, limit)]
    totals["undated"] = len(undated)
    if limit is not None:
        silence, watch, undated = silence[:limit], watch[:limit], undated[:limit]
    if not lazy:
        overdue, alerts, blocks = list(overdue), list(alerts), list(blocks)
    return Dashboard(now=now, overdue=overdue, today=today, upcoming=upcoming, custody=custody,
                     silence=silence, alerts=alerts, blocks=blocks, totals=totals, release_watch=watch,
                     undated=undated)


def _current_terms(conn, shown: list[WatchedCase]) -> list[tuple[str, str]]:
    """(id, case id) of the current custody term of each case shown: of its open custody
    terms that began no earlier than the day before its custody began, the one due first
    (see _custody_row). Only those rows are then read whole."""
    floors = {}
    for w in shown:
        since = _moment(w.custody_date, w.custody_time)
        floors[w.case_id] = since - timedelta(days=1) if since.date() > date.min else since
    best: dict[str, tuple[str, str]] = {}
    for deadline_id, case_id, starts, due_utc in queries.custody_terms(conn, list(floors)):
        if due_utc is None:
            continue
        if starts:
            try:
                if dl._parse_moment(starts) < floors[case_id]:
                    continue
            except (ValueError, OverflowError):
                pass
        if case_id not in best or (due_utc, deadline_id) < best[case_id]:
            best[case_id] = (due_utc, deadline_id)
    return [(deadline_id, case_id) for case_id, (_due, deadline_id) in best.items()]


def _release_watch(conn, now: datetime, lang: str, alerts: list[dl.Deadline]) -> list[ReleaseWatch]:
    """Clients released, or whose custody term ended, in the last RELEASE_WATCH_HOURS: the
    release-day watch alert (CUS-02) and open custody terms that ran out in that window."""
    window = timedelta(hours=RELEASE_WATCH_HOURS)
    keys = queries.open_keys(conn, "custody", since_utc=_utc(now - window), until_utc=_utc(now), live=True)
    found: dict[str, ReleaseWatch] = {}
    for d in [*alerts, *_views(conn, keys, lang)]:
        if d.kind == "alert":
            if d.rule_id != "CUS-02" or d.starts is None or d.starts > now:
                continue
            since, reason = d.starts, "release"
        else:
            if d.due is None:
                continue
            since, reason = d.due, "term_ended"
        row = ReleaseWatch(d.case_id, d.reference, d.person_name, since, since + window, reason, d.rule_id)
        if d.case_id not in found or (reason == "release" and found[d.case_id].reason != "release"):
            found[d.case_id] = row
    return sorted(found.values(), key=lambda r: r.since, reverse=True)


# -- the command line -----------------------------------------------------------------------------

def moscow_label(d: dl.Deadline) -> str | None:
    """The due moment in Moscow time ("2023-03-24 23:00 MSK") when the local zone differs."""
    if d.due is None or d.zone == dl.MOSCOW:
        return None
    return d.due.astimezone(dl.zone(dl.MOSCOW)).strftime("%Y-%m-%d %H:%M MSK")


def deadline_dict(d: dl.Deadline, now: datetime, lang: str = "en") -> dict:
    """The JSON shape of a deadline (CLI `deadlines --json`, dashboard rows): keys kept stable;
    issue 11 added zone, due_moscow, caveats, trigger_changed and, for blocks, since, until,
    violated, violated_by; "zone_name" is the zone as people name it, in ``lang``
    ("Novosibirsk time (UTC+7)", desktop.dates.zones). ``last_day`` is the last day in local time:
    for a term in hours, the local day its last moment falls on (due at 00:00: the day before)."""
    last_day = d.last_day
    if last_day is None and d.due is not None and d.kind != "block":
        last_day = (d.due - timedelta(microseconds=1)).date()
    return {
        "id": d.id, "case_id": d.case_id, "reference": d.reference, "rule": d.rule_id, "kind": d.kind,
        "title": d.title, "due": d.due.isoformat() if d.due else None,
        "last_day": last_day.isoformat() if last_day else None, "has_time": d.has_time,
        "days_left": d.days_left(now), "overdue": d.overdue(now), "status": d.status,
        "basis": d.basis, "verified": d.verified, "approximate": d.approximate,
        "override_reason": d.override_reason,
        "trigger": {"type": d.trigger_type, "date": d.trigger_date, "time": d.trigger_time} if d.trigger_type else None,
        "zone": d.zone, "zone_name": zones.zone_label(d.zone, lang, d.due) if d.zone else None,
        "due_moscow": d.due.astimezone(dl.zone(dl.MOSCOW)).isoformat() if d.due else None,
        "caveats": [{"code": c, "text": dl.caveat_text(c)} for c in d.caveats],
        "trigger_changed": d.trigger_changed,
    }


def block_dict(d: dl.Deadline, now: datetime) -> dict:
    """A row of `dashboard --json` "blocks": reference, rule, since, until (None while in force),
    violated (a removal step was recorded during the block), plus the deadline's fields."""
    return {**deadline_dict(d, now), "since": d.since.isoformat() if d.since else None,
            "until": d.until.isoformat() if d.until else None, "violated": d.violated,
            "violated_by": d.violated_by}
