"""Command group `case`: one case's settings; `case share REF --private|--team` (issue 17)."""

from __future__ import annotations

from desktop.cli.common import EXIT_OK, _open


def cmd_share(args) -> int:
    from desktop.team import service

    with _open(args) as vault:
        _case_id, reference = service.share(vault, args.ref, "private" if args.private else "team")
    if args.private:
        print(f"Case {reference} is private to this device: it is not sent to the team (copies other devices "
              "already have stay there).")
    else:
        print(f"Case {reference} is shared with the team from the next sync.")
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("case", help="one case's settings: case share REF --private|--team")
    sub = p.add_subparsers(dest="case_command", required=True, parser_class=type(p))
    c = sub.add_parser("share", help="keep a case private to this device, or share it with the team")
    c.add_argument("ref", metavar="REF", help="the case reference (or id)")
    scope = c.add_mutually_exclusive_group(required=True)
    scope.add_argument("--private", action="store_true", help="never send it to the team")
    scope.add_argument("--team", action="store_true", help="share it with the team (the default)")
    c.set_defaults(run=cmd_share)
