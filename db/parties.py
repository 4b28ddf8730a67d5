"""Queries on parties and their roles in cases."""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlcipher3

from db.records import CaseParty, Notification


def get_case_parties(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> dict[str, list[CaseParty]]:
    found: dict[str, list[CaseParty]] = {cid: [] for cid in case_ids}
    if not case_ids:
        return found
    marks = ",".join("?" * len(case_ids))
    for row in conn.execute(
        "SELECT cp.case_id, cp.id, p.id, p.name, p.kind, p.contact, cp.role, cp.note, cp.consent,"
        " cp.consent_date, cp.safe_to_contact, cp.contact_how"
        " FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
        f" WHERE cp.case_id IN ({marks}) ORDER BY cp.case_id, cp.rowid",
        list(case_ids),
    ):
        found[row[0]].append(CaseParty(id=row[1], party_id=row[2], name=row[3], kind=row[4],
                                       contact=row[5], role=row[6], note=row[7], consent=row[8],
                                       consent_date=row[9],
                                       safe_to_contact=None if row[10] is None else bool(row[10]),
                                       contact_how=row[11]))
    by_row = {p.id: p for parties in found.values() for p in parties}
    for row in conn.execute(
        "SELECT case_party_id, id, date, time, text, date_lower, date_upper FROM party_notifications"
        f" WHERE case_id IN ({marks}) ORDER BY case_id, case_party_id, position",
        list(case_ids),
    ):
        if row[0] in by_row:
            by_row[row[0]].notifications.append(Notification(
                date=row[2], time=row[3], text=row[4], id=row[1], date_lower=row[5], date_upper=row[6]))
    return found


def sync_case_parties(conn: sqlcipher3.Connection, case_id: str, parties: Sequence[CaseParty], *, now: str) -> None:
    """Make the case's parties exactly ``parties`` (ids must be set)."""
    existing = {r[0]: r[1] for r in conn.execute(
        "SELECT id, party_id FROM case_parties WHERE case_id = ?", (case_id,))}
    wanted = {p.id for p in parties}
    for row_id, party_id in existing.items():
        if row_id not in wanted:
            conn.execute("DELETE FROM case_parties WHERE id = ?", (row_id,))
            conn.execute("DELETE FROM parties WHERE id = ? AND NOT EXISTS"
                          " (SELECT 1 FROM case_parties WHERE party_id = ?)", (party_id, party_id))
    for p in parties:
        conn.execute(
            "INSERT INTO parties(id, name, kind, contact, created_at, updated_at) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
            " contact = excluded.contact, updated_at = excluded.updated_at"
            " WHERE (parties.name, parties.kind, parties.contact) IS NOT (excluded.name, excluded.kind, excluded.contact)",
            (p.party_id, p.name, p.kind, p.contact, now, now),
        )
        safe = None if p.safe_to_contact is None else int(bool(p.safe_to_contact))
        conn.execute(
            "INSERT INTO case_parties(id, case_id, party_id, role, note, consent, consent_date,"
            " safe_to_contact, contact_how, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET party_id = excluded.party_id,"
            " role = excluded.role, note = excluded.note, consent = excluded.consent,"
            " consent_date = excluded.consent_date, safe_to_contact = excluded.safe_to_contact,"
            " contact_how = excluded.contact_how, updated_at = excluded.updated_at"
            " WHERE (case_parties.party_id, case_parties.role, case_parties.note, case_parties.consent,"
            " case_parties.consent_date, case_parties.safe_to_contact, case_parties.contact_how)"
            " IS NOT (excluded.party_id, excluded.role, excluded.note, excluded.consent,"
            " excluded.consent_date, excluded.safe_to_contact, excluded.contact_how)",
            (p.id, case_id, p.party_id, p.role, p.note, p.consent, p.consent_date, safe, p.contact_how,
             now, now),
        )
    # Only notifications that changed are written (created_at stays): see sync_detention.
    rows = [(n.id, case_id, p.id, i, n.date, n.date_lower, n.date_upper, n.time, n.text, now, now)
            for p in parties for i, n in enumerate(p.notifications)]
    conn.execute("DELETE FROM party_notifications WHERE case_id = ? AND id NOT IN (SELECT value FROM json_each(?))",
                 (case_id, json.dumps([r[0] for r in rows])))
    fields = ("case_id", "case_party_id", "position", "date", "date_lower", "date_upper", "time", "text")
    conn.executemany(
        "INSERT INTO party_notifications(id, case_id, case_party_id, position, date, date_lower,"
        " date_upper, time, text, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        f" ON CONFLICT(id) DO UPDATE SET {', '.join(f'{f} = excluded.{f}' for f in fields)},"
        " updated_at = excluded.updated_at"
        f" WHERE ({', '.join(f'party_notifications.{f}' for f in fields)}) IS NOT"
        f" ({', '.join(f'excluded.{f}' for f in fields)})",
        rows,
    )


def delete_orphans(conn: sqlcipher3.Connection) -> None:
    conn.execute("DELETE FROM parties WHERE NOT EXISTS (SELECT 1 FROM case_parties WHERE party_id = parties.id)")
