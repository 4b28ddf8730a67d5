"""Hand-off packages: chosen cases with their persons, charges, events, deadlines, parties,
documents, the records of issue 15 (groups, notifications, places of detention) and of
issue 16 (filings, checklist ticks), in a new encrypted file under a one-time passphrase of random words, for a
colleague's vault. Also the CLI's ``handoff`` commands.

Import merges by UUID and never overwrites silently: records new to this vault are added,
identical ones skipped, and conflicting ones (same id, different content) listed with both
versions for the user to decide (keep mine, the default, or take theirs). A case whose
reference another case of this vault already uses is reported, and skipped unless the user
gives it a new reference. The audit trail records the package every merged record came
from. Importing the same package again changes nothing.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

from db import audit as audit_queries
from db import backup as copies
from db import cases as case_queries
from db import handoff as queries
from db import search as search_queries
from db.errors import DriverError, VaultError, VaultExists
from db.vault import Vault, now_utc
from desktop.deadlines import service as deadline_service
from desktop.names import folding as name_rules
from desktop.vaults import passphrases
from desktop.vaults.backups import (
    FORMAT,
    Phases,
    VerifyReport,
    discard,
    fsync_file,
    partial_name,
    publish,
    verify_file,
    write_error,
)
from desktop.cases.service import CaseNotFound, search_doc
from desktop.progress import Cancelled, Progress

#: The entity names the audit trail uses for each table.
ENTITIES = {"persons": "person", "cases": "case", "events": "event", "charges": "charge",
            "deadlines": "deadline", "parties": "party", "case_parties": "case_party",
            "documents": "document", "party_notifications": "notification", "case_groups": "group",
            "case_group_members": "group_member", "detention_places": "detention",
            "filings": "filing", "checklist_ticks": "checklist"}
_TIMESTAMPS = ("created_at", "updated_at")
#: Columns derived from others of the same row (the moments of a filing in UTC, for sorting):
#: never shown as a difference of their own.
_DERIVED = {"filings": ("filed_utc", "expected_utc")}
_NAME_FIELDS = ("position", "value", "lang")


class HandoffReason(StrEnum):
    """Why a hand-off export or import did nothing (:attr:`HandoffFailed.reason`)."""

    NO_CASES = "no_cases"  # no case was chosen to hand off
    NO_FOLDER = "no_folder"  # the folder is not there
    NOT_VERIFIED = "not_verified"  # the package failed verification (``report`` says why)
    DECISIONS = "decisions"  # decisions that are not this package's conflicts (or not mine/theirs)
    RENAME = "rename"  # a new reference is empty or already used
    REFERENCE_TAKEN = "reference_taken"  # taking theirs would give two cases one reference
    CHECK_FAILED = "check_failed"  # the package did not read back, or its records do not fit
    OUTPUT_CLOSED = "output_closed"  # the CLI's output closed while the plan was listed


class HandoffFailed(VaultError):
    """A hand-off did nothing. ``reason`` is a :class:`HandoffReason` (a plain string with one
    of its values is accepted; any other raises ValueError); ``report`` is the verification
    report when the reason is not_verified."""

    code = "handoff_failed"

    def __init__(self, message: str, *, reason: HandoffReason | str, report: VerifyReport | None = None) -> None:
        super().__init__(message)
        self.reason = HandoffReason(reason)
        self.report = report


# -- export ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HandoffExport:
    path: Path
    passphrase: str           # shown once, passed on by another channel, stored nowhere
    cases: list[tuple[str, str]]  # (id, reference)
    size: int
    counts: dict[str, int]


def export_package(vault: Vault, refs_or_ids: Sequence[str], path: str | os.PathLike[str], *,
                   progress: Progress | None = None, now: datetime | None = None) -> HandoffExport:
    """Write the chosen cases (by reference or id) into a new encrypted package at ``path``
    (never over an existing file), check it by reading it back, and record the hand-off in
    each case's history. Returns a :class:`HandoffExport` (the generated passphrase, shown
    once and stored nowhere; the cases; size in bytes; row counts). Raises HandoffFailed
    (reason no_cases, no_folder, check_failed), CaseNotFound (names every missing one),
    VaultExists, BackupFailed or DiskFull from the disk (see write_error), Cancelled;
    nothing is then left at ``path``."""
    path = Path(path)
    wanted = list(dict.fromkeys(r for r in refs_or_ids if r))
    if not wanted:
        raise HandoffFailed("Choose at least one case to hand off.", reason=HandoffReason.NO_CASES)
    if path.exists() or path.is_symlink():
        raise VaultExists(f"A file already exists at {path}; choose another name (nothing was written).")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise HandoffFailed(f"There is no folder {folder}. Nothing was written.", reason=HandoffReason.NO_FOLDER)
    passphrase = passphrases.generate()
    tmp = folder / partial_name(path.name)
    discard(tmp)
    phases = Phases(progress, {"copy": 40, "check": 55, "finish": 5})
    created_at = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(
        timespec="seconds").replace("+00:00", "Z")
    published = False  # the package is under its name: a later failure removes it again
    try:
        with vault.transaction() as conn:
            found = queries.find_cases(conn, wanted)
            missing = [w for w in wanted if w not in found]
            if missing:
                raise CaseNotFound("There is no case " + ", ".join(repr(m) for m in missing)
                                   + " in this vault; nothing was written.")
            chosen = list(dict.fromkeys(found[w] for w in wanted))
            case_ids = [case_id for case_id, _ref in chosen]
            try:
                counts = _write_package(conn, tmp, copies.new_file_key(passphrase), case_ids, chosen, vault,
                                        created_at, phases)
                fsync_file(tmp)
                phases.reach("finish")  # the last moment to cancel
                publish(tmp, path)
                published = True
            except (DriverError, OSError) as exc:
                # The package's own write failed (not the vault's): say so about the drive, once
                # the partial file is gone, so that what is free there is measured truly.
                discard(tmp)
                raise write_error(exc, folder, 0, "package") from None
            audit_queries.record(conn, [
                ("case", case_id, case_id, "handoff_export", {"file": path.name, "cases": len(chosen)})
                for case_id in case_ids], at=now_utc(), author=vault.author)
    except VaultExists:
        discard(tmp)
        raise
    except (DriverError, OSError) as exc:
        discard(tmp)
        if published:
            discard(path)
        raise write_error(exc, folder, 0, "package") from None
    except BaseException as exc:
        discard(tmp)
        if published:  # the hand-off could not be recorded (the vault's disk is full): no package without it
            discard(path)
        if isinstance(exc, VaultError) and getattr(exc, "reason", "") == "exists":
            raise VaultExists(f"A file already exists at {path}; nothing was replaced.") from None
        raise
    return HandoffExport(path=path, passphrase=passphrase, cases=chosen, size=path.stat().st_size, counts=counts)


def _write_package(conn, tmp: Path, key: str, case_ids: list[str], chosen: list[tuple[str, str]],
                   vault: Vault, created_at: str, phases: Phases) -> dict[str, int]:
    """Fill, describe and read back the package file; returns its row counts."""
    package = copies.create_file(tmp, key)
    try:
        tick = phases.tick("copy", len(queries.TABLES) + 1)
        for table in queries.TABLES:
            queries.insert_rows(package, table, queries.rows_of_cases(conn, table, case_ids))
            tick(1)
        # The deletions travel too, so that the colleague's import never brings them back.
        queries.insert_tombstones(package, queries.tombstones_of_cases(conn, case_ids))
        for document in queries.rows_of_cases(conn, "documents", case_ids):
            queries.copy_chunks(conn, package, document["id"])
        tick(1)
        content_digest, counts = copies.digest(package)
        copies.stamp(package, {
            "file.kind": "handoff", "file.format": FORMAT, "file.created_at": created_at,
            "file.digest": content_digest, "file.counts": json.dumps(counts, sort_keys=True),
            "file.schema_version": str(vault.schema_version),
            "file.source_vault_id": vault.vault_id, "file.source_author": vault.author,
            "file.cases": json.dumps([list(c) for c in chosen], ensure_ascii=False),
        })
    finally:
        package.close()
    inspection = copies.inspect(tmp, key, tick=phases.tick("check", sum(counts.values())))
    if (inspection.problems or inspection.truncated or inspection.digest != content_digest
            or inspection.counts != counts):
        raise HandoffFailed("The package did not read back as written, so it was not kept. "
                            "Try another folder or drive.", reason=HandoffReason.CHECK_FAILED)
    return counts


# -- reading a package ---------------------------------------------------------------------------------

class Package:
    """An opened and verified package, its rows in memory (document content stays in the
    file until it is copied). Close it, or use it as a context manager."""

    def __init__(self, path: Path, conn, report: VerifyReport) -> None:
        self.path = path
        self.conn = conn
        self.report = report
        meta = report.meta
        self.created_at = meta.get("file.created_at", "")
        self.source_vault_id = meta.get("file.source_vault_id", "")
        self.source_author = meta.get("file.source_author", "")
        try:
            self.cases = [tuple(c) for c in json.loads(meta.get("file.cases", "[]"))]
        except ValueError:
            self.cases = []
        self.rows = {table: queries.all_rows(conn, table) for table in queries.TABLES}
        self.names: dict[str, list[dict]] = {}
        for row in self.rows["person_names"]:
            self.names.setdefault(row["person_id"], []).append(row)
        for spellings in self.names.values():
            spellings.sort(key=lambda r: r["position"])
        #: Deletions made in the sending vault (none in a package of the first release).
        self.tombstones = queries.all_tombstones(conn)

    @property
    def source(self) -> dict:
        """Where merged records came from, as the audit trail records it."""
        return {"package": self.path.name, "vault": self.source_vault_id, "author": self.source_author,
                "exported_at": self.created_at}

    def close(self) -> None:
        """Close the package file (again: nothing happens)."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_package(path: str | os.PathLike[str], passphrase: str, *, progress: Progress | None = None) -> Package:
    """Verify a package completely, then open it as a :class:`Package` (a context manager:
    close it after use). Raises HandoffFailed (reason not_verified; its
    ``report`` says what is wrong with the file) and VaultError."""
    path = Path(path)
    report = verify_file(path, _normalise_words(passphrase), kind="handoff", progress=progress)
    if not report.ok:
        raise HandoffFailed(f"Nothing was imported: {report.message}", reason=HandoffReason.NOT_VERIFIED, report=report)
    conn = copies.open_copy(path, copies.file_key(path, _normalise_words(passphrase)))
    try:
        return Package(path, conn, report)
    except BaseException:
        conn.close()
        raise


