"""Progress of long work (import, backup, report, screening), without any GUI.

A long function takes ``progress: Progress | None`` and calls it as ``progress(done,
total)``. The caller may raise ``Cancelled`` from inside the callback to stop the work;
the function then undoes what it started (a rolled-back transaction, no partial file)
and lets ``Cancelled`` propagate.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled; nothing was left half done."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` (when given) that ``done`` of ``total`` units are done. Whatever the
    callback raises (Cancelled, to stop) passes through."""
    if progress is not None:
        progress(done, total)
