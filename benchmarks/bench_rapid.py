"""Issue 16 budgets on the synthetic vault: the dashboard's removal-risk band (≤ 100 ms at
10,000 cases, beside the bare query that feeds it) and one urgent-request draft (≤ 300 ms)."""

from __future__ import annotations

import shutil
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

PASSPHRASE = "benchmark passphrase"


def _median_ms(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _cpu_median_ms(fn, repeat: int = 7) -> float:
    """The median CPU time of this process (the wall-clock figures are the budgets'; on a
    machine shared with other jobs this tells what the work itself costs)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def _write_not_noted(vault, n: int) -> None:
    """A write the case service does not note (desktop.cases.writes): the backup warning's
    days, changed. The removal-risk band must then read every candidate again."""
    from dataclasses import replace

    from desktop.vaults import backups

    backups.save_settings(vault, replace(backups.get_settings(vault), warn_days=7 + n % 2 + 1))


def run(results, vault_path: Path, document: dict, work: Path) -> None:
    from db import rapid as queries
    from db.records import Case, Charge, Event, Person
    from db.vault import open_vault
    from desktop.cases import service as case_service
    from desktop.rapid import drafts, risk

    path = work / "rapid.abarona"
    shutil.copyfile(vault_path, path)
    with open_vault(path, PASSPHRASE) as vault:
        soon = (date.today() + timedelta(days=3)).isoformat()
        case = case_service.create_case(vault, Case(
            reference="BENCH-RAPID", kind="extradition", person=Person("Бенчмарк Тэст", birth_date="1990-01-01",
                                                                      citizenship=["BY"]),
            facility="SIZO-1", lawyer="A. Ivanova", summary="Bench.", charges=[Charge("BY", "CC", "342")],
            events=[Event("arrest", "2024-01-10"), Event("transfer_date_set", soon, time="06:00")]))
        rows = risk.at_risk(vault)
        results.add(f"clients at risk of removal now (count; {len(document['cases'])} cases)", len(rows), "n", None)
        since = (date.today() - timedelta(days=5)).isoformat()
        bare = _median_ms(lambda: queries.risk_events(vault.conn, since, risk.RELEVANT, lost_only=risk.LOST_ONLY))
        bare_cpu = _cpu_median_ms(lambda: queries.risk_events(vault.conn, since, risk.RELEVANT, lost_only=risk.LOST_ONLY))
        # After a save: one case gets an event (a complaint: the deadline engine's bars look at
        # it), as the case editor writes it; then the band as the dashboard asks for it. The
        # service notes the case it wrote (desktop.cases.writes): only that case is read again.
        # Only the band is timed.
        walls, cpus = [], []
        for n in range(7):
            case_service.add_event(vault, case.id, Event("complaint_filed", f"2024-02-{n + 1:02d}"))
            start, cpu = time.perf_counter(), time.process_time()
            risk.at_risk(vault)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        saved = statistics.median(walls) * 1000
        saved_cpu = statistics.median(cpus) * 1000
        # After a write the case service does not note (a setting saved here; a team merge, an
        # import or another program alike): every candidate is read again; the assessments of
        # unchanged events are still kept.
        walls, cpus = [], []
        for n in range(7):
            _write_not_noted(vault, n)
            start, cpu = time.perf_counter(), time.process_time()
            risk.at_risk(vault)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        unnoted = statistics.median(walls) * 1000

        def afresh():  # nothing kept: the first visit after unlocking
            risk.forget()
            risk.at_risk(vault)

        fresh = _median_ms(afresh)
        again = _median_ms(lambda: risk.at_risk(vault))
        # Issue 16 sets the band's budget at 10,000 cases; at 50,000 the dashboard's own (issue 19,
        # benchmarks.bench_deadlines) is the one that counts.
        band_budget = 100 if len(document["cases"]) <= 10_000 else None
        results.add("removal-risk band: its SQL alone (bare engine)", bare, "ms", None)
        results.add("  the same, CPU time of this process", bare_cpu, "ms", None)
        results.add("removal-risk band after a save through the case service", saved, "ms", band_budget)
        results.add("  the same, CPU time of this process", saved_cpu, "ms", None)
        results.add("removal-risk band after a write not noted (all candidates read)", unnoted, "ms", band_budget)
        results.add("  the same, CPU time of this process", statistics.median(cpus) * 1000, "ms", None)
        results.add("removal-risk band computed with nothing kept (after unlocking)", fresh, "ms", band_budget)
        results.add("  the same, CPU time of this process", _cpu_median_ms(afresh), "ms", None)
        results.add("removal-risk band with nothing kept / bare query (ratio)", fresh / bare if bare else 0.0, "x", None)
        results.add("removal-risk band asked again, nothing written since (dashboard visit)", again, "ms", band_budget)
        results.add("urgent-request draft (un-hrc, ru) built in memory",
                    _median_ms(lambda: drafts.render(vault, case.id, "un-hrc", "ru")), "ms", 300)
