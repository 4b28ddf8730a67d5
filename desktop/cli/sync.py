"""Command `sync`: send this device's changes to the team folder and apply the others' (issue 17)."""

from __future__ import annotations

import sys

from desktop.cli.common import EXIT_OK, _open, _print_json


def cmd_sync(args) -> int:
    from desktop.team import service

    with _open(args) as vault:
        result = service.sync(vault)
    if args.json:
        _print_json(result.as_dict())
        return EXIT_OK
    print(f"Sent {result.exported} change(s); applied {result.applied} from {len(result.journals)} journal(s).")
    for line in result.waiting:
        print(f"  {line}")
    for line in result.refused:
        print(f"  {line}", file=sys.stderr)
    if result.conflicts:
        print(f"{len(result.conflicts)} conflict(s) to decide: see `abarona-cli conflicts`.")
    for line in result.notices:
        print(line)
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("sync", help="send this device's changes to the team folder and apply the others'")
    p.add_argument("--json", action="store_true",
                   help='print {"exported": n, "applied": n, "conflicts": [...], "waiting": [...], ...}')
    p.set_defaults(run=cmd_sync)
