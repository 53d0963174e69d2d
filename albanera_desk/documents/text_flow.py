"""Plain text laid out for letters: lines broken on spaces only, never inside a word.

A letter's text is plain (no markup), so it needs none of platypus's paragraph machinery
(markup parsing, fragments, hyphenation): ``TextBlock`` measures words once per font,
fills lines greedily on ordinary spaces (a no-break or narrow no-break space binds), splits
between lines with no lone first or last line of a paragraph on a page, and draws each line
with one text operator (``text_grid`` lays out tables of such text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from albanera_desk.documents.pdf_text import write_blocks, write_lines

_BREAKS = re.compile(r"[ \t\r\f\v]+")  # ASCII whitespace only: U+00A0 and U+202F bind
_widths: dict[str, dict[str, float]] = {}  # font name -> word -> width at 1 pt


@dataclass(frozen=True, slots=True)
class TextStyle:
    font: str
    size: float
    leading: float
    space_before: float = 0.0
    space_after: float = 0.0
    align: str = "left"  # "left" or "right"
    indent: float = 0.0  # from the left, in points
    gray: float = 0.0
    keep_lines: int = 2  # lines a paragraph keeps together at a page's foot or head
    keep_with_next: bool = False  # a heading: never alone at the foot of a page

    def sized(self, size: float) -> TextStyle:
        return replace(self, size=size, leading=self.leading * size / self.size)


def word_width(word: str, font: str, size: float) -> float:
    known = _widths.get(font)
    if known is None:
        known = _widths[font] = {}
    width = known.get(word)
    if width is None:
        width = known[word] = getFont(font).stringWidth(word, 1)
    return width * size


_laid: dict[tuple[str, str, float, float], list[str]] = {}  # the same text, laid out once


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of ``text`` in ``width`` points: explicit newlines kept, breaks on spaces.

    A word wider than the line stands alone on its line rather than being cut. Letters of
    a batch share most of their sentences: each is laid out once (the result is not to be
    changed by the caller).
    """
    key = (text, font, size, width)
    lines = _laid.get(key)
    if lines is None:
        if len(_laid) > 20_000:
            _laid.clear()
        lines = _laid[key] = _break(text, font, size, width)
    return lines


def _break(text: str, font: str, size: float, width: float) -> list[str]:
    space = word_width(" ", font, size)
    lines: list[str] = []
    for part in text.split("\n"):
        words = [w for w in _BREAKS.split(part) if w]
        if not words:
            lines.append("")
            continue
        line: list[str] = []
        used = 0.0
        for word in words:
            w = word_width(word, font, size)
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0.0) + w
                line.append(word)
        lines.append(" ".join(line))
    return lines


def line_width(line: str, font: str, size: float) -> float:
    """The width of one line as drawn (its words and the spaces between them)."""
    words = [w for w in _BREAKS.split(line) if w]
    space = word_width(" ", font, size)
    return sum(word_width(w, font, size) for w in words) + space * max(0, len(words) - 1)


def longest_word(text: str, font: str, size: float) -> float:
    return max((word_width(w, font, size) for w in _BREAKS.split(text) if w), default=0.0)


def longest_line(text: str, font: str, size: float) -> float:
    space = word_width(" ", font, size)
    best = 0.0
    for part in text.split("\n"):
        words = [w for w in _BREAKS.split(part) if w]
        if words:
            total = sum(word_width(w, font, size) for w in words)
            best = max(best, total + space * (len(words) - 1))
    return best


