"""Queries on persons (clients) and their spellings."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlcipher3

from db.records import Person, PersonName, PersonRow


def _person_row(person: Person, now: str) -> tuple:
    return (
        person.id, person.display_name, person.birth_date, json.dumps(person.citizenship),
        person.hometown, person.residence, person.contact, person.publicity, person.notes,
        now, now,
    )


def _name_rows(person: Person, now: str, new_id) -> list[tuple]:
    spellings = [PersonName(person.display_name, None, person.display_key), *person.names]
    return [
        (new_id(), person.id, position, name.value, name.lang, name.search_key, now, now)
        for position, name in enumerate(spellings)
    ]


def insert_persons(conn: sqlcipher3.Connection, persons: Iterable[Person], *, now: str, new_id) -> None:
    persons = list(persons)
    conn.executemany(
        "INSERT INTO persons(id, display_name, birth_date, citizenship, hometown, residence,"
        " contact, publicity, notes, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [_person_row(p, now) for p in persons],
    )
    conn.executemany(
        "INSERT INTO person_names(id, person_id, position, value, lang, search_key,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        [row for p in persons for row in _name_rows(p, now, new_id)],
    )


def update_person(conn: sqlcipher3.Connection, person: Person, *, now: str, new_id) -> None:
    """Write what changed: the person's row if a field differs, and each spelling by position
    (kept ids, so a team journal carries only the edit: issue 17)."""
    values = (person.display_name, person.birth_date, json.dumps(person.citizenship),
              person.hometown, person.residence, person.contact, person.publicity, person.notes)
    conn.execute(
        "UPDATE persons SET display_name=?, birth_date=?, citizenship=?, hometown=?,"
        " residence=?, contact=?, publicity=?, notes=?, updated_at=? WHERE id=? AND"
        " (display_name, birth_date, citizenship, hometown, residence, contact, publicity, notes)"
        " IS NOT (?,?,?,?,?,?,?,?)",
        (*values, now, person.id, *values),
    )
    existing = {row[0]: row[1:] for row in conn.execute(
        "SELECT position, id, value, lang, search_key FROM person_names WHERE person_id = ?", (person.id,))}
    wanted = _name_rows(person, now, new_id)
    conn.executemany("DELETE FROM person_names WHERE person_id = ? AND position = ?",
                     [(person.id, p) for p in existing if p >= len(wanted)])
    conn.executemany(
        "UPDATE person_names SET value=?, lang=?, search_key=?, updated_at=? WHERE id=?",
        [(r[3], r[4], r[5], now, existing[r[2]][0]) for r in wanted
         if r[2] in existing and existing[r[2]][1:] != (r[3], r[4], r[5])])
    conn.executemany(
        "INSERT INTO person_names(id, person_id, position, value, lang, search_key,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        [r for r in wanted if r[2] not in existing],
    )


def get_persons(conn: sqlcipher3.Connection, ids: list[str]) -> dict[str, Person]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    persons = {
        row[0]: Person(
            id=row[0], display_name=row[1], birth_date=row[2], citizenship=json.loads(row[3]),
            hometown=row[4], residence=row[5], contact=row[6], publicity=row[7], notes=row[8],
        )
        for row in conn.execute(
            "SELECT id, display_name, birth_date, citizenship, hometown, residence, contact,"
            f" publicity, notes FROM persons WHERE id IN ({marks})",
            ids,
        )
    }
    for person_id, position, value, lang, key in conn.execute(
        "SELECT person_id, position, value, lang, search_key FROM person_names"
        f" WHERE person_id IN ({marks}) ORDER BY person_id, position",
        ids,
    ):
        person = persons[person_id]
        if position == 0:
            person.display_key = key
        else:
            person.names.append(PersonName(value, lang, key))
    return persons


def persons_with_key(conn: sqlcipher3.Connection, key: str) -> list[tuple[str, str]]:
    """(person id, display name) of persons one of whose spellings folds to ``key``."""
    return conn.execute(
        "SELECT DISTINCT p.id, p.display_name FROM person_names n"
        " JOIN persons p ON p.id = n.person_id WHERE n.search_key = ?",
        (key,),
    ).fetchall()


def delete_orphans(conn: sqlcipher3.Connection, person_ids: Iterable[str]) -> None:
    """Delete persons that no case refers to any more."""
    conn.executemany(
        "DELETE FROM persons WHERE id = ? AND NOT EXISTS"
        " (SELECT 1 FROM cases WHERE person_id = persons.id)",
        [(pid,) for pid in person_ids],
    )


def list_persons(conn: sqlcipher3.Connection, *, ids: list[str] | None = None,
                 limit: int | None = None, offset: int = 0) -> list[PersonRow]:
    """Persons with at least one case not in the trash, by name (or in the order of ``ids``)."""
    where, args = "", []
    if ids is not None:
        where = " AND p.id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(ids))
    sql = (
        "SELECT p.id, p.display_name,"
        " (SELECT group_concat(value, ', ') FROM (SELECT value FROM person_names n"
        "   WHERE n.person_id = p.id AND n.position > 0 ORDER BY n.position)),"
        " p.birth_date, count(c.id)"
        " FROM persons p JOIN cases c ON c.person_id = p.id AND c.deleted_at IS NULL"
        f" WHERE 1{where} GROUP BY p.id ORDER BY p.display_name COLLATE READING, p.id"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return [PersonRow(r[0], r[1], r[2] or "", r[3], r[4]) for r in conn.execute(sql, args)]


def count_persons(conn: sqlcipher3.Connection, *, ids: list[str] | None = None) -> int:
    where, args = "", []
    if ids is not None:
        where = " AND p.id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(ids))
    return conn.execute(
        "SELECT count(DISTINCT p.id) FROM persons p JOIN cases c ON c.person_id = p.id"
        f" AND c.deleted_at IS NULL WHERE 1{where}", args).fetchone()[0]


def find_persons(conn: sqlcipher3.Connection, key_prefixes: list[str]) -> list[str]:
    """Persons one of whose name words starts with every key (folded search)."""
    if not key_prefixes:
        return []
    clauses = " AND ".join(
        "(' ' || n.search_key) LIKE ?" for _ in key_prefixes)
    args = ["% " + k.replace("%", "").replace("_", "") + "%" for k in key_prefixes]
    return [r[0] for r in conn.execute(
        f"SELECT DISTINCT n.person_id FROM person_names n WHERE {clauses}", args)]


def name_keys(conn: sqlcipher3.Connection) -> list[tuple[str, str, str]]:
    """(spelling id, spelling, its stored search key) of every name spelling of every person."""
    return conn.execute("SELECT id, value, search_key FROM person_names").fetchall()


def set_name_keys(conn: sqlcipher3.Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Store new search keys: (spelling id, key) pairs. The spellings' ``updated_at`` stays:
    the words the user wrote did not change."""
    conn.executemany("UPDATE person_names SET search_key = ? WHERE id = ?", [(k, i) for i, k in keys])


def exists(conn: sqlcipher3.Connection, person_id: str) -> bool:
    return conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone() is not None
