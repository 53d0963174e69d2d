"""The register exports as XLSX: a cover sheet (the controller block, export date, counts),
then one sheet per register with a frozen header, filters and widths that fit. Every byte
stays in memory (no temporary file)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
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

from albanera_desk.documents.register_columns import (
    COLUMNS,
    SHEET_NAMES,
    Block,
    Progress,
    RegisterKind,
    cells,
    controller_block,
    neutralise,
    tick,
    title,
)
from albanera_desk.domain.date_text import text_date
from albanera_desk.domain.organisation import OrganisationProfile

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="3A3A3A")
_MIN_WIDTH, _MAX_WIDTH, _SAMPLE = 6, 60, 500


def _xlsx_text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def _cover(
    book: Workbook,
    sections: Sequence[tuple[RegisterKind, Sequence[Mapping[str, str]]]],
    block: Block,
    language: str,
    as_of: date,
) -> None:
    fr = language == "fr"
    sheet: Any = book.create_sheet("Couverture" if fr else "Cover")
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 70
    _in_memory(sheet)
    if len(sections) == 1:
        heading = title(sections[0][0], language)
    else:
        heading = "Registres RGPD" if fr else "GDPR registers"
    lines: list[tuple[str, str]] = [
        (heading, ""),
        ("", ""),
        *block,
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
        sheet.append([_xlsx_text(v) for v in cells(row, columns)])
        tick(progress, offset + done, total)


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


def workbook(
    sections: Sequence[tuple[RegisterKind, Sequence[Mapping[str, str]]]],
    organisation: OrganisationProfile,
    *,
    language: str = "fr",
    as_of: date,
    progress: Progress | None = None,
    block: Block | None = None,
) -> bytes:
    """One XLSX: a cover sheet, then one sheet per register in ``sections``."""
    book = Workbook(write_only=True)
    if block is None:
        block = controller_block(organisation, language)
    try:
        _cover(book, sections, block, language, as_of)
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
