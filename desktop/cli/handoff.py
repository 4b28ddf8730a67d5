"""Command `handoff`: export cases into an encrypted package, import a colleague's."""

from __future__ import annotations

import os
import sys

from desktop.cli.common import UsageError, _ask, _open, field_text, lazy, secret

_handoff = lazy("desktop.vaults.handoff")


def _print_plan(plan: _handoff.ImportPlan, package: _handoff.Package) -> None:
    print(f"Package from {package.source_author or 'an unnamed author'} (vault {package.source_vault_id[:8]}), "
          f"made {package.created_at}: {len(plan.cases)} case(s).")
    print(f"New records: {plan.new_count}; identical, skipped: {plan.identical_count}; "
          f"conflicts: {len(plan.conflicts)}; reference collisions: {len(plan.collisions)}.")
    for c in plan.conflicts:
        where = f" in case {c.reference}" if c.reference else ""
        print(f"Conflict {c.record_id}: {_handoff.ENTITIES[c.table]} {c.what}{where}")
        by = f" by {c.deleted_by}" if c.deleted_by else ""
        if c.deleted == "here":
            print(f"    deleted in this vault{by} at {c.deleted_at}; the package still has it. It stays deleted "
                  f"unless you take theirs (--theirs {c.record_id}).")
            continue
        if c.deleted == "there":
            print(f"    deleted in their vault{by} at {c.deleted_at}; you still have it. It stays unless you take "
                  f"theirs (--theirs {c.record_id}" + (", which moves the case to the trash)." if c.table == "cases"
                                                        else ", which deletes it here)."))
            continue
        for f in c.fields:
            print(f"    {f.name}: mine {field_text(f.name, f.mine)} | theirs {field_text(f.name, f.theirs)}")
    for c in plan.collisions:
        print(f"Collision: their case {c.reference} ({c.case_id}) is a different case from yours with the same "
              f"reference; it is skipped with its {c.records} record(s) unless you give it a new reference "
              f"(--rename {c.reference}=NEW).")


def cmd_export(args) -> int:
    with _open(args) as vault:
        result = _handoff.export_package(vault, args.refs, args.output)
    print(f"Wrote {len(result.cases)} case(s) to {result.path} (encrypted, {result.size // 1024} KiB).")
    print("One-time passphrase — shown only now and stored nowhere; pass it on by another channel "
          "(a call, in person), never with the file:")
    print(f"    {result.passphrase}")
    return 0


def cmd_import(args) -> int:
    passphrase = secret("ABARONA_HANDOFF_PASSPHRASE") or _ask("Hand-off passphrase: ", "ABARONA_HANDOFF_PASSPHRASE")
    renames = {}
    for item in args.rename or []:
        old, sep, new = item.partition("=")
        if not sep or not old or not new:
            raise UsageError(f"--rename takes THEIR-REFERENCE=NEW-REFERENCE, not {item!r}")
        renames[old] = new
    with _open(args) as vault, _handoff.open_package(args.file, passphrase) as package:
        plan = _handoff.plan_import(vault, package)
        try:
            _print_plan(plan, package)
            sys.stdout.flush()  # the plan must reach the reader before anything is merged
        except BrokenPipeError:
            _quiet_stdout()
            raise _handoff.HandoffFailed("Nothing was imported: the output was closed while the package's contents were "
                                "listed (a pipe such as '| head' ended early). Run it without the pipe, or "
                                "redirect the list to a file: handoff import FILE --dry-run > list.txt",
                                reason=_handoff.HandoffReason.OUTPUT_CLOSED) from None
        if args.dry_run:
            print("Nothing was imported (--dry-run).")
            return 0
        if args.all_theirs:
            decisions = {c.key: "theirs" for c in plan.conflicts}
        else:
            decisions = {key: "theirs" for key in args.theirs or []}
        result = _handoff.apply_import(vault, package, plan, decisions=decisions, renames=renames)
    try:
        _print_result(result)
    except BrokenPipeError:
        _quiet_stdout()
        print("abarona-cli: the import was done, but its summary could not be printed (the output was closed).",
              file=sys.stderr)
    return 0


def _quiet_stdout() -> None:
    """After a broken pipe: nothing more goes to it (not even at exit)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _print_result(result) -> None:
    if result.changed:
        print(f"Imported: {sum(result.added.values())} record(s) added, {sum(result.replaced.values())} replaced "
              f"by theirs, {sum(result.deleted.values())} deleted as in theirs, {result.kept_mine} conflict(s) kept "
              f"as yours, {result.identical} identical skipped.")
    elif result.skipped_cases:
        print("Nothing changed in this vault.")
    else:
        print("Nothing changed: everything in the package is already in this vault"
              + (" (conflicts kept as yours)." if result.kept_mine else "."))
    if result.skipped_cases:
        print("Skipped, with their records (reference already used here by another case): "
              + ", ".join(result.skipped_cases), file=sys.stderr)


def register(subparsers) -> None:
    p = subparsers.add_parser("handoff", help="hand cases over to a colleague's vault in an encrypted package")
    sub = p.add_subparsers(dest="handoff_command", required=True, parser_class=type(p))
    c = sub.add_parser("export", help="write cases into a new encrypted package; prints its one-time passphrase")
    c.add_argument("refs", nargs="+", metavar="REF", help="case references (or ids)")
    c.add_argument("-o", "--output", required=True, metavar="FILE", help="the package file (must not exist)")
    c.set_defaults(run=cmd_export)
    c = sub.add_parser("import", help="merge a package into this vault (passphrase: ABARONA_HANDOFF_PASSPHRASE "
                                      "or a prompt)")
    c.add_argument("file")
    c.add_argument("--dry-run", action="store_true", help="only list what would be added and the conflicts")
    c.add_argument("--theirs", action="append", metavar="ID", help="take their version of this conflicting "
                                                                   "record (repeat); default: keep yours")
    c.add_argument("--all-theirs", action="store_true", help="take their version of every conflicting record")
    c.add_argument("--rename", action="append", metavar="REF=NEW",
                   help="import their case REF, whose reference you already use, as NEW")
    c.set_defaults(run=cmd_import)
