"""Report budgets: the summary of a 200-event case, and the aggregate over every case
(time and peak memory, measured in a child process of its own)."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase"


def _long_case():
    from db.records import Case, Charge, Event, Person, PersonName

    types = ["hearing", "custody_extended", "complaint_filed", "court_decision", "contact", "intervention",
             "media", "note", "appeal_filed", "appeal_decision"]
    start = date(2021, 1, 10)
    events = [Event("arrest", start.isoformat(), time="06:40", place="Moscow, Yaroslavsky station")]
    for i in range(199):
        day = start + timedelta(days=3 * (i + 1))
        events.append(Event(types[i % len(types)], day.isoformat() + ("~" if i % 17 == 0 else ""),
                            time="10:30" if i % 3 == 0 else None, place="Moscow City Court",
                            body="Judicial Collegium for Criminal Cases",
                            text=f"Hearing {i}: the defence asked for release; the court refused and "
                                 "extended custody. Interpreter present; family in the courtroom."))
    return Case(
        reference="BENCH-200", kind="extradition",
        person=Person("Аляксей Кудзін", names=[PersonName("Алексей Кудин"), PersonName("Aliaksei Kudzin")],
                      publicity="initials", contact="+7 915 555 01 23"),
        arrest_date=start.isoformat(), arrest_place="Moscow", region="Moscow", lawyer="Hanna Ivanova",
        charges=[Charge("BY", "CC", "342", "1"), Charge("BY", "CC", "361-1")], events=events,
        summary="Benchmark case with 200 events.",
    )


def _child(vault_path: str) -> None:
    """Run the aggregate report once; print its time and this process's peak memory."""
    sys.path.insert(0, str(ROOT))
    from db.vault import open_vault
    from desktop.reports import aggregate

    with open_vault(vault_path, PASSPHRASE) as vault:
        results = {}
        for public in (False, True):
            start = time.perf_counter()
            pdf = aggregate.aggregate_report(vault, public=public)
            results["public" if public else "internal"] = time.perf_counter() - start
            results["bytes"] = len(pdf)
    from benchmarks.run import peak_rss_mb

    results["maxrss_mb"] = peak_rss_mb()
    print(json.dumps(results))


def run(results, vault_path: Path, document: dict, work: Path) -> None:
    from db.vault import open_vault
    from desktop.cases import service as svc
    from desktop.reports import summary

    copy = work / "reports.abarona"
    shutil.copyfile(vault_path, copy)
    with open_vault(copy, PASSPHRASE) as vault:
        case = svc.create_case(vault, _long_case())
        for public in (False, True):
            timings = []
            for _ in range(5):
                start = time.perf_counter()
                summary.case_summary(vault, case.id, public=public)
                timings.append(time.perf_counter() - start)
            results.add(f"case summary, 200 events, {'public' if public else 'internal'} (median)",
                        statistics.median(timings) * 1000, "ms", 300)
    copy.unlink()

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "benchmarks.bench_reports", "--child", str(vault_path)],
                         check=True, env=env, capture_output=True, text=True, cwd=ROOT).stdout
    child = json.loads(out.strip().splitlines()[-1])
    cases = len(document["cases"])
    results.add(f"aggregate report over {cases} cases, internal", child["internal"], "s", 5)
    results.add(f"aggregate report over {cases} cases, public", child["public"], "s", 5)
    results.add("aggregate report peak resident memory (whole process)", child["maxrss_mb"], "MB", 400)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(sys.argv[2])
