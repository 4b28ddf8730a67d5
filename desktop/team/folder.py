"""The team folder: what lies in it, and the team key.

Layout (every file is written once, by one device, and never changed, so a file
synchroniser such as Syncthing never sees two writers of one file)::

    DIR/abarona-team-<epoch>.json        the team's id, the salt of its key and a check value
    DIR/devices/<device>.e<epoch>.abd    a device's card: its name and when it enrolled
    DIR/revoked/<device>.by-<device>.abr a revocation
    DIR/journals/<device>/<seq>.abj      a device's change journals, numbered from 1
    DIR/keys/e<epoch>.abk                the team's earlier keys, under the key of that epoch

Everything except the team file is encrypted under the team key. The team file holds no case
data: the team id, the epoch (how often the passphrase was rotated), the salt, and an HMAC
of a fixed text under the key, so that a wrong passphrase is told apart at once.

The team key: PBKDF2-HMAC-SHA512 of the passphrase (NFC) with the salt, 256,000 iterations,
32 bytes (the parameters SQLCipher 4 uses for vaults).
"""

from __future__ import annotations

import hashlib
import hmac
import contextlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from db.keys import normalise_passphrase

FORMAT = "abarona-team"
VERSION = 1
KDF_ITERATIONS = 256_000
_CHECK = b"abarona team key check v1"
_TEAM_FILE = re.compile(r"^abarona-team-(\d+)\.json$")
_JOURNAL = re.compile(r"^(\d{6,})\.abj$")
_CARD = re.compile(r"^([0-9a-f]{12,32})\.e(\d+)\.abd$")
_KEYS = re.compile(r"^e(\d+)\.abk$")
_REVOKED = re.compile(r"^([0-9a-f]{12,32})\.by-([0-9a-f]{12,32})\.abr$")


@dataclass(frozen=True)
class TeamFile:
    team_id: str
    epoch: int
    salt: bytes
    check: str
    path: Path


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte team key of a team passphrase (normalised as vault passphrases are) and the
    team's salt: PBKDF2-HMAC-SHA512, KDF_ITERATIONS rounds."""
    material = normalise_passphrase(passphrase)
    if isinstance(material, str):
        material = material.encode("utf-8")
    return hashlib.pbkdf2_hmac("sha512", material, salt, KDF_ITERATIONS, 32)


def check_value(key: bytes) -> str:
    """The hex HMAC-SHA256 a team file keeps to tell a right team key from a wrong one
    (never the key itself)."""
    return hmac.new(key, _CHECK, hashlib.sha256).hexdigest()


def team_files(folder: Path) -> list[TeamFile]:
    """The team files in the folder, newest epoch last (unreadable ones are left out)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        m = _TEAM_FILE.match(path.name)
        if not m:
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                continue
            found.append(TeamFile(str(data["team"]), int(data["epoch"]), bytes.fromhex(data["salt"]),
                                  str(data["check"]), path))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return sorted(found, key=lambda t: t.epoch)


def write_team_file(folder: Path, team_id: str, epoch: int, salt: bytes, key: bytes) -> Path:
    """Write the team file of ``epoch`` (team id, salt, check value; JSON) into the team
    folder, created 0600 and never over an existing file; returns its path. Raises
    FileExistsError when it exists, OSError from the disk."""
    path = folder / f"abarona-team-{epoch}.json"
    text = json.dumps({"format": FORMAT, "version": VERSION, "team": team_id, "epoch": epoch,
                       "salt": salt.hex(), "check": check_value(key)}, indent=1) + "\n"
    write_new(path, text.encode())
    return path


def write_new(path: Path, data: bytes) -> None:
    """Write a new file (0600), never over an existing one, whole or not at all: a short write
    is continued, and a failure (a full drive: OSError) removes the file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    os.close(fd)


def journal_dir(folder: Path, device_id: str) -> Path:
    """The folder of one device's journals in the team folder."""
    return folder / "journals" / device_id


def journal_name(seq: int) -> str:
    """The file name of journal number ``seq`` ("000017.abj")."""
    return f"{seq:06d}.abj"


def journals_of(folder: Path, device_id: str) -> dict[int, Path]:
    """{sequence: file} of one device's journals (files of other names, such as a file
    synchroniser's conflict copies or partial files, are ignored)."""
    found = {}
    try:
        entries = list(journal_dir(folder, device_id).iterdir())
    except OSError:
        return {}
    for path in entries:
        m = _JOURNAL.match(path.name)
        if m:
            found[int(m.group(1))] = path
    return found


def journal_devices(folder: Path) -> list[str]:
    """The ids of the devices that have a journal folder, sorted ([] when the folder cannot
    be read)."""
    try:
        return sorted(p.name for p in (folder / "journals").iterdir() if p.is_dir() and re.fullmatch(r"[0-9a-f]{12,32}", p.name))
    except OSError:
        return []


def cards(folder: Path) -> list[tuple[str, int, Path]]:
    """(device id, epoch, file) of every device card."""
    try:
        entries = list((folder / "devices").iterdir())
    except OSError:
        return []
    return sorted((m.group(1), int(m.group(2)), p) for p in entries if (m := _CARD.match(p.name)))


def card_path(folder: Path, device_id: str, epoch: int) -> Path:
    """Where the device card of ``device_id`` for team key ``epoch`` is kept."""
    return folder / "devices" / f"{device_id}.e{epoch}.abd"


def revocations(folder: Path) -> list[tuple[str, str, Path]]:
    """(revoked device, revoking device, file)."""
    try:
        entries = list((folder / "revoked").iterdir())
    except OSError:
        return []
    return sorted((m.group(1), m.group(2), p) for p in entries if (m := _REVOKED.match(p.name)))


def revocation_path(folder: Path, device_id: str, by: str) -> Path:
    """Where the revocation of ``device_id`` by the device ``by`` is kept."""
    return folder / "revoked" / f"{device_id}.by-{by}.abr"


def keys_path(folder: Path, epoch: int) -> Path:
    """The file that hands the team's earlier keys to holders of the key of ``epoch`` (written
    at a rotation, so that a device enrolling with the new passphrase still reads journals
    written before it, or by members that had not yet seen the rotation)."""
    return folder / "keys" / f"e{epoch}.abk"


def key_files(folder: Path) -> dict[int, Path]:
    """{epoch: file} of the key files in the folder."""
    try:
        entries = list((folder / "keys").iterdir())
    except OSError:
        return {}
    return {int(m.group(1)): p for p in entries if (m := _KEYS.match(p.name))}
