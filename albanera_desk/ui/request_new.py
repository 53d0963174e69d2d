"""Log a letter the day it arrives: the "New request" dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
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
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.attachments import MAX_SCAN_BYTES
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.records import Channel, RequestKind
from albanera_desk.services.desk import Desk
from albanera_desk.services.requests import RequestSummary
from albanera_desk.ui.country_fields import CountryCombo
from albanera_desk.ui.dates import pydate, text_format
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.presenters.request_form import (
    FormProblem,
    FormRefusal,
    LetterForm,
    ScanProblem,
    read_letter_form,
    read_scan,
)
from albanera_desk.ui.request_words import kind_label


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
        self.received.setDisplayFormat(text_format())
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
        self.country = CountryCombo("FR")  # names in the window's language, typed search
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
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
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
        row.addWidget(self.country, 3)
        row.addWidget(self.region, 1)
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
        scan = read_scan(path)
        if scan is ScanProblem.TOO_LARGE:
            self.error.setText(
                self.tr("The scan is too large (limit {mb} MB).").format(
                    mb=MAX_SCAN_BYTES // (1024 * 1024)
                )
            )
        elif scan is ScanProblem.UNREADABLE:
            self.error.setText(self.tr("This file cannot be read."))
        elif scan is ScanProblem.NOT_A_SCAN:
            self.error.setText(self.tr("This file is not a PDF, JPEG or PNG scan."))
        elif isinstance(scan, tuple):
            self._scan = scan
            self.error.clear()
            self.scan_label.setText(path.name)

    def form(self) -> LetterForm:
        return LetterForm(
            received_on=pydate(self.received.date()),
            kinds=[kind for kind, box in self.kinds.items() if box.isChecked()],
            writer=self.writer.text(),
            street=self.street.toPlainText(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            region=self.region.text(),
            country=self.country.code(),
            channel=Channel(self.channel.currentData()),
            summary=self.summary.toPlainText(),
        )

    def _save(self) -> None:
        new = read_letter_form(self.form())
        if isinstance(new, FormRefusal):
            if new.problem is FormProblem.NO_WRITER:
                self.error.setText(self.tr("Give the writer's name as it appears on the letter."))
            else:
                self.error.setText(
                    self.tr("This address would not reach the writer: {problems}.").format(
                        problems=", ".join(new.details)
                    )
                )
            return
        try:
            self.logged = self._desk.requests.log(new, scan=self._scan)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.accept()
