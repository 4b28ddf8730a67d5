"""The layout model of a case timeline: lanes, event markers, custody bars and deadline flags,
with time-zone-aware moments. Pure data, drawn by ui/timeline.py (Qt, PNG) and by the case
summary PDF (ReportLab); keep this API stable.

Conventions for a renderer:
- A point marker (``is_range`` False) has ``start == end``: the time of day when known
  (``has_time``), otherwise midday of its day, which is where a day-scale axis puts it.
- A range marker (approximate ``~``/uncertain ``?`` days, month- or year-only dates,
  intervals) spans ``start`` (00:00 of its first day) to ``end`` (24:00 of its last day);
  an approximate or uncertain single day is widened by 3 days on either side.
- A bar ends at the event that ended the custody; an open-ended bar ends at ``now`` (or at
  the case's last event for a closed case).
- A flag sits at the moment its deadline expires (24:00 of the last day for day terms);
  ``overdue`` is computed against ``now``.
- Moments are in Moscow time for Russian procedure; an event's local time at a place in
  another Russian time zone is converted (desktop.deadlines.zone_for_place).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from db.records import Case
from desktop.dates import edtf as dates
from desktop.deadlines import service as dl
from desktop.cases.vocab import vocabulary

LANES: tuple[str, ...] = ("criminal_ru", "administrative_ru", "asylum", "international",
                          "requesting_state", "removal", "defence")  # the event groups of vocabularies.toml

#: Custody begins with these events and ends with those (the lane follows the first event).
CUSTODY_STARTS, CUSTODY_ENDS = dl.CUSTODY_STARTS, dl.CUSTODY_ENDS
_APPROXIMATE_WIDENING = timedelta(days=3)
_BAR_LABELS = {
    "criminal_ru": ("In custody", "Под стражей", "Пад вартай"),
    "administrative_ru": ("Administrative detention / special centre", "Административное задержание / ЦВСИГ",
                          "Адміністрацыйнае затрыманне / ЦУЗІГ"),
}


@dataclass(frozen=True)
class Marker:       # one event
    event_id: str
    lane: str
    type: str
    start: datetime
    end: datetime
    is_range: bool   # approximate, month-only or interval dates: draw a range, not a point
    has_time: bool
    label: str  # label in the requested language


@dataclass(frozen=True)
class Bar:          # a custody period
    lane: str
    start: datetime
    end: datetime
    open_ended: bool
    label: str


@dataclass(frozen=True)
class Flag:         # a deadline
    deadline_id: str
    lane: str
    due: datetime
    overdue: bool
    status: str
    label: str


@dataclass(frozen=True)
class Shade:        # a block: a state in which removal is barred (issue 11)
    deadline_id: str
    lane: str
    start: datetime
    end: datetime       # its end, or now while it is in force
    in_force: bool
    violated: bool
    label: str


@dataclass(frozen=True)
class Timeline:
    start: datetime
    end: datetime
    lanes: tuple[str, ...]
    markers: tuple[Marker, ...]
    bars: tuple[Bar, ...]
    flags: tuple[Flag, ...]
    shades: tuple[Shade, ...] = ()


def _day_start(day: date, zone) -> datetime:
    return datetime.combine(day, time(0, 0), zone)


def _marker(event, lang: str) -> Marker:
    vocab = vocabulary()
    term = vocab.event_types.get(event.type)
    lane = term.group if term is not None and term.group in LANES else "defence"
    label = term.label(lang) if term is not None else event.type
    parsed = dates.parse(event.date)
    zone = dl.zone_for_place(event.place) if event.time else dl.zone(dl.MOSCOW)
    moscow = dl.zone(dl.MOSCOW)
    if parsed.is_day:
        if event.time:
            hh, mm = (int(x) for x in event.time.split(":"))
            moment = datetime.combine(parsed.lower, time(hh, mm), zone).astimezone(moscow)
        else:
            moment = datetime.combine(parsed.lower, time(12, 0), moscow)
        return Marker(event.id or "", lane, event.type, moment, moment, False, bool(event.time), label)
    lower, upper = parsed.lower, parsed.upper
    # An open interval ("2021-12-19/..") reaches the calendar's last day: no day after it.
    after = upper + timedelta(days=1) if upper < date.max else upper
    start, end = _day_start(lower, moscow), _day_start(after, moscow)
    if lower == upper:  # an approximate or uncertain day
        start, end = start - _APPROXIMATE_WIDENING, end + _APPROXIMATE_WIDENING
    return Marker(event.id or "", lane, event.type, start, end, True, False, label)


def _clamp_open(markers: list[Marker]) -> list[Marker]:
    """Open interval ends (``2021-05/..``) reach to year 9999: cut them to the other events."""
    bounded = [m for m in markers if m.start.year > 1 and m.end.year < 9999]
    if not bounded:
        return markers
    lo = min(m.start for m in bounded)
    hi = max(m.end for m in bounded)
    out = []
    for m in markers:
        if m.start.year <= 1 or m.end.year >= 9999:
            start = max(m.start, lo) if m.start.year > 1 else lo
            end = min(m.end, hi) if m.end.year < 9999 else max(hi, start)
            m = Marker(m.event_id, m.lane, m.type, start, end, True, False, m.label)
        out.append(m)
    return out


def _bars(case: Case, markers: dict[str, Marker], now: datetime, lang: str) -> list[Bar]:
    ordered = sorted(
        (e for e in case.events if e.type in CUSTODY_STARTS or e.type in CUSTODY_ENDS),
        key=lambda e: (markers[e.id].start if e.id in markers else now),
    )
    bars: list[Bar] = []
    current: tuple[str, datetime] | None = None
    for event in ordered:
        marker = markers.get(event.id)
        if marker is None:
            continue
        if event.type in CUSTODY_STARTS:
            lane = "administrative_ru" if event.type in ("admin_detention", "special_centre_placement") else "criminal_ru"
            if current is None:
                current = (lane, marker.start)
            elif current[0] != lane:  # criminal custody turned into detention for expulsion, or back
                bars.append(_bar(current, marker.start, False, lang))
                current = (lane, marker.start)
        elif current is not None:
            bars.append(_bar(current, max(marker.start, current[1]), False, lang))  # a range: its earliest
            current = None
    if current is not None:
        last = max((m.end for m in markers.values()), default=current[1])
        end = max(now, current[1]) if case.status == "open" else max(last, current[1])
        bars.append(_bar(current, end, True, lang))
    return bars


def _bar(current: tuple[str, datetime], end: datetime, open_ended: bool, lang: str) -> Bar:
    lane, start = current
    en, ru, be = _BAR_LABELS[lane]
    return Bar(lane, start, end, open_ended, {"ru": ru, "be": be}.get(lang, en))


def _flags(deadlines: Iterable, now: datetime) -> list[Flag]:
    flags = []
    for d in deadlines:
        if getattr(d, "due", None) is None or d.kind == "block" or d.due.year <= 1:
            continue
        lane = d.lane if d.lane in LANES else "defence"
        label = ("≈ " if getattr(d, "approximate", False) else "") + d.title
        flags.append(Flag(d.id, lane, d.due, d.overdue(now), d.status, label))
    return flags


def _shades(deadlines: Iterable, now: datetime) -> list[Shade]:
    """Blocks as shaded states: from their start to their end (now while in force)."""
    shades = []
    for d in deadlines:
        if getattr(d, "kind", None) != "block" or d.starts is None or d.starts.year <= 1:
            continue
        lane = d.lane if d.lane in LANES else "defence"
        until = getattr(d, "until", None)
        end = datetime.combine(until + timedelta(days=1), time(0, 0), d.starts.tzinfo) if until else max(now, d.starts)
        violated = bool(getattr(d, "violated", False))
        label = ("VIOLATED: " if violated else "") + d.title
        shades.append(Shade(d.id, lane, d.starts, end, until is None, violated, label))
    return shades


def _risk_shades(case, now: datetime, lang: str) -> list[Shade]:
    """The removal-risk windows open now (issue 16), shaded from their start to now (or to
    the end of the release-day watch) over the removal lane."""
    from desktop.rapid import risk  # the alarm reads cases; cases' timeline reads the alarm

    if getattr(case, "status", "open") != "open":
        return []
    shades = []
    for reason in risk.assess_case(case, now=now, lang=lang):
        day, _, at = reason.since.partition("T")
        try:
            start = datetime.combine(date.fromisoformat(day), time.fromisoformat(at) if at else time(0, 0),
                                     dl.zone(dl.MOSCOW))
        except ValueError:
            continue
        if start.year <= 1:
            continue
        end = reason.until or max(now, start)
        word = _AT_RISK.get(lang, _AT_RISK["en"])
        shades.append(Shade("", "removal", start, end, True, False,
                            f"{word}: {reason.basis}"))
    return shades


_AT_RISK = {"en": "At risk of removal", "ru": "Под угрозой высылки", "be": "Пад пагрозай высылкі"}


def build(case, deadlines=(), *, now: datetime | None = None, lang: str = "en") -> Timeline:
    """The timeline of a case (a db.records.Case) and its deadlines (desktop.deadlines.Deadline,
    e.g. from deadlines.for_case(vault, case.id, lang=lang))."""
    now = now or datetime.now(timezone.utc)
    markers = _clamp_open([_marker(e, lang) for e in case.events if dates.is_valid(e.date)])
    by_event = {m.event_id: m for m in markers}
    bars = _bars(case, by_event, now, lang)
    flags = _flags(deadlines, now)
    shades = _shades(deadlines, now) + _risk_shades(case, now, lang)
    moments = [m.start for m in markers] + [m.end for m in markers] + [b.start for b in bars] + \
        [b.end for b in bars] + [f.due for f in flags] + [s.start for s in shades]
    if moments:
        start, end = min(moments), max(moments)
    else:
        start = end = now.astimezone(dl.zone(dl.MOSCOW))
    if end - start < timedelta(hours=2):  # one moment: give it room (within the calendar)
        start = start - timedelta(days=1) if start.date() > date.min else start
        end = end + timedelta(days=1) if end.date() < date.max else end
    used = {m.lane for m in markers} | {b.lane for b in bars} | {f.lane for f in flags} | {s.lane for s in shades}
    markers.sort(key=lambda m: (m.start, LANES.index(m.lane)))
    return Timeline(
        start=start, end=end, lanes=tuple(lane for lane in LANES if lane in used),
        markers=tuple(markers), bars=tuple(bars), flags=tuple(sorted(flags, key=lambda f: f.due)),
        shades=tuple(shades),
    )


def lane_label(lane: str, lang: str = "en") -> str:
    """The lane's title (the event group's label)."""
    term = vocabulary().event_groups.get(lane)
    return term.label(lang) if term is not None else lane
