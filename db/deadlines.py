"""Queries on deadlines (derived and manual) and on what the alarm dashboard needs."""

from __future__ import annotations

import functools
import json
from collections import namedtuple
from collections.abc import Iterable, Sequence
from itertools import groupby
from dataclasses import dataclass
from typing import NamedTuple
from operator import itemgetter

import sqlcipher3

from db.records import Event

#: Columns a derived deadline takes from its rule and trigger (all rewritten on recompute).
DERIVED_FIELDS = ("kind", "title", "starts", "due", "due_utc", "last_day", "has_time",
                  "approximate", "met_event_id", "basis", "explanation", "lane", "severity",
                  "zone", "caveats", "violated_by")


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    id: str
    case_id: str
    event_id: str | None
    rule_id: str | None
    kind: str
    title: str
    starts: str | None
    due: str | None
    due_utc: str | None
    last_day: str | None
    has_time: bool
    approximate: bool
    override_due: str | None
    override_utc: str | None
    override_reason: str | None
    status: str
    status_by_user: bool
    met_event_id: str | None
    basis: str | None
    explanation: str | None
    lane: str | None
    severity: str
    created_at: str
    updated_at: str
    # joined, for display: the trigger event and the case
    trigger_type: str | None = None
    trigger_date: str | None = None
    trigger_time: str | None = None
    reference: str | None = None
    person_name: str | None = None
    # since schema migration m0003 (issue 11)
    zone: str | None = None             # IANA zone of the place of proceedings (None: Moscow)
    caveats: str | None = None          # JSON list of caveat codes
    violated_by: str | None = None      # a block: the first removal step recorded during it
    override_trigger: str | None = None  # the trigger (type|date|time|place) when overridden
    trigger_place: str | None = None


