"""Build the installable application folder for this platform: dist/Abarona/.

    python packaging/build.py [--check] [--archive]

Runs PyInstaller on packaging/abarona.spec (needs `pip install 'pyinstaller>=6.10,<7'`),
scrubs the build machine's paths out of the native libraries, adds the desktop integration
files and the user guides, and runs the privacy check (the build fails on any finding).
--check then starts the bundle headless (packaging/smoke_test.py); --archive packs the
folder into one download (a .tar.gz on Linux and macOS, a .zip on Windows).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import privacy_check  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "Abarona"
VERSION = "0.1.0"  # keep in step with pyproject.toml


def fail(message: str) -> int:
    print(f"build: {message}", file=sys.stderr)
    return 1


def render_icon(target: Path, size: int = 512) -> Path:
    """The SVG icon as a PNG (PyInstaller turns it into .ico or .icns with Pillow)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter, Qt\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "app = QGuiApplication([])\n"
        "image = QImage(int(sys.argv[3]), int(sys.argv[3]), QImage.Format.Format_ARGB32)\n"
        "image.fill(Qt.GlobalColor.transparent)\n"
        "painter = QPainter(image); QSvgRenderer(sys.argv[1]).render(painter); painter.end()\n"
        "sys.exit(0 if image.save(sys.argv[2]) else 1)\n"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", code, str(ROOT / "resources" / "icons" / "abarona.svg"),
                    str(target), str(size)], check=True, env=env)
    return target


def run_pyinstaller() -> None:
    env = dict(os.environ)
    if sys.platform in ("win32", "darwin"):
        env["ABARONA_BUILD_ICON"] = str(render_icon(WORK / "abarona.png"))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(HERE / "abarona.spec")],
                   check=True, cwd=ROOT, env=env)


def add_integration_files(bundle: Path) -> None:
    """What a user sees next to the executables: install script, desktop entry, icon, guides."""
    if sys.platform.startswith("linux"):
        for name in ("install.sh", "abarona.desktop"):
            shutil.copy2(HERE / "linux" / name, bundle / name)
        (bundle / "install.sh").chmod(0o755)
        shutil.copy2(ROOT / "resources" / "icons" / "abarona.svg", bundle / "abarona.svg")
    guide = bundle / "guide"
    if guide.exists():
        shutil.rmtree(guide)
    guide.mkdir()
    # The guides in every interface language and the references, as Markdown and as HTML
    # with their pictures: Help → User guide shows them, and so does any browser.
    from desktop import docs

    for name in (*docs.GUIDES.values(), *docs.REFERENCES):
        if (ROOT / "docs" / name).exists():
            shutil.copy2(ROOT / "docs" / name, guide / name)
            docs.write_html(ROOT / "docs" / name, guide)
    shots = ROOT / "docs" / "screenshots"
    if shots.is_dir():
        shutil.copytree(shots, guide / "screenshots")
    readme = HERE / "README-bundle.txt"
    if readme.exists():
        shutil.copy2(readme, bundle / "README.txt")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def archive(bundle: Path) -> Path:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    stem = DIST / f"Abarona-{VERSION}-{system}-{machine}"
    if sys.platform == "win32":
        target = stem.with_suffix(".zip")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
            for path in sorted(bundle.rglob("*")):
                out.write(path, Path("Abarona") / path.relative_to(bundle))
        return target
    target = stem.with_name(stem.name + ".tar.gz")

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""  # the builder's user name stays on the builder
        return info

    with tarfile.open(target, "w:gz") as out:
        out.add(bundle, arcname="Abarona", filter=anonymous)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="start the built bundle headless and check it")
    parser.add_argument("--archive", action="store_true", help="pack the folder into one download")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return fail("PyInstaller is not installed: pip install 'pyinstaller>=6.10,<7'")
    started = time.perf_counter()
    try:
        run_pyinstaller()
    except subprocess.CalledProcessError as exc:
        return fail(f"PyInstaller failed (exit status {exc.returncode}); see its messages above")
    app = DIST / "Abarona.app"  # macOS: PyInstaller's BUNDLE step copies the folder into it
    for folder in (BUNDLE, app) if app.is_dir() else (BUNDLE,):
        scrubbed = privacy_check.scrub_bundle(folder)
        for name, count in scrubbed.items():
            print(f"build: scrubbed {count} build path(s) from {folder.name}/{name}")
            if sys.platform == "darwin":  # a changed binary needs its (ad hoc) signature again
                subprocess.run(["codesign", "--force", "--sign", "-", str(folder / name)], check=True)
    add_integration_files(BUNDLE)
    findings = privacy_check.check_bundle(BUNDLE, symbols=sys.platform.startswith("linux"))
    for finding in findings:
        print(finding, file=sys.stderr)
    if findings:
        return fail(f"the privacy check found {len(findings)} problem(s); the bundle must not ship")
    size = folder_size(BUNDLE)
    print(f"build: {BUNDLE.relative_to(ROOT)} is ready: {size / 1e6:.0f} MB unpacked, "
          f"built in {time.perf_counter() - started:.0f} s; privacy check clean")
    if args.archive:
        target = archive(BUNDLE)
        print(f"build: {target.relative_to(ROOT)} ({target.stat().st_size / 1e6:.0f} MB)")
    if args.check:
        import smoke_test

        return smoke_test.main([str(BUNDLE)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
