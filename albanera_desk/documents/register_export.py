"""Exports of the processor register, the record of processing and the transfers.

``export_register(kind, rows, organisation, fmt, *, semicolon=False, language="fr",
progress=None, as_of) -> bytes`` renders one register; ``export_workbook(sections, ...)``
one XLSX with a sheet per register; ``write_export(path, data)`` writes it whole or not
at all; ``suggested_filename(kind, fmt, as_of, language)`` never holds a path separator.

``rows`` are dicts of text keyed by the column keys of ``COLUMNS[kind]`` (the service's
``RegisterService.export_rows`` makes them). ``progress(done, total)`` is called while
rendering; raise from it to cancel.

- CSV: UTF-8 with BOM, comma (or semicolon for French Excel), headers in ``language``.
- XLSX: a cover sheet (organisation, export date, counts), then the register(s): frozen
  header, filters, widths that fit.
- PDF: landscape A4, the register's main columns, header row repeated on every page,
  "as of" date and page numbers, DejaVu fonts embedded.

Cells a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab
or CR) get a leading apostrophe in CSV and XLSX.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from albanera_desk.documents.fonts import BOLD, register_fonts
from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.date_text import text_date
from albanera_desk.domain.organisation import OrganisationProfile

RegisterKind = Literal["processors", "activities", "transfers"]
ExportFormat = Literal["csv", "xlsx", "pdf"]
Progress = Callable[[int, int], None]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    en: str
    fr: str
    pdf: float = 0.0  # share of the PDF table's width; 0: not in the PDF

    def header(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


COLUMNS: dict[RegisterKind, tuple[Column, ...]] = {
    "processors": (
        Column("id", "No.", "N°", 3),
        Column("legal_name", "Legal name", "Raison sociale", 12),
        Column("role", "Role", "Rôle", 8),
        Column("ccpa_role", "CCPA role", "Rôle CCPA"),
        Column("country", "Country", "Pays", 7),
        Column("address", "Address", "Adresse"),
        Column("contact", "Contact", "Contact"),
        Column("dpo_contact", "DPO contact", "Contact DPO"),
        Column("service", "Service", "Prestation", 12),
        Column("purposes", "Purposes", "Finalités", 12),
        Column("data_categories", "Data categories", "Catégories de données", 10),
        Column("people_categories", "People categories", "Catégories de personnes"),
        Column("countries", "Where processed", "Lieux de traitement", 8),
        Column("retention", "Retention", "Durée de conservation"),
        Column("security_measures", "Security measures", "Mesures de sécurité"),
        Column("parent", "Sub-processor of", "Sous-traitant de"),
        Column("dpa_signed_on", "Agreement signed", "Contrat signé le", 7),
        Column("dpa_expires_on", "Agreement expires", "Contrat expire le"),
        Column("art28_terms", "Art. 28(3) terms", "Clauses art. 28.3", 11),
        Column("status", "Status", "Statut", 5),
        Column("ended_on", "Ended on", "Terminé le"),
        Column("data_returned_or_deleted_on", "Data returned/deleted", "Données rendues/effacées"),
        Column("next_review", "Next review", "Prochaine revue", 7),
        Column("to_complete", "To complete", "À compléter"),
    ),
    # The CNIL's register template (« registre des activités de traitement »).
    "activities": (
        Column("id", "Ref.", "N° réf.", 3),
        Column("name", "Processing activity", "Activité de traitement", 11),
        Column("joint_controller", "Joint controller", "Responsable conjoint", 7),
        Column("purposes", "Purposes", "Finalités", 14),
        Column("legal_basis", "Legal basis", "Base légale", 9),
        Column("people_categories", "Categories of people", "Catégories de personnes", 9),
        Column("data_categories", "Categories of data", "Catégories de données", 10),
        Column("recipients", "Recipients", "Destinataires", 11),
        Column("transfers", "Transfers outside the EU", "Transferts hors UE", 9),
        Column("retention", "Retention periods", "Durées de conservation", 9),
        Column("security_measures", "Security measures", "Mesures de sécurité", 10),
        Column("to_complete", "To complete", "À compléter"),
    ),
    "transfers": (
        Column("id", "No.", "N°", 3),
        Column("exporter", "Exporter", "Exportateur", 8),
        Column("importer", "Importer", "Importateur", 10),
        Column("destination", "Destination", "Pays de destination", 8),
        Column("zone", "Zone", "Zone", 7),
        Column("data_categories", "Data categories", "Catégories de données", 9),
        Column("purpose", "Purpose", "Finalité", 10),
        Column("legal_ground", "Legal ground", "Fondement", 9),
        Column("ground_details", "Ground details", "Précisions", 13),
        Column("tia", "Transfer impact assessment", "Analyse d'impact du transfert", 10),
        Column("measures", "Supplementary measures", "Mesures supplémentaires", 9),
        Column("onward_transfers", "Onward transfers", "Transferts ultérieurs"),
        Column("next_review", "Next review", "Prochaine revue", 6),
        Column("period", "Period", "Période"),
    ),
}

TITLES: dict[RegisterKind, tuple[str, str]] = {
    "processors": (
        "Register of processors and third parties",
        "Registre des sous-traitants et tiers",
    ),
    "activities": (
        "Record of processing activities (GDPR art. 30)",
        "Registre des activités de traitement (RGPD art. 30)",
    ),
    "transfers": (
        "Transfers of personal data outside France",
        "Transferts de données personnelles hors de France",
    ),
}
SHEET_NAMES: dict[RegisterKind, tuple[str, str]] = {
    "processors": ("Processors", "Sous-traitants"),
    "activities": ("Processing activities", "Activités de traitement"),
    "transfers": ("Transfers", "Transferts"),
}


def title(kind: RegisterKind, language: str) -> str:
    en, fr = TITLES[kind]
    return fr if language == "fr" else en


def neutralise(value: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cells(row: Mapping[str, str], columns: Sequence[Column]) -> list[str]:
    return [neutralise(str(row.get(c.key, "") or "")) for c in columns]


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 200 == 0 or done == total):
        progress(done, total)


# --- CSV ------------------------------------------------------------------------------


def _csv(
    kind: RegisterKind,
    rows: Sequence[Mapping[str, str]],
    *,
    semicolon: bool,
    language: str,
    progress: Progress | None,
) -> bytes:
    columns = COLUMNS[kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if semicolon else ",", lineterminator="\r\n")
    writer.writerow([c.header(language) for c in columns])
    total = len(rows)
    for done, row in enumerate(rows, 1):
        writer.writerow(_cells(row, columns))
        _tick(progress, done, total)
    return buffer.getvalue().encode("utf-8-sig")


# --- XLSX -----------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="3A3A3A")
_MIN_WIDTH, _MAX_WIDTH, _SAMPLE = 6, 60, 500


def _xlsx_text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _cover(
    book: Workbook,
    sections: Sequence[tuple[RegisterKind, Sequence[Mapping[str, str]]]],
    organisation: OrganisationProfile,
    language: str,
    as_of: date,
) -> None:
    fr = language == "fr"
    sheet: Any = book.create_sheet("Couverture" if fr else "Cover")
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 70
    _in_memory(sheet)
    address = ", ".join(
        [
            *organisation.address_lines,
            " ".join(x for x in (organisation.postcode, organisation.city) if x),
            organisation.country_code,
        ]
    )
    if len(sections) == 1:
        heading = title(sections[0][0], language)
    else:
        heading = "Registres RGPD" if fr else "GDPR registers"
    lines: list[tuple[str, str]] = [
        (heading, ""),
        ("", ""),
        ("Responsable du traitement" if fr else "Controller", organisation.controller_name),
        ("Adresse" if fr else "Address", address),
        (
            "Contact",
            " ".join(x for x in (organisation.contact_role, organisation.contact_email) if x),
        ),
        (
            "Délégué à la protection des données" if fr else "Data protection officer",
            organisation.dpo_contact,
        ),
        ("Date de l'export" if fr else "Export date", text_date(as_of, language)),
    ]
    for kind, rows in sections:
        lines.append((SHEET_NAMES[kind][1 if fr else 0], f"{len(rows)}"))
    for label, value in lines:
        first = WriteOnlyCell(sheet, value=_xlsx_text(neutralise(label)))
        first.font = Font(bold=True)
        sheet.append([first, _xlsx_text(neutralise(value))])


def _register_sheet(
    book: Workbook,
    kind: RegisterKind,
    rows: Sequence[Mapping[str, str]],
    language: str,
    progress: Progress | None,
    offset: int,
    total: int,
) -> None:
    columns = COLUMNS[kind]
    sheet: WriteOnlyWorksheet = book.create_sheet(SHEET_NAMES[kind][1 if language == "fr" else 0])
    headers = [c.header(language) for c in columns]
    widths = [len(h) + 4 for h in headers]  # room for the filter button
    for row in rows[:_SAMPLE]:
        for i, c in enumerate(columns):
            widths[i] = max(widths[i], len(str(row.get(c.key, "") or "")) + 2)
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = max(  # type: ignore[attr-defined]
            _MIN_WIDTH, min(_MAX_WIDTH, width)
        )
    sheet.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"  # type: ignore[attr-defined]
    _in_memory(sheet)  # after the views and widths: the sheet's top is written now
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header_cells.append(cell)
    sheet.append(header_cells)
    for done, row in enumerate(rows, 1):
        sheet.append([_xlsx_text(v) for v in _cells(row, columns)])
        _tick(progress, offset + done, total)


class _MemoryExcelWriter(ExcelWriter):  # type: ignore[misc]
    """openpyxl writes each sheet to a temporary file; here every byte stays in memory."""

    def write_worksheet(self, ws: Any) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        if not ws.closed:
            ws.close()
        writer = ws._writer
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.out.getvalue())  # type: ignore[attr-defined]
        self.manifest.append(ws)


def _in_memory(sheet: Any) -> None:
    """A write-only sheet's XML goes to memory, never to a temporary file."""
    sheet._writer = WorksheetWriter(sheet, out=io.BytesIO())
    sheet._writer.write_top()


