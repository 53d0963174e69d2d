"""The Register section's tables: third parties and the record of processing."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtGui import Qt as TextQt  # Qt's rich-text helpers live in QtGui
from PySide6.QtWidgets import QHeaderView, QTableView

from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord
from albanera_desk.domain.register_rules import LEGAL_BASES, label_of
from albanera_desk.services.addresses import country_name
from albanera_desk.ui.dates import table_date
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.labels import category_label, role_label, status_label
from albanera_desk.ui.messages import as_plain
from albanera_desk.ui.narrow_table import NarrowTable
from albanera_desk.ui.presenters.register import AgreementState, agreement_of, review_late
from albanera_desk.ui.table_model import Index, RowTableModel


def plain_tooltip(text: str) -> str:
    """A tooltip shown as typed: a name such as "<b>Ève</b>" is never drawn as markup."""
    return TextQt.convertFromPlainText(text) if TextQt.mightBeRichText(text) else text


class ProcessorTableModel(RowTableModel[ProcessorRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Country"),
            self.tr("Service"),
            self.tr("Agreement"),
            self.tr("Next review"),
            self.tr("Status"),
        ]
        self.today = date.today()

    def set_rows(self, rows: list[ProcessorRecord]) -> None:
        self.today = date.today()  # reviews due are judged on the day the rows are shown
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and record.service:
            # The name's tooltip carries the service too: that column hides when narrow.
            return plain_tooltip(f"{record.legal_name}\n{record.service}")
        if role == Qt.ItemDataRole.ForegroundRole:
            late = review_late(record.next_review, self.today)
            if (column == 5 and late) or (column == 4 and agreement_of(record).problem):
                return QBrush(QColor("#b00020"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 3):
            return as_plain(record.legal_name if column == 0 else record.service)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return record.legal_name + ("  ✎" if record.to_complete else "")
        if column == 1:
            return role_label(record.role)
        if column == 2:
            return country_name(record.country_code, ui_language()) if record.country_code else ""
        if column == 3:
            return record.service.splitlines()[0] if record.service else ""
        if column == 4:
            agreement = agreement_of(record)
            if agreement.state is AgreementState.NOT_NEEDED:
                return self.tr("not needed")
            if agreement.signed_on is None:
                return self.tr("missing")
            if agreement.state is AgreementState.TERMS_MISSING:
                return self.tr("%n term(s) missing", "", agreement.missing_terms)
            return table_date(agreement.signed_on)
        if column == 5:
            return table_date(record.next_review)
        return status_label(record.status)


class ActivityTableModel(RowTableModel[ActivityRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Activity"),
            self.tr("Legal basis"),
            self.tr("Categories of data"),
            self.tr("Recipients"),
            self.tr("Retention"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 2):
            categories = ", ".join(category_label(c) for c in record.data_categories)
            named = "\n".join(x for x in (record.name, categories) if x)
            return plain_tooltip(named if column == 0 else categories)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return record.name + ("  ✎" if record.to_complete else "")
        if column == 1:
            return label_of(LEGAL_BASES, record.legal_basis, ui_language())
        if column == 2:
            return ", ".join(category_label(c) for c in record.data_categories)
        if column == 3:
            return str(len(record.recipient_ids))
        return record.retention


class RegisterTable(NarrowTable):
    """One line per entry; the name and the described column share the room, and the
    described column steps aside on a narrow window (its text stays in the tooltip)."""

    def __init__(self, model: RowTableModel[Any], described: int) -> None:
        super().__init__()
        self.described = described
        self.set_aside = (described,)
        self.setModel(model)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(described, QHeaderView.ResizeMode.Stretch)


def make_table(model: RowTableModel[Any], stretch: int) -> QTableView:
    return RegisterTable(model, stretch)
