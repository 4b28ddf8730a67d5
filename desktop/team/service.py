"""A team's vaults in step without a server (issue 17).

Each device writes its own numbered, encrypted change journals into a shared folder (a
Syncthing or Nextcloud folder, a network share, a USB stick) and applies everyone else's.
Change capture and apply are the SQLite session extension's (see :mod:`db.team`); this module
decides what to send, in what order to apply, and what a user is told.

- **Export**: the vault is copied with the backup API, the copy stripped of what is not
  shared (private cases, derived deadlines, local tables), and diffed against the copy made at
  the last sync (the *base*, an encrypted file beside the vault under a random key kept in the
  vault). A non-empty changeset becomes the next journal.
- **Apply**: per device in sequence order. A gap waits ("waiting for journal 17 from
  Laptop-Minsk"); a journal already applied is skipped; one that fails its checks, comes from
  a revoked device, or was written under another schema is refused by name, and nothing of it
  is applied (the device's later journals wait behind it). Journals are applied to a working
  copy, which then replaces the vault's content in one transaction (backup API), so the vault
  file is never open in two SQLite libraries at once. Conflicts are kept for the user
  (:func:`conflicts`, :func:`resolve`). The search index, the derived deadlines and the audit
  trail (with the device and journal of each change) are brought up to date afterwards.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import shutil
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import StrEnum
from pathlib import Path

import apsw

from db import audit as audit_queries
from db import cases as case_queries
from db import deadlines as deadline_queries
from db import schema
from db import search as search_queries
from db import team as engine
from db.errors import DriverError, VaultError, from_driver
from db.migrations import m0018_team_records
from db.vault import Vault, now_utc
from desktop.cases.service import CaseNotFound, search_doc
from desktop.deadlines import service as deadline_service
from desktop.team import folder as layout
from desktop.vaults import passphrases
from desktop.vaults.atomic import disk_full

JOURNAL_FORMAT = "abarona-journal/1"
_ENTITIES = {"persons": "person", "person_names": "person", "parties": "party", "cases": "case",
             "charges": "charge", "events": "event", "deadlines": "deadline", "case_parties": "case_party",
             "documents": "document", "document_chunks": "document",
             "party_notifications": "party_notification", "case_groups": "case_group",
             "case_group_members": "case_group_member", "detention_places": "detention_place",
             "filings": "filing", "checklist_ticks": "checklist_tick"}
#: meta key: the shared tables the next export sends whole (migration m0018_team_records).
_RESHARE = "team.reshare"
#: Set while a whole export is not yet sent (its journal could not be written: a full drive):
#: the next export is whole again, since the capture triggers noted none of the rows it carries.
_WHOLE = "team.export_whole"


class TeamReason(StrEnum):
    """Why a team verb refused (:attr:`TeamError.reason`); the GUI words each one."""

    NOT_ENROLLED = "not_enrolled"  # this vault is in no team
    ENROLLED = "enrolled"  # this vault is in a team already
    NO_FOLDER = "no_folder"  # the team folder is not there (drive out, sync stopped)
    NO_TEAM = "no_team"  # the folder holds no team
    TEAM_EXISTS = "team_exists"  # the folder holds a team already (join it)
    WRONG_PASSPHRASE = "wrong_passphrase"  # the team passphrase does not open the team
    OTHER_TEAM = "other_team"  # this vault is in another team
    UNKNOWN_DEVICE = "unknown_device"  # no single device by that name or id
    OWN_DEVICE = "own_device"  # a device cannot revoke itself
    NO_CONFLICT = "no_conflict"  # no open conflict with that id
    DECISION = "decision"  # a decision that cannot be carried out (or none given)
    COPY = "copy"  # another copy of this vault (or an older backup of it) wrote as this device
    FOLDER_FULL = "folder_full"  # the team folder's drive is full: nothing was written there


class TeamError(VaultError):
    """A team verb refused; nothing was changed. ``reason`` is a :class:`TeamReason` (a plain
    string with one of its values is accepted; any other raises ValueError)."""

    code = "team"

    def __init__(self, message: str, *, reason: TeamReason | str) -> None:
        super().__init__(message)
        self.reason = TeamReason(reason)


# -- this device's view of its team (meta keys team.*) ------------------------------------------

@dataclass
class State:
    team_id: str
    folder: Path
    device_id: str
    device_name: str
    seq: int
    epoch: int
    keys: dict[int, bytes]
    base_key: str
    last_sync: str | None

    @property
    def key(self) -> bytes:
        """The team key of the current epoch (32 bytes)."""
        return self.keys[self.epoch]


def _state(vault: Vault) -> State | None:
    team_id = vault.meta("team.id")
    if not team_id:
        return None
    keys = {int(k): bytes.fromhex(v) for k, v in json.loads(vault.meta("team.keys") or "{}").items()}
    return State(team_id=team_id, folder=Path(vault.meta("team.folder") or ""),
                 device_id=vault.meta("team.device_id") or "", device_name=vault.meta("team.device_name") or "",
                 seq=int(vault.meta("team.seq") or 0), epoch=int(vault.meta("team.epoch") or 1), keys=keys,
                 base_key=vault.meta("team.base_key") or "", last_sync=vault.meta("team.last_sync"))


def _require(vault: Vault) -> State:
    state = _state(vault)
    if state is None:
        raise TeamError("This vault is not in a team. Create one with `team create --folder DIR`, or enrol "
                        "with `team join --folder DIR`.", reason=TeamReason.NOT_ENROLLED)
    return state


def _save(vault: Vault, state: State) -> None:
    with vault.transaction() as conn:
        engine.write_meta(conn, [("team.id", state.team_id), ("team.folder", str(state.folder)), ("team.device_id", state.device_id),
             ("team.device_name", state.device_name), ("team.seq", str(state.seq)),
             ("team.epoch", str(state.epoch)), ("team.base_key", state.base_key),
             ("team.keys", json.dumps({str(k): v.hex() for k, v in state.keys.items()})),
             ("team.last_sync", state.last_sync or "")])


def base_path(vault: Vault) -> Path:
    """The snapshot last exported, beside the vault (encrypted under a key kept in the vault)."""
    return vault.path.with_name(vault.path.name + ".team-base")


def _work_path(vault: Vault) -> Path:
    return vault.path.with_name(f".{vault.path.name}.team-{secrets.token_hex(4)}")


def _discard(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _folder(path: str | os.PathLike[str]) -> Path:
    folder = Path(path).expanduser()
    if not folder.is_dir():
        raise TeamError(f"There is no folder {folder}. Create it (or plug in the drive, or start the file "
                        "sync) and try again; nothing was changed.", reason=TeamReason.NO_FOLDER)
    return folder.resolve()


def _device_name(name: str | None) -> str:
    name = (name or "").strip() or socket.gethostname() or "this device"
    return name[:80]


def _earlier_keys(state: State) -> bool:
    """Take the team's earlier keys from the key files this device can open (a rotation leaves
    one under the new key), so journals written under an older passphrase (before the rotation,
    or by a member that has not seen it yet) are still read. Whether a key was gained."""
    gained = False
    files = layout.key_files(state.folder) if any(e not in state.keys for e in range(1, max(state.keys))) else {}
    for epoch in sorted(files, reverse=True):
        if epoch not in state.keys:
            continue
        try:
            meta, _ = engine.read_journal(files[epoch], [state.keys[epoch]])
            carried = json.loads(meta.get("file.keys") or "{}")
        except (engine.JournalUnreadable, ValueError):
            continue
        if meta.get("file.kind") != "keys" or meta.get("file.team_id") != state.team_id:
            continue
        for e, key in carried.items():
            if int(e) not in state.keys:
                state.keys[int(e)] = bytes.fromhex(key)
                gained = True
    return gained


def _write_file(path: Path, key: bytes, description: dict, changeset: bytes = b"") -> None:
    """Write a team file (a journal, a device card, a revocation, carried keys) whole or not at
    all: under a hidden partial name, then renamed to ``path``. Raises TeamError (reason
    folder_full, the partial file removed) when the team folder's drive is full; other
    driver and disk errors pass through (the partial file removed)."""
    partial = path.with_name(f".{path.name}.partial")
    _discard(partial)
    try:
        engine.write_journal(partial, key, description, changeset)
        os.replace(partial, path)
    except (DriverError, OSError) as exc:
        _discard(partial)
        if disk_full(exc):
            raise _folder_full(path.parent) from None
        raise
    except BaseException:
        _discard(partial)
        raise


def _folder_full(folder: Path) -> TeamError:
    try:
        free = f" (only {shutil.disk_usage(folder).free // 1000} KB are free there)"
    except OSError:
        free = ""
    return TeamError(f"The team folder's drive is full{free}: nothing was written to the team folder, and this "
                     "vault keeps its changes. Free some space there, then try again.",
                     reason=TeamReason.FOLDER_FULL)


def _card(state: State, now: str) -> None:
    path = layout.card_path(state.folder, state.device_id, state.epoch)
    if path.exists():
        return
    path.parent.mkdir(exist_ok=True)
    _write_file(path, state.key, {
        "file.kind": "device", "file.team_id": state.team_id, "file.device_id": state.device_id,
        "file.device_name": state.device_name, "file.epoch": str(state.epoch), "file.created_at": now})


# -- create, join ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Enrolled:
    team_id: str
    device_id: str
    device_name: str
    passphrase: str | None = None   # team create and rotate only: shown once, stored nowhere
    rejoined: bool = False


def create_team(vault: Vault, folder: str | os.PathLike[str], *, name: str | None = None) -> Enrolled:
    """Start a team in an empty folder (the shared folder every device's file sync or drive
    brings); returns the :class:`Enrolled` device with the team passphrase (random words) to
    show once. Raises TeamError (enrolled, no_folder, team_exists, folder_full) and VaultError."""
    if _state(vault) is not None:
        raise TeamError("This vault is already in a team; nothing was changed.", reason=TeamReason.ENROLLED)
    where = _folder(folder)
    if layout.team_files(where):
        raise TeamError(f"{where} already holds a team. Enrol this device with `team join --folder {where}`.",
                        reason=TeamReason.TEAM_EXISTS)
    words = passphrases.generate()
    salt = os.urandom(16)
    key = layout.derive_key(words, salt)
    now = now_utc()
    state = State(team_id=uuid.uuid4().hex, folder=where, device_id=uuid.uuid4().hex[:16],
                  device_name=_device_name(name), seq=0, epoch=1, keys={1: key},
                  base_key=secrets.token_hex(32), last_sync=None)
    try:
        team_file = layout.write_team_file(where, state.team_id, 1, salt, key)
    except OSError as exc:
        if disk_full(exc):
            raise _folder_full(where) from None
        raise
    try:
        _card(state, now)
    except BaseException:
        with contextlib.suppress(OSError):  # no half-made team left in the folder
            team_file.unlink()
        raise
    _enrol_here(vault, state, now, "team_create")
    return Enrolled(state.team_id, state.device_id, state.device_name, passphrase=words)


def _enrol_here(vault: Vault, state: State, now: str, action: str) -> None:
    _save(vault, state)
    with vault.transaction() as conn:
        engine.upsert_device(conn, state.device_id, state.device_name, now)
        audit_queries.record(conn, [("vault", vault.vault_id, None, action,
                                     {"device": state.device_name, "device_id": state.device_id})],
                             at=now, author=vault.author)


def join_team(vault: Vault, folder: str | os.PathLike[str], passphrase: str, *, name: str | None = None) -> Enrolled:
    """Enrol this vault in the team whose folder this is (or, already enrolled, take the team's
    rotated passphrase). Raises TeamError (wrong_passphrase, no_team, other_team)."""
    where = _folder(folder)
    files = layout.team_files(where)
    if not files:
        raise TeamError(f"{where} holds no team (no abarona-team file). Check the folder, or wait for the "
                        "file sync to bring it.", reason=TeamReason.NO_TEAM)
    newest = files[-1]
    key = layout.derive_key(passphrase, newest.salt)
    if layout.check_value(key) != newest.check:
        raise TeamError("The team passphrase does not open this team. Check it word by word (it is the newest "
                        "one, if the passphrase was changed); nothing was changed.", reason=TeamReason.WRONG_PASSPHRASE)
    now = now_utc()
    state = _state(vault)
    if state is not None:
        if state.team_id != newest.team_id:
            raise TeamError("This vault is already in another team; nothing was changed.", reason=TeamReason.OTHER_TEAM)
        state.keys[newest.epoch] = key
        state.epoch = max(state.epoch, newest.epoch)
        state.folder = where
        _earlier_keys(state)
        if name:
            state.device_name = _device_name(name)
        _card(state, now)
        _enrol_here(vault, state, now, "team_rejoin")
        return Enrolled(state.team_id, state.device_id, state.device_name, rejoined=True)
    state = State(team_id=newest.team_id, folder=where, device_id=uuid.uuid4().hex[:16],
                  device_name=_device_name(name), seq=0, epoch=newest.epoch, keys={newest.epoch: key},
                  base_key=secrets.token_hex(32), last_sync=None)
    _earlier_keys(state)
    _card(state, now)
    _enrol_here(vault, state, now, "team_join")
    return Enrolled(state.team_id, state.device_id, state.device_name)


# -- learning about devices --------------------------------------------------------------------

def _learn(vault: Vault, state: State) -> list[str]:
    """Read device cards and revocations; notices for the user (e.g. a rotated passphrase)."""
    notices = []
    files = layout.team_files(state.folder)
    if files and files[-1].team_id == state.team_id and files[-1].epoch not in state.keys:
        notices.append("The team passphrase was changed on another device. Enter the new one with "
                       "`team join` to keep receiving changes.")
    if _earlier_keys(state):
        _save(vault, state)
    keys = [state.keys[e] for e in sorted(state.keys, reverse=True)]
    known = {row[0]: row for row in engine.devices(vault.conn)}
    updates, revokes = [], []
    for device_id, _epoch, path in layout.cards(state.folder):
        if device_id in known and known[device_id][1]:
            continue
        try:
            meta, _ = engine.read_journal(path, keys)
        except engine.JournalUnreadable:
            continue
        if meta.get("file.kind") == "device" and meta.get("file.device_id") == device_id \
                and meta.get("file.team_id") == state.team_id:
            updates.append((device_id, meta.get("file.device_name") or device_id[:8], meta.get("file.created_at")))
    for device_id, by, path in layout.revocations(state.folder):
        if device_id in known and known[device_id][5]:
            continue
        try:
            meta, _ = engine.read_journal(path, keys)
        except engine.JournalUnreadable:
            continue
        if meta.get("file.kind") == "revocation" and meta.get("file.device_id") == device_id \
                and meta.get("file.team_id") == state.team_id:
            revokes.append((device_id, meta.get("file.created_at") or now_utc(), by))
    if updates or revokes:
        with vault.transaction() as conn:
            for device_id, name, at in updates:
                engine.upsert_device(conn, device_id, name, at)
            for device_id, at, by in revokes:
                if device_id not in known and device_id not in {u[0] for u in updates}:
                    engine.upsert_device(conn, device_id, device_id[:8], None)
                engine.revoke_device(conn, device_id, at, by)
    if any(d == state.device_id for d, _a, _b in revokes) or (known.get(state.device_id) or [None] * 7)[5]:
        notices.append("This device was revoked from the team: its changes are no longer accepted.")
    return notices


def _names(vault: Vault) -> dict[str, str]:
    return {row[0]: row[1] for row in engine.devices(vault.conn)}


# -- sync ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """A journal not applied, for screens: kind waiting (a gap: ``seq`` is the one missing),
    key (under a team passphrase this device lacks) or refused (``reason``: revoked, damaged,
    altered, newer, older, misfit)."""

    kind: str
    seq: int
    device: str
    reason: str = ""


@dataclass
class SyncResult:
    exported: int = 0                 # changes this device sent (rows)
    applied: int = 0                  # changes applied from other devices
    conflicts: list[dict] = field(default_factory=list)   # open conflicts (see conflict_dict)
    waiting: list[str] = field(default_factory=list)      # "waiting for journal 17 from Laptop-Minsk"
    refused: list[str] = field(default_factory=list)      # journals refused, by name, and why
    journals: list[str] = field(default_factory=list)     # journals applied (device: file)
    notices: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # waiting and refused, for screens

    def as_dict(self) -> dict:
        """The result as the CLI's ``sync --json`` prints it (keys are a public interface)."""
        return {"exported": self.exported, "applied": self.applied, "conflicts": self.conflicts,
                "waiting": self.waiting, "refused": self.refused, "journals": self.journals,
                "notices": self.notices}


