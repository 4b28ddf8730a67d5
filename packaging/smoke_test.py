"""Start a built bundle headless, as a user's machine would, and check that it works.

    python packaging/smoke_test.py [dist/Abarona] [--runs 5]

The bundle is copied to a fresh folder (it must not depend on where it was built) and every
command runs with an empty environment, offscreen, and on Linux inside a sandbox (a user
and mount namespace from `unshare`) that hides every Python installation of this machine
and has no network. In there: the CLI creates a vault (`init`) and checks it (`check`), a
wrong passphrase gets its own exit status and no traceback, the GUI starts to the unlock
screen, opens the demo vault and exercises every library that ships data files or native
code (see packaging/entry_gui.py), and the CLI then reads the demo vault the GUI made.
Finally it times the start to the first paint of the unlock screen. Prints a JSON summary;
exit status 0 when everything passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "смок-тэст: ў і ł ś ž ŭ — 2026"
EXE = ".exe" if sys.platform == "win32" else ""
EXIT_PASSPHRASE = 3  # desktop/cli.py


@dataclass
class SmokeResult:
    sandbox: str = "none"
    checks: dict[str, bool] = field(default_factory=dict)
    notes: dict[str, object] = field(default_factory=dict)
    start_seconds: list[float] = field(default_factory=list)
    size_mb: float = 0.0

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "ok": self.ok}, ensure_ascii=False, indent=2)


def python_locations() -> list[str]:
    """Folders that hold a Python of this machine (hidden in the sandbox)."""
    places = {sys.prefix, sys.base_prefix, sys.exec_prefix, sysconfig.get_paths()["stdlib"]}
    for base in ("/usr/lib", "/usr/local/lib", "/usr/lib64", "/usr/local/lib64"):
        if os.path.isdir(base):
            places.update(str(p) for p in Path(base).glob("python3*") if p.is_dir())
    places = {os.path.realpath(p) for p in places if p and os.path.isdir(p)}
    # Hide a folder once: drop those inside another hidden one.
    return sorted(p for p in places if not any(p != q and p.startswith(q + os.sep) for q in places))


def sandbox_available() -> bool:
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "--net", "--fork",
                            "/bin/sh", "-c", "mount -t tmpfs none /mnt 2>/dev/null || mount -t tmpfs none /tmp"],
                           capture_output=True)
    return probe.returncode == 0


_SANDBOX_SCRIPT = ('while [ "$1" != -- ]; do mount -t tmpfs -o size=64k tmpfs "$1" || exit 97; shift; done; '
                   'shift; exec "$@"')


class Runner:
    """Runs the bundle's programs with a clean environment, sandboxed where possible."""

    def __init__(self, home: Path, sandbox: bool) -> None:
        self.sandbox = sandbox
        self.hidden = python_locations() if sandbox else []
        self.env = {
            "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("SystemRoot", "") + r"\system32",
            "HOME": str(home), "TMPDIR": str(home / "tmp"), "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_RUNTIME_DIR": str(home / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        if os.name == "nt":  # Windows needs these to start anything at all
            for key in ("SystemRoot", "SystemDrive", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"):
                if key in os.environ:
                    self.env[key] = os.environ[key]
        for sub in ("tmp", "data", "config", "cache", "runtime"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        (home / "runtime").chmod(0o700)

    def command(self, argv: list[str]) -> list[str]:
        if not self.sandbox:
            return argv
        return ["unshare", "--user", "--map-root-user", "--mount", "--net", "--fork",
                "/bin/sh", "-c", _SANDBOX_SCRIPT, "sh", *self.hidden, "--", *argv]

    def run(self, argv: list[str], timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(argv), env={**self.env, **env}, capture_output=True,
                              timeout=timeout, text=True, encoding="utf-8", errors="replace")


def _no_traceback(proc: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def run_smoke(bundle: Path, *, runs: int = 5, sandbox: bool | None = None, copy: bool = True) -> SmokeResult:
    bundle = Path(bundle).resolve()
    if not (bundle / f"abarona{EXE}").is_file():
        raise FileNotFoundError(f"no bundle at {bundle} (build it: python packaging/build.py)")
    result = SmokeResult()
    result.size_mb = round(sum(p.stat().st_size for p in bundle.rglob("*")
                               if p.is_file() and not p.is_symlink()) / 1e6, 1)
    use_sandbox = sandbox_available() if sandbox is None else sandbox
    result.sandbox = "unshare: no Python, no network" if use_sandbox else "none (clean environment only)"
    with tempfile.TemporaryDirectory(prefix="abarona-smoke-") as tmp:
        tmp_path = Path(tmp)
        app = tmp_path / "moved" / "Abarona"
        if copy:
            shutil.copytree(bundle, app, symlinks=True)
        else:
            app = bundle
        home = tmp_path / "home"
        runner = Runner(home, use_sandbox)
        gui, cli = str(app / f"abarona{EXE}"), str(app / f"abarona-cli{EXE}")
        check = result.checks

        if use_sandbox:
            probes = [runner.run([p, "-c", "import json"]) for p in ("python3", "python")]
            check["no Python in the sandbox"] = all(p.returncode != 0 for p in probes)

        proc = runner.run([cli, "--help"])
        check["cli --help"] = proc.returncode == 0 and "abarona-cli" in proc.stdout

        vault = home / "work" / "new vault — справы.abarona"
        proc = runner.run([cli, "--vault", str(vault), "init", "--author", "Ганна Іванова"],
                          ABARONA_NEW_PASSPHRASE=PASSPHRASE)
        check["cli init creates a vault"] = proc.returncode == 0 and vault.is_file() and vault.stat().st_size > 0
        proc = runner.run([cli, "--vault", str(vault), "check"], ABARONA_PASSPHRASE=PASSPHRASE)
        check["cli check: intact"] = proc.returncode == 0 and "intact" in proc.stdout
        proc = runner.run([cli, "--vault", str(vault), "check"], ABARONA_PASSPHRASE="wrong")
        check["cli wrong passphrase: own exit status, no traceback"] = (
            proc.returncode == EXIT_PASSPHRASE and _no_traceback(proc) and proc.stderr.startswith("abarona-cli:"))

        report = home / "self-test.json"
        proc = runner.run([gui], timeout=180, ABARONA_BUNDLE_SELF_TEST=str(report))
        facts = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else {}
        result.notes["gui self-test"] = facts.get("checks", {})
        if proc.returncode != 0:
            result.notes["gui stderr (last lines)"] = proc.stderr.strip().splitlines()[-8:]
        check["gui: unlock screen, demo vault, libraries"] = proc.returncode == 0 and facts.get("ok") is True

        demo = home / "data" / "Abarona" / "demo.abarona"
        proc = runner.run([cli, "--vault", str(demo), "cases", "--json"], ABARONA_PASSPHRASE="demo")
        try:
            count = len(json.loads(proc.stdout))
        except ValueError:
            count = 0
        result.notes["demo cases read by the cli"] = count
        check["cli reads the demo vault the gui made"] = proc.returncode == 0 and count > 0
        proc = runner.run([cli, "--vault", str(demo), "check"], ABARONA_PASSPHRASE="demo")
        check["cli check of the demo vault"] = proc.returncode == 0

        for _ in range(runs):
            report.unlink(missing_ok=True)
            started = time.perf_counter()
            proc = runner.run([gui], ABARONA_BUNDLE_SELF_TEST=str(report), ABARONA_BUNDLE_SELF_TEST_MODE="start")
            elapsed = time.perf_counter() - started
            if proc.returncode == 0:
                result.start_seconds.append(round(elapsed, 3))
        check["gui starts to the unlock screen every time"] = len(result.start_seconds) == runs
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "Abarona")
    parser.add_argument("--runs", type=int, default=5, help="timed starts to the unlock screen")
    parser.add_argument("--no-sandbox", action="store_true", help="run without the unshare sandbox")
    args = parser.parse_args(argv)
    try:
        result = run_smoke(args.bundle, runs=args.runs, sandbox=False if args.no_sandbox else None)
    except FileNotFoundError as exc:
        print(f"smoke test: {exc}", file=sys.stderr)
        return 2
    print(result.to_json())
    failed = [name for name, passed in result.checks.items() if not passed]
    print("smoke test: " + ("passed" if not failed else "FAILED: " + "; ".join(failed)), file=sys.stderr)
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
