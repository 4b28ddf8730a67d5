"""Team sync shares the records of issues 15 and 16 (issue 17): notifications given to a
party of a case, groups of cases and their members, places of detention, filings and the
rapid-response checklist's ticks.

No table changes. A vault already in a team had these rows left out of everything it sent,
and its snapshot last exported (the base) may hold them as they were then, so an export that
compared the two would never send them. The migration notes the tables in ``meta`` under
``team.reshare`` (a JSON list): the next sync compares the whole vault with a base that has
none of their rows, so every existing row of them is sent once, and the key is removed (see
:func:`desktop.team.service.sync`). A vault in no team is left as it is.

Journals carry the list of migrations their writer had: a device without this one refuses
the journals of a device with it ("a newer version of Abarona") instead of meeting tables it
does not share.
"""

from __future__ import annotations

import json

import sqlcipher3

TABLES = ("party_notifications", "case_groups", "case_group_members", "detention_places", "filings",
          "checklist_ticks")


def upgrade(conn: sqlcipher3.Connection) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = 'team.id'").fetchone()
    if row is None or not row[0]:
        return
    noted = conn.execute("SELECT value FROM meta WHERE key = 'team.reshare'").fetchone()
    tables = json.loads(noted[0]) if noted and noted[0] else []
    tables += [t for t in TABLES if t not in tables]
    conn.execute("INSERT INTO meta(key, value) VALUES ('team.reshare', ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (json.dumps(tables),))
