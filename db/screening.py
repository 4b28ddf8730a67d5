"""Queries on wanted lists: their versions, entries, the clients they matched, decisions."""

from __future__ import annotations

import itertools
import json
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlcipher3


@dataclass(frozen=True, slots=True)
class WantedList:
    id: str
    source: str
    published: str | None
    file_name: str | None
    entries: int
    threshold: float
    screened_at: str | None
    created_at: str


@dataclass(slots=True)
class WantedEntry:
    name: str
    birth_text: str | None = None
    birth_date: str | None = None  # EDTF
    place: str | None = None
    article: str | None = None
    listed_on: str | None = None
    source: str | None = None
    identity: str = ""
    position: int = 0
    id: str | None = None
    list_id: str | None = None


@dataclass(frozen=True, slots=True)
class ClientNames:
    """A client as screening needs it: every spelling and the birth date."""

    person_id: str
    display_name: str
    birth_date: str | None
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NewMatch:
    entry_id: str
    person_id: str
    score: float
    spelling: str
    explanation: str  # JSON


@dataclass(frozen=True, slots=True)
class MatchRow:
    """One client matched by one entry of a list, with the lawyers' decision."""

    id: str
    list_id: str
    list_source: str
    list_published: str | None
    entry_id: str
    entry_name: str
    entry_birth: str | None  # as the list writes it
    entry_birth_date: str | None  # EDTF
    entry_place: str | None
    entry_article: str | None
    entry_listed_on: str | None
    identity: str
    person_id: str
    person_name: str
    person_birth: str | None
    spelling: str
    score: float
    explanation: str  # JSON
    decision: str | None  # confirmed, dismissed, or None (open)
    decision_note: str | None
    case_ids: tuple[str, ...]
    case_references: tuple[str, ...]


_LIST_COLUMNS = "id, source, published, file_name, entries, threshold, screened_at, created_at"


def insert_list(conn: sqlcipher3.Connection, wanted: WantedList, *, now: str) -> None:
    conn.execute(
        f"INSERT INTO wanted_lists({_LIST_COLUMNS}, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (wanted.id, wanted.source, wanted.published, wanted.file_name, wanted.entries,
         wanted.threshold, wanted.screened_at, now, now),
    )


def insert_entries(conn: sqlcipher3.Connection, list_id: str, entries: Sequence[WantedEntry], *,
                   now: str, new_id) -> None:
    for entry in entries:
        entry.id = entry.id or new_id()
        entry.list_id = list_id
    conn.executemany(
        "INSERT INTO wanted_entries(id, list_id, position, name, birth_text, birth_date, place,"
        " article, listed_on, source, identity, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(e.id, list_id, e.position, e.name, e.birth_text, e.birth_date, e.place, e.article,
          e.listed_on, e.source, e.identity, now, now) for e in entries],
    )


def _wanted_list(row) -> WantedList:
    return WantedList(*row)


def get_list(conn: sqlcipher3.Connection, list_id: str) -> WantedList | None:
    row = conn.execute(f"SELECT {_LIST_COLUMNS} FROM wanted_lists WHERE id = ?", (list_id,)).fetchone()
    return _wanted_list(row) if row else None


_NEWEST_FIRST = "ORDER BY coalesce(published, substr(created_at, 1, 10)) DESC, created_at DESC, id DESC"


def list_lists(conn: sqlcipher3.Connection, *, source: str | None = None) -> list[WantedList]:
    """Every imported list, newest first (by the date it is as of, then import time)."""
    where, args = ("WHERE source = ?", [source]) if source is not None else ("", [])
    return [_wanted_list(r) for r in conn.execute(
        f"SELECT {_LIST_COLUMNS} FROM wanted_lists {where} {_NEWEST_FIRST}", args)]


def latest_lists(conn: sqlcipher3.Connection) -> list[WantedList]:
    """The newest list of every source."""
    newest: dict[str, WantedList] = {}
    for wanted in list_lists(conn):
        newest.setdefault(wanted.source, wanted)
    return list(newest.values())