def sync(vault: Vault, *, progress: Callable[[str], None] | None = None) -> SyncResult:
    """Export this device's changes, then apply every other device's journals that are due.

    Raises TeamError (not_enrolled, no_folder; copy: another copy of this vault wrote as this
    device) and the vault's errors; a journal that cannot be applied is reported in
    ``refused`` or ``waiting``, never raised."""
    state = _require(vault)
    if not state.folder.is_dir():
        raise TeamError(f"The team folder {state.folder} is not there (is the drive plugged in, is the file "
                        "sync running?). Nothing was sent or applied.", reason=TeamReason.NO_FOLDER)
    own = layout.journals_of(state.folder, state.device_id)
    if own and max(own) == state.seq + 1 and vault.meta("team.seq_writing") == str(max(own)):
        # this vault's own last journal, published just before a crash noted it: take it as sent
        with vault.transaction() as conn:
            engine.write_meta(conn, [("team.seq", str(max(own)))])
        state.seq = max(own)
    if own and max(own) > state.seq:
        # Journals under this device's name that this vault never wrote: a copy of the vault
        # file (moved to a new laptop, opened on both) or an older backup restored. Two
        # vaults writing as one device corrupt what the others apply; nothing is done.
        raise TeamError(
            f"Another copy of this vault has synced as this device (journal {max(own)} in the team folder; this "
            f"vault wrote up to {state.seq}): a copy of the vault file used on another computer, or an older "
            "backup restored. Nothing was sent or applied. Keep working in one copy only; let the other one "
            "leave and join the team again as a new device.", reason=TeamReason.COPY)
    result = SyncResult()
    result.notices += _learn(vault, state)
    try:
        if _written_since_last_sync(vault) or engine.pending_top(vault.conn) or _reshare(vault):
            result.exported = _export(vault, state)
        _apply_due(vault, state, result)
    except DriverError as exc:
        raise from_driver(exc) from None
    state.last_sync = now_utc()
    _save(vault, state)
    result.conflicts = [conflict_dict(vault, c) for c in engine.conflicts(vault.conn)]
    _LAST_SYNC[id(vault)] = (weakref.ref(vault), vault.conn, vault.conn.total_changes)
    return result


