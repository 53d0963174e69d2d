"""The small forms a person's file opens: correct a value, add an item held, erase the file.

A correction keeps before and after, why, and the request it answers; erasure asks
for the file's reference to be typed, because it cannot be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from albanera_desk.domain.person_drafts import ItemDraft
from albanera_desk.domain.person_file import PersonFile
from albanera_desk.domain.records import DataCategory, DataSource
from albanera_desk.ui.dates import text_format
from albanera_desk.ui.form_fields import OptionalDate
from albanera_desk.ui.labels import category_label, source_label


def _request_combo(requests: list[tuple[str, int]], parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(
        QCoreApplication.translate("PersonFileDialog", "No request (the office's own correction)"),
        None,
    )
    for reference, request_id in requests:
        combo.addItem(reference, request_id)
    if requests:
        combo.setCurrentIndex(1)
    return combo


class CorrectionDialog(QDialog):
    """Choose what to correct, the new value, why, and the request it answers."""

    def __init__(
        self, file: PersonFile, requests: list[tuple[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct {ref}").format(ref=file.reference))
        self.choice = QComboBox()
        fields: list[tuple[str, str, str]] = [
            ("first_name", self.tr("First name"), file.first_name),
            ("last_name", self.tr("Last name"), file.last_name),
            (
                "birth_date",
                self.tr("Date of birth (DD/MM/YYYY)"),
                file.birth_date.strftime("%d/%m/%Y") if file.birth_date else "",
            ),
            ("customer_id", self.tr("Customer ID"), file.customer_id or ""),
            ("notes", self.tr("Notes"), file.notes),
        ]
        fields += [(f"email:{c.id}", self.tr("Email"), c.value) for c in file.emails]
        fields += [(f"phone:{c.id}", self.tr("Phone"), c.display) for c in file.phones]
        for a in file.addresses:
            place = " ".join(p for p in (a.postcode, a.city) if p)
            fields.append((f"address:{a.id}", self.tr("Address"), "\n".join([*a.lines, place])))
        fields += [
            (f"item:{i.id}", f"{category_label(i.category)}: {i.description}", i.value)
            for i in file.items
        ]
        for key, label, current in fields:
            shown = current.replace("\n", ", ")
            self.choice.addItem(f"{label} — {shown[:40]}", (key, current))
        self.before = QLabel()
        self.before.setTextFormat(Qt.TextFormat.PlainText)  # the value as typed
        self.before.setWordWrap(True)
        self.before.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.after = QPlainTextEdit()
        self.after.setTabChangesFocus(True)
        self.after.setFixedHeight(self.after.fontMetrics().lineSpacing() * 4 + 12)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. as written in the letter of 4 May"))
        self.request = _request_combo(requests, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What"), self.choice)
        form.addRow(self.tr("Now"), self.before)
        form.addRow(self.tr("Becomes"), self.after)
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(self.tr("Answers request"), self.request)
        form.addRow(self.buttons)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.reason.textChanged.connect(self._check)
        self.after.textChanged.connect(self._check)
        self._chosen()

    def field(self) -> str:
        return str(self.choice.currentData()[0])

    def _chosen(self) -> None:
        _, current = self.choice.currentData()
        self.before.setText(current or self.tr("(empty)"))
        self.after.setPlainText(current)
        self._check()

    def _check(self) -> None:
        # A correction needs its reason, and must change something.
        _, current = self.choice.currentData()
        changed = self.after.toPlainText().strip() != current.strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(changed and bool(self.reason.text().strip()))


class ItemDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an item held"))
        self.category = QComboBox()
        for category in DataCategory:
            self.category.addItem(category_label(category), category)
        self.description = QLineEdit()
        self.value = QLineEdit()
        self.source = QComboBox()
        for source in DataSource:
            self.source.addItem(source_label(source), source)
        self.collected = OptionalDate(None)
        self.retention = QLineEdit()
        self.retention_end = OptionalDate(None)
        for when in (self.collected, self.retention_end):
            when.edit.setDisplayFormat(text_format())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("What it is"), self.description)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Collected on"), self.collected)
        form.addRow(self.tr("Retention rule"), self.retention)
        form.addRow(self.tr("Kept until"), self.retention_end)
        form.addRow(buttons)

    def draft(self) -> ItemDraft:
        return ItemDraft(
            category=DataCategory(self.category.currentData()),
            description=self.description.text(),
            source=DataSource(self.source.currentData()),
            value=self.value.text(),
            collected_on=self.collected.value(),
            retention_rule=self.retention.text(),
            retention_end=self.retention_end.value(),
        )


class EraseDialog(QDialog):
    """Erasure cannot be undone: the coordinator types the file's reference to confirm."""

    def __init__(
        self, reference: str, requests: list[tuple[str, int]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase {ref}").format(ref=reference))
        self._reference = reference
        warning = QLabel(
            self.tr(
                "Erasing removes this person's data and its history for good; only a record "
                "of the erasure (reference, date, request) is kept. Type {ref} to confirm."
            ).format(ref=reference)
        )
        warning.setWordWrap(True)
        self.typed = QLineEdit()
        self.request = _request_combo(requests, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Erase"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(
            lambda text: ok.setEnabled(text.strip().upper() == self._reference.upper())
        )
        form = QFormLayout(self)
        form.addRow(warning)
        form.addRow(self.tr("Reference"), self.typed)
        form.addRow(self.tr("Answers request"), self.request)
        form.addRow(self.buttons)
