"""abarona-cli: the vault's services from a terminal, with one clear line for every failure."""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

import platformdirs

from db import errors
from db import vault as vault_module
from desktop import cases as case_service
from desktop import interchange
from desktop.atomic import WriteFailed
from desktop.cases import CaseFilter, CaseInvalid, CaseNotFound
from desktop.vocab import vocabulary

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_PASSPHRASE, EXIT_NOT_A_VAULT, EXIT_TOO_NEW, EXIT_IN_USE, EXIT_BAD_IMPORT = 3, 4, 5, 6, 7

_EXIT_CODES = {
    errors.WrongPassphrase: EXIT_PASSPHRASE,
    errors.NotAVault: EXIT_NOT_A_VAULT,
    errors.VaultDamaged: EXIT_NOT_A_VAULT,
    errors.VaultTooNew: EXIT_TOO_NEW,
    errors.VaultInUse: EXIT_IN_USE,
}


class UsageError(Exception):
    pass


#: Feature modules that add their own commands: each has ``register_cli(subparsers)``,
#: whose command functions take the parsed args and return an exit code, raising
#: UsageError, VaultError and the like for failures (main() turns them into messages).
FEATURES: tuple[str, ...] = (
    "desktop.dashboard",
    "desktop.reports.cli",
    "desktop.screening_cli",
    "desktop.backups",
    "desktop.handoff",
)


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("Abarona", appauthor=False)) / "vault.abarona"


