"""One desk per store: a second one is told plainly, and restore waits for none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from albanera_desk.domain.errors import StoreOpenElsewhere
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.lock import StoreLock
from albanera_desk.ui.app import Launcher

HOLD = (
    "import sys, time; from pathlib import Path; from albanera_desk.store.lock import StoreLock;"
    "lock = StoreLock(Path(sys.argv[1])).acquire(); print('held', flush=True); time.sleep(30)"
)


@pytest.fixture
def held_elsewhere(store_path: Path, keys: KeyringKeys):  # type: ignore[no-untyped-def]
    create_store(store_path, keys).close()
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store_path)], stdout=subprocess.PIPE, text=True
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "held"
    yield store_path
    other.kill()
    other.wait()
    assert other.stdout is not None
    other.stdout.close()


def test_a_second_desk_is_told_the_store_is_open_elsewhere(held_elsewhere: Path) -> None:
    with pytest.raises(StoreOpenElsewhere, match="already open in another Alba Nera Desk window"):
        StoreLock(held_elsewhere).acquire()


def test_the_lock_is_free_again_when_the_other_desk_ends(
    store_path: Path, keys: KeyringKeys
) -> None:
    create_store(store_path, keys).close()
    with StoreLock(store_path):
        pass
    with StoreLock(store_path) as lock:
        assert lock.path.read_text().isdigit()


def test_the_window_says_so_instead_of_opening(
    qtbot: QtBot, held_elsewhere: Path, keys: KeyringKeys
) -> None:
    launcher = Launcher(held_elsewhere, keys)
    launcher.non_interactive = True
    with qtbot.waitSignal(launcher.failed) as blocker:
        launcher.start()
    assert "already open" in blocker.args[0]
    assert launcher.window is None and launcher.lock is None
