"""The checklist for a client at risk of removal: steps from ``resources/rapid_checklist.toml``
(an organisation may edit them), ticked per case with who and when, each tick audited."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from db import audit as audit_queries
from db import rapid as queries
from db.vault import Vault, now_utc
from desktop.cases import writes

LANGUAGES = ("en", "ru", "be")


class ChecklistInvalid(ValueError):
    """The checklist file is malformed, or a step id is unknown; the message says which."""


@dataclass(frozen=True)
class Step:
    id: str
    labels: dict[str, str]

    def label(self, lang: str) -> str:
        """The label in ``lang``; Russian for Belarusian where a step has none, else English."""
        return self.labels.get(lang) or (self.labels.get("ru") if lang == "be" else None) or self.labels["en"]


@dataclass(frozen=True)
class StepState:
    step: Step
    done_at: str | None   # ISO date-time, UTC
    done_by: str | None


def parse(text: str) -> tuple[Step, ...]:
    """Steps from the TOML text of a checklist file. Raises ChecklistInvalid."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ChecklistInvalid(f"The checklist file is not valid TOML: {exc}") from None
    steps, seen = [], set()
    for n, raw in enumerate(data.get("step", []), start=1):
        sid = raw.get("id")
        if not isinstance(sid, str) or not sid or sid in seen:
            raise ChecklistInvalid(f"Step {n} of the checklist needs an id of its own.")
        if not isinstance(raw.get("en"), str):
            raise ChecklistInvalid(f"Step {sid!r} of the checklist needs an English label (en).")
        seen.add(sid)
        steps.append(Step(sid, {k: v for k, v in raw.items() if k in LANGUAGES and isinstance(v, str)}))
    return tuple(steps)


@functools.cache
def steps() -> tuple[Step, ...]:
    """The organisation's checklist, in order."""
    return parse(resources.files("resources").joinpath("rapid_checklist.toml").read_text(encoding="utf-8"))


def state(vault: Vault, case_id: str) -> list[StepState]:
    """Each step of the checklist with its tick on this case, in order. Ticks of steps no
    longer in the file are kept in the vault but not shown."""
    ticked = queries.ticks(vault.conn, [case_id]).get(case_id, {})
    return [StepState(s, *(ticked.get(s.id) or (None, None))) for s in steps()]


def tick(vault: Vault, case_id: str, step_id: str, *, done: bool = True) -> None:
    """Tick (or untick) a step for a case, recording who and when in the audit.
    Raises ChecklistInvalid for a step the checklist does not have."""
    if step_id not in {s.id for s in steps()}:
        raise ChecklistInvalid(f"The checklist has no step {step_id!r}.")
    with writes.case_transaction(vault, case_id) as (conn, _written):
        at = now_utc()
        queries.set_tick(conn, case_id, step_id, done_at=at if done else None, done_by=vault.author)
        audit_queries.record(conn, [("checklist", step_id, case_id, "tick" if done else "untick", {"step": step_id})],
                             at=at, author=vault.author)
