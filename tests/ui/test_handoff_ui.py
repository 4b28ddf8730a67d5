"""The hand-off dialogs with two real vaults, offscreen: the passphrase shown once, the
conflict list with keep mine / take theirs, collisions renamed, a second import a no-op."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.vault import create_vault
from desktop.cases import service as svc
from desktop.vaults import handoff
from desktop.cases import interchange
from tests.desktop.test_backups import fill
from tests.helpers import case_dict, document
from ui.handoff import CollisionModel, ConflictModel, HandoffExportDialog, HandoffImportDialog


@pytest.fixture
def mine(vault):
    fill(vault)
    return vault


@pytest.fixture
def theirs(tmp_path):
    v = create_vault(tmp_path / "colleague.abarona", "калега", author="Hanna Ivanova")
    yield v
    v.close()


def _export(qtbot, vault, refs, target):
    ids = [svc.get_case(vault, r).id for r in refs]
    dialog = HandoffExportDialog(vault, ids)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(target))
    with qtbot.wait_signal(dialog.exported):
        dialog.export_button.click()
    return dialog


def test_export_shows_the_passphrase_once(qtbot, mine, tmp_path):
    dialog = _export(qtbot, mine, ["BY-2021-003"], tmp_path / "package")
    assert dialog.cases.count() == 1 and "BY-2021-003" in dialog.cases.item(0).text()
    words = dialog.passphrase_label.text()
    assert len(words.split()) >= 6 and dialog.stack.currentIndex() == 1
    package = tmp_path / "package.abarona"
    assert package.exists()
    with handoff.open_package(package, words) as opened:  # the words as shown open it
        assert len(opened.rows["cases"]) == 1
    dialog.accept()
    assert dialog.passphrase_label.text() == "" and dialog.result_package is None


def test_export_refuses_an_existing_file(qtbot, mine, tmp_path):
    target = tmp_path / "exists.abarona"
    target.write_text("keep")
    dialog = HandoffExportDialog(mine, [svc.get_case(mine, "BY-2021-003").id])
    qtbot.addWidget(dialog)
    dialog.target.setText(str(target))
    assert not dialog.export()
    assert "already exists" in dialog.error_label.text() and target.read_text() == "keep"
    assert dialog.stack.currentIndex() == 0


def test_import_with_conflicts_and_a_collision(qtbot, mine, theirs, tmp_path, answers):
    first = _export(qtbot, mine, ["BY-2021-003"], tmp_path / "first.abarona")
    handoff.import_package(theirs, tmp_path / "first.abarona", first.passphrase_label.text())
    ours = svc.get_case(theirs, "BY-2021-003")
    ours.summary = "Гродна"
    svc.update_case(theirs, ours)
    sent = svc.get_case(mine, "BY-2021-003")
    sent.summary = "Minsk"
    sent.person.hometown = "Brest"
    svc.update_case(mine, sent)
    interchange.import_cases(theirs, interchange.read_cases(document(case_dict("RU-2023-001"))))
    second = _export(qtbot, mine, ["BY-2021-003", "RU-2023-001"], tmp_path / "second.abarona")

    dialog = HandoffImportDialog(theirs)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "second.abarona"))
    dialog.passphrase.setText("wrong words")
    assert not dialog.open_package() and "passphrase does not open" in dialog.error_label.text()
    dialog.passphrase.setText(second.passphrase_label.text().upper())
    assert dialog.open_package()
    assert "Conflicts: 2" in dialog.summary.text() and not dialog.details.isHidden()
    model = dialog.conflicts
    qtbot_model = {model.data(model.index(r, ConflictModel.RECORD)): r for r in range(model.rowCount())}
    case_row = next(r for label, r in qtbot_model.items() if label.startswith("Case"))
    assert model.data(model.index(case_row, ConflictModel.MINE)) == "Гродна"
    assert model.data(model.index(case_row, ConflictModel.THEIRS)) == "Minsk"
    assert model.data(model.index(case_row, ConflictModel.DECISION), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.setData(model.index(case_row, ConflictModel.DECISION), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    with qtbot.wait_signal(dialog.case_requested) as requested:
        dialog.conflict_table.doubleClicked.emit(model.index(case_row, 0))
    assert requested.args == [ours.id]
    collisions = dialog.collisions
    assert collisions.rowCount() == 1 and collisions.data(collisions.index(0, CollisionModel.REFERENCE)) == "RU-2023-001"
    collisions.setData(collisions.index(0, CollisionModel.NEW_REFERENCE), "RU-2023-001-H")
    with qtbot.wait_signal(dialog.imported) as imported:
        dialog.import_button.click()
    assert sorted(imported.args[0]) == sorted([ours.id, svc.get_case(theirs, "RU-2023-001-H").id])
    assert svc.get_case(theirs, "BY-2021-003").summary == "Minsk"  # taken
    assert svc.get_case(theirs, "BY-2021-003").person.hometown == "Minsk"  # kept
    assert answers.seen[-1][0] == "inform" and "1 conflict(s) kept as yours" in answers.seen[-1][2]
    assert dialog.package is None  # closed with the dialog


def test_a_second_import_has_nothing_to_do(qtbot, mine, theirs, tmp_path):
    exported = _export(qtbot, mine, ["BY-2022-010"], tmp_path / "p.abarona")
    words = exported.passphrase_label.text()
    handoff.import_package(theirs, tmp_path / "p.abarona", words)
    dialog = HandoffImportDialog(theirs)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "p.abarona"))
    dialog.passphrase.setText(words)
    assert dialog.open_package()
    assert "changes nothing" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and dialog.details.isHidden()
    dialog.reject()


def test_models_pass_the_model_tester(qtmodeltester, mine, theirs, tmp_path, qtbot):
    exported = _export(qtbot, mine, ["BY-2021-003"], tmp_path / "p.abarona")
    handoff.import_package(theirs, tmp_path / "p.abarona", exported.passphrase_label.text())
    ours = svc.get_case(theirs, "BY-2021-003")
    ours.summary = "changed"
    svc.update_case(theirs, ours)
    with handoff.open_package(tmp_path / "p.abarona", exported.passphrase_label.text()) as package:
        plan = handoff.plan_import(theirs, package)
    model = ConflictModel()
    model.set_conflicts(plan.conflicts)
    qtmodeltester.check(model)
    collisions = CollisionModel()
    collisions.set_collisions([handoff.Collision("id", "REF-1", "other", 3)])
    qtmodeltester.check(collisions)
