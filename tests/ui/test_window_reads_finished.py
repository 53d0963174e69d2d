"""What the coordinator reads on screen: section names beside their counts at either size
and in either language, restores and backups said with dates in words, countries by name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidgetItem, QStyleFactory
from pytestqt.qtbot import QtBot

from albanera_desk.domain.records import RequestKind
from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.request_search import RequestCounts
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.app import install_translators
from albanera_desk.ui.main_window import SECTION_PEOPLE, SECTION_REQUESTS, MainWindow, ui_settings
from albanera_desk.ui.sidebar_badges import BADGES, show_request_counts
from albanera_desk.ui.theme import apply_theme


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    opened = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    yield opened
    opened.close()


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language, and its look (theme and style sheet) as the desk wears it."""
    lang = str(request.param)
    installed = install_translators(qapp, lang) if lang == "fr" else []
    before = qapp.style().name() or "Fusion"
    apply_theme(qapp)
    yield lang
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())
    qapp.setStyle(QStyleFactory.create(before))
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.mark.parametrize("size", [(1366, 850), (1024, 700)])
def test_every_section_name_fits_beside_or_above_its_counts(
    qtbot: QtBot, desk: Desk, isolated_env: Path, language: str, size: tuple[int, int]
) -> None:
    late = NewRequest(date.today() - timedelta(days=60), [RequestKind.ACCESS], "Jean Dupont")
    desk.requests.log(late)
    asked = NewRequest(date.today(), [RequestKind.ACCESS], "Élodie Martin")
    desk.requests.ask_identity(desk.requests.log(asked).reference, date.today(), "order number")
    window = MainWindow(desk, ui_settings(isolated_env))  # counts the requests as it opens
    qtbot.addWidget(window)
    sidebar = window.sidebar
    width = sidebar.width()
    requests = sidebar.item(SECTION_REQUESTS)
    assert requests.text() == {"en": "Requests", "fr": "Demandes"}[language]
    sidebar.doItemsLayout()  # measured before the style sheet applies, as when it opens
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert len(requests.data(BADGES)) >= 3

    def rows_overlap() -> bool:
        rects = [sidebar.visualItemRect(sidebar.item(r)) for r in range(sidebar.count())]
        return any(a.bottom() >= b.top() for a, b in pairwise(rects))

    # Measured again once shown: the pills never run over the next section's name.
    qtbot.waitUntil(lambda: not rows_overlap())
    laid_out = sidebar.sizeHintForIndex(sidebar.indexFromItem(requests)).height()
    assert sidebar.visualItemRect(requests).height() >= laid_out
    today = sidebar.item(0)

    def height(item: QListWidgetItem) -> int:
        return sidebar.visualItemRect(item).height()

    # No room beside the name at the sidebar's width: the pills take a line under it.
    show_request_counts(requests, RequestCounts(1284, 137, 12, 45))
    assert height(requests) > height(today)
    assert sidebar.width() == width  # the sections keep their room at 1024x700
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        needed = sidebar.sizeHintForIndex(sidebar.indexFromItem(item))
        assert needed.width() <= sidebar.viewport().width(), item.text()  # nothing cut
        assert height(item) >= needed.height(), item.text()
    show_request_counts(requests, RequestCounts(3, 0, 0, 0))  # one pill: beside the name
    assert height(requests) == height(today)
    qtbot.waitUntil(lambda: window._health_task is None)


def test_every_note_the_demo_writes_in_the_audit_trail_is_put_in_words(
    store_path: Path, keys: KeyringKeys, qapp: QApplication
) -> None:
    """The Audit section's Note column: notes the core wrote are read out in the window's
    language (a pattern each), never shown as the core's English shorthand."""
    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.services.demo import fill
    from albanera_desk.services.organisation import OrganisationService
    from albanera_desk.ui.audit_words import _NOTES, note_text

    store = create_store(store_path, keys)
    try:
        OrganisationService(store, "coordinator").save(profile_from_privacy_policy())
        fill(store, "coordinator")
        notes = {event.note for event in AuditTrail(store).page(limit=100_000) if event.note}
    finally:
        store.close()
    assert "answer letter posted" in notes
    assert any(note.startswith("art. 19 notices posted to ") for note in notes)
    unworded = sorted(n for n in notes if not any(p.fullmatch(n) for p, _ in _NOTES))
    assert unworded == []
    worded = note_text("art. 19 notices (lift) to 8 recipients")
    assert "(restriction lifted)" in worded and "8 recipient" in worded


