"""Crash safety and no plaintext on disk, tested with kill -9 against real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time

import pytest

from db.vault import check, open_vault
from desktop.cases import service as svc
from desktop.cases import interchange
from tests.conftest import PASSPHRASE, PYTHON, ROOT, cli_env
from tests.helpers import case_dict, document

MARKERS = ["Zqxjv7Marker", "Маркерщжюя", "Łacinkaŭźmarker", "ЎмаркерІі"]

_WRITER = """
import sys
from db.records import Case, Event, Person
from db.vault import open_vault
from desktop.cases import service as svc
vault = open_vault(sys.argv[1], sys.argv[2])
i = 0
while True:
    case = Case(reference=f"W-{i:05d}", kind="abduction", person=Person(f"Person {i}"),
                events=[Event("contact_lost", "2024-01-01", text="x" * 2000)])
    svc.create_case(vault, case)
    print(case.reference, flush=True)  # acknowledged: the transaction has committed
    i += 1
"""


@pytest.mark.slow
def test_kill_during_stream_of_writes_loses_no_acknowledged_change(vault_path, tmp_path):
    writer = subprocess.Popen([PYTHON, "-c", _WRITER, str(vault_path), PASSPHRASE], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True, env=cli_env(tmp_path))
    acknowledged = []
    try:
        while len(acknowledged) < 60:
            line = writer.stdout.readline()
            assert line, "the writer died"
            acknowledged.append(line.strip())
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert check(vault).ok
        stored = {row.reference for row in svc.list_cases(vault)}
    assert set(acknowledged) <= stored


def _marked_document(cases: int) -> dict:
    result = []
    for i in range(cases):
        c = case_dict(f"M-{i:05d}", summary=f"notes {MARKERS[0]} {MARKERS[1]}")
        c["person"]["name"] = f"{MARKERS[2]} {i}"
        c["person"]["names"] = [{"value": f"{MARKERS[3]} {i}", "lang": "be"}]
        for event in c["events"]:
            event["text"] = f"{MARKERS[1]} event {i}"
        c["events"] = c["events"] * 5
        result.append(c)
    return document(*result)


def _files_under(*folders):
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                yield os.path.join(root, name)


def _assert_no_markers(*folders):
    needles = [m.encode(enc) for m in MARKERS for enc in ("utf-8", "utf-16-le")]
    needles += [m.lower().encode() for m in MARKERS]
    checked = 0
    for path in _files_under(*folders):
        data = open(path, "rb").read()
        checked += 1
        for needle in needles:
            assert needle not in data, f"plaintext {needle!r} found in {os.path.basename(path)}"
    return checked


@pytest.mark.slow
def test_no_plaintext_in_any_file_written_even_after_kill(vault_path, tmp_path):
    own_folder = tmp_path / "vault"
    own_folder.mkdir()
    vault_path = vault_path.rename(own_folder / vault_path.name)
    source = tmp_path / "source"
    source.mkdir()
    import_file = source / "cases.json"
    import_file.write_text(json.dumps(_marked_document(2000), ensure_ascii=False), encoding="utf-8")
    env = cli_env(tmp_path)
    importer = subprocess.Popen(
        [PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "import", str(import_file)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wal = vault_path.with_name(vault_path.name + "-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and importer.poll() is None:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.01)
    assert importer.poll() is None, "the import ended before it could be interrupted"
    importer.send_signal(signal.SIGKILL)
    importer.wait()
    assert wal.exists()  # killed mid-transaction: the WAL holds the uncommitted pages
    assert _assert_no_markers(vault_path.parent, env["TMPDIR"]) >= 2
    with open_vault(vault_path, PASSPHRASE) as vault:  # all or nothing: nothing
        assert svc.list_cases(vault) == []
        assert check(vault).ok
    # a complete import (a smaller file: the kill needed a large one), then a clean close:
    # still nothing readable
    import_file.write_text(json.dumps(_marked_document(300), ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [PYTHON, "-m", "desktop.cli", "--vault", str(vault_path), "import", str(import_file)],
        cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    _assert_no_markers(vault_path.parent, env["TMPDIR"])
    with open_vault(vault_path, PASSPHRASE) as vault:
        assert len(svc.search(vault, MARKERS[2])) == 300  # the data is there, encrypted


def test_export_is_the_only_plaintext_and_only_where_asked(vault, tmp_path):
    interchange.import_cases(vault, interchange.read_cases(_marked_document(3)))
    out = tmp_path / "chosen" / "export.json"
    out.parent.mkdir()
    interchange.export_file(vault, out)
    assert MARKERS[0] in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["export.json"]
