"""One owner thread for the vault's connection (issue 13, item 6).

Two threads on one SQLite connection froze the app: a statement sorting by the READING
collation calls back into Python while it holds the connection's mutex, and a second thread
that holds the interpreter's lock and touches the same connection waits for that mutex for
ever. The connection now refuses every thread but its owner, before SQLite is reached."""

from __future__ import annotations

import threading

import pytest

from db.errors import VaultBusy
from db.vault import OwnedConnection


def _in_thread(action):
    """Run ``action`` on a new thread; its result or exception."""
    outcome: dict = {}

    def run():
        try:
            outcome["result"] = action()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "the other thread is stuck"
    return outcome


def test_another_thread_is_refused_before_it_reaches_sqlite(vault):
    assert isinstance(vault.conn, OwnedConnection)
    outcome = _in_thread(lambda: vault.conn.execute("SELECT count(*) FROM cases").fetchone())
    assert isinstance(outcome.get("error"), VaultBusy)
    assert "still working on this vault" in str(outcome["error"])
    with pytest.raises(VaultBusy):
        _raise(_in_thread(lambda: vault.transaction().__enter__()))
    assert vault.conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)  # the owner still can
    # Attributes too: reading total_changes waited for the connection's mutex and froze the
    # app's seal check beside a query sorting in the READING collation (CI hung for 90 minutes).
    assert isinstance(_in_thread(lambda: vault.conn.total_changes).get("error"), VaultBusy)
    assert isinstance(_in_thread(lambda: vault.changed_since_open).get("error"), VaultBusy)
    assert callable(_in_thread(lambda: vault.conn.interrupt).get("result"))  # made for other threads


def test_the_seal_is_read_on_another_thread_without_the_vaults_connection(vault):
    from db.vault import seal_reader, seal_verdict

    read = seal_reader(vault)
    outcome = _in_thread(read)
    assert isinstance(outcome.get("result"), str) and len(outcome["result"]) >= 32
    assert seal_verdict(vault, outcome["result"]) in ("", "ok")
    assert seal_verdict(vault, None) == ""


def _raise(outcome):
    if "error" in outcome:
        raise outcome["error"]


def test_a_task_borrows_it_and_the_owner_waits_its_turn(vault):
    """While a worker holds the loan and sorts people in reading order (a Python collation
    called from inside SQLite), the owner is refused at once instead of freezing with it."""
    with vault.transaction() as conn:
        conn.executemany("INSERT INTO persons(id, display_name, created_at, updated_at) VALUES (?, ?, '', '')",
                         [(f"p{i}", f"Ўладзімір {i}") for i in range(3000)])
    started, release = threading.Event(), threading.Event()
    refused: list[BaseException] = []

    def task():
        with vault.lent_to_this_thread():
            rows = vault.conn.execute("SELECT display_name FROM persons ORDER BY display_name COLLATE READING")
            first = next(rows)
            started.set()
            release.wait(10)
            return first, sum(1 for _ in rows) + 1

    thread_result: dict = {}
    worker = threading.Thread(target=lambda: thread_result.update(_in_thread_body(task)))
    worker.start()
    assert started.wait(10)
    try:
        vault.conn.execute("SELECT count(*) FROM persons").fetchone()
    except VaultBusy as exc:
        refused.append(exc)
    with pytest.raises(VaultBusy):  # one task at a time: a second loan is refused
        with vault.lent_to_this_thread():
            pass
    release.set()
    worker.join(30)
    assert not worker.is_alive()
    assert refused and thread_result["result"][1] == 3000
    assert vault.conn.execute("SELECT count(*) FROM persons").fetchone() == (3000,)  # back with its owner
    assert vault.checkpoint() in (True, False)


def _in_thread_body(action):
    try:
        return {"result": action()}
    except BaseException as exc:  # noqa: BLE001
        return {"error": exc}


def test_the_idle_checkpoint_never_raises_while_a_task_holds_the_vault(vault):
    entered, release = threading.Event(), threading.Event()

    def task():
        with vault.lent_to_this_thread():
            entered.set()
            release.wait(10)

    worker = threading.Thread(target=task)
    worker.start()
    assert entered.wait(10)
    try:
        assert vault.checkpoint() is False
    finally:
        release.set()
        worker.join(10)
