"""The logical digest of a copy: equal exactly when the content is equal, whatever it holds."""

from __future__ import annotations

import hashlib

import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from db import backup as copies

_VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.binary(max_size=12),
)
_ROWS = st.lists(st.tuples(_VALUES, _VALUES), max_size=6)


def _db(rows, meta=()) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    conn.execute("CREATE TABLE t (a, b)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", rows)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta)
    return conn


def _same(x, y) -> bool:
    """Equal as SQLite stores them: by type and value (1 and 1.0 are different; -0.0 is 0.0)."""
    if isinstance(x, float) and isinstance(y, float):
        return x == y
    return type(x) is type(y) and x == y


@settings(max_examples=300, deadline=None)
@given(_ROWS, _ROWS)
def test_digest_is_equal_exactly_when_the_rows_are(first, second):
    same = len(first) == len(second) and all(
        _same(a, c) and _same(b, d) for (a, b), (c, d) in zip(first, second))
    one, two = _db(first), _db(second)
    assert (copies.digest(one)[0] == copies.digest(two)[0]) == same
    assert copies.digest(one)[1] == {"meta": 0, "t": len(first)}


@given(_ROWS)
@settings(max_examples=50, deadline=None)
def test_the_copys_own_description_is_left_out(rows):
    plain = _db(rows, [("vault_id", "x")])
    described = _db(rows, [("vault_id", "x"), ("file.digest", "abc"), ("file.kind", "backup")])
    assert copies.digest(plain) == copies.digest(described)
    assert copies.digest(plain)[0] != copies.digest(_db(rows, [("vault_id", "y")]))[0]


def test_rows_are_read_in_chunks_without_losing_any(monkeypatch):
    rows = [(i, "ў" * i) for i in range(10)]
    whole = copies.digest(_db(rows))
    monkeypatch.setattr(copies, "_DIGEST_ROWS", 3)
    ticks = []
    assert copies.digest(_db(rows), tick=ticks.append) == whole
    assert sum(ticks) == 10 and len(ticks) == 4
    assert copies.digest(_db(rows[:9] + [(9, "ў" * 8)]))[0] != whole[0]


def test_floats_differing_in_the_last_bit_differ():
    import math

    x = 0.1
    assert copies.digest(_db([(x, None)]))[0] != copies.digest(_db([(math.nextafter(x, 1), None)]))[0]


_ROWS_OF_THREE = st.lists(st.tuples(_VALUES, _VALUES, _VALUES), min_size=1, max_size=6)


@given(_ROWS_OF_THREE)
@settings(max_examples=200, deadline=None)
def test_digests_are_those_of_earlier_releases(rows):
    """A row's text is built with concat_ws() now, with a chain of || before: the same text,
    so backups, packages and seals made by earlier releases still verify."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("CREATE TABLE t (a, b, c)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
    earlier = "||','||".join(f"quote({c})" for c in "abc")
    assert copies._CONCAT_WS, "the SQLite linked has concat_ws() (3.44 or later)"
    now = copies._row_text(["a", "b", "c"])
    assert conn.execute(f"SELECT count(*) FROM t WHERE ({earlier}) IS NOT ({now})").fetchone()[0] == 0
    earlier_digest = hashlib.sha256(f"t\x1fa,b,c\n".encode() + "".join(
        line + "\n" for (line,) in conn.execute(f"SELECT {earlier} FROM t ORDER BY rowid")
    ).encode("utf-8", "surrogatepass")).hexdigest()
    assert copies.table_digest(conn, "t")[0] == earlier_digest
