"""Issue 11: deadlines in the local time of the place of proceedings, caveats, block violations,
overrides that remember their trigger, and the gravity of a case's offence.

- deadlines.zone: IANA zone of the place of proceedings (NULL: Moscow, as before);
- deadlines.caveats: JSON list of caveat codes (desktop.deadlines.terms.CAVEATS), NULL: none;
- deadlines.violated_by: for a block, the first removal step recorded while it was in force;
- deadlines.override_trigger: the trigger (type|date|time|place) when the lawyer overrode the
  date; a different trigger now flags the override until the lawyer confirms it. Existing
  overrides get their trigger as it stands, so nothing is flagged by the upgrade;
- cases.gravity: small, medium, grave or especially_grave (RU Criminal Code art. 15), NULL:
  not known.
Derived deadlines, if the vault has any, are recomputed by the program on the next opening
(meta ``deadlines_recompute``): the rules and the counting changed with this version. A new
vault has none, so opening it writes nothing.
"""

from __future__ import annotations


def _add(conn, table: str, column: str, decl: str) -> None:
    """Add a column unless it is there (a vault relabelled as older must not break)."""
    if column not in {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")


def upgrade(conn) -> None:
    _add(conn, "deadlines", "zone", "TEXT")
    _add(conn, "deadlines", "caveats", "TEXT")
    _add(conn, "deadlines", "violated_by", "TEXT")
    _add(conn, "deadlines", "override_trigger", "TEXT")
    _add(conn, "cases", "gravity", "TEXT CHECK (gravity IN ('small','medium','grave','especially_grave'))")
    conn.execute(
        "UPDATE deadlines SET override_trigger = (SELECT e.type || '|' || e.date || '|' ||"
        " coalesce(e.time, '') || '|' || coalesce(e.place, '') FROM events e WHERE e.id = deadlines.event_id)"
        " WHERE override_due IS NOT NULL AND override_trigger IS NULL")
    conn.execute("CREATE INDEX IF NOT EXISTS deadlines_violated ON deadlines(case_id) WHERE violated_by IS NOT NULL")
    if conn.execute("SELECT 1 FROM deadlines WHERE rule_id IS NOT NULL LIMIT 1").fetchone():
        # derived deadlines counted the old way: the program recomputes them on the next opening
        conn.execute("INSERT INTO meta(key, value) VALUES ('deadlines_recompute', '1')"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
