"""Rapid response (issue 16): filings, checklist ticks, and the events the removal-risk alarm
reads. Plain SQL over the tables of migration m0009."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import sqlcipher3

from db.migrations.m0030_risk_events_index import TYPES as RISK_INDEX_TYPES
from db.migrations.m0030_risk_events_index import WHERE as RISK_INDEX_WHERE


@dataclass
class Filing:
    """One filing to a court, a prosecutor or an international body, tracked to its answer.

    Moments are ISO 8601 date-times with their UTC offset (``2022-04-05T21:30:00+03:00``) or,
    where only the day is known, ISO dates."""

    case_id: str
    kind: str
    body: str
    filed_at: str
    channel: str | None = None
    reference: str | None = None
    acknowledged_at: str | None = None
    answer: str | None = None
    answered_at: str | None = None
    expected_by: str | None = None
    note: str | None = None
    id: str | None = None
    case_reference: str = ""  # filled on reading


@dataclass
class ChecklistTick:
    """A step of the removal-risk checklist ticked on a case: the step's id (of
    ``resources/rapid_checklist.toml``), when (ISO 8601 date-time, UTC, ``...Z``) and by whom."""

    step: str
    done_at: str
    done_by: str = ""


class RiskEvent(NamedTuple):
    """An event of a live, open case that can open or close a removal-risk window (what
    desktop.rapid.risk.assess reads of it). ``body`` and ``case_kind`` are not read: the band
    does not run the block engine, it reads the engine's stored verdict (RiskCase.violations)."""

    id: str
    type: str
    date: str
    date_lower: str
    date_upper: str
    time: str | None
    place: str | None
    body: str | None = None
    case_kind: str = "other"


class RiskCase(NamedTuple):
    """A candidate case of the removal-risk band and its events, in chronological order.
    ``violations``: (rule id, the removal step's event) of each violated block the deadline
    engine stored for the case (deadlines.violated_by: the first step inside the block), in
    the steps' chronological order."""

    case_id: str
    reference: str
    person_name: str
    events: list[RiskEvent]
    violations: list[tuple[str, RiskEvent]]


_FILING_COLUMNS = ("id, case_id, kind, body, filed_at, channel, reference, acknowledged_at, answer, "
                   "answered_at, expected_by, note")


def _filing(row: Sequence, reference: str = "") -> Filing:
    (fid, case_id, kind, body, filed_at, channel, ref, ack, answer, answered_at, expected_by, note) = row[:12]
    return Filing(case_id=case_id, kind=kind, body=body, filed_at=filed_at, channel=channel, reference=ref,
                  acknowledged_at=ack, answer=answer, answered_at=answered_at, expected_by=expected_by,
                  note=note, id=fid, case_reference=reference)


def insert_filing(conn: sqlcipher3.Connection, f: Filing, *, filed_utc: str, expected_utc: str | None,
                  now: str) -> None:
    conn.execute(
        f"INSERT INTO filings({_FILING_COLUMNS}, filed_utc, expected_utc, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (f.id, f.case_id, f.kind, f.body, f.filed_at, f.channel, f.reference, f.acknowledged_at, f.answer,
         f.answered_at, f.expected_by, f.note, filed_utc, expected_utc, now, now))


def update_filing(conn: sqlcipher3.Connection, f: Filing, *, filed_utc: str, expected_utc: str | None,
                  now: str) -> None:
    conn.execute(
        "UPDATE filings SET kind=?, body=?, filed_at=?, channel=?, reference=?, acknowledged_at=?, answer=?,"
        " answered_at=?, expected_by=?, note=?, filed_utc=?, expected_utc=?, updated_at=? WHERE id=?",
        (f.kind, f.body, f.filed_at, f.channel, f.reference, f.acknowledged_at, f.answer, f.answered_at,
         f.expected_by, f.note, filed_utc, expected_utc, now, f.id))


def delete_filing(conn: sqlcipher3.Connection, filing_id: str) -> None:
    conn.execute("DELETE FROM filings WHERE id = ?", (filing_id,))


