"""Check a built bundle for traces of the machine that built it, test data and debug symbols.

    python packaging/privacy_check.py [dist/Abarona] [--needle TEXT ...]

Looks inside every file of the bundle, and inside the archives PyInstaller embeds (the
executables' PKG archives and the compressed module archive within them, whose code
objects carry source file names) and zip files, for the build machine's paths: the source
folder, the virtual environment, the Python installation, the home folder and the
PyInstaller cache (plus any --needle). Also fails on our test modules or test data, vault
files, and native libraries that still carry debug information or symbol tables. Prints
one line per finding; exit status 0 when the bundle is clean, 1 otherwise.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_COOKIE = b"MEI\014\013\012\013\016"
#: File names that only tests or a user's data would bring (never part of the application).
_FORBIDDEN_SUFFIXES = (".abarona", ".abarona-wal", ".abarona-shm", ".tsv", ".hypothesis")
_OUR_TEST_PACKAGES = ("tests", "benchmarks", "docs")


@dataclass(frozen=True)
class Finding:
    kind: str  # "path", "test data", "debug symbols"
    where: str  # file in the bundle, and the archive member when there is one
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


def default_needles() -> list[str]:
    """The build machine's own paths, as they would appear in a leaked string."""
    candidates = {str(ROOT), sys.prefix, sys.base_prefix, sys.exec_prefix, str(Path.home()),
                  os.environ.get("VIRTUAL_ENV", "")}
    try:
        from PyInstaller import compat  # noqa: F401 - only to find PyInstaller's cache folder
        from PyInstaller.config import CONF  # noqa: F401
    except ImportError:
        pass
    cache = os.environ.get("PYINSTALLER_CONFIG_DIR") or str(Path.home() / ".cache" / "pyinstaller")
    candidates.add(cache)
    needles = set()
    for item in candidates:
        if not item or item in ("/", "\\"):
            continue
        needles.add(item.rstrip("/\\"))
        needles.add(os.path.realpath(item).rstrip("/\\"))
    return sorted(n for n in needles if len(n) > 1)


def _patterns(needles: list[str]) -> list[tuple[str, bytes]]:
    """Each needle as UTF-8 and as UTF-16-LE (Windows binaries keep wide strings), with a
    separator after it so that /root does not match /rootfs."""
    out = []
    for needle in needles:
        for sep in ("/", "\\"):
            text = needle + sep
            out.append((needle, text.encode("utf-8")))
            out.append((needle, text.encode("utf-16-le")))
    return out


def _members(path: Path, data: bytes) -> Iterator[tuple[str, bytes]]:
    """The file itself, then the contents of archives inside it (PKG, PYZ, zip)."""
    yield "", data
    if data[:4] == b"PK\x03\x04" or path.suffix in (".zip", ".egg", ".whl"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for name in archive.namelist():
                    yield name, archive.read(name)
        except zipfile.BadZipFile:
            pass
    if _COOKIE in data[-(1 << 20):] or (_COOKIE in data and path.suffix in ("", ".exe")):
        yield from _pkg_members(path)


def _pkg_members(path: Path) -> Iterator[tuple[str, bytes]]:
    try:
        from PyInstaller.archive.readers import CArchiveReader
    except ImportError:  # the check runs where the bundle was built, with PyInstaller
        return
    try:
        pkg = CArchiveReader(str(path))
    except Exception:  # noqa: BLE001 - not a PyInstaller executable after all
        return
    for name, entry in pkg.toc.items():
        typecode = entry[-1]
        if typecode == "z":
            pyz = pkg.open_embedded_archive(name)
            for module in pyz.toc:
                blob = pyz.extract(module, raw=True)
                yield f"{name}/{module}", blob or b""
        else:
            yield name, pkg.extract(name)


def _module_names(path: Path) -> Iterator[str]:
    try:
        from PyInstaller.archive.readers import CArchiveReader
        pkg = CArchiveReader(str(path))
    except Exception:  # noqa: BLE001
        return
    for name, entry in pkg.toc.items():
        yield name
        if entry[-1] == "z":
            yield from pkg.open_embedded_archive(name).toc


def _elf_sections(data: bytes) -> list[str]:
    """Section names of a 64- or 32-bit little-endian ELF file (empty if not one)."""
    if data[:4] != b"\x7fELF" or data[5] != 1:
        return []
    wide = data[4] == 2
    try:
        if wide:
            shoff, = struct.unpack_from("<Q", data, 0x28)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
        else:
            shoff, = struct.unpack_from("<I", data, 0x20)
            shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x2E)
        if not shoff or not shnum or shstrndx >= shnum:
            return []
        fmt = "<IIQQQQ" if wide else "<IIIIII"

        def header(i: int) -> tuple:
            return struct.unpack_from(fmt, data, shoff + i * shentsize)

        strtab = header(shstrndx)
        str_offset, str_size = strtab[4], strtab[5]
        names = []
        for i in range(shnum):
            name_offset = header(i)[0]
            start = str_offset + name_offset
            end = data.index(b"\0", start, str_offset + str_size)
            names.append(data[start:end].decode("ascii", "replace"))
        return names
    except (struct.error, ValueError):
        return []


