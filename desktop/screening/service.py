"""Screening clients against published lists of wanted persons: the lists kept in the vault.

A list (CSV or XLSX, read by :mod:`desktop.screening.listfiles`) is imported as one version
of its source; every client is matched against it at once (:mod:`desktop.screening.screen`),
and each match waits for a lawyer to confirm or dismiss it. The decision is kept per person
and *entry identity* (the entry's folded name words and birth date), so a dismissed match
stays dismissed when next month's list repeats the entry. Two versions of one source give
what was added and removed.

The CLI's ``screen`` checks a file against the clients without storing anything unless
told to keep it (``--keep``); ``check_name`` is the intake check for one name.

The names of the reading and matching modules are re-exported here, so callers that use
``desktop.screening.service`` keep working.
"""

from __future__ import annotations

import json
from collections.abc import MutableSequence, Sequence
from dataclasses import dataclass, field

from db import audit as audit_queries
from db import screening as queries
from db.screening import MatchRow, WantedEntry, WantedList
from db.vault import Vault, new_id, now_utc
from desktop.dates import edtf as dates
from desktop.names import matching
from desktop.names.matching import DEFAULT_THRESHOLD, Reason
from desktop.progress import Progress
from desktop.screening.listfiles import (  # noqa: F401  (re-exported)
    FIELDS, MAX_FILE_BYTES, EntriesRead, ListFileCode, ListFileError, Mapping, Table, UnreadableDate, cell_text, check_mapping, entries_from_table,
    entry_identity, guess_mapping, is_valid_date, mapping_from_names, parse_birth, read_entries,
    read_table, read_table_bytes, split_entry, split_entry_text)
from desktop.screening.screen import (  # noqa: F401  (re-exported)
    IntakeHit, ScreenHit, check_name, client_index, client_index_and_clients, forget_index, screen_entries)

DECISIONS = ("confirmed", "dismissed")


# ---------------------------------------------------------------------------------------
# Lists kept in the vault


@dataclass(frozen=True)
class ImportResult:
    list_id: str
    entries: int
    skipped_rows: list[int]
    unused_columns: list[str]
    matches: int
    new_matches: int  # entries not on the previous list of the source, matched to a client
    open_matches: int  # matches nobody has decided yet
    unreadable_births: tuple[UnreadableDate, ...] = ()  # rows whose birth date was not read


def _check_meta(source: str, published: str | None, threshold: float) -> tuple[str, str | None]:
    source = " ".join((source or "").split())
    if not source:
        raise ListFileError(ListFileCode.NO_SOURCE, "Say who published the list (its source), e.g. “MVD RF”.")
    published = (published or "").strip() or None
    if published is not None and not dates.is_valid(published):
        raise ListFileError(ListFileCode.BAD_DATE, f"“{published}” is not a date (use 2025-04-09, 2025-04 or 2025).")
    if not 0 < threshold <= 1:
        raise ListFileError(ListFileCode.BAD_THRESHOLD, "The threshold is a score between 0 and 1 (e.g. 0.85).")
    return source, published


def import_list(vault: Vault, table: Table, mapping: Mapping, *, source: str, published: str | None = None,
                threshold: float = DEFAULT_THRESHOLD, progress: Progress | None = None) -> ImportResult:
    """Keep a list as a new version of its source and screen every client against it: one
    transaction, audited; Cancelled (from ``progress``) leaves nothing behind."""
    source, published = _check_meta(source, published, threshold)
    unused = check_mapping(table, mapping)
    read = read_entries(table, mapping)
    entries, skipped = read.entries, read.skipped
    list_id = new_id()

    def write(conn, hits: list[ScreenHit]) -> tuple[int, int, int]:
        now = now_utc()
        queries.insert_list(conn, WantedList(list_id, source, published, table.file_name or None, len(entries),
                                             threshold, None, now), now=now)
        queries.insert_entries(conn, list_id, entries, now=now, new_id=new_id)
        count = queries.replace_matches(conn, list_id, _new_matches(hits), now=now, new_id=new_id)
        previous = queries.previous_list(conn, list_id)
        old = {e.identity for e in queries.entries(conn, previous.id)} if previous else set()
        new = sum(1 for h in hits if h.entry.identity not in old)
        _, open_ = queries.count_matches(conn, list_id)
        audit_queries.record(conn, [("wanted_list", list_id, None, "import", {
            "source": source, "published": published, "file": table.file_name, "entries": len(entries),
            "matches": count, "threshold": threshold})], at=now, author=vault.author)
        return count, new, open_

    count, new, open_ = _screen_then_write(vault, lambda conn: (entries, threshold), write, progress)
    return ImportResult(list_id, len(entries), skipped, unused, count, new, open_, tuple(read.unreadable_births))


