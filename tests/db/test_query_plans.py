"""The dashboard's hot queries read covering indexes only (issue 19): the statements the
dashboard really runs, captured as SQLite runs them, then asked for their query plan."""

from __future__ import annotations

from desktop.deadlines import dashboard
from tests.helpers import statements


def _statements(vault) -> list[str]:
    return statements(vault, lambda: dashboard.compute(vault))


def _plan(vault, sql: str) -> str:
    return " | ".join(row[-1] for row in vault.conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_the_dashboards_key_queries_use_covering_indexes(vault):
    statements = _statements(vault)
    keys = [s for s in statements if "coalesce(d.override_utc, d.due_utc) FROM deadlines d INDEXED BY deadlines_open" in s
            or "coalesce(d.override_utc, d.due_utc) AS due FROM deadlines d INDEXED BY deadlines_open" in s
            or "SELECT count(*) FROM deadlines d INDEXED BY deadlines_open" in s]
    live = [s for s in statements if "INDEXED BY cases_live" in s]
    bars = [s for s in statements if "INDEXED BY deadlines_blocks" in s]
    # overdue: count, edge and keys of each kind; soon: each kind; custody terms just ended
    assert len(keys) == 9 and len(bars) == 2  # the bars in force: their count, the first ones
    assert all("INDEXED BY cases_live" in s for s in keys)  # live cases only, from the index
    for sql in keys:
        assert "USING COVERING INDEX deadlines_open" in _plan(vault, sql), sql
    for sql in live:
        assert "USING COVERING INDEX cases_live" in _plan(vault, sql), sql
    for sql in bars:
        assert "USING COVERING INDEX deadlines_blocks" in _plan(vault, sql), sql


def test_the_dashboards_longest_lists_read_indexes_only(vault):
    """At 50,000 cases the rows the dashboard read outgrew the page cache and were decrypted
    again on every refresh (m0029): the clients in custody come from cases_live, the violated
    blocks from deadlines_violated, and the custody terms of the cases shown are looked up
    case by case."""
    statements = _statements(vault)
    [held] = [s for s in statements if "FROM case_watch w JOIN cases c" in s]
    assert "USING COVERING INDEX cases_live" in _plan(vault, held), _plan(vault, held)
    violated = [s for s in statements if "INDEXED BY deadlines_violated" in s]
    assert len(violated) == 2  # their count, the first ones
    for sql in violated:
        assert "USING COVERING INDEX deadlines_violated" in _plan(vault, sql), sql
    terms = [s for s in statements if "d.kind = 'custody'" in s and "deadlines_case" in s]
    assert terms and all("SEARCH d USING INDEX deadlines_case (case_id=?)" in _plan(vault, s) for s in terms)


def test_deadlines_open_holds_the_id_as_a_key_column(vault):
    columns = [r[2] for r in vault.conn.execute("PRAGMA index_xinfo(deadlines_open)") if r[5]]
    assert "id" in columns and "met_event_id" in columns


def test_the_case_lists_next_deadline_reads_each_cases_own_deadlines(vault):
    """The list's Next due column looks up each listed case's deadlines through its covering
    index deadlines_next (m0021), already in the order they fall due, and reads no deadline row
    (issue 19: open and list within 10 ms); left to itself SQLite chose deadlines_open and
    scanned every open deadline for each row (a page of the list took 30 times as long with
    3,000 cases)."""
    from desktop.cases import service as case_service

    seen = statements(vault, lambda: [case_service.list_cases(vault, sort=sort, limit=200)
                                      for sort in ("reference", "next")])
    listing = [s for s in seen if "FROM cases c JOIN persons p" in s]
    assert len(listing) == 2
    for sql in listing:
        plan = _plan(vault, sql.replace("LIMIT 200 OFFSET 0", ""))
        assert "SEARCH d USING COVERING INDEX deadlines_next (case_id=?)" in plan, plan
        first = plan.split("SUBQUERY 1", 1)[1].split("SUBQUERY 2", 1)[0]  # the soonest: index order
        assert "deadlines_open" not in plan and "USE TEMP B-TREE" not in first, plan


def test_the_risk_bands_candidates_come_from_risk_marks_not_from_the_events(vault):
    """The removal-risk band (issue 16) finds its candidates in the small table of migration
    m0019 and reads the events of those cases only: the types that open or close a window from
    the covering index events_risk (m0030), contacts only for the case that lost contact."""
    from db.records import Case, Event, Person
    from desktop.cases import service as case_service
    from desktop.rapid import risk

    for n, typ in enumerate(("transfer_date_set", "contact_lost", "release", "note")):
        case_service.create_case(vault, Case(reference=f"BY-{n}", kind="extradition", person=Person(f"Кліент {n}"),
                                             events=[Event(typ, "2022-04-04"), Event("contact", "2022-04-03")]))
    seen = statements(vault, lambda: risk._assess_vault(vault, now=None, lang="en", case_ids=None))
    [candidates] = [s for s in seen if "FROM risk_marks m" in s]
    [events] = [s for s in seen if "FROM json_each(" in s and "INDEXED BY events_risk" in s and "deadlines" not in s]
    [contacts] = [s for s in seen if "CAST(k.key AS INTEGER)" in s]  # the contacts of the case that lost contact
    assert "SEARCH e USING" in _plan(vault, contacts) and "SCAN e" not in _plan(vault, contacts)
    [violations] = [s for s in seen if "FROM json_each(" in s and "CROSS JOIN deadlines d" in s]
    plan = _plan(vault, candidates)
    # the events are reached only from the few violated blocks (deadlines_violated), by their id
    assert "SCAN v" not in plan and "SCAN events" not in plan and "deadlines_violated" in plan, plan
    assert "SEARCH v USING COVERING INDEX events_risk (case_id=?)" in plan, plan  # the step, by its case
    assert "SCAN m" in plan or "m USING PRIMARY KEY" in plan, plan
    assert plan.index(" m") < plan.index(" c USING"), plan  # the marks drive: cases are looked up
    plan = _plan(vault, events)
    assert "SEARCH e USING COVERING INDEX events_risk (case_id=?)" in plan, plan
    assert "SCAN e" not in plan and "SCAN events" not in plan, plan
    plan = _plan(vault, violations)
    assert "deadlines_violated" in plan and "SCAN e" not in plan and "SCAN d" not in plan, plan


def test_stats_over_every_case_read_no_event_or_case_row(vault):
    """``stats`` over every case (issue 19: within 500 ms at 50,000 cases) reads the counts of
    migration m0028 and indexes alone: the interim measures from the partial covering index
    events_interim, the delay from arrest to knowledge from cases_learned (m0028a); no
    statement scans the events or the cases, nor looks up one of their rows but in the trash."""
    from db.records import Case, Charge, Event, Person
    from desktop.cases import service as case_service

    for n in range(3):
        case = case_service.create_case(vault, Case(
            reference=f"BY-{n}", kind="extradition", person=Person(f"Кліент {n}"), arrest_date="2022-03-01",
            learned_date="2022-03-04", charges=[Charge("BY", "CC", "342")],
            events=[Event("interim_measures_granted", "2022-03-05", body="ECtHR"), Event("extradited", "2022-03-09"),
                    Event("hearing", "2022-03-02")]))
    case_service.delete_case(vault, case.id)
    seen = [s for s in statements(vault, lambda: case_service.stats(vault)) if s.startswith("SELECT")]
    plans = {sql: _plan(vault, sql) for sql in seen}
    [interim] = [p for s, p in plans.items() if "e.time_approx" in s]
    assert "SEARCH e USING COVERING INDEX events_interim (type=?)" in interim, interim
    [learned] = [p for s, p in plans.items() if "c.learned_date" in s]
    assert "USING COVERING INDEX cases_learned" in learned, learned
    for sql, plan in plans.items():
        for step in plan.split(" | "):
            if step.startswith(("SCAN", "SEARCH")) and any(f" {t} " in f"{step} " for t in ("events", "e", "cases", "c")):
                assert "COVERING INDEX" in step or "cases_trash" in sql, (sql, plan)


def test_the_risk_bands_indexed_types_are_those_it_reads():
    """events_risk (m0030) holds the types the band reads for every candidate; a type added to
    desktop.rapid.risk and missing from the index would still be read, from the events table."""
    from db.migrations import m0030_risk_events_index as m0030
    from desktop.rapid import risk

    assert set(risk.RELEVANT) - set(risk.LOST_ONLY) == set(m0030.TYPES)
