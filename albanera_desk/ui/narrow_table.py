"""A table that makes room on a narrow window (1024x700): below ``NARROW`` pixels the columns
a subclass names step aside, and come back on a wider one. One mechanism for every list."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTableView


class NarrowTable(QTableView):
    NARROW = 900  # pixels under which ``set_aside`` columns are hidden

    def __init__(self) -> None:
        super().__init__()
        self.set_aside: tuple[int, ...] = ()
        self._narrow: bool | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW
        if narrow == self._narrow:
            return
        self._narrow = narrow
        for column in self.set_aside:
            self.setColumnHidden(column, narrow)
        self.became_narrow(narrow)

    def became_narrow(self, narrow: bool) -> None:
        """What else a subclass changes when the table turns narrow or wide."""
