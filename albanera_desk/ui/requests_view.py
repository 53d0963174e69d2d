"""The Requests section: log a letter, see what is due when, move requests along."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.attachments import MAX_SCAN_BYTES, sniff_media_type
from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.domain.records import (
    Channel,
    LetterKind,
    Regime,
    RequestKind,
    RequestStatus,
)
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.addresses import address_lines, address_problems
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.requests import NewRequest, RequestSummary
from albanera_desk.store.errors import StoreError
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.request_decisions import DecisionsButton
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.table_model import Index, RowTableModel

if TYPE_CHECKING:
    from albanera_desk.ui.print_preview import PrintPreviewDialog

from albanera_desk.ui.worker import Progress, Task


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def due_in_words(due: date, today: date) -> str:
    """ "due Friday 5 June, in 9 days", in the user's language."""
    shown = QLocale().toString(_qdate(due), "dddd d MMMM")
    days = (due - today).days
    if days < 0:
        return QCoreApplication.translate(
            "Requests", "overdue since %n day(s) (due {date})", "", -days
        ).format(date=shown)
    if days == 0:
        return QCoreApplication.translate("Requests", "due today, {date}").format(date=shown)
    return QCoreApplication.translate("Requests", "due {date}, in %n day(s)", "", days).format(
        date=shown
    )


def kind_label(kind: RequestKind) -> str:
    labels = {
        RequestKind.ACCESS: QCoreApplication.translate("Requests", "access"),
        RequestKind.CORRECTION: QCoreApplication.translate("Requests", "correction"),
        RequestKind.ERASURE: QCoreApplication.translate("Requests", "erasure"),
        RequestKind.OBJECTION: QCoreApplication.translate("Requests", "objection to marketing"),
        RequestKind.RESTRICTION: QCoreApplication.translate("Requests", "restriction"),
        RequestKind.PORTABILITY: QCoreApplication.translate("Requests", "portability"),
        RequestKind.OTHER: QCoreApplication.translate("Requests", "other"),
    }
    return labels[kind]


def status_label(status: RequestStatus) -> str:
    labels = {
        RequestStatus.RECEIVED: QCoreApplication.translate("Requests", "received"),
        RequestStatus.AWAITING_IDENTITY: QCoreApplication.translate(
            "Requests", "awaiting identity"
        ),
        RequestStatus.IN_PROGRESS: QCoreApplication.translate("Requests", "in progress"),
        RequestStatus.ANSWERED: QCoreApplication.translate("Requests", "answered"),
        RequestStatus.CLOSED: QCoreApplication.translate("Requests", "closed"),
        RequestStatus.REFUSED: QCoreApplication.translate("Requests", "refused"),
        RequestStatus.WITHDRAWN: QCoreApplication.translate("Requests", "withdrawn"),
    }
    return labels[status]


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
            self.tr("Answer"),
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
        open_ = item.status in OPEN_STATUSES
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_REF:
                return item.reference
            if col == self.COL_RECEIVED:
                return QLocale().toString(_qdate(item.received_on), QLocale.FormatType.ShortFormat)
            if col == self.COL_WRITER:
                return item.writer_name
            if col == self.COL_KINDS:
                return ", ".join(kind_label(k) for k in item.kinds)
            if col == self.COL_STATUS:
                return status_label(item.status)
            if col == self.COL_DUE:
                if not open_ or item.due is None:
                    return "—"
                return due_in_words(item.due, self.today)
            if col == self.COL_POST:
                if not open_ or item.post_by is None:
                    return ""
                return QLocale().toString(_qdate(item.post_by), QLocale.FormatType.ShortFormat)
        urgent = open_ and item.due is not None
        if role == Qt.ItemDataRole.ForegroundRole and urgent and item.due < self.today:  # type: ignore[operator]
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and urgent and (item.due - self.today).days <= 7:  # type: ignore[operator]
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DUE:
            return item.rule
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_WRITER:
            return item.writer_name
        return None


