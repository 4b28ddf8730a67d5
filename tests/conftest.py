"""Shared fixtures: real vault files on disk, made from one template per test session."""

from __future__ import annotations

import faulthandler
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the same examples every time (a property failure there would block a landing on
# a random draw); developers' runs keep exploring new examples.
# No per-example deadline in either: it is a timing assertion, and on shared CI cores it
# failed examples that took 330 ms once and 90 ms on the retry.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


def _derive_once_per_session() -> None:
    """Key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds: 0.2-0.5 s on a CI core) is a pure
    function, and the tests derive the same keys again and again: every copy of the template
    vault shares its salt, and every device of a test team derives the team's key from the
    same passphrase and salt. Each distinct derivation runs once per test session; repeats
    return the same bytes from memory. Nothing is stubbed: a wrong passphrase, a new salt or a
    subprocess still derives in full. (Issue 18, item 7: the suite spent most of its time here.)"""
    import functools
    import hashlib

    derive = hashlib.pbkdf2_hmac

    @functools.lru_cache(maxsize=4096)
    def once(hash_name: str, password: bytes, salt: bytes, iterations: int, dklen: int | None) -> bytes:
        return derive(hash_name, password, salt, iterations, dklen)

    def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
        return once(hash_name, bytes(password), bytes(salt), iterations, dklen)

    hashlib.pbkdf2_hmac = pbkdf2_hmac


_derive_once_per_session()

from db.keys import file_salt, raw_key  # noqa: E402
from db.vault import create_vault, open_vault  # noqa: E402

PASSPHRASE = "correct horse battery staple — Янка Купала"

#: A test still running after this many seconds is stuck (pytest-timeout fails it after
#: pyproject's ``timeout``, sooner). This watchdog is for the stuck test that pytest-timeout
#: cannot end: a deadlock inside a C library with the interpreter's lock held (two threads
#: on one SQLite connection, one of them in a Python collation) never lets its timer thread
#: run, and CI then waits its whole 90 minutes in silence. faulthandler's watchdog is C code:
#: it prints every thread's stack to the terminal and ends the run.
WATCHDOG_SECONDS = 420
_terminal_stderr = None


def pytest_configure(config) -> None:
    global _terminal_stderr
    _terminal_stderr = os.fdopen(os.dup(2), "w")  # the terminal's, before a test captures it


@pytest.fixture(autouse=True)
def _watchdog():
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True, file=_terminal_stderr or sys.stderr)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _windows_closed_are_gone():
    """A window a test closed and gave to ``deleteLater`` is deleted when the test ends.
    Qt deletes such objects only when an event loop at their level runs again, and many
    tests never start one: every closed window of a worker's earlier tests stayed alive
    (28 top-level widgets each), and each later test's events went through all of them."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.abarona"
    create_vault(path, PASSPHRASE, author="A. Ivanova").close()
    return path


@pytest.fixture(scope="session")
def vault_key(template_vault) -> str:
    """The template's key, derived once per session (SQLCipher's raw key syntax). Every copy
    of the template shares its salt, so this opens each of them without PBKDF2 (about 0.2 s
    an open on a shared CI core). Tests about passphrases use PASSPHRASE and derive."""
    key = raw_key(file_salt(template_vault), PASSPHRASE)
    open_vault(template_vault, key).close()  # the derivation matches SQLCipher's own
    return key


@pytest.fixture
def vault_path(template_vault, tmp_path) -> Path:
    """A fresh, closed, empty vault file."""
    path = tmp_path / "vault.abarona"
    shutil.copyfile(template_vault, path)
    return path


@pytest.fixture
def vault(vault_path, vault_key):
    """A fresh, open, empty vault (opened with the session's derived key)."""
    v = open_vault(vault_path, vault_key)
    yield v
    v.close()


_made: dict[tuple[str, str], Path] = {}


def new_vault(path: Path, passphrase: str, *, author: str = ""):
    """A new, open, empty vault at ``path`` made with ``passphrase``, as ``create_vault``
    makes it, but copied from a template made once per session for each passphrase and author
    (so its key is derived once: every copy has the template's salt). Copies made with the
    same passphrase and author share the template's vault id: give each device of one test a
    passphrase of its own. Raises FileExistsError when ``path`` exists."""
    import atexit
    import tempfile

    template = _made.get((passphrase, author))
    if template is None:
        folder = Path(tempfile.mkdtemp(prefix="abarona-templates-"))
        atexit.register(shutil.rmtree, folder, True)
        template = folder / "template.abarona"
        create_vault(template, passphrase, author=author).close()
        _made[(passphrase, author)] = template
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    shutil.copyfile(template, path)
    return open_vault(path, passphrase)


def cli_env(tmp_path: Path, key: str = PASSPHRASE, **extra: str) -> dict[str, str]:
    """Environment for running abarona-cli as a subprocess: temp files go to tmp_path; the
    vault opens with ``key`` (the passphrase, or the session's ``vault_key`` to skip PBKDF2)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ABARONA_")}
    tmp = tmp_path / "tmpdir"
    tmp.mkdir(exist_ok=True)
    env.update(TMPDIR=str(tmp), ABARONA_PASSPHRASE=key, PYTHONPATH=str(ROOT), **extra)
    return env


PYTHON = sys.executable


@pytest.fixture
def run(monkeypatch, capsys, vault_key):
    """Run abarona-cli in this process (fast): (exit code, stdout, stderr). ABARONA_PASSPHRASE
    is the session's derived key of the template (opens ``vault_path`` without PBKDF2; a test
    of a vault made with another passphrase sets the variable itself); every other
    passphrase variable is cleared. Never a traceback."""
    from desktop import cli

    monkeypatch.setenv("ABARONA_PASSPHRASE", vault_key)
    for name in ("ABARONA_NEW_PASSPHRASE", "ABARONA_BACKUP_PASSPHRASE", "ABARONA_HANDOFF_PASSPHRASE",
                 "ABARONA_TEAM_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)

    def _run(*argv: str):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return _run
