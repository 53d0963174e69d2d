"""Exports of the processor register, the record of processing and the transfers.

``export_register(kind, rows, organisation, fmt, *, semicolon=False, language="fr",
progress=None, as_of) -> bytes`` renders one register; ``export_workbook(sections, ...)``
one XLSX with a sheet per register; ``write_export(path, data)`` writes it whole or not
at all; ``suggested_filename(kind, fmt, as_of, language)`` never holds a path separator.

``rows`` are dicts of text keyed by the column keys of ``COLUMNS[kind]`` (the service's
``RegisterService.export_rows`` makes them). ``progress(done, total)`` is called while
rendering; raise from it to cancel.

- CSV: UTF-8 with BOM, comma (or semicolon for French Excel), headers in ``language``.
Every format carries the controller block (art. 30(1)(a): controller, address, contact,
DPO, representative; ``register_columns.controller_block``):

- CSV: UTF-8 with BOM, comma (or semicolon for French Excel), headers in ``language``;
  the record of processing repeats the block in its last columns (``register_export``).
- XLSX: a cover sheet (the block, export date, counts), then the register(s): frozen
  header, filters, widths that fit (``register_xlsx``).
- PDF: landscape A4, the block under the title, the register's main columns, header row
  repeated on every page, "as of" date and page numbers, DejaVu fonts (``register_pdf``).

Cells a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab
or CR) get a leading apostrophe in CSV and XLSX.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Literal

from albanera_desk.documents.output import write_atomically
from albanera_desk.documents.register_columns import (
    COLUMNS,
    FORMULA_STARTS,
    SHEET_NAMES,
    TITLES,
    Block,
    Column,
    ExportFormat,
    Progress,
    RegisterKind,
    cells,
    controller_block,
    neutralise,
    tick,
    title,
)
from albanera_desk.domain.organisation import OrganisationProfile

__all__ = [
    "COLUMNS",
    "FORMULA_STARTS",
    "SHEET_NAMES",
    "TITLES",
    "Block",
    "Column",
    "ExportFormat",
    "RegisterKind",
    "controller_block",
    "export_register",
    "export_workbook",
    "neutralise",
    "safe_filename",
    "suggested_filename",
    "title",
    "write_export",
]


# --- CSV ------------------------------------------------------------------------------


def _csv(
    kind: RegisterKind,
    rows: Sequence[Mapping[str, str]],
    *,
    semicolon: bool,
    language: str,
    progress: Progress | None,
    block: Block,
) -> bytes:
    """One header row, one row per record. The record of processing repeats the
    controller block (art. 30(1)(a)) in its last columns, so every line stands alone."""
    columns = COLUMNS[kind]
    extra = list(block) if kind == "activities" else []
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if semicolon else ",", lineterminator="\r\n")
    writer.writerow([c.header(language) for c in columns] + [label for label, _ in extra])
    tail = [neutralise(value) for _, value in extra]
    total = len(rows)
    for done, row in enumerate(rows, 1):
        writer.writerow(cells(row, columns) + tail)
        tick(progress, done, total)
    return buffer.getvalue().encode("utf-8-sig")


def export_workbook(
    sections: Sequence[tuple[RegisterKind, Sequence[Mapping[str, str]]]],
    organisation: OrganisationProfile,
    *,
    language: str = "fr",
    as_of: date,
    progress: Progress | None = None,
    block: Block | None = None,
) -> bytes:
    """One XLSX: a cover sheet, then one sheet per register in ``sections``."""
    from albanera_desk.documents.register_xlsx import workbook  # openpyxl, on use

    return workbook(
        sections, organisation, language=language, as_of=as_of, progress=progress, block=block
    )


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
    block: Block | None = None,
) -> bytes:
    """The register ``kind`` as CSV, XLSX or PDF bytes (nothing is written here).

    ``block``: the controller block (``register_columns.controller_block``) every format
    prints; made from ``organisation`` when not given (without the representative line).
    """
    if block is None:
        block = controller_block(organisation, language)
    if fmt == "csv":
        return _csv(
            kind, rows, semicolon=semicolon, language=language, progress=progress, block=block
        )
    if fmt == "xlsx":
        return export_workbook(
            [(kind, rows)],
            organisation,
            language=language,
            as_of=as_of,
            progress=progress,
            block=block,
        )
    from albanera_desk.documents.register_pdf import register_pdf  # ReportLab, on use

    return register_pdf(
        kind, rows, organisation, language=language, progress=progress, as_of=as_of, block=block
    )


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