def check_bundle(bundle: Path, needles: list[str] | None = None, *, symbols: bool = True) -> list[Finding]:
    bundle = Path(bundle)
    if not bundle.is_dir():
        raise FileNotFoundError(f"{bundle} is not a folder (build the bundle first)")
    patterns = _patterns(default_needles() if needles is None else needles)
    findings: list[Finding] = []
    for path in sorted(p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()):
        rel = path.relative_to(bundle).as_posix()
        parts = rel.split("/")
        if rel.endswith(_FORBIDDEN_SUFFIXES) or any(p in ("tests", ".hypothesis") for p in parts[:-1]) \
                or parts[-1] == "conftest.py":
            findings.append(Finding("test data", rel, "a test or data file has no place in the bundle"))
        data = path.read_bytes()
        for member, blob in _members(path, data):
            for needle, pattern in patterns:
                if pattern in blob:
                    where = f"{rel}!{member}" if member else rel
                    findings.append(Finding("path", where, f"contains {needle!r}"))
                    break
        for module in _module_names(path) if data[:4] == b"\x7fELF" or path.suffix == ".exe" else ():
            if module.split(".")[0] in _OUR_TEST_PACKAGES:
                findings.append(Finding("test data", f"{rel}!{module}", "a test or benchmark module"))
        if symbols:
            sections = _elf_sections(data)
            debug = sorted({s for s in sections if s.startswith((".debug_", ".zdebug_")) or s == ".symtab"})
            if debug:
                findings.append(Finding("debug symbols", rel, ", ".join(debug)))
    return findings


def scrub_bytes(data: bytes, needles: list[str]) -> tuple[bytes, int]:
    """Overwrite each needle (UTF-8 and UTF-16-LE) with as many slashes, in place.

    A path keeps its length, so offsets inside a binary stay valid, and stays a valid path
    that names nothing of the build machine: "/home/example-builder/.pyenv/versions/3.11.7/lib"
    becomes "////////////////////////////////lib", which is "/lib". Used for the compiled-in
    prefixes and library search paths of a Python built under someone's home folder.
    """
    count = 0
    for needle in sorted(set(needles), key=len, reverse=True):
        for encoded, slash in ((needle.encode("utf-8"), b"/"),
                               (needle.encode("utf-16-le"), "/".encode("utf-16-le"))):
            found = data.count(encoded)
            if found:
                data = data.replace(encoded, slash * (len(encoded) // len(slash)))
                count += found
    return data, count


def scrub_file(path: Path, needles: list[str]) -> int:
    """Scrub one file of the bundle (native libraries, not archives); replaces the file
    rather than writing into it, in case it is a hard link into a build cache."""
    data = path.read_bytes()
    cleaned, count = scrub_bytes(data, needles)
    if count:
        tmp = path.with_name(path.name + ".scrub")
        tmp.write_bytes(cleaned)
        os.chmod(tmp, path.stat().st_mode)
        os.replace(tmp, path)
    return count


def scrub_bundle(bundle: Path, needles: list[str] | None = None) -> dict[str, int]:
    """Scrub every native file of the bundle; returns {relative path: replacements}.
    Zip files are skipped; the executables' embedded archives hold compressed modules, so
    those are cleaned before PyInstaller packs them (see abarona.spec), and check_bundle()
    looks inside them afterwards."""
    needles = default_needles() if needles is None else needles
    done = {}
    for path in sorted(p for p in Path(bundle).rglob("*") if p.is_file() and not p.is_symlink()):
        head = path.read_bytes()[:4]
        if head == b"PK\x03\x04":
            continue
        count = scrub_file(path, needles)
        if count:
            done[path.relative_to(bundle).as_posix()] = count
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "Abarona")
    parser.add_argument("--needle", action="append", default=[],
                        help="another string that must not appear (repeatable)")
    parser.add_argument("--no-symbols", action="store_true", help="skip the debug-symbol check "
                        "(for platforms whose binaries are not ELF)")
    args = parser.parse_args(argv)
    try:
        findings = check_bundle(args.bundle, default_needles() + args.needle, symbols=not args.no_symbols)
    except FileNotFoundError as exc:
        print(f"privacy check: {exc}", file=sys.stderr)
        return 2
    for finding in findings:
        print(finding)
    files = sum(1 for p in args.bundle.rglob("*") if p.is_file())
    print(f"privacy check: {files} files, {len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
