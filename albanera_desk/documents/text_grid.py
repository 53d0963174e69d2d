"""Tables of plain text: columns as wide as their content asks, so that no word is ever cut,
a repeated header row, rows never split across pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.platypus import Flowable

from albanera_desk.documents.pdf_text import write_blocks
from albanera_desk.documents.text_flow import TextStyle, break_lines, longest_line, longest_word


@dataclass(frozen=True, slots=True)
class Grid:
    widths: list[float]
    style: TextStyle


def column_widths(
    rows: Sequence[Sequence[str]], total: float, style: TextStyle, padding: float
) -> Grid:
    """Widths from the content: every column at least as wide as its longest word, the
    room left shared by how much more each column's longest line would want. Where even
    the longest words do not fit side by side, the text gets smaller (down to 6 pt)."""
    columns = max((len(r) for r in rows), default=0)
    size = style.size
    while True:
        least = [0.0] * columns
        most = [0.0] * columns
        for row in rows:
            for i, cell in enumerate(row):
                least[i] = max(least[i], longest_word(cell, style.font, size))
                most[i] = max(most[i], longest_line(cell, style.font, size))
        room = total - padding * columns
        if sum(least) <= room or size <= 6:
            break
        size = max(6.0, size - 0.5)
    fitted = style.sized(size) if size != style.size else style
    if sum(most) <= room:
        spare = room - sum(most)
        weight = sum(most) or 1.0
        widths = [m + spare * m / weight + padding for m in most]
    else:
        spare = max(0.0, room - sum(least))
        want = [m - lo for m, lo in zip(most, least, strict=True)]
        weight = sum(want) or 1.0
        widths = [lo + spare * w / weight + padding for lo, w in zip(least, want, strict=True)]
    return Grid(widths, fitted)


PAD_X = 4.0  # points inside a cell, left and right
PAD_TOP = 2.5
PAD_BOTTOM = 3.5


class TextGrid(Flowable):  # type: ignore[misc]
    """A table of plain text with a repeated header row, split between rows.

    Drawn straight on the canvas (one text object for all cells, one path for the rules):
    platypus's Table does the same with a style language and a flowable per cell.
    """

    def __init__(
        self,
        rows: list[list[list[str]]],  # each cell as its lines; row 0 is the header
        widths: list[float],
        style: TextStyle,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.widths = widths
        self.style = style
        self.heights = [
            max((len(cell) for cell in row), default=1) * style.leading + PAD_TOP + PAD_BOTTOM
            for row in rows
        ]
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), sum(self.heights)
        return (self.width, self.height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used = self.heights[0]
        fit = 0
        for height in self.heights[1:]:
            if used + height > available_height + 1e-6:
                break
            used += height
            fit += 1
        if fit == 0 or fit == len(self.rows) - 1:
            return [] if fit == 0 else [self]
        header = self.rows[0]
        return [
            TextGrid([header, *self.rows[1 : fit + 1]], self.widths, self.style),
            TextGrid([header, *self.rows[fit + 1 :]], self.widths, self.style),
        ]

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canvas: Any, x: float, y: float) -> None:
        s = self.style
        top = y + self.height
        right = x + self.width
        canvas.setFillGray(0.92)
        canvas.rect(x, top - self.heights[0], self.width, self.heights[0], stroke=0, fill=1)
        canvas.setFillGray(0)
        blocks = []
        row_top = top
        for row, height in zip(self.rows, self.heights, strict=True):
            left = x
            for cell, width in zip(row, self.widths, strict=False):
                blocks.append((left + PAD_X, row_top - PAD_TOP - s.size, cell))
                left += width
            row_top -= height
        write_blocks(canvas, s.font, s.size, s.leading, blocks)
        rules = []
        row_top = top
        for height in [0.0, *self.heights]:
            row_top -= height
            rules.append((x, row_top, right, row_top))
        left = x
        for width in [0.0, *self.widths]:
            left += width
            rules.append((left, y, left, top))
        canvas.setLineWidth(0.3)
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.lines(rules)
        canvas.setStrokeGray(0)


def text_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], total: float, style: TextStyle
) -> TextGrid:
    """A grid with a repeated header row, its columns as wide as their content asks."""
    grid = column_widths([header, *rows], total, style, padding=2 * PAD_X)
    s = grid.style
    cells = [
        [
            break_lines(text, s.font, s.size, width - 2 * PAD_X)
            for text, width in zip(row, grid.widths, strict=False)
        ]
        for row in [header, *rows]
    ]
    return TextGrid(cells, grid.widths, replace(s, space_before=0, space_after=0))
