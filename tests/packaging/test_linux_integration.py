"""The Linux desktop entry and the menu install script (run for real into a temporary home)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop integration")

#: Keys of the Desktop Entry Specification (1.4) we use (and nothing else may appear).
KNOWN_KEYS = {"Type", "Version", "Name", "GenericName", "Comment", "Keywords", "Exec", "TryExec", "Icon",
              "Terminal", "StartupNotify", "StartupWMClass", "Categories"}


def read_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = {}
    for line in lines[1:]:
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        assert sep and key == key.strip(), line
        assert key not in entry, f"{key} twice"
        entry[key] = value
    return entry


def unescape_string(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "\\" + value[i + 1]))
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def exec_program(value: str) -> str:
    """The program an Exec= value runs, unquoted as the specification says."""
    value = unescape_string(value).replace("%%", "%")
    assert value.startswith('"') and value.endswith('"'), value
    inner, out, i = value[1:-1], [], 0
    while i < len(inner):
        if inner[i] == "\\":
            assert inner[i + 1] in '"`$\\', inner
            out.append(inner[i + 1])
            i += 2
        else:
            assert inner[i] not in '"`$', inner
            out.append(inner[i])
            i += 1
    return "".join(out)


def test_desktop_entry_follows_the_specification(packaging_dir):
    entry = read_entry(packaging_dir / "linux" / "abarona.desktop")
    base = {key.split("[")[0] for key in entry}
    assert base <= KNOWN_KEYS
    assert entry["Type"] == "Application" and entry["Name"] == "Abarona"
    assert entry["Exec"] == "abarona" and entry["Icon"] == "abarona" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == "abarona"  # ui/app.py: setDesktopFileName("abarona")
    for key in ("GenericName", "Comment", "Keywords"):
        assert f"{key}[ru]" in entry and f"{key}[be]" in entry
    assert entry["Keywords"].endswith(";") and entry["Keywords[ru]"].endswith(";")
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(packaging_dir / "linux" / "abarona.desktop")],
                              capture_output=True, text=True)
        assert proc.returncode == 0 and "error" not in proc.stdout.lower(), proc.stdout


@pytest.fixture
def fake_bundle(tmp_path, packaging_dir) -> Path:
    """A bundle folder whose path has every character the Exec quoting rules care about."""
    folder = tmp_path / 'Programs $HOME `x` "quoted" 100% back\\slash — Абарона' / "Abarona"
    folder.mkdir(parents=True)
    (folder / "abarona").write_text("#!/bin/sh\n")
    (folder / "abarona").chmod(0o755)
    shutil.copy2(packaging_dir / "linux" / "abarona.desktop", folder)
    shutil.copy2(packaging_dir / "linux" / "install.sh", folder)
    shutil.copy2(packaging_dir.parent / "resources" / "icons" / "abarona.svg", folder)
    return folder


def run_install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    return subprocess.run(["/bin/sh", str(folder / "install.sh"), *args], env=env, capture_output=True,
                          text=True, timeout=30)


def test_install_puts_an_entry_and_the_icon_in_the_users_menu_and_uninstall_removes_them(fake_bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    proc = run_install(fake_bundle, home)
    assert proc.returncode == 0, proc.stderr
    installed = home / ".local" / "share" / "applications" / "abarona.desktop"
    icon = home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "abarona.svg"
    assert icon.read_bytes() == (fake_bundle / "abarona.svg").read_bytes()
    entry = read_entry(installed)
    assert exec_program(entry["Exec"]) == str(fake_bundle / "abarona")
    assert unescape_string(entry["TryExec"]) == str(fake_bundle / "abarona")
    template = read_entry(fake_bundle / "abarona.desktop")
    assert {k: v for k, v in entry.items() if k not in ("Exec", "TryExec")} == \
        {k: v for k, v in template.items() if k not in ("Exec", "TryExec")}
    assert not list(installed.parent.glob("*.tmp")) and not list(icon.parent.glob("*.tmp"))
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(installed)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout

    assert run_install(fake_bundle, home).returncode == 0  # again: same result, no error
    assert read_entry(installed) == entry

    proc = run_install(fake_bundle, home, "--uninstall")
    assert proc.returncode == 0 and "not touched" in proc.stdout
    assert not installed.exists() and not icon.exists()


def test_install_honours_xdg_data_home_and_refuses_outside_a_bundle(fake_bundle, tmp_path):
    home = tmp_path / "home"
    data = tmp_path / "xdg data"
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_DATA_HOME": str(data)}
    proc = subprocess.run(["/bin/sh", str(fake_bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert proc.returncode == 0 and (data / "applications" / "abarona.desktop").is_file()
    assert not (home / ".local").exists()

    (fake_bundle / "abarona").unlink()
    proc = run_install(fake_bundle, home)
    assert proc.returncode == 1 and "run me from the Abarona folder" in proc.stderr
    assert run_install(fake_bundle, home, "--bogus").returncode == 2
