"""The demo's made-up cases: the same seed gives the same document, byte for byte, with the
tables read from resources/demo_data.toml (issue 18, item 3)."""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from desktop.demo import synthetic
from tests.conftest import PYTHON, ROOT

#: SHA-256 of json.dumps(generate_document(...), ensure_ascii=False), taken before the tables
#: moved out of the code: a change of a table or of a rule that uses one shows here.
DIGESTS = {
    (1, 400, 20): "b6a01dd9242716c7d4470daac4490107860ee4da38e41f6137a4abe79e2f6d27",
    (2, 150, 5): "698909c64c6eb517beffe042ef34a38dd18312e439e94ad025dc313045ad93cf",
    (7, 60, 40): "7e2b77d3ab4a4966305e02d5ff2ed3b58f1a6c2f1fa3e1a2e3bc62da8992917b",
    (123, 1, 0): "9e48af7a3784228fb14ce93ba7275e9a3bb06580606a753616f22314f3c6dee7",
}


@pytest.mark.parametrize("seed, cases, events", list(DIGESTS))
def test_a_seed_gives_the_same_document_as_before(seed, cases, events):
    document = synthetic.generate_document(cases=cases, events_per_case=events, seed=seed)
    text = json.dumps(document, ensure_ascii=False)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == DIGESTS[(seed, cases, events)]


def test_the_command_writes_the_same_file_under_another_hash_seed(tmp_path):
    """The file the command writes, in a fresh process with another PYTHONHASHSEED, is the
    document generated here (the TOML tables keep their order)."""
    out = tmp_path / "cases.json"
    subprocess.run([PYTHON, "-m", "desktop.demo.synthetic", "--cases", "40", "--seed", "3", "-o", str(out)],
                   cwd=ROOT, env={"PYTHONHASHSEED": "12345", "PATH": ""}, check=True, capture_output=True)
    expected = json.dumps(synthetic.generate_document(cases=40, seed=3), ensure_ascii=False) + "\n"
    assert out.read_bytes() == expected.encode("utf-8")


def test_the_tables_are_data_with_their_weights_kept():
    assert synthetic._MALE_GIVEN[1] == ("Дмитрий", "Дзмітрый", "Dzmitry", "Dmitry", "Dźmitry")
    assert synthetic._BY_ARTICLES.count("342") == 4  # repetition is the weight
    assert list(synthetic._TEXTS)[:2] == ["arrest", "custody_ordered"]
    assert all(len(spellings) == 5 for spellings in synthetic.MALE_SURNAMES + synthetic.FEMALE_SURNAMES)
