"""On the requests desk's screens: words of the window's language, never an internal code
(field names, enum values, letter kinds) and never an ISO date, in French and in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QTableView,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft
from albanera_desk.domain.records import LetterKind, MarketingChannel, RequestKind, RequestStatus
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.letter_dialog import LetterDialog
from albanera_desk.ui.person_file import PersonFileDialog
from albanera_desk.ui.request_forms import IdentityAskDialog, StatusDialog
from albanera_desk.ui.requests_view import RequestsView
from albanera_desk.ui.today_page import TodayPage

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# Codes that are not also plain words ("refusal" is both a letter kind and a word).
CODES = {
    *(s.value for s in RequestStatus if "_" in s.value),
    *(k.value for k in LetterKind if "_" in k.value),
    *(k.value for k in RequestLetter if "-" in k.value),
    "received_on",
    "first_name",
    "last_name",
    "marketing:sms",
    "refuse",
    "accepte",
}
FIELD_CODE = re.compile(r"\b(address|email|phone|item|marketing):\w+")


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    if request.param == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield str(request.param)
    QLocale.setDefault(before)


@pytest.fixture
def desk_and_person(store_path: Path, keys: KeyringKeys) -> Iterator[tuple[Desk, int]]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    from dataclasses import replace

    signed = replace(profile_from_privacy_policy(), signatory_name="Claire Martin")
    desk.organisation.save(signed)
    person = desk.people.create(
        PersonDraft(
            first_name="Łucja",
            last_name="Ștefănescu",
            birth_date=date(1990, 4, 2),
            emails=["lucja@example.org"],
            addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
        )
    )
    address = desk.people.open_file(person).addresses[0].id
    desk.people.correct(person, f"address:{address}", "14 rue des Lilas\n69003 Lyon", "letter")
    desk.people.set_marketing(person, MarketingChannel.SMS, False, "office")
    old = date.today() - timedelta(days=50)
    late = desk.requests.log(NewRequest(old, [RequestKind.ACCESS], "Łucja Ștefănescu")).reference
    desk.requests.link_person(late, person)
    desk.requests.extend(late, old + timedelta(days=5), "many systems")
    asked = desk.requests.log(NewRequest(date.today(), [RequestKind.CORRECTION], "Jean Dupont"))
    desk.requests.ask_identity(asked.reference, date.today(), "the customer number")
    pdf = desk.letters.prepare([late], RequestLetter.ACKNOWLEDGEMENT).pdf
    desk.letters.record_posted(
        late, RequestLetter.ACKNOWLEDGEMENT, pdf, posted_on=date.today(), language="fr"
    )
    yield desk, person
    desk.close()


def _texts(widget: QWidget) -> list[str]:
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        if isinstance(child, QTextBrowser):
            found.append(child.toPlainText())
        if isinstance(child, QComboBox):
            found.extend(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QTableView) and isinstance(child.model(), QAbstractItemModel):
            model = child.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.index(row, column).data(role)
                        if isinstance(value, str):
                            found.append(value)
            for column in range(model.columnCount()):
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        found.append(child.toolTip())
    return [text for text in found if text]


def _assert_readable(texts: list[str]) -> None:
    for text in texts:
        assert not ISO_DATE.search(text), text
        assert not FIELD_CODE.search(text), text
        words = set(re.findall(r"[\w:-]+", text))
        assert not (words & CODES), text


def test_the_requests_desk_shows_words_and_dates_never_codes(
    qtbot: QtBot, desk_and_person: tuple[Desk, int], language: str
) -> None:
    desk, person = desk_and_person
    view = RequestsView(desk)
    qtbot.addWidget(view)
    for row in range(view.model.rowCount()):
        view.table.selectRow(row)
        _assert_readable(_texts(view))
    late = view.model.row_at(0)
    full = desk.requests.get(late.reference)
    for dialog in (
        LetterDialog(desk, [late.reference], view),
        IdentityAskDialog(full, view),
        StatusDialog(full, [], view),
    ):
        qtbot.addWidget(dialog)
        _assert_readable(_texts(dialog))
    today = TodayPage(desk)
    qtbot.addWidget(today)
    today.refresh("key")
    _assert_readable(_texts(today))
    person_file = PersonFileDialog(desk, person)
    qtbot.addWidget(person_file)
    texts = _texts(person_file)
    _assert_readable(texts)
    assert any("Address" in t or "Adresse" in t for t in texts)  # the field, in words