_COLUMNS = (
    "d.id, d.case_id, d.event_id, d.rule_id, d.kind, d.title, d.starts, d.due, d.due_utc,"
    " d.last_day, d.has_time, d.approximate, d.override_due, d.override_utc, d.override_reason,"
    " d.status, d.status_by_user, d.met_event_id, d.basis, d.explanation, d.lane, d.severity,"
    " d.created_at, d.updated_at, e.type, e.date, e.time, c.reference, p.display_name,"
    " d.zone, d.caveats, d.violated_by, d.override_trigger, e.place"
)
_FROM = (
    " FROM deadlines d JOIN cases c ON c.id = d.case_id JOIN persons p ON p.id = c.person_id"
    " LEFT JOIN events e ON e.id = d.event_id"
)
_INSERT = (
    "INSERT INTO deadlines(id, case_id, event_id, rule_id, kind, title, starts, due, due_utc,"
    " last_day, has_time, approximate, override_due, override_utc, override_reason, status,"
    " status_by_user, met_event_id, basis, explanation, lane, severity, created_at, updated_at,"
    " zone, caveats, violated_by, override_trigger)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _row(r: Sequence) -> DeadlineRow:
    return DeadlineRow(
        id=r[0], case_id=r[1], event_id=r[2], rule_id=r[3], kind=r[4], title=r[5], starts=r[6],
        due=r[7], due_utc=r[8], last_day=r[9], has_time=bool(r[10]), approximate=bool(r[11]),
        override_due=r[12], override_utc=r[13], override_reason=r[14], status=r[15],
        status_by_user=bool(r[16]), met_event_id=r[17], basis=r[18], explanation=r[19], lane=r[20],
        severity=r[21], created_at=r[22], updated_at=r[23], trigger_type=r[24], trigger_date=r[25],
        trigger_time=r[26], reference=r[27], person_name=r[28], zone=r[29], caveats=r[30],
        violated_by=r[31], override_trigger=r[32], trigger_place=r[33],
    )


def insert(conn: sqlcipher3.Connection, rows: Iterable[DeadlineRow]) -> None:
    insert_values(conn, [
        (r.id, r.case_id, r.event_id, r.rule_id, r.kind, r.title, r.starts, r.due, r.due_utc,
         r.last_day, int(r.has_time), int(r.approximate), r.override_due, r.override_utc,
         r.override_reason, r.status, int(r.status_by_user), r.met_event_id, r.basis,
         r.explanation, r.lane, r.severity, r.created_at, r.updated_at, r.zone, r.caveats,
         r.violated_by, r.override_trigger)
        for r in rows
    ])


def insert_values(conn: sqlcipher3.Connection, rows: Sequence[tuple]) -> None:
    """Insert deadlines given as tuples in the order of DeadlineRow's first 24 fields, then
    zone, caveats, violated_by and override_trigger (booleans as 0 or 1): what insert()
    writes, without a DeadlineRow made for each (an import derives some 8 a case)."""
    conn.executemany(_INSERT, rows)


def update_derived(conn: sqlcipher3.Connection, rows: Iterable[tuple], *, now: str) -> None:
    """rows: (id, status, *DERIVED_FIELDS values) of derived deadlines whose inputs changed."""
    sets = ", ".join(f"{name} = ?" for name in DERIVED_FIELDS)
    conn.executemany(
        f"UPDATE deadlines SET status = ?, {sets}, updated_at = ? WHERE id = ?",
        [(*r[1:], now, r[0]) for r in rows],
    )


def delete(conn: sqlcipher3.Connection, ids: Sequence[str]) -> None:
    conn.executemany("DELETE FROM deadlines WHERE id = ?", [(i,) for i in ids])


def forget_missing_triggers(conn: sqlcipher3.Connection, case_id: str, event_ids: Sequence[str]) -> None:
    """Manual deadlines of a case whose trigger event was deleted keep standing, without it."""
    conn.execute(
        "UPDATE deadlines SET event_id = NULL WHERE case_id = ? AND rule_id IS NULL AND event_id IS NOT NULL"
        " AND event_id NOT IN (SELECT value FROM json_each(?))", (case_id, json.dumps(list(event_ids))))


def derived_for_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str] | None) -> list[DeadlineRow]:
    """Derived deadlines (rule_id set) of some cases, or of every case when ``case_ids`` is None."""
    sql = (
        "SELECT d.id, d.case_id, d.event_id, d.rule_id, d.kind, d.title, d.starts, d.due,"
        " d.due_utc, d.last_day, d.has_time, d.approximate, d.override_due, d.override_utc,"
        " d.override_reason, d.status, d.status_by_user, d.met_event_id, d.basis, d.explanation,"
        " d.lane, d.severity, d.created_at, d.updated_at, NULL, NULL, NULL, NULL, NULL,"
        " d.zone, d.caveats, d.violated_by, d.override_trigger, NULL"
        " FROM deadlines d WHERE d.rule_id IS NOT NULL"
    )
    if case_ids is None:
        return [_row(r) for r in conn.execute(sql)]
    return [_row(r) for r in conn.execute(
        sql + " AND d.case_id IN (SELECT value FROM json_each(?))", (json.dumps(list(case_ids)),))]


#: What a recompute compares and keeps of a stored derived deadline: its identity, what the
#: lawyer set (status, override) and the DERIVED_FIELDS, in that order (``row[7:]``).
StoredDerived = namedtuple("StoredDerived", ("id", "case_id", "event_id", "rule_id", "status", "status_by_user",
                                             "override_due", *DERIVED_FIELDS))
STORED_OFFSET = 7  # StoredDerived[STORED_OFFSET:] are the DERIVED_FIELDS


def derived_stored(conn: sqlcipher3.Connection, case_ids: Sequence[str] | None) -> list[tuple]:
    """Derived deadlines (rule_id set) of some cases, or of every case when ``case_ids`` is
    None, as plain tuples laid out as StoredDerived (a recompute reads them by the ten
    thousand: no joins, no objects; ``StoredDerived._make(row)`` names the fields)."""
    sql = (f"SELECT id, case_id, event_id, rule_id, status, status_by_user, override_due, {', '.join(DERIVED_FIELDS)}"
           " FROM deadlines WHERE rule_id IS NOT NULL")
    if case_ids is None:
        return conn.execute(sql).fetchall()
    return conn.execute(sql + " AND case_id IN (SELECT value FROM json_each(?))",
                        (json.dumps(list(case_ids)),)).fetchall()


def for_case(conn: sqlcipher3.Connection, case_id: str) -> list[DeadlineRow]:
    """Every deadline of a case, soonest first, states (no due) last."""
    return [_row(r) for r in conn.execute(
        f"SELECT {_COLUMNS}{_FROM} WHERE d.case_id = ?"
        " ORDER BY coalesce(d.override_utc, d.due_utc) IS NULL, coalesce(d.override_utc, d.due_utc), d.rule_id",
        (case_id,),
    )]


