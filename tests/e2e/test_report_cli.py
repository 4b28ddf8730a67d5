"""abarona-cli report case|aggregate: real files, plain messages, the audit trail."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document




@pytest.fixture
def filled(run, vault_path, tmp_path):
    source = tmp_path / "cases.json"
    source.write_text(json.dumps(document(
        case_dict("BY-2021-003"),
        case_dict("BY-2022-010", person={"name": "Dzmitry Sakalou", "publicity": "withheld"},
                  arrest={"date": "2022-02-01"}, outcome="handed_over", kind="expulsion_handover"),
    ), ensure_ascii=False), encoding="utf-8")
    assert run("--vault", vault_path, "import", source)[0] == 0
    return vault_path


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_case_and_aggregate(vault_key, run, filled, tmp_path):
    target = tmp_path / "summary.pdf"
    code, out, _ = run("--vault", filled, "report", "case", "BY-2021-003", "-o", target, "--lang", "ru")
    assert code == 0 and "NOT encrypted" in out
    assert "Аляксей Кудзін" in _text(target) and "Сводка по делу" in _text(target)
    public = tmp_path / "public.pdf"
    assert run("--vault", filled, "report", "case", "BY-2022-010", "-o", public, "--public")[0] == 0
    text = _text(public)
    assert "Person 1" in text and "Sakalou" not in text and "BY-2022-010" not in text

    agg = tmp_path / "aggregate.pdf"
    code, _, _ = run("--vault", filled, "report", "aggregate", "-o", agg, "--from", "2022", "--to", "2022",
                     "--public", "--paper", "letter")
    assert code == 0
    text = _text(agg)
    assert "Cases counted\n1" in text and "Sakalou" not in text and "Person 1" in text
    code, out, _ = run("--vault", filled, "stats", "--from", "2022", "--to", "2022", "--json")
    assert json.loads(out)["cases"] == 1

    with open_vault(filled, vault_key) as vault:
        from desktop.cases import service as svc

        case = svc.get_case(vault, "BY-2021-003")
        entries = [h for h in svc.history(vault, case.id) if h.entity == "report"]
        assert len(entries) == 1 and json.loads(entries[0].changes) == {
            "report": "case_summary", "mode": "internal", "lang": "ru"}


def test_report_failures_are_plain(run, filled, tmp_path):
    target = tmp_path / "out.pdf"
    code, _, err = run("--vault", filled, "report", "case", "NOPE", "-o", target)
    assert code == 1 and "There is no case 'NOPE'" in err and not target.exists()
    target.write_bytes(b"keep me")
    code, _, err = run("--vault", filled, "report", "case", "BY-2021-003", "-o", target)
    assert code == 2 and "already exists" in err and target.read_bytes() == b"keep me"
    assert run("--vault", filled, "report", "case", "BY-2021-003", "-o", target, "--overwrite")[0] == 0
    assert target.read_bytes().startswith(b"%PDF")
    code, _, err = run("--vault", filled, "report", "aggregate", "-o", tmp_path / "a.pdf", "--from", "2023", "--to", "2021")
    assert code == 2 and "ends before it starts" in err
    code, _, err = run("--vault", filled, "report", "aggregate", "-o", tmp_path / "a.pdf", "--from", "31.12.2021")
    assert code == 2 and "is not a date" in err
    code, _, err = run("--vault", filled, "report", "aggregate", "-o", tmp_path / "missing" / "a.pdf")
    assert code == 1 and "cannot write" in err
    code, _, err = run("--vault", filled, "report", "case", "BY-2021-003", "-o", tmp_path)
    assert code == 2 and "is a folder" in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial files