def _normalise_words(passphrase: str) -> str:
    """The words as generated: a colleague may type them with spaces or in capitals."""
    words = passphrase.strip().replace(" ", "-").split("-")
    joined = "-".join(w for w in words if w)
    return joined.lower() if joined.replace("-", "").isascii() else passphrase


# -- planning the merge ------------------------------------------------------------------------------

@dataclass(frozen=True)
class FieldChange:
    name: str
    mine: object
    theirs: object


@dataclass(frozen=True)
class Conflict:
    """A record both vaults hold, with different content; or a record one of them deleted
    and the other still holds (``deleted``: "here", the package brings back a record deleted
    in this vault; "there", the package says its vault deleted a record this one holds).
    Keeping mine leaves a deletion here deleted, and a record deleted there in place."""

    key: str                  # "table:id", what a decision names
    table: str
    record_id: str
    case_id: str | None
    reference: str | None     # of the case it belongs to (None for persons and parties)
    what: str                 # the record in a few words of its own data (a date and type, a name)
    fields: list[FieldChange]
    record: dict = field(default_factory=dict, compare=False, repr=False)  # their version, whole
    deleted: str = ""         # "", "here" or "there"
    deleted_by: str = ""      # who deleted it (the author of the vault it was deleted in)
    deleted_at: str = ""      # when (ISO 8601, UTC)


