"""The removal-risk band (issue 16) tells a violated block exactly as the deadline engine does
(issue 11): with the case's real kind and the events' bodies, also after a protection closed
the transfer window. The dashboard's bars, the band (``dashboard --json``'s ``at_risk``) and
the case Overview (risk.assess_case) are checked against the engine's verdict on real vaults."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from db.records import Case, Event, Person
from desktop.cases import service as svc
from desktop.deadlines import dashboard
from desktop.deadlines import service as dl
from desktop.rapid import risk

NOW = datetime(2022, 12, 1, 9, 0, tzinfo=timezone.utc)
HRC = "UN Human Rights Committee"

CASES = {
    # extradition: a transfer date set while the appeal is pending (EXT-09), then refused
    "refused-after-violation": ("extradition", [
        Event("arrest", "2022-01-10"), Event("extradition_granted", "2022-02-01"),
        Event("appeal_filed", "2022-02-05"), Event("transfer_date_set", "2022-03-01"),
        Event("extradition_refused", "2022-03-02")], {"EXT-09"}),
    # interim measures (UN HRC, rule 94), a transfer date after them, then extradition refused
    "interim-then-refused": ("extradition", [
        Event("arrest", "2022-01-10"), Event("interim_measures_granted", "2022-03-01", body=HRC),
        Event("transfer_date_set", "2022-04-01", time="17:00"), Event("extradition_refused", "2022-04-02")],
        {"INT-01"}),
    # expulsion: ordered while the asylum claim is pending (REF-02), then temporary asylum granted
    "expulsion-during-claim": ("expulsion", [
        Event("asylum_applied", "2022-05-01"), Event("expulsion_ordered", "2022-05-10"),
        Event("temporary_asylum_granted", "2022-05-20")], {"REF-02"}),
    # expulsion with hand-over: ordered while interim measures stand; no protection yet
    "handover-during-interim": ("expulsion_handover", [
        Event("interim_measures_granted", "2022-10-01", body="Committee against Torture"),
        Event("expulsion_ordered", "2022-11-30", time="10:00")], {"INT-01"}),
    # abduction: a transfer date learnt of while a complaint against the asylum refusal is pending
    "abduction-during-complaint": ("abduction", [
        Event("asylum_refused", "2022-08-01"), Event("complaint_filed", "2022-08-05"),
        Event("transfer_date_set", "2022-11-29", time="06:00")], {"REF-04"}),
    # the decision was notified (no "granted" event) and appealed: the appeal bars the transfer
    "notified-then-appealed": ("extradition", [
        Event("decision_notified", "2022-06-01"), Event("appeal_filed", "2022-06-05"),
        Event("transfer_date_set", "2022-07-01")], {"EXT-09"}),
    # an ECtHR Rule 39 measure indicated after 16.09.2022 bars nothing (CM/Res(2022)3)
    "ecthr-after-exit": ("extradition", [
        Event("interim_measures_granted", "2022-10-01", body="ECtHR, Rule 39"),
        Event("transfer_date_set", "2022-11-01")], set()),
    # Found trying the CLI. The NGO report's Padlobnikau pattern: removed hours before the
    # measures were indicated, the time of removal known roughly ("about 17:00", up to an hour
    # either way): no violation; a transfer date set about 21:00 against measures at 21:30 may
    # have come after them: the alarm (an extradition ends the band's watch: see below).
    "removed-hours-before-measures": ("extradition", [
        Event("interim_measures_granted", "2022-04-05", time="21:30", body=HRC),
        Event("extradited", "2022-04-05", time="17:00", time_approx=True)], set()),
    "removed-about-when-measures-came": ("extradition", [
        Event("interim_measures_granted", "2022-04-05", time="21:30", body=HRC),
        Event("transfer_date_set", "2022-04-05", time="21:00", time_approx=True)], {"INT-01"}),
    # a transfer date set "in April 2022" may fall after measures of 15 April (entered first, as
    # the lawyer learnt of it): the alarm; "in March 2022" certainly came before them
    "transfer-month-may-follow-measures": ("extradition", [
        Event("transfer_date_set", "2022-04"),
        Event("interim_measures_granted", "2022-04-15", body=HRC)], {"INT-01"}),
    "transfer-month-before-measures": ("extradition", [
        Event("transfer_date_set", "2022-03"),
        Event("interim_measures_granted", "2022-04-15", body=HRC)], set()),
}


def _make(vault, reference, kind, events) -> Case:
    made = svc.create_case(vault, Case(reference=reference, kind=kind, person=Person("Іван Іванаў"),
                                       region="Moscow", events=list(events)))
    return svc.get_case_by_id(vault, made.id)


def _rules(reasons) -> set[str]:
    return {r.basis.split(":")[0] for r in reasons if r.kind == "block_violated"}


@pytest.mark.parametrize("reference", list(CASES))
def test_band_bars_and_overview_agree_with_the_engine(vault, reference):
    kind, events, expected = CASES[reference]
    case = _make(vault, reference, kind, events)
    engine = {s.rule.id for s in dl.block_states(case.events, case_kind=case.kind) if s.violated}
    assert engine == expected  # the engine's own verdict
    bars = {d.rule_id for d in dashboard.compute(vault, now=NOW).blocks if d.violated and d.case_id == case.id}
    assert bars == engine
    band = {row.reference: row for row in risk.at_risk(vault, now=NOW)}
    assert _rules(band[reference].reasons if reference in band else ()) == engine
    assert _rules(risk.assess_case(case, now=NOW)) == engine  # the case Overview and timeline
    if engine:
        [reason] = [r for r in band[reference].reasons if r.kind == "block_violated"]
        assert reason.as_json()["event_type"] in ("transfer_date_set", "expulsion_ordered")
        assert set(reason.as_json()) == {"kind", "event_type", "since", "basis"}


def test_the_band_and_overview_agree_over_a_whole_vault(vault):
    made = [_make(vault, ref, kind, events) for ref, (kind, events, _e) in CASES.items()]
    # a recompute reads the events in bulk (approximate times included): the same verdicts
    result = dl.recompute_all(vault)
    assert (result.added, result.moved, result.removed) == ([], [], [])
    band = {row.reference: row.reasons for row in risk.at_risk(vault, now=NOW)}
    for case in made:
        overview = [(r.kind, r.since, r.basis) for r in risk.assess_case(case, now=NOW)]
        assert [(r.kind, r.since, r.basis) for r in band.get(case.reference, ())] == overview


def test_a_removal_during_a_bar_is_a_red_bar_and_no_longer_a_removal_risk(vault):
    """Removed while interim measures stood (the NGO report: removed hours before they
    arrived): the bars list shows the violation in red; the band's windows close at the
    removal (the person is no longer in Russia's hands), as the band's table says."""
    case = _make(vault, "removed", "extradition", [
        Event("interim_measures_granted", "2022-04-05", time="12:00", body=HRC),
        Event("extradited", "2022-04-05", time="17:00")])
    [bar] = [d for d in dashboard.compute(vault, now=NOW).blocks if d.case_id == case.id]
    assert bar.violated and bar.rule_id == "INT-01"
    assert risk.at_risk(vault, now=NOW) == [] and risk.assess_case(case, now=NOW) == []


def test_the_band_follows_the_engine_when_the_violating_step_is_edited_away(vault):
    """The band reads the engine's stored verdict: removing the transfer date (entered by
    mistake) clears the violation from the bars and from the band at once."""
    kind, events, _expected = CASES["refused-after-violation"]
    case = _make(vault, "edited", kind, events)
    assert _rules(risk.at_risk(vault, now=NOW)[0].reasons) == {"EXT-09"}
    case.events = [e for e in case.events if e.type != "transfer_date_set"]
    svc.update_case(vault, case)
    assert risk.at_risk(vault, now=NOW) == []
    assert not [d for d in dashboard.compute(vault, now=NOW).blocks if d.violated]
