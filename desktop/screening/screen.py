"""Matching clients against names: the cached index of one vault's clients, the intake
check for one name (:func:`check_name`) and screening of list entries
(:func:`screen_entries`). Nothing here writes to the vault."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

from db import person_merge as merge_queries
from db import screening as queries
from db.screening import ClientNames, WantedEntry
from db.vault import Vault
from desktop.collector import collector_paused
from desktop.names import matching
from desktop.names.matching import DEFAULT_THRESHOLD, Reason
from desktop.progress import Progress, report

class _IndexCache:
    """The clients' name index of one open vault, rebuilt only when clients, their names
    or birth dates changed: nothing written since (SQLite's count of changes on this
    connection and data_version for the others), or else the same clients, names and birth
    dates read again (compared with those indexed; reading is cheap beside folding and
    indexing every name). Not a count or a newest time: a spelling is rewritten in place,
    and two edits can fall in one second."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._vault: weakref.ref | None = None
        self._changes: tuple | None = None
        self._index: matching.NameIndex | None = None
        self._clients: list[ClientNames] | None = None

    def get(self, vault: Vault) -> tuple[matching.NameIndex, list[ClientNames]]:
        changes = queries.changes_seen(vault.conn)
        with self._lock:
            same_vault = self._vault is not None and self._vault() is vault and self._index is not None
            if same_vault and changes == self._changes:
                return self._index, self._clients
            indexed = self._clients if same_vault else None
        read = queries.client_names(vault.conn)
        if indexed is not None and read == indexed:
            with self._lock:
                if self._clients is indexed:
                    self._changes = changes
                    return self._index, indexed
        index = matching.NameIndex.build(
            matching.Person(c.person_id, c.names, c.birth_date, c.display_name)
            for c in sorted(read, key=lambda c: c.person_id))
        with self._lock:
            self._vault, self._changes, self._index, self._clients = weakref.ref(vault), changes, index, read
        return index, read

    def clear(self) -> None:
        with self._lock:
            self._vault = self._changes = self._index = self._clients = None


_cache = _IndexCache()


def forget_index() -> None:
    """Drop the cached client index (after a lock, or a change this module cannot see)."""
    _cache.clear()


def client_index(vault: Vault) -> matching.NameIndex:
    """The name index of the vault's clients, built again only when the vault's clients
    changed since the last call (one index is kept, for the last vault asked). Raises
    VaultError."""
    return _cache.get(vault)[0]


def client_index_and_clients(vault: Vault) -> tuple[matching.NameIndex, list[ClientNames]]:
    """:func:`client_index` and the clients it indexes (:class:`db.screening.ClientNames`, in
    the order :func:`db.screening.client_names` reads them), from one read of the vault.
    The list is shared: do not change it. Raises VaultError."""
    return _cache.get(vault)


@dataclass(frozen=True)
class IntakeHit:
    person_id: str
    display_name: str
    birth_date: str | None
    spelling: str
    score: float
    reasons: tuple[Reason, ...]

    def explanation(self) -> str:
        """The reasons in English, joined with "; " (the GUI words them from their codes)."""
        return "; ".join(r.text() for r in self.reasons)


def check_name(vault: Vault, name: str, *, birth_date: str | None = None,
               threshold: float = DEFAULT_THRESHOLD, limit: int = 20) -> list[IntakeHit]:
    """Clients that may be this person (an intake check, nothing is stored). ``birth_date``
    may be EDTF or as lists write it (12.05.1988)."""
    birth = matching.parse_birth(birth_date) if birth_date else None
    hits = client_index(vault).search(name, birth_date=birth, threshold=threshold)[:limit]
    return [IntakeHit(h.person.id, h.person.display_name, h.person.birth_date, h.spelling,
                      h.match.score, h.match.reasons) for h in hits]


@dataclass(frozen=True)
class ScreenHit:
    """One client matched by one entry (before anything is stored)."""

    entry: WantedEntry
    person_id: str
    display_name: str
    birth_date: str | None
    spelling: str
    score: float
    reasons: tuple[Reason, ...]
    case_references: tuple[str, ...] = ()  # the client's cases outside the trash

    def explanation(self) -> str:
        """The reasons in English, joined with "; " (the GUI words them from their codes)."""
        return "; ".join(r.text() for r in self.reasons)


def screen_entries(vault: Vault, entries: Sequence[WantedEntry], *, threshold: float = DEFAULT_THRESHOLD,
                   progress: Progress | None = None) -> list[ScreenHit]:
    """Every client matched by every entry, best first within an entry (:func:`entry_hits`).
    Raises VaultError, or Cancelled from ``progress``."""
    found = entry_hits(client_index(vault), entries, threshold=threshold, progress=progress)
    total = len(entries)
    # the case references of the clients matched only (not of every client: a tenth of the cost)
    references = {person: tuple(ref for _, ref in cases) for person, cases in
                  merge_queries.case_references(vault.conn, {hit.person.id for _, hit in found}).items()}
    report(progress, total, total)
    return [ScreenHit(entry, hit.person.id, hit.person.display_name, hit.person.birth_date, hit.spelling,
                      hit.match.score, hit.match.reasons, references.get(hit.person.id, ()))
            for entry, hit in found]


def entry_hits(index: matching.NameIndex, entries: Sequence[WantedEntry], *, threshold: float = DEFAULT_THRESHOLD,
               progress: Progress | None = None) -> list[tuple[WantedEntry, matching.Hit]]:
    """Every (entry, hit) of the persons of ``index`` that ``entries`` match at ``threshold`` or
    more (:meth:`desktop.names.matching.NameIndex.search`), in the entries' order, best first
    within an entry: at a ``threshold`` of 0.75 or more, exactly those of comparing every
    entry with every person in full (tests/desktop/test_screening_recall.py). ``progress`` hears (entries done, entries); it may raise Cancelled."""
    found = []
    total = len(entries)
    step = max(1, total // 100)
    with collector_paused():
        for i, entry in enumerate(entries):
            if i % step == 0:
                report(progress, i, total)
            found += [(entry, hit) for hit in index.search(entry.name, birth_date=entry.birth_date, threshold=threshold)]
    return found
