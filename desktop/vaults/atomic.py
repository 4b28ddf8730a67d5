"""Writing a file where the user chose, whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Make a written file's content durable (raises OSError)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a new name in a folder durable; best effort (not every OS or file system syncs
    a directory)."""
    with contextlib.suppress(OSError):
        fsync_file(folder)


def disk_full(exc: BaseException) -> bool:
    """Whether a failed write (an OSError, or a driver error with ``sqlite_errorname``) was a
    full drive, or a file larger than the drive or the process may write: anywhere in the
    chain of errors that led to ``exc`` (a ROLLBACK refused after a failed COMMIT hides the
    SQLITE_FULL before it)."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        name = getattr(link, "sqlite_errorname", "") or ""
        if name.startswith("SQLITE_FULL") or getattr(link, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return True
        link = link.__cause__ or link.__context__
    return False


class WriteFailed(OSError):
    """The file could not be written; nothing was left under its name. str() is the plain
    message (no "[Errno N]")."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def write_atomically(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or an iterable of byte chunks) to a temporary name in the target
    folder (created 0600), fsync, then rename over ``path`` and fsync the folder.

    The temporary file holds only what the final file will; it lives in the folder the
    user chose, never in a shared temp directory, and is removed if anything fails.
    Raises WriteFailed (an OSError with a plain message: a full disk, a read-only folder);
    whatever the iterable raises passes through, and the temporary file is removed."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteFailed(exc.errno, _cannot_write(folder, exc)) from None
    size = len(data) if isinstance(data, (bytes, bytearray, memoryview)) else None
    try:
        with os.fdopen(fd, "wb") as handle:
            for block in ([data] if isinstance(data, (bytes, bytearray, memoryview)) else data):
                handle.write(block)  # chunk by chunk: memory does not grow with the file
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_folder(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            needs = f" (it needs about {_size(size)})" if size else ""
            message = (f"could not write {path.name}: the drive is full (or does not take a file this large){needs}; "
                       "nothing was kept: free some space or choose another drive")
        else:
            message = _cannot_write(folder, exc)
        raise WriteFailed(exc.errno, message) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _size(n: int) -> str:
    return f"{max(n, 1000) / 1000:.0f} KB" if n < 1_000_000 else f"{n / 1_000_000:.1f} MB"


def _cannot_write(folder: Path, exc: OSError) -> str:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (f"nothing was written: the folder {folder} cannot be written (a read-only drive, or no "
                "permission); choose another folder")
    return f"cannot write in {folder} ({exc.strerror or exc}); nothing was written"
