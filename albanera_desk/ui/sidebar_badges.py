"""Counts beside a section's name in the sidebar, as small coloured pills.

The Requests section carries what is open, late, awaiting identity and to post
this week (the colours of the Today page's tiles); its tooltip says each in words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem

from albanera_desk.services.request_search import RequestCounts

BADGES = Qt.ItemDataRole.UserRole + 7  # list of (text, colour) drawn at the row's right end

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


class BadgeDelegate(QStyledItemDelegate):
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
        font = QFont(option.font)  # type: ignore[attr-defined]
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        metrics = QFontMetrics(font)
        rect = option.rect  # type: ignore[attr-defined]
        height = metrics.height() + 2
        right = rect.right() - 6
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for text, colour in reversed(badges):
            width = max(metrics.horizontalAdvance(text) + 10, height)
            pill = QRectF(right - width, rect.center().y() - height / 2 + 1, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            right -= width + 3
        painter.restore()
