"""Figures over every case come from the counts the triggers of migration m0028 keep, and the
interim and knowledge figures from the partial indexes of m0028a (issue 19: ``stats`` within
500 ms at 50,000 cases). They must equal the figures counted from scratch by the plain
queries kept here as the reference, after every step of random work on a real vault file:
cases created, edited (kind, outcome, status, charges, events added, retyped, redated and
removed), moved to the trash and back, the trash emptied, cases imported from a file; and on
a vault written by the first release, once migrated."""

from __future__ import annotations

import json
import shutil
import statistics
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from db import cases as case_queries
from db import stats as stats_queries
from db.migrations import m0028a_figure_indexes as indexes
from db.records import Case, CaseGroup, Charge, Event, Person, Stats
from db.stats import ScopeEvent
from db.vault import open_vault
from desktop.cases import figures, interchange
from desktop.cases import service as svc
from desktop.dates import edtf

KINDS = ("extradition", "abduction", "expulsion")
OUTCOMES = ("pending", "extradited", "released")
ARTICLES = (("BY", "CC", "342"), ("BY", "CC", "361-1"), ("RU", "CC", "280"), ("BY", "AO", "19-11"))
TYPES = ("arrest", "hearing", "note", "release", "contact", "interim_measures_granted", "extradited",
         "handed_over", "abducted")
DATES = ("2022-03-01", "2022-03-05", "2022-03-05~", "2022-03", "2021", "2022-03-01/2022-03-09")
BODIES = (None, "ECtHR", "UN HRC", "Комітэт")


# -- the reference: every figure counted from scratch by the plain queries ----------------------

def _ordered(pairs) -> dict[str, int]:
    return dict(sorted(pairs, key=lambda kn: (-kn[1], kn[0])))


def reference(conn, kind: str | None = None) -> Stats:
    """The figures of ``stats`` (of one kind, when given) by the plain queries: the cases not in
    the trash, each of their charges and events looked up by case (NOT INDEXED: no index the
    figures read is trusted)."""
    live = "c.deleted_at IS NULL" + (" AND c.kind = ?" if kind else "")
    args = [kind] if kind else []
    cases = conn.execute(f"SELECT c.kind, c.outcome, c.status, c.person_id FROM cases c NOT INDEXED WHERE {live}",
                         args).fetchall()
    charges = conn.execute(
        "SELECT g.jurisdiction || ' ' || g.code || ' ' || g.article, count(DISTINCT g.case_id)"
        f" FROM charges g NOT INDEXED JOIN cases c ON c.id = g.case_id WHERE {live} GROUP BY 1", args).fetchall()
    events = conn.execute(
        f"SELECT e.type, count(DISTINCT e.case_id) FROM events e NOT INDEXED JOIN cases c ON c.id = e.case_id"
        f" WHERE {live} GROUP BY 1", args).fetchall()
    groups, grouped = conn.execute(
        "SELECT count(DISTINCT m.group_id), count(DISTINCT m.case_id) FROM case_group_members m"
        f" JOIN cases c ON c.id = m.case_id WHERE {live}", args).fetchone()
    interim = [ScopeEvent(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6]) for r in conn.execute(
        "SELECT e.case_id, e.type, e.date, e.time, e.time_approx, e.body, e.position FROM events e NOT INDEXED"
        f" JOIN cases c ON c.id = e.case_id WHERE {live} AND e.type IN (?, ?, ?, ?)",
        [*args, figures.GRANTED, *figures.REMOVALS])]
    delays, approximate = [], 0
    for arrest, learned in conn.execute(f"SELECT c.arrest_date, c.learned_date FROM cases c NOT INDEXED WHERE {live}"
                                        " AND c.arrest_date IS NOT NULL AND c.learned_date IS NOT NULL", args):
        a, b = edtf.parse(arrest), edtf.parse(learned)
        delays.append((b.lower - a.lower).days)
        approximate += not (a.is_day and b.is_day)
    return Stats(
        cases=len(cases),
        by_kind=dict(sorted(Counter(r[0] for r in cases).items())),
        by_outcome=dict(sorted(Counter(r[1] for r in cases).items())),
        by_status=dict(sorted(Counter(r[2] for r in cases).items())),
        by_charge=_ordered(charges),
        by_event=_ordered(events),
        persons=len({r[3] for r in cases}),
        groups=groups,
        incidents=len(cases) - grouped + groups,
        by_body=figures.bodies(interim),
        interim=figures.interim_figures(figures.interim_categories(interim)),
        learned={"cases": len(delays), "median_delay_days": statistics.median(delays) if delays else None,
                 "longest_delay_days": max(delays, default=None), "approximate": approximate},
    )


