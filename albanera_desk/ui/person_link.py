"""Whom a letter is about: search-as-you-type, create the person from the letter, or nobody.

Searching starts with the writer's name already typed, so the likely match is
one Enter away. "Nobody we know" is a real answer: the access response then
says that no data is held.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.person_drafts import PersonDraft, parse_address_text
from albanera_desk.services.desk import Desk
from albanera_desk.services.requests import RequestSummary
from albanera_desk.ui.messages import said


def draft_from_letter(request: RequestSummary) -> PersonDraft:
    """The writer as a new person: name split at the first space, address as on the letter."""
    first, _, last = request.writer_name.strip().partition(" ")
    lines = "\n".join(request.writer_address)
    address = parse_address_text(lines, request.writer_country)
    return PersonDraft(
        first_name=first if last else "",
        last_name=last or first,
        addresses=[address] if request.writer_address else [],
    )


class PersonLinkDialog(QDialog):
    NOBODY = -1

    def __init__(self, desk: Desk, request: RequestSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Whom is {ref} about?").format(ref=request.reference))
        self.resize(560, 440)
        self._desk = desk
        self._request = request
        self.chosen: int | None = None
        self.search = QLineEdit(request.writer_name)
        self.search.setPlaceholderText(self.tr("Name, email, postcode, phone or customer ID"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.create_button = QPushButton(self.tr("Create from the letter"))
        self.create_button.setToolTip(
            self.tr("A new file with the writer's name and address as on the letter")
        )
        self.nobody_button = QPushButton(self.tr("Nobody we know"))
        self.nobody_button.setToolTip(self.tr("The answer will say that no data is held"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.nobody_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._link_first)
        self.results.itemActivated.connect(lambda _: self.link())
        self.buttons.accepted.connect(self.link)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_from_letter)
        self.nobody_button.clicked.connect(self.nobody)
        self.run_search()

    def run_search(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        for person in self._desk.people.search(text, limit=30):
            where = " ".join(p for p in (person.postcode, person.city) if p)
            label = " · ".join(
                p for p in (person.display_name, person.email, where, person.reference) if p
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _link_first(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.results.count():
            self.link()

    def link(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.error.setText(self.tr("Choose a person in the list, or create one."))
            return
        self._finish(int(item.data(Qt.ItemDataRole.UserRole)))

    def create_from_letter(self) -> None:
        try:
            person_id = self._desk.people.create(draft_from_letter(self._request))
        except (StoreError, ValueError) as exc:
            self.error.setText(said(exc))
            return
        self._finish(person_id)

    def nobody(self) -> None:
        self._finish(None)

    def _finish(self, person_id: int | None) -> None:
        try:
            self._desk.requests.link_person(self._request.reference, person_id)
        except StoreError as exc:
            self.error.setText(said(exc))
            return
        self.chosen = person_id
        self.accept()