def _ask(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError("no passphrase given: set ABARONA_PASSPHRASE or run in a terminal")
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError("no passphrase given: set ABARONA_PASSPHRASE or run in a terminal") from None


def passphrase() -> str:
    value = os.environ.get("ABARONA_PASSPHRASE")
    return value if value is not None else _ask("Passphrase: ")


def new_passphrase() -> str:
    value = os.environ.get("ABARONA_NEW_PASSPHRASE")
    if value is None:
        value = _ask("New passphrase: ")
        if _ask("Repeat the new passphrase: ") != value:
            raise UsageError("the two passphrases differ; nothing was changed")
    if not value:
        raise UsageError("the passphrase is empty; nothing was changed")
    return value


def _open(args) -> vault_module.Vault:
    return vault_module.open_vault(args.vault, passphrase())


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def cmd_init(args) -> int:
    path = Path(args.vault)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        raise errors.VaultExists(f"a vault already exists at {path}; nothing was changed")
    with vault_module.create_vault(path, new_passphrase(), author=args.author or ""):
        pass
    print(f"Created an encrypted vault at {path}.")
    return EXIT_OK


def cmd_import(args) -> int:
    with _open(args) as vault:
        result = interchange.import_file(vault, args.file)
    print(f"Imported {result.cases} cases with {result.events} events.")
    return EXIT_OK


def cmd_export(args) -> int:
    target = Path(args.file)
    if not args.yes:
        raise UsageError(
            "export writes every case UNENCRYPTED (plaintext JSON) to the file you name; "
            "anyone who gets the file can read it. Add --yes if that is what you want"
        )
    if target.exists():
        raise UsageError(f"{target} already exists; choose another name (nothing was written)")
    with _open(args) as vault:
        count = interchange.export_file(vault, target)
    print(f"Wrote {count} cases to {target} (NOT encrypted: keep it safe and delete it when done).")
    return EXIT_OK


def _row_dict(row) -> dict:
    return {
        "id": row.id, "reference": row.reference, "person": row.person_name, "kind": row.kind,
        "status": row.status, "outcome": row.outcome, "arrest_date": row.arrest_date,
        "region": row.region, "lawyer": row.lawyer,
    }


def _print_rows(rows) -> None:
    if not rows:
        print("No cases.")
        return
    width = max(len(r.reference) for r in rows)
    for r in rows:
        print(f"{r.reference:<{width}}  {r.kind:<18} {r.status:<6} {r.outcome:<12} "
              f"{(r.arrest_date or '-'):<12} {r.person_name}")


def cmd_cases(args) -> int:
    where = CaseFilter(status=args.status, kind=args.kind, outcome=args.outcome)
    with _open(args) as vault:
        rows = case_service.list_cases(vault, where=where)
    if args.json:
        _print_json([_row_dict(r) for r in rows])
    else:
        _print_rows(rows)
    return EXIT_OK


def cmd_show(args) -> int:
    with _open(args) as vault:
        case = case_service.get_case(vault, args.ref)
    data = interchange.case_to_dict(case)
    if args.json:
        _print_json(data)
        return EXIT_OK
    vocab = vocabulary()
    person = case.person
    print(f"{case.reference} — {person.display_name}")
    for n in person.names:
        print(f"  also: {n.value}" + (f" ({n.lang})" if n.lang else ""))
    print(f"Kind: {vocab.kinds[case.kind].en}; status: {case.status}; outcome: {vocab.outcomes[case.outcome].en}")
    if case.arrest_date or case.arrest_place:
        print(f"Arrest: {case.arrest_date or '?'} {case.arrest_place or ''}".rstrip())
    for c in case.charges:
        article = vocab.article(c.jurisdiction, c.code, c.article)
        part = f" part {c.part}" if c.part else ""
        print(f"Charge: {c.jurisdiction} {c.code} {c.article}{part}" + (f" — {article.en}" if article else ""))
    if case.events:
        print("Chronology:")
    for e in case.events:
        when = e.date + (f" {e.time}" if e.time else "")
        label = vocab.event_types[e.type].en if e.type in vocab.event_types else e.type
        extra = "; ".join(x for x in (e.place, e.body, e.text) if x)
        print(f"  {when:<17} {label}" + (f" — {extra}" if extra else ""))
    if case.tags:
        print("Tags: " + ", ".join(case.tags))
    if case.summary:
        print(f"Summary: {case.summary}")
    return EXIT_OK


def cmd_search(args) -> int:
    with _open(args) as vault:
        rows = case_service.list_cases(vault, text=args.text)
    if args.json:
        _print_json([_row_dict(r) for r in rows])
    else:
        _print_rows(rows)
    return EXIT_OK


def cmd_stats(args) -> int:
    with _open(args) as vault:
        figures = case_service.stats(vault, arrest_from=args.date_from, arrest_to=args.date_to)
    if args.json:
        _print_json(asdict(figures))
        return EXIT_OK
    print(f"Cases: {figures.cases}")
    for title, table in (("By kind", figures.by_kind), ("By outcome", figures.by_outcome),
                         ("By status", figures.by_status), ("By charge", figures.by_charge),
                         ("By event", figures.by_event)):
        print(f"{title}:")
        for key, n in table.items():
            print(f"  {key:<28} {n}")
    return EXIT_OK


def cmd_check(args) -> int:
    with _open(args) as vault:
        report = vault_module.check(vault)
    if report.ok:
        print(f"The vault is intact: {report.pages} pages checked (encryption and structure), "
              f"schema version {report.schema_version}.")
        return EXIT_OK
    print(f"The vault is damaged: {len(report.problems)} problems found.", file=sys.stderr)
    for problem in report.problems[:20]:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_NOT_A_VAULT


def cmd_rekey(args) -> int:
    with _open(args) as vault:
        vault_module.rekey(vault, new_passphrase())
    print("The passphrase was changed. Backups made before keep their old passphrase.")
    return EXIT_OK


def _date(value: str) -> str:
    from desktop import dates

    if not dates.is_valid(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use 2021-12-31, 2021-12 or 2021)")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="abarona-cli", description="Abarona's encrypted case vault from the command line.")
    parser.add_argument("--vault", default=str(default_vault_path()),
                        help="the vault file (default: %(default)s)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--author", help="your name, as the audit trail shows it")
    p.set_defaults(run=cmd_init)
    p = sub.add_parser("import", help="import cases from an interchange JSON file (all or nothing)")
    p.add_argument("file")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help="export every case to an UNENCRYPTED JSON file")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="confirm that the file will not be encrypted")
    p.set_defaults(run=cmd_export)
    p = sub.add_parser("cases", help="list cases")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=["open", "closed"])
    p.add_argument("--kind", choices=list(vocabulary().kinds))
    p.add_argument("--outcome", choices=list(vocabulary().outcomes))
    p.set_defaults(run=cmd_cases)
    p = sub.add_parser("show", help="show one case")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show)
    p = sub.add_parser("search", help="find cases by any spelling of a name, or by text")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search)
    p = sub.add_parser("stats", help="figures over all cases, or arrests in a period")
    p.add_argument("--json", action="store_true")
    p.add_argument("--from", dest="date_from", type=_date, help="arrests from this date (EDTF)")
    p.add_argument("--to", dest="date_to", type=_date, help="arrests up to this date (EDTF)")
    p.set_defaults(run=cmd_stats)
    p = sub.add_parser("check", help="check every page of the vault")
    p.set_defaults(run=cmd_check)
    p = sub.add_parser("rekey", help="change the vault's passphrase")
    p.set_defaults(run=cmd_rekey)
    for module in FEATURES:
        importlib.import_module(module).register_cli(sub)
    return parser


def _fail(code: int, message: str) -> int:
    print(f"abarona-cli: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(EXIT_USAGE, f"{exc} (see abarona-cli --help)")
    except Exception as exc:  # a feature module that cannot load: still no traceback
        return _fail(EXIT_FAILURE, f"this installation is incomplete ({type(exc).__name__}: {exc})")
    try:
        return args.run(args)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except interchange.ImportRejected as exc:
        print(f"abarona-cli: nothing was imported: {len(exc.problems)} problem(s) in the file:", file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_IMPORT
    except errors.VaultError as exc:
        return _fail(_EXIT_CODES.get(type(exc), EXIT_FAILURE), str(exc))
    except errors.DriverError as exc:
        translated = errors.from_driver(exc)
        return _fail(_EXIT_CODES.get(type(translated), EXIT_FAILURE), str(translated))
    except (CaseNotFound, CaseInvalid, WriteFailed) as exc:
        return _fail(EXIT_FAILURE, str(exc))
    except KeyboardInterrupt:
        return _fail(EXIT_FAILURE, "interrupted; nothing more was written")
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(EXIT_FAILURE, f"{where}{exc.strerror or exc}")
    except Exception as exc:  # never a traceback: it could carry case data to a terminal log
        return _fail(EXIT_FAILURE, f"unexpected internal error ({type(exc).__name__}); nothing more was written")


if __name__ == "__main__":
    sys.exit(main())
