"""The removal-risk band (issue 16) finds its candidate cases from the event types and dates
alone: an index that covers (type, case_id, date_lower, date_upper) answers that without
reading the events table (10,000 cases: 260 -> 50 ms)."""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("CREATE INDEX events_type_dates ON events(type, case_id, date_lower, date_upper)")
