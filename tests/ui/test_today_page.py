"""The Today page driven as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from albanera_desk.domain.person_drafts import ItemDraft, PersonDraft
from albanera_desk.domain.records import DataCategory, DataSource
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.today_page import TodayPage


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    yield desk
    desk.close()


def test_delete_them_asks_before_deleting_what_is_kept_too_long(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = desk.people.create(PersonDraft(first_name="Anne", last_name="Martin"))
    desk.people.add_item(
        pid,
        ItemDraft(
            DataCategory.BROWSING,
            "Cookies",
            DataSource.TRACKING_TOOL,
            retention_end=date(2020, 1, 1),
        ),
    )
    page = TodayPage(desk)
    qtbot.addWidget(page)
    page.show()
    page.show_retention()
    asked: list[str] = []

    def answer(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(page.retention_button, Qt.MouseButton.LeftButton)
    assert asked == ["Kept too long"]
    assert desk.people.expired_items() == 1 and page.retention.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.said) as said:
        qtbot.mouseClick(page.retention_button, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("1 item")
    assert desk.people.expired_items() == 0 and not page.retention.isVisible()
