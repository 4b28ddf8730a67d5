"""Display of stored text: NUL, terminal escapes and bidi controls are shown, not obeyed."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from desktop.cases import interchange
from desktop.text import BIDI_CONTROLS, for_terminal, visible
from tests.conftest import PASSPHRASE
from tests.helpers import document


def test_visible_marks_each_hidden_character():
    assert visible("Kudin\u202enivaI") == "Kudin[U+202E]nivaI"
    assert visible("a\x00b") == "a\u2400b"
    assert visible("a\x1b[2Jb") == "a\u241b[2Jb"
    assert visible("line\nnext\tcol") == "line\nnext\tcol"
    assert visible(None) == ""


@given(st.text())
def test_nothing_hidden_survives_and_nothing_else_changes(text):
    for shown in (visible(text), for_terminal(text)):
        assert not any(ch in BIDI_CONTROLS or ch == "\x00" for ch in shown)
    if not any(ch in BIDI_CONTROLS or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in text.replace("\n", "").replace("\t", "").replace("\r", "")):
        assert visible(text) == text == for_terminal(text)


def test_cli_prints_bidi_controls_and_nul_as_escapes(run, vault_path):
    from db.vault import open_vault

    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            {"reference": "A-1", "kind": "extradition", "person": {"name": "Kudin\u202enivaI Aliaksei"},
             "summary": "note\u2066hidden\u2069"})))
    code, out, _ = run("--vault", vault_path, "show", "A-1")
    assert code == 0
    assert "Kudin\\u202enivaI" in out and "\u202e" not in out and "\u2066" not in out
    code, out, _ = run("--vault", vault_path, "show", "A-1", "--json")
    assert code == 0 and "\u202e" not in out
    assert "Kudin\u202enivaI Aliaksei" in json.dumps(json.loads(out), ensure_ascii=False)  # the value kept
