"""Counts beside a section's name in the sidebar, as small coloured pills.

The Requests section carries what is open, late, awaiting identity and to post
this week (the colours of the Today page's tiles); its tooltip says each in words.
Where a name and its pills do not fit side by side, the pills go on a line under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
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

if TYPE_CHECKING:
    from albanera_desk.services.request_search import RequestCounts


BADGES = Qt.ItemDataRole.UserRole + 7  # list of (text, colour) drawn at the row's right end
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
        # The row grows or shrinks with its pills: laid out again now if shown, else when it is.
        sidebar.scheduleDelayedItemsLayout()
        if sidebar.isVisible():
            sidebar.executeDelayedItemsLayout()


def _pill_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    small.setBold(True)
    return small


def _pill_width(metrics: QFontMetrics, text: str) -> int:
    return max(metrics.horizontalAdvance(text) + 10, metrics.height() + 2)


def pills_width(font: QFont, badges: Sequence[tuple[str, str]]) -> int:
    """The pills side by side, from the first one's left to the last one's right."""
    if not badges:
        return 0
    metrics = QFontMetrics(_pill_font(font))
    return sum(_pill_width(metrics, text) for text, _ in badges) + _SPACE * (len(badges) - 1)


def _room(sidebar: QListWidget) -> int:
    """The width a row may take, from the sidebar's own (fixed) width: known before the
    sidebar is first shown, when its viewport is not yet sized."""
    margins = sidebar.contentsMargins()
    bar = sidebar.verticalScrollBar()
    scroll = bar.sizeHint().width() if bar.isVisible() else 0
    return sidebar.width() - margins.left() - margins.right() - scroll


class BadgeDelegate(QStyledItemDelegate):
    """A section's name, then its pills: beside the name where the row has room, else on a
    line of their own under it (the sidebar keeps its width, the sections theirs)."""

    _RELAYOUT = (QEvent.Type.Polish, QEvent.Type.Show, QEvent.Type.StyleChange)

    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The style sheet applies when the sidebar is first shown: the rows measured before
        # (fonts, padding) are measured again, or a row's pills could overlap the next one.
        if isinstance(watched, QListWidget) and event.type() in self._RELAYOUT:
            watched.scheduleDelayedItemsLayout()
        return False

    def _layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[QStyleOptionViewItem, int, int, bool]:
        """The row's option, the name's right end and left start, and whether the pills go
        under the name."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        widget = shown.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        name = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, shown, QSize(), widget)
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, widget)
        room = _room(widget) if isinstance(widget, QListWidget) else name.width()
        pills = pills_width(shown.font, index.data(BADGES) or [])  # type: ignore[attr-defined]
        under = pills > 0 and name.width() + _AFTER_NAME + pills + _RIGHT > room
        return shown, name.width(), text.left() - shown.rect.left(), under  # type: ignore[attr-defined]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)  # the row's own (the sidebar fixes its height)
        badges = index.data(BADGES) or []
        if not badges:
            return size
        shown, name, indent, under = self._layout(option, index)
        pills = pills_width(shown.font, badges)  # type: ignore[attr-defined]
        if under:
            line = QFontMetrics(_pill_font(shown.font)).height() + 2  # type: ignore[attr-defined]
            return QSize(max(size.width(), indent + pills + _RIGHT), size.height() + line + 4)
        return QSize(max(size.width(), name + _AFTER_NAME + pills + _RIGHT), size.height())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges = index.data(BADGES) or []
        if not badges:
            super().paint(painter, option, index)
            return
        shown, _name, indent, under = self._layout(option, index)
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        font = _pill_font(shown.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        if under:
            # The row's background whole, then the name in its usual height at the top.
            widget = shown.widget  # type: ignore[attr-defined]
            style = widget.style() if widget is not None else QApplication.style()
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, shown, painter, widget
            )
            top = QStyleOptionViewItem(option)
            top.rect = QRect(rect.left(), rect.top(), rect.width(), rect.height() - height - 4)  # type: ignore[attr-defined]
            super().paint(painter, top, index)
            left = rect.left() + indent
            middle = rect.bottom() - height / 2 - 4
        else:
            super().paint(painter, option, index)
            left = rect.right() - _RIGHT - pills_width(shown.font, badges)  # type: ignore[attr-defined]
            middle = rect.center().y() + 1
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for text, colour in badges:
            width = _pill_width(metrics, text)
            pill = QRectF(left, middle - height / 2, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            left += width + _SPACE
        painter.restore()
