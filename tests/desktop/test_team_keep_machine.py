"""Edits and deletions on two devices, in random interleavings, never leave a record in two
open conflicts, and the team ends the same on both (issue 17): a Hypothesis state machine over
two real vaults and their folders. Cases are edited, their events edited, added and deleted,
filings and documents recorded and deleted, checklist steps ticked and unticked, cases emptied out of the trash; devices sync in
any order; either device decides its conflicts as they come, keep or delete, edit or not, at
random. At the end every conflict is decided (by a rule both sides agree on), and after two
more rounds both devices are identical, row by row and by the shared digest."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from db.rapid import Filing
from desktop.cases import documents, interchange
from desktop.cases import service as svc
from desktop.rapid import checklist, filings
from desktop.team import service as team
from tests.conftest import new_vault
from tests.desktop.test_team import Device, deliver
from tests.desktop.test_team_keep_case import case_rows
from tests.helpers import case_dict, document

REFS = ("BY-1", "BY-2")
VALUES = ("a", "b")


class TwoDevices(RuleBasedStateMachine):
    @initialize(delete_wins=st.booleans())
    def setup(self, delete_wins):
        self.delete_wins = delete_wins  # the rule both sides decide by at the end (_decide_all)
        self.tmp = Path(tempfile.mkdtemp(prefix="abarona-keep-"))
        self.devices = []
        for name in ("A", "B"):
            vault = new_vault(self.tmp / f"{name}.abarona", f"passphrase of {name}", author=name)
            device = Device(vault, self.tmp / f"team-{name}", name)
            device.folder.mkdir()
            self.devices.append(device)
        a, b = self.devices
        interchange.import_cases(a.vault, interchange.read_cases(document(*(case_dict(r) for r in REFS))))
        words = team.create_team(a.vault, a.folder, name="A").passphrase
        deliver(a, b)
        team.join_team(b.vault, b.folder, words, name="B")
        self._round()

    def teardown(self):
        try:
            if getattr(self, "devices", None):
                self._converge()
        finally:
            for d in getattr(self, "devices", []):
                d.vault.close()
            shutil.rmtree(getattr(self, "tmp", ""), ignore_errors=True)

    # -- helpers
    def _round(self) -> None:
        a, b = self.devices
        for _ in range(2):
            a.sync()
            deliver(a, b)
            b.sync()
            deliver(b, a)

    def _case(self, device: int, ref: str):
        try:
            return svc.get_case(self.devices[device].vault, ref)
        except svc.CaseNotFound:
            return None

    def _decide_all(self, device: Device) -> int:
        """Decide by a rule both sides of a conflict agree on: what was edited is kept against
        a deletion (or, in half the runs, the deletion is taken); of two edits, the larger value
        wins."""
        decided = 0
        while open_ := team.conflicts(device.vault):
            c = open_[0]
            if c["kind"] == "edited":
                mine = [repr(v["mine"]) for v in c["fields"].values()]
                theirs = [repr(v["theirs"]) for v in c["fields"].values()]
                choice = "mine" if mine >= theirs else "theirs"
            elif self.delete_wins:
                choice = "mine" if c["kind"] == "deleted_here" else "theirs"
            else:
                choice = "theirs" if c["kind"] == "deleted_here" else "mine"
            team.resolve(device.vault, c["id"], choice)
            decided += 1
        return decided

    def _converge(self) -> None:
        a, b = self.devices
        passes = 0
        for _ in range(5):
            self._round()
            if not (self._decide_all(a) + self._decide_all(b)):
                break
            passes += 1
        # decided by one rule on both sides, every conflict settles at the first pass: a decision
        # that leaves the other device with conflicts of the same case (a deletion decided
        # after a tick or a document, before) is a defect even when a second pass hides it
        assert passes <= 1, f"conflicts still open after {passes} passes of decisions"
        self._round()
        self._round()
        for d in self.devices:
            assert team.conflicts(d.vault) == [], d.name
        for ref in REFS:
            on_a, on_b = self._case(0, ref), self._case(1, ref)
            assert (on_a is None) == (on_b is None), ref
            if on_a is not None:
                assert case_rows(a, ref) == case_rows(b, ref), ref
        assert a.digest() == b.digest()

    # -- the invariant of item 2
    @invariant()
    def one_conflict_per_record(self):
        for d in getattr(self, "devices", []):
            keys = [(c["table"], repr(c["record"])) for c in team.conflicts(d.vault)]
            assert len(keys) == len(set(keys)), (d.name, keys)

    # -- rules
    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES))
    def edit_case(self, device, ref, value):
        case = self._case(device, ref)
        if case is not None:
            case.notes = value
            svc.update_case(self.devices[device].vault, case)

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES))
    def edit_event(self, device, ref, value):
        case = self._case(device, ref)
        if case is not None and case.events:
            case.events[-1].text = value
            svc.update_case(self.devices[device].vault, case)

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES))
    def add_event(self, device, ref, value):
        case = self._case(device, ref)
        if case is not None:
            case.events.append(svc.Event(type="hearing", date="2024-02-02", text=value))
            svc.update_case(self.devices[device].vault, case)

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS))
    def delete_event(self, device, ref):
        case = self._case(device, ref)
        if case is not None and len(case.events) > 1:
            case.events.pop(0)
            svc.update_case(self.devices[device].vault, case)

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS))
    def delete_case(self, device, ref):
        case = self._case(device, ref)
        if case is not None:
            svc.delete_case(self.devices[device].vault, case.id)
            svc.empty_trash(self.devices[device].vault)

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS), value=st.sampled_from(VALUES), drop=st.booleans())
    def filing(self, device, ref, value, drop):
        """A filing (issue 16) recorded, answered or deleted: a record of the case's own table."""
        vault = self.devices[device].vault
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

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS))
    def document(self, device, ref):
        """A document stored on the case (its content in chunks), or the one there deleted."""
        vault = self.devices[device].vault
        case = self._case(device, ref)
        if case is None:
            return
        found = documents.list_documents(vault, case.id)
        if found:
            documents.delete_document(vault, found[0].id)
        else:
            documents.add_document(vault, case.id, name="decision.pdf", data=b"%PDF-1.4\n" + ref.encode() * 300)

    @rule(device=st.integers(0, 1), ref=st.sampled_from(REFS), step=st.integers(0, 2), done=st.booleans())
    def tick(self, device, ref, step, done):
        """A step of the rapid-response checklist ticked or unticked (issue 16): a row of the
        case in a table of its own, like a document; ticked on a case deleted elsewhere, it
        brings the case back there as a conflict."""
        case = self._case(device, ref)
        if case is not None:
            checklist.tick(self.devices[device].vault, case.id, checklist.steps()[step].id, done=done)

    @rule(device=st.integers(0, 1))
    def sync(self, device):
        """One device syncs; what it wrote reaches the other's folder."""
        me, other = self.devices[device], self.devices[1 - device]
        assert me.sync().refused == []
        deliver(me, other)

    @rule(device=st.integers(0, 1), pick=st.integers(0, 20), choice=st.sampled_from(["mine", "theirs"]))
    def decide(self, device, pick, choice):
        """A device decides one of its conflicts, either way (the two may contradict each
        other: a decision crossing another comes back as a conflict, never as a swap)."""
        d = self.devices[device]
        open_ = team.conflicts(d.vault)
        if open_:
            team.resolve(d.vault, open_[pick % len(open_)]["id"], choice)


# Deterministic wherever it runs (see tests/desktop/test_team_convergence.py): the same examples
# every run, no per-step deadline and no health checks; what is checked is every rule's own
# assertions, the invariant after every step, and the two devices' equality at the end.
TwoDevices.TestCase.settings = settings(max_examples=8, stateful_step_count=12, deadline=None, derandomize=True,
                                        database=None, print_blob=True, suppress_health_check=list(HealthCheck))
TestTwoDevicesConverge = TwoDevices.TestCase
