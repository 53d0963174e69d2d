"""Letters as PDF: A4, the address in the envelope's window, fold marks, embedded fonts,
the reference and "page x of y" on every page. Built in memory, never as a loose file.

Several letters go into one PDF in one pass; each keeps its own page numbering.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from albanera_desk.documents.fonts import BOLD, keep_narrow_spaces, register_fonts
from albanera_desk.domain.letter_format import WINDOWS, AddressWindow, EnvelopeKind
from albanera_desk.domain.person_file import PersonFile

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
BODY_TOP = 105 * mm  # below the address window on the first page


@dataclass(frozen=True, slots=True)
class LetterContent:
    """Everything a letter says, already worded in its language (no lookups here)."""

    reference: str
    sender: Sequence[str]
    recipient: Sequence[str]
    place_and_date: str
    subject: str
    salutation: str
    paragraphs: Sequence[str]
    closing: str
    signature: Sequence[str]
    page_label: str = "Page {page} / {pages}"  # with {page} and {pages}
    reference_label: str = "{reference}"
    annex_title: str = ""
    annex_rows: Sequence[Sequence[str]] = field(default_factory=tuple)
    # The copy of the data (art. 15(3)): the person-file's own builder draws it.
    annex_file: PersonFile | None = None
    language: str = "fr"
    # The controller's legal identity (registered office, RCS, SIREN, DPO), small, on page 1.
    legal: Sequence[str] = field(default_factory=tuple)


class _Marker(Flowable):  # type: ignore[misc]
    """Invisible: tells the canvas which letter the page it is drawn on belongs to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv._letter_index = self.index  # type: ignore[attr-defined]