class NewRequestDialog(QDialog):
    """Log a letter: what arrived, when, from whom, asking what."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New request"))
        self._desk = desk
        self.logged: RequestSummary | None = None
        self.received = QDateEdit(QDate.currentDate())
        self.received.setCalendarPopup(True)
        self.received.setMaximumDate(QDate.currentDate())
        self.channel = QComboBox()
        for channel, label in (
            (Channel.POST, self.tr("post")),
            (Channel.REGISTERED_POST, self.tr("registered post")),
            (Channel.EMAIL, self.tr("email")),
            (Channel.IN_PERSON, self.tr("in person")),
        ):
            self.channel.addItem(label, channel)
        self.writer = QLineEdit()
        self.street = QPlainTextEdit()
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(52)
        self.street.setPlaceholderText(self.tr("number and street, building…"))
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit("FR")
        self.country.setMaxLength(2)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("state, e.g. CA"))
        self.kinds: dict[RequestKind, QCheckBox] = {}
        kinds_box = QWidget()
        grid = QGridLayout(kinds_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(RequestKind):
            box = QCheckBox(kind_label(kind))
            self.kinds[kind] = box
            grid.addWidget(box, i // 3, i % 3)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(60)
        self.scan_button = QPushButton(self.tr("Attach the scan…"))
        self.scan_label = QLabel(self.tr("No scan: drop a PDF, JPEG or PNG on the window."))
        self._scan: tuple[str, bytes] | None = None
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Received on"), self.received)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Writer's name"), self.writer)
        form.addRow(self.tr("Street"), self.street)
        town = QHBoxLayout()
        town.addWidget(self.postcode, 1)
        town.addWidget(self.city, 3)
        form.addRow(self.tr("Postcode, city"), town)
        row = QHBoxLayout()
        row.addWidget(self.country)
        row.addWidget(self.region)
        form.addRow(self.tr("Country, region"), row)
        form.addRow(self.tr("Asks for"), kinds_box)
        form.addRow(self.tr("Summary"), self.summary)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.scan_label, 1)
        form.addRow(self.tr("Scanned letter"), scan_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.scan_button.clicked.connect(self._choose_scan)

    def _choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scanned letter"), "", self.tr("Scans (*.pdf *.jpg *.jpeg *.png)")
        )
        if path:
            self.set_scan(Path(path))

    def set_scan(self, path: Path) -> None:
        """Read the scan now (it is checked and stored with the request when saved)."""
        try:
            size = path.stat().st_size
            if size > MAX_SCAN_BYTES:
                self.error.setText(
                    self.tr("The scan is too large (limit {mb} MB).").format(
                        mb=MAX_SCAN_BYTES // (1024 * 1024)
                    )
                )
                return
            content = path.read_bytes()
        except OSError:
            self.error.setText(self.tr("This file cannot be read."))
            return
        if sniff_media_type(content[:16]) is None:
            self.error.setText(self.tr("This file is not a PDF, JPEG or PNG scan."))
            return
        self._scan = (path.name, content)
        self.error.clear()
        self.scan_label.setText(path.name)

    def _save(self) -> None:
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()]
        if not self.writer.text().strip():
            self.error.setText(self.tr("Give the writer's name as it appears on the letter."))
            return
        country = self.country.text().strip().upper() or "FR"
        parts = (
            self.street.toPlainText().splitlines(),
            self.postcode.text().strip(),
            self.city.text().strip(),
            self.region.text().strip(),
            country,
        )
        problems = address_problems(*parts)
        if problems:
            self.error.setText(
                self.tr("This address would not reach the writer: {problems}.").format(
                    problems=", ".join(problems)
                )
            )
            return
        new = NewRequest(
            received_on=_pydate(self.received.date()),
            kinds=kinds,
            writer_name=self.writer.text(),
            writer_address=address_lines(*parts),
            writer_country=country,
            writer_region=self.region.text().strip(),
            channel=Channel(self.channel.currentData()),
            summary=self.summary.toPlainText(),
        )
        try:
            self.logged = self._desk.requests.log(new, scan=self._scan)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.accept()


class RequestsView(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.model = RequestTableModel(self)
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
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.letter_button.setToolTip(self.tr("Prepare, save and record the letter that answers"))
        self.decide_button = DecisionsButton(
            desk, lambda: item.reference if (item := self.selected()) else None
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The writer's name takes the room left, so every date stays in view.
        header.setSectionResizeMode(RequestTableModel.COL_WRITER, QHeaderView.ResizeMode.Stretch)
        # The answer's words share the room left with the name; each stays on one line,
        # cut with "…" (the tooltip has it whole) rather than wrapped.
        header.setSectionResizeMode(RequestTableModel.COL_DUE, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

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
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([400, 140])
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
        self.decide_button.decided.connect(lambda: (self.reload(), self.changed.emit()))
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

    def reload(self) -> None:
        selected = self.selected()
        self.model.set_rows(self._desk.requests.list(), date.today())
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).reference == selected.reference:
                    self.table.selectRow(row)
        self._show_detail()

    def selected(self) -> RequestSummary | None:
        chosen = self.selected_all()
        return chosen[0] if chosen else None

    def selected_all(self) -> list[RequestSummary]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.row_at(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def _show_detail(self) -> None:
        item = self.selected()
        for button in (
            self.identity_button,
            self.extend_button,
            self.status_button,
            self.link_button,
            self.decide_button,
            self.letter_button,
            self.more_button,
        ):
            button.setEnabled(item is not None)
        if item is None:
            self.detail.setText(self.tr("Select a request to see its deadline and history."))
            return
        full = self._desk.requests.get(item.reference)
        self.ccpa_action.setChecked(Regime.CCPA in full.regimes)
        about = (
            self.tr("Linked to a person in the file.")
            if full.person_id is not None
            else self.tr("Not linked to anyone in the file yet (Person…).")
        )
        french = QLocale().language() == QLocale.Language.French
        rule = self._desk.requests.rule_words(full.reference, "fr") if french else full.rule
        lines = [f"<b>{full.reference}</b> — {status_label(full.status)}", rule, about]
        for sent in full.letters:
            posted = (
                QLocale().toString(_qdate(sent.posted_on), QLocale.FormatType.ShortFormat)
                if sent.posted_on
                else "—"
            )
            tracking = f" · {sent.tracking_number}" if sent.tracking_number else ""
            lines.append(
                self.tr("Letter sent: {kind}, posted {day}").format(
                    kind=letter_label(sent.kind), day=posted
                )
                + tracking
            )
        if full.acknowledge_by is not None:
            lines.append(
                self.tr("CCPA: acknowledge receipt by {day} (10 business days).").format(
                    day=QLocale().toString(
                        _qdate(full.acknowledge_by), QLocale.FormatType.LongFormat
                    )
                )
            )
        for at, kind, note in full.events:
            when = QLocale().toString(at.astimezone().replace(tzinfo=None), "d MMM yyyy HH:mm")
            lines.append(f"{when} · {event_label(kind)}" + (f" · {note}" if note else ""))
        self.detail.setText(
            "<br>".join(_escape(line) if i else line for i, line in enumerate(lines))
        )

    def new_request(self, scan: Path | None = None) -> None:
        dialog = NewRequestDialog(self._desk, self)
        if scan is not None:
            dialog.set_scan(scan)
        if dialog.exec() and dialog.logged is not None:
            self.reload()
            self.changed.emit()

    def _run(self, action: Any) -> None:
        try:
            action()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Requests"), store_error_text(exc))
            return
        self.reload()
        self.changed.emit()

    def _ask_identity(self) -> None:
        item = self.selected()
        if item is None:
            return
        what, ok = QInputDialog.getText(
            self, self.tr("Ask for identity"), self.tr("What is asked (only what is needed):")
        )
        if ok:
            self._run(lambda: self._desk.requests.ask_identity(item.reference, date.today(), what))

    def _identity_confirmed(self) -> None:
        item = self.selected()
        if item is None:
            return
        how, ok = QInputDialog.getText(
            self, self.tr("Identity confirmed"), self.tr("How it was confirmed:")
        )
        if ok:
            self._run(
                lambda: self._desk.requests.identity_confirmed(
                    item.reference, date.today(), how, "confirmed"
                )
            )

    def _extend(self) -> None:
        item = self.selected()
        if item is None:
            return
        reasons, ok = QInputDialog.getMultiLineText(
            self, self.tr("Extend by two months"), self.tr("Reasons given to the writer:")
        )
        if ok:
            self._run(lambda: self._desk.requests.extend(item.reference, date.today(), reasons))

    def view_scan(self) -> QDialog | None:
        """The letter as it arrived, shown from the store (no file is written)."""
        from albanera_desk.ui.document_view import show_document

        item = self.selected()
        if item is None:
            return None
        scan = self._desk.requests.scan(item.reference)
        if scan is None:
            QMessageBox.information(
                self, self.tr("Scanned letter"), self.tr("No scan was kept with this request.")
            )
            return None
        media_type, content = scan
        title = self.tr("Letter {ref}").format(ref=item.reference)
        return show_document(self, title, f"{item.reference}-scan", media_type, content)

    def _attach_scan(self) -> None:
        item = self.selected()
        if item is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scanned letter"),
            "",
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path:
            self.attach_scan(item.reference, Path(path))

    def attach_scan(self, reference: str, path: Path) -> bool:
        try:
            content = path.read_bytes()
        except OSError:
            QMessageBox.warning(
                self, self.tr("Scanned letter"), self.tr("That file cannot be read.")
            )
            return False
        try:
            self._desk.requests.attach_scan(reference, path.name, content)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Scanned letter"), store_error_text(exc))
            return False
        self.reload()
        return True

    def _view_sent(self) -> None:
        item = self.selected()
        if item is None:
            return
        sent = self._desk.requests.get(item.reference).letters
        if not sent:
            QMessageBox.information(
                self, self.tr("Letters sent"), self.tr("No letter has been recorded as posted.")
            )
            return
        labels = [
            f"{letter_label(s.kind)} — {s.posted_on.isoformat() if s.posted_on else ''}"
            for s in sent
        ]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Letters sent"), self.tr("Letter:"), labels, len(labels) - 1, False
        )
        if ok:
            self.view_sent(item.reference, sent[labels.index(chosen)].id)

    def view_sent(self, reference: str, letter_id: int) -> QDialog | None:
        """The letter exactly as it was posted, from the store (no file is written)."""
        from albanera_desk.ui.document_view import show_document

        pdf = self._desk.requests.sent_letter_pdf(reference, letter_id)
        if pdf is None:
            return None
        title = self.tr("Letter {ref}").format(ref=reference)
        return show_document(self, title, f"{reference}-letter.pdf", "application/pdf", pdf)

    def _toggle_ccpa(self, applies: bool) -> None:
        item = self.selected()
        if item is not None:
            self._run(lambda: self._desk.requests.set_ccpa(item.reference, applies))

    def _link_person(self) -> None:
        item = self.selected()
        if item is None:
            return
        from albanera_desk.ui.person_link import PersonLinkDialog

        if PersonLinkDialog(self._desk, self._desk.requests.get(item.reference), self).exec():
            self.reload()
            self.changed.emit()

    def _letter(self) -> None:
        chosen = self.selected_all()
        if not chosen:
            return
        dialog = LetterDialog(self._desk, [item.reference for item in chosen], self)
        dialog.exec()
        if dialog.recorded:
            self.reload()
            self.changed.emit()

    def _change_status(self) -> None:
        item = self.selected()
        if item is None:
            return
        choices = [s for s in RequestStatus if s is not item.status]
        labels = [status_label(s) for s in choices]
        label, ok = QInputDialog.getItem(
            self, self.tr("Change status"), self.tr("New status:"), labels, 0, False
        )
        if not ok:
            return
        target = choices[labels.index(label)]
        why, ok = QInputDialog.getText(self, self.tr("Change status"), self.tr("Why:"))
        if ok:
            self._run(lambda: self._desk.requests.move(item.reference, target, why))


class LetterDialog(QDialog):
    """Prepare a request's letter, save it where the user says, record it as posted."""

    def __init__(self, desk: Desk, references: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = (
            self.tr("Letter for {ref}").format(ref=references[0])
            if len(references) == 1
            else self.tr("Letters for %n request(s)", "", len(references))
        )
        self.setWindowTitle(title)
        self._desk = desk
        self._references = references
        self._task: Task | None = None
        self.recorded = False
        self.pdf: bytes | None = None
        self.kind = QComboBox()
        for kind, label in (
            (RequestLetter.ACKNOWLEDGEMENT, self.tr("Acknowledgement")),
            (RequestLetter.IDENTITY_CHECK, self.tr("Identity check")),
            (RequestLetter.EXTENSION_NOTICE, self.tr("Extension notice")),
            (RequestLetter.ACCESS_RESPONSE, self.tr("Access response")),
            (RequestLetter.CORRECTION_CONFIRMATION, self.tr("Correction confirmation")),
            (RequestLetter.ERASURE_CONFIRMATION, self.tr("Erasure confirmation")),
            (RequestLetter.OPT_OUT_CONFIRMATION, self.tr("Marketing opt-out confirmation")),
            (RequestLetter.PORTABILITY_RESPONSE, self.tr("Portable copy (covering letter)")),
            (RequestLetter.RESTRICTION_CONFIRMATION, self.tr("Restriction confirmation")),
            (RequestLetter.RESTRICTION_LIFT_NOTICE, self.tr("Notice before lifting a restriction")),
            (RequestLetter.OBJECTION_RESPONSE, self.tr("Objection upheld")),
            (RequestLetter.PARTIAL_ANSWER, self.tr("Partial answer")),
            (RequestLetter.REFUSAL, self.tr("Refusal")),
        ):
            self.kind.addItem(label, kind.value)
        if len(references) == 1:
            # Art. 19: the recipients of what was corrected or erased are told too.
            self.kind.addItem(self.tr("Notices to recipients (art. 19)"), RECIPIENT_NOTICES)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = QComboBox()
        self.language.addItem(self.tr("From the address"), None)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.envelope = QComboBox()
        for envelope, label in (
            (EnvelopeKind.FR_DL_RIGHT, self.tr("DL, window on the right (France)")),
            (EnvelopeKind.DIN_5008_B, self.tr("DIN 5008 form B")),
            (EnvelopeKind.US_10, self.tr("US #10")),
        ):
            self.envelope.addItem(label, envelope)
        self.posted_on = QDateEdit(QDate.currentDate())
        self.posted_on.setCalendarPopup(True)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("registered mail only"))
        self.tracking.setEnabled(len(references) == 1)
        notice = QLabel(
            self.tr(
                "Saving writes the letter outside the encrypted store, where you choose. "
                "Recording it as posted keeps the PDF inside the store with the request."
            )
        )
        notice.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.preview_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.posted_button = QPushButton(self.tr("Record as posted"))
        close = QPushButton(self.tr("Close"))
        form = QFormLayout()
        form.addRow(self.tr("Letter"), self.kind)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Envelope"), self.envelope)
        form.addRow(self.tr("Posted on"), self.posted_on)
        form.addRow(self.tr("Tracking number"), self.tracking)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        row.addWidget(self.posted_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(notice)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._save_pdf)
        self.preview_button.clicked.connect(self.preview)
        self.posted_button.clicked.connect(self._record_posted)
        close.clicked.connect(self.accept)

    def _kind_changed(self) -> None:
        # Notices are recorded as posted like letters (kept with the request); no tracking.
        notices = self.kind.currentData() == RECIPIENT_NOTICES
        self.tracking.setEnabled(not notices and len(self._references) == 1)

    def _options(self) -> tuple[RequestLetter, str | None, EnvelopeKind]:
        chosen = self.kind.currentData()
        return (
            RequestLetter(
                RequestLetter.CORRECTION_CONFIRMATION if chosen == RECIPIENT_NOTICES else chosen
            ),
            self.language.currentData(),
            EnvelopeKind(self.envelope.currentData()),
        )

    def _run(self, work: Callable[[Progress], Any], then: Callable[[Any], None]) -> None:
        """Letters are made in a worker: a batch of hundreds must not freeze the window."""
        if self._task is not None:
            return
        self.error.clear()
        self._task = Task(work, parent=self, label=self.tr("Preparing the letters…"))
        self._task.succeeded.connect(lambda result: (self._done(), then(result)))
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._done)
        self._task.start()

    def _done(self) -> None:
        self._task = None

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.error.setText(
            store_error_text(exc) if isinstance(exc, StoreError) else self.tr("A bug stopped it.")
        )

    def _save_pdf(self) -> None:
        kind = self._options()[0]
        refs = self._references
        notices = self.kind.currentData() == RECIPIENT_NOTICES
        name = "recipient-notices" if notices else kind.value
        suggested = f"{refs[0] if len(refs) == 1 else 'letters'}-{name}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), suggested, "PDF (*.pdf)"
        )
        if path:
            self._run(self._make(), lambda pdf: self.save_to(Path(path), pdf))

    def _make(self) -> Callable[[Progress], bytes]:
        kind, language, envelope = self._options()
        refs, letters = self._references, self._desk.letters
        notices = self.kind.currentData() == RECIPIENT_NOTICES

        def work(progress: Progress) -> bytes:
            if notices:
                return letters.prepare_recipient_notices(
                    refs[0], language=language or "fr", envelope=envelope
                ).pdf
            # One PDF for the whole batch, built in one pass.
            return letters.prepare(refs, kind, language=language, envelope=envelope).pdf

        return work

    def preview(self) -> None:
        """Build the letters in a worker, then show them before they go to the printer."""
        self._run(self._make(), self.show_preview)

    def show_preview(self, pdf: bytes) -> PrintPreviewDialog:
        from albanera_desk.ui.print_preview import PrintPreviewDialog

        refs = self._references
        name = f"{refs[0] if len(refs) == 1 else 'letters'}-{self._options()[0].value}.pdf"
        dialog = PrintPreviewDialog(pdf, self.windowTitle(), name, self)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

    def save_to(self, path: Path, pdf: bytes) -> None:
        try:
            write_atomically(path, pdf)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))

    def _record_posted(self) -> None:
        kind, language, envelope = self._options()
        refs, letters = self._references, self._desk.letters
        posted_on = _pydate(self.posted_on.date())
        tracking = self.tracking.text().strip() if len(refs) == 1 else ""

        notices = self.kind.currentData() == RECIPIENT_NOTICES

        def work(progress: Progress) -> None:
            if notices:  # art. 19: the confirmation names the recipients only once posted
                ref = refs[0]
                pdf = letters.prepare_recipient_notices(
                    ref, language=language or "fr", envelope=envelope
                ).pdf
                letters.record_notices_posted(ref, pdf, posted_on=posted_on)
                return
            # Each request keeps the letter it was sent; all are made before any is recorded.
            pdfs = []
            for done, ref in enumerate(refs):
                progress.report(done, len(refs) * 2)
                pdfs.append(letters.prepare([ref], kind, language=language, envelope=envelope).pdf)
            for done, (ref, pdf) in enumerate(zip(refs, pdfs, strict=True)):
                progress.report(len(refs) + done, len(refs) * 2)
                letters.record_posted(
                    ref,
                    kind,
                    pdf,
                    posted_on=posted_on,
                    language=language or "auto",
                    tracking_number=tracking,
                )

        def finished(_: object) -> None:
            self.recorded = True
            self.accept()

        self._run(work, finished)


