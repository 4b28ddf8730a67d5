"""The removal-risk band reads its candidates' events from one small covering index (issue 16:
the dashboard with the risk band within 100 ms at 10,000 cases, measured right after a write).

Before, the band read every event of each candidate case through ``events_case`` and looked
each row up in the events table to test its type: at 10,000 synthetic cases, 1,069 candidates
meant about 21,000 rows read for 3,136 kept, 24 ms of CPU of the band's 49.

``events_risk`` holds, for the event types that open or close a window (less contacts and
locatings, the most frequent events, which only close a lost contact and are read for the few
cases that have one), the columns the band reads, ordered as it reads them (case, first
possible day, time, position). The type list is this migration's own (a migration never
changes): db.rapid reads through the index only the types in it, and a test checks that
desktop.rapid.risk's types are among them.

An index only: no column of a shared table changes (desktop.team.service._JOURNALS_UNCHANGED).
"""

from __future__ import annotations

import sqlcipher3

#: The types the index holds (desktop.rapid.risk.RELEVANT less its LOST_ONLY, in 2026).
TYPES = ("transfer_date_set", "expulsion_ordered", "decision_final", "extradited", "handed_over", "deported",
         "abducted", "left_country", "extradition_refused", "asylum_granted", "temporary_asylum_granted",
         "contact_lost", "release", "released_from_prison", "rearrest", "arrest", "extradition_granted",
         "appeal_filed")
#: The index's WHERE clause, as a query must repeat it for SQLite to use the index.
WHERE = "type IN (" + ",".join(f"'{t}'" for t in TYPES) + ")"


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("CREATE INDEX events_risk ON events(case_id, date_lower, time, position, type, id, date,"
                 f" date_upper, place) WHERE {WHERE}")
