"""Today as a dashboard: counts at the top and in the sidebar, every line clickable, a
two-month calendar of due dates, nothing cut, and a new store says what to do first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.request_search import RequestCounts, RequestFilter
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.dates import qdate
from albanera_desk.ui.main_window import SECTION_REQUESTS, MainWindow, ui_settings
from albanera_desk.ui.presenters.today import due_days, first_steps, two_months
from albanera_desk.ui.sidebar_badges import BADGES, request_badges
from albanera_desk.ui.today_page import TodayPage

TODAY = date.today()


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    yield desk
    desk.close()


def _log(desk: Desk, name: str, days_ago: int) -> str:
    new = NewRequest(TODAY - timedelta(days=days_ago), [RequestKind.ACCESS], name)
    return desk.requests.log(new).reference


def test_the_presenter_decides_first_steps_the_two_months_and_the_marked_days() -> None:
    assert [s.kind for s in first_steps(False, 0, 0)] == ["profile", "import", "letter"]
    assert [s.done for s in first_steps(True, 0, 3)] == [True, False, True]
    assert first_steps(True, 10, 1) == []
    assert two_months(date(2026, 12, 3)) == (date(2026, 12, 1), date(2027, 1, 31))
    assert two_months(date(2026, 11, 30)) == (date(2026, 11, 1), date(2026, 12, 31))
    assert two_months(date(2027, 1, 15)) == (date(2027, 1, 1), date(2027, 2, 28))
    assert request_badges(RequestCounts(0, 0, 0, 0)) == []
    assert [c for _, c in request_badges(RequestCounts(5, 2, 0, 1))] == [
        "#4b5563",
        "#b00020",
        "#1d4ed8",
    ]


def test_an_empty_store_says_what_to_do_first(qtbot: QtBot, desk: Desk) -> None:
    page = TodayPage(desk)
    qtbot.addWidget(page)
    page.refresh("key in the system keyring")
    assert page.first_steps.isVisibleTo(page)
    labels = [label.text() for label, _ in page.first_steps.rows.values()]
    assert "Fill in the organisation profile" in labels[0]
    assert "Import customers" in labels[1] and "Log the first letter" in labels[2]
    assert "Nothing missing" not in page.checks.body.text()
    assert "register is empty" in page.checks.body.text()
    with qtbot.waitSignal(page.step_chosen) as chosen:
        qtbot.mouseClick(page.first_steps.rows["letter"][1], Qt.MouseButton.LeftButton)
    assert chosen.args == ["letter"]
    _log(desk, "Jean Dupont", 0)
    page.refresh("key")
    _label, letter_button = page.first_steps.rows["letter"]
    assert not letter_button.isEnabled()  # done: ticked, its button greyed


def test_counts_lines_and_calendar_lead_to_the_requests(
    qtbot: QtBot, desk: Desk, isolated_env: Path
) -> None:
    late = _log(desk, "Jean Dupont", 60)
    soon = _log(desk, "Marie Curie", 27)  # due within the week
    asked = _log(desk, "Élodie Martin", 1)
    desk.requests.ask_identity(asked, TODAY, "customer number")
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    today = window.today
    tiles = today.counts.tiles
    assert tiles[RequestFilter.OPEN].text().startswith("3\n")
    assert tiles[RequestFilter.OVERDUE].text().startswith("1\n")
    assert tiles[RequestFilter.AWAITING_IDENTITY].text().startswith("1\n")
    # The sidebar carries the same counts.
    item = window.sidebar.item(SECTION_REQUESTS)
    assert [text for text, _ in item.data(BADGES)][:2] == ["3", "1"]
    assert "1 late" in item.toolTip()

    qtbot.mouseClick(tiles[RequestFilter.OVERDUE], Qt.MouseButton.LeftButton)
    assert window.sidebar.currentRow() == SECTION_REQUESTS
    view = window.requests_view
    assert view.filters.which() is RequestFilter.OVERDUE
    assert [view.model.row_at(r).reference for r in range(view.model.rowCount())] == [late]

    # Every line of "Due this week" is a link, the overdue one included.
    text = today.due.body.text()
    assert f'href="request:{late}"' in text and f'href="request:{soon}"' in text
    today.due.body.linkActivated.emit(f"request:{late}")
    chosen = view.selected()
    assert window.sidebar.currentRow() == SECTION_REQUESTS
    assert chosen is not None and chosen.reference == late

    # The calendar marks the due dates of this month and the next; a day lists its requests.
    due = desk.requests.get(asked).due
    assert due is not None
    first, last = two_months(TODAY)
    marked = [m for m in today.calendar.months if m.dateTextFormat(qdate(due)) != QTextCharFormat()]
    assert marked if first <= due <= last else not marked
    today.calendar.show_day(qdate(desk.requests.get(soon).due))  # type: ignore[arg-type]
    assert f'href="request:{soon}"' in today.calendar.day_list.text()
    with qtbot.waitSignal(today.record_chosen) as link:
        today.calendar.day_list.linkActivated.emit(f"request:{soon}")
    assert link.args == [f"request:{soon}"]
    qtbot.waitUntil(lambda: window._health_task is None)


def test_every_card_grows_and_the_page_scrolls_so_nothing_is_cut(qtbot: QtBot, desk: Desk) -> None:
    for n in range(15):
        _log(desk, f"Writer number {n} with a rather long name", 60 - n)
    page = TodayPage(desk)
    qtbot.addWidget(page)
    page.resize(830, 640)
    page.show()
    page.refresh("key")
    qtbot.waitUntil(lambda: page.widget().height() >= page.widget().minimumSizeHint().height())
    for card in (page.due, page.checks, page.calendar_card, page.store_card):
        assert card.height() >= card.minimumSizeHint().height()
        body = card.body
        if body.isVisible():
            assert body.height() >= body.heightForWidth(body.width())
    assert "and 3 more" in page.due.body.text()  # twelve lines, then how many more
    assert page.verticalScrollBar().maximum() > 0  # the page scrolls rather than squeezing


def test_marked_days_are_open_answers_due_red_when_late() -> None:
    from tests.ui.test_requests_presenter import summary

    late = summary(RequestStatus.IN_PROGRESS, TODAY - timedelta(days=2))
    done = summary(RequestStatus.ANSWERED, TODAY + timedelta(days=3), reference="R-2026-0002")
    marks = due_days([late, done], TODAY)
    assert list(marks) == [TODAY - timedelta(days=2)] and marks[late.due].overdue  # type: ignore[index]
