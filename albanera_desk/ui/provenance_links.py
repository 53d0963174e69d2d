"""Link the items an older store holds to the processing activity each serves.

The letters refuse to say why an item is held and who receives it while it serves no
activity; this dialog lets the office decide, once per kind of item (category and source),
which activity those items serve. Each choice is recorded with its audit event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.documents.person_file_words import SOURCE_NAMES
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.records import DataCategory, DataSource
from albanera_desk.domain.vocabulary import CATEGORIES
from albanera_desk.services.desk import Desk
from albanera_desk.services.provenance_records import ProvenanceRecords
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.messages import store_error_text


class ItemLinksDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ItemLinksDialog", "Link items to their activity")
        )
        self._records = ProvenanceRecords(desk.store, desk.actor)
        self.groups = self._records.unlinked_groups()
        activities = desk.register.list_activities()
        grid = QGridLayout()
        self.choices: list[tuple[DataCategory, DataSource, QComboBox]] = []
        language = ui_language()
        for row, (category, source, count) in enumerate(self.groups):
            label = QLabel(
                QCoreApplication.translate(
                    "ItemLinksDialog", "{category}, from {source}: {count}"
                ).format(
                    category=_category(category, language),
                    source=SOURCE_NAMES["fr" if language == "fr" else "en"][source],
                    count=count,
                )
            )
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ItemLinksDialog", "leave unlinked"), None)
            for activity in activities:
                combo.addItem(activity.name, activity.id)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.choices.append((category, source, combo))
        intro = QLabel(
            QCoreApplication.translate(
                "ItemLinksDialog",
                "Letters say why each item is held and who receives it: choose the "
                "processing activity these items serve.",
            )
            if self.groups
            else QCoreApplication.translate("ItemLinksDialog", "Every item serves an activity.")
        )
        intro.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            for category, source, combo in self.choices:
                activity_id = combo.currentData()
                if activity_id is not None:
                    self._records.link_unlinked(category, source, int(activity_id))
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        self.accept()


def _category(category: DataCategory, language: str) -> str:
    return CATEGORIES[category].text(language)