@dataclass(frozen=True)
class Collision:
    """A new case whose reference another case of this vault already has."""

    case_id: str
    reference: str
    local_case_id: str
    records: int              # its records that are skipped with it (unless renamed)


@dataclass
class ImportPlan:
    new: dict[str, list[str]]           # table: ids of records new to this vault
    identical: dict[str, int]           # table: records already here, unchanged
    conflicts: list[Conflict]
    collisions: list[Collision]
    cases: list[tuple[str, str]]        # the package's cases (id, reference)
    #: Deletions the package carries of records this vault does not hold: remembered here.
    carried: list[dict] = field(default_factory=list)
    #: (table, id) of records that go with a record deleted here (the records of a case, the
    #: deadlines of an event): {their key: the keys of the conflicts whose "theirs" brings them}.
    followers: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        """Whether the import has anything to add or to decide."""
        return bool(self.conflicts or self.collisions or any(self.new.values()) or self.carried)

    @property
    def deletions(self) -> list[Conflict]:
        """The conflicts about a deletion (either way)."""
        return [c for c in self.conflicts if c.deleted]

    @property
    def new_count(self) -> int:
        """How many records of the package are new to this vault."""
        return sum(len(ids) for ids in self.new.values())

    @property
    def identical_count(self) -> int:
        """How many records of the package this vault already holds unchanged."""
        return sum(self.identical.values())


