"""The alarm dashboard across all live cases: overdue, due today, the next days, who is in
custody with the days left on the term, and detained or at-risk clients nobody has heard
from. Also the CLI commands `deadlines` and `dashboard`."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from db import deadlines as queries
from db.deadlines import WatchedCase
from db.vault import Vault
from desktop import deadlines as dl

#: Events that put a person in custody, and events that end it (or take the person away).
CUSTODY_STARTS = ("arrest", "rearrest", "custody_ordered", "custody_extended", "admin_detention",
                  "special_centre_placement")
CUSTODY_ENDS = ("release", "extradited", "handed_over", "deported", "left_country", "abducted")
DEFAULT_SILENCE_HOURS = 48
HORIZON_DAYS = 14
REARREST_WARNING_DAYS = 7


@dataclass(frozen=True)
class CustodyRow:
    case_id: str
    reference: str
    person_name: str
    facility: str | None
    since: datetime
    since_type: str
    days_held: int
    term: dl.Deadline | None      # the current term (soonest open custody deadline)
    days_left: int | None
    rearrest_warning: bool        # the term ends soon: release, and re-arrest, may come


@dataclass(frozen=True)
class SilenceRow:
    case_id: str
    reference: str
    person_name: str
    in_custody: bool
    at_risk: bool
    last_contact: datetime | None
    contact_has_time: bool
    silent_since: datetime | None   # last contact, else the start of custody
    hours_silent: float | None
    threshold_hours: int
    contact_lost: datetime | None   # a contact_lost event after the last contact


@dataclass(frozen=True)
class Dashboard:
    now: datetime
    overdue: list[dl.Deadline]
    today: list[dl.Deadline]
    upcoming: list[dl.Deadline]
    custody: list[CustodyRow]
    silence: list[SilenceRow]
    alerts: list[dl.Deadline]   # danger windows open now (transfer window, after release)
    blocks: list[dl.Deadline]   # states: no transfer, no return

    @property
    def case_ids(self) -> set[str]:
        rows = [*self.overdue, *self.today, *self.upcoming, *self.custody, *self.silence, *self.alerts, *self.blocks]
        return {r.case_id for r in rows}


def _moment(day: str, at: str | None) -> datetime:
    moscow = dl.zone(dl.MOSCOW)
    if at:
        hh, mm = (int(x) for x in at.split(":"))
        return datetime.combine(date.fromisoformat(day), time(hh, mm), moscow)
    return datetime.combine(date.fromisoformat(day), time(0, 0), moscow)


def _custody_row(w: WatchedCase, terms: list[dl.Deadline], now: datetime) -> CustodyRow:
    since = _moment(w.custody_date, w.custody_time)
    current = [t for t in terms if t.due is not None and (t.starts is None or t.starts >= since - timedelta(days=1))]
    term = min(current, key=lambda t: t.due) if current else None
    days_left = term.days_left(now) if term else None
    return CustodyRow(
        case_id=w.case_id, reference=w.reference, person_name=w.person_name, facility=w.facility,
        since=since, since_type=w.custody_type, days_held=(now.astimezone(since.tzinfo).date() - since.date()).days,
        term=term, days_left=days_left,
        rearrest_warning=days_left is not None and days_left <= REARREST_WARNING_DAYS,
    )


def _silence_row(w: WatchedCase, now: datetime) -> SilenceRow | None:
    in_custody = w.custody_type is not None
    contact = _moment(w.contact_date, w.contact_time) if w.contact_date else None
    lost = _moment(w.lost_date, w.lost_time) if w.lost_date else None
    since = contact or (_moment(w.custody_date, w.custody_time) if in_custody else None)
    hours = (now - since).total_seconds() / 3600 if since else None
    threshold = w.silence_hours or DEFAULT_SILENCE_HOURS
    if lost is None and hours is not None and hours < threshold:
        return None
    return SilenceRow(
        case_id=w.case_id, reference=w.reference, person_name=w.person_name, in_custody=in_custody,
        at_risk=w.at_risk, last_contact=contact, contact_has_time=bool(w.contact_time), silent_since=since,
        hours_silent=hours, threshold_hours=threshold, contact_lost=lost,
    )


def compute(vault: Vault, *, now: datetime | None = None, lang: str = "en",
            horizon_days: int = HORIZON_DAYS) -> Dashboard:
    """Everything the first screen shows, from a handful of queries."""
    now = now or datetime.now(timezone.utc)
    conn = vault.conn
    until = (now + timedelta(days=horizon_days + 1)).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    overdue, today, upcoming = [], [], []
    for row in queries.open_due_before(conn, until, kinds=("deadline", "custody")):
        d = dl.to_view(row, lang)
        left = d.days_left(now)
        if d.overdue(now):
            overdue.append(d)
        elif left == 0:
            today.append(d)
        elif left is not None and left <= horizon_days:
            upcoming.append(d)
    watched = queries.watched_cases(conn, custody_starts=CUSTODY_STARTS, custody_ends=CUSTODY_ENDS)
    in_custody = [w for w in watched if w.custody_type is not None]
    terms: dict[str, list[dl.Deadline]] = {}
    if in_custody:
        for row in queries.open_of_kind(conn, ("custody",), case_ids=[w.case_id for w in in_custody]):
            terms.setdefault(row.case_id, []).append(dl.to_view(row, lang))
    custody = sorted((_custody_row(w, terms.get(w.case_id, []), now) for w in in_custody),
                     key=lambda r: (r.days_left is None, r.days_left if r.days_left is not None else 0, r.reference))
    silence = [s for s in (_silence_row(w, now) for w in watched) if s is not None]
    silence.sort(key=lambda s: (s.contact_lost is None, -(s.hours_silent or 1e9)))
    alerts, blocks = [], []
    for row in queries.open_of_kind(conn, ("alert", "block")):
        d = dl.to_view(row, lang)
        if d.kind == "block" and d.met_event_id is None:
            blocks.append(d)
        elif d.kind == "alert" and d.starts is not None and d.due is not None and d.starts <= now < d.due:
            alerts.append(d)
    return Dashboard(now=now, overdue=overdue, today=today, upcoming=upcoming, custody=custody,
                     silence=silence, alerts=alerts, blocks=blocks)


# -- the command line -----------------------------------------------------------------------------

def deadline_dict(d: dl.Deadline, now: datetime) -> dict:
    return {
        "id": d.id, "case_id": d.case_id, "reference": d.reference, "rule": d.rule_id, "kind": d.kind,
        "title": d.title, "due": d.due.isoformat() if d.due else None,
        "last_day": d.last_day.isoformat() if d.last_day else None, "has_time": d.has_time,
        "days_left": d.days_left(now), "overdue": d.overdue(now), "status": d.status,
        "basis": d.basis, "verified": d.verified, "approximate": d.approximate,
        "override_reason": d.override_reason,
        "trigger": {"type": d.trigger_type, "date": d.trigger_date, "time": d.trigger_time} if d.trigger_type else None,
    }


def format_due(d: dl.Deadline) -> str:
    if d.due is None:
        return "-"
    if d.has_time:
        return d.due.astimezone(dl.zone(dl.MOSCOW)).strftime("%Y-%m-%d %H:%M MSK")
    return d.last_day.isoformat() if d.last_day else d.due.date().isoformat()


def _when(d: dl.Deadline, now: datetime) -> str:
    left = d.days_left(now)
    if d.overdue(now):
        return f"OVERDUE {-left}d" if left and left < 0 else "OVERDUE"
    return "today" if left == 0 else f"in {left}d"


def cmd_deadlines(args) -> int:
    from desktop.cli import EXIT_OK, _open

    # args.parser.error raises the CLI's own UsageError (also when run as python -m desktop.cli).
    if args.within is not None and args.within < 0:
        args.parser.error("--within takes a number of days from 0 up")
    if args.ical:
        from desktop import ical

        target = Path(args.ical)
        if not args.yes:
            args.parser.error("the calendar file is NOT encrypted (it carries case references and deadline "
                              "kinds, never names); add --yes if that is what you want")
        if target.exists():
            args.parser.error(f"{target} already exists; choose another name (nothing was written)")
        with _open(args) as vault:
            count = ical.export_file(vault, target, within_days=args.within)
        print(f"Wrote {count} deadlines to {target} (NOT encrypted: references and deadline kinds only).")
        return EXIT_OK
    with _open(args) as vault:
        if args.recompute:
            result = dl.recompute_all(vault)
            print(f"Recomputed: {len(result.added)} added, {len(result.moved)} moved, "
                  f"{len(result.removed)} removed.", file=sys.stderr if args.json else sys.stdout)
        now = datetime.now(timezone.utc)
        found = dl.list_open(vault, within_days=args.within, now=now)
    if args.json:
        print(json.dumps([deadline_dict(d, now) for d in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("No open deadlines.")
        return EXIT_OK
    width = max(len(d.reference) for d in found)
    for d in found:
        flags = "" if d.verified else " [unverified]"
        flags += " [overridden]" if d.overridden else ""
        trigger = f"{d.trigger_type} {d.trigger_date}" if d.trigger_type else "manual"
        print(f"{d.reference:<{width}}  {format_due(d):<20} {_when(d, now):<12} {d.rule_id or 'manual':<8} "
              f"{d.title} — {d.basis or 'no basis given'} (trigger: {trigger}){flags}")
    return EXIT_OK


def cmd_dashboard(args) -> int:
    from desktop.cli import EXIT_OK, _open

    with _open(args) as vault:
        board = compute(vault)
    now = board.now
    if args.json:
        print(json.dumps({
            "now": now.isoformat(),
            **{name: [deadline_dict(d, now) for d in getattr(board, name)]
               for name in ("overdue", "today", "upcoming", "alerts", "blocks")},
            "custody": [{"case_id": c.case_id, "reference": c.reference, "since": c.since.isoformat(),
                         "days_held": c.days_held, "days_left": c.days_left,
                         "term_due": c.term.due.isoformat() if c.term and c.term.due else None,
                         "rearrest_warning": c.rearrest_warning} for c in board.custody],
            "silence": [{"case_id": s.case_id, "reference": s.reference,
                         "hours_silent": round(s.hours_silent, 1) if s.hours_silent is not None else None,
                         "threshold_hours": s.threshold_hours, "in_custody": s.in_custody,
                         "contact_lost": s.contact_lost.isoformat() if s.contact_lost else None} for s in board.silence],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Overdue: {len(board.overdue)}; due today: {len(board.today)}; next {HORIZON_DAYS} days: "
          f"{len(board.upcoming)}; in custody: {len(board.custody)}; silence alarms: {len(board.silence)}")
    for title, rows in (("Overdue", board.overdue), ("Due today", board.today), ("Next days", board.upcoming)):
        if rows:
            print(f"{title}:")
        for d in rows:
            print(f"  {d.reference:<14} {format_due(d):<20} {d.rule_id or 'manual':<8} {d.title}")
    if board.custody:
        print("In custody:")
    for c in board.custody:
        left = "term unknown" if c.days_left is None else f"{c.days_left} days left"
        print(f"  {c.reference:<14} since {c.since.date()} ({c.days_held} days), {left}"
              + (" — re-arrest risk on release" if c.rearrest_warning else ""))
    if board.silence:
        print("Silence alarms:")
    for s in board.silence:
        what = "contact lost" if s.contact_lost else (
            f"{s.hours_silent:.0f} h without contact" if s.hours_silent is not None else "no contact recorded")
        print(f"  {s.reference:<14} {what} (threshold {s.threshold_hours} h)")
    return EXIT_OK


def register_cli(subparsers) -> None:
    p = subparsers.add_parser("deadlines", help="open deadlines across cases, soonest first")
    p.add_argument("--within", type=int, metavar="DAYS", help="only those due within DAYS days (overdue included)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--ical", metavar="FILE", help="write them to an iCalendar file (NOT encrypted)")
    p.add_argument("--yes", action="store_true", help="confirm that the calendar file will not be encrypted")
    p.add_argument("--recompute", action="store_true", help="recompute every derived deadline first (after a rules change)")
    p.set_defaults(run=cmd_deadlines, parser=p)
    p = subparsers.add_parser("dashboard", help="overdue, due today, next 14 days, custody and silence alarms")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_dashboard)
