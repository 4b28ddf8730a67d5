"""Queries on cases, their charges and events."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlcipher3

from db import detention as detention_queries
from db import groups as group_queries
from db import parties as party_queries
from db import persons as person_queries
from db.records import Case, CaseRow, Charge, Event

#: Columns the case list can sort by, mapped to SQL (all whitelisted, never user text).
SORT_COLUMNS = {
    "reference": "c.reference",
    "person": "p.display_name COLLATE READING",
    "kind": "c.kind",
    "status": "c.status",
    "outcome": "c.outcome",
    "arrest": "c.arrest_lower",
    "region": "c.region COLLATE READING",
    "lawyer": "c.lawyer COLLATE READING",
    "updated": "c.updated_at",
    # The soonest open deadline or custody term; cases without one last, either way.
    "next": "next_utc IS NULL, next_utc",
}

#: Open deadlines and custody terms of the case ``c``, through the case's own covering index
#: (deadlines_next, m0021: the list reads no deadline row, issue 19): SQLite otherwise picks
#: deadlines_open and scans every open deadline for each listed case (tests/db/test_query_plans.py).
# The open deadlines and custody terms of a case still open (a closed case has none to meet,
# as the dashboard counts them: db.deadlines._LIVE_CASE).
_NEXT_DUE = ("FROM deadlines d INDEXED BY deadlines_next WHERE d.case_id = c.id AND c.status = 'open'"
             " AND d.status = 'open' AND d.kind IN ('deadline', 'custody')"
             " AND coalesce(d.override_utc, d.due_utc) IS NOT NULL")


@dataclass(frozen=True)
class CaseFilter:
    status: str | None = None
    kind: str | None = None
    outcome: str | None = None
    lawyer: str | None = None
    region: str | None = None
    article: tuple[str, str, str] | None = None  # (jurisdiction, code, article)
    person_id: str | None = None
    ids: Sequence[str] | None = None  # restrict to these (search results)
    group_id: str | None = None  # members of this case group
    match: str | None = None  # an FTS5 expression from db.search.match_expression
    trash: bool = False
    #: Open cases with an open deadline or custody term due in [due_after_utc, due_before_utc)
    #: (UTC, ISO 8601; either end may be open): "overdue" is before now, "due this week" from
    #: now to the end of the seventh day.
    due_before_utc: str | None = None
    due_after_utc: str | None = None


def _case_row(case: Case, now: str) -> tuple:
    return (
        case.id, case.reference, case.person.id, case.kind, case.status, case.outcome,
        case.arrest_date, case.arrest_lower, case.arrest_upper, case.arrest_place, case.region,
        case.facility, case.lawyer, int(case.state_appointed), int(case.at_risk), case.silence_hours,
        case.summary, case.notes, json.dumps(case.tags, ensure_ascii=False),
        case.learned_date, case.learned_lower, case.learned_upper, case.learned_how, now, now, case.gravity,
    )


def _charge_rows(case: Case, now: str) -> list[tuple]:
    return [
        (c.id, case.id, i, c.jurisdiction, c.code, c.article, c.part, c.note, now, now)
        for i, c in enumerate(case.charges)
    ]


def _event_rows(case: Case, now: str) -> list[tuple]:
    return [
        (e.id, case.id, i, e.type, e.date, e.date_lower, e.date_upper, e.time, e.place,
         e.body, e.text, e.source, int(bool(e.time_approx)), now, now)
        for i, e in enumerate(case.events)
    ]


_INSERT_CASE = (
    "INSERT INTO cases(id, reference, person_id, kind, status, outcome, arrest_date,"
    " arrest_lower, arrest_upper, arrest_place, region, facility, lawyer, state_appointed,"
    " at_risk, silence_hours, summary, notes, tags, learned_date, learned_lower, learned_upper,"
    " learned_how, created_at, updated_at, gravity)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_CHARGE = (
    "INSERT INTO charges(id, case_id, position, jurisdiction, code, article, part, note,"
    " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_EVENT = (
    "INSERT INTO events(id, case_id, position, type, date, date_lower, date_upper, time,"
    " place, body, text, source, time_approx, created_at, updated_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


#: Rows a statement of :func:`_insert_rows` writes at most (15 columns: 7,500 parameters,
#: well under SQLite's 32,766).
_ROWS_A_STATEMENT = 500


def _insert_rows(conn: sqlcipher3.Connection, sql: str, rows: Sequence[tuple]) -> None:
    """``sql`` (an INSERT of one row of VALUES) for every row, in order, up to
    _ROWS_A_STATEMENT rows a statement. The same rows as executemany, but each page the rows
    and their triggers touch is saved to the statement journal once a statement, not once a
    row (SQLCipher encrypts each such copy): the import of 10,000 cases spent more on these
    copies than on the counts of migration m0028's triggers (issue 19)."""
    head, values = sql.rsplit(" VALUES ", 1)
    for start in range(0, len(rows), _ROWS_A_STATEMENT):
        chunk = rows[start:start + _ROWS_A_STATEMENT]
        conn.execute(f"{head} VALUES {', '.join([values] * len(chunk))}", [v for row in chunk for v in row])


