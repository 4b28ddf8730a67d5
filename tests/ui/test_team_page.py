"""The Team page with two real vaults and one shared folder, offscreen: create a team (the
passphrase shown once), join it by typing the words, sync by the button and on new journals
(QFileSystemWatcher), waiting journals, conflicts decided in the conflict table (base, mine,
theirs), revocation; the status bar line; a locked page keeps nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.team import service as team
from tests.helpers import case_dict, document
from ui.team import TeamPage
from tests.conftest import new_vault


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "Sync"
    path.mkdir()
    return path


@pytest.fixture
def minsk(tmp_path):
    vault = new_vault(tmp_path / "minsk.abarona", "minsk passphrase", author="Minsk")
    interchange.import_cases(vault, interchange.read_cases(document(case_dict("BY-2021-003"))))
    yield vault
    vault.close()


@pytest.fixture
def vilnius(tmp_path):
    vault = new_vault(tmp_path / "vilnius.abarona", "vilnius passphrase", author="Vilnius")
    yield vault
    vault.close()


def _page(qtbot, vault) -> TeamPage:
    page = TeamPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_create_join_sync_and_decide_a_conflict(qtbot, answers, minsk, vilnius, folder):
    lines = []
    a = _page(qtbot, minsk)
    a.state_changed.connect(lines.append)
    assert not a.team_box.isVisibleTo(a) and a.create_button.isEnabled()
    a.folder.setText(str(folder))
    qtbot.keyClicks(a.device_name, "Laptop-Minsk")
    qtbot.mouseClick(a.create_button, Qt.MouseButton.LeftButton)
    kind, title, text = answers.seen[-1]
    assert kind == "inform" and title == "Team passphrase"
    words = text.rsplit("\n", 1)[1]
    assert len(words.split("-")) >= 6
    assert a.team_box.isVisibleTo(a) and "Laptop-Minsk" in a.summary.text()
    assert lines[-1].startswith("Team: synced")

    b = _page(qtbot, vilnius)
    b.folder.setText(str(folder))
    qtbot.keyClicks(b.device_name, "Laptop-Vilnius")
    qtbot.keyClicks(b.passphrase, "wrong words")
    qtbot.keyClick(b.passphrase, Qt.Key.Key_Return)
    assert "does not open this team" in b.error_label.text() and b.passphrase.text() == ""
    qtbot.keyClicks(b.passphrase, words)
    with qtbot.wait_signal(b.changed, timeout=20000):
        qtbot.keyClick(b.passphrase, Qt.Key.Key_Return)
    assert svc.get_case(vilnius, "BY-2021-003").person.display_name == "Аляксей Кудзін"
    assert b.devices.rowCount() == 2

    # the same field on both devices: a conflict shown with base, mine and theirs
    for vault, region in ((minsk, "Smolensk"), (vilnius, "Pskov")):
        case = svc.get_case(vault, "BY-2021-003")
        case.region = region
        svc.update_case(vault, case)
    qtbot.mouseClick(a.sync_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(b.sync_button, Qt.MouseButton.LeftButton)
    model = b.conflicts
    assert model.rowCount() == 1
    cell = lambda column: model.data(model.index(0, column))  # noqa: E731
    assert (cell(model.BASE), cell(model.MINE), cell(model.THEIRS), cell(model.DEVICE)) == \
        ("—", "Pskov", "Smolensk", "Laptop-Minsk")
    assert "BY-2021-003" in cell(model.RECORD)
    model.setData(model.index(0, model.DECISION), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.wait_signal(b.changed, timeout=20000):
        qtbot.mouseClick(b.decide_button, Qt.MouseButton.LeftButton)
    assert svc.get_case(vilnius, "BY-2021-003").region == "Smolensk"
    assert model.rowCount() == 0


def test_new_journals_are_noticed_and_a_gap_waits(qtbot, answers, minsk, vilnius, folder):
    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    team.sync(minsk)
    b = _page(qtbot, vilnius)
    qtbot.wait_until(lambda: svc.count_cases(vilnius) == 1, timeout=20000)  # synced on unlock
    # a new journal in the folder is noticed without a click
    case = svc.get_case(minsk, "BY-2021-003")
    case.summary = "noticed"
    svc.update_case(minsk, case)
    with qtbot.wait_signal(b.changed, timeout=20000):
        team.sync(minsk)
    assert svc.get_case(vilnius, "BY-2021-003").summary == "noticed"
    # a missing journal: the page lists what it waits for
    device = team._state(minsk).device_id
    for text in ("one", "two"):
        case.summary = text
        svc.update_case(minsk, case)
        team.sync(minsk)
    missing = folder / "journals" / device / "000003.abj"
    held = missing.read_bytes()
    missing.unlink()
    b.sync()
    assert [b.problems.item(i).text() for i in range(b.problems.count())] == \
        ["Waiting for journal 3 from Laptop-Minsk"]
    missing.write_bytes(held)
    b.sync()
    assert b.problems.count() == 0 and svc.get_case(vilnius, "BY-2021-003").summary == "two"


def test_revoke_a_device_and_lock(qtbot, answers, minsk, vilnius, folder):
    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    team.sync(vilnius)
    a = _page(qtbot, minsk)
    row = next(r for r in range(a.devices.rowCount()) if a.devices.item(r, 0).text() == "Laptop-Vilnius")
    a.devices.selectRow(row)
    answers.queue.append(True)
    qtbot.mouseClick(a.revoke_button, Qt.MouseButton.LeftButton)
    assert a.devices.item(row, 3).text() != ""
    answers.queue.append(True)
    qtbot.mouseClick(a.rotate_button, Qt.MouseButton.LeftButton)
    assert answers.seen[-1][1] == "Team passphrase"
    a.set_vault(None)
    assert a.devices.rowCount() == 0 and a.conflicts.rowCount() == 0 and a.summary.text() == ""


def test_the_window_syncs_on_unlock_and_shows_the_state_in_the_status_bar(qtbot, answers, minsk, vilnius, folder):
    from ui.main_window import MainWindow

    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.sync(minsk)
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        window.set_vault(vilnius)
        qtbot.wait_until(lambda: window.sync_state.text().startswith("Team: synced"), timeout=20000)
        assert svc.count_cases(vilnius) == 1  # synced on unlock
        window.workspace.show_page("team")
        assert window.workspace.current_page() == "team"
    finally:
        window.workspace.set_vault(None)
        window.vault = None
    assert window.sync_state.text() == ""


def test_sync_waits_while_a_case_is_being_edited(qtbot, answers, minsk, vilnius, folder):
    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.sync(minsk)
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    b = TeamPage()
    qtbot.addWidget(b)
    b.can_sync = lambda: False  # the editor has unsaved changes
    lines = []
    b.state_changed.connect(lines.append)
    b.set_vault(vilnius)
    b.show()
    qtbot.wait_until(lambda: "wait until the open case is saved" in (lines[-1] if lines else ""), timeout=20000)
    qtbot.mouseClick(b.sync_button, Qt.MouseButton.LeftButton)
    assert "Save or discard the changes to the open case first" in b.error_label.text()
    assert svc.count_cases(vilnius) == 0
    b.can_sync = lambda: True
    qtbot.mouseClick(b.sync_button, Qt.MouseButton.LeftButton)
    assert svc.count_cases(vilnius) == 1 and b.error_label.isHidden()


def _conflict_columns(table: str, vault) -> list[str]:
    """The columns of a shared table that a conflict can name (not its key, not updated_at)."""
    info = list(vault.conn.execute(f"PRAGMA table_info({table})"))
    return [r[1] for r in info if not r[5] and r[1] != "updated_at"]


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_every_field_of_the_shared_records_has_a_human_name(qapp, minsk, lang):
    """The conflict screen names the fields of every shared table in the user's language: no
    column name of the vault (case_party_id, expected_utc...) reaches the user."""
    import re

    from db import team as engine
    from ui import i18n
    from ui.handoff import entity_label, field_label

    try:
        assert i18n.install(qapp, lang) == lang
        for table in engine.SHARED_TABLES[engine.SHARED_TABLES.index("party_notifications"):]:
            assert re.search("[а-яёўі]", entity_label(table), re.IGNORECASE), table
            for column in _conflict_columns(table, minsk):
                assert re.search("[а-яёўі]", field_label(column), re.IGNORECASE), (table, column)
    finally:
        i18n.install(qapp, "en")


def test_a_conflict_on_a_filing_is_shown_in_human_words(qtbot, qapp, answers, minsk, vilnius, folder):
    from db.rapid import Filing
    from desktop.rapid import filings
    from ui import i18n
    from ui.handoff import field_label

    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    case_id = svc.get_case(minsk, "BY-2021-003").id
    filing = filings.add(minsk, case_id, Filing(case_id=case_id, kind="complaint", body="ECtHR",
                                                filed_at="2021-01-24T10:00:00+03:00"))
    team.sync(minsk)
    team.sync(vilnius)
    filings.answer(minsk, filing.id, "communicated", "2021-02-01T12:00:00+01:00")
    filings.answer(vilnius, filing.id, "inadmissible", "2021-02-02T12:00:00+01:00")
    team.sync(minsk)
    try:
        assert i18n.install(qapp, "ru") == "ru"
        b = _page(qtbot, vilnius)
        qtbot.mouseClick(b.sync_button, Qt.MouseButton.LeftButton)
        model = b.conflicts
        assert model.rowCount() == 1
        cell = lambda column: model.data(model.index(0, column))  # noqa: E731
        assert cell(model.FIELDS) == f"{field_label('answer')}, {field_label('answered_at')}" == "ответ, ответ получен"
        assert "inadmissible" in cell(model.MINE) and "communicated" in cell(model.THEIRS)
        assert cell(model.RECORD).startswith("Обращение") and "BY-2021-003" in cell(model.RECORD)
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("decider", ["deleting", "editing"])
def test_a_case_kept_against_its_deletion_by_keys_comes_back_whole(qtbot, answers, minsk, vilnius, folder, decider):
    """Minsk empties the case out of its trash while Vilnius edits one of its events. On the
    device that deleted it the lawyer ticks “Take theirs” (Space on the decision cell); on the
    one that edited it, yours (the case) is kept as it stands; Apply (Space on the button). After
    one more sync on each, both have the whole case, every event of it, the same."""
    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    team.sync(minsk)
    team.sync(vilnius)
    events = [(e.id, e.type) for e in svc.get_case(vilnius, "BY-2021-003").events]
    assert len(events) == 4
    svc.delete_case(minsk, svc.get_case(minsk, "BY-2021-003").id)
    svc.empty_trash(minsk)
    case = svc.get_case(vilnius, "BY-2021-003")
    case.events[1].text = "edited in Vilnius"
    svc.update_case(vilnius, case)
    for vault in (minsk, vilnius, minsk):
        team.sync(vault)
    keeper, other = (minsk, vilnius) if decider == "deleting" else (vilnius, minsk)
    page = _page(qtbot, keeper)
    qtbot.wait_until(lambda: page.conflicts.rowCount() > 0, timeout=20000)
    model, table = page.conflicts, page.conflict_table
    if decider == "deleting":
        assert model.rowCount() == 1  # the edited event, deleted here
        table.setFocus()
        table.setCurrentIndex(model.index(0, model.DECISION))
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert model.decisions() == {model.conflicts[0].key: "theirs"}
    else:
        assert model.rowCount() > 1  # the case, the event, the person...: yours kept, all of them
        assert set(model.decisions().values()) == {"mine"}
    page.decide_button.setFocus()
    with qtbot.wait_signal(page.changed, timeout=20000):
        qtbot.keyClick(page.decide_button, Qt.Key.Key_Space)
    assert model.rowCount() == 0 and page.error_label.isHidden()
    for vault in (keeper, other, keeper, other):
        team.sync(vault)
    for vault in (minsk, vilnius):
        assert team.conflicts(vault) == []
        kept = svc.get_case(vault, "BY-2021-003")
        assert [(e.id, e.type) for e in kept.events] == events
        assert kept.events[1].text == "edited in Vilnius" and kept.deleted_at is None
    assert team.shared_digest(minsk) == team.shared_digest(vilnius)