def previous_list(conn: sqlcipher3.Connection, list_id: str) -> WantedList | None:
    """The list of the same source just before this one."""
    lists = [w for w in list_lists(conn, source=_source_of(conn, list_id))]
    ids = [w.id for w in lists]
    if list_id not in ids:
        return None
    position = ids.index(list_id)
    return lists[position + 1] if position + 1 < len(lists) else None


def _source_of(conn: sqlcipher3.Connection, list_id: str) -> str | None:
    row = conn.execute("SELECT source FROM wanted_lists WHERE id = ?", (list_id,)).fetchone()
    return row[0] if row else None


def sources(conn: sqlcipher3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT source FROM wanted_lists ORDER BY source")]


def delete_list(conn: sqlcipher3.Connection, list_id: str) -> None:
    conn.execute("DELETE FROM wanted_lists WHERE id = ?", (list_id,))


_ENTRY_COLUMNS = ("id, list_id, position, name, birth_text, birth_date, place, article, listed_on,"
                  " source, identity")


def _entry(row) -> WantedEntry:
    return WantedEntry(id=row[0], list_id=row[1], position=row[2], name=row[3], birth_text=row[4],
                       birth_date=row[5], place=row[6], article=row[7], listed_on=row[8],
                       source=row[9], identity=row[10])


def entries(conn: sqlcipher3.Connection, list_id: str) -> list[WantedEntry]:
    return [_entry(r) for r in conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM wanted_entries WHERE list_id = ? ORDER BY position", (list_id,))]


def entries_not_in(conn: sqlcipher3.Connection, list_id: str, other_id: str) -> list[WantedEntry]:
    """Entries of ``list_id`` whose identity does not occur in ``other_id``."""
    return [_entry(r) for r in conn.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM wanted_entries e WHERE e.list_id = ? AND NOT EXISTS"
        " (SELECT 1 FROM wanted_entries o WHERE o.list_id = ? AND o.identity = e.identity)"
        " ORDER BY e.position", (list_id, other_id))]


def client_names(conn: sqlcipher3.Connection) -> list[ClientNames]:
    """Every person with a case outside the trash, with all spellings (display name first).

    Three sequential scans put together in Python: reading the spellings through an ``IN``
    subquery and the (person, position) index fetched every row out of order, twice as slow
    on an encrypted vault, where each page read is decrypted. The spellings are sorted and
    grouped by the engine's own code (list.sort, itertools.groupby), not row by row in
    Python: a third less time at 50,000 clients (issue 19)."""
    live = {row[0] for row in conn.execute("SELECT person_id FROM cases WHERE deleted_at IS NULL")}
    rows = conn.execute("SELECT person_id, position, value FROM person_names").fetchall()
    rows.sort()  # by person, then position (then value, as sorting (position, value) did)
    spellings = {person_id: tuple(map(_third, group)) for person_id, group in itertools.groupby(rows, _first)}
    return [ClientNames(pid, name, birth, spellings.get(pid) or (name,))
            for pid, name, birth in conn.execute("SELECT id, display_name, birth_date FROM persons")
            if pid in live]


_first, _third = operator.itemgetter(0), operator.itemgetter(2)


def person_of_case(conn: sqlcipher3.Connection, case_id: str) -> str | None:
    row = conn.execute("SELECT person_id FROM cases WHERE id = ?", (case_id,)).fetchone()
    return row[0] if row else None


def changes_seen(conn: sqlcipher3.Connection) -> tuple[int, int]:
    """(rows this connection changed since it opened, changes by other connections)."""
    return (conn.execute("SELECT total_changes()").fetchone()[0],
            conn.execute("PRAGMA data_version").fetchone()[0])


def replace_matches(conn: sqlcipher3.Connection, list_id: str, matches: Iterable[NewMatch], *,
                    now: str, new_id) -> int:
    conn.execute("DELETE FROM wanted_matches WHERE list_id = ?", (list_id,))
    rows = [(new_id(), list_id, m.entry_id, m.person_id, m.score, m.spelling, m.explanation, now, now)
            for m in matches]
    conn.executemany(
        "INSERT INTO wanted_matches(id, list_id, entry_id, person_id, score, spelling, explanation,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("UPDATE wanted_lists SET screened_at = ?, updated_at = ? WHERE id = ?", (now, now, list_id))
    return len(rows)


_MATCH_SELECT = (
    "SELECT m.id, m.list_id, l.source, l.published, e.id, e.name, e.birth_text, e.birth_date,"
    " e.place, e.article, e.listed_on, e.identity, p.id, p.display_name, p.birth_date, m.spelling,"
    " m.score, m.explanation, d.decision, d.note"
    " FROM wanted_matches m"
    " JOIN wanted_lists l ON l.id = m.list_id"
    " JOIN wanted_entries e ON e.id = m.entry_id"
    " JOIN persons p ON p.id = m.person_id"
    " LEFT JOIN wanted_decisions d ON d.person_id = m.person_id AND d.identity = e.identity"
)


def _cases_of(conn: sqlcipher3.Connection, person_ids: set[str]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """{person id: ((case ids...), (references...))} of the persons' cases outside the trash,
    by reference: one query for all of them (not a subquery for every match: issue 19, a
    list of ten thousand matches is shown at once)."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    if person_ids:
        for person_id, case_id, reference in conn.execute(
                "SELECT c.person_id, c.id, c.reference FROM json_each(?) k CROSS JOIN cases c"
                " WHERE c.person_id = k.value AND c.deleted_at IS NULL ORDER BY c.reference",
                (json.dumps(sorted(person_ids)),)):
            ids, references = found.setdefault(person_id, ([], []))
            ids.append(case_id)
            references.append(reference)
    return {person_id: (tuple(ids), tuple(references)) for person_id, (ids, references) in found.items()}


def matches(
    conn: sqlcipher3.Connection,
    *,
    list_ids: Sequence[str] | None = None,
    person_id: str | None = None,
    match_ids: Sequence[str] | None = None,
    open_only: bool = False,
) -> list[MatchRow]:
    """Matches, best first, with each one's decision (None while nobody decided)."""
    found = match_rows(conn, list_ids=list_ids, person_id=person_id, match_ids=match_ids, open_only=open_only)
    return [found.row(i) for i in range(len(found.raw))]


@dataclass(frozen=True, slots=True)
class MatchRows:
    """Matches as the engine gave them, each made a :class:`MatchRow` only when asked for
    (:meth:`row`): a list of ten thousand matches is read at once and shown a screenful at
    a time (issue 19). ``raw[i]`` holds the first 20 fields of MatchRow in its order; ``cases``
    the case ids and references of each person."""

    raw: list[tuple]
    cases: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]

    PERSON, IDENTITY, DECISION = 12, 11, 18  # positions in ``raw``

    def row(self, i: int) -> MatchRow:
        """The match at ``i`` (IndexError beyond)."""
        raw = self.raw[i]
        return MatchRow(*raw, *self.cases.get(raw[12], ((), ())))


def match_rows(
    conn: sqlcipher3.Connection,
    *,
    list_ids: Sequence[str] | None = None,
    person_id: str | None = None,
    match_ids: Sequence[str] | None = None,
    open_only: bool = False,
) -> MatchRows:
    """:func:`matches`, read but not yet made records (:class:`MatchRows`)."""
    clauses, args = [], []
    if list_ids is not None:
        clauses.append("m.list_id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(list_ids)))
    if match_ids is not None:
        clauses.append("m.id IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(list(match_ids)))
    if person_id is not None:
        clauses.append("m.person_id = ?")
        args.append(person_id)
    if open_only:
        clauses.append("d.decision IS NULL")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"{_MATCH_SELECT}{where} ORDER BY m.score DESC, e.position, p.display_name"
    rows = conn.execute(sql, args).fetchall()
    return MatchRows(rows, _cases_of(conn, {r[12] for r in rows}))


def match_counts(conn: sqlcipher3.Connection, list_id: str, previous_id: str | None) -> tuple[int, int, int]:
    """(open, confirmed, open and new) matches of one list, as :func:`matches` reads them: new
    when the entry's identity is not on the list ``previous_id`` (every one without it)."""
    row = conn.execute(
        "SELECT total(d.decision IS NULL), total(d.decision = 'confirmed'),"
        " total(d.decision IS NULL AND NOT EXISTS"
        "  (SELECT 1 FROM wanted_entries o WHERE o.identity = e.identity AND o.list_id = ?))"
        " FROM wanted_matches m"
        " JOIN wanted_lists l ON l.id = m.list_id"
        " JOIN wanted_entries e ON e.id = m.entry_id"
        " JOIN persons p ON p.id = m.person_id"
        " LEFT JOIN wanted_decisions d ON d.person_id = m.person_id AND d.identity = e.identity"
        " WHERE m.list_id = ?", (previous_id, list_id)).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def identities(conn: sqlcipher3.Connection, list_id: str) -> set[str]:
    """The identities of a list's entries."""
    return {r[0] for r in conn.execute("SELECT identity FROM wanted_entries WHERE list_id = ?", (list_id,))}


def count_matches(conn: sqlcipher3.Connection, list_id: str) -> tuple[int, int]:
    """(all matches, open ones) of one list."""
    row = conn.execute(
        "SELECT count(*), total(d.decision IS NULL) FROM wanted_matches m"
        " JOIN wanted_entries e ON e.id = m.entry_id"
        " LEFT JOIN wanted_decisions d ON d.person_id = m.person_id AND d.identity = e.identity"
        " WHERE m.list_id = ?", (list_id,)).fetchone()
    return int(row[0]), int(row[1])


def get_decision(conn: sqlcipher3.Connection, person_id: str, identity: str) -> tuple[str, str | None] | None:
    row = conn.execute("SELECT decision, note FROM wanted_decisions WHERE person_id = ? AND identity = ?",
                       (person_id, identity)).fetchone()
    return (row[0], row[1]) if row else None


def set_decision(conn: sqlcipher3.Connection, person_id: str, identity: str, decision: str | None,
                 note: str | None, *, now: str, new_id) -> None:
    """Record (or, with None, withdraw) the decision on a person and an entry identity."""
    if decision is None:
        conn.execute("DELETE FROM wanted_decisions WHERE person_id = ? AND identity = ?", (person_id, identity))
        return
    conn.execute(
        "INSERT INTO wanted_decisions(id, person_id, identity, decision, note, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT(person_id, identity) DO UPDATE SET"
        " decision = excluded.decision, note = excluded.note, updated_at = excluded.updated_at",
        (new_id(), person_id, identity, decision, note, now, now),
    )


def reassign_person(conn: sqlcipher3.Connection, from_id: str, to_id: str, *, now: str) -> None:
    """Move a merged person's matches and decisions to the person kept. A confirmation
    always carries over; a dismissal only where the kept person had no open match for the
    same entry (a match somebody has not looked at must not be dismissed unseen)."""
    conn.execute(
        "INSERT INTO wanted_decisions(id, person_id, identity, decision, note, created_at, updated_at)"
        " SELECT id || '-merged', ?, identity, decision, note, created_at, ? FROM wanted_decisions"
        " WHERE person_id = ? AND decision = 'confirmed'"
        " ON CONFLICT(person_id, identity) DO UPDATE SET decision = 'confirmed',"
        " note = coalesce(excluded.note, note), updated_at = excluded.updated_at",
        (to_id, now, from_id))
    conn.execute(
        "INSERT OR IGNORE INTO wanted_decisions(id, person_id, identity, decision, note, created_at, updated_at)"
        " SELECT d.id || '-merged', ?, d.identity, d.decision, d.note, d.created_at, ? FROM wanted_decisions d"
        " WHERE d.person_id = ? AND d.decision = 'dismissed' AND NOT EXISTS"
        " (SELECT 1 FROM wanted_matches m JOIN wanted_entries e ON e.id = m.entry_id"
        "  WHERE m.person_id = ? AND e.identity = d.identity)",
        (to_id, now, from_id, to_id))
    conn.execute("DELETE FROM wanted_decisions WHERE person_id = ?", (from_id,))
    conn.execute(
        "UPDATE OR IGNORE wanted_matches SET person_id = ?, updated_at = ? WHERE person_id = ?",
        (to_id, now, from_id))
    conn.execute("DELETE FROM wanted_matches WHERE person_id = ?", (from_id,))
