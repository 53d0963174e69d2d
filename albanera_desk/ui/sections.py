"""Sections of the main window that are, for now, empty states: what belongs there and how."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


def heading(text: str, scale: float = 1.6) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class EmptyState(QWidget):
    """A title, what this section holds, and how to add the first entry."""

    def __init__(self, title: str, what: str, how: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(title)
        self.what = QLabel(what)
        self.how = QLabel(how)
        for label in (self.what, self.how):
            label.setWordWrap(True)
            label.setMaximumWidth(640)
        self.how.setObjectName("hint")
        self.how.setStyleSheet("QLabel#hint { color: palette(mid); }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addWidget(self.what)
        layout.addSpacing(4)
        layout.addWidget(self.how)
        layout.addStretch(1)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.1))
        layout.addWidget(self.body)


class TodayView(QWidget):
    """What is due, and the state of the store at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        self.title = heading(self.tr("Today"))
        self.date_label = QLabel(today)
        self.due = Card(self.tr("Due this week"))
        self.due.body.setText(
            self.tr(
                "Nothing is due. Each letter you log under Requests appears here when its "
                "answer is due within seven days; overdue answers stand out in red."
            )
        )
        self.checks = Card(self.tr("Register checks"))
        self.checks.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.checks.body.setOpenExternalLinks(False)
        self.review = Card(self.tr("People to review"))
        self.review.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.review.setVisible(False)
        self.retention = Card(self.tr("Kept too long"))
        self.retention_button = QPushButton(self.tr("Delete them…"))
        self.retention.layout().addWidget(self.retention_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retention.setVisible(False)
        self.store_card = Card(self.tr("This store"))
        self.profile_card = Card(self.tr("Organisation"))
        for card in (self.store_card, self.profile_card):  # names and paths, as typed
            card.body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(self.title)
        layout.addWidget(self.date_label)
        layout.addSpacing(12)
        layout.addWidget(self.due)
        layout.addWidget(self.checks)
        layout.addWidget(self.review)
        layout.addWidget(self.retention)
        layout.addWidget(self.store_card)
        layout.addWidget(self.profile_card)
        layout.addStretch(1)
