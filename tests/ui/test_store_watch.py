"""The window notices its store's files were replaced or removed, says so and stops."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.app import Launcher


def test_the_window_stops_and_says_why(qtbot: QtBot, store_path: Path, keys: KeyringKeys) -> None:
    create_store(store_path, keys).close()
    launcher = Launcher(store_path, keys)
    with qtbot.waitSignal(launcher.ready, timeout=10_000) as opened:
        launcher.start()
    window = opened.args[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._health_task is None)
    launcher.non_interactive = True  # the sentence comes as a signal, not a modal box
    store_path.rename(store_path.with_name("moved-away.db"))
    with qtbot.waitSignal(launcher.failed, timeout=15_000) as stopped:
        pass  # the window's timer finds it within a few seconds
    assert "moved, replaced or removed" in stopped.args[0]
    assert launcher.window is None and not window.isVisible()
    qtbot.wait(100)  # the stopped window is deleted
    if launcher.lock is not None:
        launcher.lock.release()
