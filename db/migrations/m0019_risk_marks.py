"""The removal-risk band finds its candidate cases in a small table kept by triggers (issue 16,
budget: the band at most 100 ms at 10,000 cases, measured right after a write).

``risk_marks`` has one row per case that has an event of a type the band's windows read, with
the latest bounds of those events (ISO days, as ``events.date_lower``/``date_upper``):

=============  ====================================================================
``opened``     latest ``date_upper`` of transfer_date_set, expulsion_ordered, decision_final
``closed``     latest ``date_lower`` of a removal (extradited, handed_over, deported, abducted,
               left_country) or a protection (extradition_refused, asylum_granted,
               temporary_asylum_granted)
``lost``       latest ``date_upper`` of contact_lost
``found``      latest ``date_lower`` of a removal, contact or located
``released``   latest ``date_upper`` of release, released_from_prison
=============  ====================================================================

A column is NULL when the case has no such event. The band's candidates are then the open,
live cases with ``opened >= coalesce(closed, '')`` or ``lost >= coalesce(found, '')`` or a
release ending on or after a day: the same cases the grouped query over ``events`` gave
before (db.rapid.risk_events), read from a table of a few thousand rows instead of tens of
thousands of index entries and one correlated look-up per case (10,000 synthetic cases: the
query for the candidates went from 39 ms to 4 ms of CPU on the shared machine).

The triggers use no conflict clause (an outer INSERT OR REPLACE would override it): an
inserted event raises its case's marks; a deleted or changed one recomputes its case's row
from the events, in place (a case whose last such event goes loses its row). Cascades fire
them too.
The type lists are this migration's own (a migration never changes); ``desktop.rapid.risk``
keeps the windows, and a test checks the two agree.
"""

from __future__ import annotations

import sqlcipher3

OPENING = ("transfer_date_set", "expulsion_ordered", "decision_final")
REMOVED = ("extradited", "handed_over", "deported", "abducted", "left_country")
PROTECTED = ("extradition_refused", "asylum_granted", "temporary_asylum_granted")
LOST = ("contact_lost",)
BACK = ("contact", "located")
RELEASES = ("release", "released_from_prison")

#: column: (event types, the bound it keeps the latest of)
MARKS = {
    "opened": (OPENING, "date_upper"),
    "closed": ((*REMOVED, *PROTECTED), "date_lower"),
    "lost": (LOST, "date_upper"),
    "found": ((*REMOVED, *BACK), "date_lower"),
    "released": (RELEASES, "date_upper"),
}
ALL_TYPES = tuple(dict.fromkeys(t for types, _bound in MARKS.values() for t in types))


def _in(types) -> str:
    return "(" + ",".join(f"'{t}'" for t in types) + ")"


def _aggregate(where: str) -> str:
    """The rows of the cases whose events match ``where``, computed from their events."""
    columns = ", ".join(f"max(CASE WHEN type IN {_in(types)} THEN {bound} END)" for types, bound in MARKS.values())
    return (f"INSERT INTO risk_marks(case_id, {', '.join(MARKS)}) SELECT case_id, {columns} FROM events"
            f" WHERE {where}type IN {_in(ALL_TYPES)} GROUP BY case_id")


def _recompute(case_id: str) -> str:
    """Statements that set the row of the case ``case_id`` (SQL) from its events, in place (a
    row deleted and inserted again would churn the table's pages), and drop it once the case
    has no such event."""
    marks = ", ".join(f"{column} = (SELECT max({bound}) FROM events WHERE case_id = {case_id}"
                      f" AND type IN {_in(types)})" for column, (types, bound) in MARKS.items())
    return (f"UPDATE risk_marks SET {marks} WHERE case_id = {case_id};"
            f" DELETE FROM risk_marks WHERE case_id = {case_id} AND "
            + " AND ".join(f"{column} IS NULL" for column in MARKS) + ";")


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("CREATE TABLE risk_marks (case_id TEXT PRIMARY KEY, opened TEXT, closed TEXT, lost TEXT,"
                 " found TEXT, released TEXT) WITHOUT ROWID")
    raised = ", ".join(
        f"{column} = CASE WHEN NEW.type IN {_in(types)} AND ({column} IS NULL OR {column} < NEW.{bound})"
        f" THEN NEW.{bound} ELSE {column} END"
        for column, (types, bound) in MARKS.items())
    conn.execute(
        f"CREATE TRIGGER risk_marks_insert AFTER INSERT ON events WHEN NEW.type IN {_in(ALL_TYPES)} BEGIN"
        " INSERT INTO risk_marks(case_id) SELECT NEW.case_id"
        " WHERE NOT EXISTS (SELECT 1 FROM risk_marks WHERE case_id = NEW.case_id);"
        f" UPDATE risk_marks SET {raised} WHERE case_id = NEW.case_id; END")
    conn.execute(f"CREATE TRIGGER risk_marks_delete AFTER DELETE ON events WHEN OLD.type IN {_in(ALL_TYPES)}"
                 f" BEGIN {_recompute('OLD.case_id')} END")
    conn.execute(
        "CREATE TRIGGER risk_marks_update AFTER UPDATE OF case_id, type, date_lower, date_upper ON events"
        f" WHEN OLD.type IN {_in(ALL_TYPES)} OR NEW.type IN {_in(ALL_TYPES)} BEGIN"
        " INSERT INTO risk_marks(case_id) SELECT NEW.case_id"
        " WHERE NOT EXISTS (SELECT 1 FROM risk_marks WHERE case_id = NEW.case_id);"
        f" {_recompute('NEW.case_id')} {_recompute('OLD.case_id')} END")
    conn.execute(_aggregate(""))