def _name_list(names: list[dict]) -> list[tuple]:
    return [tuple(n.get(f) for f in _NAME_FIELDS) for n in names]


def _what(table: str, row: dict) -> str:
    if table == "cases":
        return row.get("reference") or ""
    if table == "persons":
        return row.get("display_name") or ""
    if table == "events":
        return f"{row.get('date')} {row.get('type')}"
    if table == "charges":
        return " ".join(str(row.get(k)) for k in ("jurisdiction", "code", "article") if row.get(k))
    if table == "deadlines":
        return row.get("title") or ""
    if table == "parties":
        return row.get("name") or ""
    if table == "case_parties":
        return row.get("role") or ""
    if table == "documents":
        return row.get("name") or ""
    if table == "case_groups":
        return row.get("name") or ""
    if table == "detention_places":
        return f"{row.get('since')} {row.get('place') or ''}".strip()
    if table == "party_notifications":
        return f"{row.get('date')} {row.get('text') or ''}".strip()
    if table == "filings":
        return " ".join(str(row.get(k)) for k in ("filed_at", "kind", "body") if row.get(k))
    if table == "checklist_ticks":
        return f"{row.get('step')} {row.get('done_at') or ''}".strip()
    return row.get("id", "")


def _deletion(tombstone: dict) -> str:
    """A deletion in a few words: "2026-11-30T10:00:00Z, Hanna Ivanova"."""
    return ", ".join(v for v in (tombstone.get("deleted_at"), tombstone.get("deleted_by")) if v)


#: Records a package may say were deleted in its vault, and that an import can then delete
#: here (persons, parties and spellings go with their cases; they are remembered only).
_DELETED_THERE = ("cases", "events", "charges", "deadlines", "case_parties", "documents", "filings",
                  "checklist_ticks")


def _diff(mine: dict, theirs: dict, table: str = "") -> list[FieldChange]:
    keys = [k for k in theirs if k not in _TIMESTAMPS and k not in _DERIVED.get(table, ()) and k in mine]
    return [FieldChange(k, mine[k], theirs[k]) for k in keys if mine[k] != theirs[k]]


def plan_import(vault: Vault, package: Package) -> ImportPlan:
    """What importing the package would do, record by record (nothing is written): an
    :class:`ImportPlan` of new records, identical ones, conflicts (both sides changed) and
    cases whose reference collides. Raises VaultError."""
    try:
        return _plan(vault.conn, package)
    except DriverError as exc:
        from db.errors import from_driver

        raise from_driver(exc) from None


