"""What every command shares: exit codes, the passphrase, opening the vault, JSON output."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from db import errors

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at start (issue 19)
if TYPE_CHECKING:
    from db.vault import Vault


def lazy(name: str):
    """The module ``name``, imported on its first attribute access: the command groups name
    their services at the top, yet ``--help`` imports none of them, nor their packages (issue
    19: CLI start within 150 ms; importlib's LazyLoader would import the parent packages at
    once, and ``desktop.vaults`` holds the SQLCipher driver). A module already imported is
    returned as it is; otherwise an object whose attributes are the module's."""
    if name in sys.modules:
        return sys.modules[name]
    return _LazyModule(name)


class _LazyModule:
    """Stands for a module not imported yet (:func:`lazy`)."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str):
        import importlib

        return getattr(importlib.import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
EXIT_PASSPHRASE, EXIT_NOT_A_VAULT, EXIT_TOO_NEW, EXIT_IN_USE, EXIT_BAD_IMPORT = 3, 4, 5, 6, 7

#: A backup's or package's verification verdict as an exit code (docs/cli.md): the same code
#: whether the file was verified, restored or imported.
EXIT_FOR_VERDICT = {"ok": 0, "wrong_passphrase": EXIT_PASSPHRASE, "damaged": EXIT_NOT_A_VAULT,
                    "truncated": EXIT_NOT_A_VAULT, "not_a_backup": EXIT_NOT_A_VAULT, "too_new": EXIT_TOO_NEW,
                    "not_found": EXIT_FAILURE, "unreadable": EXIT_FAILURE}


def exit_code(exc: Exception) -> int:
    """The exit code of a vault error: a backup or package that failed verification by its
    verdict (a wrong passphrase: 3, damage: 4), others by their class (default 1)."""
    report = getattr(exc, "report", None)
    if report is not None and getattr(report, "verdict", None) in EXIT_FOR_VERDICT:
        return EXIT_FOR_VERDICT[report.verdict] or EXIT_FAILURE
    return _EXIT_CODES.get(type(exc), EXIT_FAILURE)


_EXIT_CODES = {
    errors.WrongPassphrase: EXIT_PASSPHRASE,
    errors.NotAVault: EXIT_NOT_A_VAULT,
    errors.VaultDamaged: EXIT_NOT_A_VAULT,
    errors.VaultTooNew: EXIT_TOO_NEW,
    errors.VaultInUse: EXIT_IN_USE,
}


class UsageError(Exception):
    pass


def occupied(path: Path) -> bool:
    """True when something has this name already: a file, a folder, or a symbolic link even
    if it points nowhere (writing there would replace the link, or write where it points)."""
    return path.exists() or path.is_symlink()


def default_vault_path() -> Path:
    """The vault a command opens when no --vault is given: vault.abarona in the user's data
    folder (platformdirs: ~/.local/share/Abarona on Linux)."""
    import platformdirs  # ~10 ms (it imports tempfile): only when this path is wanted (issue 19)

    return Path(platformdirs.user_data_dir("Abarona", appauthor=False)) / "vault.abarona"


class DefaultVault:
    """The default of ``--vault``: :func:`default_vault_path`, worked out only when printed
    (``abarona-cli --help`` shows it) or read (:meth:`resolve`), not for ``CMD --help`` or a
    usage error (issue 19). argparse keeps a default that is not a ``str`` as it is."""

    def __str__(self) -> str:
        return str(default_vault_path())

    @staticmethod
    def resolve(args) -> None:
        """Put the default's path, a ``str``, in ``args.vault`` when no --vault was given."""
        if isinstance(getattr(args, "vault", None), DefaultVault):
            args.vault = str(args.vault)


#: Passphrase variables taken out of the environment when the process started (issue 12,
#: item 8): a real run reads them from here, never from /proc/PID/environ.
_SECRETS: dict[str, str] = {}


def take_environment_secrets() -> None:
    from desktop import safety

    _SECRETS.update(safety.take_secrets())


