"""Two small partial indexes the figures over every case read alone (issue 19, budget:
``stats`` within 500 ms at 50,000 cases).

``events_interim``: the events the interim-measure figures read (desktop.cases.figures: the
grants and the removals), with every column they read. Before, each of them was looked up in
the events table: 11,000 rows scattered over a million, 130–200 ms at 50,000 cases. The
query names the same types in the same words (db.stats.INTERIM_TYPES: SQLite uses a partial
index only for a query whose WHERE repeats the index's own condition).

``cases_learned``: the arrest and learned dates of the cases that have both, for the delay
from arrest to knowledge; before, the whole cases table was read (50–60 ms at 50,000 cases).

Each holds only the rows its condition admits: about one event in fifty, and the cases whose
organisation recorded when it learned of them.
"""

from __future__ import annotations

import sqlcipher3

#: The grant of interim measures and the removals that defy them (this migration's own list:
#: db.stats.INTERIM_TYPES must read the same, and a test checks it).
INTERIM_TYPES = ("interim_measures_granted", "extradited", "handed_over", "abducted")


def upgrade(conn: sqlcipher3.Connection) -> None:
    listed = ", ".join(f"'{t}'" for t in INTERIM_TYPES)
    conn.execute("CREATE INDEX events_interim ON events(type, case_id, date, time, time_approx, body, position)"
                 f" WHERE type IN ({listed})")
    conn.execute("CREATE INDEX cases_learned ON cases(deleted_at, arrest_date, learned_date)"
                 " WHERE arrest_date IS NOT NULL AND learned_date IS NOT NULL")
