"""Small builders for test data (interchange documents)."""

from __future__ import annotations

import contextlib


def case_dict(reference: str = "BY-2021-003", **overrides) -> dict:
    case = {
        "reference": reference,
        "kind": "extradition",
        "status": "closed",
        "outcome": "extradited",
        "person": {
            "name": "Аляксей Кудзін",
            "names": [
                {"value": "Алексей Кудин", "lang": "ru"},
                {"value": "Aliaksei Kudzin", "lang": "en"},
            ],
            "birth_date": "1988-05~",
            "citizenship": ["BY"],
            "hometown": "Minsk",
            "publicity": "public",
        },
        "arrest": {"date": "2021-01-21", "place": "Moscow Oblast"},
        "charges": [{"jurisdiction": "BY", "code": "CC", "article": "363", "part": "2"}],
        "events": [
            {"type": "arrest", "date": "2021-01-21", "place": "Moscow Oblast"},
            {"type": "interim_measures_granted", "date": "2021-07-21", "time": "09:30", "body": "ECtHR"},
            {"type": "extradited", "date": "2021-07-21", "text": "Removed in secret; family and lawyer not told."},
            {"type": "sentenced", "date": "2021-08-11", "text": "2.5 years"},
        ],
        "tags": ["interim-measures-ignored"],
        "summary": "free text",
    }
    case.update(overrides)
    return case


def document(*cases: dict) -> dict:
    return {"format": "abarona-cases", "version": 1, "cases": list(cases)}


def fill_drive(folder, leave: int) -> None:
    """Fill the file system ``folder`` is on with someone else's file (photos.zip) until
    ``leave`` bytes are free, as a USB stick nearly full of other things is."""
    import os

    filler = os.path.join(folder, "photos.zip")
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # the drive is full
    finally:
        os.close(fd)
    os.truncate(filler, max(os.stat(filler).st_size - leave, 0))


@contextlib.contextmanager
def small_file_system(folder, size: str):
    """A tmpfs of ``size`` ("200k", "1m") mounted at ``folder`` (made here) for the block, then
    unmounted: a small drive of the test's own. Skips the test where mounting is not permitted."""
    import subprocess
    from pathlib import Path

    import pytest

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("mounting a small file system is not permitted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def statements(vault, action) -> list[str]:
    """The SQL statements the vault's connection runs while ``action()`` runs, in order (its
    trace callback), e.g. to read their query plans."""
    seen: list[str] = []
    vault.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        vault.conn.set_trace_callback(None)
    return seen
