"""The window refuses a letter that cannot be true yet with the same sentence as the CLI,
and records nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from albanera_desk.domain.records import RequestKind
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from tests.requests import scenario


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


def test_an_unlinked_request_gets_the_sentence_in_the_letter_dialog(
    qtbot: QtBot, desk: Desk
) -> None:
    from albanera_desk.ui.letter_dialog import LetterDialog

    scenario.build(desk.store)
    ref = scenario.log(desk.store, None, [RequestKind.ACCESS])
    dialog = LetterDialog(desk, [ref])
    qtbot.addWidget(dialog)
    index = dialog.kind.findData(RequestLetter.ACCESS_RESPONSE.value)
    assert index >= 0
    dialog.kind.setCurrentIndex(index)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    said = " ".join(dialog.error.text().split())
    assert "is not linked to anyone yet" in said and "nobody we know" in said
    assert "Nothing was recorded." in said
    assert not desk.requests.get(ref).letters  # nothing kept with the request
