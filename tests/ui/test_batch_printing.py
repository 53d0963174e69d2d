"""Batch printing: the day's acknowledgements as one PDF and one print job, every request
recorded as posted, nothing recorded when the coordinator cancels or the printer fails."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from albanera_desk.domain.organisation import OrganisationProfile, profile_from_privacy_policy
from albanera_desk.domain.records import LetterKind, RequestKind
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.letter_dialog import LetterDialog
from albanera_desk.ui.requests_view import RequestsView

NAMES = ("Jean Dupont", "Marie Curie", "Élodie Martin")


def _profile() -> OrganisationProfile:
    """The policy's organisation, with the person who signs its letters."""
    return replace(profile_from_privacy_policy(), signatory_name="Claire Martin")


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    desk.organisation.save(_profile())
    for name in NAMES:
        desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], name))
    yield desk
    desk.close()


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(100)
    printer.setOutputFileName(str(path))
    return printer


def _posted(desk: Desk) -> int:
    with desk.store.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM letter").scalar() or 0)


def _open_acknowledgements(qtbot: QtBot, desk: Desk) -> tuple[RequestsView, LetterDialog]:
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.show()
    assert view.acknowledge_button.isVisible() and "(3)" in view.acknowledge_button.text()
    qtbot.mouseClick(view.acknowledge_button, Qt.MouseButton.LeftButton)
    dialog = view.letter_dialog
    assert dialog.kind.currentData() == RequestLetter.ACKNOWLEDGEMENT.value
    return view, dialog


def test_the_days_acknowledgements_print_as_one_job_and_every_request_is_recorded(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    view, dialog = _open_acknowledgements(qtbot, desk)
    printed = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.record_posted(_pdf_printer(printed))
    pages = PdfReader(printed).pages
    assert len(pages) == 3  # one job: the three letters, one after the other
    assert _posted(desk) == 3
    for item in desk.requests.list():
        (sent,) = desk.requests.get(item.reference).letters
        assert sent.kind is LetterKind.ACKNOWLEDGEMENT and sent.posted_on == date.today()
    qtbot.waitUntil(lambda: not view.acknowledge_button.isVisible(), timeout=3000)


def test_a_cancelled_batch_records_nothing(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    _view, dialog = _open_acknowledgements(qtbot, desk)
    task = dialog.record_posted(_pdf_printer(tmp_path / "printed.pdf"))
    assert task is not None
    task.cancel()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30_000)
    qtbot.waitUntil(lambda: "nothing was recorded" in dialog.error.text(), timeout=3000)
    assert _posted(desk) == 0 and not dialog.recorded


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_fails_records_nothing(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    _view, dialog = _open_acknowledgements(qtbot, desk)
    nowhere = tmp_path / "no such folder" / "printed.pdf"
    task = dialog.record_posted(_pdf_printer(nowhere))
    assert task is not None
    qtbot.waitUntil(lambda: "Nothing was recorded" in dialog.error.text(), timeout=30_000)
    assert "printer" in dialog.error.text()
    assert _posted(desk) == 0 and not dialog.recorded
