"""Every table fills its window's width at 1366×768 (the conflicts table of the Team page took
half of it): the text columns, or the last one, stretch. Real vaults, a real team folder, the
window unlocked and every page and case tab visited; in English, Russian and Belarusian."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.team import service as team
from tests.helpers import case_dict, document
from tests.ui.test_access import unlock, window  # noqa: F401 - fixtures
from ui import i18n
from ui.team import TeamPage
from tests.conftest import new_vault

WIDTH, HEIGHT = 1366, 768


def _fills(view: QAbstractItemView, narrowest: int = 0) -> None:
    header = view.horizontalHeader()
    columns = [c for c in range(view.model().columnCount()) if not header.isSectionHidden(c)]
    assert columns, view.objectName()
    assert header.length() >= view.viewport().width() - 1, (view.objectName(), header.length(), view.viewport().width())
    assert all(header.sectionSize(c) >= narrowest for c in columns), (view.objectName(), [header.sectionSize(c) for c in columns])


@pytest.fixture
def two_devices(tmp_path):
    """Two vaults in one team whose region and summary of two cases were changed on both."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    minsk = new_vault(tmp_path / "minsk.abarona", "minsk passphrase", author="Minsk")
    vilnius = new_vault(tmp_path / "vilnius.abarona", "vilnius passphrase", author="Vilnius")
    interchange.import_cases(minsk, interchange.read_cases(document(case_dict("BY-2021-003"), case_dict("BY-2022-010"))))
    words = team.create_team(minsk, folder, name="Laptop-Minsk").passphrase
    team.sync(minsk)
    team.join_team(vilnius, folder, words, name="Laptop-Vilnius")
    team.sync(vilnius)
    for vault, region in ((minsk, "Smolensk"), (vilnius, "Pskov")):
        for reference in ("BY-2021-003", "BY-2022-010"):
            case = svc.get_case(vault, reference)
            case.region, case.summary = region, f"Detained in {region}"
            svc.update_case(vault, case)
    team.sync(minsk)
    team.sync(vilnius)
    yield vilnius
    minsk.close()
    vilnius.close()


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_the_team_conflicts_fill_the_page(qtbot, qapp, two_devices, language):
    try:
        i18n.install(qapp, language)
        page = TeamPage()
        qtbot.addWidget(page)
        page.resize(WIDTH - 200, HEIGHT - 60)  # the page beside the navigation, under the menu
        page.set_vault(two_devices)
        page.show()
        qtbot.waitExposed(page)
        assert page.conflicts.rowCount() == 2
        _fills(page.conflict_table, narrowest=40)
        header = page.conflict_table.horizontalHeader()
        mine, record = header.sectionSize(page.conflicts.MINE), header.sectionSize(page.conflicts.RECORD)
        assert mine > 150 and abs(header.sectionSize(page.conflicts.THEIRS) - mine) <= 1  # they share the room
        page.resize(WIDTH + 400, HEIGHT)  # a wider window: the versions grow, the record keeps its width
        qtbot.waitUntil(lambda: header.sectionSize(page.conflicts.MINE) > mine)
        assert header.sectionSize(page.conflicts.RECORD) == record
        _fills(page.conflict_table)
        page.set_vault(None)
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_every_table_of_the_window_fills_its_width(window, qtbot, qapp, vault_path, language):  # noqa: F811
    from desktop.vaults import open_vault
    from tests.conftest import PASSPHRASE

    with open_vault(vault_path, PASSPHRASE) as vault:
        interchange.import_cases(vault, interchange.read_cases(document(
            case_dict("BY-2021-003", status="open", outcome="pending"), case_dict("BY-2022-010"))))
    try:
        i18n.install(qapp, language)
        window.resize(WIDTH, HEIGHT)
        unlock(window, vault_path)
        seen = 0
        for row in range(window.workspace.nav.count()):
            window.workspace.nav.setCurrentRow(row)
            qapp.processEvents()
            for view in window.findChildren(QTableView):
                if view.isVisible() and view.model() is not None and view.model().columnCount():
                    _fills(view)
                    seen += 1
        ws = window.workspace
        ws.show_page("cases")
        ws.open_case(ws.case_list.model.case_id(0))
        for index in range(ws.editor.tabs.count()):
            ws.editor.tabs.setCurrentIndex(index)
            qapp.processEvents()
            for view in ws.editor.findChildren(QTableView):
                if view.isVisible() and view.model() is not None and view.model().columnCount():
                    _fills(view)
                    seen += 1
        assert seen >= 10
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "ru", "be"])
def test_the_handoff_conflicts_fill_the_dialog(qtbot, qapp, tmp_path, language):
    from desktop.vaults import handoff
    from ui.handoff import HandoffImportDialog

    mine = new_vault(tmp_path / "mine.abarona", "my passphrase", author="Minsk")
    theirs = new_vault(tmp_path / "theirs.abarona", "their passphrase", author="Hanna")
    try:
        interchange.import_cases(mine, interchange.read_cases(document(case_dict("BY-2021-003"))))
        first = handoff.export_package(mine, ["BY-2021-003"], tmp_path / "first.abarona")
        handoff.import_package(theirs, tmp_path / "first.abarona", first.passphrase)
        for vault, text in ((theirs, "Гродна"), (mine, "Minsk")):
            case = svc.get_case(vault, "BY-2021-003")
            case.summary = text
            svc.update_case(vault, case)
        second = handoff.export_package(mine, ["BY-2021-003"], tmp_path / "second.abarona")
        i18n.install(qapp, language)
        dialog = HandoffImportDialog(theirs)
        qtbot.addWidget(dialog)
        dialog.resize(WIDTH - 200, HEIGHT - 100)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.path, str(tmp_path / "second.abarona"))
        qtbot.keyClicks(dialog.passphrase, second.passphrase)
        assert dialog.open_package() and dialog.conflicts.rowCount() >= 1
        qapp.processEvents()
        _fills(dialog.conflict_table, narrowest=40)
        dialog.close()
    finally:
        i18n.install(qapp, "en")
        mine.close()
        theirs.close()