def get(conn: sqlcipher3.Connection, deadline_id: str) -> DeadlineRow | None:
    row = conn.execute(f"SELECT {_COLUMNS}{_FROM} WHERE d.id = ?", (deadline_id,)).fetchone()
    return _row(row) if row else None


def set_status(conn: sqlcipher3.Connection, deadline_id: str, status: str, *, by_user: bool, now: str) -> None:
    conn.execute("UPDATE deadlines SET status = ?, status_by_user = ?, updated_at = ? WHERE id = ?",
                 (status, int(by_user), now, deadline_id))


def set_override(conn: sqlcipher3.Connection, deadline_id: str, due: str | None, due_utc: str | None,
                 reason: str | None, *, now: str, trigger: str | None = None) -> None:
    """Set (or clear, with Nones) the lawyer's date; ``trigger`` is the trigger's signature now."""
    conn.execute("UPDATE deadlines SET override_due = ?, override_utc = ?, override_reason = ?,"
                 " override_trigger = ?, updated_at = ? WHERE id = ?",
                 (due, due_utc, reason, trigger, now, deadline_id))


def confirm_override(conn: sqlcipher3.Connection, deadline_id: str, trigger: str | None, caveats: str | None,
                     *, now: str) -> None:
    """The lawyer confirmed an override after its trigger changed: remember the trigger now."""
    conn.execute("UPDATE deadlines SET override_trigger = ?, caveats = ?, updated_at = ? WHERE id = ?",
                 (trigger, caveats, now, deadline_id))


def event_signature(conn: sqlcipher3.Connection, event_id: str | None) -> str | None:
    """type|date|time|place of an event (None when it does not exist)."""
    if event_id is None:
        return None
    row = conn.execute("SELECT type, date, time, place FROM events WHERE id = ?", (event_id,)).fetchone()
    return None if row is None else f"{row[0]}|{row[1]}|{row[2] or ''}|{row[3] or ''}"


#: Only rows of live cases (open, not in the trash), by the covering index cases_live; CROSS
#: JOIN keeps the deadlines' index the outer loop, so rows come in its order.
_LIVE_JOIN = (" CROSS JOIN cases c INDEXED BY cases_live ON c.id = d.case_id"
              " AND c.status = 'open' AND c.deleted_at IS NULL")


class BlockKeys(NamedTuple):
    """What the dashboard's bars need of the blocks of live cases: how many there are, how many
    were violated, and the keys (id, case id, violated, the instant it began) of the first ones."""

    total: int
    violated: int
    keys: list[tuple[str, str, bool, float]]


#: The instant a block began, in seconds since the epoch: ``starts`` carries its zone's offset
#: (stored without one: Moscow time, UTC+3); none, or not a moment, sorts last.
_BLOCK_INSTANT = ("coalesce(unixepoch(d.starts) - CASE WHEN d.starts GLOB '*[+-][0-9][0-9]:[0-9][0-9]'"
                  " OR d.starts GLOB '*Z' THEN 0 ELSE 10800 END, 9e999)")
_BLOCK_ORDER = (f" ORDER BY 3, CASE d.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2"
                " ELSE 3 END, coalesce(d.rule_id, ''), d.case_id LIMIT ?")
_VIOLATED = (f" FROM deadlines d INDEXED BY deadlines_violated{_LIVE_JOIN}"
             " WHERE d.violated_by IS NOT NULL AND d.kind = 'block'")
_IN_FORCE = (f" FROM deadlines d INDEXED BY deadlines_blocks{_LIVE_JOIN}"
             " WHERE d.status = 'open' AND d.kind = 'block' AND d.met_event_id IS NULL AND d.last_day IS NULL"
             " AND d.violated_by IS NULL")


