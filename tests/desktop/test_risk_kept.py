"""The removal-risk band is kept between dashboard visits (desktop.rapid.risk.at_risk): after
a save through the case service only the cases it wrote are read again
(desktop.cases.writes); after any other write, everything is. Whatever the writes and however
the clock moves, the band given is the band computed from scratch: on real vault files, with
random saves, trashings, renamings, writes the service did not make, and time passing."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings, strategies as st

from db.records import Case, Event, Person
from db.vault import open_vault
from desktop.cases import service as svc
from desktop.cases import writes
from desktop.rapid import risk
from tests.helpers import statements

START = datetime(2022, 4, 1, 12, 0, tzinfo=timezone.utc)
TYPES = ("transfer_date_set", "expulsion_ordered", "extradition_granted", "decision_final", "appeal_filed",
         "extradited", "extradition_refused", "contact_lost", "contact", "release", "rearrest", "note")
DAYS = ("2022-03-30", "2022-04-01", "2022-04-02", "2022-04-04", "2022-04-06", "2022-04")


def _case(n: int, events=()) -> Case:
    return Case(reference=f"BY-{n}", kind="extradition", person=Person(f"Кліент {n}"), events=list(events))


def _scratch(vault, now) -> list[risk.CaseRisk]:
    return risk._assess_vault(vault, now=now, lang="en", case_ids=None)


_step = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 3), st.sampled_from(TYPES), st.sampled_from(DAYS),
              st.sampled_from((None, "06:00", "21:30"))),
    st.tuples(st.just("drop"), st.integers(0, 3), st.integers(0, 20)),
    st.tuples(st.just("trash"), st.integers(0, 3)),
    st.tuples(st.just("rename"), st.integers(0, 3)),
    st.tuples(st.just("behind"), st.integers(0, 3), st.sampled_from(TYPES)),  # a write the service did not make
    st.tuples(st.just("clock"), st.integers(0, 60 * 24 * 4)),
)


@settings(max_examples=30, deadline=None)
@given(steps=st.lists(_step, min_size=1, max_size=14))
def test_the_band_kept_is_always_the_band_computed_afresh(template_vault, vault_key, steps):
    folder = Path(tempfile.mkdtemp(prefix="abarona-kept-"))
    try:
        shutil.copyfile(template_vault, folder / "v.abarona")
        with open_vault(folder / "v.abarona", vault_key) as vault:
            risk.forget()
            ids = [svc.create_case(vault, _case(n, [Event("arrest", "2022-03-20")])).id for n in range(4)]
            now = START
            assert risk.at_risk(vault, now=now) == _scratch(vault, now)
            for step in steps:
                case = svc.get_case_by_id(vault, ids[step[1]]) if step[0] != "clock" else None
                if step[0] == "add":
                    svc.add_event(vault, case.id, Event(step[2], step[3], time=step[4] if len(step[3]) == 10 else None))
                elif step[0] == "drop" and case.events:
                    case.events.pop(step[2] % len(case.events))
                    svc.update_case(vault, case)
                elif step[0] == "trash":
                    (svc.restore_case if case.deleted_at else svc.delete_case)(vault, case.id)
                elif step[0] == "rename":
                    case.person.display_name += "а"
                    svc.update_case(vault, case)
                elif step[0] == "behind" and case.events:
                    with vault.transaction() as conn:
                        conn.execute("UPDATE events SET type = ? WHERE id = ?", (step[2], case.events[0].id))
                elif step[0] == "clock":
                    now += timedelta(minutes=step[1])
                assert risk.at_risk(vault, now=now) == _scratch(vault, now), step
    finally:
        risk.forget()
        shutil.rmtree(folder, ignore_errors=True)


def test_after_a_save_only_the_case_saved_is_read_again(vault):
    risk.forget()
    svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    second = svc.create_case(vault, _case(2, [Event("contact_lost", "2022-03-30")]))
    assert [c.reference for c in risk.at_risk(vault, now=START)] == ["BY-1", "BY-2"]
    svc.add_event(vault, second.id, Event("contact", "2022-04-01", time="09:00"))  # found again
    seen = statements(vault, lambda: risk.at_risk(vault, now=START))
    candidates = [s for s in seen if "FROM risk_marks m" in s]
    assert len(candidates) == 1 and f"m.case_id IN ('{second.id}')" in candidates[0]
    assert [c.reference for c in risk.at_risk(vault, now=START)] == ["BY-1"]
    later = statements(vault, lambda: risk.at_risk(vault, now=START + timedelta(hours=1)))
    assert later == ["PRAGMA data_version"]  # nothing written, no window turns: nothing is read


def test_a_write_the_service_did_not_note_means_reading_everything(vault):
    risk.forget()
    first = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    svc.create_case(vault, _case(2, [Event("arrest", "2022-03-30")]))
    assert [c.reference for c in risk.at_risk(vault, now=START)] == ["BY-1"]
    with vault.transaction() as conn:  # as a merge or another program would: no note
        conn.execute("UPDATE events SET type = 'extradited' WHERE id = ?", (first.events[0].id,))
    seen = statements(vault, lambda: risk.at_risk(vault, now=START))
    assert any("FROM risk_marks m" in s and "AND m.case_id IN (" not in s for s in seen)
    assert risk.at_risk(vault, now=START) == []


def test_a_release_watch_ends_by_the_clock_with_nothing_written(vault):
    risk.forget()
    svc.create_case(vault, _case(1, [Event("release", "2022-04-01", time="10:00", place="Moscow")]))
    assert [r.kind for r in risk.at_risk(vault, now=START)[0].reasons] == ["released"]
    ends = datetime(2022, 4, 4, 7, 0, tzinfo=timezone.utc)  # 10:00 Moscow time + 72 hours
    assert risk.at_risk(vault, now=ends - timedelta(seconds=1))
    assert risk.at_risk(vault, now=ends) == []


def test_the_notes_hold_no_case_data(vault):
    writes.forget()
    svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01", place="Смоленск")]))
    [(ref, before, after, ids)] = list(writes._writes)
    assert all(isinstance(x, int) for x in (*before, *after)) and len(ids) == 1
    assert "Смоленск" not in repr(writes._writes) and "Кліент" not in repr(writes._writes)


def test_a_checklist_tick_and_a_filing_are_noted_for_their_case(vault):
    from desktop.rapid import checklist, filings

    risk.forget()
    case = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    svc.create_case(vault, _case(2, [Event("contact_lost", "2022-03-30")]))
    risk.at_risk(vault, now=START)
    checklist.tick(vault, case.id, checklist.steps()[0].id)
    filed = filings.add(vault, case.id, filings.Filing(
        case_id=case.id, kind="interim_measures", body="UN Human Rights Committee", filed_at="2022-04-01T10:00+03:00"))
    filings.delete(vault, filed.id)
    seen = [s for s in statements(vault, lambda: risk.at_risk(vault, now=START)) if "FROM risk_marks m" in s]
    assert len(seen) == 1 and f"AND m.case_id IN ('{case.id}')" in seen[0]
    assert risk.at_risk(vault, now=START) == _scratch(vault, START)
