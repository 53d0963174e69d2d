"""The start dialogs judge a passphrase with the same estimate, and forget it once used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from albanera_desk.domain.passphrase import assess
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.messages import strength_text
from albanera_desk.ui.start_dialogs import FirstStartDialog, PassphraseFields, UnlockDialog
from tests.conftest import STRONG_PASSPHRASE


@pytest.mark.parametrize(
    "phrase", ["Summer2026!!!", "Password1234", "AlbaNera2026!", STRONG_PASSPHRASE]
)
def test_the_meter_shows_the_estimate_that_refuses(qtbot: QtBot, phrase: str) -> None:
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.first.setText(phrase)
    fields.second.setText(phrase)
    verdict = assess(phrase)
    assert fields.meter.value() == int(verdict.strength)
    assert fields.verdict.text() == strength_text(int(verdict.strength))
    assert (fields.passphrase() is not None) == verdict.acceptable
    if phrase != STRONG_PASSPHRASE:
        assert "Weak" in fields.verdict.text()


@pytest.mark.usefixtures("no_keyring")
def test_the_new_passphrase_is_cleared_once_the_store_exists(
    qtbot: QtBot, store_path: Path
) -> None:
    dialog = FirstStartDialog(store_path, KeyringKeys())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_passphrase.first.setText(STRONG_PASSPHRASE)
    dialog.new_passphrase.second.setText(STRONG_PASSPHRASE)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.store is not None, timeout=10_000)
    assert dialog.new_passphrase.first.text() == ""
    assert dialog.new_passphrase.second.text() == ""
    assert dialog.store is not None
    dialog.store.close()


@pytest.mark.usefixtures("no_keyring")
def test_the_unlock_field_is_cleared_once_the_store_is_open(qtbot: QtBot, store_path: Path) -> None:
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    dialog = UnlockDialog(store_path, KeyringKeys())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(STRONG_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase.text() == ""
    assert dialog.store is not None
    dialog.store.close()
