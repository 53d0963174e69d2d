"""The Requests section driven as a user would: log a letter, see its deadline, move it."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from albanera_desk.domain.records import RequestKind
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.request_search import RequestFilter
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.main_window import MainWindow, ui_settings
from albanera_desk.ui.request_new import NewRequestDialog
from albanera_desk.ui.request_words import due_in_words
from albanera_desk.ui.requests_view import RequestsView


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


def test_due_in_words(qtbot: QtBot) -> None:
    friday = date(2026, 6, 5)
    assert due_in_words(friday, date(2026, 5, 27)) == "due Friday 5 June, in 9 days"
    assert due_in_words(friday, date(2026, 6, 4)) == "due Friday 5 June, in 1 day"
    assert due_in_words(friday, friday) == "due today, Friday 5 June"
    assert due_in_words(friday, date(2026, 6, 8)) == "overdue by 3 days (due Friday 5 June)"


def test_log_a_letter_from_the_dialog(qtbot: QtBot, desk: Desk) -> None:
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.show()
    assert view.stack.currentIndex() == 0  # empty state first

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewRequestDialog)
        QTimer.singleShot(5000, dialog.reject)  # never leave a modal dialog hanging a test
        dialog.received.setDate(QDate.currentDate().addDays(-3))
        dialog.writer.setText("Łucja Ștefănescu")
        dialog.street.setPlainText("12 rue des Lilas")
        dialog.postcode.setText("6900")  # a digit short: the post would not deliver
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        assert "postcode not valid" in dialog.error.text()
        dialog.postcode.setText("69003")
        dialog.city.setText("Lyon")
        qtbot.keyClick(dialog.kinds[RequestKind.ACCESS], Qt.Key.Key_Space)
        dialog.kinds[RequestKind.CORRECTION].setChecked(True)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)

    assert view.stack.currentIndex() == 1
    assert view.model.rowCount() == 1
    item = view.model.row_at(0)
    assert item.kinds == (RequestKind.ACCESS, RequestKind.CORRECTION)
    due_text = view.model.index(0, view.model.COL_DUE).data()
    assert item.due is not None and due_text.startswith(item.due.strftime("%d/%m/%Y"))
    view.table.selectRow(0)
    assert item.reference in view.detail.text()
    assert "one month" in view.detail.text()
    assert desk.requests.get(item.reference).writer_name == "Łucja Ștefănescu"


def test_overdue_requests_stand_out_on_today(qtbot: QtBot, desk: Desk, isolated_env: Path) -> None:
    old = date.today() - timedelta(days=60)
    desk.requests.log(NewRequest(old, [RequestKind.ACCESS], "Jean Dupont"))
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    text = window.today.due.body.text()
    assert "overdue by" in text and "Jean Dupont" in text and "#b00020" in text
    qtbot.waitUntil(lambda: window._health_task is None)


def test_dropping_a_scan_opens_a_new_request_with_it(
    qtbot: QtBot, desk: Desk, isolated_env: Path, tmp_path: Path
) -> None:
    scan = tmp_path / "courrier.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    window = MainWindow(desk, ui_settings(isolated_env))
    qtbot.addWidget(window)
    seen: list[str] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewRequestDialog)
        QTimer.singleShot(5000, dialog.reject)  # never leave a modal dialog hanging a test
        seen.append(dialog.scan_label.text())
        dialog.writer.setText("Jean Dupont")
        dialog.street.setPlainText("3 rue Oberkampf")
        dialog.postcode.setText("75011")
        dialog.city.setText("Paris")
        dialog.kinds[RequestKind.ACCESS].setChecked(True)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])
    QTimer.singleShot(50, fill_dialog)
    window.dropEvent(
        QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: bool(seen) and window.requests_view.model.rowCount() == 1)
    assert seen == ["courrier.png"]
    ref = window.requests_view.model.row_at(0).reference
    assert desk.requests.scan(ref) == ("image/png", scan.read_bytes())
    qtbot.waitUntil(lambda: window._health_task is None)


def test_refuse_print_record_posted_and_close(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.domain.records import RequestStatus
    from albanera_desk.services.letters import RequestLetter
    from albanera_desk.ui.letter_dialog import LetterDialog

    desk.organisation.save(replace(profile_from_privacy_policy(), signatory_name="Claire Martin"))
    ref = desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], "Jean Dupont")).reference
    desk.requests.move(ref, RequestStatus.REFUSED, "fifth identical request this month")
    from albanera_desk.domain.records import DecisionGround
    from albanera_desk.services.request_decisions import RequestDecisions

    RequestDecisions(desk.store, "coordinator").refuse(
        ref, DecisionGround.EXCESSIVE, "fifth identical request this month"
    )
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)

    saved = tmp_path / "refusal.pdf"
    dialog = LetterDialog(desk, [ref], view)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(RequestLetter.REFUSAL.value))
    monkeypatch.setattr(
        "albanera_desk.ui.letter_dialog.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(saved), "PDF (*.pdf)"),
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved.exists())
    assert saved.read_bytes().startswith(b"%PDF")
    dialog.tracking.setText("1A23456789012")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.posted_button, Qt.MouseButton.LeftButton)
    assert dialog.recorded
    closed = desk.requests.move(ref, RequestStatus.CLOSED)
    assert closed.status is RequestStatus.CLOSED


def test_batch_of_letters_in_one_pdf(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.ui.letter_dialog import LetterDialog

    desk.organisation.save(replace(profile_from_privacy_policy(), signatory_name="Claire Martin"))
    for name in ("Jean Dupont", "Marie Curie", "Élodie Martin"):
        desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], name))
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.table.selectAll()
    refs = [item.reference for item in view.selected_all()]
    assert len(refs) == 3
    saved = tmp_path / "batch.pdf"
    monkeypatch.setattr(
        "albanera_desk.ui.letter_dialog.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(saved), "PDF (*.pdf)"),
    )
    dialog = LetterDialog(desk, refs, view)
    qtbot.addWidget(dialog)
    assert not dialog.tracking.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: saved.exists(), timeout=10_000)
    pages = PdfReader(saved).pages
    assert len(pages) == 3 and all(
        ref in page.extract_text() for ref, page in zip(refs, pages, strict=True)
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.posted_button, Qt.MouseButton.LeftButton)
    with desk.store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM letter").scalar() == 3


def test_log_link_preview_print_the_access_response_and_close(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coordinator's whole round: letter in, person linked, answer printed, request closed."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft
    from albanera_desk.domain.records import RequestStatus
    from albanera_desk.services.letters import RequestLetter
    from albanera_desk.ui.letter_dialog import LetterDialog
    from albanera_desk.ui.person_link import PersonLinkDialog

    desk.organisation.save(replace(profile_from_privacy_policy(), signatory_name="Claire Martin"))
    person_id = desk.people.create(
        PersonDraft(
            first_name="Łucja",
            last_name="Ștefănescu",
            emails=["lucja@example.org"],
            addresses=[AddressDraft(["12 rue des Lilas"], "69003", "Lyon")],
        )
    )
    view = RequestsView(desk)
    qtbot.addWidget(view)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewRequestDialog)
        QTimer.singleShot(5000, dialog.reject)
        dialog.writer.setText("Łucja Ștefănescu")
        dialog.street.setPlainText("12 rue des Lilas")
        dialog.postcode.setText("69003")
        dialog.city.setText("Lyon")
        dialog.kinds[RequestKind.ACCESS].setChecked(True)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    ref = view.model.row_at(0).reference

    link = PersonLinkDialog(desk, desk.requests.get(ref), view)
    qtbot.addWidget(link)
    link.search.setText("lucja")  # typed without accents
    qtbot.waitUntil(lambda: link.results.count() == 1, timeout=3000)
    qtbot.keyClick(link.search, Qt.Key.Key_Return)
    assert desk.requests.get(ref).person_id == person_id
    desk.requests.move(ref, RequestStatus.IN_PROGRESS)

    letter = LetterDialog(desk, [ref], view)
    qtbot.addWidget(letter)
    letter.kind.setCurrentIndex(letter.kind.findData(RequestLetter.ACCESS_RESPONSE.value))
    qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(letter, "preview_dialog", None) is not None, timeout=20_000)
    preview = letter.preview_dialog
    assert preview.page_count >= 2  # the answer, then its annex
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printed_file = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed_file))
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        preview.print_to(printer)
    assert len(PdfReader(printed_file).pages) == preview.page_count
    preview.reject()

    with qtbot.waitSignal(letter.accepted, timeout=20_000):
        qtbot.mouseClick(letter.posted_button, Qt.MouseButton.LeftButton)
    from sqlalchemy import select

    from albanera_desk.store.models import Attachment, Letter, Request

    with desk.store.session_factory() as session:  # the PDF as sent is kept with the request
        posted = session.scalars(select(Letter).join(Request).where(Request.reference == ref)).one()
        pdf = session.get(Attachment, posted.pdf_id)
        assert posted.kind.value == "access_response" and posted.posted_on == date.today()
        assert (
            pdf is not None
            and "Ștefănescu" in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
        )
    # The letter as sent: listed with its posting date, and shown again from the store.
    view.reload()
    view.table.selectRow(0)
    assert "Letter sent: access response" in view.detail.text()
    assert "linked to a person" in view.detail.text()  # events in words, not codes
    (sent,) = desk.requests.get(ref).letters
    again = view.view_sent(ref, sent.id)
    assert again is not None and again.page_count == preview.page_count  # type: ignore[attr-defined]
    again.reject()
    # The scan came later, by post in a second envelope: attached to the request.
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_letters_pdf())
    assert view.attach_scan(ref, scan)
    assert desk.requests.scan(ref) is not None
    # Posting the answer answered the request by itself: its clock stopped.
    answered = desk.requests.get(ref)
    assert answered.status is RequestStatus.ANSWERED and not answered.overdue(date.max)
    assert desk.requests.move(ref, RequestStatus.CLOSED).status is RequestStatus.CLOSED
    view.reload()
    assert view.model.rowCount() == 0 and view.stack.currentIndex() == 1  # closed: hidden
    view.show_filter(RequestFilter.CLOSED)
    assert view.model.row_at(0).status is RequestStatus.CLOSED


def _letters_pdf() -> bytes:
    from tests.ui.test_print_preview import _letters

    return _letters(1)


def test_search_and_filters_find_requests_and_hide_closed_ones(qtbot: QtBot, desk: Desk) -> None:
    from albanera_desk.domain.records import RequestStatus

    old = date.today() - timedelta(days=60)
    late = desk.requests.log(
        NewRequest(old, [RequestKind.ACCESS], "Jean Dupont", ["3 rue Oberkampf", "75011 Paris"])
    ).reference
    lucja = desk.requests.log(
        NewRequest(date.today(), [RequestKind.ACCESS], "Łucja Ștefănescu", ["69003 Lyon"])
    ).reference
    gone = desk.requests.log(NewRequest(old, [RequestKind.ERASURE], "Marie Curie")).reference
    desk.requests.move(gone, RequestStatus.WITHDRAWN, "withdrawn by phone")
    desk.requests.move(gone, RequestStatus.CLOSED)
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.resize(820, 560)  # the room the section has in a 1024x700 window
    view.show()

    def shown() -> list[str]:
        return [view.model.row_at(r).reference for r in range(view.model.rowCount())]

    assert shown() == [late, lucja]  # closed hidden by default, the overdue first
    assert "2 request" in view.count_label.text()
    # In a 1024x700 window the chips take a line under the search box, which keeps its room.
    qtbot.waitUntil(lambda: view.filters.chips_apart)
    qtbot.waitUntil(lambda: view.filters.search.width() >= 300)  # once laid out again
    received = view.model.COL_RECEIVED  # steps aside so the writer's name keeps room
    qtbot.waitUntil(lambda: view.table.isColumnHidden(received))
    view.resize(1300, 560)
    qtbot.waitUntil(lambda: not view.filters.chips_apart)  # a wide one: side by side
    qtbot.waitUntil(lambda: not view.table.isColumnHidden(received))
    view.resize(820, 560)
    qtbot.waitUntil(lambda: view.filters.chips_apart)
    view.filters.search.setText("lucja")  # typed without accents
    qtbot.waitUntil(lambda: shown() == [lucja], timeout=3000)
    view.filters.search.setText("75011")
    qtbot.waitUntil(lambda: shown() == [late], timeout=3000)
    view.filters.search.clear()
    qtbot.waitUntil(lambda: len(shown()) == 2, timeout=3000)
    qtbot.mouseClick(view.filters.buttons[RequestFilter.OVERDUE], Qt.MouseButton.LeftButton)
    assert shown() == [late]
    assert view.filters.buttons[RequestFilter.OVERDUE].text().endswith("· 1")
    qtbot.mouseClick(view.filters.buttons[RequestFilter.CLOSED], Qt.MouseButton.LeftButton)
    assert shown() == [gone]
    view.show_request(lucja)  # from a person's file: found whatever the filter
    assert view.selected() is not None and view.selected().reference == lucja  # type: ignore[union-attr]

    # The due date is sized to what it says: never cut, whatever the window's width.
    view.show_filter(RequestFilter.NOT_CLOSED)
    metrics = view.table.fontMetrics()
    for row in range(view.model.rowCount()):
        text = view.model.index(row, view.model.COL_DUE).data()
        bold = view.table.font()
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics

        needed = max(metrics.horizontalAdvance(text), QFontMetrics(bold).horizontalAdvance(text))
        assert view.table.columnWidth(view.model.COL_DUE) >= needed
