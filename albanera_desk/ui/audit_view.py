"""The Audit section: the trail as a table, filtered by date and record, with its chain status."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.audit_chain import ChainReport
from albanera_desk.services.audit import AuditEntry, AuditFilter, AuditTrail
from albanera_desk.ui.audit_words import (
    action_label,
    fields_text,
    note_text,
    record_type_label,
)
from albanera_desk.ui.dates import table_datetime, table_format
from albanera_desk.ui.messages import said
from albanera_desk.ui.table_model import Index, RowTableModel
from albanera_desk.ui.worker import Progress, Task

PAGE = 200


class AuditTableModel(RowTableModel[AuditEntry]):
    """Newest first, fetched a page at a time as the view scrolls."""

    COL_SEQ, COL_AT, COL_ACTOR, COL_ACTION, COL_RECORD, COL_FIELDS, COL_NOTE = range(7)

    def __init__(self, trail: AuditTrail, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trail = trail
        self._filter = AuditFilter()
        self._total = 0
        self._headers = [
            self.tr("No."),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Fields"),
            self.tr("Note"),
        ]

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._total = self._trail.count(flt)
        self._rows = self._trail.page(flt, offset=0, limit=PAGE)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self._trail.page(self._filter, offset=len(self._rows), limit=PAGE)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.record(index)
        if entry is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col in (
            self.COL_RECORD,
            self.COL_FIELDS,
            self.COL_NOTE,
        ):
            return self.data(index, Qt.ItemDataRole.DisplayRole)  # the whole text, when cut
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SEQ:
                return entry.seq
            if col == self.COL_AT:
                return table_datetime(entry.at)
            if col == self.COL_ACTOR:
                return entry.actor
            if col == self.COL_ACTION:
                return action_label(entry.action)
            if col == self.COL_RECORD:
                kind = record_type_label(entry.record_type)
                if not entry.record_id:
                    return kind
                # Numbers read as "#12"; references (R-2026-0011, P-000042) as they are.
                ident = entry.record_id
                return f"{kind} #{ident}" if ident.isdigit() else f"{kind} {ident}"
            if col == self.COL_FIELDS:
                return fields_text(entry.fields)
            if col == self.COL_NOTE:
                return note_text(entry.note)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AuditView(QWidget):
    def __init__(self, trail: AuditTrail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trail = trail
        self._verify_task: Task | None = None
        self.model = AuditTableModel(trail, self)

        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(table_format())
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setSpecialValueText(self.tr("any date"))
            edit.setDate(edit.minimumDate())
        self.record_type = QComboBox()
        self.record_type.setMinimumContentsLength(14)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.chain_status = QLabel()
        self.chain_status.setObjectName("chainStatus")
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Who, when, what and which record keep their width; fields and note share the rest.
        for column, width in (
            (AuditTableModel.COL_SEQ, 56),
            (AuditTableModel.COL_AT, 130),
            (AuditTableModel.COL_ACTOR, 90),
            (AuditTableModel.COL_ACTION, 105),
            (AuditTableModel.COL_RECORD, 165),
        ):
            self.table.setColumnWidth(column, width)
        for column in (AuditTableModel.COL_FIELDS, AuditTableModel.COL_NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(QLabel(self.tr("Record")))
        filters.addWidget(self.record_type)
        filters.addWidget(self.refresh_button)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_status)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self._connect_signals()

    @property
    def verify_task(self) -> Task | None:
        return self._verify_task

    def _connect_signals(self) -> None:
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        self.record_type.currentIndexChanged.connect(self.apply_filter)
        self.refresh_button.clicked.connect(self.reload)

    def reload(self) -> None:
        current = self.record_type.currentData()
        self.record_type.blockSignals(True)
        self.record_type.clear()
        self.record_type.addItem(self.tr("All records"), None)
        for name in self._trail.record_types():
            self.record_type.addItem(record_type_label(name), name)
        index = self.record_type.findData(current)
        self.record_type.setCurrentIndex(max(index, 0))
        self.record_type.blockSignals(False)
        self.apply_filter()
        self.verify_chain()

    def current_filter(self) -> AuditFilter:
        def picked(edit: QDateEdit) -> date | None:
            qd = edit.date()
            return None if qd == edit.minimumDate() else date(qd.year(), qd.month(), qd.day())

        return AuditFilter(
            since=picked(self.since),
            until=picked(self.until),
            record_type=self.record_type.currentData(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%n event(s)", "", self.model.total()))

    def verify_chain(self) -> None:
        """Walk the whole chain in a worker: a long trail takes a while to hash."""
        if self._verify_task is not None:
            return
        self.chain_status.setText(self.tr("Checking the audit chain…"))
        trail = self._trail

        def work(progress: Progress) -> ChainReport:
            return trail.verify()

        self._verify_task = Task(work)
        self._verify_task.succeeded.connect(self._show_chain)
        self._verify_task.failed.connect(self._chain_failed)
        self._verify_task.start()

    def _show_chain(self, report: ChainReport) -> None:
        self._verify_task = None
        if report.intact:
            self.chain_status.setText(
                self.tr(
                    "✔ Audit chain intact: %n event(s), none altered or removed.", "", report.events
                )
            )
            self.chain_status.setStyleSheet("QLabel#chainStatus { color: #1b6e2a; }")
        else:
            first = report.breaks[0]
            self.chain_status.setText(
                self.tr("✘ Audit chain broken at event {seq}: {reason}").format(
                    seq=first.seq, reason=said(first.reason)
                )
            )
            self.chain_status.setStyleSheet(
                "QLabel#chainStatus { color: #b00020; font-weight: bold; }"
            )

    def _chain_failed(self, exc: BaseException) -> None:
        self._verify_task = None
        self.chain_status.setText(self.tr("The audit chain could not be checked."))
