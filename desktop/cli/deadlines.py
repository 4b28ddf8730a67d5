"""Commands `deadlines` and `dashboard`: open deadlines, the dashboard, the iCalendar export."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import EXIT_OK, _open, _print_json, lazy, occupied

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start (issue 19)
if TYPE_CHECKING:
    from datetime import datetime

dashboard_service = lazy("desktop.deadlines.dashboard")
deadline_service = lazy("desktop.deadlines.service")
rapid_risk = lazy("desktop.rapid.risk")
rapid_filings = lazy("desktop.rapid.filings")

def format_due(d: deadline_service.Deadline) -> str:
    """Local time of the place of proceedings, named as people name it, with Moscow time beside
    it where they differ: "2023-03-24 24:00 Samara time (UTC+4) = 23:00 MSK", with Moscow's
    own date where its day differs from the one shown ("2023-03-24 24:00 Kaliningrad time
    (UTC+2) = 2023-03-25 01:00 MSK"); never the IANA name; "~" marks the earliest possible date."""
    if d.due is None:
        return "trigger date unknown: enter it" if d.undated else "-"
    mark = "~" if d.approximate else ""
    if d.has_time:
        local = d.due.strftime("%Y-%m-%d %H:%M")
    else:
        local = f"{(d.last_day or (d.due.date())).isoformat()} 24:00"
    if d.zone == deadline_service.MOSCOW:
        return f"{mark}{local} MSK"
    moscow, other_day = d.moscow_due()
    from desktop.dates import zones

    return f"{mark}{local} {zones.zone_label(d.zone, 'en', d.due)} = {moscow:{'%Y-%m-%d %H:%M' if other_day else '%H:%M'}} MSK"


def _flags(d: deadline_service.Deadline) -> str:
    flags = "" if d.verified else " [unverified]"
    flags += " [overridden]" if d.overridden else ""
    flags += f" [{deadline_service.TRIGGER_CHANGED[0]}]" if d.trigger_changed else ""
    flags += " [approximate]" if d.approximate else ""
    notes = [deadline_service.caveat_text(c) for c in d.caveats if c != "trigger_unknown"]
    return flags + (f" ({'; '.join(notes)})" if notes else "")


def _when(d: deadline_service.Deadline, now: datetime) -> str:
    left = d.days_left(now)
    if d.due is None:
        return ""
    if d.overdue(now):
        return f"OVERDUE {-left}d" if left and left < 0 else "OVERDUE"
    return "today" if left == 0 else f"in {left}d"


def cmd_deadlines(args) -> int:
    from datetime import datetime, timezone

    # args.parser.error raises the CLI's own UsageError (also when run as python -m desktop.cli).
    if args.within is not None and args.within < 0:
        args.parser.error("--within takes a number of days from 0 up")
    if args.ical:
        from desktop.deadlines import ical

        target = Path(args.ical)
        if not args.yes:
            args.parser.error("the calendar file is NOT encrypted (it carries case references and deadline "
                              "kinds, never names); add --yes if that is what you want")
        if occupied(target):
            args.parser.error(f"{target} already exists; choose another name (nothing was written)")
        with _open(args) as vault:
            count = ical.export_file(vault, target, within_days=args.within)
        print(f"Wrote {count} deadlines to {target} (NOT encrypted: references and deadline kinds only).")
        return EXIT_OK
    with _open(args) as vault:
        if args.recompute:
            result = deadline_service.recompute_all(vault)
            print(f"Recomputed: {len(result.added)} added, {len(result.moved)} moved, "
                  f"{len(result.removed)} removed.", file=sys.stderr if args.json else sys.stdout)
        now = datetime.now(timezone.utc)
        found = deadline_service.list_open(vault, within_days=args.within, now=now)
    if args.json:
        _print_json([dashboard_service.deadline_dict(d, now) for d in found])
        return EXIT_OK
    if not found:
        print("No open deadlines.")
        return EXIT_OK
    width = max(len(d.reference) for d in found)
    for d in found:
        flags = _flags(d)
        trigger = d.trigger_text("en") or "manual"  # the event's name and its date for people
        print(f"{d.reference:<{width}}  {format_due(d):<22} {_when(d, now):<12} {d.rule_id or 'manual':<8} "
              f"{d.title} — {d.basis or 'no basis given'} (trigger: {trigger}){flags}")
    return EXIT_OK


def cmd_dashboard(args) -> int:
    with _open(args) as vault:
        board = dashboard_service.compute(vault, limit=None if args.json else 50)
        risky = rapid_risk.at_risk(vault, now=board.now)
        # filings whose answer is overdue: the risk band lists them too (docs/rapid-response.md)
        late = rapid_filings.list_filings(vault, overdue=True, now=board.now)
    now = board.now
    if args.json:
        _print_json({
            "now": now.isoformat(),
            **{name: [dashboard_service.deadline_dict(d, now) for d in getattr(board, name)]
               for name in ("overdue", "today", "upcoming", "alerts")},
            "at_risk": [row.as_json() for row in risky],
            "overdue_filings": [view.as_json() for view in late],
            "blocks": [dashboard_service.block_dict(d, now) for d in board.blocks],
            "release_watch": [{"case_id": r.case_id, "reference": r.reference, "since": r.since.isoformat(),
                               "until": r.until.isoformat(), "reason": r.reason} for r in board.release_watch],
            "undated": [dashboard_service.deadline_dict(d, now) for d in board.undated],
            "custody": [{"case_id": c.case_id, "reference": c.reference, "since": c.since.isoformat(),
                         "days_held": c.days_held, "days_left": c.days_left,
                         "term_due": c.term.due.isoformat() if c.term and c.term.due else None,
                         "rearrest_warning": c.rearrest_warning} for c in board.custody],
            "silence": [{"case_id": s.case_id, "reference": s.reference,
                         "hours_silent": round(s.hours_silent, 1) if s.hours_silent is not None else None,
                         "threshold_hours": s.threshold_hours, "in_custody": s.in_custody,
                         "contact_lost": s.contact_lost.isoformat() if s.contact_lost else None,
                         "released": s.released} for s in board.silence],
        })
        return EXIT_OK
    t = board.totals
    print(f"Overdue: {t['overdue']}; due today: {t['today']}; next {dashboard_service.HORIZON_DAYS} days: "
          f"{t['upcoming']}; in custody: {t['custody']}; silence alarms: {t['silence']}; "
          f"at risk of removal now: {len(risky)}; blocks: {t['blocks']} ({t['violations']} VIOLATED); "
          f"release-day watch: {t['release_watch']}")
    if risky:
        print(f"AT RISK OF REMOVAL NOW: {len(risky)}")
    for row in risky:
        print(f"  {row.reference:<14} {row.person_name}")
        for r in row.reasons:
            print(f"      since {r.since.replace('T', ' ')}: {r.kind.replace('_', ' ')} — {r.basis}")
    if late:
        print(f"NO ANSWER IN TIME TO {len(late)} FILING(S):")
    for view in late:
        f = view.filing
        print(f"  {f.case_reference:<14} {rapid_filings.KINDS[f.kind].get('en', f.kind)}, {f.body}: filed "
              f"{f.filed_at.replace('T', ' ')}, answer expected by {(f.expected_by or '').replace('T', ' ')}")
    if board.blocks:
        print("Blocks (no removal allowed; !! = violated):")
    for b in board.blocks:
        state = "VIOLATED: a removal step was recorded during it" if b.violated else "in force"
        until = f" until {b.until.isoformat()}" if b.until else ""
        since = b.since.date().isoformat() if b.since else "?"
        print(f"  {'!!' if b.violated else '  '} {b.reference:<14} {b.rule_id:<7} {b.title} — {b.basis}"
              f" (since {since}{until}; {state})")
    if board.release_watch:
        print(f"Release-day watch ({dashboard_service.RELEASE_WATCH_HOURS} h):")
    for r in board.release_watch:
        what = "released" if r.reason == "release" else "custody term ended"
        print(f"  {r.reference:<14} {what} {r.since.strftime('%Y-%m-%d %H:%M')}: re-arrest watch until "
              f"{r.until.strftime('%Y-%m-%d %H:%M')}")
    if board.undated:
        print("Deadlines without a date:")
    for d in board.undated:
        print(f"  {d.reference:<14} {d.rule_id or 'manual':<8} {d.title}: trigger date unknown: enter it")
    for title, name in (("Overdue (most recent first)", "overdue"), ("Due today", "today"), ("Next days", "upcoming")):
        rows = getattr(board, name)
        if rows:
            print(f"{title}:")
        for d in rows:
            print(f"  {d.reference:<14} {format_due(d):<22} {d.rule_id or 'manual':<8} {d.title}{_flags(d)}")
        if board.more(name):
            print(f"  ... and {board.more(name)} more (abarona-cli deadlines lists them all)")
    if board.custody:
        print("In custody:")
    for c in board.custody:
        if c.days_left is None:
            left = "term unknown"
        elif c.days_left < 0:  # held past the term: record the extension or the release
            left = f"TERM RAN OUT {-c.days_left} days ago (record the extension or the release)"
        else:
            left = f"{c.days_left} days left"
        print(f"  {c.reference:<14} since {c.since.date()} ({c.days_held} days), {left}"
              + (" — re-arrest risk on release" if c.rearrest_warning else ""))
    if board.silence:
        print("Silence alarms:")
    for s in board.silence:
        what = "contact lost" if s.contact_lost else (
            f"{s.hours_silent:.0f} h without contact" if s.hours_silent is not None else "no contact recorded")
        print(f"  {s.reference:<14} {what} (threshold {s.threshold_hours} h)")
    return EXIT_OK


def register(subparsers) -> None:
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