def blocks_to_show(conn: sqlcipher3.Connection, limit: int | None = None) -> BlockKeys:
    """The blocks of live cases that are violated (first) or in force, from the indexes
    deadlines_violated and deadlines_blocks (m0019a, m0029: they cover the query) and
    cases_live: their counts, and the keys of the first ``limit`` (None: all), each group by
    the instant the block began, then severity, rule and case. Sorted by SQLite, so that only
    the rows shown come back (1,795 blocks at 10,000 synthetic cases: 3-6 ms of Python sorting
    each refresh before)."""
    total_violated = conn.execute(f"SELECT count(*){_VIOLATED}").fetchone()[0]
    total = total_violated + conn.execute(f"SELECT count(*){_IN_FORCE}").fetchone()[0]
    want = -1 if limit is None else limit
    keys = [(r[0], r[1], True, r[2]) for r in conn.execute(
        f"SELECT d.id, d.case_id, {_BLOCK_INSTANT}{_VIOLATED}{_BLOCK_ORDER}", (want,))]
    if limit is None or len(keys) < limit:
        want = -1 if limit is None else limit - len(keys)
        keys += [(r[0], r[1], False, r[2]) for r in conn.execute(
            f"SELECT d.id, d.case_id, {_BLOCK_INSTANT}{_IN_FORCE}{_BLOCK_ORDER}", (want,))]
    return BlockKeys(total, total_violated, keys)


def clear_recompute_flag(conn: sqlcipher3.Connection) -> None:
    """Derived deadlines were recomputed after a migration (m0003) asked for it."""
    conn.execute("DELETE FROM meta WHERE key = 'deadlines_recompute'")


def undated_open(conn: sqlcipher3.Connection, limit: int | None = None) -> list[DeadlineRow]:
    """Open derived deadlines of live cases with no due moment (trigger date unknown)."""
    sql = (f"SELECT {_COLUMNS}{_FROM} WHERE d.id IN (SELECT id FROM deadlines INDEXED BY deadlines_open"
           " WHERE status = 'open' AND kind IN ('deadline','custody')"
           f" AND coalesce(override_utc, due_utc) IS NULL) AND {_LIVE_CASE} ORDER BY c.reference")
    args: list = []
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [_row(r) for r in conn.execute(sql, args)]


def watch_of_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> list["WatchedCase"]:
    """WatchedCase rows of these live cases (custody, contacts), whether or not in custody."""
    columns = ("c.id, c.reference, p.display_name, c.facility, c.at_risk, c.silence_hours, w.custody_type,"
               " w.custody_date, w.custody_time, w.contact_date, w.contact_time, w.lost_date, w.lost_time")
    return [WatchedCase(r[0], r[1], r[2], r[3], bool(r[4]), *r[5:]) for r in conn.execute(
        f"SELECT {columns} FROM cases c JOIN persons p ON p.id = c.person_id LEFT JOIN case_watch w"
        f" ON w.case_id = c.id WHERE c.id IN (SELECT value FROM json_each(?)) AND {_LIVE_CASE}",
        (json.dumps(list(case_ids)),))]


def update_manual(conn: sqlcipher3.Connection, deadline_id: str, *, title: str, due: str, due_utc: str,
                  last_day: str | None, has_time: bool, basis: str | None, event_id: str | None,
                  lane: str | None, now: str) -> None:
    conn.execute(
        "UPDATE deadlines SET title = ?, due = ?, due_utc = ?, last_day = ?, has_time = ?, basis = ?,"
        " event_id = ?, lane = ?, updated_at = ? WHERE id = ? AND rule_id IS NULL",
        (title, due, due_utc, last_day, int(has_time), basis, event_id, lane, now, deadline_id))