def secret(name: str) -> str | None:
    """A passphrase variable: taken at start, or (in-process callers, tests) the environment.
    ``NAME_FILE`` (e.g. ABARONA_PASSPHRASE_FILE) names a file holding it instead: its first
    line; it must be readable by its owner only (docs/cli.md)."""
    if name in _SECRETS:
        return _SECRETS[name]
    value = os.environ.get(name)
    if value is not None:
        return value
    file = os.environ.get(name + "_FILE")
    return _read_secret_file(name + "_FILE", file) if file else None


def _read_secret_file(variable: str, file: str) -> str:
    path = Path(file)
    try:
        info = path.stat()
        if path.is_file() and os.name == "posix" and info.st_mode & 0o077:
            raise UsageError(f"{variable}: {file} can be read by other users; make it private first "
                             f"(chmod 600 {file})")
        with path.open(encoding="utf-8") as handle:
            line = handle.readline()
    except OSError as exc:
        raise UsageError(f"{variable}: {file} cannot be read ({exc.strerror})") from None
    return line.rstrip("\r\n")


def _ask(prompt: str, variable: str = "ABARONA_PASSPHRASE") -> str:
    missing = f"no passphrase given: set {variable} (or {variable}_FILE) or run in a terminal"
    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(missing)
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UsageError(missing) from None


def passphrase() -> str:
    value = secret("ABARONA_PASSPHRASE")
    if value is None:
        value = _ask("Passphrase: ")
    if not value:
        raise UsageError("the passphrase is empty: type the vault's passphrase (nothing was opened)")
    return value


def new_passphrase() -> str:
    value = secret("ABARONA_NEW_PASSPHRASE")
    if value is None:
        value = _ask("New passphrase: ", "ABARONA_NEW_PASSPHRASE")
        if _ask("Repeat the new passphrase: ", "ABARONA_NEW_PASSPHRASE") != value:
            raise UsageError("the two passphrases differ; nothing was changed")
    if not value:
        raise UsageError("the passphrase is empty; nothing was changed")
    return value


def warn_place(path) -> None:
    """Say on stderr when the vault sits in a synced folder or on a network drive (issue 12, item 3)."""
    from desktop.vaults.places import check_place

    warning = check_place(path)
    if warning is not None:
        print(f"abarona-cli: warning: {warning.message}", file=sys.stderr)


def _open(args) -> Vault:
    from desktop import vaults  # recomputes deadlines once when a migration asks for it

    vault = vaults.open_vault(args.vault, passphrase())
    warn_place(vault.path)
    return vault


def _print_json(value) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False, indent=2))


def _date(value: str) -> str:
    from desktop.dates import edtf as dates

    if not dates.is_valid(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use 2021-12-31, 2021-12 or 2021)")
    return value


# argparse's messages as usage_words reads them; compiled on first use (re caches them), not at start.
_CHOICE = r"argument (?P<arg>.+?): invalid choice: (?P<value>'.*'|\S+) \(choose from (?P<choices>.*)\)$"
_TYPED = r"argument (?P<arg>.+?): invalid (?P<kind>int|float) value: (?P<value>.*)$"
_ARGUMENT = r"argument (?P<arg>[^:]+): "


def usage_words(message: str, prog: str) -> str:
    """argparse's message in the words of a person at a terminal: "there is no command 'x';
    choose one of: …", "--lang 'xx' is not one of: en, ru", "--within takes a whole number,
    not 'q'"; "argument X:" prefixes become "X:". ``prog``: the parser's prog ("abarona-cli
    handoff" names the command group of a sub-command)."""
    match = re.match(_CHOICE, message)
    if match:
        choices = ", ".join(c.strip().strip("'") for c in match["choices"].split(","))
        arg = match["arg"]
        if not arg.startswith("-"):  # a command's name (the subparsers' dest)
            group = prog.split()[1] if len(prog.split()) > 1 else ""
            what = f"'{group}' command" if group else "command"
            return f"there is no {what} {match['value']}; choose one of: {choices}"
        return f"{arg.split('/')[-1]} {match['value']} is not one of: {choices}"
    match = re.match(_TYPED, message)
    if match:
        kind = "a whole number" if match["kind"] == "int" else "a number"
        return f"{match['arg'].split('/')[-1]} takes {kind}, not {match['value']}"
    if message == "the following arguments are required: command":
        return "name a command"
    required = "the following arguments are required: "
    if message.startswith(required) and len(prog.split()) > 1:
        return f"'{' '.join(prog.split()[1:])}' needs: {message[len(required):]}"
    return re.sub(_ARGUMENT, lambda m: f"{m['arg'].split('/')[-1]}: ", message, count=1)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise UsageError(usage_words(message, self.prog))


