"""The pieces ``letters`` assembles: text styles, the address fitted to its window, and the
canvas that writes "page x of y" once each letter's length is known."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from albanera_desk.documents.fonts import BOLD, REGULAR
from albanera_desk.documents.pdf_text import write_lines
from albanera_desk.documents.text_flow import TextStyle, line_width, word_width
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.letter_format import AddressWindow
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

ADDRESS_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)  # points; below 8 the post's readers struggle
ADDRESS_INSET_X = 4.0  # mm inside the window, left and right
ADDRESS_INSET_Y = 2.0  # mm inside the window, top and bottom


class AddressDoesNotFit(StoreError):
    """An address too long or too wide for the envelope's window."""


def styles_for(language: str) -> dict[str, TextStyle]:
    body = TextStyle(REGULAR, 10.5, 14.5, space_after=7)
    return {
        "body": body,
        "small": TextStyle(REGULAR, 8.5, 11),
        "date": TextStyle(REGULAR, 10.5, 14.5, space_after=6 * mm, align="right"),
        "refs": TextStyle(REGULAR, 9, 12.5, space_after=5 * mm),
        "subject": TextStyle(BOLD, 10.5, 14.5, space_after=5 * mm),
        # A French letter is signed on the right half of the page; an English one on the left.
        "signature": TextStyle(REGULAR, 10.5, 14.5, indent=85 * mm if language == "fr" else 0),
        "annex": TextStyle(REGULAR, 8.5, 10.5),
        "legal": TextStyle(REGULAR, 7, 8.5, gray=0.35),
    }


def fit_address(lines: Sequence[str], window: AddressWindow) -> float:
    """The largest type size at which ``lines`` fit inside ``window``, on one line each."""
    shown = [line.strip() for line in lines]
    room_w = (window.width - 2 * ADDRESS_INSET_X) * mm
    room_h = (window.height - 2 * ADDRESS_INSET_Y) * mm
    for size in ADDRESS_SIZES:
        wide = max((word_width(line, REGULAR, size) for line in shown), default=0.0)
        if wide <= room_w and len(shown) * size * 1.2 <= room_h:
            return size
    raise AddressDoesNotFit(
        QT_TRANSLATE_NOOP(
            "Core",
            "The address of {name} does not fit the envelope's window ({count} lines): "
            "shorten its longest line or choose another envelope.",
        ).format(name=shown[0] if shown else "", count=len(shown))
    )


class NumberingCanvas(Canvas):
    """Defers each page so "page x of y" can be written once the letter's length is known."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.letter_index = 0
        self.footers: list[tuple[str, str]] = []
        self.margin = 20 * mm

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append({"state": dict(self.__dict__), "letter": self.letter_index})
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
        right = self._pagesize[0] - self.margin  # type: ignore[attr-defined]
        self.setFillGray(0.35)
        write_lines(self, REGULAR, 8, 9.6, self.margin, 12 * mm, [reference])
        write_lines(
            self, REGULAR, 8, 9.6, right - line_width(page_text, REGULAR, 8), 12 * mm, [page_text]
        )
        self.setFillGray(0)
