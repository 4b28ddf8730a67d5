"""Deadlines as an iCalendar file (RFC 5545) for a calendar program on the same laptop.

The file is NOT encrypted, so it carries only what a stranger may read: case references,
the kind of each deadline (the rule's title and legal basis) and the dates. Never a name,
never the text of an event or of a manual deadline; the file says that it is not encrypted.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import icalendar

from db.vault import Vault
from desktop.dates import zones
from desktop.deadlines import service as dl
from desktop.vaults.atomic import write_atomically

NOTICE = {
    "en": "Exported from Abarona. This file is NOT encrypted: it holds case references and "
          "deadline kinds only. Delete it when it is no longer needed.",
    "ru": "Экспорт из Abarona. Этот файл НЕ зашифрован: в нём только номера дел и виды сроков. "
          "Удалите его, когда он станет не нужен.",
    "be": "Экспарт з Abarona. Гэты файл НЕ зашыфраваны: у ім толькі нумары спраў і віды тэрмінаў. "
          "Выдаліце яго, калі ён стане непатрэбны.",
}
_MANUAL = {"en": "Deadline entered by hand", "ru": "Срок, введённый вручную", "be": "Тэрмін, уведзены ўручную"}
_UNVERIFIED = {"en": "rule not verified", "ru": "правило не проверено", "be": "правіла не праверана"}
_APPROXIMATE = {"en": "approximate: the earliest possible date", "ru": "приблизительно: самая ранняя возможная дата",
                "be": "прыблізна: самая ранняя магчымая дата"}
_VIOLATED = {"en": "VIOLATED", "ru": "НАРУШЕНО", "be": "ПАРУШАНА"}
_BLOCK = {"en": "no removal", "ru": "высылка не допускается", "be": "высылка не дапускаецца"}
#: The times of the event are those of the place of proceedings, named as people name it
#: ("Novosibirsk time (UTC+7)", desktop.dates.zones), never by the IANA name of the TZID.
_LOCAL_TIME = {"en": "Local time of the place of proceedings: %1.",
               "ru": "Местное время места рассмотрения дела: %1.",
               "be": "Мясцовы час месца разгляду справы: %1."}
#: Alarms proportional to the term (issue 11): hour terms 6 h and 1 h before the moment; day
#: terms the day before and on the last day, both at this local hour.
ALARM_HOUR = 9
HOUR_ALARMS = (timedelta(hours=-6), timedelta(hours=-1))


def summary(d: dl.Deadline, lang: str = "en") -> str:
    """What the calendar shows: the case reference and the kind of deadline, nothing else;
    "≈" marks an approximate date (the earliest possible), "VIOLATED" a violated block."""
    kind = f"{d.rule_id}: {d.title}" if d.rule_id else _MANUAL.get(lang, _MANUAL["en"])
    mark = "≈ " if d.approximate else ""
    if d.kind == "block" and d.violated:
        mark = f"{_VIOLATED.get(lang, _VIOLATED['en'])}: " + mark
    return f"{mark}{d.reference} — {kind}"


def _add_dates(event, d, local) -> bool:
    """DTSTART and DTEND of a deadline: a block's days, a due moment, or the last day; False
    when there is no day to show (an open start: never year 0001). Raises OverflowError for a
    day after 9999-12-31 (a term running past the calendar)."""
    if d.kind == "block":
        first = d.starts.astimezone(local).date()
        if first.year <= 1:
            return False
        event.add("dtstart", first)
        event.add("dtend", (d.until or first) + timedelta(days=1))
    elif d.has_time:
        if d.due.year <= 1:
            return False
        event.add("dtstart", d.due.astimezone(local))  # TZID= the zone of the proceedings
        event.add("dtend", d.due.astimezone(local))
    else:
        last = d.last_day or (d.due - timedelta(seconds=1)).date()
        if last.year <= 1:
            return False
        event.add("dtstart", last)
        event.add("dtend", last + timedelta(days=1))
    return True


def _local(d: dl.Deadline):
    return dl.zone(d.zone or dl.MOSCOW)


def _add_alarm(event, text: str, trigger) -> None:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    if isinstance(trigger, datetime):
        alarm.add("trigger", trigger.astimezone(timezone.utc), parameters={"VALUE": "DATE-TIME"})
    else:
        alarm.add("trigger", trigger)
    event.add_component(alarm)


def calendar_bytes(deadlines: Sequence[dl.Deadline], *, lang: str = "en", now: datetime | None = None) -> bytes:
    """The deadlines as an iCalendar file (RFC 5545, UTF-8 bytes): one event per deadline with
    a date (a block as its span), times in the deadline's own zone, titles and the
    verify-it notice in ``lang`` ("en", "ru" or "be"); deadlines without a date are left
    out. ``now``: the DTSTAMP (default: the clock)."""
    now = now or datetime.now(timezone.utc)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Abarona//Deadlines//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Abarona")
    cal.add("x-wr-caldesc", NOTICE.get(lang, NOTICE["en"]))
    for d in deadlines:
        block = d.kind == "block"
        if (d.due is None and not block) or (block and d.starts is None):
            continue  # no date to put in a calendar (trigger date unknown)
        local = _local(d)
        event = icalendar.Event()
        event.add("uid", f"{d.id}@abarona")
        event.add("dtstamp", now)
        event.add("summary", summary(d, lang))
        try:
            if not _add_dates(event, d, local):
                continue
        except (OverflowError, ValueError):
            continue  # past the calendar's last day (9999-12-31): no day a calendar can hold
        parts = []
        if d.zone and d.zone != dl.MOSCOW and not block:
            parts.append(_LOCAL_TIME.get(lang, _LOCAL_TIME["en"]).replace(
                "%1", zones.zone_label(d.zone, lang, d.due)))
        if d.approximate:
            parts.append(_APPROXIMATE.get(lang, _APPROXIMATE["en"]))
        if block:
            parts.append(_BLOCK.get(lang, _BLOCK["en"]))
        if d.rule_id:
            parts.append(d.basis)
            if not d.verified:
                parts.append(_UNVERIFIED.get(lang, _UNVERIFIED["en"]))
        parts.append(NOTICE.get(lang, NOTICE["en"]))
        event.add("description", "\n".join(p for p in parts if p))
        event.add("categories", [d.kind])
        event.add("status", "CONFIRMED")
        if not block and d.has_time:
            for before in HOUR_ALARMS:
                _add_alarm(event, summary(d, lang), before)
        elif not block:
            last = d.last_day or (d.due - timedelta(seconds=1)).date()
            for day in (last - timedelta(days=1), last):
                _add_alarm(event, summary(d, lang), datetime.combine(day, time(ALARM_HOUR, 0), local))
        cal.add_component(event)
    cal.add_missing_timezones()  # VTIMEZONE for every TZID used, so calendar programs agree
    return cal.to_ical()


def export_file(vault: Vault, path: str | os.PathLike[str], *, within_days: int | None = None,
                lang: str = "en") -> int:
    """Write open deadlines where the user chose (atomically); returns how many."""
    from desktop.deadlines import dashboard

    found = dl.list_open(vault, within_days=within_days, lang=lang)
    found += dashboard.compute(vault, lang=lang, limit=None).blocks  # in force or violated
    write_atomically(Path(path), calendar_bytes(found, lang=lang))
    count = sum(1 for d in found if d.due is not None or d.kind == "block")
    from db import audit as audit_queries
    from db.vault import now_utc

    with vault.transaction() as conn:  # the audit trail knows a calendar left the vault
        audit_queries.record(conn, [("export", "icalendar", None, "export_plaintext", {"deadlines": count})],
                             at=now_utc(), author=vault.author)
    return count
