"""The start-up check stops when asked, from another thread, and leaves the store as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from albanera_desk.services.health import BackgroundCheck, CheckCancelled, check_store
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from bench.people_stores import build
from tests.store.support import companions


@pytest.fixture
def big_store(store_path: Path, keys: KeyringKeys) -> Store:
    """Enough people that checking the whole file takes a while (seconds, not ms)."""
    store = create_store(store_path, keys)
    build(store, 30_000)
    return store


def test_a_finished_check_reports_like_check_store(store_path: Path, keys: KeyringKeys) -> None:
    store = create_store(store_path, keys)
    try:
        report = BackgroundCheck(store).run()
        assert report.ok
        assert [f.name for f in report.findings] == [f.name for f in check_store(store).findings]
    finally:
        store.close()


def test_cancelled_before_it_starts_it_never_opens_the_store(big_store: Store) -> None:
    check = BackgroundCheck(big_store)
    check.cancel()
    with pytest.raises(CheckCancelled):
        check.run()
    assert not check.started.is_set()
    big_store.close()


def test_cancelled_while_running_it_is_interrupted_and_leaves_nothing(big_store: Store) -> None:
    check = BackgroundCheck(big_store)
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(check.run())
        except CheckCancelled as exc:
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert check.started.wait(60)
    check.cancel()  # from this thread, as the window does at quit
    worker.join(60)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], CheckCancelled)
    assert check.interrupted
    path = big_store.path
    big_store.close()
    assert companions(path) == [path]  # no -wal or -shm left: every connection was closed
    reopened = Store.open(path, big_store.key)
    try:
        assert check_store(reopened).ok  # the interrupted check changed nothing
    finally:
        reopened.close()
