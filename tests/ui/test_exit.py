"""Quitting: the start-up check of the whole file is stopped, never waited for; nothing is left."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from albanera_desk.services.desk import Desk
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from albanera_desk.ui.main_window import MainWindow, ui_settings
from albanera_desk.ui.worker import Task
from bench.people_stores import build
from tests.store.support import companions


def test_quitting_right_after_launch_interrupts_the_check_and_leaves_nothing_behind(
    qtbot: QtBot, store_path: Path, keys: KeyringKeys, isolated_env: Path
) -> None:
    store = create_store(store_path, keys)
    build(store, 30_000)  # checking the whole file takes seconds
    desk = Desk.for_store(store, actor="coordinator")
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    win.show()  # its first frame starts the start-up check
    qtbot.waitUntil(lambda: win._health_task is not None, timeout=10_000)
    check, task = win.health_check, win._health_task
    assert check is not None and task is not None
    assert check.started.wait(60)  # the check is reading the file

    win.close()
    win.wait_for_work()  # what the app does once its event loop has ended
    desk.close()

    assert check.interrupted and not task.is_running()
    assert win._health_task is None  # cancelled, not failed: nothing shown as a problem
    assert "could not be checked" not in win.today.store_card.body.text()
    assert companions(store_path) == [store_path]  # no -wal / -shm: every connection closed
    reopened = Store.open(store_path, store.key)
    try:
        assert check_store(reopened).ok
    finally:
        reopened.close()


def test_waiting_for_a_task_keeps_every_reference_to_none(qtbot: QtBot) -> None:
    """PySide6 6.12's static processEvents() drops a reference to None per call: waiting
    100 times a second for a long check emptied None's count and Python aborted at exit
    ("Fatal Python error: none_dealloc"). The wait must not lose any."""
    task = Task(lambda progress: time.sleep(1.5))
    before = sys.getrefcount(None)
    task.start()
    task.wait_until_done()  # about 150 turns of its loop
    assert sys.getrefcount(None) >= before - 20
