"""A person's file: everything held, where it came from, who receives it, and its history.

Opening it is recorded in the audit trail (the service does it). Corrections
keep before and after with the reason and the request they answer; erasure
asks the coordinator to type the reference, because it cannot be undone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.person_file import PersonFile
from albanera_desk.domain.records import MarketingChannel
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.audit import AuditFilter
from albanera_desk.services.desk import Desk
from albanera_desk.services.request_search import RequestSearch
from albanera_desk.ui.dates import table_date, text_datetime
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.labels import category_label, channel_label, source_label
from albanera_desk.ui.messages import said, store_error_text
from albanera_desk.ui.person_file_forms import CorrectionDialog, EraseDialog, ItemDialog
from albanera_desk.ui.person_file_html import access_html, history_html, summary_html
from albanera_desk.ui.request_table import RequestTableModel

ERROR_STYLE = "color: #b00020;"


class PersonFileDialog(QDialog):
    changed = Signal()
    request_chosen = Signal(str)  # show this request in the Requests section (the file closes)

    def __init__(self, desk: Desk, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._id = person_id
        self.resize(860, 640)
        self.summary = QTextBrowser()
        self.summary.setOpenLinks(False)
        self.items = QTableWidget(0, 7)
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items.verticalHeader().setVisible(False)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("What"),
                self.tr("Value"),
                self.tr("Source"),
                self.tr("Collected"),
                self.tr("Kept until"),
                self.tr("Received by"),
            ]
        )
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.history = QTextBrowser()
        self.undo_button = QPushButton(self.tr("Undo the last correction"))
        self.undo_button.setToolTip(
            self.tr("Puts the value back as it was; both changes stay in the history")
        )
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, self.tr("File"))
        self.tabs.addTab(self.items, self.tr("Items held"))
        self.tabs.addTab(history_page, self.tr("Corrections"))
        # The letters this person wrote: each opens in the Requests section.
        self.requests = RequestTableModel(self)
        self.request_table = QTableView()
        self.request_table.setModel(self.requests)
        self.request_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.request_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.request_table.verticalHeader().setVisible(False)
        self.request_table.setWordWrap(False)
        header = self.request_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RequestTableModel.COL_WRITER, QHeaderView.ResizeMode.Stretch)
        self.show_request_button = QPushButton(self.tr("Show in Requests"))
        self.show_request_button.setToolTip(
            self.tr("Open the selected request in the Requests section (Enter)")
        )
        self.no_requests = QLabel(self.tr("No request from or about this person."))
        requests_page = QWidget()
        requests_layout = QVBoxLayout(requests_page)
        requests_layout.setContentsMargins(0, 0, 0, 0)
        requests_layout.addWidget(self.no_requests)
        requests_layout.addWidget(self.request_table, 1)
        requests_layout.addWidget(self.show_request_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(requests_page, self.tr("Requests"))
        # Who opened, changed or exported this file, and when: access shown, not assumed.
        self.access = QTextBrowser()
        self.tabs.addTab(self.access, self.tr("Access log"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("Change a value, keeping before and after"))
        self.item_button = QPushButton(self.tr("Add item…"))
        self.marketing_button = QPushButton(self.tr("Marketing"))
        marketing = QMenu(self.marketing_button)
        for channel in MarketingChannel:
            marketing.addAction(
                self.tr("Opt out of {channel}").format(channel=channel_label(channel)),
                lambda c=channel: self.set_marketing(c, False),
            )
            marketing.addAction(
                self.tr("Opt in to {channel}").format(channel=channel_label(channel)),
                lambda c=channel: self.set_marketing(c, True),
            )
        self.marketing_button.setMenu(marketing)
        self.export_button = QPushButton(self.tr("Export…"))
        exports = QMenu(self.export_button)
        exports.addAction(self.tr("PDF (annex of an access response)"), lambda: self.export("pdf"))
        exports.addAction(self.tr("JSON (portability)"), lambda: self.export("json"))
        exports.addAction(self.tr("CSV (portability)"), lambda: self.export("csv"))
        self.export_button.setMenu(exports)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.correct_button,
            self.item_button,
            self.marketing_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.correct_button.clicked.connect(self.correct)
        self.undo_button.clicked.connect(self.undo_last_correction)
        self.item_button.clicked.connect(self.add_item)
        self.erase_button.clicked.connect(self.erase)
        self.request_table.activated.connect(self._request_activated)
        self.show_request_button.clicked.connect(self.show_selected_request)
        self.erased = False
        self.chosen_request: str | None = None
        self.file: PersonFile = desk.people.open_file(person_id)
        self._show()

    # --- showing -------------------------------------------------------------------------

    def _reload(self) -> None:
        self.file = self._desk.people.open_file(self._id)
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        f = self.file
        self.setWindowTitle(f"{f.display_name} — {f.reference}")
        self.summary.setHtml(summary_html(f))
        self.items.setRowCount(len(f.items))
        for row, item in enumerate(f.items):
            cells = [
                category_label(item.category),
                item.description,
                item.value,
                source_label(item.source),
                table_date(item.collected_on),
                table_date(item.retention_end) or item.retention_rule,
                ", ".join(item.recipients),
            ]
            for column, text in enumerate(cells):
                self.items.setItem(row, column, QTableWidgetItem(text))
        self.history.setHtml(history_html(f))
        self.undo_button.setEnabled(bool(f.corrections))
        entries = self._desk.audit.page(
            AuditFilter(record_type="person", record_id=f.reference), limit=200
        )
        self.access.setHtml(access_html(f, entries))
        self._show_requests()

    def _show_requests(self) -> None:
        found = RequestSearch(self._desk.store, self._desk.actor).for_person(self._id)
        self.requests.set_rows(found, date.today())
        self.no_requests.setVisible(not found)
        self.request_table.setVisible(bool(found))
        self.show_request_button.setEnabled(bool(found))
        if found:
            self.request_table.selectRow(0)

    def _request_activated(self, index: QModelIndex) -> None:
        self.request_table.selectRow(index.row())
        self.show_selected_request()

    def show_selected_request(self) -> None:
        """Close the file and show the chosen request in the Requests section."""
        rows = self.request_table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen_request = self.requests.row_at(rows[0].row()).reference
        self.request_chosen.emit(self.chosen_request)
        self.accept()

    # --- changes -------------------------------------------------------------------------

    def _open_requests(self) -> list[tuple[str, int]]:
        """(reference, id) of the open requests linked to this person, newest first."""
        requests = self._desk.requests
        return [
            (r.reference, requests.request_id(r.reference))
            for r in RequestSearch(self._desk.store, self._desk.actor).for_person(self._id)
            if r.status in OPEN_STATUSES
        ]

    def correct(self) -> None:
        dialog = CorrectionDialog(self.file, self._open_requests(), self)
        if dialog.exec():
            self.apply_correction(dialog)

    def apply_correction(self, dialog: CorrectionDialog) -> bool:
        try:
            self._desk.people.correct(
                self._id,
                dialog.field(),
                dialog.after.toPlainText().strip(),
                dialog.reason.text().strip(),
                request_id=dialog.request.currentData(),
            )
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return False
        self.error.clear()
        self._reload()
        return True

    def undo_last_correction(self) -> bool:
        """A mistaken correction is put right by another one: nothing leaves the history."""
        if not self.file.corrections:
            return False
        last = self.file.corrections[0]  # newest first
        when = text_datetime(last.when)
        try:
            self._desk.people.correct(
                self._id,
                last.field,
                last.before,
                self.tr("Undo of the correction of {when}").format(when=when),
            )
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return False
        self.error.clear()
        self._reload()
        return True

    def add_item(self) -> None:
        dialog = ItemDialog(self)
        if not dialog.exec():
            return
        try:
            self._desk.people.add_item(self._id, dialog.draft())
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return
        self._reload()

    def set_marketing(self, channel: MarketingChannel, opted_in: bool) -> None:
        try:
            self._desk.people.set_marketing(self._id, channel, opted_in, self.tr("office"))
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return
        self._reload()

    def export(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export — the file leaves the encrypted store"),
            f"{self.file.reference}.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        from albanera_desk.documents.output import write_atomically

        people = self._desk.people
        try:
            if fmt == "json":
                data = people.export_json(self._id)
            elif fmt == "csv":
                data = people.export_csv(self._id)
            else:  # the annex of an access response, in the window's language; audited
                data = people.export_pdf(self._id, language=ui_language())
            write_atomically(path, data)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))

    def erase(self) -> None:
        dialog = EraseDialog(self.file.reference, self._open_requests(), self)
        if dialog.exec():
            self.apply_erasure(dialog)

    def apply_erasure(self, dialog: EraseDialog) -> None:
        request_id = dialog.request.currentData()
        try:
            if request_id is not None:  # art. 19: who got their data, kept before it goes
                self._desk.letters.plan_erasure_notices(request_id, self._id)
            self._desk.people.erase(self._id, request_id=request_id)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.erased = True
        self.changed.emit()
        self.accept()
