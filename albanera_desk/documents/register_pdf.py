"""The register exports as PDF: landscape A4, the register's main columns, the controller
block under the title, header row repeated on every page, "as of" date and page numbers,
DejaVu fonts embedded."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from albanera_desk.documents.fonts import BOLD, register_fonts
from albanera_desk.documents.register_columns import (
    COLUMNS,
    Block,
    Progress,
    RegisterKind,
    tick,
    title,
)
from albanera_desk.domain.date_text import text_date
from albanera_desk.domain.organisation import OrganisationProfile

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


def register_pdf(
    kind: RegisterKind,
    rows: Sequence[Mapping[str, str]],
    organisation: OrganisationProfile,
    *,
    language: str,
    progress: Progress | None,
    as_of: date,
    block: Block,
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
        tick(progress, done, total)
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
    detail = ParagraphStyle("d", fontName=font, fontSize=7.5, leading=9.5)
    colon = "\u00a0: " if fr else ": "
    as_of_text = ("à jour au " if fr else "as of ") + text_date(as_of, language)
    controller = organisation.controller_name or ""
    story = [
        Paragraph(_escape(title(kind, language)), heading),
        Paragraph(_escape(" — ".join(x for x in (controller, as_of_text) if x)), sub),
        Spacer(1, 2 * mm),
        *[
            Paragraph(f"<b>{_escape(label)}</b>{colon}{_escape(value)}", detail)
            for label, value in block
            if value
        ],
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