def check(vault) -> None:
    """The stored counts are their definitions, and every figure (over all cases and over each
    kind) is the reference's, keys in the same order."""
    conn = vault.conn
    assert {r[:3]: r[3] for r in conn.execute("SELECT kind, outcome, status, cases FROM figure_cases") if r[3]} == \
        {r[:3]: r[3] for r in conn.execute("SELECT kind, outcome, status, count(*) FROM cases NOT INDEXED GROUP BY 1, 2, 3")}
    assert dict(r for r in conn.execute("SELECT type, cases FROM figure_events") if r[1]) == dict(conn.execute(
        "SELECT type, count(DISTINCT case_id) FROM events NOT INDEXED GROUP BY type").fetchall())
    assert conn.execute("SELECT count(*) FROM figure_cases WHERE cases < 0").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM figure_events WHERE cases < 0").fetchone()[0] == 0
    for kind in (None, *KINDS):
        found = svc.stats(vault, kind=kind)
        expected = reference(conn, kind)
        assert found == expected, kind
        for name in ("by_kind", "by_outcome", "by_status", "by_charge", "by_event", "by_body"):
            assert list(getattr(found, name)) == list(getattr(expected, name)), (kind, name)


# -- random work on a vault ---------------------------------------------------------------------

events = st.lists(st.tuples(st.sampled_from(TYPES), st.sampled_from(DATES), st.sampled_from((None, "09:30")),
                            st.sampled_from(BODIES)), max_size=5)
new_case = st.fixed_dictionaries({
    "kind": st.sampled_from(KINDS), "outcome": st.sampled_from(OUTCOMES), "closed": st.booleans(),
    "charges": st.lists(st.tuples(st.sampled_from(ARTICLES), st.sampled_from(("1", "2"))), max_size=3, unique=True),
    "events": events, "learned": st.sampled_from((None, "2022-03-20", "2022-04")),
    "group": st.sampled_from((None, "Аперацыя", "Сям'я")),
})


def _event(typ, date, time, body) -> Event:
    return Event(typ, date, time=time if len(date) == 10 else None,
                 body=body if typ == figures.GRANTED else None)


def _case(spec: dict, reference: str, person: Person) -> Case:
    return Case(reference=reference, kind=spec["kind"], outcome=spec["outcome"],
                status="closed" if spec["closed"] else "open", person=person,
                arrest_date="2022-03-02", learned_date=spec["learned"],
                charges=[Charge(*article, part=part) for article, part in spec["charges"]],
                events=[_event(*e) for e in spec["events"]])


class FigureWork(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="abarona-figures-"))
        self.vault = None
        self.serial = 0
        self.ids: list[str] = []

    @initialize(specs=st.lists(new_case, min_size=2, max_size=4))
    def open(self, specs) -> None:
        shutil.copyfile(FigureWork.template, self.folder / "v.abarona")
        self.vault = open_vault(self.folder / "v.abarona", FigureWork.key)
        for spec in specs:
            self.create(spec, same_person=False)

    def teardown(self) -> None:
        if self.vault is not None:
            self.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _reference(self) -> str:
        self.serial += 1
        return f"F-{self.serial}"

    def _group(self, name: str | None) -> list[CaseGroup]:
        if name is None:
            return []
        row = self.vault.conn.execute("SELECT id FROM case_groups WHERE name = ?", (name,)).fetchone()
        return [CaseGroup(name, id=row[0] if row else None)]

    @rule(spec=new_case, same_person=st.booleans())
    def create(self, spec, same_person):
        person = Person(f"Кліент {self.serial}")
        if same_person and self.ids:  # a second case of an existing client
            person = svc.get_case_by_id(self.vault, self.ids[-1]).person
        case = _case(spec, self._reference(), person)
        case.groups = self._group(spec["group"])
        self.ids.append(svc.create_case(self.vault, case).id)

    @rule(specs=st.lists(new_case, min_size=1, max_size=3))
    def import_file(self, specs):
        document = {"format": interchange.FORMAT, "version": interchange.VERSION, "cases": []}
        for spec in specs:
            case = _case(spec, self._reference(), Person(f"Імпарт {self.serial}"))
            case.groups = [CaseGroup(spec["group"])] if spec["group"] else []
            document["cases"].append({k: v for k, v in interchange.case_to_dict(case).items() if v is not None})
        path = self.folder / "cases.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        result = interchange.import_file(self.vault, path)
        self.ids += list(result.case_ids)

    @precondition(lambda self: self.ids)
    @rule(pick=st.integers(0, 99), kind=st.sampled_from(KINDS), outcome=st.sampled_from(OUTCOMES),
          status=st.sampled_from(("open", "closed")), charges=st.lists(st.sampled_from(ARTICLES), max_size=2, unique=True))
    def edit_case(self, pick, kind, outcome, status, charges):
        case = svc.get_case_by_id(self.vault, self.ids[pick % len(self.ids)])
        case.kind, case.outcome, case.status = kind, outcome, status
        kept = case.charges[:1]
        case.charges = kept + [Charge(*article) for article in charges
                               if article not in {(c.jurisdiction, c.code, c.article) for c in kept}]
        svc.update_case(self.vault, case)

    @precondition(lambda self: self.ids)
    @rule(pick=st.integers(0, 99), which=st.integers(0, 9), typ=st.sampled_from(TYPES), date=st.sampled_from(DATES),
          edit=st.sampled_from(("retype", "redate", "remove", "duplicate")))
    def edit_event(self, pick, which, typ, date, edit):
        case = svc.get_case_by_id(self.vault, self.ids[pick % len(self.ids)])
        if not case.events:
            return
        event = case.events[which % len(case.events)]
        if edit == "retype":
            event.type, event.body = typ, "ECtHR" if typ == figures.GRANTED else None
        elif edit == "redate":
            event.date, event.time = date, None
        elif edit == "remove":
            case.events.remove(event)
        else:  # a second event of the same type: its case still counts once
            case.events.append(Event(event.type, date, body=event.body))
        svc.update_case(self.vault, case)

    @precondition(lambda self: self.ids)
    @rule(pick=st.integers(0, 99), event=events)
    def add_events(self, pick, event):
        for e in event:
            svc.add_event(self.vault, self.ids[pick % len(self.ids)], _event(*e))

    @precondition(lambda self: self.ids)
    @rule(pick=st.integers(0, 99))
    def trash_or_restore(self, pick):
        case = svc.get_case_by_id(self.vault, self.ids[pick % len(self.ids)])
        (svc.restore_case if case.deleted_at else svc.delete_case)(self.vault, case.id)

    @rule()
    def empty_trash(self):
        gone = set(case_queries.trashed_ids(self.vault.conn))
        svc.empty_trash(self.vault)
        self.ids = [i for i in self.ids if i not in gone]

    @invariant()
    def figures_equal_the_reference(self):
        if self.vault is not None:
            check(self.vault)


