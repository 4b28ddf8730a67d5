"""A team updated one device at a time goes on syncing: a journal written before an update
applies after it whenever the migrations its writer lacked leave the shared tables as they
were. A migration left out of desktop.team.service._JOURNALS_UNCHANGED made every journal of a
colleague written before the update refused for good (and all of theirs after it)."""

from __future__ import annotations

import json

import sqlcipher3

from db import schema

from db import team as engine
from desktop.team import service as team
from tests.desktop.test_team import deliver
from tests.desktop.test_team_keep_case import OTHER, duo  # noqa: F401 - the fixture

#: Migrations up to this one came before journals named their writer's migrations.
FIRST_NAMED = "m0018_team_records"


def _shared_columns(conn) -> dict[str, list[tuple]]:
    return {t: [tuple(r) for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in engine.SHARED_TABLES}


def test_every_migration_that_leaves_the_shared_tables_alone_lets_older_journals_apply():
    conn = sqlcipher3.connect(":memory:")
    names = list(schema.MIGRATIONS)
    neutral, changing = [], []
    for index, name in enumerate(names):
        before = _shared_columns(conn)
        conn.execute("BEGIN")
        schema.run(conn, name, index)
        conn.execute("COMMIT")
        if index > names.index(FIRST_NAMED):
            (neutral if _shared_columns(conn) == before else changing).append(name)
    listed = {m for m, tables in team._JOURNALS_UNCHANGED.items() if not tables}
    assert set(neutral) == listed, (sorted(set(neutral) - listed), sorted(listed - set(neutral)))
    assert not changing or set(changing).isdisjoint(listed)


def test_a_journal_written_before_every_later_migration_still_applies(duo):  # noqa: F811
    """A colleague's journal written by a device without any of the migrations after
    m0018 (all of them leave the shared tables alone) applies."""
    a, b = duo
    a.edit(OTHER, summary="written before the update")
    a.sync()
    state = team._state(a.vault)
    path = a.folder / "journals" / state.device_id / f"{state.seq:06d}.abj"
    meta, changeset = engine.read_journal(path, [state.key])
    later = [m for m in schema.MIGRATIONS if m > FIRST_NAMED]
    assert set(later) <= set(json.loads(meta["file.migrations"]))
    meta["file.migrations"] = json.dumps([m for m in json.loads(meta["file.migrations"]) if m not in later])
    path.unlink()
    engine.write_journal(path, state.key, meta, changeset)
    deliver(a, b)
    result = b.sync()
    assert result.refused == [] and b.case(OTHER).summary == "written before the update"
