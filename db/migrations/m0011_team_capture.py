"""Team sync (issue 17): the keys of the rows written since the last export.

``team_pending`` receives, from triggers that a vault gets when it enrols in a team
(:func:`db.team.install_capture`), the table and primary key (a JSON array) of every row of
the shared tables, and of ``case_scope``, that is inserted, updated or deleted. An export
compares just those rows with the snapshot last exported, instead of copying and comparing
the whole vault (at 10,000 cases a sync took 11 to 13 s; the budget is 1 s), and then forgets
the entries it read (``seq`` up to the largest read: a row written meanwhile stays noted).
Nothing is stored for vaults in no team: they have no such triggers.

``team_tombstones.received``: the device whose journal deleted the row here (NULL: deleted on
this device). A new record another device adds below a record a third device deleted then
comes back as the same conflict ("they deleted it") whichever of the two journals arrives
first.
"""

from __future__ import annotations


def upgrade(conn) -> None:
    conn.execute("""
        CREATE TABLE team_pending (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tbl TEXT NOT NULL,
            pk  TEXT NOT NULL
        )""")
    conn.execute("ALTER TABLE team_tombstones ADD COLUMN received TEXT")