#: How many times screening is done again, outside the write, when the vault changed while
#: the clients were being matched; after that it is done inside the write's transaction.
_SCREEN_TRIES = 2


def _screen_then_write(vault: Vault, read, write, progress: Progress | None):
    """Screen, then write the matches, so that what is written matches the vault it is written
    to (issue 12, item 1: every read that decides a write belongs inside that write's
    transaction).

    ``read(conn) -> (entries, threshold)`` reads what is to be screened, ``write(conn, hits)``
    writes the result and returns what the caller returns. Matching many entries against every
    client takes seconds, so it runs before the write, outside any transaction; the write
    then checks, inside its transaction, that nothing was written to the vault meanwhile, by
    this connection (a change made in the window while the task runs) or another one (SQLite's
    data_version). If something was, the work is done again; after _SCREEN_TRIES such
    tries, the clients are read and matched inside the write's own transaction."""
    for _try in range(_SCREEN_TRIES):
        seen = queries.changes_seen(vault.conn)
        entries, threshold = read(vault.conn)
        hits = screen_entries(vault, entries, threshold=threshold, progress=progress)
        with vault.transaction() as conn:
            if queries.changes_seen(conn) == seen:
                return write(conn, hits)
    with vault.transaction() as conn:
        entries, threshold = read(conn)
        return write(conn, screen_entries(vault, entries, threshold=threshold, progress=progress))


def _new_matches(hits: Sequence[ScreenHit]) -> list[queries.NewMatch]:
    return [queries.NewMatch(h.entry.id, h.person_id, h.score, h.spelling,
                             json.dumps(matching.Match(h.score, h.reasons).to_json(), ensure_ascii=False))
            for h in hits]


def rescreen(vault: Vault, list_id: str | None = None, *, threshold: float | None = None,
             progress: Progress | None = None) -> int:
    """Screen the clients again (after new clients came in) against one list, or against
    the newest list of every source; decisions are kept. Returns the number of matches."""
    lists = [queries.get_list(vault.conn, list_id)] if list_id else queries.latest_lists(vault.conn)
    total = 0
    for wanted_id in [w.id for w in lists if w is not None]:
        def read(conn, wanted_id=wanted_id) -> tuple[list[WantedEntry], float]:
            wanted = queries.get_list(conn, wanted_id)
            if wanted is None:  # deleted meanwhile: nothing to screen, nothing to write
                return [], 0.0
            return queries.entries(conn, wanted.id), threshold if threshold is not None else wanted.threshold

        def write(conn, hits: list[ScreenHit], wanted_id=wanted_id) -> int:
            if queries.get_list(conn, wanted_id) is None:
                return 0
            now = now_utc()
            count = queries.replace_matches(conn, wanted_id, _new_matches(hits), now=now, new_id=new_id)
            audit_queries.record(conn, [("wanted_list", wanted_id, None, "screen", {"matches": count})],
                                 at=now, author=vault.author)
            return count

        total += _screen_then_write(vault, read, write, progress)
    return total


def lists(vault: Vault) -> list[WantedList]:
    """Every list kept, newest first."""
    return queries.list_lists(vault.conn)


def latest_lists(vault: Vault) -> list[WantedList]:
    """The newest imported list of every source (:class:`db.records.WantedList`). Raises
    VaultError."""
    return queries.latest_lists(vault.conn)


def delete_list(vault: Vault, list_id: str) -> None:
    """Delete an imported list and its matches, audited; a list already gone is no error.
    Decisions on clients stay (they hold for later lists). Raises VaultError."""
    with vault.transaction() as conn:
        wanted = queries.get_list(conn, list_id)
        if wanted is None:
            return
        queries.delete_list(conn, list_id)
        audit_queries.record(conn, [("wanted_list", list_id, None, "delete", {
            "source": wanted.source, "published": wanted.published})], at=now_utc(), author=vault.author)


@dataclass(frozen=True)
class ListDiff:
    newer: WantedList
    older: WantedList | None
    added: list[WantedEntry]
    removed: list[WantedEntry]