def get_filing(conn: sqlcipher3.Connection, filing_id: str) -> Filing | None:
    row = conn.execute(f"SELECT f.{_FILING_COLUMNS.replace(', ', ', f.')}, c.reference FROM filings f"
                       " JOIN cases c ON c.id = f.case_id WHERE f.id = ?", (filing_id,)).fetchone()
    return _filing(row, row[12]) if row else None


def filings(conn: sqlcipher3.Connection, *, case_ids: Sequence[str] | None = None,
            waiting_before_utc: str | None = None, trashed: bool = False) -> list[Filing]:
    """Filings of live cases, oldest first. ``case_ids``: only those cases'.
    ``waiting_before_utc``: only unanswered filings whose expected answer time is before it.
    ``trashed``: those of cases in the trash too (an export of chosen cases)."""
    where, args = ["1" if trashed else "c.deleted_at IS NULL"], []
    if case_ids is not None:
        where.append(f"f.case_id IN ({','.join('?' * len(case_ids))})")
        args.extend(case_ids)
    if waiting_before_utc is not None:
        where.append("f.answered_at IS NULL AND f.expected_utc IS NOT NULL AND f.expected_utc < ?")
        args.append(waiting_before_utc)
    cols = ", ".join(f"f.{c.strip()}" for c in _FILING_COLUMNS.split(","))
    return [_filing(r, r[12]) for r in conn.execute(
        f"SELECT {cols}, c.reference FROM filings f JOIN cases c ON c.id = f.case_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.filed_utc, f.rowid", args)]


def filings_of_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str], *,
                     trashed: bool = False) -> dict[str, list[Filing]]:
    out: dict[str, list[Filing]] = {}
    for f in filings(conn, case_ids=list(case_ids), trashed=trashed):
        out.setdefault(f.case_id, []).append(f)
    return out


def put_filings(conn: sqlcipher3.Connection, case_id: str, rows: Iterable[tuple[Filing, str, str | None]], *,
                now: str) -> None:
    """Replace a case's filings (import): (filing, filed_utc, expected_utc) each."""
    conn.execute("DELETE FROM filings WHERE case_id = ?", (case_id,))
    for f, filed_utc, expected_utc in rows:
        insert_filing(conn, f, filed_utc=filed_utc, expected_utc=expected_utc, now=now)


