"""The full-text index: one row per case with its folded names and its text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

import sqlcipher3


def index_cases(conn: sqlcipher3.Connection, docs: Iterable[tuple[str, str, str]]) -> None:
    """(case id, folded names, text) for each case; replaces what was indexed before."""
    docs = list(docs)
    remove_cases(conn, [d[0] for d in docs])
    conn.executemany(
        "INSERT INTO search(rowid, names, text) SELECT rowid, ?, ? FROM cases WHERE id = ?",
        [(names, text, case_id) for case_id, names, text in docs],
    )


def index_new_cases(conn: sqlcipher3.Connection, docs: Sequence[tuple[str, str, str]]) -> None:
    """(case id, folded names, text) for cases inserted in this transaction and never indexed
    (an import's chunk): their rowids are read in one query and the rows go in rowid order,
    a third of the time ``index_cases`` spends finding each case's rowid and removing what
    was never there (issue 19, cause 4). Raises KeyError for an id that is not in ``cases``."""
    if not docs:
        return
    ids = [d[0] for d in docs]
    rowids = dict(conn.execute(
        "SELECT id, rowid FROM cases WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)))
    conn.executemany("INSERT INTO search(rowid, names, text) VALUES (?, ?, ?)",
                     sorted((rowids[case_id], names, text) for case_id, names, text in docs))


def refold_requested(conn: sqlcipher3.Connection) -> bool:
    """True when a migration asked for every stored name key and the index to be derived
    again (meta ``names_refold``, set by m0016)."""
    return conn.execute("SELECT 1 FROM meta WHERE key = 'names_refold'").fetchone() is not None


def clear_refold_request(conn: sqlcipher3.Connection) -> None:
    conn.execute("DELETE FROM meta WHERE key = 'names_refold'")


def remove_cases(conn: sqlcipher3.Connection, case_ids: Sequence[str]) -> None:
    conn.executemany(
        "DELETE FROM search WHERE rowid = (SELECT rowid FROM cases WHERE id = ?)",
        [(i,) for i in case_ids],
    )


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(terms: Sequence[tuple[str, str]]) -> str | None:
    """The FTS5 query for (folded key, raw word) terms: every term must match, each in the
    folded names (as a prefix of the key) or in the text (as a prefix of the word). User
    text never reaches FTS syntax unquoted. None when no term has anything to look for."""
    parts = []
    for key, raw in terms:
        alternatives = []
        if key:
            alternatives.append(f"names : {_quote(key)}*")
        if raw.strip():
            alternatives.append(f"text : {_quote(raw)}*")
        if alternatives:
            parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) if parts else None


def find(
    conn: sqlcipher3.Connection,
    terms: Sequence[tuple[str, str]],
    *,
    trash: bool = False,
    limit: int | None = None,
) -> list[str]:
    """Case ids matching every term (see match_expression), best first."""
    expression = match_expression(terms)
    if expression is None:
        return []
    sql = (
        "SELECT c.id FROM search JOIN cases c ON c.rowid = search.rowid"
        f" WHERE search MATCH ? AND c.deleted_at IS {'NOT ' if trash else ''}NULL"
        " ORDER BY search.rank"
    )
    args: list = [expression]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [row[0] for row in conn.execute(sql, args)]
