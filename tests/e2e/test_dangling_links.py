"""A symbolic link that points nowhere is a name in use: every command that writes a file the
user names refuses it, as it refuses an existing file, and the link is left as it was (found
trying the CLI: `export --yes` replaced such a link with a file of case data)."""

from __future__ import annotations

import json
import os

import pytest

from tests.helpers import case_dict, document

WRITERS = {
    "export": ("export", "{out}", "--yes"),
    "report": ("report", "case", "BY-2021-003", "-o", "{out}"),
    "draft": ("draft", "BY-2021-003", "--body", "un-hrc", "-o", "{out}", "--yes"),
    "huridocs": ("huridocs", "{out}", "--yes"),
    "ical": ("deadlines", "--ical", "{out}", "--yes"),
    "handoff": ("handoff", "export", "BY-2021-003", "-o", "{out}"),
}
SUFFIX = {"report": ".pdf", "draft": ".docx", "ical": ".ics", "handoff": ".abarona"}


@pytest.fixture
def filled(run, vault_path, tmp_path):
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(case_dict("BY-2021-003")), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    return vault_path


@pytest.mark.parametrize("writer", list(WRITERS))
def test_a_link_to_nowhere_is_not_replaced(run, filled, tmp_path, writer):
    link = tmp_path / f"out{SUFFIX.get(writer, '.json')}"
    os.symlink(tmp_path / "gone" / "nothing-here", link)
    code, out, err = run("--vault", filled, *(a.format(out=link) for a in WRITERS[writer]))
    assert code != 0 and "Traceback" not in err, out + err
    assert link.is_symlink() and os.readlink(link) == str(tmp_path / "gone" / "nothing-here")
    assert not (tmp_path / "gone").exists()


def test_init_refuses_a_link_to_nowhere(run, tmp_path, monkeypatch):
    link = tmp_path / "new.abarona"
    os.symlink(tmp_path / "elsewhere.abarona", link)
    monkeypatch.setenv("ABARONA_PASSPHRASE", "a new vault's passphrase, long enough")
    code, _, err = run("--vault", link, "init")
    assert code != 0 and link.is_symlink() and not (tmp_path / "elsewhere.abarona").exists(), err
