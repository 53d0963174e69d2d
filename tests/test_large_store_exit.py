"""A large store opened and closed by the real app, in its own process: no abort at exit.

With 3M people the app aborted at exit ("Fatal Python error: none_dealloc", 2 of 2 runs):
waiting for the start-up check called PySide6's static processEvents() ~100 times a second,
each call dropping a reference to None. The size here is bounded for ``make test``; the
``slow`` run (``make soak``) uses a larger store.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store
from bench.people_stores import build
from tests.conftest import STRONG_PASSPHRASE
from tests.store.support import companions


def _open_and_close_in_the_app(tmp_path: Path, keys: KeyringKeys, people: int) -> None:
    path = tmp_path / "large.db"
    store = create_store(path, keys, STRONG_PASSPHRASE)
    try:
        build(store, people)
    finally:
        store.close()
    env = dict(
        os.environ,
        ALBANERA_DESK_STORE=str(path),
        ALBANERA_DESK_PASSPHRASE=STRONG_PASSPHRASE,
        QT_QPA_PLATFORM="offscreen",
        PYTHONFAULTHANDLER="1",
    )
    for section in ("people", "today"):  # the list of people, then the start-up check
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "albanera_desk",
                "--exit-after-first-paint",
                "--section",
                section,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert "Fatal Python error" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr
    assert companions(path) == [path]  # closed cleanly: no -wal / -shm left
    reopened = Store.open(path, StoreKey.passphrase(STRONG_PASSPHRASE))
    try:
        assert check_store(reopened).ok
    finally:
        reopened.close()


def test_a_large_store_opens_and_closes_cleanly(tmp_path: Path, keys: KeyringKeys) -> None:
    _open_and_close_in_the_app(tmp_path, keys, 20_000)


@pytest.mark.slow
def test_a_very_large_store_opens_and_closes_cleanly(tmp_path: Path, keys: KeyringKeys) -> None:
    _open_and_close_in_the_app(tmp_path, keys, 500_000)