#: id(vault): (the vault, its connection, the connection's total_changes right after a sync).
_LAST_SYNC: dict[int, tuple] = {}


def _written_since_last_sync(vault: Vault) -> bool:
    """Whether this open vault changed since its last sync in this process (SQLite counts
    every row the connection wrote): if not, there is nothing to export and no copy to make."""
    seen = _LAST_SYNC.get(id(vault))
    if seen is None or seen[0]() is not vault or seen[1] is not vault.conn:
        return True
    return vault.conn.total_changes != seen[2]


def _migrations(vault: Vault) -> list[str]:
    return schema.applied(vault.conn, vault.schema_version)


def _incremental(vault: Vault, state: State) -> bool:
    """Whether this sync may work on the rows noted since the last one: the capture triggers
    are there, and the base exists with the vault's columns (a migration may have changed
    them). Otherwise the whole vault is copied and compared, once, as at the first sync."""
    return engine.capture_installed(vault.conn) and not _reshare(vault) and not vault.meta(_WHOLE) \
        and engine.columns_match(vault.conn, base_path(vault), state.base_key)


def _reshare(vault: Vault) -> list[str]:
    """The shared tables whose every row the next export sends (tables a newer version shares
    that this vault's base may hold, unsent, from before: migration m0018_team_records)."""
    try:
        tables = json.loads(vault.meta(_RESHARE) or "[]")
    except ValueError:
        return list(engine.SHARED_TABLES)
    return [t for t in tables if t in engine.SHARED_TABLES] if isinstance(tables, list) else []


def _export(vault: Vault, state: State) -> int:
    """Send this device's changes as its next journal; the number of rows sent."""
    if _incremental(vault, state):
        return _export_noted(vault, state)
    return _export_whole(vault, state)


def _export_noted(vault: Vault, state: State) -> int:
    """Compare only the rows written since the last export (noted by the capture triggers)
    with the base: a sync's cost follows the changes, not the size of the vault."""
    with vault.transaction() as conn:
        top, keys = engine.pending(conn)
        if not keys:
            return 0
        capture = engine.Capture(base_path(vault), state.base_key)
    try:
        with vault.transaction() as conn:  # one snapshot of the rows read
            changeset = capture.diff(conn, keys, engine.private_cases(conn))
        count = _write_journal(vault, state, changeset) if changeset else 0
        capture.advance()
    finally:
        capture.close()
    with vault.transaction() as conn:
        engine.forget_pending(conn, top)
    return count


