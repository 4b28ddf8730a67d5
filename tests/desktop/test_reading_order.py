"""Names sort as people read them (issue 13, item 15): Ё, Ў, І and Ł in their places, in SQL,
with lazy paging, on a real vault file."""

from __future__ import annotations

import pytest

from desktop.cases import interchange
from desktop.cases import service as case_service
from desktop.cases import persons
from desktop.names import ordering
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.helpers import case_dict, document

NAMES = ["Ёлкін Пётр", "Еўлашэвіч Яна", "Ўсевалад Лось", "Усаў Ігар", "Іваноў Сяргей", "Ігнаценка Алег",
         "Кудзін Аляксей", "Łukaszenka Piotr", "Lis Anna", "Mazur Jan", "Zhuk Daria", "Абрамовіч Вера",
         "Яшчук Ірына", "Ирина Петрова", "Жукаў Ян", "Фёдараў Павел"]

#: As a Belarusian reader reads them: Ё a letter after Е, Ў after У, І in И's place, then Latin.
BELARUSIAN = ["Абрамовіч Вера", "Еўлашэвіч Яна", "Ёлкін Пётр", "Жукаў Ян", "Ирина Петрова", "Іваноў Сяргей",
              "Ігнаценка Алег", "Кудзін Аляксей", "Усаў Ігар", "Ўсевалад Лось", "Фёдараў Павел", "Яшчук Ірына",
              "Lis Anna", "Łukaszenka Piotr", "Mazur Jan", "Zhuk Daria"]


@pytest.fixture
def named(vault_path):
    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            *(case_dict(f"N-{i:02d}", person={"name": name, "names": []}) for i, name in enumerate(NAMES)))))
    yield vault_path
    ordering.read_names_as("en")


def _people(vault, page: int | None = None) -> list[str]:
    if page is None:
        return [p.display_name for p in persons.list_persons(vault)]
    rows, offset = [], 0
    while chunk := persons.list_persons(vault, limit=page, offset=offset):
        rows += [p.display_name for p in chunk]
        offset += page
    return rows


def test_belarusian_readers_order_with_every_page_size(named):
    ordering.read_names_as("be")
    with open_vault(named, PASSPHRASE) as vault:
        assert _people(vault) == BELARUSIAN
        for page in (1, 3, 5, 16):  # lazy paging in SQL reads the same order page by page
            assert _people(vault, page) == BELARUSIAN
        by_client = case_service.list_cases(vault, sort="person")
        assert [r.person_name for r in by_client] == BELARUSIAN


def test_russian_readers_put_yo_with_ye_and_u_short_with_u(named):
    ordering.read_names_as("ru")
    with open_vault(named, PASSPHRASE) as vault:
        people = _people(vault, page=4)
    assert people.index("Ёлкін Пётр") < people.index("Еўлашэвіч Яна")  # ё = е, then л < ў
    assert people.index("Абрамовіч Вера") == 0 and people.index("Яшчук Ірына") == 11  # Cyrillic, then Latin
    assert people.index("Lis Anna") < people.index("Łukaszenka Piotr") < people.index("Mazur Jan")


def test_code_point_order_was_wrong():
    """What COLLATE NOCASE did: Ё, Ў, І before А, and Ł after Z."""
    assert sorted(["Абрамовіч", "Ёлкін", "Ўсевалад", "Іваноў"])[0] != "Абрамовіч"
    assert sorted(["Zhuk", "Łukaszenka"]) == ["Zhuk", "Łukaszenka"]
    ordering.read_names_as("be")
    try:
        assert sorted(["Ёлкін", "Абрамовіч", "Ўсевалад", "Іваноў", "Еўлашэвіч"], key=ordering.sort_key) == \
            ["Абрамовіч", "Еўлашэвіч", "Ёлкін", "Іваноў", "Ўсевалад"]
        assert sorted(["Zhuk", "Łukaszenka", "Lis", "Mazur"], key=ordering.sort_key) == \
            ["Lis", "Łukaszenka", "Mazur", "Zhuk"]
    finally:
        ordering.read_names_as("en")


def test_english_readers_and_the_cli_put_latin_first(named):
    with open_vault(named, PASSPHRASE) as vault:  # the reading language unset: English
        people = _people(vault, page=7)
    assert people[:4] == ["Lis Anna", "Łukaszenka Piotr", "Mazur Jan", "Zhuk Daria"]
    assert people[4] == "Абрамовіч Вера"
    assert people.index("Ёлкін Пётр") < people.index("Еўлашэвіч Яна")  # root order: ё with е


MORE = NAMES + ["Łaŭrynovič Ales", "Lobach Ihar", "Šuškievič", "Sidorov", "Žukoŭ", "Zaleski", "Ёжыкаў", "Ежов",
                "Ўладзімір", "Уладзімір", "Йосіф", "Иосиф", "ёлка", "Ёлка", "Анна-Марыя", "Анна Марыя", "Kowalska",
                "kowalski", "Óscar", "Oscar", "Ćwik", "Cwik", "Ąbel", "Abel", "Ärzte", "Arzt"]


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_without_icu_the_order_is_the_same(language, monkeypatch):
    """Where PyICU cannot be installed (no wheel for Windows or macOS), the collation falls
    back to the alphabets' own order; on the names lists hold it agrees with ICU's."""
    from db import collation

    icu = pytest.importorskip("icu")  # the comparison needs both
    assert collation.icu is icu
    by_icu = sorted(MORE, key=lambda t: collation._collator(language).getSortKey(t))
    by_alphabet = sorted(MORE, key=lambda t: collation._fallback_key(t, language))
    assert by_alphabet == by_icu


def test_the_lists_sort_without_icu(named, monkeypatch):
    from db import collation

    monkeypatch.setattr(collation, "icu", None)
    collation._key.cache_clear()
    try:
        ordering.read_names_as("be")
        with open_vault(named, PASSPHRASE) as vault:
            assert _people(vault, page=5) == BELARUSIAN
    finally:
        collation._key.cache_clear()