def insert_cases(conn: sqlcipher3.Connection, cases: Sequence[Case], *, now: str, new_id,
                 new_persons: bool = True) -> None:
    """Insert whole cases, with their persons unless ``new_persons`` is false (the persons
    exist already). Every id must already be set."""
    if new_persons:
        person_queries.insert_persons(conn, [c.person for c in cases], now=now, new_id=new_id)
    conn.executemany(_INSERT_CASE, [_case_row(c, now) for c in cases])
    for case in cases:
        if case.parties:
            party_queries.sync_case_parties(conn, case.id, case.parties, now=now)
    _insert_rows(conn, _INSERT_CHARGE, [row for c in cases for row in _charge_rows(c, now)])
    _insert_rows(conn, _INSERT_EVENT, [row for c in cases for row in _event_rows(c, now)])
    for case in cases:
        if case.groups:
            group_queries.sync_case_groups(conn, case.id, case.groups, now=now)
        if case.detention:
            detention_queries.sync_detention(conn, case.id, case.detention, now=now)


def update_case(conn: sqlcipher3.Connection, case: Case, *, now: str, new_id) -> None:
    """Write every field of an existing case; charges and events are matched by id."""
    values = (*_case_row(case, now)[1:23], case.gravity)
    conn.execute(
        "UPDATE cases SET reference=?, person_id=?, kind=?, status=?, outcome=?, arrest_date=?,"
        " arrest_lower=?, arrest_upper=?, arrest_place=?, region=?, facility=?, lawyer=?,"
        " state_appointed=?, at_risk=?, silence_hours=?, summary=?, notes=?, tags=?, learned_date=?,"
        " learned_lower=?, learned_upper=?, learned_how=?, gravity=?, updated_at=?"
        f" WHERE id=? AND ({_CASE_FIELDS}, gravity) IS NOT ({','.join('?' * len(values))})",
        (*values, now, case.id, *values),
    )
    person_queries.update_person(conn, case.person, now=now, new_id=new_id)
    party_queries.sync_case_parties(conn, case.id, case.parties, now=now)
    _sync_children(conn, "charges", case.id, _charge_rows(case, now), _INSERT_CHARGE,
                   "UPDATE charges SET position=?, jurisdiction=?, code=?, article=?, part=?,"
                   " note=?, updated_at=? WHERE id=?",
                   lambda r: (*r[2:8], now, r[0]))
    _sync_children(conn, "events", case.id, _event_rows(case, now), _INSERT_EVENT,
                   "UPDATE events SET position=?, type=?, date=?, date_lower=?, date_upper=?,"
                   " time=?, place=?, body=?, text=?, source=?, time_approx=?, updated_at=? WHERE id=?",
                   lambda r: (*r[2:13], now, r[0]))
    group_queries.sync_case_groups(conn, case.id, case.groups, now=now)
    detention_queries.sync_detention(conn, case.id, case.detention, now=now)


def _sync_children(conn, table, case_id, rows, insert_sql, update_sql, update_args) -> None:
    existing = {row[0] for row in conn.execute(f"SELECT id FROM {table} WHERE case_id = ?", (case_id,))}
    wanted = {row[0] for row in rows}
    conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in existing - wanted])
    # Only rows whose fields changed are written (and get a new updated_at): a team journal
    # then carries just the edit (issue 17), and updated_at says when the row really changed.
    fields = update_sql.split(" SET ", 1)[1].split(", updated_at=?", 1)[0].replace("=?", "")
    guarded = update_sql + f" AND ({fields}) IS NOT ({','.join('?' * (fields.count(',') + 1))})"
    conn.executemany(guarded, [(*args, *args[:-2]) for args in (update_args(r) for r in rows if r[0] in existing)])
    conn.executemany(insert_sql, [r for r in rows if r[0] not in existing])