def _export_whole(vault: Vault, state: State) -> int:
    """Copy the whole vault (backup API), leave out what is not shared and compare it with the
    base (an empty one at the first sync). Installs the capture triggers first, so that every
    later write is noted. Tables newly shared (:func:`_reshare`) are emptied in the base
    first: their existing rows are all sent, once (a device that has an equal row takes it
    without a conflict)."""
    base = base_path(vault)
    current = _work_path(vault)
    try:
        with vault.transaction() as conn:
            engine.install_capture(conn)
            top = engine.pending_top(conn)
            engine.write_meta(conn, [(_WHOLE, "1")])  # cleared once this export is sent
        reshare = _reshare(vault)
        fresh_base = not engine.columns_match(vault.conn, base, state.base_key, tables=engine.SHARED_TABLES)
        if fresh_base:
            _discard(base)
            engine.empty_base(base, state.base_key)
        private = engine.private_cases(vault.conn)
        engine.working_copy(vault.conn, current, state.base_key)
        engine.shape(current, state.base_key, private)
        engine.shape(base, state.base_key, private)  # a case made private later is not deleted elsewhere
        engine.empty_tables(base, state.base_key, reshare)
        changeset = engine.diff(base, current, state.base_key)
        count = _write_journal(vault, state, changeset) if changeset else 0
        os.replace(current, base)
        with vault.transaction() as conn:
            engine.forget_pending(conn, top)
            engine.forget_meta(conn, _WHOLE)
            if reshare:
                engine.forget_meta(conn, _RESHARE)
        return count
    finally:
        _discard(current)


def _write_journal(vault: Vault, state: State, changeset: bytes) -> int:
    """Write the changeset as this device's next journal and note its deletions (tombstones);
    the number of rows it carries."""
    count = engine.count(changeset)
    own = layout.journals_of(state.folder, state.device_id)
    seq = max([state.seq, *own]) + 1
    now = now_utc()
    target = layout.journal_dir(state.folder, state.device_id)
    target.mkdir(parents=True, exist_ok=True)
    final = target / layout.journal_name(seq)
    with vault.transaction() as conn:  # a crash after publishing and before noting it: see sync()
        engine.write_meta(conn, [("team.seq_writing", str(seq))])
    _write_file(final, state.key, {
        "file.kind": "journal", "file.format": JOURNAL_FORMAT, "file.team_id": state.team_id,
        "file.device_id": state.device_id, "file.device_name": state.device_name,
        "file.sequence": str(seq), "file.schema_version": str(vault.schema_version),
        "file.migrations": json.dumps(_migrations(vault)), "file.created_at": now,
        "file.digest": engine.changeset_digest(changeset), "file.changes": str(count),
        "file.seen": json.dumps({row[0]: row[3] for row in engine.devices(vault.conn)
                                 if row[0] != state.device_id and row[3]})}, changeset)
    with vault.transaction() as conn:
        engine.record_tombstones(conn, engine.changes(changeset, engine.table_columns(conn), ops=("DELETE",)), now,
                                 seq)
        engine.write_meta(conn, [("team.seq", str(seq))])
    state.seq = seq
    return count


def _due(vault: Vault, state: State, result: SyncResult) -> list[tuple[str, str, list[tuple[int, Path]]]]:
    """(device id, name, [(seq, file)]) of the journals due, in order; gaps and revoked
    devices reported."""
    devices = {row[0]: row for row in engine.devices(vault.conn)}
    due = []
    for device_id in layout.journal_devices(state.folder):
        if device_id == state.device_id:
            continue
        files = layout.journals_of(state.folder, device_id)
        row = devices.get(device_id)
        name = row[1] if row else device_id[:8]
        applied = row[3] if row else 0
        pending = sorted(s for s in files if s > applied)
        if not pending:
            continue
        if row and row[5]:
            result.refused += [f"journal {s} from {name} was refused: that device was revoked on {row[5][:10]}"
                               for s in pending]
            result.problems += [Problem("refused", s, name, "revoked") for s in pending]
            continue
        chain, nxt = [], applied + 1
        while nxt in files:
            chain.append((nxt, files[nxt]))
            nxt += 1
        if any(s > nxt for s in pending):
            result.waiting.append(f"waiting for journal {nxt} from {name}")
            result.problems.append(Problem("waiting", nxt, name))
        if chain:
            due.append((device_id, name, chain))
    return due


#: Journals due of more than this many bytes in all (an enrolment into a large team) are
#: applied to a copy of the whole vault that then replaces its content (backup API), as
#: writing hundreds of thousands of rows back one by one would take longer.
WHOLE_COPY_ABOVE = 8 * 2**20


def _apply_due(vault: Vault, state: State, result: SyncResult) -> None:
    due = _due(vault, state, result)
    if not due:
        return
    size = sum(path.stat().st_size for _d, _n, chain in due for _s, path in chain if path.exists())
    if size <= WHOLE_COPY_ABOVE and not engine.private_cases(vault.conn) \
            and _incremental(vault, state) and not engine.pending_top(vault.conn):
        _apply_on_base(vault, state, due, result)
    else:
        _apply_on_copy(vault, state, due, result)


def _apply_on_base(vault: Vault, state: State, due, result: SyncResult) -> None:
    """Apply the journals to the base (which holds what the team shares, as this vault has
    it: every change of this vault was just exported into it), recording with a session what
    they wrote; then write those rows into the vault in one transaction. No copy of the vault
    is made: the cost follows the changes. (A vault with private cases takes the copy: their
    rows are not in the base.)"""
    keys = [state.keys[e] for e in sorted(state.keys, reverse=True)]
    now = now_utc()
    provenance: list[tuple[str, str, str, set[str], list[int]]] = []
    applier = engine.Applier(base_path(vault), state.base_key, vault_conn=vault.conn)
    try:
        _apply_in_causal_order(vault, state, due, applier, result, now, keys, _migrations(vault), provenance)
        if not provenance:
            return
        found = engine.recorded_rows(applier.con, applier.recorded())
        with vault.transaction() as conn:
            before = engine.pending_top(conn)
            engine.write_back(conn, found)
            after = engine.pending_top(conn)
        applier.commit()  # after the vault: a base behind the vault only sends applied rows again
    finally:
        applier.close()
    with vault.transaction() as conn:
        engine.forget_pending(conn, after, before)  # the rows just written back are in the base
    touched = set().union(*(case_ids for *_rest, case_ids, _conflicts in provenance))
    _recompute(vault, touched, applier.new_cases, provenance, now)


def _apply_on_copy(vault: Vault, state: State, due, result: SyncResult) -> None:
    """Apply the journals to a working copy of the whole vault, which then replaces the
    vault's content (backup API) and, shaped, becomes the base."""
    keys = [state.keys[e] for e in sorted(state.keys, reverse=True)]
    mine = _migrations(vault)
    work = _work_path(vault)
    now = now_utc()
    provenance: list[tuple[str, str, str, set[str], list[int]]] = []
    touched: set[str] = set()
    new_cases: set[str] = set()
    try:
        with vault.transaction() as conn:
            engine.install_capture(conn)
        engine.working_copy(vault.conn, work, state.base_key)
        applier = engine.Applier(work, state.base_key)
        try:
            _apply_in_causal_order(vault, state, due, applier, result, now, keys, mine, provenance)
            for _device_id, _name, _journal, case_ids, _conflicts in provenance:
                touched |= case_ids
            new_cases |= applier.new_cases
            applier.commit()
        finally:
            applier.close()
        if not provenance:
            return
        engine.copy_back(work, state.base_key, vault.conn)
        vault.content_replaced()  # the seal and the caches must see what the copy brought
        # The base now holds what the team knows: applied changes are not sent back out. (The
        # working copy is under the base's key: a file copy of it, shaped, is the new base.)
        fresh = _work_path(vault)
        try:
            engine.new_private_file(fresh)
            shutil.copyfile(work, fresh)
            engine.shape(fresh, state.base_key, engine.private_cases(vault.conn))
            os.replace(fresh, base_path(vault))
        finally:
            _discard(fresh)
        with vault.transaction() as conn:  # the copy noted nothing (all of it is in the base): note again
            engine.forget_pending(conn, engine.pending_top(conn))
            engine.install_capture(conn)
    finally:
        _discard(work)
    _recompute(vault, touched, new_cases, provenance, now)