def events_of_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str] | None = None,
                    *, open_only: bool = False, types: Iterable[str] | None = None) -> dict[str, tuple[str, list[Event | EventRow], str | None, str | None]]:
    """{case id: (case kind, events in list order, region, gravity)}: what derivation needs, in bulk.

    For every case (``case_ids`` None) the events table is read in storage order and sorted
    here: a scan of the table costs about half of walking it through the events_case index.
    Events are then EventRow tuples (read like Event, by field name); for named cases, Event.
    ``types``: only events of these types (None: all), in the same order among themselves."""
    where = ["c.deleted_at IS NULL"] if open_only else []
    args: list = []
    if case_ids is not None:
        where.append("c.id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(case_ids)))
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    result: dict[str, tuple[str, list[Event], str | None, str | None]] = {
        cid: (kind, [], region, gravity) for cid, kind, region, gravity
        # the place of proceedings: the case's region, else its place of arrest
        in conn.execute(f"SELECT c.id, c.kind, coalesce(nullif(c.region, ''), c.arrest_place), c.gravity FROM cases c{clause}", args)
    }
    # an interim measure's body (and text) say which body indicated it: the ECtHR's count only
    # up to 16.09.2022 (desktop.deadlines.blocks); other events' texts are not needed
    columns = ("e.case_id, e.position, e.id, e.type, e.date, e.date_lower, e.date_upper, e.time, e.place,"
               f" CASE WHEN e.type IN ({_BODY_TYPES}) THEN e.body END,"
               f" CASE WHEN e.type IN ({_BODY_TYPES}) THEN e.text END, e.time_approx = 1")
    only, type_args = "", []
    if types is not None:
        only, type_args = " e.type IN (SELECT value FROM json_each(?))", [json.dumps(sorted(types))]
    if case_ids is None:
        # every case: plain tuples in Event's field order (derivation reads events by attribute
        # name only), built without Event.__init__, grouped by case after one sort
        rows = conn.execute(_EVENT_ROW_SQL + (" WHERE" + only if only else ""), type_args).fetchall()
        rows = list(map(_EVENT_ROW, rows))
        rows.sort(key=_CASE_POSITION)
        for cid, group in groupby(rows, _CASE_OF_ROW):
            entry = result.get(cid)
            if entry is not None:  # (a case not asked for: open_only)
                entry[1].extend(group)
        return result
    rows = conn.execute(
        f"SELECT {columns} FROM events e JOIN cases c ON c.id = e.case_id{clause}"
        f"{(' AND' if clause else ' WHERE') + only if only else ''} ORDER BY e.case_id, e.position",
        args + type_args)
    current_id, current = None, None
    for cid, _position, eid, typ, date, lower, upper, time, place, body, text, approx in rows:
        if cid != current_id:
            current_id = cid
            entry = result.get(cid)
            current = entry[1] if entry is not None else None
        if current is not None:
            current.append(Event(typ, date, time=time, place=place, body=body, text=text, id=eid, date_lower=lower,
                                 date_upper=upper, time_approx=bool(approx)))
    return result


#: Event types whose body and text derivation reads (interim measures: which body).
_BODY_TYPES = "'interim_measures_granted'"


class EventRow(NamedTuple):
    """An event as derivation reads it (the fields of db.records.Event, by the same names),
    with its case and position: events_of_cases builds these for every case at once."""

    type: str
    date: str
    time: str | None
    place: str | None
    body: str | None
    text: str | None
    source: str | None
    id: str
    date_lower: str
    date_upper: str
    time_approx: bool
    case_id: str
    position: int


_EVENT_ROW_SQL = (
    "SELECT e.type, e.date, e.time, e.place,"
    f" CASE WHEN e.type IN ({_BODY_TYPES}) THEN e.body END, CASE WHEN e.type IN ({_BODY_TYPES}) THEN e.text END,"
    # NOT INDEXED: filtered by type, the planner would walk events_type_dates and look every
    # row up again, a third slower than this one pass over the table
    " NULL, e.id, e.date_lower, e.date_upper, e.time_approx = 1, e.case_id, e.position FROM events e NOT INDEXED")
_EVENT_ROW = functools.partial(tuple.__new__, EventRow)
_CASE_POSITION = itemgetter(11, 12)
_CASE_OF_ROW = itemgetter(11)


# -- the dashboard --------------------------------------------------------------------------

_LIVE_CASE = "c.status = 'open' AND c.deleted_at IS NULL"


def open_due_before(conn: sqlcipher3.Connection, until_utc: str, *, kinds: Sequence[str]) -> list[DeadlineRow]:
    """Open deadlines of live cases whose (overridden) due moment is before ``until_utc``."""
    return open_due_between(conn, None, until_utc, kinds=kinds)


def _due_clause(since_utc: str | None, until_utc: str | None, kinds: Sequence[str]) -> tuple[str, list]:
    marks = ",".join("?" * len(kinds))
    clause = f"d.status = 'open' AND d.kind IN ({marks}) AND {_LIVE_CASE}"
    args: list = list(kinds)
    if since_utc is not None:
        clause += " AND coalesce(d.override_utc, d.due_utc) >= ?"
        args.append(since_utc)
    if until_utc is not None:
        clause += " AND coalesce(d.override_utc, d.due_utc) < ?"
        args.append(until_utc)
    return clause, args


def open_due_between(conn: sqlcipher3.Connection, since_utc: str | None, until_utc: str | None, *,
                     kinds: Sequence[str], latest_first: bool = False, limit: int | None = None) -> list[DeadlineRow]:
    """Open deadlines of live cases due in [since, until), soonest (or latest) first."""
    clause, args = _due_clause(since_utc, until_utc, kinds)
    order = "DESC" if latest_first else ""
    sql = (f"SELECT {_COLUMNS}{_FROM} WHERE {clause}"
           f" ORDER BY coalesce(d.override_utc, d.due_utc) {order}, c.reference")
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [_row(r) for r in conn.execute(sql, args)]


def live_case_ids(conn: sqlcipher3.Connection) -> set[str]:
    """Ids of open cases not in the trash (a partial index answers this)."""
    return {r[0] for r in conn.execute(
        "SELECT id FROM cases INDEXED BY cases_live WHERE status = 'open' AND deleted_at IS NULL")}


def open_keys(conn: sqlcipher3.Connection, kind: str, *, since_utc: str | None = None,
              until_utc: str | None = None, unmet: bool = False,
              live: bool = False) -> list[tuple[str, str, str | None]]:
    """(id, case id, due) of open deadlines of a kind, from the covering index alone;
    ``live``: of live cases only (the covering index cases_live)."""
    sql = ("SELECT d.id, d.case_id, coalesce(d.override_utc, d.due_utc) FROM deadlines d INDEXED BY deadlines_open"
           + (_LIVE_JOIN if live else "") + " WHERE d.status = 'open' AND d.kind = ?")
    args: list = [kind]
    if since_utc is not None:
        sql += " AND coalesce(d.override_utc, d.due_utc) >= ?"
        args.append(since_utc)
    if until_utc is not None:
        sql += " AND coalesce(d.override_utc, d.due_utc) < ?"
        args.append(until_utc)
    if unmet:
        sql += " AND d.met_event_id IS NULL"
    return [tuple(r) for r in conn.execute(sql, args)]


_LATE = ("FROM deadlines d INDEXED BY deadlines_open JOIN cases c INDEXED BY cases_live ON c.id = d.case_id"
         " WHERE d.status = 'open' AND d.kind = ? AND coalesce(d.override_utc, d.due_utc) < ?"
         " AND c.status = 'open' AND c.deleted_at IS NULL")


def late_keys(conn: sqlcipher3.Connection, kinds: Sequence[str], until_utc: str,
              limit: int | None) -> tuple[int, list[tuple[str, str, str]]]:
    """(how many, keys) of the open deadlines of these kinds in live cases due before
    ``until_utc``: the keys (id, case id, due in UTC) of the ``limit`` most recently due (None:
    all), by due then id, latest first. Read from the covering indexes deadlines_open and
    cases_live; only the first ``limit`` of each kind (and those due with the last) are read."""
    total, found = 0, []
    for kind in kinds:
        total += conn.execute(f"SELECT count(*) {_LATE}", (kind, until_utc)).fetchone()[0]
        since = None
        if limit is not None:
            edge = conn.execute(f"SELECT coalesce(d.override_utc, d.due_utc) AS due {_LATE} ORDER BY due DESC"
                                " LIMIT 1 OFFSET ?", (kind, until_utc, max(limit - 1, 0))).fetchone()
            since = edge[0] if edge else None
        found += [tuple(r) for r in conn.execute(
            f"SELECT d.id, d.case_id, coalesce(d.override_utc, d.due_utc) {_LATE}"
            + (" AND coalesce(d.override_utc, d.due_utc) >= ?" if since is not None else ""),
            (kind, until_utc, *((since,) if since is not None else ())))]
    found.sort(key=itemgetter(2, 0), reverse=True)
    return total, found if limit is None else found[:limit]


def custody_terms(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> list[tuple[str, str, str | None, str | None]]:
    """(id, case id, starts, due in UTC, the override's when there is one) of the open custody
    terms of these cases."""
    # each case's own deadlines (deadlines_case), not every open custody term of the vault
    # (deadlines_open, which lacks ``starts``: a row look-up for each of them)
    return conn.execute(
        "SELECT d.id, d.case_id, d.starts, coalesce(d.override_utc, d.due_utc) FROM (SELECT DISTINCT value FROM json_each(?)) k"
        " CROSS JOIN deadlines d INDEXED BY deadlines_case ON d.case_id = k.value"
        " WHERE d.status = 'open' AND d.kind = 'custody'",
        (json.dumps(list(case_ids)),)).fetchall()


def by_ids(conn: sqlcipher3.Connection, ids: Sequence[str]) -> list[DeadlineRow]:
    """Whole rows (with trigger and case) of these deadlines, in the order of ``ids``."""
    found = {r[0]: _row(r) for r in conn.execute(
        f"SELECT {_COLUMNS}{_FROM} WHERE d.id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))}
    return [found[i] for i in ids if i in found]


def count_open_due(conn: sqlcipher3.Connection, since_utc: str | None, until_utc: str | None, *,
                   kinds: Sequence[str]) -> int:
    clause, args = _due_clause(since_utc, until_utc, kinds)
    return conn.execute(f"SELECT count(*) FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE {clause}",
                        args).fetchone()[0]


def open_of_kind(conn: sqlcipher3.Connection, kinds: Sequence[str], *, case_ids: Sequence[str] | None = None,
                 unmet: bool = False, limit: int | None = None) -> list[DeadlineRow]:
    """Open deadlines of these kinds in live cases (states, alerts, custody terms)."""
    marks = ",".join("?" * len(kinds))
    sql = f"SELECT {_COLUMNS}{_FROM} WHERE d.status = 'open' AND d.kind IN ({marks}) AND {_LIVE_CASE}"
    args: list = list(kinds)
    if unmet:
        sql += " AND d.met_event_id IS NULL"
    if case_ids is not None:
        sql += " AND d.case_id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(list(case_ids)))
    sql += " ORDER BY coalesce(d.override_utc, d.due_utc), c.reference"
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [_row(r) for r in conn.execute(sql, args)]


def count_open_of_kind(conn: sqlcipher3.Connection, kinds: Sequence[str], *, unmet: bool = False) -> int:
    marks = ",".join("?" * len(kinds))
    sql = (f"SELECT count(*) FROM deadlines d JOIN cases c ON c.id = d.case_id"
           f" WHERE d.status = 'open' AND d.kind IN ({marks}) AND {_LIVE_CASE}")
    if unmet:
        sql += " AND d.met_event_id IS NULL"
    return conn.execute(sql, list(kinds)).fetchone()[0]


class WatchedCase(NamedTuple):
    """A live case that is in custody or at risk, with its custody start and contacts."""

    case_id: str
    reference: str
    person_name: str | None    # None when read without names (watched_cases(names=False))
    facility: str | None
    at_risk: bool              # (0 or 1 when read without names)
    silence_hours: int | None
    custody_type: str | None   # event type that began the current custody, or None
    custody_date: str | None   # its date (ISO lower bound) and time
    custody_time: str | None
    contact_date: str | None   # the last contact event (ISO lower bound) and time
    contact_time: str | None
    lost_date: str | None      # the last contact_lost event after the last contact
    lost_time: str | None


def put_watch(conn: sqlcipher3.Connection, rows: Iterable[tuple], *, fresh: bool = False) -> None:
    """rows: (case id, custody type, date, time, contact date, time, lost date, time);
    a row of Nones removes the case's entry. Only entries that differ are written."""
    rows = list(rows)
    if not fresh and rows:
        stored = {r[0]: tuple(r) for r in conn.execute(
            "SELECT case_id, custody_type, custody_date, custody_time, contact_date, contact_time, lost_date,"
            " lost_time FROM case_watch WHERE case_id IN (SELECT value FROM json_each(?))",
            (json.dumps([r[0] for r in rows]),))}
        changed = []
        for r in rows:
            old = stored.get(r[0])
            empty = all(v is None for v in r[1:])
            if (old is None and empty) or old == tuple(r):
                continue
            changed.append(r)
        rows = changed
        conn.executemany("DELETE FROM case_watch WHERE case_id = ?", [(r[0],) for r in rows if r[0] in stored])
    conn.executemany("INSERT INTO case_watch(case_id, custody_type, custody_date, custody_time, contact_date,"
                     " contact_time, lost_date, lost_time) VALUES (?,?,?,?,?,?,?,?)",
                     [r for r in rows if any(v is not None for v in r[1:])])


#: The current detention entry of each case whose whereabouts are unknown: the open entry
#: (no ``until``) with the latest start, marked ``unknown``.
_WHEREABOUTS_UNKNOWN = (
    "(SELECT d.case_id, d.since_lower, d.time FROM detention_places d"
    " WHERE d.unknown = 1 AND d.until IS NULL AND NOT EXISTS (SELECT 1 FROM detention_places e"
    " WHERE e.case_id = d.case_id AND e.until IS NULL AND (e.since_lower > d.since_lower"
    " OR (e.since_lower = d.since_lower AND e.position > d.position))))"
)


_WATCHED = functools.partial(tuple.__new__, WatchedCase)


def watched_cases(conn: sqlcipher3.Connection, *, names: bool = True) -> list[WatchedCase]:
    """Live cases in custody (per case_watch), then those marked at risk or whose whereabouts
    are unknown, each group by case id. ``names`` False: person_name and facility are None
    (the dashboard reads them, with names_of, only for the rows it shows)."""
    # Issue 15: a case whose current place of detention is "whereabouts unknown" is watched,
    # and counts as contact lost from that entry's date (the alarm is raised at once).
    unknown = {r[0]: (r[1], r[2]) for r in conn.execute(f"SELECT u.case_id, u.since_lower, u.time FROM {_WHEREABOUTS_UNKNOWN} u")}
    # the columns in WatchedCase's order, so that rows become WatchedCases without a copy
    columns = ("c.id, c.reference, NULL, NULL, c.at_risk, c.silence_hours, w.custody_type, w.custody_date,"
               " w.custody_time, w.contact_date, w.contact_time, w.lost_date, w.lost_time")
    held = conn.execute(f"SELECT {columns} FROM case_watch w JOIN cases c ON c.id = w.case_id"
                        f" WHERE w.custody_type IS NOT NULL AND {_LIVE_CASE} ORDER BY c.id").fetchall()
    risky = [r[0] for r in conn.execute(f"SELECT c.id FROM cases c INDEXED BY cases_at_risk WHERE c.at_risk = 1 AND {_LIVE_CASE}")]
    others = conn.execute(
        f"SELECT {columns} FROM cases c LEFT JOIN case_watch w ON w.case_id = c.id"
        f" WHERE c.id IN (SELECT value FROM json_each(?)) AND {_LIVE_CASE} AND w.custody_type IS NULL ORDER BY c.id",
        (json.dumps([*risky, *unknown]),)).fetchall() if risky or unknown else []
    found = list(map(_WATCHED, held))
    found.extend(map(_WATCHED, others))
    if unknown:
        found = [w._replace(lost_date=unknown[w.case_id][0], lost_time=unknown[w.case_id][1])
                 if w.case_id in unknown else w for w in found]
    return with_names(conn, found) if names else found


def with_names(conn: sqlcipher3.Connection, watched: Sequence[WatchedCase]) -> list[WatchedCase]:
    """The rows with the client's name and the facility read (for those read without)."""
    found = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT c.id, p.display_name, c.facility FROM cases c JOIN persons p ON p.id = c.person_id"
        " WHERE c.id IN (SELECT value FROM json_each(?))", (json.dumps([w.case_id for w in watched]),))}
    return [w._replace(person_name=found[w.case_id][0], facility=found[w.case_id][1], at_risk=bool(w.at_risk))
            if w.case_id in found else w._replace(at_risk=bool(w.at_risk)) for w in watched]


def alert_keys(conn: sqlcipher3.Connection, since_utc: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """(id, case id, due in UTC, starts, rule id) of open alerts of live cases due at or after
    ``since_utc``."""
    return [tuple(r) for r in conn.execute(
        "SELECT d.id, d.case_id, coalesce(d.override_utc, d.due_utc), d.starts, d.rule_id"
        f" FROM deadlines d INDEXED BY deadlines_open{_LIVE_JOIN}"
        " WHERE d.status = 'open' AND d.kind = 'alert' AND coalesce(d.override_utc, d.due_utc) >= ?", (since_utc,))]