def list_diff(vault: Vault, list_id: str | None = None, *, source: str | None = None) -> ListDiff | None:
    """What a list added and removed against the previous list of its source (by default
    the newest list of ``source``, or the newest list of all)."""
    conn = vault.conn
    if list_id is None:
        candidates = queries.list_lists(conn, source=source)
        if not candidates:
            return None
        list_id = candidates[0].id
    newer = queries.get_list(conn, list_id)
    if newer is None:
        return None
    older = queries.previous_list(conn, list_id)
    if older is None:
        return ListDiff(newer, None, queries.entries(conn, list_id), [])
    return ListDiff(newer, older, queries.entries_not_in(conn, newer.id, older.id),
                    queries.entries_not_in(conn, older.id, newer.id))


# ---------------------------------------------------------------------------------------
# Review


@dataclass(frozen=True)
class ReviewItem:
    """A match as the review list, the case view and the dashboard show it."""

    row: MatchRow
    reasons: tuple[Reason, ...] = ()
    new: bool = False  # the entry was not on the previous list of the source

    @property
    def id(self) -> str:
        """The match's id."""
        return self.row.id

    @property
    def status(self) -> str:
        """"open", "confirmed" or "dismissed" (the decision, open when none)."""
        return self.row.decision or "open"

    def explanation(self) -> str:
        """The reasons in English, joined with "; " (the GUI words them from their codes)."""
        return "; ".join(r.text() for r in self.reasons)


def _items(vault: Vault, rows: list[MatchRow]) -> list[ReviewItem]:
    """The review items of match rows (:class:`ReviewList` tells each one's newness)."""
    previous = _previous_identities(vault, {row.list_id for row in rows})
    reasons_of: dict[str, tuple[Reason, ...]] = {}
    return [_item(row, previous, reasons_of) for row in rows]


def _previous_identities(vault: Vault, list_ids) -> dict[str, set[str]]:
    """{list id: the entry identities of the previous list of its source (none: empty)}."""
    found = {}
    for list_id in list_ids:
        previous = queries.previous_list(vault.conn, list_id)
        found[list_id] = queries.identities(vault.conn, previous.id) if previous else set()
    return found


def _item(row: MatchRow, previous: dict[str, set[str]], reasons_of: dict[str, tuple[Reason, ...]]) -> ReviewItem:
    explanation = row.explanation or "[]"
    reasons = reasons_of.get(explanation)
    if reasons is None:  # ten thousand matches share a few hundred explanations: each read once
        reasons = reasons_of[explanation] = matching.reasons_from_json(json.loads(explanation))
    return ReviewItem(row, reasons, row.identity not in previous[row.list_id])


class ReviewList(MutableSequence):
    """The review items of :func:`review_list`, best first, each made from its match as the
    engine gave it only when first asked for: a list of ten thousand matches is read at once
    and a table shows a screenful of it (issue 19). Items may be replaced and removed in
    place (a decision); :meth:`open_only` and :meth:`key` answer without making items."""

    def __init__(self, rows: queries.MatchRows, previous: dict[str, set[str]], slots: list | None = None,
                 reasons_of: dict[str, tuple[Reason, ...]] | None = None) -> None:
        self._rows = rows
        self._previous = previous
        self._reasons_of = {} if reasons_of is None else reasons_of
        # each slot: the position of a match in rows.raw, or its item once made
        self._slots: list = list(range(len(rows.raw))) if slots is None else slots

    @classmethod
    def empty(cls) -> ReviewList:
        """A list of no items."""
        return cls(queries.MatchRows([], {}), {})

    def __len__(self) -> int:
        return len(self._slots)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self._slots)))]
        slot = self._slots[i]
        if isinstance(slot, int):
            slot = self._slots[i] = _item(self._rows.row(slot), self._previous, self._reasons_of)
        return slot

    def __setitem__(self, i, item) -> None:
        self._slots[i] = item

    def __delitem__(self, i) -> None:
        del self._slots[i]

    def insert(self, index: int, item) -> None:
        """Put ``item`` before position ``index``."""
        self._slots.insert(index, item)

    def key(self, i: int) -> tuple[str, str]:
        """(person id, entry identity) of the item at ``i``: what a decision is kept by."""
        slot = self._slots[i]
        if isinstance(slot, int):
            raw = self._rows.raw[slot]
            return raw[queries.MatchRows.PERSON], raw[queries.MatchRows.IDENTITY]
        return slot.row.person_id, slot.row.identity

    def _open(self, slot) -> bool:
        if isinstance(slot, int):
            return self._rows.raw[slot][queries.MatchRows.DECISION] is None
        return slot.status == "open"

    def open_only(self) -> ReviewList:
        """The items nobody has decided yet, as a new list (made items are shared)."""
        return ReviewList(self._rows, self._previous, [s for s in self._slots if self._open(s)], self._reasons_of)

    def copy(self) -> ReviewList:
        """Every item, as a new list (made items are shared)."""
        return ReviewList(self._rows, self._previous, list(self._slots), self._reasons_of)


