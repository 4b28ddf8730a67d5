"""What the case service wrote, case by case: each save, creation, trashing or restoring of a
case, each checklist tick and each filing recorded, changed or deleted is noted with the cases
it changed and the vault's change counters just before and after it (db.vault.change_counters).
A reader that kept an answer computed at some counters asks :func:`cases_since` which cases
changed since, and computes again only those (the removal-risk band, desktop.rapid.risk,
does). The answer is exact or None: any write not noted here (an import, a team merge, a
recompute, a person merge, another program on the same file) breaks the chain of counters,
and the reader must compute everything again. The notes hold counters and case ids only,
never case data."""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from db.vault import Vault, change_counters

#: The last writes noted: (the vault, weakly; counters before; counters after; case ids).
_writes: deque = deque(maxlen=64)


def counters(conn) -> tuple[int, int, int]:
    """The change counters of the vault's connection ``conn`` now (db.vault.change_counters).
    A writer reads them inside its transaction, at its start and at its end: a commit moves
    neither, and no other connection can commit while the transaction holds the write lock."""
    return change_counters(conn)


def note(vault: Vault, case_ids: Iterable[str], before: tuple[int, int, int], after: tuple[int, int, int]) -> None:
    """Note that a write that began at counters ``before`` and ended at ``after`` (read inside
    its transaction, which then committed) changed only the cases ``case_ids``."""
    if after[0] == before[0] and after[2] == before[2]:
        _writes.append((weakref.ref(vault), before, after, frozenset(case_ids)))


@contextmanager
def case_transaction(vault: Vault, *case_ids: str) -> Iterator[tuple[object, set[str]]]:
    """``vault.transaction()`` (nested: a savepoint) that, once its body has run without an
    error, notes the cases it wrote: ``case_ids`` and those the body adds to the set it is
    given with the connection. Raises what the transaction raises."""
    touched = set(case_ids)
    with vault.transaction() as conn:
        before = counters(conn)
        yield conn, touched
        after = counters(conn)
    note(vault, touched, before, after)


def cases_since(vault: Vault, then: tuple[int, int, int], now: tuple[int, int, int]) -> frozenset[str] | None:
    """The cases written between the vault's counters ``then`` and ``now`` (:func:`counters`;
    empty: nothing was), when every write between is one noted here; None when some write
    was not (or was forgotten: only the last 64 are kept), and only a computation from
    scratch is right."""
    if now == then:
        return frozenset()
    found: set[str] = set()
    at = then
    for ref, before, after, ids in _writes:
        if ref() is vault and before == at:
            found |= ids
            at = after
    return frozenset(found) if at == now else None


def forget() -> None:
    """Drop the notes (the vault was locked)."""
    _writes.clear()
