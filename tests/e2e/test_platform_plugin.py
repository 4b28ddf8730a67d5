"""`abarona` on a machine where Qt cannot load its platform plugin: a list of the system
packages to install, not Qt's bare abort (issue 18, item 8)."""

from __future__ import annotations

import subprocess

from tests.conftest import PYTHON, ROOT, cli_env
from ui import platform_libs


def test_no_display_prints_the_packages_qt_needs(tmp_path):
    env = cli_env(tmp_path, QT_QPA_PLATFORM="xcb")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"):
        env.pop(name, None)
    done = subprocess.run([PYTHON, "-c", "import sys; from ui.app import main; sys.exit(main())"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1  # not Qt's abort (-6)
    err = done.stderr
    assert "could not open its window" in err and "Traceback" not in err
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "xcb-util-wm", "xcb-util-keysyms"):
        assert package in err
    assert "sudo apt install " + " ".join(platform_libs.debian_packages()) in err
    assert "sudo dnf install " + " ".join(platform_libs.fedora_packages()) in err


def test_a_missing_library_is_named_with_its_packages(monkeypatch):
    monkeypatch.setattr(platform_libs, "LIBRARIES", platform_libs.LIBRARIES + (
        ("libabarona-nonexistent.so.9", "libabarona-nonexistent9", "abarona-nonexistent"),))
    text = platform_libs.message("Could not load the Qt platform plugin \"xcb\"")
    # The machine running the tests may itself lack some of the real libraries; they are
    # named on the same line, before the one added here.
    line = next(line for line in text.splitlines() if line.startswith("Missing on this system: "))
    assert line.endswith("libabarona-nonexistent.so.9 (package libabarona-nonexistent9 on "
                         "Debian/Ubuntu, abarona-nonexistent on Fedora)")
    for lib in platform_libs.missing_libraries():
        assert lib in line


def test_the_readme_lists_the_same_packages():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "sudo apt install " + " ".join(platform_libs.debian_packages()) in readme
    assert "sudo dnf install " + " ".join(platform_libs.fedora_packages()) in readme
