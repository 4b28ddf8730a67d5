"""Rapid response from a terminal: `draft` (an urgent request to an international body),
`filings` (every filing and its expected answer), `checklist` (the steps for a client at risk).
The removal-risk band of ``dashboard`` (``at_risk`` in its JSON) is printed by cli/deadlines.py."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import EXIT_FAILURE, EXIT_OK, UsageError, _open, _print_json, occupied

BODY_CHOICES = ("un-hrc", "cat", "wgad", "special-procedures", "ecthr")
KIND_CHOICES = ("complaint", "appeal", "interim_measures", "urgent_appeal", "restore_term", "other")
CHANNEL_CHOICES = ("fax", "email", "portal", "in_person", "post", "other")


def _draft_language(lang: str, languages: tuple[str, ...]) -> None:
    """Refuse, in words, a language the bodies do not take (UsageError, exit 2); ``languages``
    are the draft languages (desktop.rapid.drafts.LANGUAGES)."""
    if lang in languages:
        return
    if lang.strip().lower() in ("be", "by", "bel", "be-by", "be_by"):
        raise UsageError("urgent requests are drafted in English or Russian, the languages the bodies accept: "
                         "the UN committees, the UN Working Group and Special Procedures and the ECtHR do not "
                         "work in Belarusian. Use --lang ru (or --lang en); nothing was written")
    raise UsageError(f"urgent requests are drafted in English (--lang en) or Russian (--lang ru), the languages "
                     f"the bodies accept, not {lang!r}; nothing was written")


def cmd_draft(args) -> int:
    from desktop.rapid import drafts

    _draft_language(args.lang, drafts.LANGUAGES)
    if not args.yes:
        raise UsageError("the draft is written UNENCRYPTED (a Word file with the client's name, charges and "
                         "history) to the file you name; add --yes if that is what you want")
    target = Path(args.output)
    if target.is_dir():
        raise UsageError(f"{target} is a folder; name a .docx file (nothing was written)")
    if occupied(target):
        raise UsageError(f"{target} already exists; choose another name (nothing was written)")
    if target.suffix.lower() != ".docx":
        # the draft is a Word file: under another name a word processor would not open it
        raise UsageError(f"the draft is a Word file: name it with .docx, for example {target.with_suffix('.docx').name}"
                         " (nothing was written)")
    with _open(args) as vault:
        try:
            draft = drafts.render(vault, args.ref, args.body, args.lang,
                                  template=Path(args.template) if args.template else None)
        except drafts.DraftInvalid as exc:
            raise UsageError(str(exc)) from None
        drafts.save(vault, draft, target)
        notice = None
        if draft.out_of_period:
            from desktop.cases import service as case_service

            notice = drafts.period_notice(args.body, case_service.get_case(vault, draft.case_id), "en")
    if notice:
        suggest = drafts.BODIES[args.body].suggest
        print(f"abarona-cli: warning: {notice}" + (f" (--body {suggest})" if suggest else "")
              + " The draft opens with this warning.", file=sys.stderr)
    if draft.missing:
        print(f"abarona-cli: the case lacks {len(draft.missing)} fact(s) the body asks for; the draft shows "
              "each as a gap to fill in:", file=sys.stderr)
        for key in draft.missing:
            print(f"  - {drafts.fact_label(key, 'en')}", file=sys.stderr)
    print(f"Wrote the draft to {target} (NOT encrypted: edit it, send it, then delete it).")
    return EXIT_OK


def _filing_line(view) -> str:
    f = view.filing
    if f.answered_at:
        state = f"answered {f.answered_at.replace('T', ' ')}"
    elif f.expected_by:
        state = ("OVERDUE: " if view.overdue else "") + f"expected by {f.expected_by.replace('T', ' ')}"
    else:
        state = "no answer yet"
    ref = f" no. {f.reference}" if f.reference else ""
    return f"{f.case_reference:<14} {f.filed_at.replace('T', ' '):<22} {f.kind:<17} {f.body}{ref} — {state}  [{f.id}]"


def cmd_filings(args) -> int:
    from desktop.rapid import filings

    command = getattr(args, "filings_command", None)
    with _open(args) as vault:
        try:
            if command == "add":
                from desktop.cases import service as case_service

                case = case_service.get_case(vault, args.ref)
                f = filings.add(vault, case.id, filings.Filing(
                    case_id=case.id, kind=args.kind, body=args.body, filed_at=args.filed_at, channel=args.channel,
                    reference=args.reference, expected_by=args.expected_by, note=args.note))
                print(f"Recorded the filing {f.id}" + (f"; an answer is expected by {f.expected_by}." if f.expected_by
                                                       else "."))
                return EXIT_OK
            if command in ("answer", "ack"):
                from dataclasses import replace
                from datetime import datetime, timezone

                old = filings.get(vault, args.id)
                at = args.at or datetime.now(timezone.utc).isoformat(timespec="minutes")
                new = replace(old, answer=args.text, answered_at=at) if command == "answer" else \
                    replace(old, acknowledged_at=at)
                filings.update(vault, new)
                print("Recorded the answer." if command == "answer" else "Recorded the acknowledgement.")
                return EXIT_OK
        except (filings.FilingInvalid, filings.FilingNotFound) as exc:
            print(f"abarona-cli: {exc}", file=sys.stderr)
            return EXIT_FAILURE
        rows = filings.list_filings(vault, overdue=args.overdue)
    if args.json:
        _print_json([v.as_json() for v in rows])
        return EXIT_OK
    if not rows:
        print("No overdue filings." if args.overdue else "No filings.")
    for view in rows:
        print(_filing_line(view))
    return EXIT_OK


def cmd_checklist(args) -> int:
    from desktop.cases import service as case_service
    from desktop.rapid import checklist

    with _open(args) as vault:
        case = case_service.get_case(vault, args.ref)
        try:
            for step in args.tick or []:
                checklist.tick(vault, case.id, step)
            for step in args.untick or []:
                checklist.tick(vault, case.id, step, done=False)
        except checklist.ChecklistInvalid as exc:
            raise UsageError(f"{exc} Steps: {', '.join(s.id for s in checklist.steps())}") from None
        rows = checklist.state(vault, case.id)
    if args.json:
        _print_json([{"step": s.step.id, "label": s.step.label("en"), "done_at": s.done_at, "done_by": s.done_by}
                     for s in rows])
        return EXIT_OK
    for s in rows:
        mark = "[x]" if s.done_at else "[ ]"
        who = f" — {s.done_by}, {s.done_at.replace('T', ' ')[:16]} UTC" if s.done_at else ""
        print(f"{mark} {s.step.id:<26} {s.step.label('en')}{who}")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("draft", help="draft an urgent request to an international body as a Word file (NOT encrypted)")
    p.add_argument("ref", help="the case's reference (or id)")
    p.add_argument("--body", required=True, choices=BODY_CHOICES,
                   help="UN Human Rights Committee, Committee against Torture, Working Group on Arbitrary "
                        "Detention, UN Special Procedures, or the ECtHR (Rule 39, older cases)")
    # Checked by cmd_draft rather than by choices=: a Belarusian user asking for --lang be is told
    # why there is no Belarusian draft, not "invalid choice".
    p.add_argument("--lang", default="en", metavar="{en,ru}",
                   help="the draft's language: English or Russian, the languages the bodies accept (default: en)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx", help="the Word file to write (must not exist)")
    p.add_argument("--template", metavar="FILE.docx", help="your organisation's own template instead of the shipped one")
    p.add_argument("--yes", action="store_true", help="confirm that the draft will not be encrypted")
    p.set_defaults(run=cmd_draft)

    p = sub.add_parser("filings", help="filings to courts and international bodies, and their expected answers")
    p.add_argument("--json", action="store_true")
    p.add_argument("--overdue", action="store_true", help="only those whose expected answer time has passed")
    p.set_defaults(run=cmd_filings)
    fs = p.add_subparsers(dest="filings_command", required=False, parser_class=type(p))
    c = fs.add_parser("add", help="record a filing")
    c.add_argument("ref", help="the case's reference (or id)")
    c.add_argument("--kind", required=True, choices=KIND_CHOICES)
    c.add_argument("--body", required=True, help="to whom: un-hrc, cat, wgad, special-procedures, ecthr, or a name")
    c.add_argument("--filed-at", required=True, metavar="WHEN", help="2022-04-05 21:30 (Moscow time) or with an offset")
    c.add_argument("--channel", choices=CHANNEL_CHOICES)
    c.add_argument("--reference", help="the body's reference number")
    c.add_argument("--expected-by", metavar="WHEN", help="when an answer is due (default: one working day for "
                                                        "an ECtHR Rule 39 request, else none)")
    c.add_argument("--note")
    c.set_defaults(run=cmd_filings, json=False, overdue=False)
    c = fs.add_parser("answer", help="record the answer to a filing")
    c.add_argument("id")
    c.add_argument("--text", required=True, help="the answer, in your words")
    c.add_argument("--at", metavar="WHEN", help="when it came (default: now)")
    c.set_defaults(run=cmd_filings, json=False, overdue=False)
    c = fs.add_parser("ack", help="record that a filing was acknowledged")
    c.add_argument("id")
    c.add_argument("--at", metavar="WHEN", help="when (default: now)")
    c.set_defaults(run=cmd_filings, json=False, overdue=False)

    p = sub.add_parser("checklist", help="the steps for a client at risk of removal, ticked with who and when")
    p.add_argument("ref", help="the case's reference (or id)")
    p.add_argument("--tick", action="append", metavar="STEP")
    p.add_argument("--untick", action="append", metavar="STEP")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_checklist)


__all__ = ["register"]
