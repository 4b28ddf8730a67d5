"""abarona-cli: the vault's services from a terminal, with one clear line for every failure.

One module per command group (as calibre's ``db/cli``): each has ``register(subparsers)``, whose
command functions take the parsed args and return an exit code, raising UsageError, VaultError
and the like for failures; :func:`main` turns those into one line and an exit code. Services
below ``desktop/`` never parse arguments or print. Heavy modules (ReportLab, openpyxl) are
imported by the commands that use them, not when the CLI starts.

A command's parser is built only when the command line names that command (common.Commands,
issue 19): ``register`` runs once to list the commands and again to build the chosen one, so it
must do nothing but add parsers, and add the same ones each time.
"""

from __future__ import annotations

import os
import sys

from db import errors
from desktop.cli import backups, case, cases, common, conflicts, deadlines, handoff, huridocs, rapid, reports, screening, sync, team, vault
from desktop.text import TerminalWriter
from desktop.cli.common import (  # noqa: F401  (the CLI's public names)
    EXIT_BAD_IMPORT,
    EXIT_FAILURE,
    EXIT_IN_USE,
    EXIT_NOT_A_VAULT,
    EXIT_OK,
    EXIT_PASSPHRASE,
    EXIT_TOO_NEW,
    EXIT_USAGE,
    Commands,
    DefaultVault,
    UsageError,
    _EXIT_CODES,
    exit_code,
    _ask,
    _open,
    _Parser,
    default_vault_path,
    lazy,
    new_passphrase,
    passphrase,
)

interchange = lazy("desktop.cases.interchange")
case_service = lazy("desktop.cases.service")
atomic = lazy("desktop.vaults.atomic")

#: Command groups, in the order ``--help`` lists them.
GROUPS = (vault, cases, case, deadlines, rapid, reports, screening, backups, handoff, huridocs, team, sync, conflicts)


def build_parser() -> _Parser:
    """The command line's parser. Each command's own parser is built only when a command line
    names that command (common.Commands; issue 19), and the default vault path is worked out
    only when shown or used (common.DefaultVault: ``args.vault`` then holds it until
    ``DefaultVault.resolve(args)``)."""
    parser = _Parser(prog="abarona-cli", description="Abarona's encrypted case vault from the command line.")
    parser.add_argument("--vault", default=DefaultVault(), help="the vault file (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, action=Commands)
    for group in GROUPS:
        commands.add_group(group)
    return parser


def _fail(code: int, message: str) -> int:
    print(f"abarona-cli: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit code. Called without ``argv`` (as the installed command and
    the bundle's executable are), it first hardens the process: no core dumps, files 0600,
    and the passphrase variables taken out of the environment (desktop.safety)."""
    if argv is None:
        from desktop import safety

        safety.harden()
        common.take_environment_secrets()
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    # NUL, terminal escapes and bidi controls in case data are printed as \uXXXX escapes.
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalWriter(stdout), TerminalWriter(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: list[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
        DefaultVault.resolve(args)
    except UsageError as exc:
        return _fail(EXIT_USAGE, f"{exc} (see abarona-cli --help)")
    except Exception as exc:  # a feature module that cannot load: still no traceback
        missing = getattr(exc, "name", None)  # a module that cannot load; never an exception's class name
        return _fail(EXIT_FAILURE, "this installation is incomplete: a part of Abarona cannot be loaded"
                     + (f" ({missing})" if missing else "") + "; install it again")
    try:
        return args.run(args)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except interchange.ImportRejected as exc:
        print(f"abarona-cli: nothing was imported: {len(exc.problems)} problem(s) in the file:", file=sys.stderr)
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_IMPORT
    except errors.VaultError as exc:
        return _fail(exit_code(exc), str(exc))
    except errors.DriverError as exc:
        translated = errors.from_driver(exc)
        return _fail(_EXIT_CODES.get(type(translated), EXIT_FAILURE), str(translated))
    except (case_service.CaseNotFound, case_service.CaseInvalid, atomic.WriteFailed) as exc:
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
        return _fail(EXIT_FAILURE, "something unexpected went wrong inside Abarona; nothing more was written. "
                     "Please tell the people who support Abarona which command you ran (not the case data)")


if __name__ == "__main__":
    sys.exit(main())