def _plan(conn, package: Package) -> ImportPlan:
    rows = package.rows
    references = {row["id"]: row["reference"] for row in rows["cases"]}
    new: dict[str, list[str]] = {}
    identical: dict[str, int] = {}
    conflicts: list[Conflict] = []
    # Records this vault deleted that the package brings back (issue 12, item 4).
    gone_here = queries.tombstones_by_key(
        conn, [(t, r["id"]) for t in queries.TABLES if t != "person_names" for r in rows[t]])
    deleted_cases = {r["id"] for r in rows["cases"] if ("cases", r["id"]) in gone_here}
    users: dict[tuple[str, str], set[str]] = {}
    for r in rows["cases"]:
        users.setdefault(("persons", r["person_id"]), set()).add(r["id"])
    for r in rows["case_parties"]:
        users.setdefault(("parties", r["party_id"]), set()).add(r["case_id"])
    followers: dict[tuple[str, str], set[str]] = {}
    for table in queries.TABLES:
        if table == "person_names":
            continue
        theirs_rows = rows[table]
        mine_rows = queries.rows_by_id(conn, table, [r["id"] for r in theirs_rows])
        my_names = queries.names_of_persons(conn, list(mine_rows)) if table == "persons" else {}
        new[table], identical[table] = [], 0
        for theirs in theirs_rows:
            mine = mine_rows.get(theirs["id"])
            tombstone = gone_here.get((table, theirs["id"])) if mine is None else None
            key = (table, theirs["id"])
            if mine is None and table == "deadlines" and theirs.get("rule_id") and theirs.get("event_id"):
                # A deadline a rule derived from an event deleted here goes with that event.
                leaders = followers.get(("events", theirs["event_id"]))
                if ("events", theirs["event_id"]) in gone_here:
                    followers[key] = leaders or {f"events:{theirs['event_id']}"}
                    continue
            if mine is None and tombstone is None:
                new[table].append(theirs["id"])
                continue
            if mine is None:
                case_id = theirs["id"] if table == "cases" else theirs.get("case_id")
                if table != "cases" and case_id in deleted_cases:
                    followers[key] = {f"cases:{case_id}"}  # deleted here with its case: decided with it
                    continue
                if table in ("persons", "parties") and users.get(key, {""}) <= deleted_cases:
                    followers[key] = {f"cases:{c}" for c in users[key]}
                    continue
                conflicts.append(Conflict(
                    key=f"{table}:{theirs['id']}", table=table, record_id=theirs["id"], case_id=case_id,
                    reference=references.get(case_id) if case_id else None, what=_what(table, theirs),
                    fields=[FieldChange("deleted", _deletion(tombstone), None)], record=theirs,
                    deleted="here", deleted_by=tombstone.get("deleted_by") or "",
                    deleted_at=tombstone["deleted_at"]))
                continue
            fields = _diff(mine, theirs, table)
            if table == "persons":
                a, b = _name_list(my_names.get(mine["id"], [])), _name_list(package.names.get(theirs["id"], []))
                if a != b:
                    fields.append(FieldChange("names", [f"{v} ({lang})" if lang else v for _p, v, lang in a],
                                              [f"{v} ({lang})" if lang else v for _p, v, lang in b]))
            if not fields:
                identical[table] += 1
                continue
            case_id = theirs["id"] if table == "cases" else theirs.get("case_id")
            conflicts.append(Conflict(
                key=f"{table}:{theirs['id']}", table=table, record_id=theirs["id"], case_id=case_id,
                reference=references.get(case_id) if case_id else None, what=_what(table, theirs),
                fields=fields, record=theirs))
    # Records the package's vault deleted that this one still holds.
    theirs_gone: dict[str, list[dict]] = {}
    for tombstone in package.tombstones:
        theirs_gone.setdefault(tombstone["entity"], []).append(tombstone)
    present = queries.present_keys(conn, [(t["entity"], t["record_id"]) for t in package.tombstones])
    trashed_there: set[str] = set()
    for table in _DELETED_THERE:
        mine_rows = queries.rows_by_id(conn, table, [t["record_id"] for t in theirs_gone.get(table, [])])
        for tombstone in theirs_gone.get(table, []):
            mine = mine_rows.get(tombstone["record_id"])
            if mine is None:
                continue
            case_id = mine["id"] if table == "cases" else mine.get("case_id")
            if table == "cases" and mine.get("deleted_at"):
                continue  # in the trash here already
            if table != "cases" and case_id in trashed_there:
                continue  # goes with its case
            if table == "cases":
                trashed_there.add(mine["id"])
            conflicts.append(Conflict(
                key=f"{table}:{mine['id']}", table=table, record_id=mine["id"], case_id=case_id,
                reference=_reference(conn, references, case_id), what=_what(table, mine),
                fields=[FieldChange("deleted", None, _deletion(tombstone))], record=mine,
                deleted="there", deleted_by=tombstone.get("deleted_by") or "",
                deleted_at=tombstone["deleted_at"]))
    keys = [(t["entity"], t["record_id"]) for t in package.tombstones]
    known = queries.tombstones_by_key(conn, keys)
    carried = [t for t, key in zip(package.tombstones, keys) if key not in present and key not in known]
    collisions = []
    taken = queries.case_ids_by_reference(conn, [r["reference"] for r in rows["cases"] if r["id"] in new["cases"]])
    for row in rows["cases"]:
        local = taken.get(row["reference"])
        if row["id"] in new["cases"] and local and local != row["id"]:
            records = sum(1 for t in queries.TABLES if t != "cases"
                          for r in rows[t] if r.get("case_id") == row["id"])
            collisions.append(Collision(case_id=row["id"], reference=row["reference"], local_case_id=local,
                                        records=records))
    return ImportPlan(new=new, identical=identical, conflicts=conflicts, collisions=collisions,
                      cases=list(package.cases), carried=carried, followers=followers)


def _reference(conn, references: dict[str, str], case_id: str | None) -> str | None:
    if not case_id:
        return None
    if case_id not in references:
        row = queries.rows_by_id(conn, "cases", [case_id]).get(case_id)
        references[case_id] = row["reference"] if row else None
    return references[case_id]


