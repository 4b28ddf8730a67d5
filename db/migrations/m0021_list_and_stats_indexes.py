"""Indexes for opening on the case list and for the figures over all cases (issue 19: open
and list the first 100 cases within 10 ms, ``stats`` within 150 ms at 10,000 cases).

``deadlines_next``: each case's open deadlines and custody terms, in the order they fall due,
with every column the case list's "Next due" reads (db.cases._NEXT_DUE). A partial index:
only open deadlines of those two kinds (about one in eight rows). The list read each listed
case's deadline rows from the table; now it reads the index alone (``EXPLAIN QUERY PLAN``:
USING COVERING INDEX). The columns of its WHERE clause are in it as well: SQLite does not
treat them as present otherwise (see m0008).

``cases_trash``: the cases in the trash (a partial index: few rows). :func:`db.stats.compute`
counts charges and events over every case and takes away those of the trash, instead of
looking up the case of each of 200,000 events.

``charges_article`` gains ``case_id``, so that cases per article are counted from the index
alone; the filter by article (db.cases) reads it by its first three columns as before.
"""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("CREATE INDEX deadlines_next ON deadlines(case_id, coalesce(override_utc, due_utc),"
                 " override_due, last_day, due, override_utc, due_utc, status, kind)"
                 " WHERE status = 'open' AND kind IN ('deadline', 'custody')")
    conn.execute("CREATE INDEX cases_trash ON cases(id) WHERE deleted_at IS NOT NULL")
    conn.execute("DROP INDEX IF EXISTS charges_article")
    conn.execute("CREATE INDEX charges_article ON charges(jurisdiction, code, article, case_id)")
