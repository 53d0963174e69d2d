"""The File menu's care of the store: settings that apply at once, Lock now, Open another
store, a key change that asks for the current passphrase, and restore from this store's
backups listed with their date, size and counts."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.services.backup import make_backup
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyKind, KeyringKeys
from albanera_desk.ui.key_dialog import KeyChangeDialog
from albanera_desk.ui.main_window import SECTION_AUDIT, MainWindow, ui_settings
from albanera_desk.ui.processor_form import ProcessorDialog
from albanera_desk.ui.restore_dialog import RestoreDialog
from albanera_desk.ui.settings_dialog import SettingsDialog
from albanera_desk.ui.store_actions import relaunch_command
from tests.conftest import STRONG_PASSPHRASE


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot: QtBot, desk: Desk, isolated_env: Path) -> Iterator[MainWindow]:
    win = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    audit = win.stack.built_view(SECTION_AUDIT)  # built only if the test showed it
    qtbot.waitUntil(
        lambda: win._health_task is None and (audit is None or audit._verify_task is None)
    )


def _settings_dialog() -> SettingsDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    assert found and found[-1].isVisible()
    return found[-1]


def _set_lock_minutes(minutes: int) -> None:
    dialog = _settings_dialog()
    dialog.lock_minutes.setValue(minutes)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_the_auto_lock_delay_applies_as_soon_as_it_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    QTimer.singleShot(0, lambda: _set_lock_minutes(0))
    window.settings_action.trigger()
    assert not window._idle_timer.isActive()  # never: no countdown, no restart needed

    QTimer.singleShot(0, lambda: _set_lock_minutes(7))
    window.settings_action.trigger()
    assert window._idle_timer.isActive() and window._idle_timer.interval() == 7 * 60_000
    window._idle_timer.setInterval(30)  # the countdown is the one that locks
    with qtbot.waitSignal(window.locked, timeout=5000):
        window._idle_timer.start()


def test_lock_now_clears_the_window_without_asking_about_an_open_form(
    qtbot: QtBot, window: MainWindow, desk: Desk
) -> None:
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    record_id = desk.register.save_processor(ProcessorRecord(legal_name="Courriel Mistral SAS"))
    form = ProcessorDialog(desk.register, desk.register.get_processor(record_id), window)
    form.show()
    qtbot.waitExposed(form)
    form.contact.setText("changed, not saved")
    with qtbot.waitSignal(window.locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()  # closed, no question left waiting
    assert window.centralWidget() is None  # no record stays on screen


def test_open_another_store_starts_the_desk_on_it_and_closes_this_window(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_store_action.shortcut().toString() == "Ctrl+O"
    program, arguments = relaunch_command(tmp_path / "other.db")
    assert program == sys.executable
    assert arguments[-4:] == ["--store", str(tmp_path / "other.db"), "--lang", "en"]
    started: list[tuple[str, list[str]]] = []

    def start(program: str, arguments: list[str]) -> bool:
        started.append((program, arguments))
        return True

    window.store_actions.start_process = start  # type: ignore[method-assign]
    assert not window.store_actions.switch_to(window.desk.store.path)  # this one is open
    assert "already open" in window.statusBar().currentMessage()
    assert started == [] and window.isVisible()
    assert window.store_actions.switch_to(tmp_path / "other.db")
    assert started == [relaunch_command(tmp_path / "other.db")]
    qtbot.waitUntil(lambda: not window.isVisible())


def _new_passphrase(dialog: KeyChangeDialog) -> None:
    dialog.fields.first.setText("Quai-des-Brumes-1938-Carne")
    dialog.fields.second.setText("Quai-des-Brumes-1938-Carne")


def test_changing_a_passphrase_key_asks_for_the_current_passphrase_first(
    qtbot: QtBot, no_keyring: None, store_path: Path
) -> None:
    store = create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        dialog = KeyChangeDialog(store.key_kind, KeyringKeys(), current_key=store.key)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.current_passphrase.isVisible()
        _new_passphrase(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.current_passphrase.setText("not the one")
        ok.click()
        assert dialog.isVisible() and "not the store's current passphrase" in (
            dialog.current_error.text()
        )
        dialog.current_passphrase.setText(STRONG_PASSPHRASE)
        ok.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert dialog.new_passphrase() == "Quai-des-Brumes-1938-Carne"
    finally:
        store.close()


def test_a_keyring_key_change_asks_no_passphrase(qtbot: QtBot, desk: Desk) -> None:
    dialog = KeyChangeDialog(desk.store.key_kind, KeyringKeys(), current_key=desk.store.key)
    qtbot.addWidget(dialog)
    dialog.show()
    assert desk.store.key_kind is KeyKind.RAW and not dialog.current_passphrase.isVisible()


def test_restore_lists_this_stores_backups_with_date_size_and_counts(
    qtbot: QtBot, desk: Desk, tmp_path: Path, keys: KeyringKeys
) -> None:
    folder = tmp_path / "backups"
    older = make_backup(desk.store, folder)
    desk.people.create(PersonDraft(first_name="Élodie", last_name="Wróblewska"))
    desk.register.save_processor(ProcessorRecord(legal_name="Courriel Mistral SAS"))
    newer = make_backup(desk.store, folder)
    other = create_store(tmp_path / "other" / "office.db", keys)  # same name, another store
    try:
        make_backup(other, folder)
    finally:
        other.close()

    dialog = RestoreDialog(
        [folder], desk.store.path, [desk.store.key], desk.store.store_id, parent=None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.text() == "Checking the backups…"  # said while the worker checks them
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20_000)
    assert dialog.empty.text() == ""
    model = dialog.model

    def cell(row: int, column: int) -> str:
        return str(model.data(model.index(row, column)))

    assert [model.row_at(r).path for r in range(2)] == [newer, older]  # newest first
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", cell(0, model.COL_DATE))
    assert re.search(r"\d", cell(0, model.COL_SIZE)) and "B" in cell(0, model.COL_SIZE)
    assert (cell(0, model.COL_PEOPLE), cell(1, model.COL_PEOPLE)) == ("1", "0")
    assert (cell(0, model.COL_REGISTER), cell(1, model.COL_REGISTER)) == ("1", "0")
    assert cell(0, model.COL_STATE) == "verified"
    assert dialog.restore_button.isEnabled()  # the newest is chosen
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen == older and dialog.result() == dialog.DialogCode.Accepted