# -- applying it -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    added: dict[str, int]
    replaced: dict[str, int]
    kept_mine: int
    identical: int
    skipped_cases: list[str]            # references of collided cases not renamed
    renamed: dict[str, str]             # their reference: the new one
    case_ids: list[str]                 # cases added or changed
    source: dict = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)  # table: records deleted (cases: trashed)
                                                            # because the package's vault deleted them
    kept_deleted: int = 0               # records deleted here that the package brought back, left deleted
    tombstones: int = 0                 # deletions made there remembered here

    @property
    def changed(self) -> bool:
        """True when the import added, replaced or deleted anything."""
        return bool(sum(self.added.values()) or sum(self.replaced.values()) or sum(self.deleted.values())
                    or self.tombstones)


def apply_import(vault: Vault, package: Package, plan: ImportPlan | None = None, *,
                 decisions: Mapping[str, str] | None = None, renames: Mapping[str, str] | None = None,
                 progress: Progress | None = None) -> ImportResult:
    """Merge the package in one transaction. ``decisions`` maps a conflict's key (or its
    record id) to "mine" or "theirs" (default: mine); ``renames`` maps a collided case's id
    (or its reference) to a new reference. The plan is worked out again inside the
    transaction, so a stale ``plan`` can never overwrite anything it did not show. Returns an
    :class:`ImportResult` (counts per table). Raises HandoffFailed (reason decisions, rename,
    reference_taken, check_failed) and VaultError; nothing is then imported."""
    del plan  # recomputed below; accepted so callers can pass what they showed
    phases = Phases(progress, {"merge": 90, "index": 10})
    try:
        with vault.transaction() as conn:
            current = _plan(conn, package)
            choice = _decisions(current, decisions or {})
            new_refs = _renames(conn, current, package, renames or {})
            result = _apply(vault, conn, package, current, choice, new_refs, phases)
    except DriverError as exc:
        from db.errors import from_driver

        raise from_driver(exc) from None
    try:
        phases.reach("index")
    except Cancelled:
        pass  # committed already: a cancel now would only make the message wrong
    return result


def import_package(vault: Vault, path: str | os.PathLike[str], passphrase: str, *,
                   decisions: Mapping[str, str] | None = None, renames: Mapping[str, str] | None = None,
                   progress: Progress | None = None) -> ImportResult:
    """Open, verify and merge a package in one go (conflicts: keep mine unless decided)."""
    with open_package(path, passphrase, progress=_first_half(progress)) as package:
        return apply_import(vault, package, decisions=decisions, renames=renames, progress=_second_half(progress))