def _discard(book: Workbook) -> None:
    """Close the sheets' XML streams of an export abandoned half-way (all in memory)."""
    for sheet in book.worksheets:
        if getattr(sheet, "_writer", None) is not None and not sheet.closed:  # type: ignore[union-attr]
            sheet.close()  # type: ignore[union-attr]


def export_workbook(
    sections: Sequence[tuple[RegisterKind, Sequence[Mapping[str, str]]]],
    organisation: OrganisationProfile,
    *,
    language: str = "fr",
    as_of: date,
    progress: Progress | None = None,
) -> bytes:
    """One XLSX: a cover sheet, then one sheet per register in ``sections``."""
    book = Workbook(write_only=True)
    try:
        _cover(book, sections, organisation, language, as_of)
        total = sum(len(rows) for _, rows in sections)
        offset = 0
        for kind, rows in sections:
            _register_sheet(book, kind, rows, language, progress, offset, total)
            offset += len(rows)
    except BaseException:
        _discard(book)
        raise
    buffer = io.BytesIO()
    with ZipFile(buffer, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        _MemoryExcelWriter(book, archive).save()
    return buffer.getvalue()


# --- PDF ------------------------------------------------------------------------------

_PAGE = landscape(A4)
_MARGIN = 10 * mm
_FONT_SIZE = 6.5
_LEADING = 7.8
_MAX_LINES = 40  # a cell taller than a page cannot be laid out: the rest is cut with "…"


class _NumberedCanvas(Canvas):
    """Draws "page n / N" once the number of pages is known."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._saved.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("DejaVuSans", 7)
            self.setFillColor(colors.grey)
            width, _ = _PAGE
            self.drawString(_MARGIN, 6 * mm, self._footer)
            self.drawRightString(width - _MARGIN, 6 * mm, f"{self._pageNumber} / {total}")  # type: ignore[attr-defined]
            super().showPage()
        super().save()


def _wrap(text: str, font: str, width: float) -> str:
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        lines.extend(simpleSplit(part, font, _FONT_SIZE, width) or [""])
        if len(lines) >= _MAX_LINES:
            lines = [*lines[: _MAX_LINES - 1], "…"]
            break
    return "\n".join(lines)


def _pdf(
    kind: RegisterKind,
    rows: Sequence[Mapping[str, str]],
    organisation: OrganisationProfile,
    *,
    language: str,
    progress: Progress | None,
    as_of: date,
) -> bytes:
    font = register_fonts()
    fr = language == "fr"
    columns = [c for c in COLUMNS[kind] if c.pdf]
    usable = _PAGE[0] - 2 * _MARGIN
    share = sum(c.pdf for c in columns)
    widths = [usable * c.pdf / share for c in columns]
    inner = [w - 4 for w in widths]  # cell padding 2 pt each side
    header = [_wrap(c.header(language), BOLD, inner[i]) for i, c in enumerate(columns)]
    data: list[list[str]] = [header]
    total = len(rows)
    for done, row in enumerate(rows, 1):
        data.append(
            [_wrap(str(row.get(c.key, "") or ""), font, inner[i]) for i, c in enumerate(columns)]
        )
        _tick(progress, done, total)
    if not rows:
        data.append(["Aucune entrée." if fr else "No entry.", *[""] * (len(columns) - 1)])
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, _FONT_SIZE, _LEADING),
                ("FONT", (0, 0), (-1, 0), BOLD, _FONT_SIZE, _LEADING),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3A3A3A")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F2F2F2")]),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    heading = ParagraphStyle("h", fontName=BOLD, fontSize=12, leading=15)
    sub = ParagraphStyle("s", fontName=font, fontSize=8, leading=10, textColor=colors.grey)
    as_of_text = ("à jour au " if fr else "as of ") + text_date(as_of, language)
    controller = organisation.controller_name or ""
    story = [
        Paragraph(_escape(title(kind, language)), heading),
        Paragraph(_escape(" — ".join(x for x in (controller, as_of_text) if x)), sub),
        Spacer(1, 3 * mm),
        table,
    ]
    footer = " — ".join(x for x in (title(kind, language), controller, as_of_text) if x)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=_PAGE,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=12 * mm,
        title=title(kind, language),
        author=controller,
    )

    def canvasmaker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, footer=footer, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- entry points ---------------------------------------------------------------------


def export_register(
    kind: RegisterKind,
    rows: Sequence[Mapping[str, str]],
    organisation: OrganisationProfile,
    fmt: ExportFormat,
    *,
    semicolon: bool = False,
    language: str = "fr",
    progress: Progress | None = None,
    as_of: date,
) -> bytes:
    """The register ``kind`` as CSV, XLSX or PDF bytes (nothing is written here)."""
    if fmt == "csv":
        return _csv(kind, rows, semicolon=semicolon, language=language, progress=progress)
    if fmt == "xlsx":
        return export_workbook(
            [(kind, rows)], organisation, language=language, as_of=as_of, progress=progress
        )
    return _pdf(kind, rows, organisation, language=language, progress=progress, as_of=as_of)


def write_export(path: Path, data: bytes) -> None:
    """Write the export where the user asked, whole or not at all."""
    write_atomically(path, data)


_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def safe_filename(name: str) -> str:
    """A file name with no path separator, no leading dot and nothing a file system refuses."""
    cleaned = _UNSAFE.sub("-", name.replace("/", "-").replace("\\", "-")).strip("-.")
    return cleaned[:120] or "export"


def suggested_filename(
    kind: RegisterKind | Literal["all"], fmt: ExportFormat, as_of: date, language: str = "fr"
) -> str:
    """e.g. ``registre-sous-traitants-2026-11-25.xlsx``."""
    names = {
        "processors": ("processor-register", "registre-sous-traitants"),
        "activities": ("record-of-processing", "registre-traitements"),
        "transfers": ("transfers", "transferts"),
        "all": ("gdpr-registers", "registres-rgpd"),
    }
    stem = names[kind][1 if language == "fr" else 0]
    return f"{safe_filename(f'{stem}-{as_of.isoformat()}')}.{fmt}"
