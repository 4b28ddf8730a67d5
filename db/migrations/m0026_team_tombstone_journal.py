"""Team sync (issue 17): which of this device's journals carried a deletion.

``team_tombstones.journal``: for a row deleted on this device (``received`` NULL), the
sequence number of this device's journal that sent the deletion; NULL for a deletion received
from another device, and for tombstones written before this migration. A journal of another
device that inserts such a row again (a case or record kept there by a decision, sent again
whole) is then told apart: if its writer had applied that journal (its ``file.seen``), the
insert answers this deletion and is taken; if not, the two crossed (this device deleted it while
the other kept it) and the row comes back as a conflict to decide, never silently taken on one
side and deleted on the other.

No table a journal carries changes: journals of a device without this migration still apply
(desktop.team.service._JOURNALS_UNCHANGED).
"""

from __future__ import annotations

import sqlcipher3


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("ALTER TABLE team_tombstones ADD COLUMN journal INTEGER")
