"""The Requests section: log a letter, see what is due when, move requests along.

The section lays out the table, the buttons and the detail pane, and connects
them; what a row, a button or the pane says comes from
``albanera_desk.ui.presenters.requests``; what its buttons do to the selected
request is ``request_steps``. Its dialogs live in their own files:
``request_new`` (log a letter), ``request_prompts`` (identity, extension,
status), ``letter_dialog`` (prepare, print, save, record as posted).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.request_search import RequestFilter, RequestSearch
from albanera_desk.services.requests import RequestSummary
from albanera_desk.ui.letter_dialog import LetterDialog
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.presenters.requests import (
    RECIPIENT_NOTICES,
    actions_for,
    detail_of,
)
from albanera_desk.ui.request_decisions import DecisionsButton
from albanera_desk.ui.request_detail import RequestDetail
from albanera_desk.ui.request_filters import RequestFilterBar
from albanera_desk.ui.request_new import NewRequestDialog
from albanera_desk.ui.request_steps import RequestSteps
from albanera_desk.ui.request_table import RequestListTable, RequestTableModel
from albanera_desk.ui.sections import EmptyState


class RequestsView(RequestSteps, QWidget):
    changed = Signal()
    person_chosen = Signal(int)  # the detail pane's "Open the person's file"

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._search = RequestSearch(desk.store, desk.actor)
        self.model = RequestTableModel(self)
        self.filters = RequestFilterBar()
        self.count_label = QLabel()
        self.acknowledge_button = QPushButton()
        self.acknowledge_button.setToolTip(
            self.tr(
                "Print the acknowledgements of every open request not yet acknowledged, "
                "as one job, and record them as posted"
            )
        )
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.setToolTip(self.tr("Log a letter the day it arrives (Ctrl+N)"))
        # Art. 12(6): asking for identity, then its confirmation, under one button.
        self.identity_button = QPushButton(self.tr("Identity"))
        identity = QMenu(self.identity_button)
        self.ask_identity_action = identity.addAction(self.tr("Ask for identity…"))
        self.confirmed_action = identity.addAction(self.tr("Identity confirmed…"))
        self.identity_button.setMenu(identity)
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.more_button = QPushButton(self.tr("More"))
        more = QMenu(self.more_button)
        self.ccpa_action = more.addAction(self.tr("The CCPA applies too (California)"))
        self.ccpa_action.setCheckable(True)
        self.ccpa_action.setToolTip(
            self.tr("45 calendar days, not paused by identity checks; the stricter date shows")
        )
        self.scan_action = more.addAction(self.tr("View the scanned letter"))
        self.attach_scan_action = more.addAction(self.tr("Attach the scanned letter…"))
        self.sent_action = more.addAction(self.tr("View a letter sent…"))
        self.more_button.setMenu(more)
        self.status_button = QPushButton(self.tr("Change status…"))
        self.link_button = QPushButton(self.tr("Person…"))
        self.link_button.setToolTip(
            self.tr("Link the letter to a person in the file, create them, or say nobody")
        )
        self.decide_button = DecisionsButton(
            desk, lambda: item.reference if (item := self.selected()) else None
        )
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setToolTip(self.tr("Prepare, save and record the letter that answers"))
        self.table = RequestListTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Dates, status and due date sized to what they say, so they are never cut; the
        # writer's name takes the room left (cut with "…", the tooltip has it whole).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RequestTableModel.COL_WRITER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RequestTableModel.COL_KINDS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.detail = RequestDetail()

        self.empty = EmptyState(
            QCoreApplication.translate("MainWindow", "Requests"),
            QCoreApplication.translate(
                "MainWindow",
                "Letters asking to see or correct personal information, logged the day "
                "they arrive, with their legal deadline (one month under the GDPR) and "
                "the answers printed and posted.",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "Log the first letter with its date of receipt; the due date is computed "
                "for you, and what is due this week appears under Today.",
            ),
        )
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.filters)
        listing_layout.addWidget(self.table, 1)
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.acknowledge_button)
        listing_layout.addLayout(under)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(listing)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 120])  # the list first: the detail grows when a request is chosen
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(split)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.identity_button,
            self.extend_button,
            self.status_button,
            self.link_button,
            self.decide_button,
            self.letter_button,
            self.more_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_request())
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_request())
        self.ask_identity_action.triggered.connect(self._ask_identity)
        self.confirmed_action.triggered.connect(self._identity_confirmed)
        self.extend_button.clicked.connect(self._extend)
        self.status_button.clicked.connect(self._change_status)
        self.letter_button.clicked.connect(self._letter)
        self.link_button.clicked.connect(self._link_person)
        self.ccpa_action.triggered.connect(self._toggle_ccpa)
        self.scan_action.triggered.connect(self.view_scan)
        self.attach_scan_action.triggered.connect(self._attach_scan)
        self.sent_action.triggered.connect(self._view_sent)
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        self.filters.changed.connect(self.reload)
        self.acknowledge_button.clicked.connect(self.acknowledge_all)
        self.detail.person_chosen.connect(self.person_chosen)
        self.decide_button.decided.connect(lambda: (self.reload(), self.changed.emit()))

    def reload(self) -> None:
        selected = self.selected()
        today = date.today()
        found = self._search.find(self.filters.text(), self.filters.which(), today)
        self.model.set_rows(found.items, today)
        self.filters.set_counts(self._search.counts(today))
        # The empty state only for an empty store: a search that finds nothing says so.
        self.stack.setCurrentIndex(1 if found.total or not self._search.is_empty() else 0)
        if found.cut:
            self.count_label.setText(
                self.tr(
                    "The {shown} most urgent of %n requests: type to narrow.", "", found.total
                ).format(shown=len(found.items))
            )
        else:
            self.count_label.setText(self.tr("%n request(s)", "", found.total))
        waiting = self._search.to_acknowledge_count()
        self.acknowledge_button.setText(self.tr("Acknowledgements to post (%n)…", "", waiting))
        self.acknowledge_button.setVisible(waiting > 0)
        if selected is not None:
            self.select(selected.reference)
        self._show_detail()

    def acknowledge_all(self) -> LetterDialog | None:
        """The day's acknowledgements, across requests: one PDF, one print job, all recorded."""
        references = [item.reference for item in self._search.to_acknowledge()]
        if not references:
            return None
        dialog = LetterDialog(
            self._desk, references, self, kind=RequestLetter.ACKNOWLEDGEMENT.value
        )
        self.letter_dialog = dialog
        dialog.finished.connect(lambda _: self._letter_done(dialog))
        dialog.open()
        return dialog

    def _letter_done(self, dialog: LetterDialog) -> None:
        if dialog.recorded:
            self.reload()
            self.changed.emit()

    def select(self, reference: str) -> bool:
        """Select the row of ``reference`` if it is listed."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).reference == reference:
                self.table.selectRow(row)
                return True
        return False

    def show_request(self, reference: str) -> None:
        """Find one request whatever the filter (from a person's file or Today), selected."""
        self.filters.search.setText(reference)
        self.filters.search_now()
        self.reload()
        self.select(reference)

    def show_filter(self, which: RequestFilter) -> None:
        """Show every request under one filter (a count clicked on Today)."""
        self.filters.search.clear()
        self.filters.search_now()
        self.filters.set_which(which)
        self.reload()

    def selected(self) -> RequestSummary | None:
        chosen = self.selected_all()
        return chosen[0] if chosen else None

    def selected_all(self) -> list[RequestSummary]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.row_at(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def _show_detail(self) -> None:
        item = self.selected()
        actions = actions_for(item)
        for button, live in (
            (self.identity_button, actions.identity),
            (self.extend_button, actions.extend),
            (self.status_button, actions.status),
            (self.link_button, actions.link),
            (self.decide_button, actions.letter),
            (self.letter_button, actions.letter),
            (self.more_button, actions.more),
        ):
            button.setEnabled(live)
        if item is None:
            self.detail.show_nothing(self.tr("Select a request to see its deadline and history."))
            return
        full = self._desk.requests.get(item.reference)
        self.ccpa_action.setChecked(actions_for(full).ccpa_checked)
        french = QLocale().language() == QLocale.Language.French
        rule = self._desk.requests.rule_words(full.reference, "fr") if french else full.rule
        self.detail.show_detail(detail_of(full, rule), full.person_id)

    def new_request(self, scan: Path | None = None) -> None:
        dialog = NewRequestDialog(self._desk, self)
        if scan is not None:
            dialog.set_scan(scan)
        if dialog.exec() and dialog.logged is not None:
            self.reload()
            self.changed.emit()

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Requests"), store_error_text(exc))
            return
        self.reload()
        self.changed.emit()


# The letter dialog and its art. 19 choice, reachable from the section they belong to.
__all__ = ["RECIPIENT_NOTICES", "LetterDialog", "RequestsView", "build_requests_section"]


def build_requests_section(desk: Desk) -> RequestsView:
    return RequestsView(desk)
