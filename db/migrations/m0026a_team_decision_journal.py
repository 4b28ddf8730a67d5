"""Team sync (issue 17): which of this device's journals carries a decision.

``team_conflicts.sent_in``: for a conflict decided on this device, the sequence number of the
journal that sends the decision to the team (the next one this device writes). Two devices that
decide one edit conflict each for their own version at the same time each send their version
as an answer to the other's: before, each then took the other's silently, and the two ended
swapped. A journal that changes a field of such a record, written before its writer applied the
decision's journal (its ``file.seen``), is now kept as a new conflict instead.

No table a journal carries changes: journals of a device without this migration still apply
(desktop.team.service._JOURNALS_UNCHANGED).
"""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("ALTER TABLE team_conflicts ADD COLUMN sent_in INTEGER")
