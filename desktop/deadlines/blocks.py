"""Blocks: states in which the person may not be removed, and whether a removal step was
recorded while one was in force (a violation, the red alarm). Pure: takes a case's events,
returns states; no vault, no SQL. Other services (the removal-risk alarm) reuse block_states.

The blocks are the rules of kind "block" in resources/deadline_rules.toml:
- EXT-09: an appeal or complaint against the extradition decision is pending (CPC art. 462(6));
- REF-02: a refugee or temporary-asylum claim is pending (Law 4528-1 arts. 10, 12);
- REF-04: a complaint against a refusal of refugee status or temporary asylum is pending
  (Law 4528-1 art. 10);
- INT-01: interim measures indicated by an international body. The UN Human Rights Committee
  and the Committee against Torture at any time; the ECtHR (Rule 39) only up to 16 September
  2022, the day Russia ceased to be a party to the Convention (Committee of Ministers
  resolution CM/Res(2022)3), so an ECtHR measure never blocks after that day.

A block starts at its trigger event and ends at the first later event of its rule's
``closed_by`` types (never at a removal step: that is a violation, not an end). A removal
step violates it unless the record shows it certainly came before the trigger
(desktop.cases.order: an earlier day, or the same day at a time that cannot overlap); a
removal whose uncertain date may fall inside the block counts, as the protective reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from db.records import Event
from desktop.cases import order
from desktop.deadlines import terms

#: Recording one of these while a block is in force violates it.
REMOVAL_STEPS = ("transfer_date_set", "extradited", "handed_over", "deported", "expulsion_ordered")
#: Russia ceased to be a party to the ECHR on 16.09.2022 (CM/Res(2022)3); Rule 39 measures
#: indicated to Russia are counted up to that day.
ECTHR_LAST_DAY = date(2022, 9, 16)
#: Words that name the body of an interim measure (the event's "body" or "place" field).
_ECTHR = ("ecthr", "echr", "european court", "strasbourg", "еспч", "европейск", "rule 39", "правило 39")
_UN = re.compile(r"\b(human rights committee|committee against torture|ccpr|cat|hrc|un|u\.n|united nations"
                 r"|оон|кпч|кпп|комитет по правам человека|комитет против пыток)\b")


@dataclass(frozen=True)
class BlockState:
    """One block of one case.

    ``since``/``until``: ISO lower days (``until`` None while in force); ``violated_by``: ids of
    the removal steps recorded while it was in force, oldest first; ``body``: for interim
    measures, "ecthr", "un" or None when the body is not recorded (then counted as in force)."""

    rule: terms.Rule
    event_id: str | None
    since: date
    since_time: str | None
    end_event_id: str | None
    until: date | None
    violated_by: tuple[str, ...]
    body: str | None
    approximate: bool

    @property
    def active(self) -> bool:
        """True while the block lasts (no end yet)."""
        return self.until is None

    @property
    def violated(self) -> bool:
        """True when a removal step fell inside the block."""
        return bool(self.violated_by)


def interim_body(event: Event) -> str | None:
    """'ecthr', 'un' or None: which body indicated an interim measure, from its body field."""
    parts = (getattr(event, "body", None), getattr(event, "text", None), getattr(event, "place", None))
    text = " ".join(t for t in parts if t).casefold() + " "
    if any(w in text for w in _ECTHR):
        return "ecthr"
    if _UN.search(text):
        return "un"
    return None


def block_states(events: Sequence[Event], *, case_kind: str = "other",
                 ordered: list | None = None) -> list[BlockState]:
    """Every block the case's events give, in the order they began (see the module's doc).

    ``events``: the case's events in list order (ids optional); invalid or open dates never
    raise (an open start counts from the earliest day, marked approximate). ``ordered``:
    terms.order(events), when the caller has it already."""
    if ordered is None:
        ordered = terms.order(events)
    by_trigger = terms._rules_by_trigger()
    found: list[BlockState] = []
    counted: dict[str, int] = {}  # types of the events up to the end of the day read (as terms.derive)
    through = -1
    for index, (key, event) in enumerate(ordered):
        for rule in by_trigger.get(event.type, ()):
            if rule.kind != "block" or not rule.applies_to(case_kind):
                continue
            trigger_day = date.fromisoformat(key[0])
            if not rule.in_force(trigger_day):
                continue
            if rule.requires_prior or rule.requires_no_prior:
                while through + 1 < len(ordered) and ordered[through + 1][0][0] <= key[0]:
                    through += 1
                    kind = ordered[through][1].type
                    counted[kind] = counted.get(kind, 0) + 1
                prior = {t for t, n in counted.items() if n > (t == event.type)}
                if rule.requires_prior and not prior.intersection(rule.requires_prior):
                    continue
                if prior.intersection(rule.requires_no_prior):
                    continue
            if not terms._latest_allows(rule, ordered, index):
                continue
            body = interim_body(event) if event.type == "interim_measures_granted" else None
            cutoff = None
            if body == "ecthr":
                if trigger_day > ECTHR_LAST_DAY:
                    continue
                cutoff = ECTHR_LAST_DAY
            end_id, until = None, None
            # A removal step entered before the trigger, whose date is uncertain and may fall
            # after it ("2026-10" against 15.10.2026), may have violated the block: the alarm
            # is raised (where a fact is uncertain, the reading that protects the client).
            violations = [e.id for _k, e in ordered[:index]
                          if e.type in REMOVAL_STEPS and not order.certainly_before(e, event)]
            for later_key, later in ordered[index + 1:]:
                day = date.fromisoformat(later_key[0])
                if cutoff is not None and day > cutoff:
                    until = cutoff
                    break
                if later.type in rule.closed_by:
                    end_id, until = later.id, day
                    break
                if later.type in REMOVAL_STEPS and not order.certainly_before(later, event):
                    # (the same day, at a time that cannot overlap the trigger's and before it:
                    # the removal came first, as in the report's Padlobnikau case, not during)
                    violations.append(later.id)
            if cutoff is not None and until is None:
                until = cutoff  # the ECtHR measure stood until Russia left the Convention, at most
            try:
                approximate = not terms.dates.parse(event.date).is_day
            except terms.dates.DateError:
                approximate = True
            found.append(BlockState(rule, event.id, trigger_day, event.time, end_id, until,
                                    tuple(violations), body, approximate))
    return found


def violated_blocks(events: Sequence[Event], *, case_kind: str = "other") -> list[tuple[str, Event]]:
    """(rule id, the removal step's event) for each violation of a block among ``events``
    (anything with type, date, date_lower, time, place and id: db.records.Event, db.rapid.RiskEvent)."""
    by_id = {e.id: e for e in events}
    return [(s.rule.id, by_id[v]) for s in block_states(events, case_kind=case_kind)
            for v in s.violated_by if v in by_id]


def derived_blocks(case_kind: str, events: Sequence[Event], *, region: str | None = None,
                   ordered: list | None = None) -> list[terms.Derived]:
    """The blocks as derived deadlines (kind "block"), for the service that stores them."""
    by_id = {e.id: e for e in events}
    found = []
    for state in block_states(events, case_kind=case_kind, ordered=ordered):
        event = by_id.get(state.event_id)
        if event is None:
            continue
        term = terms.compute_term(state.rule, event, region=region)
        found.append(terms.Derived(state.rule, event.id, term, state.end_event_id, state.until,
                                   state.violated_by[0] if state.violated_by else None))
    return found


__all__ = ["BlockState", "ECTHR_LAST_DAY", "REMOVAL_STEPS", "block_states", "derived_blocks", "interim_body",
           "violated_blocks"]
