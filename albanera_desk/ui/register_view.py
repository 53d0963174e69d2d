"""The Register section: third parties (processor register) and the record of processing.

Each entry opens in a form (Enter or double-click; ``processor_form``,
``activity_form``); saving goes through the register service in one
transaction with its audit event. Exports (``register_export``) run in a
worker and say that the file leaves the encrypted store.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord
from albanera_desk.services.desk import Desk
from albanera_desk.services.register_health import HealthItem, check_register
from albanera_desk.ui.activity_form import ActivityDialog
from albanera_desk.ui.icons import icon
from albanera_desk.ui.messages import as_plain, store_error_text
from albanera_desk.ui.presenters.register import checks_of, register_export
from albanera_desk.ui.processor_form import ProcessorDialog
from albanera_desk.ui.register_export import Exporter
from albanera_desk.ui.register_tables import ActivityTableModel, ProcessorTableModel, make_table
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.worker import Task


class RegisterView(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._register = desk.register
        self.processors = ProcessorTableModel(self)
        self.activities = ActivityTableModel(self)
        self.processor_table = make_table(self.processors, 3)
        self.activity_table = make_table(self.activities, 2)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.processor_table, self.tr("Third parties"))
        self.tabs.addTab(self.activity_table, self.tr("Record of processing"))
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Add an entry to the tab shown (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Open…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Remove an entry made by mistake"))
        self.starters_button = QPushButton(self.tr("Add entries from the privacy policy"))
        self.starters_button.setToolTip(
            self.tr(
                "The third parties and processing activities the policy names, flagged "
                "“to complete”; entries already added are not added twice."
            )
        )
        self.export_button = QPushButton(self.tr("Export…"))
        for button, name in (
            (self.new_button, "new"),
            (self.edit_button, "edit"),
            (self.delete_button, "delete"),
            (self.export_button, "export"),
        ):
            button.setIcon(icon(name))
        self.exporter = Exporter(self, self._register)
        self.exporter.menu(
            self.export_button,
            (
                ("csv", self.tr("CSV (comma)")),
                ("csv;", self.tr("CSV (semicolon, for French Excel)")),
                ("xlsx", self.tr("XLSX (all registers, one sheet each)")),
                ("pdf", self.tr("PDF (landscape table)")),
            ),
            self.export,
        )
        self.empty = EmptyState(
            QCoreApplication.translate("MainWindow", "Register"),
            QCoreApplication.translate(
                "MainWindow",
                "The third parties that receive personal information (email vendors, "
                "platform providers, payment and advertising partners), their contracts "
                "and art. 28 terms, and the record of processing (art. 30).",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "Start from the entries the privacy policy names, then complete each one.",
            ),
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button, self.starters_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.starters_button.clicked.connect(self.add_starters)
        self.processor_table.activated.connect(lambda i: self._open(i, self.tabs.widget(0)))
        self.activity_table.activated.connect(lambda i: self._open(i, self.tabs.widget(1)))
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_entry)
        self.reload()

    def reload(self) -> None:
        self.processors.set_rows(self._register.list_processors())
        self.activities.set_rows(self._register.list_activities())
        empty = not self.processors.rowCount() and not self.activities.rowCount()
        self.empty.setVisible(empty)
        self.tabs.setVisible(not empty)

    def _after_save(self) -> None:
        self.reload()
        self.changed.emit()

    def add_starters(self) -> None:
        try:
            added = self._register.add_policy_starters() + self._register.add_policy_activities()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Register"), store_error_text(exc))
            return
        self._after_save()
        QMessageBox.information(
            self,
            self.tr("Register"),
            self.tr("%n entry(ies) added from the privacy policy; complete each one.", "", added),
        )

    def new_entry(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.edit_processor(None)
        else:
            self.edit_activity(None)

    def open_selected(self) -> None:
        table = self.processor_table if self.tabs.currentIndex() == 0 else self.activity_table
        rows = table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0], table)

    def delete_selected(self) -> bool:
        """Delete the chosen entry after a confirmation that says what ending is for."""
        on_processors = self.tabs.currentIndex() == 0
        table = self.processor_table if on_processors else self.activity_table
        rows = table.selectionModel().selectedRows()
        if not rows:
            return False
        if on_processors:
            record = self.processors.row_at(rows[0].row())
            name, kind, ident = record.legal_name, "processor", record.id
            advice = self.tr(
                "Use this for an entry made by mistake. A third party you no longer work "
                "with should be ended instead (Status: ended), so the register keeps its "
                "history."
            )
        else:
            activity = self.activities.row_at(rows[0].row())
            name, kind, ident, advice = activity.name, "activity", activity.id, ""
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            as_plain(
                self.tr("Delete “{name}” from the register?").format(name=name) + " " + advice
            ).strip(),
        )
        if answer != QMessageBox.StandardButton.Yes or ident is None:
            return False
        try:
            self._register.delete(kind, ident)  # type: ignore[arg-type]
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Delete"), store_error_text(exc))
            return False
        self._after_save()
        return True

    def _open(self, index: QModelIndex, table: QWidget) -> None:
        if table is self.processor_table:
            self.edit_processor(self.processors.row_at(index.row()).id)
        else:
            self.edit_activity(self.activities.row_at(index.row()).id)

    def edit_processor(self, processor_id: int | None) -> None:
        record = (
            self._register.get_processor(processor_id)
            if processor_id is not None
            else ProcessorRecord()
        )
        dialog = ProcessorDialog(self._register, record, self)
        dialog.show_checks(checks_for(self._desk, "processor", processor_id))
        if dialog.exec():
            self._after_save()

    def edit_activity(self, activity_id: int | None) -> None:
        record = (
            self._register.get_activity(activity_id)
            if activity_id is not None
            else ActivityRecord()
        )
        dialog = ActivityDialog(self._register, record, self)
        dialog.show_checks(checks_for(self._desk, "activity", activity_id))
        if dialog.exec():
            self._after_save()

    # --- export --------------------------------------------------------------------------

    def export(self, key: str) -> None:
        export = register_export(key, on_processors=self.tabs.currentIndex() == 0)
        self.exporter.ask(export.kind, key, export.stem)

    def export_to(self, path: Path, kind: str, fmt: str, *, semicolon: bool = False) -> Task | None:
        return self.exporter.run(path, kind, fmt, semicolon=semicolon)


def checks_for(desk: Desk, record_type: str, record_id: int | None) -> list[HealthItem]:
    if record_id is None:
        return []
    return checks_of(check_register(desk.store, date.today()), record_type, record_id)


def build_register_section(desk: Desk) -> RegisterView:
    return RegisterView(desk)
