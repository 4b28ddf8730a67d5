"""Screening writes what it read (issue 12, item 1: every read that decides a write belongs
inside that write's transaction). Matching runs for seconds before the matches are written;
a client added, renamed or removed meanwhile, through this window or by a second connection
to the vault file, must not leave matches that describe a vault that no longer exists."""

from __future__ import annotations

import pytest

from db import persons as person_queries
from db.vault import connect_file, new_id, now_utc
from desktop.cases import interchange
from desktop.cases import service as case_service
from desktop.screening import service as screening
from tests.conftest import PASSPHRASE
from tests.desktop.test_screening import HEADER, ROWS, _clients, _csv
from tests.helpers import document

PETROV = {"reference": "A-5", "kind": "other", "person": {"name": "Пётр Петров", "birth_date": "1970"}}


def _table(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(_csv([HEADER, *ROWS]), encoding="utf-8")
    return screening.read_table(path)


def _stored(vault, list_id=None):
    """(entry name, client) of every match kept."""
    return sorted((i.row.entry_name, i.row.person_name) for i in screening.review(vault, list_id))


def _fresh(vault):
    """What screening the newest lists against the vault as it is now finds."""
    found = []
    for wanted in screening.latest_lists(vault):
        entries = screening.queries.entries(vault.conn, wanted.id)
        found += [(h.entry.name, h.display_name)
                  for h in screening.screen_entries(vault, entries, threshold=wanted.threshold)]
    return sorted(found)


class SecondWriter:
    """Another connection to the vault file that renames a client and commits."""

    def __init__(self, vault) -> None:
        self.conn = connect_file(vault.path, PASSPHRASE)
        self.conn.execute("PRAGMA busy_timeout = 0")  # never waits for the screening's write
        self.refused = 0

    def rename(self, person_id: str, name: str, birth_date: str | None) -> None:
        person = person_queries.get_persons(self.conn, [person_id])[person_id]
        person.display_name, person.names, person.birth_date = name, [], birth_date
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except Exception:  # noqa: BLE001 - the vault is being written: try at the next step
            self.refused += 1
            return
        person_queries.update_person(self.conn, person, now=now_utc(), new_id=new_id)
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def second_writer(vault):
    writer = SecondWriter(vault)
    yield writer
    writer.close()



def test_a_client_added_in_this_window_while_screening_is_screened(vault, tmp_path):
    _clients(vault)
    added = []

    def progress(done, total):
        if not added:  # the index is built: the lawyer saves a new client meanwhile
            added.append(interchange.import_cases(vault, interchange.read_cases(document(PETROV))))

    result = screening.import_list(vault, _table(tmp_path), screening.guess_mapping(HEADER), source="MVD",
                                   progress=progress)
    assert ("ПЕТРОВ ПЁТР ИВАНОВИЧ", "Пётр Петров") in _stored(vault)
    assert _stored(vault) == _fresh(vault) and result.matches == len(_fresh(vault))


def test_a_client_renamed_by_a_second_writer_while_rescreening(vault, tmp_path, second_writer):
    ids = _clients(vault)
    screening.import_list(vault, _table(tmp_path), screening.guess_mapping(HEADER), source="MVD")
    kudzin = screening.queries.person_of_case(vault.conn, ids["A-1"])
    assert ("КУДИН АЛЕКСЕЙ НИКОЛАЕВИЧ", "Аляксей Кудзін") in _stored(vault)

    def progress(done, total):
        if done == 0:
            second_writer.rename(kudzin, "Пётр Петров", "1970")

    count = screening.rescreen(vault, progress=progress)
    assert ("ПЕТРОВ ПЁТР ИВАНОВИЧ", "Пётр Петров") in _stored(vault)
    assert not any(client == "Аляксей Кудзін" for _entry, client in _stored(vault))
    assert _stored(vault) == _fresh(vault) and count == len(_fresh(vault))


def test_a_vault_that_keeps_changing_is_screened_inside_the_write(vault, tmp_path, second_writer):
    """A second writer that commits at every step: after two tries the clients are read,
    matched and the matches written in one transaction, which the writer must wait for."""
    ids = _clients(vault)
    screening.import_list(vault, _table(tmp_path), screening.guess_mapping(HEADER), source="MVD")
    kudzin = screening.queries.person_of_case(vault.conn, ids["A-1"])
    names = iter([("Пётр Петров", "1970"), ("Аляксей Кудзін", "1988-05-12")] * 10)

    def progress(done, total):
        if done == 0:
            second_writer.rename(kudzin, *next(names))

    count = screening.rescreen(vault, progress=progress)
    assert second_writer.refused == 1  # the third time, the screening held the vault
    assert _stored(vault) == _fresh(vault) and count == len(_fresh(vault))


def test_a_spelling_edited_in_place_is_matched_at_once(vault):
    """The client index is rebuilt when a further spelling changes, although the spelling is
    rewritten in place (the same row) and the person's own row is untouched."""
    ids = _clients(vault)
    assert screening.check_name(vault, "Piotr Pietrow", birth_date="1988") == []  # builds the index
    case = case_service.get_case(vault, ids["A-1"])
    assert [n.value for n in case.person.names] == ["Aliaksei Kudzin"]
    case.person.names[0].value = "Piotr Pietrow"
    case_service.update_case(vault, case)
    assert [h.display_name for h in screening.check_name(vault, "Piotr Pietrow", birth_date="1988")] == [
        "Аляксей Кудзін"]