RECIPIENT_NOTICES = "recipient-notices"


def event_label(kind: str) -> str:
    """A request event in words; a status change reads as the status it reached."""
    try:
        return status_label(RequestStatus(kind))
    except ValueError:
        pass
    words = {
        "received": QCoreApplication.translate("RequestEvents", "letter received"),
        "person_linked": QCoreApplication.translate("RequestEvents", "linked to a person"),
        "person_unlinked": QCoreApplication.translate(
            "RequestEvents", "no longer linked to a person"
        ),
        "identity_asked": QCoreApplication.translate("RequestEvents", "identity asked"),
        "identity_confirmed": QCoreApplication.translate("RequestEvents", "identity confirmed"),
        "extended": QCoreApplication.translate("RequestEvents", "extended by two months"),
        "ccpa_applies": QCoreApplication.translate("RequestEvents", "CCPA applied"),
        "ccpa_removed": QCoreApplication.translate("RequestEvents", "CCPA no longer applied"),
        "recipients_notified": QCoreApplication.translate(
            "RequestEvents", "recipients notified (art. 19)"
        ),
        "scan_attached": QCoreApplication.translate("RequestEvents", "scan attached"),
        "nobody_known": QCoreApplication.translate("RequestEvents", "about nobody we know"),
        "notices_planned": QCoreApplication.translate(
            "RequestEvents", "notices to recipients prepared (art. 19)"
        ),
        "partly_answered": QCoreApplication.translate("RequestEvents", "answered in part"),
        "restricted": QCoreApplication.translate("RequestEvents", "processing restricted"),
        "restriction_lifted": QCoreApplication.translate(
            "RequestEvents", "end of the restriction planned"
        ),
        "objection_upheld": QCoreApplication.translate("RequestEvents", "objection upheld"),
    }
    return words.get(kind, kind.replace("_", " "))


