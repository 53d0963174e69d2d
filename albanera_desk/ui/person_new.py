"""A new person typed in by hand (a caller at the shop counter, a letter with no account)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.people_rules import parse_birth_date
from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft
from albanera_desk.services.desk import Desk
from albanera_desk.ui.country_fields import CountryCombo
from albanera_desk.ui.messages import said


class NewPersonDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self._desk = desk
        self.person_id: int | None = None
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 06 12 34 56 78 or +44 20 7946 0000"))
        self.street = QPlainTextEdit()
        self.street.setTabChangesFocus(True)
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 3 + 12)
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.country = CountryCombo("FR")
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY, if known"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Street"), self.street)
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Date of birth"), self.birth)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def draft(self) -> PersonDraft:
        street = [line.strip() for line in self.street.toPlainText().splitlines() if line.strip()]
        has_address = bool(street or self.postcode.text().strip() or self.city.text().strip())
        return PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            emails=[self.email.text()] if self.email.text().strip() else [],
            phones=[self.phone.text()] if self.phone.text().strip() else [],
            addresses=[
                AddressDraft(
                    street, self.postcode.text(), self.city.text(), "", self.country.code()
                )
            ]
            if has_address
            else [],
            birth_date=parse_birth_date(self.birth.text(), date.today()),
        )

    def save(self) -> None:
        if not (self.last_name.text().strip() or self.email.text().strip()):
            self.error.setText(self.tr("Give at least a last name or an email."))
            return
        try:
            self.person_id = self._desk.people.create(self.draft())
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return
        self.accept()
