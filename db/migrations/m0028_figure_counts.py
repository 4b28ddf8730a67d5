"""Figures over every case read two small tables kept by triggers (issue 19, budget: ``stats``
within 500 ms at 50,000 cases; it took 650–880 ms, 310 ms of it counting the cases of each
event type over a million index entries of ``events_type``).

``figure_cases``: cases per (kind, outcome, status), in the trash or not.
``figure_events``: per event type, the cases (in the trash or not) with at least one event of it.

:func:`db.stats.compute` reads them and takes away what the cases in the trash (few, through
the partial index ``cases_trash``) count, as it already did for charges and events: a case is
in one of the two sets, never both, so the difference is exact. Rows whose count fell to 0
stay (they are left out when read).

The triggers keep the counts exact after every row written, by whatever statement
(executemany, cascades of a case deleted for good, a team's write-back): an event counts for
its (type, case) when no other event of that type and case is there (``events_type_dates``
answers that from its first two columns). No conflict clause anywhere (an outer INSERT OR
REPLACE would override it; as for m0019's ``risk_marks``).

``events_type`` (type, case_id) goes: ``events_type_dates`` (m0009a: type, case_id,
date_lower, date_upper) begins with the same two columns and serves every query it served.
Keeping a million entries of each at 50,000 cases cost the import more than these triggers
do (benchmarks/run.py, import row).
"""

from __future__ import annotations

import sqlcipher3

#: (type, case) has no other event than the row just written (``x.rowid <> NEW.rowid``).
_ALONE = ("NOT EXISTS (SELECT 1 FROM events x WHERE x.type = {r}.type AND x.case_id = {r}.case_id"
          " AND x.rowid <> {r}.rowid)")
_CASE_KEY = "kind = {r}.kind AND outcome = {r}.outcome AND status = {r}.status"


def _case_up(r: str) -> str:
    return (f"INSERT INTO figure_cases(kind, outcome, status, cases) SELECT {r}.kind, {r}.outcome, {r}.status, 0"
            f" WHERE NOT EXISTS (SELECT 1 FROM figure_cases WHERE {_CASE_KEY.format(r=r)});"
            f" UPDATE figure_cases SET cases = cases + 1 WHERE {_CASE_KEY.format(r=r)};")


def _case_down(r: str) -> str:
    return f"UPDATE figure_cases SET cases = cases - 1 WHERE {_CASE_KEY.format(r=r)};"


def _type_row(r: str) -> str:
    return (f"INSERT INTO figure_events(type, cases) SELECT {r}.type, 0"
            f" WHERE NOT EXISTS (SELECT 1 FROM figure_events WHERE type = {r}.type);")


def upgrade(conn: sqlcipher3.Connection) -> None:
    conn.execute("CREATE TABLE figure_cases (kind TEXT NOT NULL, outcome TEXT NOT NULL, status TEXT NOT NULL,"
                 " cases INTEGER NOT NULL, PRIMARY KEY (kind, outcome, status)) WITHOUT ROWID")
    conn.execute("CREATE TABLE figure_events (type TEXT PRIMARY KEY, cases INTEGER NOT NULL) WITHOUT ROWID")

    conn.execute(f"CREATE TRIGGER figure_cases_insert AFTER INSERT ON cases BEGIN {_case_up('NEW')} END")
    conn.execute(f"CREATE TRIGGER figure_cases_delete AFTER DELETE ON cases BEGIN {_case_down('OLD')} END")
    conn.execute("CREATE TRIGGER figure_cases_update AFTER UPDATE OF kind, outcome, status ON cases"
                 " WHEN OLD.kind IS NOT NEW.kind OR OLD.outcome IS NOT NEW.outcome OR OLD.status IS NOT NEW.status"
                 f" BEGIN {_case_down('OLD')} {_case_up('NEW')} END")

    conn.execute(f"CREATE TRIGGER figure_events_insert AFTER INSERT ON events WHEN {_ALONE.format(r='NEW')}"
                 f" BEGIN {_type_row('NEW')} UPDATE figure_events SET cases = cases + 1 WHERE type = NEW.type; END")
    conn.execute(f"CREATE TRIGGER figure_events_delete AFTER DELETE ON events WHEN {_ALONE.format(r='OLD')}"
                 " BEGIN UPDATE figure_events SET cases = cases - 1 WHERE type = OLD.type; END")
    conn.execute(
        "CREATE TRIGGER figure_events_update AFTER UPDATE OF type, case_id ON events"
        " WHEN OLD.type IS NOT NEW.type OR OLD.case_id IS NOT NEW.case_id BEGIN"
        f" UPDATE figure_events SET cases = cases - 1 WHERE type = OLD.type AND {_ALONE.format(r='OLD')};"
        f" {_type_row('NEW')}"
        f" UPDATE figure_events SET cases = cases + 1 WHERE type = NEW.type AND {_ALONE.format(r='NEW')}; END")

    conn.execute("INSERT INTO figure_cases(kind, outcome, status, cases)"
                 " SELECT kind, outcome, status, count(*) FROM cases GROUP BY kind, outcome, status")
    conn.execute("INSERT INTO figure_events(type, cases)"
                 " SELECT type, count(*) FROM (SELECT DISTINCT type, case_id FROM events) GROUP BY type")
    conn.execute("DROP INDEX IF EXISTS events_type")