def review_list(vault: Vault, list_id: str | None = None) -> ReviewList:
    """:func:`review` as a :class:`ReviewList`: the matches are read, their items made only
    when asked for. Raises VaultError."""
    list_ids = [list_id] if list_id else [w.id for w in queries.latest_lists(vault.conn)]
    return ReviewList(queries.match_rows(vault.conn, list_ids=list_ids), _previous_identities(vault, list_ids))


def review(vault: Vault, list_id: str | None = None, *, open_only: bool = False) -> list[ReviewItem]:
    """Matches of one list (default: the newest list of every source), best first."""
    list_ids = [list_id] if list_id else [w.id for w in queries.latest_lists(vault.conn)]
    found = ReviewList(queries.match_rows(vault.conn, list_ids=list_ids, open_only=open_only),
                       _previous_identities(vault, list_ids))
    return list(found)


def open_matches(vault: Vault) -> list[ReviewItem]:
    """Matches on the newest list of every source that nobody has confirmed or dismissed
    (for the dashboard)."""
    return review(vault, open_only=True)


def matches_for_case(vault: Vault, case_id: str) -> list[ReviewItem]:
    """Matches of the case's client on the newest list of every source, decided or not
    (for the case view)."""
    person_id = queries.person_of_case(vault.conn, case_id)
    if person_id is None:
        return []
    list_ids = [w.id for w in queries.latest_lists(vault.conn)]
    return _items(vault, queries.matches(vault.conn, list_ids=list_ids, person_id=person_id))


class MatchNotFound(LookupError):
    """No match with this id (its list was deleted or screened again)."""
    pass


def decide(vault: Vault, match_id: str, decision: str | None, *, note: str | None = None) -> ReviewItem:
    """Confirm or dismiss a match (``decision``: one of DECISIONS; None: back to open) with an
    optional note; returns the match as now reviewed. The decision holds for this client and
    this entry on every later list of any source. One transaction, audited on each of the
    client's cases. Raises ValueError for another decision, MatchNotFound, VaultError."""
    if decision is not None and decision not in DECISIONS:
        raise ValueError(f"{decision!r} is not one of {DECISIONS}")
    with vault.transaction() as conn:
        rows = queries.matches(conn, match_ids=[match_id])
        if not rows:
            raise MatchNotFound("This match no longer exists (the list was deleted or screened again).")
        row = rows[0]
        now = now_utc()
        queries.set_decision(conn, row.person_id, row.identity, decision, note, now=now, new_id=new_id)
        change = {"entry": row.entry_name, "list": row.list_source, "published": row.list_published,
                  "decision": [row.decision, decision], "score": row.score}
        audit_queries.record(conn, [("wanted_match", row.id, case_id, "decide", change)
                                    for case_id in (row.case_ids or (None,))], at=now, author=vault.author)
        updated = queries.matches(conn, match_ids=[match_id])[0]
    return _items(vault, [updated])[0]


@dataclass
class Summary:
    """Figures for the dashboard and the page header."""

    lists: int = 0
    open: int = 0
    confirmed: int = 0
    new_open: int = 0
    by_source: dict[str, tuple[str | None, int]] = field(default_factory=dict)  # source: (date, open)


def summary(vault: Vault) -> Summary:
    """The figures for the dashboard and the page header (:class:`Summary`: lists imported,
    matches open, confirmed and newly open, and per source its newest list's date and open
    matches). Raises VaultError."""
    conn = vault.conn
    result = Summary(lists=len(queries.list_lists(conn)))
    for wanted in queries.latest_lists(conn):  # counted by the engine, no match read (issue 19)
        previous = queries.previous_list(conn, wanted.id)
        open_, confirmed, new_open = queries.match_counts(conn, wanted.id, previous.id if previous else None)
        result.open += open_
        result.confirmed += confirmed
        result.new_open += new_open
        result.by_source[wanted.source] = (wanted.published, open_)
    return result