def test_the_people_table_names_each_persons_country_in_the_windows_language(
    qtbot: QtBot, desk: Desk, isolated_env: Path, language: str
) -> None:
    from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft

    desk.people.create(
        PersonDraft(
            first_name="Noël",
            last_name="Ørsted",
            addresses=[AddressDraft(["3 rue du Rhône"], "1204", "Genève", "", "CH")],
        )
    )
    desk.people.create(
        PersonDraft(
            first_name="Élodie",
            last_name="Martin",
            addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
        )
    )
    desk.people.create(PersonDraft(first_name="Zoë", last_name="Sansadresse"))
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.sidebar.setCurrentRow(SECTION_PEOPLE)
    view = window.people_view
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    column = model.COLUMNS.index("country")
    shown = {
        str(model.data(model.index(row, 1))): model.data(model.index(row, column))
        for row in range(3)
    }
    names = {"en": ("Switzerland", "France"), "fr": ("Suisse", "France")}[language]
    assert shown == {"Noël Ørsted": names[0], "Élodie Martin": names[1], "Zoë Sansadresse": ""}
    heading = view.table.horizontalHeader()
    metrics = heading.fontMetrics()
    # At 1024x700 the postcode and the country step aside; no column is cut off.
    hidden = [s for s in range(model.columnCount()) if view.table.isColumnHidden(s)]
    assert hidden == [model.COLUMNS.index("postcode"), column]
    qtbot.waitUntil(lambda: view.table.horizontalScrollBar().maximum() == 0)
    for section in range(model.columnCount() - 1):  # the last one stretches
        if section in hidden:
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal))
        assert heading.sectionSize(section) >= metrics.horizontalAdvance(title) + 12, title
    window.resize(1366, 850)  # the usual screen: every column in view, no sideways scrolling
    qtbot.waitUntil(lambda: view.table.viewport().width() > 900)
    qtbot.waitUntil(lambda: not view.table.isColumnHidden(column))  # every column again
    widths = sum(heading.sectionSize(s) for s in range(model.columnCount() - 1))
    assert widths + 60 <= view.table.viewport().width()
    qtbot.waitUntil(lambda: window._health_task is None)


def test_f1_names_the_keys_as_the_keyboard_does_in_the_windows_language(language: str) -> None:
    from albanera_desk.ui.help_texts import shortcut_rows

    keys = [key for key, _ in shortcut_rows()]
    expected = {
        "en": ["Esc", "Enter", "PgUp / PgDown", "Ctrl+Shift+K"],
        "fr": ["Échap", "Entrée", "Page préc / Page suiv", "Ctrl+Maj+K"],
    }[language]
    assert all(key in keys for key in expected), keys


def test_a_restore_in_the_audit_trail_names_its_backup_by_date_not_by_stamp(
    qapp: QApplication,
) -> None:
    from datetime import UTC, datetime

    from albanera_desk.ui.audit_words import note_text
    from albanera_desk.ui.dates import text_datetime

    made = text_datetime(datetime(2026, 12, 3, 9, 28, 11, tzinfo=UTC))
    name = "office-b3094272-20261203T092811086012Z.albanera-backup"
    assert note_text(f"restored from {name}") == f"restored from the backup of {made}"
    again = note_text(f"restore of {name}: 2 erasures made after it re-applied")
    assert made in again and "20261203" not in again
    assert note_text("restored from my-copy.albanera-backup") == (
        "restored from my-copy.albanera-backup"  # a name without a stamp stays as it is
    )
