"""Names are folded anew (issue 14, items 7 and 8): folding now drops format characters (a
soft hyphen or a zero-width space pasted inside a name, Unicode category Cf) and follows one
table for search, duplicates and screening. The search keys a vault stored before were folded
the old way, so a client whose name held such a character stayed hidden from search after
the upgrade. This migration only asks (meta ``names_refold``); the program derives the keys
and the index again on the next opening (desktop.cases.service.refold_names), because the
folding rules live in desktop/, not in SQL. A new vault has none, so opening it writes nothing.
"""

from __future__ import annotations


def upgrade(conn) -> None:
    if conn.execute("SELECT 1 FROM person_names LIMIT 1").fetchone():
        conn.execute("INSERT INTO meta(key, value) VALUES ('names_refold', '1')"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
