"""Process hardening at start (issue 12, items 7 to 9): no core dumps, no passphrase left in
the environment, every file this process creates readable by its owner only.

Both entry points (``abarona`` and ``abarona-cli``) call :func:`harden` first thing.

What each system allows:

- Linux: ``RLIMIT_CORE`` 0 (no core file) and ``prctl(PR_SET_DUMPABLE, 0)``, which also stops
  systemd-coredump and apport (they honour it), and makes ``/proc/PID/environ`` and
  ``/proc/PID/mem`` readable by root only.
- macOS: ``RLIMIT_CORE`` 0 (no core file in ``/cores``). Crash reports (ReportCrash) hold
  stack traces, not memory. ``PT_DENY_ATTACH`` is not used: it would not stop root.
- Windows: there is no core limit. Windows Error Reporting is told not to show its dialog
  (``SetErrorMode``); a full dump is written only where an administrator configured
  ``LocalDumps`` for the program in the registry, which Abarona cannot prevent. Documented
  in the user guide.

The umask 077 makes every file the process creates (vaults, backups, packages, their
``.partial`` and journal files, PDFs, exports, settings) 0600 from the moment it exists; the
library code creates its own files with ``os.open(..., 0o600)`` as well, for callers that
do not call :func:`harden`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

#: The environment variables that carry passphrases (docs/cli.md).
SECRET_VARIABLES = ("ABARONA_PASSPHRASE", "ABARONA_NEW_PASSPHRASE", "ABARONA_BACKUP_PASSPHRASE",
                    "ABARONA_HANDOFF_PASSPHRASE")
_PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def harden() -> dict[str, bool]:
    """Core dumps off, umask 077. Returns what was done, by name (for tests and the bundle's
    self-test); never raises."""
    done = {"rlimit_core": False, "not_dumpable": False, "umask": False, "no_error_dialog": False}
    os.umask(0o077)
    done["umask"] = True
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        done["rlimit_core"] = resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            done["not_dumpable"] = libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    if sys.platform == "win32":
        with contextlib.suppress(OSError, AttributeError):
            # SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX: no error dialog (nor its dump).
            ctypes.windll.kernel32.SetErrorMode(0x0001 | 0x0002)  # type: ignore[attr-defined]
            done["no_error_dialog"] = True
    return done


def take_secrets(names: tuple[str, ...] = SECRET_VARIABLES) -> dict[str, str]:
    """Read the passphrase variables and remove them from the environment: from Python's
    copies, from the C environment, and (on Linux and macOS) from the memory the kernel shows
    as ``/proc/PID/environ``, which unsetenv() alone leaves in place. {name: value} of
    those that were set."""
    found: dict[str, str] = {}
    for name in names:
        value = os.environ.get(name)
        if value is None:
            continue
        found[name] = value
        where = _in_c_environ(name)
        os.environ.pop(name, None)  # unsetenv(): the C array no longer points at it
        if where is not None:
            ctypes.memset(*where)  # ...and the bytes the kernel shows are zeroed
        with contextlib.suppress(ImportError, KeyError, AttributeError):
            import posix

            posix.environ.pop(os.fsencode(name), None)
    return found


def _in_c_environ(name: str) -> tuple[int, int, int] | None:
    """(address, 0, length) of ``NAME=value`` in the C environment, for memset; None if absent."""
    if os.name != "posix":
        return None
    try:
        libc = ctypes.CDLL(None)
        environ = ctypes.POINTER(ctypes.c_char_p).in_dll(libc, "environ")
    except (OSError, ValueError, AttributeError):
        return None
    prefix = os.fsencode(name) + b"="
    i = 0
    while True:
        address = ctypes.cast(environ, ctypes.POINTER(ctypes.c_void_p))[i]
        if not address:
            return None
        text = ctypes.string_at(address)
        if text.startswith(prefix):
            return address, 0, len(text)
        i += 1