def ticks(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> dict[str, dict[str, tuple[str, str]]]:
    """{case_id: {step: (done_at, done_by)}}."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    if not case_ids:
        return out
    for case_id, step, at, by in conn.execute(
            f"SELECT case_id, step, done_at, done_by FROM checklist_ticks"
            f" WHERE case_id IN ({','.join('?' * len(case_ids))})", list(case_ids)):
        out.setdefault(case_id, {})[step] = (at, by)
    return out


def set_tick(conn: sqlcipher3.Connection, case_id: str, step: str, *, done_at: str | None, done_by: str) -> None:
    """Tick a step (done_at set) or untick it (None)."""
    if done_at is None:
        conn.execute("DELETE FROM checklist_ticks WHERE case_id = ? AND step = ?", (case_id, step))
    else:
        conn.execute("INSERT OR REPLACE INTO checklist_ticks(case_id, step, done_at, done_by) VALUES (?,?,?,?)",
                     (case_id, step, done_at, done_by))


def _marks(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


#: The columns of a RiskEvent, in its order, of the events ``e``.
_EVENT = "e.id, e.type, e.date, e.date_lower, e.date_upper, e.time, e.place, NULL, 'other'"


def _indexed(types: Sequence[str]) -> bool:
    """Whether the covering index events_risk (m0030) holds every one of these types."""
    return all(t in RISK_INDEX_TYPES for t in types)


def _risk_order(row: Sequence) -> tuple:
    """A risk_events row's place: its case, first possible day, time of day (none first), position."""
    return row[0], row[4], row[6] or "", row[10]


def risk_events(conn: sqlcipher3.Connection, since: str, relevant: Sequence[str], *,
                lost_only: Sequence[str] = (), case_ids: Sequence[str] | None = None,
                violating: Sequence[str] = (), ahead: str | None = None) -> list[RiskCase]:
    """The live, open cases where a removal-risk window may be open, by case id, each with its
    events of the types in ``relevant`` in chronological order (first possible day, time of
    day with none first, position).

    A case is a candidate when its latest transfer date, expulsion order or final decision
    ends no earlier than its latest removal or protection begins; or its latest loss of
    contact ends no earlier than its latest removal, contact or locating begins; or it has a
    release ending on or after ``since`` (an ISO date). The ``risk_marks`` table (migration
    m0019) holds those latest days, kept by triggers on ``events``: only it is read to find
    the candidates, then the candidates' events. Events of the types in ``lost_only`` (a
    contact, a locating) are read only for the cases that have a loss of contact: elsewhere
    they close nothing. A case whose stored violated block (deadlines.violated_by, index
    ``deadlines_violated``) was violated by a step of a type in ``violating`` is a candidate
    too, even when a protection closed its transfer window; every candidate gets its stored
    violations (RiskCase.violations). ``ahead`` (an ISO date): a case whose latest removal,
    protection, contact or locating may still lie ahead (its first possible day is after that
    day) is a candidate too, while it has a window that event would close: it has not closed
    it yet (the assessment tells). ``case_ids``: only those cases."""
    scope = f" AND m.case_id IN ({_marks(case_ids)})" if case_ids is not None else ""
    # The step that violated a block: from the covering index events_risk (its case's few
    # entries) when the index holds every type asked for, else by its id from the events.
    step = (f"CROSS JOIN events v INDEXED BY events_risk ON v.case_id = d.case_id AND v.id = d.violated_by"
            f" AND v.{RISK_INDEX_WHERE}" if _indexed(violating)
            else "JOIN events v ON v.id = d.violated_by")
    # risk_marks drives: a few thousand rows tested in place, and only the candidates' case
    # and person looked up (not each live case, then its marks)
    found = conn.execute(
        "SELECT m.case_id, c.reference, p.display_name, m.lost IS NOT NULL FROM risk_marks m"
        " CROSS JOIN cases c ON c.id = m.case_id JOIN persons p ON p.id = c.person_id"
        " WHERE (m.opened >= coalesce(m.closed, '') OR m.lost >= coalesce(m.found, '') OR m.released >= ?"
        " OR (m.opened IS NOT NULL AND m.closed > ?) OR (m.lost IS NOT NULL AND m.found > ?)"
        " OR m.case_id IN (SELECT d.case_id FROM deadlines d INDEXED BY deadlines_violated"
        f" {step} WHERE d.violated_by IS NOT NULL AND d.kind = 'block'"
        f" AND v.type IN ({_marks(violating) or 'NULL'}){scope.replace('m.case_id', 'd.case_id')}))"
        f" AND c.deleted_at IS NULL AND c.status = 'open'{scope} ORDER BY m.case_id",
        [since, ahead or "9999", ahead or "9999", *violating, *(case_ids or []), *(case_ids or [])]).fetchall()
    if not found:
        return []
    cases = [RiskCase(case_id, reference, name, [], []) for case_id, reference, name, _lost in found]
    keys = json.dumps([row[0] for row in found])
    lost = json.dumps({i: row[0] for i, row in enumerate(found) if row[3]})  # position: case id
    # The types the covering index events_risk holds (m0030) are read from it; the others
    # (contacts, locatings: LOST_ONLY) only for the cases that lost contact, and any type the
    # index lacks from the events themselves.
    indexed = [t for t in relevant if t in RISK_INDEX_TYPES and t not in lost_only]
    rest = [t for t in relevant if t not in RISK_INDEX_TYPES and t not in lost_only]
    only = [t for t in relevant if t in lost_only]
    event = f"{_EVENT}, e.position"
    columns = f"k.key, {event}"
    rows: list = []
    if indexed:
        rows += conn.execute(
            f"SELECT {columns} FROM json_each(?) k CROSS JOIN events e INDEXED BY events_risk"
            f" WHERE e.case_id = k.value AND e.{RISK_INDEX_WHERE} AND e.type IN ({_marks(indexed)})",
            [keys, *indexed]).fetchall()
    if rest:
        rows += conn.execute(f"SELECT {columns} FROM json_each(?) k CROSS JOIN events e"
                             f" WHERE e.case_id = k.value AND e.type IN ({_marks(rest)})", [keys, *rest]).fetchall()
    if only:
        rows += conn.execute(f"SELECT CAST(k.key AS INTEGER), {event} FROM json_each(?) k CROSS JOIN events e"
                             f" WHERE e.case_id = k.value AND e.type IN ({_marks(only)})", [lost, *only]).fetchall()
    # Sorted here rather than by SQLite (which would first copy every row into a sorter): each
    # case's rows come from the index nearly in order already, and a stable sort of them is cheap.
    rows.sort(key=_risk_order)
    make = RiskEvent._make
    for row in rows:
        cases[row[0]].events.append(make(row[1:10]))
    for row in conn.execute(
            "SELECT k.key, d.rule_id, e.id, e.type, e.date, e.date_lower, e.date_upper, e.time, e.place"
            " FROM json_each(?) k CROSS JOIN deadlines d INDEXED BY deadlines_violated CROSS JOIN events e"
            " WHERE d.case_id = k.value AND d.violated_by IS NOT NULL AND d.kind = 'block' AND e.id = d.violated_by"
            " ORDER BY k.key, e.date_lower, coalesce(e.time, ''), e.position", [keys]):
        cases[row[0]].violations.append((row[1], RiskEvent(*row[2:])))
    return [c for c in cases if c.events or c.violations]


def events_of_types(conn: sqlcipher3.Connection, case_ids: Sequence[str],
                    types: Sequence[str]) -> dict[str, list[RiskEvent]]:
    """The events of these types of these cases, by case id, each case's in chronological
    order (as risk_events orders them); from the covering index events_risk when it holds
    every type, else from the events."""
    if not case_ids or not types:
        return {}
    index = f" INDEXED BY events_risk WHERE e.{RISK_INDEX_WHERE} AND" if _indexed(types) else " WHERE"
    found: dict[str, list[RiskEvent]] = {}
    for row in conn.execute(
            f"SELECT e.case_id, {_EVENT}"
            f" FROM json_each(?) k CROSS JOIN events e{index} e.case_id = k.value AND e.type IN ({_marks(types)})"
            " ORDER BY e.case_id, e.date_lower, coalesce(e.time, ''), e.position",
            [json.dumps(list(case_ids)), *types]):
        found.setdefault(row[0], []).append(RiskEvent._make(row[1:]))
    return found


@dataclass(frozen=True)
class UnknownWhereabouts:
    """A live, open case whose current place of detention is "whereabouts unknown"."""

    case_id: str
    reference: str
    person_name: str
    entry_id: str
    since_lower: str
    time: str | None


def unknown_whereabouts(conn: sqlcipher3.Connection, *, case_ids: Sequence[str] | None = None) -> list[UnknownWhereabouts]:
    """Cases whose latest open entry of the detention history says the whereabouts are unknown
    (no later open entry names a place)."""
    scope = f" AND c.id IN ({_marks(case_ids)})" if case_ids is not None else ""
    return [UnknownWhereabouts(*r) for r in conn.execute(
        "SELECT c.id, c.reference, p.display_name, d.id, d.since_lower, d.time"
        " FROM detention_places d JOIN cases c ON c.id = d.case_id JOIN persons p ON p.id = c.person_id"
        " WHERE d.unknown = 1 AND d.until IS NULL AND c.deleted_at IS NULL AND c.status = 'open'"
        " AND NOT EXISTS (SELECT 1 FROM detention_places x WHERE x.case_id = d.case_id AND x.until IS NULL"
        " AND x.unknown = 0 AND x.since_lower > d.since_lower)" + scope, list(case_ids or []))]
