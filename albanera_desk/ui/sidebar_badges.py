"""Counts beside a section's name in the sidebar, as small coloured pills.

The Requests section carries what is open, late, awaiting identity and to post
this week (the colours of the Today page's tiles); its tooltip says each in words.
The sidebar grows to hold every name beside its pills, in either language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from albanera_desk.services.request_search import RequestCounts

BADGES = Qt.ItemDataRole.UserRole + 7  # list of (text, colour) drawn at the row's right end
SIDEBAR_LEAST = 190  # the sidebar's width when its names and pills need no more
_RIGHT = 6  # room between the last pill and the row's right end
_SPACE = 3  # between two pills
_AFTER_NAME = 8  # between a section's name and its first pill

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def request_badges(counts: RequestCounts) -> list[tuple[str, str]]:
    """Open (grey) always; late (red), awaiting identity (amber), to post (blue) when any."""
    badges = [(str(counts.open), "#4b5563")]
    for count, colour in (
        (counts.overdue, "#b00020"),
        (counts.awaiting_identity, "#8a6d00"),
        (counts.to_post_this_week, "#1d4ed8"),
    ):
        if count:
            badges.append((str(count), colour))
    return badges if counts.open or len(badges) > 1 else []


def request_tooltip(counts: RequestCounts) -> str:
    return "\n".join(
        (
            translate("Sidebar", "%n open", "", counts.open),
            translate("Sidebar", "%n late", "", counts.overdue),
            translate("Sidebar", "%n awaiting identity", "", counts.awaiting_identity),
            translate("Sidebar", "%n to post this week", "", counts.to_post_this_week),
        )
    )


def show_request_counts(item: QListWidgetItem, counts: RequestCounts) -> None:
    item.setData(BADGES, request_badges(counts))
    item.setToolTip(request_tooltip(counts))
    sidebar = item.listWidget()
    if sidebar is not None:
        fit_sidebar(sidebar)


def fit_sidebar(sidebar: QListWidget) -> None:
    """As wide as the widest section's name with its pills (never narrower than usual)."""
    sidebar.doItemsLayout()  # the size hints of the counts just set
    margins = sidebar.contentsMargins()  # the frame and the style sheet's border
    bar = sidebar.verticalScrollBar()
    frame = margins.left() + margins.right() + (bar.sizeHint().width() if bar.isVisible() else 0)
    needed = sidebar.sizeHintForColumn(0) + frame
    sidebar.setFixedWidth(max(SIDEBAR_LEAST, needed))


def _pill_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    small.setBold(True)
    return small


def _pill_width(metrics: QFontMetrics, text: str) -> int:
    return max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)


def pills_width(font: QFont, badges: Sequence[tuple[str, str]]) -> int:
    """The room the pills take at a row's right end, from the name's end to the row's."""
    if not badges:
        return 0
    metrics = QFontMetrics(_pill_font(font))
    pills = sum(_pill_width(metrics, text) for text, _ in badges)
    return _AFTER_NAME + pills + _SPACE * (len(badges) - 1) + _RIGHT


class BadgeDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The name's room plus its pills', so the sidebar can be made wide enough for both."""
        size = super().sizeHint(option, index)  # the row's own (the sidebar fixes its height)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        name = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, shown, QSize(), widget)
        extra = pills_width(shown.font, index.data(BADGES) or [])  # type: ignore[attr-defined]
        return QSize(max(size.width(), name.width()) + extra, size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        badges = index.data(BADGES) or []
        if not badges:
            return
        font = _pill_font(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        rect = option.rect  # type: ignore[attr-defined]
        height = metrics.height() + 2
        right = rect.right() - _RIGHT
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for text, colour in reversed(badges):
            width = _pill_width(metrics, text)
            pill = QRectF(right - width, rect.center().y() - height / 2 + 1, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            right -= width + _SPACE
        painter.restore()
