"""The dashboard's two hot indexes really cover their queries (issue 19, cause 2).

``deadlines_open`` was described as covering, but ``deadlines`` is a rowid table whose text
primary key ``id`` was not in the index, so every key :func:`db.deadlines.open_keys` read cost
a look-up in the table. With ``id`` as its last column the key queries read the index alone
(``EXPLAIN QUERY PLAN``: USING COVERING INDEX). Measured on 50,000 cases: the overdue query
went from 66–93 ms to 4–6 ms and the whole dashboard ran 1.97× faster, with identical results.

``cases_live`` (open cases not in the trash, a partial index) held only ``id``; SQLite does not
treat the columns of its WHERE clause as present, so :func:`db.deadlines.live_case_ids` read
every open case's row. With ``status`` and ``deleted_at`` in the index it reads the index alone.
"""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("DROP INDEX IF EXISTS deadlines_open")
    conn.execute("CREATE INDEX deadlines_open ON deadlines"
                 "(status, kind, coalesce(override_utc, due_utc), case_id, met_event_id, id)")
    conn.execute("DROP INDEX IF EXISTS cases_live")
    conn.execute("CREATE INDEX cases_live ON cases(id, status, deleted_at)"
                 " WHERE status = 'open' AND deleted_at IS NULL")
