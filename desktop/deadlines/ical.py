"""Deadlines as an iCalendar file (RFC 5545) for a calendar program on the same laptop.

The file is NOT encrypted, so it carries only what a stranger may read: case references,
the kind of each deadline (the rule's title and legal basis) and the dates. Never a name,
never the text of an event or of a manual deadline; the file says that it is not encrypted.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import icalendar

from db.vault import Vault
from desktop.deadlines import service as dl
from desktop.vaults.atomic import write_atomically

NOTICE = {
    "en": "Exported from Abarona. This file is NOT encrypted: it holds case references and "
          "deadline kinds only. Delete it when it is no longer needed.",
    "ru": "Экспорт из Abarona. Этот файл НЕ зашифрован: в нём только номера дел и виды сроков. "
          "Удалите его, когда он станет не нужен.",
}
_MANUAL = {"en": "Deadline entered by hand", "ru": "Срок, введённый вручную"}
_UNVERIFIED = {"en": "rule not verified", "ru": "правило не проверено"}


def summary(d: dl.Deadline, lang: str = "en") -> str:
    """What the calendar shows: the case reference and the kind of deadline, nothing else."""
    kind = f"{d.rule_id}: {d.title}" if d.rule_id else _MANUAL.get(lang, _MANUAL["en"])
    return f"{d.reference} — {kind}"


def calendar_bytes(deadlines: Sequence[dl.Deadline], *, lang: str = "en", now: datetime | None = None) -> bytes:
    now = now or datetime.now(timezone.utc)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Abarona//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Abarona")
    cal.add("x-wr-caldesc", NOTICE.get(lang, NOTICE["en"]))
    for d in deadlines:
        if d.due is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"{d.id}@abarona")
        event.add("dtstamp", now)
        event.add("summary", summary(d, lang))
        if d.has_time:
            event.add("dtstart", d.due.astimezone(timezone.utc))
            event.add("dtend", d.due.astimezone(timezone.utc))
        else:
            last = d.last_day or (d.due - timedelta(seconds=1)).date()
            event.add("dtstart", last)
            event.add("dtend", last + timedelta(days=1))
        parts = []
        if d.rule_id:
            parts.append(d.basis)
            if not d.verified:
                parts.append(_UNVERIFIED.get(lang, _UNVERIFIED["en"]))
        parts.append(NOTICE.get(lang, NOTICE["en"]))
        event.add("description", "\n".join(p for p in parts if p))
        event.add("categories", [d.kind])
        event.add("status", "CONFIRMED")
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary(d, lang))
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def export_file(vault: Vault, path: str | os.PathLike[str], *, within_days: int | None = None,
                lang: str = "en") -> int:
    """Write open deadlines where the user chose (atomically); returns how many."""
    found = dl.list_open(vault, within_days=within_days, lang=lang)
    write_atomically(Path(path), calendar_bytes(found, lang=lang))
    count = sum(1 for d in found if d.due is not None)
    from db import audit as audit_queries
    from db.vault import now_utc

    with vault.transaction() as conn:  # the audit trail knows a calendar left the vault
        audit_queries.record(conn, [("export", "icalendar", None, "export_plaintext", {"deadlines": count})],
                             at=now_utc(), author=vault.author)
    return count