def _apply_in_causal_order(vault: Vault, state: State, due, applier, result: SyncResult, now: str,
                           keys: list[bytes], mine: list[str], provenance: list) -> None:
    """Apply the due journals, each device's in sequence order, and each journal only after
    those its writer had applied when it wrote it (``file.seen``: {device: sequence}), so that a
    device enrolling into a team of several members never meets an edit before the record it
    edits. A journal whose predecessor from another device is missing waits ("waiting for
    journal 3 from Laptop-Minsk"); revoked devices' journals are not waited for."""
    rows = engine.devices(vault.conn)
    applied = {row[0]: row[3] for row in rows}
    revoked = {row[0] for row in rows if row[5]}
    names = {row[0]: row[1] for row in rows}
    queues = {device_id: [name, list(chain)] for device_id, name, chain in due}
    held: dict[str, tuple] = {}   # device: (meta, changeset) of its first journal, waiting for another's
    blocked: dict[str, tuple[str, int]] = {}
    progress = True
    while progress:
        progress = False
        for device_id, queue in queues.items():
            while queue[1]:
                name = queue[0]
                seq, path = queue[1][0]
                label = f"journal {seq} from {name}"
                if device_id in held:
                    meta, changeset = held.pop(device_id)
                else:
                    try:
                        meta, changeset = engine.read_journal(path, keys)
                    except engine.JournalUnreadable as exc:
                        if exc.reason is engine.JournalReason.KEY:
                            result.waiting.append(f"{label} is under a team passphrase this device does not have: "
                                                  "enter the new one with `team join`")
                            result.problems.append(Problem("key", seq, name))
                        else:
                            result.refused.append(f"{label} ({path.name}) was refused: {exc}")
                            result.problems.append(Problem("refused", seq, name, "damaged"))
                        queue[1].clear()
                        break
                    problem = _check(meta, changeset, state, device_id, seq, mine)
                    if problem:
                        result.refused.append(f"{label} ({path.name}) was refused: {problem[1]}; nothing of it "
                                              "was applied")
                        result.problems.append(Problem("refused", seq, name, problem[0]))
                        queue[1].clear()
                        break
                try:
                    seen = {str(d): int(n) for d, n in json.loads(meta.get("file.seen") or "{}").items()}
                except (ValueError, TypeError, AttributeError):
                    seen = {}
                unmet = sorted((d, n) for d, n in seen.items()
                               if d not in (state.device_id, device_id) and d not in revoked and applied.get(d, 0) < n)
                if unmet:
                    held[device_id] = (meta, changeset)
                    blocked[device_id] = (unmet[0][0], applied.get(unmet[0][0], 0) + 1)
                    break
                blocked.pop(device_id, None)
                if meta.get("file.device_name") and name == device_id[:8]:
                    name = queue[0] = meta["file.device_name"]
                    applier.know(device_id, name)
                try:
                    outcome = applier.apply(changeset, device_id=device_id, journal=path.name, now=now,
                                            unshared=_unshared(meta, mine),
                                            seen_here=seen.get(state.device_id, 0) if "file.seen" in meta else None)
                except apsw.Error as exc:
                    result.refused.append(f"{label} ({path.name}) was refused: it does not fit this vault "
                                          f"({type(exc).__name__}); nothing of it was applied")
                    result.problems.append(Problem("refused", seq, name, "misfit"))
                    queue[1].clear()
                    break
                applier.know(device_id, name)
                applier.mark_applied(device_id, seq, now)
                applied[device_id] = seq
                queue[1].pop(0)
                progress = True
                result.applied += outcome.applied
                result.journals.append(f"{name}: {path.name}")
                provenance.append((device_id, name, path.name, outcome.case_ids, outcome.conflicts))
                applier.new_cases |= outcome.new_case_ids
    for device_id, (other, seq) in sorted(blocked.items()):
        other_name = names.get(other) or next((q[0] for d, q in queues.items() if d == other), other[:8])
        line = f"waiting for journal {seq} from {other_name}"
        if line not in result.waiting:
            result.waiting.append(line)
            result.problems.append(Problem("waiting", seq, other_name))


def _check(meta: dict, changeset: bytes, state: State, device_id: str, seq: int,
           mine: list[str]) -> tuple[str, str] | None:
    """(reason, English text) when a journal must be refused."""
    if meta.get("file.kind") != "journal" or meta.get("file.team_id") != state.team_id:
        return "altered", "it is not a journal of this team"
    if meta.get("file.device_id") != device_id or meta.get("file.sequence") != str(seq):
        return "altered", "its name does not match its content (it was moved or altered)"
    if meta.get("file.digest") != engine.changeset_digest(changeset):
        return "altered", "its digest does not match its content (it was altered)"
    try:
        theirs = json.loads(meta.get("file.migrations") or "[]")
    except ValueError:
        return "damaged", "it is damaged"
    if theirs != mine and not _older_fits(theirs, mine):
        if set(theirs) - set(mine):
            return "newer", (f"it was written by a newer version of Abarona (schema {meta.get('file.schema_version')}, "
                             f"this vault {len(mine)}); update Abarona on this device")
        return "older", (f"it was written by an older version of Abarona (schema {meta.get('file.schema_version')}, "
                         f"this vault {len(mine)}); update Abarona on that device")
    return None


#: Migrations that do not change what a journal written without them holds: such a journal
#: (from a device not yet updated) still applies. {migration: tables its writer did not share}
#: Every migration after m0018 that leaves the shared tables' columns as they were belongs
#: here (indexes, derived tables and triggers of this vault alone): one left out made every
#: journal a colleague wrote before updating refused for good, and the journals after it
#: with it, since a journal never changes (tests/desktop/test_team_journal_versions.py
#: replays every migration and fails on one left out).
_JOURNALS_UNCHANGED = {"m0018_team_records": m0018_team_records.TABLES,
                       "m0019_risk_marks": (), "m0019a_dashboard_indexes": (),
                       "m0021_list_and_stats_indexes": (),
                       "m0026_team_tombstone_journal": (), "m0026a_team_decision_journal": (),
                       "m0028_figure_counts": (), "m0028a_figure_indexes": (),
                       "m0029_dashboard_working_set": (), "m0030_risk_events_index": ()}


def _older_fits(theirs: list[str], mine: list[str]) -> bool:
    """Whether a journal written by an older version applies here: it lacks only migrations
    of _JOURNALS_UNCHANGED (so a team updated one device at a time goes on syncing)."""
    missing = set(mine) - set(theirs)
    return not set(theirs) - set(mine) and missing <= set(_JOURNALS_UNCHANGED)


def _unshared(meta: dict, mine: list[str]) -> set[str]:
    """The shared tables a journal's writer did not share yet (an older version's journal)."""
    try:
        theirs = set(json.loads(meta.get("file.migrations") or "[]"))
    except ValueError:
        return set()
    return {t for m in set(mine) - theirs for t in _JOURNALS_UNCHANGED.get(m, ())}


