"""Command `huridocs`: export cases as HURIDOCS Events Standard Formats records (JSON)."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.common import EXIT_OK, UsageError, _open, occupied


def cmd_export(args) -> int:
    from desktop.cases import huridocs
    from desktop.cases import service as case_service

    target = Path(args.file)
    if not args.yes:
        raise UsageError(
            "huridocs writes the cases UNENCRYPTED (plaintext JSON) to the file you name; persons are "
            "named only as their publicity allows, but anyone who gets the file can read it. "
            "Add --yes if that is what you want"
        )
    if occupied(target):
        raise UsageError(f"{target} already exists; choose another name (nothing was written)")
    with _open(args) as vault:
        ids = None
        if args.refs:
            ids = [case_service.get_case(vault, ref).id for ref in args.refs]
        count = huridocs.export_file(vault, target, ids, organisation=args.organisation)
    print(f"Wrote {count} events (one per case) in the HURIDOCS Events Standard Formats to {target} "
          "(NOT encrypted: keep it safe and delete it when done).")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("huridocs", help="export cases as HURIDOCS Events Standard Formats records (JSON)")
    p.add_argument("file", help="the JSON file to write (never over an existing file)")
    p.add_argument("refs", nargs="*", metavar="REF", help="only these cases (default: every case not in the trash)")
    p.add_argument("--organisation", default="Defence organisation",
                   help="how the documenting organisation is named (source and intervening party)")
    p.add_argument("--yes", action="store_true", help="confirm that the file will not be encrypted")
    p.set_defaults(run=cmd_export)
