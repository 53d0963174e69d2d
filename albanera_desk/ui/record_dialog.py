"""The register's record forms: a scrolling form, the record's own checks above it, an
error line and Save/Cancel. Subclasses fill the form and read it back."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.records import DataCategory
from albanera_desk.services.register_health import HealthItem
from albanera_desk.ui.dates import readable_dates
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.form_guard import GuardedDialog
from albanera_desk.ui.labels import category_label
from albanera_desk.ui.messages import said, store_error_text
from albanera_desk.ui.screen_fit import fit_to_screen

ERROR_STYLE = "color: #b00020;"
PREFERRED = QSize(780, 860)


def category_choices() -> list[tuple[str, str]]:
    return [(c.value, category_label(c)) for c in DataCategory]


class RecordDialog(GuardedDialog):
    """A scrolling form with an error line and Save/Cancel; subclasses fill and read it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(self.form)
        column.addStretch(1)  # rows keep their height; the room left goes below them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # The form follows the window's width: never a sideways scroll.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        self.scroll = scroll
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        # What the register checks say about this record, above the form.
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setVisible(False)
        # What the form lacks now (e.g. art. 28(3) terms), above the form, kept up to date.
        self.attention = QLabel()
        self.attention.setObjectName("attention")
        self.attention.setWordWrap(True)
        self.attention.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checks)
        layout.addWidget(self.attention)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if not hasattr(self, "_opened_state"):
            fit_to_screen(self, PREFERRED)
            self.remember_state()
        super().showEvent(event)

    def show_checks(self, items: Sequence[HealthItem]) -> None:
        """The register checks that concern this record, problems in red."""
        french = ui_language() == "fr"
        lines = []
        for item in items:
            colour = "#b00020" if item.severity == "problem" else "#8a6d00"
            text = html.escape(readable_dates(item.message_fr if french else item.message_en))
            lines.append(f'<span style="color:{colour}">● {text}</span>')
        self.checks.setText("<br>".join(lines))
        self.checks.setVisible(bool(lines))

    def _save(self) -> None:
        try:
            self.save()
        except (StoreError, ValueError) as exc:
            self.error.setText(store_error_text(exc) if isinstance(exc, StoreError) else said(exc))
            return
        self.accept()

    def save(self) -> None:
        raise NotImplementedError


def narrow_combo(combo: QComboBox | None = None) -> QComboBox:
    """A combo as wide as the form gives it, not as its longest choice."""
    combo = combo or QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    return combo


def enum_combo(values: Sequence[Any], label: Callable[[Any], str], current: Any) -> QComboBox:
    combo = narrow_combo()
    for value in values:
        combo.addItem(label(value), value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo
