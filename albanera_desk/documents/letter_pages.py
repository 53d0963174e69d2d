"""Flowables placed onto pages, letter after letter: platypus's page layout, kept to what
letters need.

Each letter starts on a page of its own with the first page's frame (below the address
window and the date) and goes on in the frame of the later pages. A flowable that does
not fit is split where it allows (between lines, between table rows) or moved to the
next page; a heading (``keepWithNext``) is never left at the foot of a page without what
follows it. The canvas is told which letter each page belongs to, for its numbering.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from albanera_desk.documents.letter_parts import NumberingCanvas

EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class Box:
    """Where flowables go on a page, in points from the bottom-left corner."""

    x: float
    bottom: float
    width: float
    top: float


class Pager:
    def __init__(
        self,
        canvas: NumberingCanvas,
        first: Box,
        later: Box,
        later_page: Callable[[NumberingCanvas], None],
    ) -> None:
        self.canvas = canvas
        self.first = first
        self.later = later
        self.later_page = later_page
        self.box = first
        self.y = first.top
        self.at_top = True

    def letter(
        self,
        index: int,
        flowables: Iterable[Flowable],
        first_page: Callable[[NumberingCanvas], None],
    ) -> None:
        """One letter: its first page drawn by ``first_page``, then its flowables."""
        self.canvas.letter_index = index
        first_page(self.canvas)
        self._start(self.first)
        queue: deque[Flowable] = deque(flowables)
        while queue:
            self._place(queue.popleft(), queue)
        self.canvas.showPage()

    def _start(self, box: Box) -> None:
        self.box, self.y, self.at_top = box, box.top, True

    def _new_page(self) -> None:
        self.canvas.showPage()
        self.later_page(self.canvas)
        self._start(self.later)

    def _room(self, flowable: Flowable) -> tuple[float, float]:
        before = 0.0 if self.at_top else flowable.getSpaceBefore()
        return before, self.y - before - self.box.bottom

    def _place(self, flowable: Flowable, queue: deque[Flowable]) -> None:
        if isinstance(flowable, PageBreak):
            self._new_page()
            return
        before, room = self._room(flowable)
        _, height = flowable.wrap(self.box.width, room)
        if height <= room + EPSILON:
            alone = (
                queue
                and _keeps_with_next(flowable)
                and not self.at_top
                and not self._next_fits(queue[0], room - height - flowable.getSpaceAfter())
            )
            if alone:  # a heading would stand at the foot of the page without its text
                self._new_page()
                queue.appendleft(flowable)
                return
            self._draw(flowable, self.y - before - height)
            self.y -= before + height + flowable.getSpaceAfter()
            self.at_top = False
            return
        parts = flowable.split(self.box.width, room)
        if parts and not (len(parts) == 1 and parts[0] is flowable):
            queue.extendleft(reversed(parts))
            return
        if self.at_top:  # taller than a whole page and not to be split: drawn as it is
            self._draw(flowable, self.y - height)
            self.y -= height + flowable.getSpaceAfter()
            self.at_top = False
            return
        self._new_page()
        queue.appendleft(flowable)

    def _next_fits(self, following: Flowable, room: float) -> bool:
        room -= following.getSpaceBefore()
        _, height = following.wrap(self.box.width, room)
        if height <= room + EPSILON:
            return True
        return bool(following.split(self.box.width, room))

    def _draw(self, flowable: Flowable, bottom: float) -> None:
        draw_at = getattr(flowable, "draw_at", None)
        if draw_at is not None:
            draw_at(self.canvas, self.box.x, bottom)
        else:
            flowable.drawOn(self.canvas, self.box.x, bottom)


def _keeps_with_next(flowable: Any) -> bool:
    keep = getattr(flowable, "keepWithNext", None)
    if keep is None:
        keep = getattr(getattr(flowable, "style", None), "keepWithNext", False)
    return bool(keep)
