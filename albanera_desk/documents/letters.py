"""Letters as PDF: A4 (US Letter for an office in the US), the address in the envelope's
window, fold marks for that envelope, embedded fonts, the reference and "page x of y" on
every page. Built in memory, never as a loose file.

Page 1, top to bottom: the return address; the recipient in the window; the place and
date on the right; "N/Réf. / V/courrier" and "Objet :" on the left; the letter; the
controller's legal identity small at the foot. The closing and the signature are kept with
the end of the last paragraph. Several letters go into one PDF in one pass; each keeps its
own page numbering.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from albanera_desk.documents.fonts import BOLD, REGULAR, register_fonts
from albanera_desk.documents.letter_pages import Box, Pager
from albanera_desk.documents.letter_parts import (
    ADDRESS_INSET_X,
    ADDRESS_INSET_Y,
    NumberingCanvas,
    fit_address,
    styles_for,
)
from albanera_desk.documents.pdf_text import write_lines
from albanera_desk.documents.text_flow import (
    KeepTail,
    TextBlock,
    break_lines,
    keep_narrow_spaces,
)
from albanera_desk.documents.text_grid import text_table
from albanera_desk.domain.letter_format import (
    WINDOWS,
    AddressWindow,
    EnvelopeKind,
    PaperSize,
    fold_marks,
    punch_mark,
)
from albanera_desk.domain.person_file import PersonFile

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm
FOOT = 22 * mm  # the body ends above the reference and page number
GAP_UNDER_WINDOW = 7 * mm
SIGNATURE_ROOM = 16 * mm  # for the handwritten signature


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
    # Under the date: "N/Réf. : ..." and, answering a letter, "V/courrier reçu le ...".
    references: Sequence[str] = field(default_factory=tuple)
    subject_label: str = ""  # "Objet :" / "Subject:", before the subject


def page_size(paper: PaperSize) -> tuple[float, float]:
    return A4 if paper is PaperSize.A4 else LETTER


def render_letters(
    letters: Sequence[LetterContent],
    envelope: EnvelopeKind,
    paper: PaperSize = PaperSize.A4,
) -> bytes:
    """One PDF holding every letter, each starting on a new page with its address in the window.

    Raises ``AddressDoesNotFit`` (with its sentence) before anything is drawn when an address
    would overflow its window.
    """
    register_fonts()
    keep_narrow_spaces()
    window = WINDOWS[envelope]
    sizes = [fit_address(letter.recipient, window) for letter in letters]
    width, height = page_size(paper)
    styles = styles_for(letters[0].language if letters else "fr")
    legal_lines = max((len(letter.legal) for letter in letters), default=0)
    legal_room = legal_lines * styles["legal"].leading + (3 * mm if legal_lines else 0)
    text_width = width - 2 * MARGIN
    buffer = io.BytesIO()
    canvas = NumberingCanvas(buffer, pagesize=(width, height))
    canvas.footers = [
        (letter.reference_label.format(reference=letter.reference), letter.page_label)
        for letter in letters
    ]
    canvas.margin = MARGIN
    canvas.setTitle(letters[0].subject if len(letters) == 1 else "Letters")
    canvas.setAuthor(letters[0].sender[0] if letters and letters[0].sender else "")
    canvas.setCreator("Alba Nera Desk")
    folds = fold_marks(envelope, paper)
    punch = punch_mark(paper)

    def later_page(on: Canvas) -> None:
        _marks(on, folds, punch, height)

    pager = Pager(
        canvas,
        first=Box(
            MARGIN,
            FOOT + legal_room,
            text_width,
            height - (window.bottom * mm + GAP_UNDER_WINDOW),
        ),
        later=Box(MARGIN, FOOT, text_width, height - MARGIN),
        later_page=later_page,
    )
    for index, (letter, size) in enumerate(zip(letters, sizes, strict=True)):

        def first_page(on: Canvas, letter: LetterContent = letter, size: float = size) -> None:
            _marks(on, folds, punch, height)
            _draw_header(on, letter, size, window, styles)

        pager.letter(index, _body(letter, styles, text_width), first_page)
    canvas.save()
    return buffer.getvalue()


def _marks(canvas: Canvas, folds: tuple[float, float], punch: float, height: float) -> None:
    """Fold marks at the envelope's folds, and the hole-punch mark at half height."""
    canvas.setLineWidth(0.3)
    canvas.setStrokeGray(0.5)
    for y_mm in folds:
        canvas.line(4 * mm, height - y_mm * mm, 9 * mm, height - y_mm * mm)
    canvas.line(2 * mm, height - punch * mm, 6 * mm, height - punch * mm)
    canvas.setStrokeGray(0)


