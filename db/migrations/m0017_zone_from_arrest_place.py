"""A case with no region but a place of arrest (a case arrested in Novosibirsk, its events
with no place of their own) had its deadlines counted in Moscow time: four hours later than
the court's midnight there. The program now takes the place of arrest as the place of
proceedings when the region is missing (desktop.deadlines.service.inputs); this migration
asks it to count such vaults' deadlines again on the next opening (meta
``deadlines_recompute``), once. A vault with no such case writes nothing."""

from __future__ import annotations


def upgrade(conn) -> None:
    if conn.execute("SELECT 1 FROM cases WHERE (region IS NULL OR region = '') AND arrest_place IS NOT NULL"
                    " AND arrest_place != '' LIMIT 1").fetchone():
        conn.execute("INSERT INTO meta(key, value) VALUES ('deadlines_recompute', '1')"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
