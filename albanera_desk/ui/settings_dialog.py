"""Office settings: deadlines, backups and locking, kept in the store they govern."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.deadlines import HOLIDAY_REGIONS
from albanera_desk.domain.errors import StoreError
from albanera_desk.services.office_settings import OfficeSettings, OfficeSettingsService
from albanera_desk.settings import app_paths
from albanera_desk.ui import file_dialogs
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.form_guard import GuardedDialog
from albanera_desk.ui.messages import said, store_error_text


class SettingsDialog(GuardedDialog):
    def __init__(self, service: OfficeSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office settings"))
        self._service = service
        current = service.get()
        # A choice list: only regions the desk has a calendar for (Alsace-Moselle, overseas).
        self.holiday_region = QComboBox()
        french = ui_language() == "fr"
        for region in HOLIDAY_REGIONS:
            self.holiday_region.addItem(region.name_fr if french else region.name_en, region.code)
        self.holiday_region.setCurrentIndex(
            max(self.holiday_region.findData(current.holiday_region), 0)
        )
        self.holiday_region.setToolTip(self.tr("57, 67 or 68 for Alsace-Moselle's extra holidays"))
        self.transit = QSpinBox()
        self.transit.setRange(0, 20)
        self.transit.setValue(current.postal_transit_days)
        self.transit.setSuffix(self.tr(" working days"))
        self.retention = QSpinBox()
        self.retention.setRange(24, 240)
        self.retention.setValue(current.request_retention_months)
        self.retention.setSuffix(self.tr(" months"))
        self.backup_folder = QLineEdit(current.backup_folder)
        self.backup_folder.setPlaceholderText(str(app_paths().backup_dir))
        self.browse = QPushButton(self.tr("Choose…"))
        self.kept = QSpinBox()
        self.kept.setRange(1, 365)
        self.kept.setValue(current.backups_kept)
        self.on_exit = QCheckBox(self.tr("Back up when the desk closes"))
        self.on_exit.setChecked(current.backup_on_exit)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(0, 480)
        self.lock_minutes.setValue(current.auto_lock_minutes)
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setSuffix(self.tr(" minutes"))
        self.lock_minutes.setToolTip(self.tr("Takes effect as soon as you save"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setStyleSheet("color: #b00020;")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Holiday region"), self.holiday_region)
        form.addRow(self.tr("Post takes"), self.transit)
        form.addRow(self.tr("Keep closed requests"), self.retention)
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow(self.tr("Backups kept"), self.kept)
        form.addRow("", self.on_exit)
        form.addRow(self.tr("Lock after"), self.lock_minutes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._choose_folder)
        self.remember_state()

    def _choose_folder(self) -> None:
        current = self.backup_folder.text().strip()
        folder = file_dialogs.choose_folder(
            self,
            self.tr("Backup folder"),
            file_dialogs.BACKUP,
            Path(current).expanduser() if current else app_paths().backup_dir,
        )
        if folder is not None:
            self.backup_folder.setText(str(folder))

    def _save(self) -> None:
        try:
            self._save_settings()
        except (StoreError, ValueError) as exc:
            self.error.setText(store_error_text(exc) if isinstance(exc, StoreError) else said(exc))
            return
        self.accept()

    def _save_settings(self) -> None:
        self._service.save(
            OfficeSettings(
                holiday_region=str(self.holiday_region.currentData() or ""),
                postal_transit_days=self.transit.value(),
                request_retention_months=self.retention.value(),
                backup_folder=self.backup_folder.text().strip(),
                backups_kept=self.kept.value(),
                backup_on_exit=self.on_exit.isChecked(),
                auto_lock_minutes=self.lock_minutes.value(),
            )
        )
