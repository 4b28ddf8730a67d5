"""Command group `team`: create a team, enrol this device, status, revoke a device, rotate the
team passphrase (issue 17)."""

from __future__ import annotations

import os
import sys

from desktop.cli.common import EXIT_OK, UsageError, _open, _print_json


def _team_passphrase() -> str:
    value = os.environ.get("ABARONA_TEAM_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("no team passphrase given: set ABARONA_TEAM_PASSPHRASE or run in a terminal")
    import getpass

    try:
        return getpass.getpass("Team passphrase: ")
    except EOFError:
        raise UsageError("no team passphrase given: set ABARONA_TEAM_PASSPHRASE or run in a terminal") from None


def _show_words(words: str) -> None:
    print("Team passphrase — shown only now and stored nowhere. Give it to each lawyer of the team by another "
          "channel (in person, a call), never through the team folder:")
    print(f"    {words}")


def cmd_create(args) -> int:
    from desktop.team import service

    with _open(args) as vault:
        made = service.create_team(vault, args.folder, name=args.name)
    print(f"Team created in {args.folder}; this device is {made.device_name} ({made.device_id[:8]}).")
    _show_words(made.passphrase or "")
    print("Run `abarona-cli sync` to send this vault's shared cases to the team.")
    return EXIT_OK


def cmd_join(args) -> int:
    from desktop.team import service

    words = _team_passphrase()
    with _open(args) as vault:
        joined = service.join_team(vault, args.folder, words, name=args.name)
    if joined.rejoined:
        print(f"This device ({joined.device_name}) now has the team's new passphrase.")
    else:
        print(f"Enrolled as {joined.device_name} ({joined.device_id[:8]}). Run `abarona-cli sync` to receive the "
              "team's cases.")
    return EXIT_OK


def cmd_status(args) -> int:
    from desktop.team import service

    with _open(args) as vault:
        state = service.status(vault)
    if args.json:
        _print_json(None if state is None else state.as_dict())
        return EXIT_OK
    if state is None:
        print("This vault is not in a team.")
        return EXIT_OK
    print(f"Team {state.team_id[:8]} in {state.folder}; this device: {state.device_name}; "
          f"last sync: {state.last_sync or 'never'}.")
    for d in state.devices:
        mark = " (this device)" if d.this_device else ""
        revoked = f", REVOKED {d.revoked_at[:10]}" if d.revoked_at else ""
        print(f"  {d.name}{mark} [{d.id[:8]}]: journals {d.applied} of {d.available}{revoked}")
    for line in state.waiting:
        print(f"  {line}")
    print(f"Open conflicts: {state.conflicts}.")
    for line in state.notices:
        print(line)
    return EXIT_OK


def cmd_revoke(args) -> int:
    from desktop.team import service

    with _open(args) as vault:
        name = service.revoke(vault, args.device)
    print(f"{name} is revoked: its journals are refused from now on. Now rotate the team passphrase "
          "(`abarona-cli team rotate`) and give the new one to the remaining devices.")
    return EXIT_OK


def cmd_rotate(args) -> int:
    from desktop.team import service

    with _open(args) as vault:
        made = service.rotate(vault)
    print("The team has a new passphrase. Every other device must enrol again with it "
          "(`abarona-cli team join --folder DIR`).")
    _show_words(made.passphrase or "")
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("team", help="a team's vaults in step through a shared folder, without a server")
    sub = p.add_subparsers(dest="team_command", required=True, parser_class=type(p))
    c = sub.add_parser("create", help="start a team in a (synced) folder; prints the team passphrase once")
    c.add_argument("--folder", required=True, metavar="DIR", help="the shared folder (Syncthing, a USB stick...)")
    c.add_argument("--name", metavar="NAME", help="this device's name in the team (default: the computer's)")
    c.set_defaults(run=cmd_create)
    c = sub.add_parser("join", help="enrol this device (passphrase: ABARONA_TEAM_PASSPHRASE or a prompt)")
    c.add_argument("--folder", required=True, metavar="DIR")
    c.add_argument("--name", metavar="NAME", help="this device's name in the team (default: the computer's)")
    c.set_defaults(run=cmd_join)
    c = sub.add_parser("status", help="devices, journals waiting, conflicts")
    c.add_argument("--json", action="store_true")
    c.set_defaults(run=cmd_status)
    c = sub.add_parser("revoke", help="refuse a lost or seized device's journals from now on")
    c.add_argument("device", metavar="DEVICE", help="its name or id")
    c.set_defaults(run=cmd_revoke)
    c = sub.add_parser("rotate", help="give the team a new passphrase (after a revocation); prints it once")
    c.set_defaults(run=cmd_rotate)
