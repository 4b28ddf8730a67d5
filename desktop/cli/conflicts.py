"""Command group `conflicts`: changes made on two devices to the same record, decided here
(issue 17)."""

from __future__ import annotations

from desktop.cli.common import EXIT_OK, UsageError, _open, _print_json, field_text

_KINDS = {"edited": "changed on both devices", "deleted_there": "deleted on {device}, changed here",
          "deleted_here": "deleted here, changed on {device}", "constraint": "does not fit this vault"}


def cmd_conflicts(args) -> int:
    from desktop.team import service

    if args.action == "resolve":
        if args.id is None or args.mine == args.theirs:
            raise UsageError("conflicts resolve ID takes --mine or --theirs")
        try:
            conflict_id = int(args.id)
        except ValueError:
            raise UsageError(f"{args.id!r} is not a conflict number (see `abarona-cli conflicts`)") from None
        with _open(args) as vault:
            done = service.resolve(vault, conflict_id, "mine" if args.mine else "theirs")
        print(f"Conflict {conflict_id} decided: {'yours' if args.mine else 'theirs'} kept. It reaches the team "
              "at the next sync.")
        if done.get("also") and not args.json:
            print("Decided with it, as the whole case was kept or deleted: conflict"
                  f"{'s' if len(done['also']) > 1 else ''} {', '.join(map(str, done['also']))}.")
        if args.json:
            _print_json(done)
        return EXIT_OK
    if args.action is not None:
        raise UsageError(f"unknown action {args.action!r}: use `conflicts` or `conflicts resolve ID --mine|--theirs`")
    with _open(args) as vault:
        found = service.conflicts(vault)
    if args.json:
        _print_json(found)
        return EXIT_OK
    if not found:
        print("No conflicts to decide.")
    for c in found:
        where = f" in case {c['reference']}" if c["reference"] else ""
        print(f"{c['id']}: {c['entity']}{where}: {_KINDS[c['kind']].format(device=c['device'])} "
              f"(journal {c['journal']} from {c['device']})")
        for name, v in c["fields"].items():
            print(f"    {name}: base {field_text(name, v['base'], 60)} | mine {field_text(name, v['mine'], 60)} | "
                  f"theirs {field_text(name, v['theirs'], 60)}")
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("conflicts", help="list team conflicts, or decide one: conflicts resolve ID --mine|--theirs")
    p.add_argument("action", nargs="?", choices=["resolve"], help="resolve: decide conflict ID")
    p.add_argument("id", nargs="?", metavar="ID")
    side = p.add_mutually_exclusive_group()
    side.add_argument("--mine", action="store_true", help="keep this vault's version")
    side.add_argument("--theirs", action="store_true", help="take the other device's version")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_conflicts)
