"""The dashboard reads indexes, not case and deadline rows, for its longest lists (issue 19:
the dashboard computed and shown within 300 ms at 50,000 cases).

At 50,000 cases the rows the dashboard read no longer fit the vault's bounded page cache
(db.vault.CACHE_KIB, 32 MiB), so each refresh decrypted them again: measured, the same
computation took 341-510 ms with that cache and 169 ms with a 128 MiB one. Two indexes
shrink what it reads:

``cases_live`` (open cases not in the trash) also holds ``reference``, ``at_risk`` and
``silence_hours``: the clients in custody or at risk (db.deadlines.watched_cases, about 10,000
at 50,000 cases) are read from the index instead of each case's whole row (82 ms cold).

``deadlines_violated`` (blocks a removal step violated) holds every column its two readers
ask for (the dashboard's bars, the risk band's violations) with the text key ``id``; before,
each row was looked up in the deadlines table (60 ms cold for 664 rows among 405,000).

Indexes only: no column of a shared table changes (desktop.team.service._JOURNALS_UNCHANGED).
"""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("DROP INDEX IF EXISTS cases_live")
    conn.execute("CREATE INDEX cases_live ON cases(id, status, deleted_at, reference, at_risk, silence_hours)"
                 " WHERE status = 'open' AND deleted_at IS NULL")
    conn.execute("DROP INDEX IF EXISTS deadlines_violated")
    conn.execute("CREATE INDEX deadlines_violated ON deadlines(case_id, kind, violated_by, starts, severity, rule_id, id)"
                 " WHERE violated_by IS NOT NULL")
