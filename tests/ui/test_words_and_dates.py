"""No code and no ISO date on screen or in a register export: words and one date format
per language (01/12/2026 in tables, "1 déc. 2026" in text), in the window and in the files."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QModelIndex
from pytestqt.qtbot import QtBot

from albanera_desk.domain.date_text import table_date, text_date
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import LegalGround, ProcessorRole
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.services import demo
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.audit_view import AuditTableModel
from albanera_desk.ui.audit_words import field_label, note_text
from albanera_desk.ui.dates import table_date as window_table_date
from albanera_desk.ui.dates import text_date as window_text_date
from albanera_desk.ui.register_tables import ProcessorTableModel
from albanera_desk.ui.transfers_view import TransferTableModel

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
CODE = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[a-z]+:[a-z0-9]+\b")  # received_on, address:138


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


def _demo(desk: Desk) -> None:
    desk.organisation.save(profile_from_privacy_policy())
    demo.fill(desk.store, "coordinator")


def _cells(model: object) -> list[str]:
    rows = model.rowCount()  # type: ignore[attr-defined]
    columns = model.columnCount()  # type: ignore[attr-defined]
    return [
        str(model.data(model.index(r, c)) or "")  # type: ignore[attr-defined]
        for r in range(rows)
        for c in range(columns)
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_window_and_the_exports_write_every_date_the_same_way(qapp: object, lang: str) -> None:
    english = QLocale()
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        for year, month, day in ((2026, m, d) for m in range(1, 13) for d in (1, 9, 28)):
            when = date(year, month, day)
            expected = f"{day:02d}/{month:02d}/{year}"
            assert window_table_date(when) == table_date(when) == expected
            assert window_text_date(when) == text_date(when, lang)
        assert window_text_date(date(2026, 12, 1)) == text_date(date(2026, 12, 1), lang)
        assert text_date(date(2026, 12, 1), lang) in ("1 déc. 2026", "1 Dec 2026")
        assert window_table_date(None) == table_date(None) == ""
    finally:
        QLocale.setDefault(english)


def test_register_and_transfer_tables_name_countries_and_write_dates(
    qtbot: QtBot, desk: Desk
) -> None:
    desk.register.save_processor(
        ProcessorRecord(
            legal_name="Nimbus Hosting Inc.",
            role=ProcessorRole.PROCESSOR,
            country_code="US",
            dpa_signed_on=date(2025, 6, 1),
            art28_terms=[],
            next_review=date(2027, 6, 21),
        )
    )
    desk.register.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_name="Nimbus Hosting Inc.",
            destination_country="US",
            legal_ground=LegalGround.SCC,
            scc_module="2",
            next_review=date(2027, 1, 31),
        )
    )
    processors = ProcessorTableModel()
    processors.set_rows(desk.register.list_processors())
    cells = _cells(processors)
    assert "United States" in cells and "US" not in cells
    assert "21/06/2027" in cells
    transfers = TransferTableModel()
    transfers.set_rows(desk.register.list_transfers())
    cells = _cells(transfers)
    assert "31/01/2027" in cells
    assert any("module 2" in c for c in cells)
    for cell in _cells(processors) + cells:
        assert not ISO_DATE.search(cell), cell


def test_the_audit_trail_names_fields_and_notes_in_words(qtbot: QtBot, desk: Desk) -> None:
    _demo(desk)
    model = AuditTableModel(desk.audit)
    model.set_filter(model._filter)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() > 100
    fields = [str(model.data(model.index(r, model.COL_FIELDS))) for r in range(model.rowCount())]
    notes = [str(model.data(model.index(r, model.COL_NOTE))) for r in range(model.rowCount())]
    when = [str(model.data(model.index(r, model.COL_AT))) for r in range(model.rowCount())]
    assert "date received" in " ".join(fields) and "status" in " ".join(fields)
    for text in fields + notes:
        assert not CODE.search(text), text
        assert "other field" not in text, text  # every field the demo writes has its word
    assert any(n.startswith("letter: ") for n in notes)
    assert "letter: letter" not in notes  # each letter by its name
    assert note_text("letter identity-check") == "letter: identity check"
    assert note_text("letter opt-out-confirmation") == "letter: opt-out confirmation"
    assert all(re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", w) for w in when)
    assert field_label("marketing:sms") == "SMS marketing consent"
    assert field_label("address:138") == "address"
    assert note_text("key: raw -> passphrase, backup made first") == (
        "key changed from key in the system keyring to passphrase, after a backup"
    )
    assert note_text("the writer's own words") == "the writer's own words"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_register_exports_hold_words_and_dates_not_codes(
    desk: Desk, tmp_path: Path, lang: str
) -> None:
    _demo(desk)
    for kind in ("processors", "activities", "transfers"):
        out = tmp_path / f"{kind}.csv"
        desk.register.export(kind, "csv", out, language=lang)  # type: ignore[arg-type]
        rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        for row in rows:
            for cell in row:
                assert not ISO_DATE.search(cell), (kind, cell)
                codes = {"n/a", "processor", "scc", "adequacy", "active", "joint_controller"}
                assert lang == "en" or cell not in codes, (kind, cell)
    processors = list(
        csv.DictReader(io.StringIO((tmp_path / "processors.csv").read_text("utf-8-sig")))
    )
    signed = "Contrat signé le" if lang == "fr" else "Agreement signed"
    assert any(re.fullmatch(r"\d{2}/\d{2}/\d{4}", r[signed]) for r in processors)
    book = tmp_path / "all.xlsx"
    desk.register.export("all", "xlsx", book, language=lang, as_of=date(2026, 12, 1))
    cover = [[c.value for c in row] for row in load_workbook(book).worksheets[0].iter_rows()]
    expected = "1 déc. 2026" if lang == "fr" else "1 Dec 2026"
    assert any(row[1] == expected for row in cover)
    assert not any(row[1] and ", US" in str(row[1]) for row in cover)  # the country in words
    pdf = tmp_path / "transfers.pdf"
    desk.register.export("transfers", "pdf", pdf, language=lang, as_of=date(2026, 12, 1))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert expected in text and not ISO_DATE.search(text)
