"""Team sync converges (issue 17): a Hypothesis state machine of random edits on three devices
(real vaults; cases edited and deleted, events, places of detention, filings and checklist ticks), with journals delivered between their folders in random order, one file at a
time. At the end every file reaches every device, conflicts are decided by one rule that both
sides of a conflict agree on (the larger value wins; a deletion loses to an edit), and the
three vaults' shared digests are equal."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from db.rapid import Filing
from db.records import DetentionPlace
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.rapid import checklist, filings
from desktop.team import service as team
from tests.helpers import case_dict, document
from tests.conftest import new_vault

REFS = ("BY-1", "BY-2")
FIELDS = ("summary", "notes", "region")
VALUES = ("a", "b", "c")


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and not p.name.startswith("."))


class Team(RuleBasedStateMachine):
    @initialize()
    def setup(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="abarona-team-"))
        self.vaults, self.folders = [], []
        for n in range(3):
            self.vaults.append(new_vault(self.tmp / f"d{n}.abarona", f"device {n} passphrase"))
            folder = self.tmp / f"folder{n}"
            folder.mkdir()
            self.folders.append(folder)
        interchange.import_cases(self.vaults[0], interchange.read_cases(document(*(case_dict(r) for r in REFS))))
        words = team.create_team(self.vaults[0], self.folders[0], name="d0").passphrase
        for n in (1, 2):
            self._deliver_all(0, n)
            team.join_team(self.vaults[n], self.folders[n], words, name=f"d{n}")
        self._settle()

    def teardown(self):
        try:
            if getattr(self, "vaults", None):
                self._converge()
        finally:
            for vault in getattr(self, "vaults", []):
                vault.close()
            shutil.rmtree(getattr(self, "tmp", ""), ignore_errors=True)

    # -- helpers
    def _deliver_all(self, src: int, dst: int) -> None:
        for rel in _files(self.folders[src]):
            self._copy(src, dst, rel)

    def _copy(self, src: int, dst: int, rel: str) -> None:
        target = self.folders[dst] / rel
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(self.folders[src] / rel, target)

    def _settle(self) -> None:
        for _ in range(2):
            for n in range(3):
                for src in range(3):
                    if src != n:
                        self._deliver_all(src, n)
                team.sync(self.vaults[n])

    def _decide(self) -> int:
        decided = 0
        for vault in self.vaults:
            # read afresh after each decision: one on a case deleted on one side decides its
            # records' conflicts with it
            while open_ := team.conflicts(vault):
                c = open_[0]
                if c["kind"] == "edited":
                    mine = [repr(v["mine"]) for v in c["fields"].values()]
                    theirs = [repr(v["theirs"]) for v in c["fields"].values()]
                    choice = "mine" if mine >= theirs else "theirs"
                elif c["kind"] == "deleted_there":
                    choice = "mine"
                elif c["kind"] == "deleted_here":
                    choice = "theirs"
                else:
                    choice = "mine"
                team.resolve(vault, c["id"], choice)
                decided += 1
        return decided

    def _converge(self) -> None:
        for _ in range(6):
            self._settle()
            if not self._decide():
                self._settle()
                if not any(team.conflicts(v) for v in self.vaults):
                    break
        digests = [team.shared_digest(v) for v in self.vaults]
        assert digests[0] == digests[1] == digests[2], [self._seen(v) for v in self.vaults]

    def _case(self, device: int, ref: str):
        try:
            return svc.get_case(self.vaults[device], ref)
        except svc.CaseNotFound:
            return None

    def _seen(self, vault) -> list:
        cases = [c for c in (self._case(self.vaults.index(vault), r) for r in REFS) if c is not None]
        return [(c.reference, c.summary, c.notes, c.region, [(e.id[:4], e.text) for e in c.events]) for c in cases]

    @invariant()
    def one_conflict_per_record(self):
        """No record is in two open conflicts (an edit conflict and a deletion conflict)."""
        for vault in getattr(self, "vaults", []):
            keys = [(c["table"], repr(c["record"])) for c in team.conflicts(vault)]
            assert len(keys) == len(set(keys)), keys

    # -- rules
    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS), name=st.sampled_from(FIELDS),
          value=st.sampled_from(VALUES))
    def edit_field(self, device, ref, name, value):
        case = self._case(device, ref)
        if case is None:
            return
        setattr(case, name, value)
        svc.update_case(self.vaults[device], case)

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES))
    def edit_event(self, device, ref, value):
        case = self._case(device, ref)
        if case is None:
            return
        if case.events:
            case.events[0].text = value
            svc.update_case(self.vaults[device], case)

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS))
    def delete_event(self, device, ref):
        case = self._case(device, ref)
        if case is None:
            return
        if len(case.events) > 1:
            case.events.pop()
            svc.update_case(self.vaults[device], case)

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES))
    def add_event(self, device, ref, value):
        case = self._case(device, ref)
        if case is None:
            return
        case.events.append(svc.Event(type="hearing", date="2024-02-02", text=value))
        svc.update_case(self.vaults[device], case)

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES))
    def edit_detention(self, device, ref, value):
        """A place of detention (a record of issue 15, shared since m0018): added, or its note edited."""
        case = self._case(device, ref)
        if case is None:
            return
        if case.detention:
            case.detention[0].note = value
        else:
            case.detention = [DetentionPlace(since="2024-01-02", place="SIZO-1", note=value)]
        svc.update_case(self.vaults[device], case)

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS), done=st.booleans())
    def tick(self, device, ref, done):
        """A step of the rapid-response checklist ticked (again: a new time) or unticked."""
        case = self._case(device, ref)
        if case is None:
            return
        case_id = case.id
        checklist.tick(self.vaults[device], case_id, checklist.steps()[0].id, done=done)

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES), drop=st.booleans())
    def filing(self, device, ref, value, drop):
        """A filing (issue 16) recorded, answered or deleted."""
        vault = self.vaults[device]
        case = self._case(device, ref)
        if case is None:
            return
        found = filings.list_filings(vault, case_id=case.id)
        if not found:
            filings.add(vault, case.id, Filing(case_id=case.id, kind="complaint", body="ECtHR",
                                               filed_at="2024-01-02T10:00:00+03:00"))
        elif drop:
            filings.delete(vault, found[0].filing.id)
        else:
            filings.answer(vault, found[0].filing.id, value, "2024-01-03T10:00:00+03:00")

    @rule(device=st.integers(0, 2), ref=st.sampled_from(REFS))
    def delete_case(self, device, ref):
        """A case deleted for good (moved to the trash, the trash emptied)."""
        case = self._case(device, ref)
        if case is not None:
            svc.delete_case(self.vaults[device], case.id)
            svc.empty_trash(self.vaults[device])

    @rule(device=st.integers(0, 2))
    def sync(self, device):
        result = team.sync(self.vaults[device])
        assert result.refused == []

    @rule(src=st.integers(0, 2), dst=st.integers(0, 2), pick=st.integers(0, 1000))
    def deliver_one(self, src, dst, pick):
        """One file, any of those the destination lacks: out of order."""
        if src == dst:
            return
        missing = [rel for rel in _files(self.folders[src]) if not (self.folders[dst] / rel).exists()]
        if missing:
            self._copy(src, dst, missing[pick % len(missing)])


# Deterministic wherever it runs: the same examples every run (derandomize, no example
# database carried between runs), no per-step deadline (a timing assertion: a step syncs real
# vaults, and took seconds on a loaded machine) and no health check (they judge how fast and
# how much data is drawn, not the property; the machine draws little and runs slowly by
# design). What is checked is unchanged: every rule's own assertions and, at the end of every
# example, the three vaults' equal shared digests.
Team.TestCase.settings = settings(max_examples=6, stateful_step_count=10, deadline=None, derandomize=True,
                                  database=None, print_blob=True, suppress_health_check=list(HealthCheck))
TestTeamConverges = Team.TestCase
