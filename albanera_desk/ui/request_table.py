"""The Requests section's table: one row per letter received, the urgent ones standing out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from albanera_desk.services.requests import RequestSummary
from albanera_desk.ui.messages import as_plain
from albanera_desk.ui.narrow_table import NarrowTable
from albanera_desk.ui.presenters.requests import row_look
from albanera_desk.ui.request_words import (
    due_in_words,
    due_short,
    kind_label,
    short_date,
    status_label,
)
from albanera_desk.ui.table_model import Index, RowTableModel


class RequestTableModel(RowTableModel[RequestSummary]):
    COL_REF, COL_RECEIVED, COL_WRITER, COL_KINDS, COL_STATUS, COL_DUE, COL_POST = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self._headers = [
            self.tr("Reference"),
            self.tr("Received"),
            self.tr("Writer"),
            self.tr("Asks for"),
            self.tr("Status"),
            self.tr("Answer due"),
            self.tr("Post by"),
        ]

    def set_rows(self, rows: list[RequestSummary], today: date | None = None) -> None:
        self.today = today or date.today()
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.record(index)
        if item is None:
            return None
        col = index.column()
        look = row_look(item, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_REF:
                return item.reference
            if col == self.COL_RECEIVED:
                return short_date(item.received_on)
            if col == self.COL_WRITER:
                return item.writer_name
            if col == self.COL_KINDS:
                return ", ".join(kind_label(k) for k in item.kinds)
            if col == self.COL_STATUS:
                return status_label(item.status)
            if col == self.COL_DUE:
                return due_short(item.due, self.today) if look.shows_due and item.due else "—"
            if col == self.COL_POST:
                return short_date(item.post_by) if look.shows_post_by and item.post_by else ""
        if role == Qt.ItemDataRole.ForegroundRole and look.overdue:
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and look.this_week:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DUE:
            # The rule is in the detail pane, worded in the window's language.
            return due_in_words(item.due, self.today) if look.shows_due and item.due else None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_WRITER:
            return as_plain(item.writer_name)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_KINDS:
            return ", ".join(kind_label(k) for k in item.kinds)
        return None


class RequestListTable(NarrowTable):
    """The requests table: in a narrow window (1024x700) the date received steps aside (the
    request's detail says it) so the writer's name keeps room beside the due date."""

    def __init__(self) -> None:
        super().__init__()
        self.set_aside = (RequestTableModel.COL_RECEIVED,)