class Commands(argparse._SubParsersAction):
    """The command list (``parser.add_subparsers(action=Commands, ...)``), whose commands'
    parsers are built only when argparse picks the command (issue 19: CLI start within 150 ms;
    building all 44 of them was a sixth of ``--help``).

    :meth:`add_group` enters the commands a group module's ``register(subparsers)`` adds: each
    name and its one-line help at once, through argparse's own ``add_parser`` (so ``--help``,
    the ``{init,check,...}`` usage and "there is no command 'x'; choose one of: ..." list every
    command as before), its arguments not. When argparse calls this action for command NAME,
    ``register`` runs again and builds NAME's parser alone: the group's other commands go to a
    stand-in that takes every call and keeps nothing."""

    def add_group(self, group) -> None:
        """Enter every command ``group.register`` adds (a module of desktop/cli)."""
        group.register(_Entering(self, group))

    def _enter(self, group, name: str, kwargs: dict) -> None:
        parser_class, self._parser_class = self._parser_class, _Unbuilt
        try:
            unbuilt = super().add_parser(name, **kwargs)  # the choice, its help and aliases
        finally:
            self._parser_class = parser_class
        unbuilt.group = group

    def parser(self, name: str) -> argparse.ArgumentParser:
        """Command ``name``'s parser, built now if it was not (KeyError: no such command)."""
        found = self._name_parser_map[name]
        if isinstance(found, _Unbuilt):
            found.group.register(_Building(self, found))
        return self._name_parser_map[name]

    def _build(self, unbuilt: _Unbuilt) -> argparse.ArgumentParser:
        built = self._parser_class(**unbuilt.kwargs)  # as add_parser made it: prog, description...
        for key, value in list(self._name_parser_map.items()):
            if value is unbuilt:  # the name and its aliases
                self._name_parser_map[key] = built
        return built

    def __call__(self, parser, namespace, values, option_string=None):
        if values and values[0] in self._name_parser_map:
            self.parser(values[0])
        super().__call__(parser, namespace, values, option_string)


class _Unbuilt:
    """A command's parser not built yet: the keywords argparse's add_parser would build it with."""

    def __init__(self, **kwargs) -> None:
        self.kwargs = kwargs
        self.group = None


class _Entering:
    """The ``subparsers`` a group's register() is given while the command list is made."""

    def __init__(self, commands: Commands, group) -> None:
        self._commands, self._group = commands, group

    def add_parser(self, name: str, **kwargs):
        self._commands._enter(self._group, name, kwargs)
        return _Nothing()


class _Building:
    """The ``subparsers`` a group's register() is given to build one command's parser."""

    def __init__(self, commands: Commands, unbuilt: _Unbuilt) -> None:
        self._commands, self._unbuilt = commands, unbuilt

    def add_parser(self, name: str, **kwargs):
        if self._commands._name_parser_map.get(name) is self._unbuilt:
            return self._commands._build(self._unbuilt)
        return _Nothing()


class _Nothing:
    """Stands for a parser (or its argument, group or sub-commands) that is not wanted: every
    method call is taken and returns another stand-in; attributes may be set."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return _nothing


def _nothing(*args, **kwargs) -> _Nothing:
    return _Nothing()


#: The columns that hold EDTF dates (db/schema.py and its migrations), as the conflicts of
#: handoff and team sync name them: their values are printed for people (dates.human).
EDTF_COLUMNS = frozenset({"birth_date", "arrest_date", "date", "learned_date", "consent_date", "since", "until"})


def field_text(name: str, value: object, width: int = 80) -> str:
    """A record's field for a person to read: "—" when empty, an EDTF date worded
    (desktop.dates.edtf.human: "spring 2021"), anything longer than ``width`` characters cut
    with "…"."""
    if value is None or value == "":
        return "—"
    text = str(value)
    if name in EDTF_COLUMNS:
        from desktop.dates import edtf as dates

        text = dates.human(text)
    return text if len(text) <= width else text[:width - 3] + "…"
