"""Rapid response (issue 16): filings, checklist ticks, and the events the removal-risk alarm
reads. Plain SQL over the tables of migration m0009."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlcipher3


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


@dataclass(frozen=True)
class RiskEvent:
    """An event of a live, open case that can open or close a removal-risk window."""

    case_id: str
    reference: str
    person_name: str
    id: str
    type: str
    date: str
    date_lower: str
    date_upper: str
    time: str | None
    place: str | None
    position: int


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
            waiting_before_utc: str | None = None) -> list[Filing]:
    """Filings of live cases, oldest first. ``case_ids``: only those cases'.
    ``waiting_before_utc``: only unanswered filings whose expected answer time is before it."""
    where, args = ["c.deleted_at IS NULL"], []
    if case_ids is not None:
        where.append(f"f.case_id IN ({','.join('?' * len(case_ids))})")
        args.extend(case_ids)
    if waiting_before_utc is not None:
        where.append("f.answered_at IS NULL AND f.expected_utc IS NOT NULL AND f.expected_utc < ?")
        args.append(waiting_before_utc)
    cols = ", ".join(f"f.{c.strip()}" for c in _FILING_COLUMNS.split(","))
    return [_filing(r, r[12]) for r in conn.execute(
        f"SELECT {cols}, c.reference FROM filings f JOIN cases c ON c.id = f.case_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.filed_utc, f.id", args)]


def filings_of_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> dict[str, list[Filing]]:
    out: dict[str, list[Filing]] = {}
    for f in filings(conn, case_ids=list(case_ids)):
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


def risk_events(conn: sqlcipher3.Connection, opening: Sequence[str], relevant: Sequence[str], *,
                case_ids: Sequence[str] | None = None) -> list[RiskEvent]:
    """Events of the types in ``relevant`` of every live, open case that has at least one event
    of a type in ``opening`` (the index ``events_type`` finds those cases), in chronological
    order per case. ``case_ids``: only those cases."""
    marks = ",".join("?" * len(opening))
    scope, args = "", [*opening]
    if case_ids is not None:
        scope = f" AND e.case_id IN ({','.join('?' * len(case_ids))})"
        args.extend(case_ids)
    rel = ",".join("?" * len(relevant))
    rows = conn.execute(
        f"""WITH risky AS (SELECT DISTINCT e.case_id FROM events e WHERE e.type IN ({marks}){scope})
            SELECT c.id, c.reference, p.display_name, e.id, e.type, e.date, e.date_lower, e.date_upper,
                   e.time, e.place, e.position
              FROM risky r JOIN cases c ON c.id = r.case_id JOIN persons p ON p.id = c.person_id
              JOIN events e ON e.case_id = c.id
             WHERE c.deleted_at IS NULL AND c.status = 'open' AND e.type IN ({rel})
             ORDER BY c.id, e.date_lower, coalesce(e.time, ''), e.position""",
        [*args, *relevant]).fetchall()
    return [RiskEvent(*r) for r in rows]