def test_random_work_keeps_every_figure_equal_to_the_plain_queries(template_vault, vault_key):
    FigureWork.template, FigureWork.key = template_vault, vault_key
    machine = FigureWork.TestCase
    machine.settings = settings(max_examples=40, stateful_step_count=12, deadline=None)
    machine().runTest()


# -- the order of the work -------------------------------------------------------------------------

def test_two_events_of_a_type_deleted_together_count_their_case_once_then_not_at_all(vault):
    """A case deleted for good goes with all its events in one cascade: each row's trigger sees
    the events still there, and the count falls once, with the last."""
    case = svc.create_case(vault, Case(reference="T-1", kind="extradition", person=Person("Кудзін"),
                                       events=[Event("hearing", "2022-03-01"), Event("hearing", "2022-03-02"),
                                               Event("note", "2022-03-03")]))
    svc.create_case(vault, Case(reference="T-2", kind="extradition", person=Person("Кудзіна"),
                                events=[Event("hearing", "2022-03-01")]))
    assert dict(vault.conn.execute("SELECT type, cases FROM figure_events")) == {"hearing": 2, "note": 1}
    check(vault)
    svc.delete_case(vault, case.id)
    assert svc.stats(vault).by_event == {"hearing": 1}
    check(vault)
    svc.empty_trash(vault)
    assert dict(vault.conn.execute("SELECT type, cases FROM figure_events")) == {"hearing": 1, "note": 0}
    check(vault)


def test_an_event_retyped_moves_its_case_from_one_count_to_the_other(vault):
    case = svc.create_case(vault, Case(reference="T-1", kind="extradition", person=Person("Кудзін"),
                                       events=[Event("hearing", "2022-03-01"), Event("note", "2022-03-02")]))
    [note] = [e for e in case.events if e.type == "note"]
    note.type = "hearing"  # the case had a hearing already: it counts once, and no longer for notes
    case = svc.update_case(vault, case)
    assert dict(vault.conn.execute("SELECT type, cases FROM figure_events")) == {"hearing": 1, "note": 0}
    check(vault)
    note.type = "interim_measures_granted"
    case.kind, case.status = "abduction", "closed"
    svc.update_case(vault, case)
    assert dict(vault.conn.execute("SELECT type, cases FROM figure_events")) == {
        "hearing": 1, "note": 0, "interim_measures_granted": 1}
    assert [r for r in vault.conn.execute("SELECT kind, status, cases FROM figure_cases") if r[2]] == [
        ("abduction", "closed", 1)]
    check(vault)


def test_the_figures_of_interim_measures_read_the_migrations_own_types():
    assert stats_queries.INTERIM_TYPES == indexes.INTERIM_TYPES
    assert set(indexes.INTERIM_TYPES) == {figures.GRANTED, *figures.REMOVALS}


# -- a vault of the first release --------------------------------------------------------------

def test_a_release_1_vault_migrates_with_the_counts_of_its_cases(tmp_path):
    data = Path(__file__).resolve().parent.parent / "data" / "release1"
    shutil.copyfile(data / "vault.abarona", tmp_path / "vault.abarona")
    with open_vault(tmp_path / "vault.abarona", "стары сейф — Старый сейф 2025 ў") as vault:
        assert vault.conn.execute("SELECT count(*) FROM figure_events").fetchone()[0] > 0
        assert svc.stats(vault).cases == vault.conn.execute(
            "SELECT count(*) FROM cases WHERE deleted_at IS NULL").fetchone()[0] > 0
        check(vault)
        case = svc.get_case(vault, vault.conn.execute("SELECT id FROM cases LIMIT 1").fetchone()[0])
        svc.delete_case(vault, case.id)
        check(vault)
        svc.empty_trash(vault)
        check(vault)