def _first_half(progress: Progress | None) -> Progress | None:
    return None if progress is None else (lambda d, t: progress(d * 500 // max(t, 1), 1000))


def _second_half(progress: Progress | None) -> Progress | None:
    return None if progress is None else (lambda d, t: progress(500 + d * 500 // max(t, 1), 1000))


def _decisions(plan: ImportPlan, decisions: Mapping[str, str]) -> dict[str, str]:
    by_key = {c.key: c for c in plan.conflicts}
    by_id = {c.record_id: c.key for c in plan.conflicts}
    choice: dict[str, str] = {}
    unknown = []
    for key, value in decisions.items():
        if value not in ("mine", "theirs"):
            raise HandoffFailed(f"A decision must be 'mine' or 'theirs', not {value!r}.", reason=HandoffReason.DECISIONS)
        resolved = key if key in by_key else by_id.get(key)
        if resolved is None:
            unknown.append(key)
        else:
            choice[resolved] = value
    if unknown:
        raise HandoffFailed("Nothing was imported: these are not conflicts of this package (any more): "
                            + ", ".join(unknown), reason=HandoffReason.DECISIONS)
    return choice


def _renames(conn, plan: ImportPlan, package: Package, renames: Mapping[str, str]) -> dict[str, str]:
    """{collided case id: new reference}, checked: not empty, not used here or in the package."""
    by_ref = {c.reference: c.case_id for c in plan.collisions}
    collided = {c.case_id for c in plan.collisions}
    result: dict[str, str] = {}
    for key, reference in renames.items():
        case_id = key if key in collided else by_ref.get(key)
        if case_id is None:
            raise HandoffFailed(f"{key!r} is not a case whose reference collides; nothing was imported.",
                                reason=HandoffReason.RENAME)
        reference = (reference or "").strip()
        if not reference:
            raise HandoffFailed("A new reference cannot be empty; nothing was imported.", reason=HandoffReason.RENAME)
        result[case_id] = reference
    wanted = list(result.values())
    used = set(queries.case_ids_by_reference(conn, wanted)) | {r["reference"] for r in package.rows["cases"]}
    clashes = sorted({r for r in wanted if r in used or wanted.count(r) > 1})
    if clashes:
        raise HandoffFailed("These new references are already used: " + ", ".join(clashes)
                            + "; nothing was imported.", reason=HandoffReason.RENAME)
    return result


def _apply(vault: Vault, conn, package: Package, plan: ImportPlan, choice: dict[str, str],
           new_refs: dict[str, str], phases: Phases) -> ImportResult:
    now = now_utc()
    source = package.source
    rows = package.rows
    skipped = {c.case_id for c in plan.collisions if c.case_id not in new_refs}
    theirs_keys = {key for key, value in choice.items() if value == "theirs"}
    conflicts = {c.key: c for c in plan.conflicts}
    # Deleted here, brought back by the package: re-added only when the user takes theirs;
    # a case kept deleted keeps its records out, a person or party kept deleted its cases.
    deleted_here = [c for c in plan.conflicts if c.deleted == "here"]
    readd = {c.key for c in deleted_here if c.key in theirs_keys}
    kept_deleted = {(c.table, c.record_id) for c in deleted_here if c.key not in theirs_keys}
    skipped |= {record_id for table, record_id in kept_deleted if table == "cases"}
    arriving = set(plan.new["cases"]) | {c.record_id for c in deleted_here if c.table == "cases"}
    skipped |= {r["id"] for r in rows["cases"]
                if r["id"] in arriving and ("persons", r["person_id"]) in kept_deleted}
    tick = phases.tick("merge", len(queries.TABLES))
    added: dict[str, int] = {}
    replaced: dict[str, int] = {}
    touched_cases: set[str] = set()
    replaced_persons: list[str] = []
    entries: list[tuple] = []

    # What the kept records need: persons of cases kept, parties of case parties kept.
    kept_cases = [r for r in rows["cases"] if r["id"] not in skipped]
    needed_persons = {r["person_id"] for r in kept_cases}
    kept_links = [r for r in rows["case_parties"] if r["case_id"] not in skipped
                  and ("parties", r["party_id"]) not in kept_deleted]
    needed_parties = {r["party_id"] for r in kept_links}
    needed_groups = {r["group_id"] for r in rows["case_group_members"] if r["case_id"] not in skipped}

    for table in queries.TABLES:
        if table == "person_names":
            continue
        new_ids = set(plan.new[table])
        adding, replacing = [], []
        for row in rows[table]:
            if table == "persons" and row["id"] not in needed_persons:
                continue
            if table == "parties" and row["id"] not in needed_parties:
                continue
            if table == "case_groups" and row["id"] not in needed_groups:
                continue
            case_id = row["id"] if table == "cases" else row.get("case_id")
            if case_id in skipped:
                continue
            if table == "case_parties" and ("parties", row["party_id"]) in kept_deleted:
                continue
            key = f"{table}:{row['id']}"
            if row["id"] in new_ids or key in readd or plan.followers.get((table, row["id"]), set()) & readd:
                row = dict(row)
                if table == "cases" and row["id"] in new_refs:
                    row["reference"] = new_refs[row["id"]]
                adding.append(row)
            elif key in theirs_keys:
                row = dict(row, updated_at=now)
                replacing.append(row)
        if table == "cases":
            _check_references(conn, replacing)
        queries.insert_rows(conn, table, adding)
        queries.update_rows(conn, table, replacing)
        if table == "persons":
            names = [dict(n, search_key=name_rules.search_key(n["value"]))
                     for p in adding + replacing for n in package.names.get(p["id"], [])]
            queries.delete_names(conn, [p["id"] for p in replacing])
            queries.insert_rows(conn, "person_names", names)
            replaced_persons += [p["id"] for p in replacing]
        if table == "documents":
            for row in adding + replacing:
                queries.copy_chunks(package.conn, conn, row["id"])
        entity = ENTITIES[table]
        for row in adding:
            case_id = row["id"] if table == "cases" else row.get("case_id")
            change = {"from": source}
            if table == "cases" and row["id"] in new_refs:
                change["renamed_from"] = next(r["reference"] for r in rows["cases"] if r["id"] == row["id"])
            entries.append((entity, row["id"], case_id, "handoff_add", change))
            if case_id:
                touched_cases.add(case_id)
        for row in replacing:
            conflict = conflicts[f"{table}:{row['id']}"]
            case_id = row["id"] if table == "cases" else row.get("case_id")
            entries.append((entity, row["id"], case_id, "handoff_replace",
                            {"from": source, "fields": {f.name: [f.mine, f.theirs] for f in conflict.fields}}))
            if case_id:
                touched_cases.add(case_id)
        added[table] = len(adding)
        replaced[table] = len(replacing)
        tick(1)

    if replaced_persons:
        touched_cases |= set(queries.case_ids_of_persons(conn, replaced_persons))
    deleted = _apply_deletions(conn, [c for c in plan.conflicts if c.deleted == "there" and c.key in theirs_keys],
                               source, now, entries, touched_cases)
    carried = queries.insert_tombstones(conn, plan.carried)
    result = ImportResult(
        added=added, replaced=replaced, kept_mine=len(plan.conflicts) - len(theirs_keys),
        identical=plan.identical_count,
        skipped_cases=[c.reference for c in plan.collisions if c.case_id in skipped],
        renamed={c.reference: new_refs[c.case_id] for c in plan.collisions if c.case_id in new_refs},
        case_ids=sorted(c for c in touched_cases if c), source=source, deleted=deleted,
        kept_deleted=len(kept_deleted), tombstones=carried)
    if not result.changed:
        return result  # nothing written: a second import of the same package changes nothing
    cases = case_queries.get_cases(conn, result.case_ids)
    search_queries.index_cases(conn, [search_doc(c) for c in cases])
    entries += deadline_service.sync(conn, deadline_service.inputs(cases), now=now).audit
    problems = queries.foreign_key_problems(conn)
    if problems:
        raise HandoffFailed("The package's records do not fit together (a record refers to one that is "
                            "missing); nothing was imported.", reason=HandoffReason.CHECK_FAILED)
    entries.append(("vault", vault.vault_id, None, "handoff_import", {
        "from": source, "added": sum(added.values()), "replaced": sum(replaced.values()),
        "kept_mine": result.kept_mine, "identical": result.identical,
        "deleted": sum(deleted.values()), "kept_deleted": result.kept_deleted, "tombstones": carried,
        "skipped": result.skipped_cases, "renamed": result.renamed}))
    audit_queries.record(conn, entries, at=now, author=vault.author)
    return result


def _apply_deletions(conn, taken: list[Conflict], source: dict, now: str, entries: list[tuple],
                     touched_cases: set[str]) -> dict[str, int]:
    """Delete here what the package's vault deleted, where the user took theirs: a case goes
    to the trash (it can be restored); any other record is deleted, its tombstone dated as
    the original deletion."""
    deleted: dict[str, int] = {}
    for conflict in taken:
        if conflict.table == "cases":
            queries.trash_cases(conn, [conflict.record_id], now=now)
        else:
            queries.delete_records(conn, conflict.table, [conflict.record_id])
            queries.date_tombstones(conn, [{"entity": conflict.table, "record_id": conflict.record_id,
                                            "deleted_at": conflict.deleted_at, "deleted_by": conflict.deleted_by}])
        deleted[conflict.table] = deleted.get(conflict.table, 0) + 1
        entries.append((ENTITIES[conflict.table], conflict.record_id, conflict.case_id,
                        "handoff_trash" if conflict.table == "cases" else "handoff_delete",
                        {"from": source, "deleted_by": conflict.deleted_by, "deleted_at": conflict.deleted_at}))
        if conflict.case_id:
            touched_cases.add(conflict.case_id)
    if deleted.get("case_parties"):
        queries.delete_orphan_parties(conn)
    return deleted


def _check_references(conn, replacing: list[dict]) -> None:
    """Taking their version of a case must not give it a reference another case has."""
    if not replacing:
        return
    taken = queries.case_ids_by_reference(conn, [r["reference"] for r in replacing])
    clashes = [r["reference"] for r in replacing if taken.get(r["reference"], r["id"]) != r["id"]]
    if clashes:
        raise HandoffFailed("Taking their version would give a case a reference another case of this vault "
                            "has (" + ", ".join(clashes) + "); keep yours, or rename the other case first. "
                            "Nothing was imported.", reason=HandoffReason.REFERENCE_TAKEN)
