"""Issue 12, item 11: adding a large document, closing and opening the vault, backing it up,
verifying the backup, handing the case off and saving a copy out stream in chunks: the peak
memory of a real process stays within the budget whatever the size of the document.

The script (benchmarks/bench_documents.py, whose 1 GB run is the benchmark) runs in a fresh
process that reads its own peak from /proc/self/status (VmHWM): the peak is its own, not
the test runner's (getrusage's ru_maxrss in a child counts the parent's memory at the fork).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from benchmarks.bench_documents import BUDGET_MB, measure
from db.errors import DiskFull
from db.vault import create_vault, open_vault
from desktop.cases import documents
from tests.conftest import PASSPHRASE
from tests.desktop.test_backups import fill

#: Larger than the budget: a step that held the document whole would exceed it. The streaming
#: code needs about 110-125 MB whatever the size (the vault's 64 MiB page cache, filled by the
#: new chunks, and the connections reading the backup): measured the same for 64 MB, 256 MB
#: and 1 GB documents.
SIZE_MB = 256


@pytest.mark.large  # a 256 MB document through every step: a minute and more on two cores
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_memory_stays_flat_with_a_large_document(tmp_path):
    found = measure(tmp_path, SIZE_MB, timeout=900)
    assert found["size_mb"] > BUDGET_MB
    assert all(grown <= BUDGET_MB for grown in found["peak_mb"].values()), found


@pytest.fixture
def small_disk(tmp_path):
    """An 8 MB file system of the test's own (tmpfs), if this process may mount one."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small file system is not permitted here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _file(path, megabytes):
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(megabytes << 20))
    return path


def test_a_document_the_disk_cannot_take_is_refused_before_anything_is_written(small_disk, tmp_path):
    vault = create_vault(small_disk / "vault.abarona", PASSPHRASE, author="A")
    case_id = fill(vault, references=("BY-2021-003",))[0]
    before = documents.list_documents(vault, case_id)
    with pytest.raises(DiskFull) as info:  # about twice its size: the -wal file, then the vault file
        documents.add_file(vault, case_id, _file(tmp_path / "scan.pdf", 3))
    assert "MB free" in str(info.value) and "Nothing was added" in str(info.value)
    assert documents.list_documents(vault, case_id) == before
    assert vault.checkpoint()
    assert (small_disk / "vault.abarona-wal").stat().st_size == 0  # nothing was written, not even there
    added = documents.add_file(vault, case_id, _file(tmp_path / "letter.pdf", 1))  # one that fits
    vault.close()
    with open_vault(small_disk / "vault.abarona", PASSPHRASE) as vault:
        assert documents.read_document(vault, added.id) == (tmp_path / "letter.pdf").read_bytes()
        assert len(documents.list_documents(vault, case_id)) == len(before) + 1


def test_a_preview_never_reads_a_large_document_whole(vault, tmp_path):
    case_id = fill(vault, references=("BY-2021-003",))[0]
    added = documents.add_file(vault, case_id, _file(tmp_path / "scan.pdf", 2))
    assert len(documents.read_document(vault, added.id, limit=added.size)) == added.size
    with pytest.raises(documents.DocumentTooLarge):
        documents.read_document(vault, added.id, limit=added.size - 1)