class TextBlock(Flowable):  # type: ignore[misc]
    """One paragraph of plain text (or a given list of lines, after a split)."""

    def __init__(self, text: str, style: TextStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next
        self._lines = lines
        self._laid_for = -1.0 if lines is None else float("inf")

    def lines(self, width: float) -> list[str]:
        if self._lines is None or (self._laid_for != width and self._laid_for != float("inf")):
            s = self.style
            self._lines = break_lines(self.text, s.font, s.size, width - s.indent)
            self._laid_for = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.lines(available_width)) * self.style.leading
        return (available_width, self.height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self.lines(available_width)
        keep = self.style.keep_lines
        fit = int((available_height + 1e-6) // self.style.leading)
        if fit >= len(lines):
            return [self]
        fit = min(fit, len(lines) - keep)  # never a lone last line on the next page
        if fit < keep or fit <= 0:
            return []  # nor a lone first line at the foot of this one
        head = TextBlock(self.text, replace(self.style, space_after=0), lines[:fit])
        tail = TextBlock(self.text, replace(self.style, space_before=0), lines[fit:])
        return [head, tail]

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canvas: Any, x: float, y: float) -> None:
        """Drawn with its bottom-left corner at (x, y): one text object, no state saved."""
        s = self.style
        if s.gray:
            canvas.setFillGray(s.gray)
        baseline = y + self.height - s.size  # the first line, where platypus would put it
        lines = self._lines or []
        if s.align == "right":
            right = x + self.width
            write_blocks(
                canvas,
                s.font,
                s.size,
                s.leading,
                (
                    (right - line_width(line, s.font, s.size), baseline - n * s.leading, [line])
                    for n, line in enumerate(lines)
                ),
            )
        else:
            write_lines(canvas, s.font, s.size, s.leading, x + s.indent, baseline, lines)
        if s.gray:
            canvas.setFillGray(0)


class KeepTail(Flowable):  # type: ignore[misc]
    """A last paragraph and what must not be parted from it (the closing and the signature).

    When the whole does not fit, the paragraph fills the page and at least two of its lines
    go over with the tail: the signature never stands alone on a page.
    """

    def __init__(self, last: TextBlock, tail: Sequence[Flowable]) -> None:
        super().__init__()
        self.last = last
        self.tail = list(tail)
        self.spaceBefore = last.spaceBefore
        self.spaceAfter = self.tail[-1].getSpaceAfter() if self.tail else last.spaceAfter
        self._placed: list[tuple[Flowable, float]] = []

    def _parts(self) -> list[Flowable]:
        return [self.last, *self.tail]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        y = 0.0
        placed = []
        parts = self._parts()
        for index, part in enumerate(parts):
            if index:
                y += part.getSpaceBefore()
            _, h = part.wrap(available_width, available_height)
            placed.append((part, y + h))
            y += h
            if index < len(parts) - 1:
                y += part.getSpaceAfter()
        self.width, self.height = available_width, y
        self._placed = placed
        return (available_width, y)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self.height <= available_height:
            return [self]
        lines = self.last.lines(available_width)
        leading = self.last.style.leading
        keep = self.last.style.keep_lines
        # The paragraph fills this page, leaving at least ``keep`` lines for the next.
        fit = min(int((available_height + 1e-6) // leading), len(lines) - keep)
        if fit < keep:
            return []
        style = self.last.style
        head = TextBlock(self.last.text, replace(style, space_after=0), lines[:fit])
        rest = TextBlock(self.last.text, replace(style, space_before=0), lines[fit:])
        return [head, KeepTail(rest, self.tail)]

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canvas: Any, x: float, y: float) -> None:
        for part, bottom_from_top in self._placed:
            if isinstance(part, TextBlock):
                part.draw_at(canvas, x, y + self.height - bottom_from_top)
            else:
                part.drawOn(canvas, x, y + self.height - bottom_from_top)


NO_BREAK = "\u00a0\u202f"  # no-break and narrow no-break spaces: never a line break


@cache
def keep_narrow_spaces() -> None:
    """ReportLab breaks lines at U+202F (it counts it as whitespace) and prints it as a plain
    space, so « : » could start a line and the narrow space would vanish. Its paragraphs
    split words with one module function: that one is replaced, once, by the same split
    without the no-break spaces, and the glyph U+202F is drawn as it is."""
    from reportlab.platypus import paragraph

    breaking = "".join(c for c in getattr(paragraph, "_wsc") if c not in NO_BREAK)  # noqa: B009
    pattern = re.compile(f"[{re.escape(breaking)}]+")

    def split(text: str | bytes, delim: str | bytes | None = None) -> list[str]:
        if isinstance(text, bytes):
            text = text.decode("utf8")
        if delim is None:
            return [word for word in pattern.split(text) if word]
        if isinstance(delim, bytes):
            delim = delim.decode("utf8")
        return text.split(delim)

    setattr(paragraph, "split", split)  # noqa: B010 - ReportLab's own module function