def _recompute(vault: Vault, touched: set[str], new_cases: set[str], provenance, now: str) -> None:
    """Search index, derived deadlines and audit entries (device and journal) of changed cases
    (``new_cases``: those the journals brought, which have no derived deadlines yet)."""
    with vault.transaction() as conn:
        ids = sorted(touched)
        entries: list[tuple] = []
        for start in range(0, len(ids), 1000):
            cases = case_queries.get_cases(conn, ids[start:start + 1000])
            search_queries.index_cases(conn, [search_doc(c) for c in cases])
            fresh = [c for c in cases if c.id in new_cases]
            known = [c for c in cases if c.id not in new_cases]
            for case in known:
                deadline_queries.forget_missing_triggers(conn, case.id, [e.id for e in case.events])
            entries += deadline_service.sync(conn, deadline_service.inputs(known), now=now).audit
            entries += deadline_service.sync(conn, deadline_service.inputs(fresh), now=now,
                                             fresh=True).audit
        existing = set(case_queries.find_ids(conn, ids=ids).values())
        for device_id, name, journal, case_ids, conflict_ids in provenance:
            source = {"device": name, "device_id": device_id, "journal": journal}
            entries += [("case", cid, cid if cid in existing else None, "team_sync", source) for cid in sorted(case_ids)]
            entries += [("team_conflict", str(cid), None, "team_conflict", source) for cid in conflict_ids]
        audit_queries.record(conn, entries, at=now, author=vault.author)


# -- conflicts ----------------------------------------------------------------------------------

def conflict_dict(vault: Vault, c: engine.ConflictRow) -> dict:
    """A conflict for JSON and screens: {id, kind, entity, record, case, reference, device,
    journal, fields: {column: {base, mine, theirs}}}; ``mine`` read from the vault now."""
    current = engine.get_row(vault.conn, c.table, c.pk)
    reference = None
    if c.case_id:
        reference = engine.reference_of(vault.conn, c.case_id)
    fields = {}
    for name, (base, mine, theirs) in c.fields.items():
        if current is not None and name in current:
            mine = current[name]
        elif current is None:
            mine = None
        fields[name] = {"base": _show(base), "mine": _show(mine), "theirs": _show(theirs)}
    device = _names(vault).get(c.device_id, c.device_id[:8])
    values = {**{k: v[0] for k, v in c.fields.items()}, **(c.theirs_row or {}), **(current or {})}
    row = {k: _show(values.get(k)) for k in ("type", "date", "reference", "display_name", "name", "article",
                                              "title", "value", *_WHAT.get(c.table, ())) if values.get(k) is not None}
    if c.table in _WHAT:
        what = " ".join(str(row[k]) for k in _WHAT[c.table] if k in row)
    elif c.table == "case_group_members" and values.get("group_id"):
        what = engine.group_name(vault.conn, values["group_id"]) or ""
        if what:
            row["name"] = what
    else:
        what = next((str(row[k]) for k in ("reference", "display_name", "name", "title", "article", "value")
                     if k in row), f"{row.get('date', '')} {row.get('type', '')}".strip())
    return {"id": c.id, "kind": c.kind, "table": c.table, "what": what, "row": row,
            "entity": _ENTITIES.get(c.table, c.table), "record": c.pk[0] if len(c.pk) == 1 else c.pk,
            "case": c.case_id, "reference": reference, "device": device, "journal": c.journal,
            "mine_deleted": current is None, "theirs_deleted": c.kind == "deleted_there", "fields": fields}


#: The fields that name a record of these tables in a conflict ("what"), in order.
_WHAT = {"detention_places": ("place", "since"), "filings": ("body", "filed_at"), "checklist_ticks": ("step",),
         "party_notifications": ("date", "text")}


def _show(value):
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    return value


def conflicts(vault: Vault) -> list[dict]:
    """The open conflicts, oldest first (see conflict_dict)."""
    _require(vault)
    return [conflict_dict(vault, c) for c in engine.conflicts(vault.conn)]


def resolve(vault: Vault, conflict_id: int, choice: str) -> dict:
    """Decide a conflict: "mine" keeps this vault's version and sends it to the team at the next
    sync; "theirs" takes the other device's. An edit against the deletion of a whole case
    decides the case whole (:func:`_decide_case`): kept, every row of it is sent again; deleted,
    all of it goes. Returns the conflict as shown before (the dict of :func:`conflict_dict`),
    with ``also``: the ids of the conflicts decided with it (the case's other records), when
    any. Raises TeamError (not_enrolled, no_conflict, decision) and VaultError."""
    state = _require(vault)
    if choice not in ("mine", "theirs"):
        raise TeamError("Decide a conflict with --mine or --theirs.", reason=TeamReason.DECISION)
    found = [c for c in engine.conflicts(vault.conn) if c.id == conflict_id]
    if not found:
        raise TeamError(f"There is no open conflict {conflict_id}. See `conflicts` for the open ones.",
                        reason=TeamReason.NO_CONFLICT)
    c = found[0]
    shown = conflict_dict(vault, c)
    now = now_utc()
    base = base_path(vault)
    current = engine.get_row(vault.conn, c.table, c.pk)
    theirs_values = {k: v[2] for k, v in c.fields.items()}
    try:
        base_conn = engine.open_work(base, state.base_key) if base.exists() else None
        try:
            if base_conn is not None:
                engine.begin_base(base_conn)
            with vault.transaction() as conn:
                # Read again inside the write (issue 12, item 1): the conflict may have been
                # decided, or the record changed, since they were shown.
                again = [x for x in engine.conflicts(conn) if x.id == conflict_id]
                if not again:
                    raise TeamError(f"Conflict {conflict_id} was decided meanwhile. See `conflicts` for the "
                                    "open ones.", reason=TeamReason.NO_CONFLICT)
                c = again[0]
                shown = conflict_dict(vault, c)
                current = engine.get_row(conn, c.table, c.pk)
                theirs_values = {k: v[2] for k, v in c.fields.items()}
                whole = _whole_case(conn, c)
                if whole is not None:
                    shown["also"] = _decide_case(conn, base_conn, c, whole, choice, now)
                elif c.kind == "edited":
                    if choice == "theirs" and current is not None:
                        engine.set_fields(conn, c.table, c.pk, {**theirs_values, **_stamp(current, now)})
                    elif choice == "mine" and base_conn is not None and engine.get_row(base_conn, c.table, c.pk):
                        engine.set_fields(base_conn, c.table, c.pk, theirs_values)  # so mine is sent again
                        engine.note_pending(conn, [(c.table, c.pk)])
                elif c.kind == "deleted_there":
                    if choice == "theirs" and current is not None:
                        engine.delete_with_children(conn, c.table, c.pk)
                    elif choice == "mine" and base_conn is not None:
                        # so it is sent whole again
                        engine.note_pending(conn, engine.delete_with_children(base_conn, c.table, c.pk))
                elif c.kind == "deleted_here":
                    row = c.theirs_row or {}
                    if current is None and choice == "theirs":
                        try:
                            _restore(conn, c.table, row)
                        except DriverError:
                            raise TeamError("Their version cannot be taken: this device does not have the whole "
                                            "record (it was deleted here before it was shared). Keep yours, "
                                            "or ask them to keep theirs.", reason=TeamReason.DECISION) from None
                        engine.forget_tombstones(conn, [(c.table, c.pk)])
                    elif current is not None and choice == "theirs" and base_conn is not None:
                        # here again (theirs arrived as kept, crossing the deletion here): kept, and
                        # sent again, as the other device may have taken the deletion meanwhile
                        engine.forget_tombstones(conn, [(c.table, c.pk)])
                        engine.delete_row(base_conn, c.table, c.pk)
                        engine.note_pending(conn, [(c.table, c.pk)])
                    elif current is None and choice == "mine" and base_conn is not None and row:
                        engine.insert_row(base_conn, c.table, row)  # so the deletion is sent again
                        engine.note_pending(conn, [(c.table, c.pk)])
                    elif current is not None and choice == "mine":
                        engine.delete_with_children(conn, c.table, c.pk)
                elif c.kind == "constraint" and choice == "theirs" and c.theirs_row:
                    try:
                        _restore(conn, c.table, c.theirs_row)
                    except DriverError:
                        raise TeamError("Their record cannot be taken: it breaks a rule of this vault (for example, "
                                        "a reference another case has). Change yours first, or keep yours.",
                                        reason=TeamReason.DECISION) from None
                engine.mark_decided(conn, c.id, choice, now, state.seq + 1)  # sent in the next journal
                audit_queries.record(conn, [(_ENTITIES.get(c.table, c.table), ":".join(map(str, c.pk)), shown["case"],
                                             "team_decide", {"conflict": c.id, "decision": choice,
                                                             "device": shown["device"], "journal": c.journal,
                                                             **({"also": shown["also"]} if shown.get("also")
                                                                else {})})],
                                     at=now, author=vault.author)
                if shown["case"]:
                    cases = case_queries.get_cases(conn, [shown["case"]])
                    search_queries.index_cases(conn, [search_doc(x) for x in cases])
                    deadline_service.sync(conn, deadline_service.inputs(cases), now=now)
            if base_conn is not None:
                engine.commit(base_conn)
        finally:
            if base_conn is not None:
                base_conn.close()
    except DriverError as exc:
        raise from_driver(exc) from None
    shown["decided"] = choice
    return shown