def letter_label(kind: LetterKind) -> str:
    return {
        LetterKind.ACKNOWLEDGEMENT: QCoreApplication.translate("Letters", "acknowledgement"),
        LetterKind.IDENTITY_REQUEST: QCoreApplication.translate("Letters", "identity check"),
        LetterKind.EXTENSION_NOTICE: QCoreApplication.translate("Letters", "extension notice"),
        LetterKind.ACCESS_RESPONSE: QCoreApplication.translate("Letters", "access response"),
        LetterKind.CORRECTION_CONFIRMATION: QCoreApplication.translate(
            "Letters", "correction confirmation"
        ),
        LetterKind.ERASURE_CONFIRMATION: QCoreApplication.translate(
            "Letters", "erasure confirmation"
        ),
        LetterKind.OPT_OUT_CONFIRMATION: QCoreApplication.translate(
            "Letters", "opt-out confirmation"
        ),
        LetterKind.RECIPIENT_NOTICE: QCoreApplication.translate("Letters", "notice to recipient"),
        LetterKind.REFUSAL: QCoreApplication.translate("Letters", "refusal"),
        LetterKind.NO_DATA_HELD: QCoreApplication.translate("Letters", "no data held"),
        LetterKind.PORTABILITY_RESPONSE: QCoreApplication.translate("Letters", "portable copy"),
        LetterKind.RESTRICTION_CONFIRMATION: QCoreApplication.translate(
            "Letters", "restriction confirmation"
        ),
        LetterKind.RESTRICTION_LIFT_NOTICE: QCoreApplication.translate(
            "Letters", "notice before lifting a restriction"
        ),
        LetterKind.OBJECTION_RESPONSE: QCoreApplication.translate("Letters", "objection upheld"),
        LetterKind.PARTIAL_ANSWER: QCoreApplication.translate("Letters", "partial answer"),
    }.get(kind, kind.value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_requests_section(desk: Desk) -> RequestsView:
    return RequestsView(desk)
