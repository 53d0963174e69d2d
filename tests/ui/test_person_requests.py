"""A person's file lists their requests, each opening in the Requests section; a request
opens its person's file from the detail pane. Fields and dates in words, never codes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft
from albanera_desk.domain.records import MarketingChannel, RequestKind, RequestStatus
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.main_window import SECTION_PEOPLE, SECTION_REQUESTS, MainWindow, ui_settings
from albanera_desk.ui.person_file import PersonFileDialog


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    yield desk
    desk.close()


@pytest.fixture
def person(desk: Desk) -> int:
    return desk.people.create(
        PersonDraft(
            first_name="Łucja",
            last_name="Ștefănescu",
            emails=["lucja@example.org"],
            addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
        )
    )


def _log(desk: Desk, person: int, days_ago: int) -> str:
    new = NewRequest(date.today() - timedelta(days=days_ago), [RequestKind.ACCESS], "Łucja")
    ref = desk.requests.log(new).reference
    desk.requests.link_person(ref, person)
    return ref


def test_a_persons_requests_tab_opens_a_request_in_the_requests_section(
    qtbot: QtBot, desk: Desk, person: int, isolated_env: Path
) -> None:
    old = _log(desk, person, 40)
    new = _log(desk, person, 2)
    desk.requests.move(old, RequestStatus.WITHDRAWN, "by phone")
    desk.requests.move(old, RequestStatus.CLOSED)
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    seen: list[list[str]] = []

    def in_the_file() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonFileDialog)
        QTimer.singleShot(5000, dialog.reject)
        rows = [dialog.requests.row_at(r).reference for r in range(dialog.requests.rowCount())]
        seen.append(rows)
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 2)  # "Requests", before the log
        dialog.request_table.selectRow(1)  # the closed one
        qtbot.mouseClick(dialog.show_request_button, Qt.MouseButton.LeftButton)

    window.sidebar.setCurrentRow(SECTION_PEOPLE)
    QTimer.singleShot(0, in_the_file)
    window.people_view.open_person(person)
    assert seen == [[new, old]]  # newest first, closed ones too
    assert window.sidebar.currentRow() == SECTION_REQUESTS
    chosen = window.requests_view.selected()
    assert chosen is not None and chosen.reference == old  # found although closed
    qtbot.waitUntil(lambda: window._health_task is None)


def test_a_request_opens_its_persons_file_from_the_detail_pane(
    qtbot: QtBot, desk: Desk, person: int, isolated_env: Path
) -> None:
    ref = _log(desk, person, 3)
    unlinked = desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], "Nobody")).reference
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    window.sidebar.setCurrentRow(SECTION_REQUESTS)
    view = window.requests_view
    view.show_request(unlinked)
    assert not view.detail.person_button.isVisibleTo(view)
    view.show_request(ref)
    assert view.detail.person_button.isVisibleTo(view)
    opened: list[str] = []

    def in_the_file() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonFileDialog)
        opened.append(dialog.file.reference)
        dialog.reject()

    QTimer.singleShot(0, in_the_file)
    qtbot.mouseClick(view.detail.person_button, Qt.MouseButton.LeftButton)
    assert opened == [desk.people.open_file(person).reference]
    assert window.sidebar.currentRow() == SECTION_PEOPLE
    qtbot.waitUntil(lambda: window._health_task is None)


def test_the_file_says_fields_and_dates_in_words(qtbot: QtBot, desk: Desk, person: int) -> None:
    file = desk.people.open_file(person)
    address = file.addresses[0].id
    desk.people.correct(person, f"address:{address}", "14 rue des Lilas\n69003 Lyon", "letter")
    desk.people.set_marketing(person, MarketingChannel.SMS, False, "office")
    dialog = PersonFileDialog(desk, person)
    qtbot.addWidget(dialog)
    shown = dialog.history.toPlainText() + dialog.access.toPlainText()
    assert "Address" in shown and "Marketing by SMS" in shown
    assert f"address:{address}" not in shown and "marketing:sms" not in shown
    assert str(date.today().year) in shown and date.today().isoformat() not in shown
