"""Team sync on the synthetic vault (issue 17).

Budgets: enrolling a device into a team whose vault holds the synthetic cases (10,000 by
default) within 30 s (the new device joins and applies the first journal; the creating
device's first export is reported beside it); a sync of 100 changes within 1 s on each side
(export on the device that made them, apply on another); one edited event's journal within
4 KB; memory flat in the number of journals (the peak of Python's allocations while applying
100 journals against 10, traced with tracemalloc, within 1.5x; on a team of 10 cases, as the
memory for a journal does not depend on the vault's size).
"""

from __future__ import annotations

import shutil
import time
import tracemalloc
from pathlib import Path

from benchmarks.run import PASSPHRASE, Results
from db.vault import create_vault, open_vault
from desktop.cases import service as svc
from desktop.demo import synthetic
from desktop.team import service as team


def _edit(vault, refs: list[str], text: str) -> None:
    for ref in refs:
        case = svc.get_case(vault, ref)
        case.summary = text
        svc.update_case(vault, case)


def _bare_engine(results: Results, vault, folder: Path, work: Path) -> None:
    """References in the same run: the bare session extension applying the last journal's
    changeset to a copy of the vault, and one backup-API copy of the whole vault (what every
    sync cost, twice, before syncs compared only the rows written since the last)."""
    import apsw

    from db import team as engine

    state = team._state(vault)
    [(_device, _name, chain)] = [d for d in _journals(vault, folder) if d[2]]
    _meta, changeset = engine.read_journal(chain[-1][1], [state.key])
    copy = work / "team-bare.abarona"
    start = time.perf_counter()
    engine.working_copy(vault.conn, copy, state.base_key)
    results.add("team: backup-API copy of the whole vault (reference)", time.perf_counter() - start, "s", None)
    con = engine._apsw(copy, state.base_key)
    try:
        con.execute("BEGIN")
        start = time.perf_counter()
        apsw.Changeset.apply(changeset, con, conflict=lambda reason, change: apsw.SQLITE_CHANGESET_OMIT)
        results.add("team: bare session apply of those changes (reference)", time.perf_counter() - start, "s", None)
        con.execute("ROLLBACK")
    finally:
        con.close()
        copy.unlink()


def _journals(vault, folder: Path):
    """(device, name, [(seq, file)]) of the other devices' journals this vault has applied."""
    from desktop.team import folder as layout

    me = team._state(vault).device_id
    return [(d, d, sorted(layout.journals_of(folder, d).items())) for d in layout.journal_devices(folder) if d != me]


def run(results: Results, vault_path: Path, document: dict, work: Path) -> None:
    folder = work / "team-folder"
    folder.mkdir()
    a_path = work / "team-a.abarona"
    shutil.copyfile(vault_path, a_path)
    with open_vault(a_path, PASSPHRASE) as a, create_vault(work / "team-b.abarona", PASSPHRASE) as b:
        refs = [row.reference for row in svc.list_cases(a)]
        start = time.perf_counter()
        words = team.create_team(a, folder, name="A").passphrase
        first = team.sync(a)
        results.add(f"team: first export of {len(refs)} cases ({first.exported} rows)",
                    time.perf_counter() - start, "s", None)
        start = time.perf_counter()
        team.join_team(b, folder, words, name="B")
        enrolled = team.sync(b)
        results.add(f"team: enrol a device, apply {len(refs)} cases", time.perf_counter() - start, "s", 30)
        assert enrolled.applied == first.exported and svc.count_cases(b) == len(refs)

        _edit(a, refs[:100], "one hundred changes")
        start = time.perf_counter()
        sent = team.sync(a)
        results.add(f"team: sync exporting 100 changes ({sent.exported} rows)", time.perf_counter() - start, "s", 1)
        start = time.perf_counter()
        got = team.sync(b)
        results.add(f"team: sync applying 100 changes ({got.applied} rows)", time.perf_counter() - start, "s", 1)
        assert got.applied == sent.exported
        _bare_engine(results, b, folder, work)

        case = svc.get_case(a, refs[0])
        case.events[0].text = "One edited event."
        svc.update_case(a, case)
        team.sync(a)
        seq = team._state(a).seq
        journal = folder / "journals" / team._state(a).device_id / f"{seq:06d}.abj"
        results.add("team: journal of one edited event", journal.stat().st_size / 1024, "KB", 4)
        team.sync(b)


    # Memory against the number of journals, on a small team (it does not depend on the size
    # of the vault, and 110 syncs of the large one would take minutes).
    small = synthetic.generate_document(cases=10, events_per_case=20, seed=2)
    with create_vault(work / "team-c.abarona", PASSPHRASE) as c, create_vault(work / "team-d.abarona", PASSPHRASE) as d:
        from desktop.cases import interchange

        interchange.import_cases(c, interchange.read_cases(small))
        folder2 = work / "team-folder-2"
        folder2.mkdir()
        words = team.create_team(c, folder2, name="C").passphrase
        team.sync(c)
        team.join_team(d, folder2, words, name="D")
        team.sync(d)
        small_refs = [row.reference for row in svc.list_cases(c)]
        peaks = {}
        for count in (10, 100):
            for n in range(count):
                _edit(c, [small_refs[n % len(small_refs)]], f"journal {count}-{n}")
                team.sync(c)
            tracemalloc.start()
            applied = team.sync(d)
            peaks[count] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            assert len(applied.journals) == count
    results.add("team: peak traced memory applying 10 journals", peaks[10], "MB", None)
    results.add("team: peak traced memory applying 100 journals", peaks[100], "MB", None)
    results.add("team: memory ratio, 100 journals / 10", peaks[100] / max(peaks[10], 1e-6), "x", 1.5)
