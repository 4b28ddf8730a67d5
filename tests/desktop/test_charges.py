"""Article numbers compared, not just stored (issue 14 item 10): one article however it is
written, a warning for an article outside the catalogue, unverified titles marked."""

from __future__ import annotations

import json

import pytest

from db.migrations import m0005_normalise_articles
from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.cases.vocab import normalise_article, normalise_article_text, parse_article_key
from desktop.reports import aggregate, summary
from tests.conftest import PASSPHRASE
from tests.desktop.report_data import flat, pdf_text
from tests.helpers import case_dict, document


@pytest.mark.parametrize(("written", "by", "ru"), [
    ("361.1", "361-1", "361.1"), ("361-1", "361-1", "361.1"), ("361 1", "361-1", "361.1"),
    ("361–1", "361-1", "361.1"), (" 130 ", "130", "130"), ("20.3.1", "20-3-1", "20.3.1"), ("１３０", "130", "130"),
    ("12a", "12a", "12a"), (" 12a ", " 12a ", " 12a "),
])
def test_one_article_however_it_is_written(written, by, ru):
    assert normalise_article(written, "BY") == by and normalise_article(written, "RU") == ru


def test_articles_in_list_text_and_keys():
    assert normalise_article_text("ч. 2 ст. 361.1 УК РБ, внесён 01.03.2025") == "ч. 2 ст. 361-1 УК РБ, внесён 01.03.2025"
    assert normalise_article_text("ст. 20-3-1 КоАП РФ") == "ст. 20.3.1 КоАП РФ"
    assert normalise_article_text("ст. 361.1") == "ст. 361.1"  # no jurisdiction named: as written
    assert parse_article_key("BY CC 361.1") == ("BY", "CC", "361-1")
    assert parse_article_key("by cc 343") == ("BY", "CC", "343")
    assert parse_article_key("XX CC 1") is None and parse_article_key("361.1") is None


def _case(reference, article, jurisdiction="BY"):
    case = case_dict(reference)
    case["charges"] = [{"jurisdiction": jurisdiction, "code": "CC", "article": article}]
    return case


def test_statistics_count_one_article_once(vault):
    result = interchange.import_cases(vault, interchange.read_cases(document(
        _case("A-1", "361.1"), _case("A-2", "361-1"), _case("A-3", "361 1"))))
    assert result.unknown_articles == ()
    stats = svc.stats(vault)
    assert stats.by_charge == {"BY CC 361-1": 3}
    assert [c.article for c in svc.get_case(vault, "A-1").charges] == ["361-1"]


def test_an_article_not_in_the_catalogue_is_imported_with_a_warning(vault, run, vault_path, tmp_path):
    result = interchange.import_cases(vault, interchange.read_cases(document(_case("A-1", "999"))))
    assert result.unknown_articles == (("A-1", "BY CC 999"),)
    assert "A-1: BY CC 999 is not in the catalogue of articles" in result.warnings[0]
    vault.close()
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document(_case("A-2", "998"))), encoding="utf-8")
    code, out, _ = run("--vault", vault_path, "import", path)
    assert code == 0 and "Warning: A-2: BY CC 998 is not in the catalogue of articles" in out


def test_old_vaults_get_their_articles_normalised(vault):
    interchange.import_cases(vault, interchange.read_cases(document(_case("A-1", "361-1"), _case("A-2", "205-2", "RU"))))
    with vault.transaction() as conn:  # as the first release stored them
        conn.execute("UPDATE charges SET article = '361.1' WHERE article = '361-1'")
        conn.execute("UPDATE charges SET article = '205-2' WHERE article = '205.2'")
    with vault.transaction() as conn:
        m0005_normalise_articles.upgrade(conn)
    assert {c.article for c in svc.get_case(vault, "A-1").charges} == {"361-1"}
    assert {c.article for c in svc.get_case(vault, "A-2").charges} == {"205.2"}


def test_unverified_titles_are_marked_in_every_report(vault, run, vault_path):
    interchange.import_cases(vault, interchange.read_cases(document(_case("A-1", "343"), _case("A-2", "363"))))
    pdf = summary.case_summary(vault, "A-1")
    assert "(title not yet verified)" in flat(pdf_text(pdf))
    period = flat(pdf_text(aggregate.aggregate_report(vault)))
    assert period.count("(title not yet verified)") == 1  # 343, not 363
    vault.close()
    code, out, _ = run("--vault", vault_path, "show", "A-1")
    assert code == 0 and "(title not yet verified)" in out
    code, out, _ = run("--vault", vault_path, "show", "A-2")
    assert "not yet verified" not in out
