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
from desktop.collector import collector_paused
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
    :func:`desktop.screening.screen.client_index`); clients written alike (the same
    spellings) are one group, whose candidates are looked up once; a pair is met once (from
    the side that reaches it first, as before); birth dates come before any name: a client
    born on a known date meets only the candidates born within a year of it or of unknown
    birth (a set intersection by year), and dates that disagree cap the score under
    ``threshold`` (:func:`desktop.names.matching.best_possible`), so such namesakes are never
    compared word by word. Two groups' spellings are compared once for each birth factor
    (:func:`desktop.names.matching.best_pair`), each distinct pair of spellings at most once
    for the whole search, the most promising first. The pairs are exactly those of comparing
    every candidate pair in full (tests/desktop/test_duplicates_equivalence.py), and the
    candidates (:meth:`desktop.names.matching.NameIndex.close_candidates`) are every client
    whose names may score 0.75 or more: at a ``threshold`` of 0.75 or more, the pairs are
    those of comparing every client with every other in full
    (tests/desktop/test_duplicates_recall.py).
    ``progress`` hears (clients done, clients); raising ``Cancelled`` from it stops the
    search (nothing is written).
    Source of the figures: benchmarks/bench_screening.py at 10,000 and 50,000 synthetic
    cases."""
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
    total = len(clients)
    # Clients written alike (the same spellings in the same order) form one group: they have
    # the same candidates, and their names compare alike with anyone.
    group_of: dict[tuple[str, ...], int] = {}
    members: list[list[int]] = []
    for i, client in enumerate(clients):
        g = group_of.setdefault(client.names, len(members))
        if g == len(members):
            members.append([i])
        else:
            members[g].append(i)
    spellings = list(group_of)  # each group's spellings, by group
    group_of_person = {client.person_id: group_of[client.names] for client in clients}
    found: dict[str, frozenset[int]] = {}  # spelling -> the groups of its candidates

    def candidates_of(spelling: str) -> frozenset[int]:
        groups = found.get(spelling)
        if groups is None:
            # the index holds exactly these clients (one read): every candidate has a group
            groups = found[spelling] = frozenset(map(group_of_person.__getitem__, index.close_candidates(spelling)))
        return groups

    spans = [matching.birth_span(c.birth_date) for c in clients]
    births = [c.birth_date for c in clients]
    far_skips = matching.FAR_BIRTH_FACTOR < threshold
    # Birth dates first, for whole groups at once: the groups with a client born in each year
    # (a client's span of years), and those with a client of unknown birth or born in a
    # span too wide to sort by year. A client born on a known date meets only the candidate
    # groups among those born within a year of it (matching.birth_years_near) or unknown:
    # a set intersection, not a comparison with each namesake born elsewhen.
    by_year: dict[int, set[int]] = {}
    any_year: set[int] = set()
    for g, group in enumerate(members):
        for i in group:
            years = matching.birth_years(spans[i])
            if years is None or len(years) > _YEARS_SORTED:
                any_year.add(g)
            else:
                for year in years:
                    by_year.setdefault(year, set()).add(g)
    unsorted = frozenset(any_year)
    nobody: frozenset[int] = frozenset()
    birth_evidence, best_possible, best_pair = matching.birth_evidence, matching.best_possible, matching.best_pair
    far_apart, years_near = matching.births_far_apart, matching.birth_years_near
    found_pairs: list[tuple] = []  # (score, reasons, spelling a, spelling b, a, b): a's id the smaller
    ids_rank = {pid: rank for rank, pid in enumerate(sorted(c.person_id for c in clients))}
    rank_id = [ids_rank[c.person_id] for c in clients]
    step = max(1, min(100, total // 100))
    done, next_report = 0, 0
    with collector_paused():
        candidates = [candidates_of(names[0]) if len(names) == 1 else frozenset().union(*map(candidates_of, names))
                      for names in spellings]
        for g, group in enumerate(members):
            if done >= next_report:
                report(progress, done, total)
                next_report = done - done % step + step
            done += len(group)
            names_g, candidates_g = spellings[g], candidates[g]
            # best_pair with group h: by_names[h] (unknown birth), by_names[~h] (turned to h's
            # side), by_birth[(h, turned, factor)] (both born on known dates)
            by_names: dict[int, tuple] = {}
            by_birth: dict[tuple, tuple] = {}
            for i in group:
                span_i = spans[i]
                meets = candidates_g
                if span_i is not None and far_skips:
                    near = years_near(span_i)
                    if len(near) <= _YEARS_SORTED:
                        meets = candidates_g & unsorted
                        for year in near:
                            meets = meets | candidates_g.intersection(by_year.get(year, nobody))
                for h in meets:
                    # A pair of clients is compared once, from the side that reaches it first:
                    # the earlier client's, or the only side whose candidates name the other.
                    # Groups that name each other are met from the earlier group only, each
                    # pair turned to its earlier client's side.
                    if h > g:
                        turns = g in candidates[h]
                    elif h < g:
                        if g in candidates[h]:
                            continue  # met from h's side
                        turns = False
                    elif len(group) == 1:
                        continue  # the client itself
                    else:
                        turns = False
                    names_h = spellings[h]
                    for j in members[h]:
                        if h == g:
                            if j <= i:
                                continue
                            turned = False
                        else:
                            turned = turns and j < i
                        span_j = spans[j]
                        if span_i is None or span_j is None:
                            reason = None
                            key = ~h if turned else h
                            best = by_names.get(key)
                            if best is None:
                                best = by_names[key] = best_pair(names_h, names_g, 1.0, False, 1.0, threshold) \
                                    if turned else best_pair(names_g, names_h, 1.0, False, 1.0, threshold)
                        else:
                            if far_skips and far_apart(span_i, span_j):
                                continue  # born more than a year apart: no score reaches the threshold
                            # the dates in the reason are in the order of the side that reached the pair
                            evidence = birth_evidence(births[j], births[i]) if turned else \
                                birth_evidence(births[i], births[j])
                            ceiling = best_possible(None, None, evidence)
                            if ceiling < threshold:
                                continue
                            factor, reason = evidence
                            key = (h, turned, None if reason is None else factor)
                            best = by_birth.get(key)
                            if best is None:
                                with_birth = reason is not None
                                best = by_birth[key] = \
                                    best_pair(names_h, names_g, factor, with_birth, ceiling, threshold) if turned \
                                    else best_pair(names_g, names_h, factor, with_birth, ceiling, threshold)
                        match, score, sa, sb = best
                        if score >= threshold:
                            if match is None:  # nothing alike at all (a threshold of 0): as best_of says it
                                reasons = ()
                            else:
                                reasons = match.reasons if reason is None else match.reasons + (reason,)
                            a, b = (j, i) if turned else (i, j)
                            if rank_id[a] < rank_id[b]:
                                found_pairs.append((score, reasons, sa, sb, a, b))
                            else:
                                found_pairs.append((score, reasons, sb, sa, b, a))
        report(progress, total, total)
        # Most certain first, then by the two display names, then by the two ids: as one
        # integer of ranks for each pair (unique: a pair's ids are), sorted as integers, not
        # as tuples of strings (issue 19: 362,000 pairs at 50,000 synthetic clients).
        score_rank = {score: rank for rank, score in enumerate(sorted({p[0] for p in found_pairs}, reverse=True))}
        names_rank = {name: rank for rank, name in enumerate(sorted({c.display_name for c in clients}))}
        rank_name = [names_rank[c.display_name] for c in clients]
        names_count, ids_count = len(names_rank) or 1, len(ids_rank) or 1
        keys = [(((score_rank[score] * names_count + rank_name[a]) * names_count + rank_name[b]) * ids_count
                 + rank_id[a]) * ids_count + rank_id[b] for score, _, _, _, a, b in found_pairs]
        summaries: list[PersonSummary | None] = [None] * total
        pairs = []
        append = pairs.append
        for at in sorted(range(len(found_pairs)), key=keys.__getitem__):
            score, reasons, sa, sb, a, b = found_pairs[at]
            summary_a, summary_b = summaries[a], summaries[b]
            if summary_a is None:
                summary_a = summaries[a] = _summary(clients[a], refs)
            if summary_b is None:
                summary_b = summaries[b] = _summary(clients[b], refs)
            append(DuplicatePair(summary_a, summary_b, score, reasons, sa, sb))
    return pairs


#: A client born in a span of more years than this (a decade, "19XX") is met by every
#: candidate, not sorted into its years.
_YEARS_SORTED = 12


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