_CASE_FIELDS = ("reference, person_id, kind, status, outcome, arrest_date, arrest_lower, arrest_upper,"
                " arrest_place, region, facility, lawyer, state_appointed, at_risk, silence_hours, summary,"
                " notes, tags, learned_date, learned_lower, learned_upper, learned_how")

_CASE_COLUMNS = (
    "id, reference, person_id, kind, status, outcome, arrest_date, arrest_lower, arrest_upper,"
    " arrest_place, region, facility, lawyer, state_appointed, at_risk, silence_hours, summary,"
    " notes, tags, deleted_at, created_at, updated_at, gravity, learned_date, learned_lower,"
    " learned_upper, learned_how"
)


def get_cases(conn: sqlcipher3.Connection, ids: Sequence[str]) -> list[Case]:
    """Whole cases, in the order of ``ids`` (missing ids are skipped)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT {_CASE_COLUMNS} FROM cases WHERE id IN ({marks})", ids).fetchall()
    persons = person_queries.get_persons(conn, list({r[2] for r in rows}))
    cases: dict[str, Case] = {}
    for r in rows:
        cases[r[0]] = Case(
            id=r[0], reference=r[1], person=persons[r[2]], kind=r[3], status=r[4], outcome=r[5],
            arrest_date=r[6], arrest_lower=r[7], arrest_upper=r[8], arrest_place=r[9],
            region=r[10], facility=r[11], lawyer=r[12], state_appointed=bool(r[13]),
            at_risk=bool(r[14]), silence_hours=r[15], summary=r[16], notes=r[17],
            tags=json.loads(r[18]), deleted_at=r[19], created_at=r[20], updated_at=r[21],
            gravity=r[22], learned_date=r[23], learned_lower=r[24], learned_upper=r[25], learned_how=r[26],
        )
    for cid, pid, jur, code, article, part, note in conn.execute(
        "SELECT case_id, id, jurisdiction, code, article, part, note FROM charges"
        f" WHERE case_id IN ({marks}) ORDER BY case_id, position",
        ids,
    ):
        cases[cid].charges.append(Charge(jur, code, article, part, note, pid))
    for row in conn.execute(
        "SELECT case_id, id, type, date, time, place, body, text, source, date_lower, date_upper,"
        f" time_approx FROM events WHERE case_id IN ({marks}) ORDER BY case_id, position",
        ids,
    ):
        cases[row[0]].events.append(Event(
            type=row[2], date=row[3], time=row[4], place=row[5], body=row[6], text=row[7],
            source=row[8], id=row[1], date_lower=row[9], date_upper=row[10], time_approx=bool(row[11]),
        ))
    for case_id, parties in party_queries.get_case_parties(conn, list(cases)).items():
        cases[case_id].parties = parties
    for case_id, groups in group_queries.get_case_groups(conn, list(cases)).items():
        cases[case_id].groups = groups
    for case_id, places in detention_queries.get_detention(conn, list(cases)).items():
        cases[case_id].detention = places
    return [cases[i] for i in ids if i in cases]


def find_ids(conn: sqlcipher3.Connection, *, references: Iterable[str] = (), ids: Iterable[str] = ()) -> dict[str, str]:
    """Existing cases among the given references and ids: {reference or id: case id}."""
    found: dict[str, str] = {}
    for reference in references:
        row = conn.execute("SELECT id FROM cases WHERE reference = ?", (reference,)).fetchone()
        if row:
            found[reference] = row[0]
    for case_id in ids:
        if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone():
            found[case_id] = case_id
    return found


def all_references(conn: sqlcipher3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT reference FROM cases")}


def reference_candidates(conn: sqlcipher3.Connection, ascii_key: str) -> list[str]:
    """References that may look like one whose key (desktop.cases.service.reference_key) is
    ``ascii_key``: those equal to it ignoring ASCII capitals and spaces at the ends, and every
    reference with a character outside printable ASCII or two spaces in a row (the caller
    compares those in full). One pass over the reference index, no Python string per case."""
    return [r[0] for r in conn.execute(
        "SELECT reference FROM cases WHERE lower(trim(reference)) = ? OR reference GLOB '*[^ -~]*'"
        " OR reference GLOB '*  *'", (ascii_key,))]


def all_ids(conn: sqlcipher3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM cases")}


def _where(flt: CaseFilter) -> tuple[str, list]:
    clauses = ["c.deleted_at IS NOT NULL" if flt.trash else "c.deleted_at IS NULL"]
    args: list = []
    for column, value in (("status", flt.status), ("kind", flt.kind), ("outcome", flt.outcome),
                          ("lawyer", flt.lawyer), ("region", flt.region), ("person_id", flt.person_id)):
        if value is not None:
            clauses.append(f"c.{column} = ?")
            args.append(value)
    if flt.article is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM charges g WHERE g.case_id = c.id AND g.jurisdiction = ?"
            " AND g.code = ? AND g.article = ?)"
        )
        args.extend(flt.article)
    if flt.group_id is not None:
        clauses.append("c.id IN (SELECT case_id FROM case_group_members WHERE group_id = ?)")
        args.append(flt.group_id)
    if flt.ids is not None:
        clauses.append("c.id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(flt.ids)))
    if flt.match is not None:
        clauses.append("c.rowid IN (SELECT rowid FROM search WHERE search MATCH ?)")
        args.append(flt.match)
    if flt.due_before_utc is not None or flt.due_after_utc is not None:
        bounds = ""
        if flt.due_after_utc is not None:
            bounds += " AND coalesce(d.override_utc, d.due_utc) >= ?"
            args.append(flt.due_after_utc)
        if flt.due_before_utc is not None:
            bounds += " AND coalesce(d.override_utc, d.due_utc) < ?"
            args.append(flt.due_before_utc)
        clauses.append(f"EXISTS (SELECT 1 {_NEXT_DUE}{bounds})")
    return " AND ".join(clauses), args


def list_cases(
    conn: sqlcipher3.Connection,
    *,
    where: CaseFilter = CaseFilter(),
    sort: str = "reference",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[CaseRow]:
    clause, args = _where(where)
    order = SORT_COLUMNS[sort] + (" DESC" if descending else "")
    sql = (
        "SELECT c.id, c.reference, p.display_name, c.kind, c.status, c.outcome, c.arrest_date,"
        " c.region, c.lawyer, c.updated_at,"
        f" (SELECT substr(coalesce(d.override_due, d.last_day, d.due), 1, 10) {_NEXT_DUE}"
        "  ORDER BY coalesce(d.override_utc, d.due_utc) LIMIT 1),"
        f" (SELECT min(coalesce(d.override_utc, d.due_utc)) {_NEXT_DUE}) AS next_utc"
        " FROM cases c JOIN persons p ON p.id = c.person_id"
        f" WHERE {clause} ORDER BY {order}, c.reference"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return [CaseRow(*row[:-1]) for row in conn.execute(sql, args)]


def count_cases(conn: sqlcipher3.Connection, *, where: CaseFilter = CaseFilter()) -> int:
    clause, args = _where(where)
    return conn.execute(f"SELECT count(*) FROM cases c WHERE {clause}", args).fetchone()[0]


def distinct_values(conn: sqlcipher3.Connection, column: str) -> list[str]:
    """Values in use for a filter (lawyer, region)."""
    if column not in ("lawyer", "region"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT {column} FROM cases WHERE {column} IS NOT NULL AND deleted_at IS NULL"
        f" ORDER BY {column} COLLATE READING"
    )]


def articles_in_use(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]]:
    """(jurisdiction, code, article) charged in at least one case, most used first."""
    return [tuple(r) for r in conn.execute(
        "SELECT g.jurisdiction, g.code, g.article FROM charges g JOIN cases c ON c.id = g.case_id"
        " WHERE c.deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 1, 2, 3"
    )]


def set_deleted(conn: sqlcipher3.Connection, case_id: str, deleted_at: str | None) -> None:
    conn.execute("UPDATE cases SET deleted_at = ? WHERE id = ?", (deleted_at, case_id))


def purge(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> list[str]:
    """Delete cases for good (their children cascade); returns their persons' ids."""
    person_ids = [
        r[0] for r in conn.execute(
            "SELECT person_id FROM cases WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(case_ids)),),
        )
    ]
    conn.executemany("DELETE FROM cases WHERE id = ?", [(i,) for i in case_ids])
    person_queries.delete_orphans(conn, person_ids)
    party_queries.delete_orphans(conn)
    group_queries.delete_orphans(conn)
    return person_ids


def trashed_ids(conn: sqlcipher3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM cases WHERE deleted_at IS NOT NULL")]
