"""Exports read back by a second reader (csv, openpyxl, pypdf), hostile values included."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from albanera_desk.documents.register_export import (
    COLUMNS,
    RegisterKind,
    export_register,
    neutralise,
    suggested_filename,
)
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import LegalGround
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.store import Store
from tests.register.conftest import HOSTILE

AS_OF = date(2026, 11, 25)
KINDS: list[RegisterKind] = ["processors", "activities", "transfers"]


@pytest.fixture
def filled(service: RegisterService) -> RegisterService:
    service.add_policy_starters()
    service.add_policy_activities()
    pid = service.save_processor(
        ProcessorRecord(
            legal_name=HOSTILE,
            service="+33 1 23 45 67 89",
            contact="@handle",
            retention="-1 day",
            countries=["US"],
        )
    )
    service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=pid,
            destination_country="US",
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=True,
            purpose=HOSTILE,
        )
    )
    return service


def test_neutralise_each_dangerous_start() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(f"{start}1") == f"'{start}1"
    assert neutralise("Alba Nera") == "Alba Nera" and neutralise("") == ""


@pytest.mark.parametrize("semicolon", [False, True])
def test_csv_has_a_bom_and_neutralised_cells(filled: RegisterService, semicolon: bool) -> None:
    rows = filled.export_rows("processors", "fr")
    data = export_register(
        "processors", rows, profile_from_privacy_policy(), "csv", semicolon=semicolon, as_of=AS_OF
    )
    assert data.startswith(b"\xef\xbb\xbf")
    read = list(
        csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";" if semicolon else ",")
    )
    assert read[0][:3] == ["N°", "Raison sociale", "Rôle"]
    assert len(read) == 1 + 9  # 8 starter entries and the hostile one
    hostile = next(r for r in read if HOSTILE in r[1])
    assert hostile[1] == "'" + HOSTILE
    assert "'+33 1 23 45 67 89" in hostile and "'@handle" in hostile and "'-1 day" in hostile


def test_xlsx_cover_and_register_sheet(filled: RegisterService) -> None:
    rows = filled.export_rows("processors", "en")
    data = export_register(
        "processors", rows, profile_from_privacy_policy(), "xlsx", language="en", as_of=AS_OF
    )
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Cover", "Processors"]
    cover = [[c.value for c in row] for row in book["Cover"].iter_rows()]
    assert ["Controller", "Alba Nera"] in cover and ["Export date", "25 Nov 2026"] in cover
    sheet = book["Processors"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:Z{len(rows) + 1}"  # created and updated: Y, Z
    assert sheet["A1"].value == "No." and sheet["B1"].font.b
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value]
    hostile = next(c for c in cells if HOSTILE in str(c.value))
    assert hostile.value == "'" + HOSTILE and hostile.data_type == "s"
    assert not any(c.data_type == "f" for c in cells)
    assert 6 <= sheet.column_dimensions["B"].width <= 60


def test_xlsx_all_registers_one_sheet_each(filled: RegisterService, tmp_path: Path) -> None:
    path = tmp_path / "all.xlsx"
    filled.export("all", "xlsx", path, language="fr", as_of=AS_OF)
    book = load_workbook(path)
    assert book.sheetnames == [
        "Couverture",
        "Sous-traitants",
        "Activités de traitement",
        "Transferts",
    ]
    headers = [c.value for c in book["Activités de traitement"][1]]
    for cnil in (
        "Finalités",
        "Catégories de personnes",
        "Catégories de données",
        "Destinataires",
        "Transferts hors UE",
        "Durées de conservation",
        "Mesures de sécurité",
    ):
        assert cnil in headers


@pytest.mark.parametrize("kind", KINDS)
def test_pdf_is_landscape_with_header_on_every_page_and_page_numbers(
    service: RegisterService, kind: RegisterKind
) -> None:
    for i in range(60):
        service.save_processor(
            ProcessorRecord(legal_name=f"Société {i:02d} — Łódź ş", service="x " * 40)
        )
    service.add_policy_activities()
    rows = service.export_rows(kind, "en")
    data = export_register(
        kind, rows, profile_from_privacy_policy(), "pdf", language="en", as_of=AS_OF
    )
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    pages = [p.extract_text() for p in reader.pages]
    first_header = COLUMNS[kind][1].en
    for number, text in enumerate(pages, 1):
        assert first_header in text
        assert f"{number} / {len(pages)}" in text and "as of 25 Nov 2026" in text
    if kind == "processors":
        assert len(pages) > 1 and "Société 59 — Łódź ş" in "".join(pages)
    fonts = str(page["/Resources"]["/Font"])
    assert "Helvetica" not in fonts


def test_pdf_keeps_the_hostile_value_as_text(filled: RegisterService) -> None:
    rows = filled.export_rows("processors", "fr")
    data = export_register("processors", rows, profile_from_privacy_policy(), "pdf", as_of=AS_OF)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert 'HYPERLINK("http://x","y")' in text.replace("\n", "")
    assert "à jour au 25 nov. 2026" in text


def test_export_writes_the_file_and_audits_it(
    filled: RegisterService, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "transfers.csv"
    filled.export("transfers", "csv", path, language="en", as_of=AS_OF)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    event = AuditTrail(store).page(AuditFilter(record_type="register"))[0]
    assert event.action.value == "export" and event.record_id == "transfers"
    assert HOSTILE not in str(event)


def test_progress_is_reported_and_can_cancel(filled: RegisterService, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    rows = filled.export_rows("processors", "en")
    export_register(
        "processors",
        rows,
        profile_from_privacy_policy(),
        "csv",
        as_of=AS_OF,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen[-1] == (len(rows), len(rows))

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(Cancelled):
        filled.export("processors", "xlsx", folder / "never.xlsx", as_of=AS_OF, progress=cancel)
    assert list(folder.iterdir()) == []


def test_suggested_file_names_never_hold_a_path() -> None:
    name = suggested_filename("processors", "xlsx", AS_OF, "fr")
    assert name == "registre-sous-traitants-2026-11-25.xlsx"
    assert suggested_filename("all", "xlsx", AS_OF, "en") == "gdpr-registers-2026-11-25.xlsx"
    from albanera_desk.documents.register_export import safe_filename

    for hostile in ("../../etc/passwd", "a\\b", "..", "/", "C:\\x"):
        cleaned = safe_filename(hostile)
        assert "/" not in cleaned and "\\" not in cleaned and not cleaned.startswith(".")


def test_xlsx_never_leaves_a_temporary_copy_on_disk(
    filled: RegisterService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    spy = tmp_path / "tmp"
    spy.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy))
    created: list[str] = []
    real = tempfile.NamedTemporaryFile

    def watch(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        handle = real(*args, **kwargs)  # type: ignore[call-overload]
        created.append(handle.name)
        return handle

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", watch)
    filled.export("all", "xlsx", tmp_path / "all.xlsx", as_of=AS_OF)
    assert created == [] and list(spy.iterdir()) == []
