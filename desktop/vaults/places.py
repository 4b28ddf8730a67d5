"""Where a vault should not live: folders that a sync client copies, and network drives
(issue 12, item 3).

A sync client (Dropbox, OneDrive, Google Drive, Nextcloud/ownCloud, Syncthing, iCloud) copies
the vault file while it is open, without its ``-wal`` file, so the copy misses recent changes,
and two computers' copies can overwrite each other. SQLite's write-ahead log, which the vault
uses, does not work on network file systems (https://www.sqlite.org/wal.html: "WAL does not
work over a network filesystem"): the lock and the shared memory are local to one computer.

How each is recognised (none is certain; a warning, never a refusal):

- Dropbox: a ``.dropbox`` or ``.dropbox.cache`` entry in the folder or one above it.
- OneDrive: a folder named ``OneDrive`` or ``OneDrive - …`` above it, or the folders the
  ``OneDrive``/``OneDriveCommercial``/``OneDriveConsumer`` environment variables name (Windows).
- Google Drive: a folder ``Google Drive``, ``My Drive`` or ``GoogleDrive-…`` (macOS
  ``~/Library/CloudStorage``) above it, or a ``.tmp.drivedownload`` entry.
- Nextcloud and ownCloud: a ``.sync_*.db``, ``._sync_*.db`` or ``.owncloudsync.log`` file in
  the folder or one above it (the desktop client's journal).
- Syncthing: a ``.stfolder`` entry in the folder or one above it.
- iCloud Drive: ``Mobile Documents`` or ``iCloud Drive`` above it (macOS).
- Network drives: on Linux, the file system type of the mount the folder is on (``/proc/mounts``:
  nfs, cifs/smb, sshfs, WebDAV, 9p, AFS, Ceph, GlusterFS, rclone...); on Windows, a UNC path
  (``\\\\server\\share``) or a drive Windows reports as remote. macOS: not detected (documented).
"""

from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass
from pathlib import Path

#: (kind, the product's name, marker entries found in the folder or above it, folder names above it)
_SYNC = (
    ("dropbox", "Dropbox", (".dropbox", ".dropbox.cache"), ()),
    ("onedrive", "OneDrive", (), ("OneDrive", "OneDrive - *")),
    ("google_drive", "Google Drive", (".tmp.drivedownload", ".tmp.driveupload"), ("Google Drive", "My Drive",
                                                                                   "GoogleDrive-*")),
    ("nextcloud", "Nextcloud or ownCloud", (".sync_*.db", "._sync_*.db", ".owncloudsync.log", ".nextcloudsync.log"),
     ()),
    ("syncthing", "Syncthing", (".stfolder",), ()),
    ("icloud", "iCloud Drive", (), ("Mobile Documents", "iCloud Drive")),
)

_NETWORK_TYPES = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs",
                  "9p", "davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse",
                  "fuse.glusterfs", "lustre", "gpfs", "beegfs", "fuse.s3fs", "fuse.smbnetfs"}


@dataclass(frozen=True)
class PlaceWarning:
    """``kind``: dropbox, onedrive, google_drive, nextcloud, syncthing, icloud or network;
    ``service``: its name; ``message``: the warning in English (the GUI words it from kind)."""

    kind: str
    service: str
    message: str


def check_place(path: str | os.PathLike[str]) -> PlaceWarning | None:
    """A warning when the vault at ``path`` (existing or about to be created) sits in a synced
    folder or on a network drive; None otherwise. Never raises."""
    try:
        folder = Path(os.path.realpath(path)).parent
        found = _synced(folder)
        if found:
            kind, service = found
            return PlaceWarning(kind, service, (
                f"This vault is in a folder that {service} keeps in sync. A sync client copies the vault while it "
                "is open, without its -wal file, so the copy misses recent changes, and copies from two "
                "computers can overwrite each other. Keep the vault in a folder that is not synced, and make "
                "backups instead (they are encrypted and checked)."))
        fstype = _network_type(folder)
        if fstype:
            return PlaceWarning("network", fstype, (
                f"This vault is on a network drive ({fstype}). The vault's write-ahead log does not work over a "
                "network file system: another computer can damage it or miss changes. Keep the vault on this "
                "computer's own disk, and make backups to the network drive instead."))
    except (OSError, ValueError):
        return None
    return None


def _synced(folder: Path) -> tuple[str, str] | None:
    env_roots = [os.environ.get(v) for v in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")]
    for root in filter(None, env_roots):
        try:
            if folder == Path(root) or Path(root) in folder.parents:
                return "onedrive", "OneDrive"
        except ValueError:
            continue
    for current in (folder, *folder.parents):
        try:
            names = os.listdir(current)
        except OSError:
            names = []
        for kind, service, markers, _folders in _SYNC:
            if any(fnmatch.filter(names, pattern) for pattern in markers):
                return kind, service
        for kind, service, _markers, folder_names in _SYNC:
            if any(fnmatch.fnmatch(current.name, pattern) for pattern in folder_names):
                return kind, service
    return None


def _network_type(folder: Path) -> str | None:
    if sys.platform == "win32":
        return _windows_remote(folder)
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            mounts = [line.split() for line in handle]
    except OSError:
        return None
    best, fstype = "", ""
    text = str(folder)
    for fields in mounts:
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype if fstype in _NETWORK_TYPES else None


def _windows_remote(folder: Path) -> str | None:
    text = str(folder)
    if text.startswith("\\\\"):
        return "network share"
    try:
        import ctypes

        DRIVE_REMOTE = 4
        if ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == DRIVE_REMOTE:  # type: ignore[attr-defined]
            return "network drive"
    except (OSError, AttributeError, ValueError):
        return None
    return None
