"""The Today page's parts: the count tiles, the first steps of a new store, the calendar.

Every count opens the Requests section filtered on what it counts; every step
has the button that does it; a day of the calendar lists the requests due then,
each a link. What they show is decided in ``presenters.today``.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.services.request_search import RequestCounts, RequestFilter
from albanera_desk.ui.dates import pydate, qdate, text_date
from albanera_desk.ui.presenters.today import DayMark, FirstStep, request_link

RED = "#b00020"
AMBER = "#8a6d00"
BLUE = "#1d4ed8"
GREY = "#4b5563"

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class CountTiles(QWidget):
    """Open · late · awaiting identity · to post this week: each a button to the list."""

    chosen = Signal(object)  # the RequestFilter to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[RequestFilter, QToolButton] = {}
        self._words = {
            RequestFilter.OPEN: (self.tr("open"), GREY),
            RequestFilter.OVERDUE: (self.tr("late"), RED),
            RequestFilter.AWAITING_IDENTITY: (self.tr("awaiting identity"), AMBER),
            RequestFilter.TO_POST: (self.tr("to post this week"), BLUE),
        }
        tips = {
            RequestFilter.OPEN: self.tr("Requests received, awaiting identity or in progress"),
            RequestFilter.OVERDUE: self.tr("Open requests whose answer is late"),
            RequestFilter.AWAITING_IDENTITY: self.tr(
                "Waiting for the writer to confirm who they are"
            ),
            RequestFilter.TO_POST: self.tr(
                "Answers to post within seven days so they arrive in time, and CCPA receipts"
            ),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for which, (_, colour) in self._words.items():
            tile = QToolButton()
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            tile.setToolTip(tips[which])
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.setMinimumHeight(64)
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            tile.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 8px;"
                f" padding: 6px 10px; color: {colour}; }}"
                " QToolButton:hover { background: palette(alternate-base); }"
            )
            font = QFont(tile.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            tile.setFont(font)
            tile.clicked.connect(lambda _=False, w=which: self.chosen.emit(w))
            self.tiles[which] = tile
            row.addWidget(tile, 1)
        self.set_counts(RequestCounts(0, 0, 0, 0))

    def set_counts(self, counts: RequestCounts) -> None:
        values = {
            RequestFilter.OPEN: counts.open,
            RequestFilter.OVERDUE: counts.overdue,
            RequestFilter.AWAITING_IDENTITY: counts.awaiting_identity,
            RequestFilter.TO_POST: counts.to_post_this_week,
        }
        for which, tile in self.tiles.items():
            words, _ = self._words[which]
            tile.setText(f"{values[which]}\n{words}")


class FirstSteps(QFrame):
    """A new store says what to do first, each step with its button; gone once all are done."""

    chosen = Signal(str)  # "profile", "import" or "letter"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        title = QLabel(self.tr("Start here"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        title.setFont(font)
        self._texts = {
            "profile": (
                self.tr("Fill in the organisation profile"),
                self.tr("Letters need the controller's name, address and signatory."),
                self.tr("Organisation profile…"),
            ),
            "import": (
                self.tr("Import customers"),
                self.tr("The shop's customer export (CSV): letters are then linked to people."),
                self.tr("Import customers…"),
            ),
            "letter": (
                self.tr("Log the first letter"),
                self.tr("With its date of receipt: the due date is computed for you."),
                self.tr("New request…"),
            ),
        }
        self.rows: dict[str, tuple[QLabel, QPushButton]] = {}
        grid = QGridLayout()
        for line, (kind, (_, _, button_text)) in enumerate(self._texts.items()):
            label = QLabel()
            label.setWordWrap(True)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _=False, k=kind: self.chosen.emit(k))
            grid.addWidget(label, line, 0)
            grid.addWidget(button, line, 1, Qt.AlignmentFlag.AlignTop)
            self.rows[kind] = (label, button)
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)

    def set_steps(self, steps: list[FirstStep]) -> None:
        self.setVisible(bool(steps))
        for step in steps:
            what, why, _ = self._texts[step.kind]
            label, button = self.rows[step.kind]
            mark = "✔" if step.done else "○"
            style = "color: palette(mid); text-decoration: line-through;" if step.done else ""
            label.setText(
                f"<span style='{style}'><b>{mark} {html.escape(what)}</b></span><br>"
                f"<span style='color: palette(mid)'>{html.escape(why)}</span>"
            )
            button.setEnabled(not step.done)


class DueCalendar(QWidget):
    """This month and the next, due dates marked; a click on a day lists what is due then."""

    request_chosen = Signal(str)  # a link "request:R-2026-0001"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = (QCalendarWidget(), QCalendarWidget())
        for month in self.months:
            month.setNavigationBarVisible(False)
            month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            month.setGridVisible(False)
            month.setMinimumSize(230, 170)
            # The day clicked is shown softly: strong colours are for due dates.
            palette = month.palette()
            palette.setColor(QPalette.ColorRole.Highlight, QColor("#d1d5db"))
            palette.setColor(QPalette.ColorRole.HighlightedText, QColor("black"))
            month.setPalette(palette)
            month.clicked.connect(self.show_day)
        self.titles = (QLabel(), QLabel())
        self.day_list = QLabel()
        self.day_list.setWordWrap(True)
        self.day_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.day_list.setOpenExternalLinks(False)
        self.day_list.linkActivated.connect(self.request_chosen)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, month) in enumerate(zip(self.titles, self.months, strict=True)):
            grid.addWidget(title, 0, column)
            grid.addWidget(month, 1, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.day_list)
        self._marks: dict[date, DayMark] = {}
        self._writers: dict[str, str] = {}

    def set_marks(
        self, first: date, marks: dict[date, DayMark], writers: dict[str, str], today: date
    ) -> None:
        self._marks, self._writers = marks, writers
        second = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        for title, month, start in zip(self.titles, self.months, (first, second), strict=True):
            month.setDateTextFormat(QDate(), QTextCharFormat())  # clear the old marks
            month.setSelectedDate(qdate(today))
            month.setCurrentPage(start.year, start.month)
            title.setText(f"<b>{month.locale().standaloneMonthName(start.month)} {start.year}</b>")
        underlined = QTextCharFormat()
        underlined.setFontUnderline(True)
        underlined.setFontWeight(QFont.Weight.Bold)
        for month in self.months:
            month.setDateTextFormat(qdate(today), underlined)
        for day, mark in marks.items():
            look = QTextCharFormat()
            look.setFontWeight(QFont.Weight.Bold)
            look.setFontUnderline(day == today)
            colour = RED if mark.overdue else (AMBER if mark.this_week else BLUE)
            look.setForeground(QBrush(QColor("white")))
            look.setBackground(QBrush(QColor(colour)))
            look.setToolTip(self.tr("%n answer(s) due", "", len(mark.references)))
            for month in self.months:
                month.setDateTextFormat(qdate(day), look)
        self.show_day(qdate(today))

    def show_day(self, day: QDate) -> None:
        when = pydate(day)
        mark = self._marks.get(when)
        if mark is None:
            self.day_list.setText(
                self.tr("Nothing due on {day}. Marked days have answers due: click one.").format(
                    day=text_date(when)
                )
            )
            return
        links = [
            f'<a href="{request_link(ref)}">{html.escape(ref)}</a> · '
            f"{html.escape(self._writers.get(ref, ''))}"
            for ref in mark.references
        ]
        heading = self.tr("Due on {day}:").format(day=text_date(when))
        self.day_list.setText(f"<b>{html.escape(heading)}</b><br>" + "<br>".join(links))
