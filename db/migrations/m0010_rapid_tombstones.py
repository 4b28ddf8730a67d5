"""Deletions of filings and checklist ticks are remembered (issue 16, with issue 12 item 4):
hand-off packages carry filings and ticks, so a filing deleted here (recorded by mistake) or
a step unticked here must not come back silently with a colleague's package; it is shown as
a conflict for the user to decide, as for events and documents (migration m0002).

A tick has no id: it is remembered by its case and step (``case_id:step``), the identity a
hand-off package gives it. Ticking the step again forgets the tombstone.
"""

from __future__ import annotations

import sqlcipher3

#: table: (the record's identity, its case) as SQL over OLD/NEW.
_TRACKED = {
    "filings": ("{r}.id", "{r}.case_id"),
    "checklist_ticks": ("{r}.case_id || ':' || {r}.step", "{r}.case_id"),
}
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_AUTHOR = "coalesce((SELECT value FROM meta WHERE key = 'author'), '')"


def upgrade(conn: sqlcipher3.Connection) -> None:
    for table, (identity, case_id) in _TRACKED.items():
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_tombstone AFTER DELETE ON {table}"
            f" BEGIN INSERT OR REPLACE INTO tombstones(entity, record_id, case_id, person_id, deleted_at,"
            f" deleted_by) VALUES ('{table}', {identity.format(r='OLD')}, {case_id.format(r='OLD')}, NULL,"
            f" {_NOW}, {_AUTHOR}); END")
        conn.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_tombstone_undone AFTER INSERT ON {table}"
            f" BEGIN DELETE FROM tombstones WHERE entity = '{table}' AND record_id = {identity.format(r='NEW')}; END")
