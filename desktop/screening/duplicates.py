"""Duplicate clients: pairs of person records that are probably one person, and the merge
that makes them one, keeping every spelling, case and event (audited)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from db import audit as audit_queries
from db import cases as case_queries
from db import person_merge as merge_queries
from db import persons as person_queries
from db import screening as screening_queries
from db import search as search_queries
from db.records import PersonName
from db.screening import ClientNames
from db.vault import Vault, new_id, now_utc
from desktop.dates import edtf as dates
from desktop.names import matching
from desktop.names import folding as names
from desktop.screening import service as screening
from desktop.cases.service import search_doc
from desktop.names.matching import DEFAULT_THRESHOLD, Reason
from desktop.progress import Progress, report

_PUBLICITY_ORDER = ("public", "initials", "withheld")  # the stricter wins in a merge


@dataclass(frozen=True)
class PersonSummary:
    id: str
    display_name: str
    birth_date: str | None
    names: tuple[str, ...]
    case_ids: tuple[str, ...]
    case_references: tuple[str, ...]


@dataclass(frozen=True)
class DuplicatePair:
    a: PersonSummary
    b: PersonSummary
    score: float
    reasons: tuple[Reason, ...]
    spelling_a: str
    spelling_b: str

    def explanation(self) -> str:
        """The reasons in English, joined with "; " (the GUI words them from their codes)."""
        return "; ".join(r.text() for r in self.reasons)


def find_duplicates(vault: Vault, *, threshold: float = DEFAULT_THRESHOLD,
                    progress: Progress | None = None) -> list[DuplicatePair]:
    """Pairs of clients whose names (and birth dates, when both are known) say they are
    probably one person, most certain first. Reads only.

    Near-linear (issue 19, cause 5): the clients are read once (with the cached name index,
    :func:`desktop.screening.screen.client_index`); the candidates of each distinct spelling
    are looked up once, however many clients share it; a pair is met once (from the side
    that reaches it first, as before); and birth dates are checked before any name: dates
    that disagree cap the score under ``threshold``
    (:func:`desktop.names.matching.best_possible`), so such namesakes are never compared
    word by word. Two clients' spellings are compared pair by pair, each distinct pair of
    spellings once for the whole search (:func:`desktop.names.matching.best_of`). The pairs
    are exactly those of comparing every candidate pair. ``progress`` hears (clients done,
    clients); raising ``Cancelled`` from it stops the search (nothing is written)."""
    index, clients = screening.client_index_and_clients(vault)
    refs = merge_queries.case_references(vault.conn)
    return duplicate_pairs(clients, index, refs, threshold=threshold, progress=progress)


def duplicate_pairs(clients: Sequence[ClientNames], index: matching.NameIndex,
                    refs: Mapping[str, Sequence[tuple[str, str]]], *, threshold: float = DEFAULT_THRESHOLD,
                    progress: Progress | None = None) -> list[DuplicatePair]:
    """:func:`find_duplicates` on clients already read: ``clients`` as
    :func:`desktop.screening.service.client_index_and_clients` gives them, ``index`` the name
    index of exactly these clients (every candidate it names is one of them), ``refs`` their
    case references ({person id: [(case id, reference)...]}). Reads nothing, writes nothing;
    raises ``Cancelled`` when ``progress`` does."""
    position = {c.person_id: i for i, c in enumerate(clients)}
    found: dict[str, frozenset[int]] = {}  # spelling -> positions of its candidates

    def candidates_of(spelling: str) -> frozenset[int]:
        ids = found.get(spelling)
        if ids is None:
            # the index holds exactly these clients (one read): every candidate has a position
            ids = found[spelling] = frozenset(map(position.__getitem__, index.candidates(spelling)))
        return ids

    summaries: dict[str, PersonSummary] = {}

    def summary(client) -> PersonSummary:
        found_summary = summaries.get(client.person_id)
        if found_summary is None:
            found_summary = summaries[client.person_id] = _summary(client, refs)
        return found_summary

    # met[i]: the earlier clients that reached client i among their candidates (the pair was
    # met from their side already); emptied as i is reached.
    met: dict[int, set[int]] = {}
    pairs: list[DuplicatePair] = []
    total = len(clients)
    step = max(1, min(100, total // 100))
    birth_evidence, best_possible, best_of = matching.birth_evidence, matching.best_possible, matching.best_of
    far_apart, far_skips = matching.births_far_apart, matching.FAR_BIRTH_FACTOR < threshold
    spans = [matching.birth_span(c.birth_date) for c in clients]
    unknown = (1.0, None)  # birth_evidence when one date is unknown (or not a date)
    with matching.collector_paused():
        for i, client in enumerate(clients):
            if i % step == 0:
                report(progress, i, total)
            names_i = client.names
            if len(names_i) == 1:
                candidates = candidates_of(names_i[0])
            else:
                candidates = set()
                for spelling in names_i:
                    candidates |= candidates_of(spelling)
            already = met.pop(i, ())
            birth_i, span_i = client.birth_date, spans[i]
            for j in candidates:
                if j > i:
                    later = met.get(j)
                    if later is None:
                        met[j] = {i}
                    else:
                        later.add(i)
                elif j == i or j in already:
                    continue  # itself, or met already from the other side
                other = clients[j]
                span_j = spans[j]
                if span_i is None or span_j is None:
                    evidence, ceiling = unknown, 1.0
                else:
                    if far_skips and far_apart(span_i, span_j):
                        continue  # born more than a year apart: no score reaches the threshold
                    evidence = birth_evidence(birth_i, other.birth_date)
                    ceiling = best_possible(birth_i, other.birth_date, evidence)
                    if ceiling < threshold:
                        continue
                match, sa, sb = best_of(names_i, other.names, evidence, ceiling, threshold)
                if match.score >= threshold:
                    if client.person_id < other.person_id:
                        pairs.append(DuplicatePair(summary(client), summary(other), match.score, match.reasons, sa, sb))
                    else:
                        pairs.append(DuplicatePair(summary(other), summary(client), match.score, match.reasons, sb, sa))
        report(progress, total, total)
        pairs.sort(key=lambda p: (-p.score, p.a.display_name, p.b.display_name, p.a.id, p.b.id))
    return pairs


def _summary(client, refs: Mapping[str, Sequence[tuple[str, str]]]) -> PersonSummary:
    cases = refs.get(client.person_id, [])
    return PersonSummary(client.person_id, client.display_name, client.birth_date, client.names,
                         tuple(c[0] for c in cases), tuple(c[1] for c in cases))


class MergeReason(StrEnum):
    """Why two persons were not merged (:attr:`MergeRefused.reason`), for translation."""

    SAME = "same"  # the same person twice
    GONE = "gone"  # one of the two no longer exists


class MergeRefused(ValueError):
    """Two persons that cannot be merged (one is gone, or both are the same); nothing changed.
    The message is English; ``reason`` (a :class:`MergeReason`) says it for translation."""

    def __init__(self, message: str, *, reason: MergeReason) -> None:
        super().__init__(message)
        self.reason = MergeReason(reason)


@dataclass(frozen=True)
class MergeResult:
    kept_id: str
    merged_id: str
    cases_moved: list[str]
    names_added: list[str]
    conflicts: dict[str, list]  # field: [kept value, merged value] where both had one


def merge_persons(vault: Vault, *, keep_id: str, merge_id: str) -> MergeResult:
    """Make two clients one: the cases of ``merge_id`` move to ``keep_id``, which gains its
    every spelling; an empty field takes the other's value, and where both differ the kept
    value stays and the other is written into the notes. The stricter publicity wins.
    One transaction, audited on every case of the merged person; returns the
    :class:`MergeResult`. Raises MergeRefused (the same person twice, or one is gone) and
    VaultError; nothing is then changed."""
    if keep_id == merge_id:
        raise MergeRefused("A person cannot be merged with itself.", reason=MergeReason.SAME)
    with vault.transaction() as conn:
        persons = person_queries.get_persons(conn, [keep_id, merge_id])
        if keep_id not in persons or merge_id not in persons:
            raise MergeRefused("One of the two persons no longer exists.", reason=MergeReason.GONE)
        keep, other = persons[keep_id], persons[merge_id]
        now = now_utc()
        have = {keep.display_name.casefold()} | {n.value.casefold() for n in keep.names}
        added = []
        for spelling in [PersonName(other.display_name, None), *other.names]:
            if spelling.value.casefold() not in have:
                have.add(spelling.value.casefold())
                keep.names.append(PersonName(spelling.value, spelling.lang))
                added.append(spelling.value)
        conflicts: dict[str, list] = {}
        notes = [keep.notes] if keep.notes else []
        for attr in ("birth_date", "hometown", "residence", "contact"):
            mine, theirs = getattr(keep, attr), getattr(other, attr)
            if not mine and theirs:
                setattr(keep, attr, theirs)
            elif attr == "birth_date" and mine and theirs and _refines(theirs, mine):
                keep.birth_date = theirs  # 1988-05-12 is what 1988-05 only approximated
            elif mine and theirs and mine != theirs:
                conflicts[attr] = [mine, theirs]
                notes.append(f"{attr.replace('_', ' ')} of the merged record ({other.display_name}): {theirs}")
        if other.notes and other.notes not in notes:
            notes.append(other.notes)
        keep.notes = "\n".join(notes) or None
        keep.citizenship = list(dict.fromkeys([*keep.citizenship, *other.citizenship]))
        keep.publicity = max(keep.publicity, other.publicity, key=_strictness)
        keep.display_key = names.search_key(keep.display_name)
        for spelling in keep.names:
            spelling.search_key = names.search_key(spelling.value)
        person_queries.update_person(conn, keep, now=now, new_id=new_id)
        moved = merge_queries.move_cases(conn, merge_id, keep_id, now=now)
        screening_queries.reassign_person(conn, merge_id, keep_id, now=now)
        merge_queries.delete_person(conn, merge_id)
        all_cases = merge_queries.case_ids(conn, keep_id)
        search_queries.index_cases(conn, [search_doc(c) for c in case_queries.get_cases(conn, all_cases)])
        change = {"kept": keep.display_name, "merged": other.display_name, "merged_id": merge_id,
                  "names_added": added, "cases_moved": moved, "conflicts": conflicts}
        audit_queries.record(conn, [("person", keep_id, case_id, "merge", change) for case_id in all_cases]
                             or [("person", keep_id, None, "merge", change)], at=now, author=vault.author)
    screening.forget_index()
    return MergeResult(keep_id, merge_id, moved, added, conflicts)


def _refines(precise: str, vague: str) -> bool:
    try:
        p, v = dates.parse(precise), dates.parse(vague)
    except dates.DateError:
        return False
    return v.lower <= p.lower and p.upper <= v.upper and (p.lower, p.upper) != (v.lower, v.upper)


def _strictness(publicity: str) -> int:
    return _PUBLICITY_ORDER.index(publicity) if publicity in _PUBLICITY_ORDER else len(_PUBLICITY_ORDER)
