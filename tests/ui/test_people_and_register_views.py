"""People, Register and Transfers driven as a user would: search, open, correct, import,
edit the register, export it, record a transfer."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft
from albanera_desk.domain.records import AuditAction, LegalGround, ProcessorRole, RequestKind
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.people_import import ImportDialog
from albanera_desk.ui.people_model import KEPT_PAGES, PAGE, PeopleModel
from albanera_desk.ui.people_view import PeopleView
from albanera_desk.ui.person_file import CorrectionDialog, PersonFileDialog
from albanera_desk.ui.person_link import PersonLinkDialog
from albanera_desk.ui.register_view import ProcessorDialog, RegisterView
from albanera_desk.ui.transfers_view import TransferDialog, TransfersView

SHOP_CSV = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
    "Tax Exempt,Tags\n"
    "'7001,Élodie,Wróblewska,elodie.w@example.org,yes,,8 rue des Tanneurs,,Strasbourg,,FR,"
    "'67000,,'+33612345678,no,240.00,3,,no,vip\n"
    "'7002,Bjørn,Østergaard,bjorn@example.dk,no,,Nørregade 4,,København,,DK,'1165,,,yes,"
    "15.50,1,,no,\n"
)


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


def _elodie(desk: Desk) -> int:
    return desk.people.create(
        PersonDraft(
            first_name="Élodie",
            last_name="Wróblewska",
            emails=["elodie.w@example.org"],
            addresses=[AddressDraft(["8 rue des Tanneurs"], "67000", "Strasbourg")],
        )
    )


def test_search_as_you_type_finds_without_accents_and_opens_the_file(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    person_id = _elodie(desk)
    desk.people.create(PersonDraft(first_name="Marc", last_name="Durand"))
    view = PeopleView(desk)
    qtbot.addWidget(view)
    view.resize(820, 560)  # the room the section has in a 1024x700 window
    view.show()
    assert view.model.rowCount() == 2
    table = view.table  # no column cut off: the country steps aside, the city says it
    qtbot.waitUntil(lambda: table.isColumnHidden(5))
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    view.resize(1300, 700)
    qtbot.waitUntil(lambda: not table.isColumnHidden(5))
    view.search.setText("elodie")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.person_at(0).id == person_id  # type: ignore[union-attr]

    dialog = PersonFileDialog(desk, person_id, view)
    qtbot.addWidget(dialog)
    assert "Wróblewska" in dialog.summary.toPlainText()
    assert "elodie.w@example.org" in dialog.summary.toPlainText()
    views = [e for e in desk.audit.page(limit=50) if e.action is AuditAction.VIEW]
    assert views and views[0].record_type == "person"  # opening the file is on record
    assert "opened the file" in dialog.access.toPlainText()  # and shown in the file
    assert "coordinator" in dialog.access.toPlainText()

    from pypdf import PdfReader

    annex = tmp_path / "annex.pdf"
    dialog.export_to(annex, "pdf")
    assert "Wróblewska" in "".join(page.extract_text() for page in PdfReader(annex).pages)
    exports = [e for e in desk.audit.page(limit=50) if e.action is AuditAction.EXPORT]
    assert exports and exports[0].record_id == dialog.file.reference  # the export is on record


def test_a_correction_from_the_file_keeps_before_after_and_the_request(
    qtbot: QtBot, desk: Desk
) -> None:
    person_id = _elodie(desk)
    ref = desk.requests.log(
        NewRequest(date.today(), [RequestKind.CORRECTION], "Élodie Wróblewska")
    ).reference
    desk.requests.link_person(ref, person_id)
    file_dialog = PersonFileDialog(desk, person_id)
    qtbot.addWidget(file_dialog)
    correction = CorrectionDialog(file_dialog.file, file_dialog._open_requests(), file_dialog)
    qtbot.addWidget(correction)
    correction.choice.setCurrentIndex(1)  # last name
    assert correction.field() == "last_name"
    ok = correction.buttons.buttons()[0]
    correction.after.setPlainText("Wróblewska-Morel")
    assert not ok.isEnabled()  # no reason yet
    correction.reason.setText("nom d'usage indiqué dans le courrier")
    assert ok.isEnabled()
    assert correction.request.currentText() == ref
    assert file_dialog.apply_correction(correction)
    change = file_dialog.file.corrections[0]
    assert (change.field, change.before, change.after) == (
        "last_name",
        "Wróblewska",
        "Wróblewska-Morel",
    )
    assert change.request_reference == ref
    assert "Wróblewska-Morel" in file_dialog.history.toPlainText()

    assert file_dialog.undo_last_correction()  # a slip is undone by another correction
    assert file_dialog.file.last_name == "Wróblewska"
    assert len(file_dialog.file.corrections) == 2


def test_the_people_list_keeps_only_a_few_pages_in_memory(qtbot: QtBot, desk: Desk) -> None:
    class Source:
        """A million people that exist only when asked for."""

        fetched = 0

        def count(self) -> int:
            return 1_000_000

        def rows(self, offset: int, limit: int) -> list[object]:
            Source.fetched += 1
            return [object() for _ in range(limit)]

        def search(self, text: str, limit: int = 50) -> list[object]:
            return []

    model = PeopleModel(Source())  # type: ignore[arg-type]
    assert model.rowCount() == 0 and not model.loaded  # nothing read before it is shown
    model.refresh()
    assert model.rowCount() == 1_000_000 and Source.fetched == 0
    for row in range(0, 1_000_000, 9_973):
        model.person_at(row)
    assert model.cached_rows <= KEPT_PAGES * PAGE


def test_import_the_shop_export_from_the_dialog(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "customers_export.csv"
    path.write_text(SHOP_CSV, encoding="utf-8")
    dialog = ImportDialog(desk, path)
    qtbot.addWidget(dialog)
    assert dialog.preview is not None and dialog.preview.shop_export
    assert dialog.combos["email"].currentData() == "Email"
    # No customer-accounts activity yet: the dialog says so and offers to add it.
    assert not dialog.create_activity.isHidden() and dialog.create_activity.isChecked()
    assert "Link items" in dialog.activity_note.text()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report is not None and dialog.report.added == 2
    assert dialog.report.activity_created and dialog.report.unlinked == 0
    hits = desk.people.search("bjorn")
    assert [h.customer_id for h in hits] == ["7002"]  # the apostrophe is gone


def test_link_a_request_by_searching_or_creating_from_the_letter(qtbot: QtBot, desk: Desk) -> None:
    person_id = _elodie(desk)
    summary = desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], "Elodie Wroblewska"))
    dialog = PersonLinkDialog(desk, summary)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 1  # accents typed or not, she is found
    dialog.link()
    assert desk.requests.get(summary.reference).person_id == person_id

    other = desk.requests.log(
        NewRequest(
            date.today(), [RequestKind.ACCESS], "Zoé Lambert", ["3 quai Rambaud", "69002 Lyon"]
        )
    )
    dialog = PersonLinkDialog(desk, other)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 0
    dialog.create_from_letter()
    created = desk.requests.get(other.reference).person_id
    assert created is not None
    file = desk.people.open_file(created)
    assert (file.first_name, file.last_name) == ("Zoé", "Lambert")
    assert file.addresses[0].postcode == "69002" and file.addresses[0].city == "Lyon"


def test_register_entry_from_the_form_then_exported_and_read_back(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    view = RegisterView(desk)
    qtbot.addWidget(view)
    assert view.tabs.isHidden()  # empty state first
    view.add_starters()
    starters = view.processors.rowCount()
    assert starters >= 7 and view.activities.rowCount() >= 10

    dialog = ProcessorDialog(desk.register, ProcessorRecord(), view)
    qtbot.addWidget(dialog)
    dialog.legal_name.setText('=HYPERLINK("http://x","y")')
    dialog.role.setCurrentIndex(dialog.role.findData(ProcessorRole.PROCESSOR))
    dialog.country.set_code("IE")
    dialog.categories.set_checked("contact")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    view.reload()
    assert view.processors.rowCount() == starters + 1

    out = tmp_path / "processors.csv"
    task = view.export_to(out, "processors", "csv")
    task.wait_until_done()
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = {cell for row in rows[1:] for cell in row}
    assert '\'=HYPERLINK("http://x","y")' in cells  # neutralised, not a formula
    assert '=HYPERLINK("http://x","y")' not in cells

    book = tmp_path / "register.xlsx"
    view.export_to(book, "all", "xlsx").wait_until_done()
    sheets = load_workbook(book).sheetnames
    assert len(sheets) == 4  # cover + three registers


def test_a_us_transfer_on_adequacy_asks_about_the_data_privacy_framework(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    importer = desk.register.save_processor(
        ProcessorRecord(legal_name="Nimbus Hosting Inc.", country_code="US")
    )
    dialog = TransferDialog(desk.register, TransferRecord(exporter="Alba Nera"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.importer.setCurrentIndex(dialog.importer.findData(importer))
    dialog.country.set_code("US")
    dialog.ground.setCurrentIndex(dialog.ground.findData(LegalGround.ADEQUACY))
    assert dialog.dpf.isVisible()
    dialog.ground.setCurrentIndex(dialog.ground.findData(LegalGround.SCC))
    assert not dialog.dpf.isVisible() and dialog.module.isVisible()
    dialog._suggest_module()
    assert dialog.module.currentData() == "2"  # controller to processor
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()

    from albanera_desk.ui.print_preview import PrintPreviewDialog
    from tests.ui.test_print_preview import _letters

    assert not dialog.tia_document.attach_button.isEnabled()  # saved first, then attached
    saved = desk.register.get_transfer(dialog.record.id)  # type: ignore[arg-type]
    again = TransferDialog(desk.register, saved)
    qtbot.addWidget(again)
    tia = tmp_path / "tia.pdf"
    tia.write_bytes(_letters(1))
    assert again.tia_document.attach_file(tia)
    shown = again.tia_document.view()
    assert isinstance(shown, PrintPreviewDialog) and shown.page_count == 1
    shown.reject()
    (tmp_path / "fake.pdf").write_bytes(b"MZ\x90\x00 not a pdf")
    assert not again.tia_document.attach_file(tmp_path / "fake.pdf")
    assert again.error.text()  # one sentence, nothing stored

    view = TransfersView(desk)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    from pypdf import PdfReader

    out = tmp_path / "transfers.pdf"
    task = view.export_to(out, "pdf")
    assert task is not None
    task.wait_until_done()
    assert "Nimbus Hosting" in PdfReader(out).pages[0].extract_text()
    assert view._map is not None
    assert "1" in view.zones[next(iter(view.zones))].text() or view._map.cells


def test_a_record_shows_its_own_register_checks(qtbot: QtBot, desk: Desk) -> None:
    from albanera_desk.ui.register_view import checks_for

    processor_id = desk.register.save_processor(
        ProcessorRecord(legal_name="Courriel Mistral SAS", role=ProcessorRole.PROCESSOR)
    )
    items = checks_for(desk, "processor", processor_id)
    assert any(item.code == "no_signed_agreement" for item in items)
    dialog = ProcessorDialog(desk.register, desk.register.get_processor(processor_id))
    qtbot.addWidget(dialog)
    dialog.show_checks(items)
    assert not dialog.checks.isHidden() and "agreement" in dialog.checks.text()


def test_a_new_person_by_hand_with_a_foreign_phone(qtbot: QtBot, desk: Desk) -> None:
    from albanera_desk.ui.person_new import NewPersonDialog

    dialog = NewPersonDialog(desk)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "last name or an email" in dialog.error.text()
    dialog.first_name.setText("Siobhán")
    dialog.last_name.setText("Ní Bhriain")
    dialog.phone.setText("+353 1 234 5678")
    dialog.birth.setText("31/02/1990")
    dialog.save()
    assert dialog.person_id is None and dialog.error.text()  # an impossible date, said plainly
    dialog.birth.setText("1990-02-28")
    dialog.country.set_code("IE")
    dialog.city.setText("Dublin")
    dialog.save()
    assert dialog.person_id is not None
    file = desk.people.open_file(dialog.person_id)
    assert file.phones[0].value == "+35312345678" and file.addresses[0].country_code == "IE"


def test_a_signed_agreement_and_a_scanned_letter_are_shown_from_the_store(
    qtbot: QtBot, desk: Desk
) -> None:
    from albanera_desk.ui.document_view import ImageViewer
    from albanera_desk.ui.print_preview import PrintPreviewDialog
    from albanera_desk.ui.requests_view import RequestsView
    from tests.ui.test_print_preview import _letters

    processor_id = desk.register.save_processor(
        ProcessorRecord(legal_name="Courriel Mistral SAS", role=ProcessorRole.PROCESSOR)
    )
    desk.register.attach_agreement(processor_id, "dpa.pdf", _letters(1))
    dialog = ProcessorDialog(desk.register, desk.register.get_processor(processor_id))
    qtbot.addWidget(dialog)
    shown = dialog.agreement.view()
    assert isinstance(shown, PrintPreviewDialog) and shown.page_count == 1
    shown.reject()

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(buffer.data().data())
    desk.requests.log(
        NewRequest(date.today(), [RequestKind.ACCESS], "Anne Martin"), scan=("scan.png", png)
    )
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    viewer = view.view_scan()
    assert isinstance(viewer, ImageViewer) and viewer.loaded
    viewer.reject()


def test_an_entry_made_by_mistake_is_deleted_after_a_confirmation(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = desk.register.save_processor(ProcessorRecord(legal_name="Typo SARL"))
    desk.register.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=wrong,
            destination_country="US",
            legal_ground=LegalGround.SCC,
            scc_module="2",
        )
    )
    view = RegisterView(desk)
    qtbot.addWidget(view)
    view.processor_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not view.delete_selected() and view.processors.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.delete_selected() and view.processors.rowCount() == 0
    transfers = TransfersView(desk)
    qtbot.addWidget(transfers)
    assert transfers.model.row_at(0).importer_id is None  # the link went with the entry
    transfers.table.selectRow(0)
    assert transfers.delete_selected() and transfers.model.rowCount() == 0
