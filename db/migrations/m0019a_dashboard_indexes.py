"""Two small partial indexes for the dashboard (issue 11, budget: computed and shown in
100 ms at 10,000 cases, with blocks and release watches):

- ``deadlines_blocks``: the bars to removal in force (``db.deadlines.blocks_to_show``) are read
  from the index alone: every open block's severity, rule, start and end were looked up in the
  table before (1,884 rows at 10,000 cases).
- ``detention_unknown``: the open "whereabouts unknown" entries of the detention history,
  found without reading the whole history (``db.deadlines.watched_cases``, which now finds the
  cases marked at risk by the first schema's ``cases_at_risk``: before, its query read every
  open case to find the few marked or without a known place).

Only rows of those kinds are in them, so they cost little to keep.
"""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("CREATE INDEX IF NOT EXISTS deadlines_blocks ON deadlines(status, met_event_id, last_day, violated_by,"
                 " starts, severity, rule_id, case_id, id) WHERE kind = 'block'")
    conn.execute("CREATE INDEX IF NOT EXISTS detention_unknown ON detention_places(case_id, since_lower, position)"
                 " WHERE unknown = 1 AND until IS NULL")