def _whole_case(conn, c: engine.ConflictRow) -> str | None:
    """The case a conflict of an edit against a deletion decides as a whole: the case itself
    was deleted on one side (it is missing here, or its own row is in an open conflict of a
    deletion). None for an edit conflict, or a record deleted within a case both still have."""
    if c.kind not in engine.DELETION_KINDS:
        return None
    case_id = c.pk[0] if c.table == "cases" else c.case_id
    if not case_id:
        return None
    if engine.get_row(conn, "cases", [case_id]) is None:
        return case_id if c.table == "cases" or engine.tombstone(conn, "cases", [case_id]) is not None else None
    if any(x.table == "cases" and x.pk == [case_id] and x.kind in engine.DELETION_KINDS
           for x in engine.conflicts(conn)):
        return case_id
    return None


def _decide_case(conn, base_conn, c: engine.ConflictRow, case_id: str, choice: str, now: str) -> list[int]:
    """Decide an edit against the deletion of a whole case: keeping any record of it keeps the
    case whole, deleting deletes it whole, and every open deletion conflict of the case (its
    records, its person, parties and groups) is decided with it. A kept case is made whole here
    (from the tombstones of the records deleted with it, with the other device's edits), taken
    out of the trash, and sent again whole (every row of it, as this vault has it, is taken out
    of the base and noted for the next export), so that both devices hold the same case after
    the next sync; a deletion kept here is sent again for every record of the case. Returns the
    ids of the other conflicts decided with it. Raises TeamError (decision) when a record
    cannot be restored."""
    keep = (c.kind == "deleted_there") == (choice == "mine")
    unit = engine.case_unit(conn, case_id)
    related = [x for x in engine.conflicts(conn) if x.kind in engine.DELETION_KINDS and x.id != c.id and (
        x.case_id == case_id or (x.table, x.pk) in [(t, list(k)) for t, k in unit]
        or (x.table == "cases" and x.pk == [case_id]))]
    here = [x for x in (c, *related) if x.kind == "deleted_here" and x.theirs_row]
    if keep:
        try:
            back = engine.case_tombstones(conn, case_id)  # the rows deleted here with the case
            if engine.get_row(conn, "cases", [case_id]) is None:
                case_row = next((x.theirs_row for x in here if x.table == "cases"), None) or (back[0][1] if back else None)
                if case_row is None:
                    raise TeamError("This case cannot be kept here: this device no longer has it whole. Decide it "
                                    "on the other device, which has it.", reason=TeamReason.DECISION)
                _restore(conn, "cases", {**case_row, "deleted_at": None})
            for table, row in back[1:]:
                pk = [row[n] for n in engine.pk_names(conn, table)]
                if engine.get_row(conn, table, pk) is None:
                    _restore(conn, table, row)
            for x in here:
                if x.table == "cases":
                    continue
                if engine.get_row(conn, x.table, x.pk) is None:
                    _restore(conn, x.table, x.theirs_row)
                else:
                    names = engine.pk_names(conn, x.table)
                    engine.set_fields(conn, x.table, x.pk, {k: v for k, v in x.theirs_row.items() if k not in names})
        except DriverError:
            raise TeamError("This case cannot be kept here: a record of it breaks a rule of this vault. Decide it on "
                            "the other device.", reason=TeamReason.DECISION) from None
        current = engine.get_row(conn, "cases", [case_id]) or {}
        if current.get("deleted_at"):
            engine.set_fields(conn, "cases", [case_id], {"deleted_at": None, **_stamp(current, now)})
        unit = engine.case_unit(conn, case_id)
        engine.forget_tombstones(conn, unit)
        if base_conn is not None:
            engine.delete_keys(base_conn, unit)  # so the whole case is sent again
            engine.note_pending(conn, unit)
    else:
        if engine.get_row(conn, "cases", [case_id]) is not None:
            search_queries.remove_cases(conn, [case_id])
            engine.delete_with_children(conn, "cases", [case_id])
            for table, pk in unit:  # its person, parties, groups that went with it there
                # (the conflict decided among them: the person's own conflict may be the one chosen)
                if engine.orphaned(conn, table, pk) and any(x.table == table and x.pk == list(pk)
                                                            for x in (c, *related)):
                    engine.delete_with_children(conn, table, list(pk))
        if base_conn is not None:
            # The deletion of every row of it deleted here is sent again, as the other device
            # last had them (with its edits): the deletion then applies there whole.
            sent = []
            for table, row in engine.case_tombstones(conn, case_id):
                pk = [row.get(n) for n in engine.pk_names(conn, table)]
                if engine.get_row(conn, table, pk) is None and engine.get_row(base_conn, table, pk) is None:
                    engine.insert_row(base_conn, table, row)
                    sent.append((table, pk))
            for x in here:
                if engine.get_row(conn, x.table, x.pk) is None:
                    engine.insert_row(base_conn, x.table, x.theirs_row)
                    sent.append((x.table, x.pk))
            engine.note_pending(conn, sent)
    also = []
    for x in related:
        engine.mark_decided(conn, x.id, ("mine" if x.kind == "deleted_there" else "theirs") if keep
                            else ("theirs" if x.kind == "deleted_there" else "mine"), now)
        also.append(x.id)
    return also


