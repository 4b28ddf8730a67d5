"""The backups page with a real vault, offscreen: back up, verify, restore, settings,
automatic backups, and a locked page that keeps nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.vaults import backups
from desktop.vaults import open_vault
from tests.conftest import PASSPHRASE
from tests.desktop.test_backups import fill
from tests.ui.test_access import cases, unlock, window  # noqa: F401 - fixtures
from ui.backups import BackupsPage, verdict_text


@pytest.fixture
def page(qtbot, vault):
    fill(vault)
    widget = BackupsPage()
    qtbot.addWidget(widget)
    widget.set_vault(vault)
    return widget


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def test_a_fresh_vault_says_there_is_no_backup(page):
    assert "No verified backup" in page.status_label.text()
    assert "b00020" in page.status_label.styleSheet()  # shown as a warning


def test_back_up_now_into_a_chosen_folder(page, usb, qtbot, answers, vault):
    page.passphrase.setText(PASSPHRASE)
    answers.queue.append(str(usb))
    with qtbot.wait_signal(page.backup_made, timeout=20000):
        page.backup_button.click()
    made = [p for p in usb.iterdir()]
    assert len(made) == 1 and made[0].name.endswith(".abarona")
    assert "Backed up and verified" in page.result_label.text()
    assert "Last verified backup" in page.status_label.text() and made[0].name in page.status_label.text()
    assert backups.verify_backup(made[0], PASSPHRASE).ok
    assert answers.seen[0][0] == "choose_folder"


def test_an_empty_passphrase_backs_up_under_the_vaults_own(page, usb, answers, vault):
    assert page.passphrase.text() == ""
    answers.queue.append(str(usb))
    assert page.back_up_now()
    made = backups.backups_in(usb, vault)[0][1]
    assert backups.verify_backup(made, PASSPHRASE).ok  # opens with the vault's passphrase
    assert page.verify_file(str(made)).ok  # verified with nothing typed either
    other = backups.create_backup(vault, usb, passphrase="another one entirely")
    assert page.verify_file(str(other.path)).verdict == "wrong_passphrase"
    assert "type its passphrase" in page.result_label.text()


def test_a_missing_folder_is_an_error_message(page, tmp_path, answers):
    page.passphrase.setText(PASSPHRASE)
    assert not page.back_up_now(str(tmp_path / "unplugged"))
    kind, _title, text = answers.seen[-1]
    assert kind == "error" and "drive connected" in text


def test_verify_shows_the_verdict(page, usb, answers, vault):
    result = backups.create_backup(vault, usb, passphrase=PASSPHRASE)
    page.passphrase.setText(PASSPHRASE)
    answers.queue.append(str(result.path))
    report = page.verify_file()
    assert report.ok and "intact" in page.result_label.text()
    page.passphrase.setText("wrong")
    assert page.verify_file(str(result.path)).verdict == "wrong_passphrase"
    assert "passphrase does not open" in page.result_label.text()
    assert "b00020" in page.result_label.styleSheet()


def test_every_verdict_has_its_own_words(tmp_path):
    texts = {verdict_text(backups.VerifyReport(path=tmp_path, verdict=v, message="", reason=r))
             for v, r in [("ok", ""), ("wrong_passphrase", ""), ("truncated", ""), ("damaged", "digest"),
                          ("damaged", "checks"), ("damaged", "first_page"), ("too_new", ""), ("not_found", ""),
                          ("not_a_backup", "vault"), ("not_a_backup", "handoff"), ("not_a_backup", "random")]}
    assert len(texts) == 11


def test_restore_into_a_new_vault(page, usb, tmp_path, answers, vault, qtbot):
    result = backups.create_backup(vault, usb, passphrase=PASSPHRASE)
    page.passphrase.setText(PASSPHRASE)
    target = tmp_path / "restored"  # no suffix: the page adds .abarona
    answers.queue += [str(result.path), str(target)]
    with qtbot.wait_signal(page.restored) as signal:
        page.restore_button.click()
    assert signal.args == [str(target) + ".abarona"]
    with open_vault(signal.args[0], PASSPHRASE) as restored:
        assert restored.vault_id == vault.vault_id
    # Never over an existing file (the open vault included).
    answers.queue += [str(result.path), str(vault.path)]
    assert page.restore_file() is None
    kind, _title, text = answers.seen[-1]
    assert kind == "error" and "never overwrites" in text


def test_settings_are_saved_in_the_vault(page, usb, vault):
    page.folder.setText(str(usb))
    page.on_close.setChecked(True)
    page.keep.setValue(3)
    page.warn_days.setValue(2)
    assert page.save_settings()
    assert backups.get_settings(vault) == backups.BackupSettings(folder=str(usb), on_close=True, keep=3, warn_days=2)
    page.folder.setText("relative")
    assert not page.save_settings() and not page.error_label.isHidden()


def test_automatic_backups_need_nothing_retyped(page, usb, vault, qtbot, answers):
    backups.save_settings(vault, backups.BackupSettings(folder=str(usb), on_close=True, keep=2))
    page.refresh()
    assert page.automatic_due(closing=True)
    assert page.run_automatic(closing=True)  # under the vault's own key
    first = backups.backups_in(usb, vault)[-1][1]
    assert backups.verify_backup(first, PASSPHRASE).ok and page.last_skipped is None
    assert not page.automatic_due(closing=True)  # nothing changed since
    # A passphrase of their own, kept for the session, is used instead.
    page.passphrase.setText("for the colleague abroad")
    page.passphrase_repeat.setText("for the colleague abroad")  # not the vault's: typed twice, confirmed
    page.keep_for_session.setChecked(True)
    answers.queue += [True, str(usb)]
    assert page.back_up_now()
    from desktop.cases import service as svc

    svc.delete_case(vault, svc.get_case(vault, "RU-2023-001").id)
    assert page.run_automatic(closing=True)
    newest = backups.backups_in(usb, vault)[-1][1]
    assert backups.verify_backup(newest, "for the colleague abroad").ok
    assert len(backups.backups_in(usb, vault)) == 2  # rotation


def test_an_automatic_backup_not_made_is_said_with_what_to_do(page, usb, vault, tmp_path):
    backups.save_settings(vault, backups.BackupSettings(folder=str(usb), on_close=True))
    usb.rename(tmp_path / "unplugged")
    assert not page.run_automatic(closing=True)
    assert page.last_skipped is not None and page.last_skipped.reason == "no_folder"
    text = page.status_label.text()
    assert "was not made" in text and "connect the drive" in text and str(usb) in text
    assert "b00020" in page.status_label.styleSheet()


def test_locking_empties_the_page_and_forgets_the_passphrase(page, usb, answers):
    page.passphrase.setText(PASSPHRASE)
    page.keep_for_session.setChecked(True)
    answers.queue.append(str(usb))
    page.back_up_now()
    page.set_vault(None)
    assert page.passphrase.text() == "" and page.status_label.text() == "" and page.result_label.text() == ""
    assert page.folder.text() == "" and page._session_passphrase is None
    assert not page.backup_button.isEnabled()
    assert not page.run_automatic(closing=True)


def test_the_window_backs_up_with_nothing_typed_and_says_a_backup_not_made(window, cases, usb, answers, tmp_path):
    from desktop.cases import service as svc

    unlock(window, cases)  # the passphrase typed once, to unlock
    vault = window.vault
    backups.save_settings(vault, backups.BackupSettings(folder=str(usb), on_close=True, daily=True))
    window._automatic_backup()  # what the window's timer runs: the daily backup is due
    made = backups.backups_in(usb, vault)
    assert len(made) == 1 and backups.verify_backup(made[0][1], PASSPHRASE).ok
    svc.delete_case(vault, svc.get_case(vault, "A-2").id)
    usb.rename(tmp_path / "unplugged")
    window.close()  # the backup due at close cannot be made: said now...
    said = [text for kind, title, text in answers.seen if title == "Automatic backup not made"]
    assert len(said) == 1 and "connect the drive" in said[0] and str(usb) in said[0]
    window.show()
    unlock(window, cases)  # ...and on the dashboard after the next unlock
    dashboard = window.workspace.dashboard
    assert window.workspace.current_page() == "dashboard"
    assert dashboard.backup_warning.isVisible() and "was not made" in dashboard.backup_warning.text()
    assert dashboard.backup_status.text().startswith("⚠")


def test_ctrl_l_makes_the_backup_due_at_close_and_an_idle_lock_says_it_was_not(window, cases, usb, answers, qtbot):
    from PySide6.QtTest import QTest

    from desktop.cases import service as svc

    unlock(window, cases)
    vault = window.vault
    backups.save_settings(vault, backups.BackupSettings(folder=str(usb), on_close=True))
    QTest.keySequence(window, "Ctrl+L")  # the user locks: the backup due at close is made first
    assert window.vault is None
    made = list(usb.iterdir())
    assert len(made) == 1 and backups.verify_backup(made[0], PASSPHRASE).ok
    unlock(window, cases)
    svc.delete_case(window.vault, svc.get_case(window.vault, "A-2").id)
    window.idle.idle.emit()  # the idle lock does not wait for a backup...
    assert window.vault is None and len(list(usb.iterdir())) == 1
    unlock(window, cases)  # ...and the dashboard says it was not made
    warning = window.workspace.dashboard.backup_warning
    assert warning.isVisible() and "locked itself" in warning.text()
    window.activateWindow()  # the window the user types into is the active one (the unlock may
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)  # have left it inactive on a busy CI machine)
    QTest.keySequence(window, "Ctrl+L")  # made now, and the warning goes
    qtbot.waitUntil(lambda: window.vault is None, timeout=10_000)
    unlock(window, cases)
    assert len(list(usb.iterdir())) == 2 and not window.workspace.dashboard.backup_warning.isVisible()


def test_restore_with_nothing_typed_gives_a_vault_that_opens_with_the_vaults_passphrase(page, usb, tmp_path,
                                                                                        answers, vault, qtbot):
    result = backups.create_backup(vault, usb)  # under the vault's own key
    target = tmp_path / "restored.abarona"
    answers.queue += [str(result.path), str(target)]
    with qtbot.wait_signal(page.restored):
        page.restore_button.click()
    with open_vault(target, PASSPHRASE) as restored:
        assert restored.vault_id == vault.vault_id
        from desktop.cases import service as svc

        assert len(svc.list_cases(restored)) == 3


def _history(page) -> list[tuple[str, str]]:
    """(file, passphrase column) of each row of the list of backups made."""
    model = page.history_model
    return [(model.data(model.index(r, 1)), model.data(model.index(r, 3))) for r in range(model.rowCount())]


def test_a_passphrase_of_its_own_is_asked_twice_and_said_plainly(page, usb, qtbot, answers):
    """Issue 13, defect 2: a mistyped backup passphrase made a backup nobody could restore."""
    from PySide6.QtTest import QTest

    QTest.keyClicks(page.passphrase, "usb stick only 2026")
    assert not page.back_up_now(str(usb))  # not the vault's, and not repeated
    assert "not the vault's passphrase" in page.error_label.text() and list(usb.iterdir()) == []
    QTest.keyClicks(page.passphrase_repeat, "usb stick only 2025")  # a slip of the finger
    assert not page.back_up_now(str(usb))
    assert "differ" in page.error_label.text() and list(usb.iterdir()) == []
    page.passphrase_repeat.clear()
    QTest.keyClicks(page.passphrase_repeat, "usb stick only 2026")
    answers.queue.append(False)  # told it opens only with this passphrase, the user steps back
    assert not page.back_up_now(str(usb)) and list(usb.iterdir()) == []
    assert answers.seen[-1][0] == "confirm" and "only with the passphrase you typed" in answers.seen[-1][2]
    answers.queue.append(True)
    assert page.back_up_now(str(usb))
    assert "only with its own passphrase" in page.result_label.text()
    made = next(usb.iterdir())
    assert _history(page) == [(made.name, "its own")]
    page.passphrase.setText(PASSPHRASE)  # the vault's passphrase does not open it ...
    assert page.verify_file(str(made)).verdict == "wrong_passphrase"
    page.passphrase.setText("usb stick only 2026")  # ... its own does
    assert page.verify_file(str(made)).ok


def test_the_vaults_passphrase_needs_no_repeat_and_the_list_says_so(page, usb, answers):
    page.passphrase.setText(PASSPHRASE)
    assert page.back_up_now(str(usb))
    assert answers.seen == []  # nothing asked
    assert _history(page) == [(next(usb.iterdir()).name, "the vault's")]
    page.show_passphrase.setChecked(True)
    assert page.passphrase.echoMode() == page.passphrase.EchoMode.Normal
    page.passphrase.clear()  # nothing typed: the vault's own key, nothing repeated or asked either
    assert page.back_up_now(str(usb))
    assert answers.seen == []
    assert [how for _, how in _history(page)] == ["the vault's", "the vault's"]


def test_timers_that_fire_while_a_task_holds_the_vault_wait_for_it(window, cases, usb, answers):
    """Issue 13, item 6: the 15-minute backup timer fired during a long task and started a
    second worker on the vault's connection ("automatic backup failed"); a frozen window is
    the other outcome of two threads on one connection. Now the connection is lent to the
    task, and the window's own timers wait for the task to end."""
    import threading

    from PySide6.QtCore import QTimer

    from ui import tasks

    unlock(window, cases)
    vault = window.vault
    backups.save_settings(vault, backups.BackupSettings(folder=str(usb), on_close=True, daily=True))
    fired, both_fired = [], threading.Event()

    def fire_timers():  # on the GUI thread, inside the progress dialog's loop, as Qt runs them
        window.backup_timer.timeout.emit()
        window.checkpoint_timer.timeout.emit()
        both_fired.set()

    def work(progress):
        assert both_fired.wait(20)
        fired.append(backups.backups_in(usb, vault))  # (the task may read the vault: it holds it)
        progress(1, 1)
        return vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0]

    QTimer.singleShot(0, fire_timers)
    result, error = tasks.run_with_progress(window, "Working", work, vault=vault)
    assert (result, error) == (2, None)
    assert fired == [[]]  # no backup was started beside the task...
    made = backups.backups_in(usb, vault)
    assert len(made) == 1 and backups.verify_backup(made[0][1], PASSPHRASE).ok  # ...it ran after it
    assert not [seen for seen in answers.seen if seen[0] == "error"]
    assert vault.conn.execute("SELECT count(*) FROM cases").fetchone() == (2,)  # the window has it back


def test_locking_forgets_the_risk_answers_kept_between_dashboard_visits(window, cases):
    """The removal-risk band keeps its answers in memory while the vault is open (they hold
    the clients' events); the lock drops them with the vault."""
    from db.records import Case, Event, Person
    from desktop.cases import service as svc
    from desktop.cases import writes
    from desktop.rapid import risk

    unlock(window, cases)
    svc.create_case(window.vault, Case(reference="RISK-1", kind="extradition", person=Person("Алесь Рызыка"),
                                       events=[Event("transfer_date_set", "2026-01-10")]))
    window.workspace.dashboard.refresh()
    assert risk._kept and writes._writes
    window.lock()
    assert window.vault is None and not risk._kept and not writes._writes
