"""The Requests section's search box and filter buttons (closed requests hidden by default).

Typing searches reference, name and postcode, accents optional, a moment after
the last key; a filter button narrows to where requests stand, with its count.
The query itself is ``services.request_search``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.services.request_search import RequestCounts, RequestFilter

SEARCH_DELAY_MS = 150  # typing pauses this long before the search runs
SEARCH_ROOM = 320  # narrower than this beside the chips, the chips take their own line

# A filter button reads as a chip: rounded, the chosen one filled.
CHIP_STYLE = """
QToolButton { border: 1px solid palette(mid); border-radius: 11px; padding: 2px 10px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
"""


class RequestFilterBar(QWidget):
    changed = Signal()  # the search words or the filter changed: search again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Reference, name or postcode (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.search.placeholderText())  # the box may be narrow
        self.search.setMinimumWidth(150)
        self._labels = {
            RequestFilter.NOT_CLOSED: self.tr("Not closed"),
            RequestFilter.OPEN: self.tr("Open"),
            RequestFilter.OVERDUE: self.tr("Late"),
            RequestFilter.AWAITING_IDENTITY: self.tr("Identity"),
            RequestFilter.TO_POST: self.tr("To post"),
            RequestFilter.CLOSED: self.tr("Closed"),
        }
        tips = {
            RequestFilter.NOT_CLOSED: self.tr("Every request but those closed"),
            RequestFilter.OPEN: self.tr("Received, awaiting identity or in progress"),
            RequestFilter.OVERDUE: self.tr("Open requests whose answer is late"),
            RequestFilter.AWAITING_IDENTITY: self.tr(
                "Awaiting identity: the writer was asked to confirm who they are; "
                "the GDPR deadline waits"
            ),
            RequestFilter.TO_POST: self.tr(
                "Answers to post within seven days so they arrive in time, "
                "and CCPA receipts to acknowledge"
            ),
            RequestFilter.CLOSED: self.tr(
                "Requests closed once nothing more is to be done: an answered, refused or "
                "withdrawn request stays in the list until it is closed"
            ),
        }
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[RequestFilter, QToolButton] = {}
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        self._first, self._second = QHBoxLayout(), QHBoxLayout()
        lines.addLayout(self._first)
        lines.addLayout(self._second)
        self._first.addWidget(self.search, 1)
        row = self._first
        self._chips_apart = False
        for which, label in self._labels.items():
            button = QToolButton()
            button.setText(label)
            button.setToolTip(tips[which])
            button.setCheckable(True)
            button.setStyleSheet(CHIP_STYLE)
            self.group.addButton(button)
            self.buttons[which] = button
            row.addWidget(button)
        self.buttons[RequestFilter.NOT_CLOSED].setChecked(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self.search_now)
        self.group.buttonToggled.connect(lambda _button, on: on and self.changed.emit())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        chips = sum(b.sizeHint().width() + 6 for b in self.buttons.values())
        self._place_chips(event.size().width() - chips < SEARCH_ROOM)

    def _place_chips(self, apart: bool) -> None:
        """On a narrow window the chips go on a line under the search box, which keeps
        room for a reference or a name; on a wide one they sit beside it."""
        if apart == self._chips_apart:
            return
        self._chips_apart = apart
        source, target = (self._first, self._second) if apart else (self._second, self._first)
        for button in self.buttons.values():
            source.removeWidget(button)
            target.addWidget(button)
        if apart:
            self._second.addStretch(1)
        else:
            while self._second.takeAt(0) is not None:
                pass  # the stretch left behind

    @property
    def chips_apart(self) -> bool:
        return self._chips_apart

    def text(self) -> str:
        return self.search.text()

    def which(self) -> RequestFilter:
        return next(
            (which for which, button in self.buttons.items() if button.isChecked()),
            RequestFilter.NOT_CLOSED,
        )

    def set_which(self, which: RequestFilter) -> None:
        self.buttons[which].setChecked(True)

    def search_now(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_counts(self, counts: RequestCounts) -> None:
        """The filters that count something urgent say how many ("Overdue · 2")."""
        shown = {
            RequestFilter.OPEN: counts.open,
            RequestFilter.OVERDUE: counts.overdue,
            RequestFilter.AWAITING_IDENTITY: counts.awaiting_identity,
            RequestFilter.TO_POST: counts.to_post_this_week,
        }
        for which, label in self._labels.items():
            count = shown.get(which, 0)
            self.buttons[which].setText(f"{label} · {count}" if count else label)