def _stamp(current: dict, now: str) -> dict:
    return {"updated_at": now} if "updated_at" in current else {}


def _restore(conn, table: str, row: dict) -> None:
    """Insert a row, bringing back from tombstones a parent this vault deleted."""
    engine.restore_from_tombstones(conn, table, row)


# -- status, revocation, rotation, scope ----------------------------------------------------------

@dataclass(frozen=True)
class DeviceStatus:
    id: str
    name: str
    this_device: bool
    enrolled_at: str | None
    applied: int            # journals of it applied here (this device: journals written)
    available: int          # journals of it in the folder
    last_seen: str | None
    revoked_at: str | None


@dataclass(frozen=True)
class TeamStatus:
    team_id: str
    folder: str
    device_id: str
    device_name: str
    epoch: int
    last_sync: str | None
    devices: list[DeviceStatus]
    waiting: list[str]
    conflicts: int
    notices: list[str]
    problems: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The status as the CLI's ``team status --json`` prints it (keys are a public interface)."""
        return {"team": self.team_id, "folder": self.folder, "device": {"id": self.device_id, "name": self.device_name},
                "epoch": self.epoch, "last_sync": self.last_sync,
                "devices": [d.__dict__ for d in self.devices], "waiting": self.waiting,
                "conflicts": self.conflicts, "notices": self.notices}


def status(vault: Vault) -> TeamStatus | None:
    """The team as this device sees it, or None when the vault is in no team."""
    state = _state(vault)
    if state is None:
        return None
    notices = _learn(vault, state) if state.folder.is_dir() else [
        f"The team folder {state.folder} is not there (is the drive plugged in?)."]
    devices = []
    for row in engine.devices(vault.conn):
        files = layout.journals_of(state.folder, row[0])
        mine = row[0] == state.device_id
        devices.append(DeviceStatus(row[0], row[1], mine, row[2], state.seq if mine else row[3],
                                    max(files, default=0), state.last_sync if mine else row[4], row[5]))
    probe = SyncResult()
    if state.folder.is_dir():
        _due(vault, state, probe)
    return TeamStatus(state.team_id, str(state.folder), state.device_id, state.device_name, state.epoch,
                      state.last_sync or None, devices, probe.waiting + probe.refused,
                      len(engine.conflicts(vault.conn)), notices, probe.problems)


def _find_device(vault: Vault, which: str) -> tuple:
    rows = engine.devices(vault.conn)
    exact = [r for r in rows if r[1] == which or r[0] == which]
    matches = exact or [r for r in rows if which and r[0].startswith(which.lower())]
    if len(matches) != 1:
        names = ", ".join(f"{r[1]} ({r[0][:8]})" for r in rows)
        raise TeamError(f"There is no single device {which!r} in this team. Devices: {names}.",
                        reason=TeamReason.UNKNOWN_DEVICE)
    return matches[0]


def revoke(vault: Vault, which: str) -> str:
    """Revoke a device (lost or seized; ``which``: its name or id): from now on its journals
    are refused on every device that has seen the revocation. Rotate the passphrase
    afterwards. Returns its name. Raises TeamError (not_enrolled, unknown_device,
    own_device) and VaultError."""
    state = _require(vault)
    row = _find_device(vault, which)
    if row[0] == state.device_id:
        raise TeamError("This device cannot revoke itself; revoke it from another device of the team.",
                        reason=TeamReason.OWN_DEVICE)
    now = now_utc()
    path = layout.revocation_path(state.folder, row[0], state.device_id)
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        # Under the team's first key, which every member has (one enrolled after a rotation
        # through the key files): members that have not seen a rotation learn it too.
        _write_file(path, state.keys[min(state.keys)], {"file.kind": "revocation", "file.team_id": state.team_id,
                                               "file.device_id": row[0], "file.by": state.device_id,
                                               "file.created_at": now})
    with vault.transaction() as conn:
        engine.revoke_device(conn, row[0], now, state.device_id)
        audit_queries.record(conn, [("vault", vault.vault_id, None, "team_revoke", {"device": row[1],
                                                                                    "device_id": row[0]})],
                             at=now, author=vault.author)
    return row[1]


def rotate(vault: Vault) -> Enrolled:
    """Give the team a new passphrase (random words, shown once). This device uses it at once;
    the others enrol again with `team join` and the new words. A revoked device, which does not
    get the new words, can read nothing written from now on."""
    state = _require(vault)
    files = layout.team_files(state.folder)
    epoch = max([state.epoch, *(f.epoch for f in files)]) + 1
    words = passphrases.generate()
    salt = os.urandom(16)
    key = layout.derive_key(words, salt)
    # The earlier keys, under the new one: a device enrolling with the new words still reads
    # the journals written before, and those of members that have not seen the rotation yet.
    carried = layout.keys_path(state.folder, epoch)
    carried.parent.mkdir(exist_ok=True)
    _write_file(carried, key, {"file.kind": "keys", "file.team_id": state.team_id, "file.epoch": str(epoch),
                               "file.keys": json.dumps({str(e): k.hex() for e, k in state.keys.items()})})
    try:
        layout.write_team_file(state.folder, state.team_id, epoch, salt, key)
    except OSError as exc:
        if disk_full(exc):
            raise _folder_full(state.folder) from None
        raise
    state.keys[epoch] = key
    state.epoch = epoch
    now = now_utc()
    _card(state, now)
    _save(vault, state)
    with vault.transaction() as conn:
        audit_queries.record(conn, [("vault", vault.vault_id, None, "team_rotate", {"epoch": epoch})],
                             at=now, author=vault.author)
    return Enrolled(state.team_id, state.device_id, state.device_name, passphrase=words)


def share(vault: Vault, ref_or_id: str, scope: str) -> tuple[str, str]:
    """Keep a case private to this device ("private") or share it with the team ("team").
    A private case is never exported; making a shared case private leaves the copies other
    devices already have. Returns (case id, reference). Raises TeamError (decision: another
    scope), CaseNotFound and VaultError."""
    if scope not in ("private", "team"):
        raise TeamError("A case is either --private or --team.", reason=TeamReason.DECISION)
    row = engine.find_case(vault.conn, ref_or_id)
    if row is None:
        raise CaseNotFound(f"There is no case {ref_or_id!r} in this vault.")
    now = now_utc()
    with vault.transaction() as conn:
        engine.set_scope(conn, row[0], scope)
        audit_queries.record(conn, [("case", row[0], row[0], "share", {"scope": scope})], at=now, author=vault.author)
    return row[0], row[1]


def scope_of(vault: Vault, case_id: str) -> str:
    """"private" when the case is kept on this device only, else "team". Raises VaultError."""
    return "private" if case_id in set(engine.private_cases(vault.conn)) else "team"


def shared_digest(vault: Vault) -> str:
    """SHA-256 of what this vault shares with its team (the backup digest over the shared
    tables of a shaped copy, updated_at left out): equal on every device once all journals
    are applied and all conflicts decided."""
    state = _require(vault)
    work = _work_path(vault)
    try:
        engine.working_copy(vault.conn, work, state.base_key)
        engine.shape(work, state.base_key, engine.private_cases(vault.conn))
        return engine.shared_digest(work, state.base_key)
    finally:
        _discard(work)


def _utc(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat((text or "").replace("Z", "+00:00")).astimezone(timezone.utc)
    except ValueError:
        return None