class _NumberingCanvas(Canvas):
    """Defers each page so "page x of y" can be written once the letter's length is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._letter_index = 0
        self.footers: list[tuple[str, str]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append({"state": dict(self.__dict__), "letter": self._letter_index})
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        totals: dict[int, int] = {}
        for page in self._pages:
            totals[page["letter"]] = totals.get(page["letter"], 0) + 1
        seen: dict[int, int] = {}
        for page in self._pages:
            index = page["letter"]
            seen[index] = seen.get(index, 0) + 1
            self.__dict__.update(page["state"])
            reference, label = self.footers[index]
            self._footer(reference, label.format(page=seen[index], pages=totals[index]))
            super().showPage()
        super().save()

    def _footer(self, reference: str, page_text: str) -> None:
        self.setFont("DejaVuSans", 8)
        self.setFillGray(0.35)
        self.drawString(MARGIN, 12 * mm, reference)
        self.drawRightString(PAGE_W - MARGIN, 12 * mm, page_text)
        self.setFillGray(0)


def _fold_marks(canvas: Canvas) -> None:
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.5)
    for y_mm in (99, 198):  # folded in three for DL and #10 envelopes
        canvas.line(4 * mm, PAGE_H - y_mm * mm, 9 * mm, PAGE_H - y_mm * mm)
    canvas.line(2 * mm, PAGE_H / 2, 6 * mm, PAGE_H / 2)  # punch mark
    canvas.setStrokeGray(0)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=14.5, spaceAfter=7)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "subject": ParagraphStyle("subject", parent=base, fontName=BOLD, spaceBefore=4),
        "address": ParagraphStyle("address", parent=base, spaceAfter=0, leading=13),
        "annex": ParagraphStyle("annex", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "legal": ParagraphStyle(
            "legal",
            parent=base,
            fontSize=7,
            leading=8.5,
            spaceAfter=0,
            textColor=Color(0.35, 0.35, 0.35),
        ),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_letters(letters: Sequence[LetterContent], envelope: EnvelopeKind) -> bytes:
    """One PDF holding every letter, each starting on a new page with its address in the window."""
    font = register_fonts()
    keep_narrow_spaces()
    styles = _styles(font)
    window = WINDOWS[envelope]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=letters[0].subject if len(letters) == 1 else "Letters",
        author=letters[0].sender[0] if letters and letters[0].sender else "",
        creator="Alba Nera Desk",
    )
    first_frame = Frame(
        MARGIN, 22 * mm, PAGE_W - 2 * MARGIN, PAGE_H - BODY_TOP - 22 * mm, id="first"
    )
    later_frame = Frame(MARGIN, 22 * mm, PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - 22 * mm, id="later")
    current: dict[str, LetterContent] = {}

    def first_page(canvas: Canvas, _doc: Any) -> None:
        letter = current["letter"]
        _fold_marks(canvas)
        _draw_header(canvas, letter, window, styles)

    def later_page(canvas: Canvas, _doc: Any) -> None:
        _fold_marks(canvas)

    doc.addPageTemplates(
        [
            PageTemplate(id="First", frames=[first_frame], onPage=first_page),
            PageTemplate(id="Later", frames=[later_frame], onPage=later_page),
        ]
    )
    story: list[Flowable] = []
    footers: list[tuple[str, str]] = []
    for index, letter in enumerate(letters):
        footers.append(
            (letter.reference_label.format(reference=letter.reference), letter.page_label)
        )
        if index:
            # Before the break: the next page's header must already know its letter.
            story.append(_Current(current, letter))
            story.append(_SetNextTemplate("First"))
            story.append(PageBreak())
        story.append(_Marker(index))
        story.append(_SetNextTemplate("Later"))
        story.extend(_body(letter, styles))

    class _Canvas(_NumberingCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.footers = footers

    # The first page of the first letter is drawn before any flowable runs.
    current["letter"] = letters[0]
    doc.build(story, canvasmaker=_Canvas)
    return buffer.getvalue()


def _draw_header(
    canvas: Canvas, letter: LetterContent, window: AddressWindow, styles: dict[str, ParagraphStyle]
) -> None:
    sender = Paragraph(
        "<br/>".join(
            [f"<b>{_escape(letter.sender[0])}</b>", *(_escape(line) for line in letter.sender[1:])]
        )
        if letter.sender
        else "",
        styles["small"],
    )
    _, height = sender.wrap(85 * mm, 40 * mm)
    sender.drawOn(canvas, MARGIN, PAGE_H - MARGIN - height)
    if letter.legal:
        legal = Paragraph("<br/>".join(_escape(line) for line in letter.legal), styles["legal"])
        _, legal_height = legal.wrap(85 * mm, 30 * mm)
        legal.drawOn(canvas, MARGIN, PAGE_H - MARGIN - height - 3 * mm - legal_height)
    address = Paragraph("<br/>".join(_escape(line) for line in letter.recipient), styles["address"])
    inner = 4 * mm
    _, height = address.wrap(window.width * mm - 2 * inner, window.height * mm)
    address.drawOn(canvas, window.left * mm + inner, PAGE_H - window.top * mm - inner - height)
    canvas.setFont("DejaVuSans", 10)
    canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 98 * mm, letter.place_and_date)


def _body(letter: LetterContent, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    parts: list[Flowable] = [
        Paragraph(_escape(letter.subject), styles["subject"]),
        Spacer(1, 4 * mm),
        Paragraph(_escape(letter.salutation), styles["body"]),
    ]
    parts.extend(Paragraph(_escape(text), styles["body"]) for text in letter.paragraphs)
    # The closing never stands alone on a page: it goes with the signature.
    parts.append(
        KeepTogether(
            [Paragraph(_escape(letter.closing), styles["body"]), Spacer(1, 8 * mm)]
            + [Paragraph(_escape(line), styles["body"]) for line in letter.signature]
        )
    )
    if letter.annex_file is not None:
        from albanera_desk.documents.person_file import file_flowables

        parts.append(PageBreak())
        parts.append(Paragraph(_escape(letter.annex_title), styles["subject"]))
        parts.extend(file_flowables(letter.annex_file, letter.language, width=170))
    if letter.annex_rows:
        parts.append(PageBreak())
        parts.append(Paragraph(_escape(letter.annex_title), styles["subject"]))
        rows = [
            [Paragraph(_escape(cell), styles["annex"]) for cell in row] for row in letter.annex_rows
        ]
        table = Table(rows, repeatRows=1, colWidths=None)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.3, (0.6, 0.6, 0.6)),
                    ("BACKGROUND", (0, 0), (-1, 0), (0.92, 0.92, 0.92)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        parts.append(table)
    return parts


class _SetNextTemplate(Flowable):  # type: ignore[misc]
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.canv._doctemplate.handle_nextPageTemplate(self.name)  # type: ignore[attr-defined]


class _Current(Flowable):  # type: ignore[misc]
    """Points the first-page callback at the letter that starts on the next page."""

    def __init__(self, holder: dict[str, LetterContent], letter: LetterContent) -> None:
        super().__init__()
        self.holder = holder
        self.letter = letter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.holder["letter"] = self.letter
        return (0, 0)

    def draw(self) -> None:
        pass


def calibration_page(envelope: EnvelopeKind) -> bytes:
    """A page with the window's outline, to check placement on the office printer."""
    register_fonts()
    window = WINDOWS[envelope]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _fold_marks(canvas)
    canvas.setDash(3, 2)
    canvas.rect(
        window.left * mm,
        PAGE_H - (window.top + window.height) * mm,
        window.width * mm,
        window.height * mm,
    )
    canvas.setFont("DejaVuSans", 9)
    canvas.drawString(window.left * mm + 3 * mm, PAGE_H - window.top * mm - 6 * mm, envelope.value)
    canvas.drawString(
        MARGIN,
        PAGE_H - 140 * mm,
        "Print at 100 %, fold at the marks, put it in the envelope: the box must show whole.",
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
