"""The demo vault: made-up cases to try Abarona with, under a passphrase everyone knows."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

from db.vault import Vault, create_vault, lock_path, open_vault
from desktop.cases import interchange
from desktop.demo import synthetic

#: Printed on the start screen: the demo vault holds no real data, so its key is public.
DEMO_PASSPHRASE = "demo"
DEMO_CASES = 60
DEMO_LAWYERS = ["Hanna Ivanova", "Pavel Smirnov", "Алеся Кавалёва", "Ірына Лазарчык"]  # made up


def default_demo_path() -> Path:
    """Where the demo vault lives: demo.abarona in the user's data folder (platformdirs)."""
    return Path(platformdirs.user_data_dir("Abarona", appauthor=False)) / "demo.abarona"


def remove_demo(path: str | os.PathLike[str] | None = None) -> bool:
    """Delete the (closed) demo vault and everything beside it that names it: its ``-wal``
    and ``-shm`` files, the lock file Windows keeps beside a vault (db.vault.lock_path), and
    its folder when nothing else is left in it (discreet mode: made-up cases, but they tell
    what the program is for). True when nothing of it is left. Never raises for a file that
    cannot be removed (it is left, and False says so)."""
    path = Path(path) if path is not None else default_demo_path()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal"), lock_path(path)):
        with contextlib.suppress(FileNotFoundError, OSError):
            leftover.unlink()
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only when empty
    return not any(p.exists() for p in (path, path.with_name(path.name + "-wal"), lock_path(path)))


def open_demo_vault(path: str | os.PathLike[str] | None = None) -> Vault:
    """Open the demo vault, creating it (with made-up cases) the first time."""
    path = Path(path) if path is not None else default_demo_path()
    if path.exists():
        return open_vault(path, DEMO_PASSPHRASE)
    path.parent.mkdir(parents=True, exist_ok=True)
    vault = create_vault(path, DEMO_PASSPHRASE, author="Demo")
    try:
        document = synthetic.generate_document(cases=DEMO_CASES, events_per_case=14, seed=2026)
        cases = interchange.read_cases(document)
        for i, case in enumerate(cases):  # fields the interchange format does not carry
            case.lawyer = DEMO_LAWYERS[i % len(DEMO_LAWYERS)]
            case.region = case.arrest_place
            case.state_appointed = i % 7 == 3
        interchange.import_cases(vault, cases, source="demo")
    except BaseException:
        vault.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise
    return vault