def _draw_header(
    canvas: Canvas,
    letter: LetterContent,
    address_size: float,
    window: AddressWindow,
    styles: dict[str, Any],
) -> None:
    _, height = canvas._pagesize  # type: ignore[attr-defined]
    small = styles["small"]
    y = height - MARGIN - small.size
    for index, line in enumerate(letter.sender):  # the name in bold, then the address
        font = BOLD if index == 0 else REGULAR
        parts = break_lines(line, font, small.size, 85 * mm)
        write_lines(canvas, font, small.size, small.leading, MARGIN, y, parts)
        y -= small.leading * len(parts)
    # The address: top-left of the window, at the size that fits it (see fit_address).
    lines = [line.strip() for line in letter.recipient]
    top = height - window.top * mm - ADDRESS_INSET_Y * mm - address_size
    left = (window.left + ADDRESS_INSET_X) * mm
    write_lines(canvas, REGULAR, address_size, address_size * 1.2, left, top, lines)
    if letter.legal:  # small, at the foot of page 1, above the reference and page number
        legal = styles["legal"]
        canvas.setFillGray(legal.gray)
        y = FOOT + len(letter.legal) * legal.leading - legal.size
        write_lines(canvas, legal.font, legal.size, legal.leading, MARGIN, y, list(letter.legal))
        canvas.setFillGray(0)


def _body(letter: LetterContent, styles: dict[str, Any], width: float) -> list[Flowable]:
    subject = f"{letter.subject_label} {letter.subject}".strip()
    parts: list[Flowable] = [TextBlock(letter.place_and_date, styles["date"])]
    if letter.references:
        parts.append(TextBlock("\n".join(letter.references), styles["refs"]))
    parts.append(TextBlock(subject, styles["subject"]))
    texts = [letter.salutation, *letter.paragraphs]
    parts.extend(TextBlock(text, styles["body"]) for text in texts[:-1])
    # The closing never stands alone on a page: it goes with the end of the last paragraph.
    tail: list[Flowable] = [
        TextBlock(letter.closing, styles["body"]),
        Spacer(1, SIGNATURE_ROOM),
        TextBlock("\n".join(letter.signature), styles["signature"]),
    ]
    parts.append(KeepTail(TextBlock(texts[-1], styles["body"]), tail))
    if letter.annex_file is not None:
        from albanera_desk.documents.person_file import file_flowables

        parts.append(PageBreak())
        parts.append(TextBlock(letter.annex_title, styles["subject"]))
        parts.extend(file_flowables(letter.annex_file, letter.language, width=width / mm))
    if letter.annex_rows:
        parts.append(PageBreak())
        parts.append(TextBlock(letter.annex_title, styles["subject"]))
        header, *rows = letter.annex_rows
        parts.append(text_table(header, rows, width, styles["annex"]))
    return parts


def calibration_page(envelope: EnvelopeKind, paper: PaperSize = PaperSize.A4) -> bytes:
    """A page with the window's outline, to check placement on the office printer."""
    register_fonts()
    window = WINDOWS[envelope]
    width, height = page_size(paper)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    _marks(canvas, fold_marks(envelope, paper), punch_mark(paper), height)
    canvas.setDash(3, 2)
    canvas.rect(
        window.left * mm,
        height - window.bottom * mm,
        window.width * mm,
        window.height * mm,
    )
    canvas.setFont(REGULAR, 9)
    canvas.drawString(window.left * mm + 3 * mm, height - window.top * mm - 6 * mm, envelope.value)
    canvas.drawString(
        MARGIN,
        height - 140 * mm,
        "Print at 100 %, fold at the marks, put it in the envelope: the box must show whole.",
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
