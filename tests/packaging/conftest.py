"""The packaging tests: fast checks of the scripts always; the bundle itself on request."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parent.parent.parent / "packaging"
sys.path.insert(0, str(PACKAGING))


def pytest_configure(config) -> None:
    # pyproject.toml runs with --strict-markers; this marker is ours to declare.
    config.addinivalue_line(
        "markers", "bundle: builds the PyInstaller bundle and runs it (minutes); "
        "runs only with ABARONA_BUNDLE_TEST=1")


@pytest.fixture
def packaging_dir() -> Path:
    return PACKAGING
