"""The Register section: third parties (processor register) and the record of processing.

Each entry opens in a form (Enter or double-click); saving goes through the
register service in one transaction with its audit event. Exports run in a
worker and say that the file leaves the encrypted store.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.records import CcpaRole, DataCategory, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_rules import (
    ART28_TERMS,
    LEGAL_BASES,
    label_of,
    needs_art28_terms,
)
from albanera_desk.services.desk import Desk
from albanera_desk.services.register import (
    ActivityRecord,
    ProcessorRecord,
    RegisterService,
    StoredDocument,
)
from albanera_desk.services.register_health import HealthItem, check_register
from albanera_desk.store.errors import StoreError
from albanera_desk.ui.form_fields import (
    CheckList,
    CountryCombo,
    LinesEdit,
    OptionalDate,
    codes,
    ui_language,
)
from albanera_desk.ui.labels import category_label, ccpa_role_label, role_label, status_label
from albanera_desk.ui.messages import as_plain, said, store_error_text
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.table_model import Index, RowTableModel
from albanera_desk.ui.worker import Progress, Task

ERROR_STYLE = "color: #b00020;"


def category_choices() -> list[tuple[str, str]]:
    return [(c.value, category_label(c)) for c in DataCategory]


# --- tables --------------------------------------------------------------------------------


class ProcessorTableModel(RowTableModel[ProcessorRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Country"),
            self.tr("Service"),
            self.tr("Agreement"),
            self.tr("Next review"),
            self.tr("Status"),
        ]
        self.today = date.today()

    def set_rows(self, rows: list[ProcessorRecord]) -> None:
        self.today = date.today()  # reviews due are judged on the day the rows are shown
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            late = record.next_review is not None and record.next_review < self.today
            if (column == 5 and late) or (column == 4 and self._agreement_problem(record)):
                return QBrush(QColor("#b00020"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 3):
            return as_plain(record.legal_name if column == 0 else record.service)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return record.legal_name + ("  ✎" if record.to_complete else "")
        if column == 1:
            return role_label(record.role)
        if column == 2:
            return record.country_code
        if column == 3:
            return record.service.splitlines()[0] if record.service else ""
        if column == 4:
            if not needs_art28_terms(record.role):
                return self.tr("not needed")
            if record.dpa_signed_on is None:
                return self.tr("missing")
            missing = len(record.missing_art28_terms)
            return (
                record.dpa_signed_on.isoformat()
                if not missing
                else self.tr("%n term(s) missing", "", missing)
            )
        if column == 5:
            return record.next_review.isoformat() if record.next_review else ""
        return status_label(record.status)

    @staticmethod
    def _agreement_problem(record: ProcessorRecord) -> bool:
        if not needs_art28_terms(record.role):
            return False
        return record.dpa_signed_on is None or bool(record.missing_art28_terms)


class ActivityTableModel(RowTableModel[ActivityRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Activity"),
            self.tr("Legal basis"),
            self.tr("Categories of data"),
            self.tr("Recipients"),
            self.tr("Retention"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return record.name + ("  ✎" if record.to_complete else "")
        if column == 1:
            return label_of(LEGAL_BASES, record.legal_basis, ui_language())
        if column == 2:
            return ", ".join(category_label(c) for c in record.data_categories)
        if column == 3:
            return str(len(record.recipient_ids))
        return record.retention


def _table(model: RowTableModel[Any], stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    # One line per entry, cut with "…" rather than wrapped; the first column (the name)
    # keeps a readable width and the described column takes the room left.
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    table.setColumnWidth(0, 280)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


# --- the section ---------------------------------------------------------------------------


class RegisterView(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._register = desk.register
        self.processors = ProcessorTableModel(self)
        self.activities = ActivityTableModel(self)
        self.processor_table = _table(self.processors, 3)
        self.activity_table = _table(self.activities, 2)
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
        on_processors = self.tabs.currentIndex() == 0
        kind = "all" if key == "xlsx" else ("processors" if on_processors else "activities")
        self.exporter.ask(kind, key, "register" if kind == "all" else kind)

    def export_to(self, path: Path, kind: str, fmt: str, *, semicolon: bool = False) -> Task | None:
        return self.exporter.run(path, kind, fmt, semicolon=semicolon)


def checks_for(desk: Desk, record_type: str, record_id: int | None) -> list[HealthItem]:
    if record_id is None:
        return []
    return [
        item
        for item in check_register(desk.store, date.today())
        if item.record_type == record_type and item.record_id == record_id
    ]


class Exporter:
    """A view's register exports, one at a time: ask where (saying the file leaves the
    store), then write in a worker with a cancellable progress dialog; failures in one
    sentence, nothing written."""

    def __init__(self, parent: QWidget, register: RegisterService) -> None:
        self._parent = parent
        self._register = register
        self.task: Task | None = None

    def menu(
        self, button: QPushButton, choices: Sequence[tuple[str, str]], choose: Callable[[str], None]
    ) -> None:
        """``choices``: (key, label) with key "csv", "csv;" (semicolon), "xlsx" or "pdf"."""
        menu = QMenu(button)
        for key, label in choices:
            menu.addAction(label).triggered.connect(lambda _=False, k=key: choose(k))
        button.setMenu(menu)

    def ask(self, kind: str, key: str, stem: str) -> Task | None:
        fmt = key.rstrip(";")
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("Register", "Export — the file leaves the encrypted store"),
            f"{stem}-{date.today().isoformat()}.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        return self.run(Path(path), kind, fmt, semicolon=key == "csv;") if path else None

    def run(self, path: Path, kind: str, fmt: str, *, semicolon: bool = False) -> Task | None:
        if self.task is not None:
            return None
        register, parent = self._register, self._parent

        def work(progress: Progress) -> None:
            register.export(
                kind,  # type: ignore[arg-type]
                fmt,  # type: ignore[arg-type]
                path,
                language=ui_language(),
                semicolon=semicolon,
                progress=lambda done, total: progress.report(done, total),
            )

        def failed(exc: BaseException) -> None:
            text = (
                store_error_text(exc)
                if isinstance(exc, StoreError | ValueError)
                else QCoreApplication.translate(
                    "Register", "The export failed: nothing was written."
                )
            )
            QMessageBox.warning(parent, QCoreApplication.translate("Register", "Export"), text)

        task = Task(work, parent=parent, label=QCoreApplication.translate("Register", "Exporting…"))
        task.failed.connect(failed)
        task.finished.connect(lambda: setattr(self, "task", None))
        self.task = task
        task.start()
        return task


# --- forms ---------------------------------------------------------------------------------


class RecordDialog(QDialog):
    """A scrolling form with an error line and Save/Cancel; subclasses fill and read it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 720)
        self.form = QFormLayout()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(self.form)
        column.addStretch(1)  # rows keep their height; the room left goes below them
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        # What the register checks say about this record, above the form.
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.checks)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_checks(self, items: Sequence[HealthItem]) -> None:
        """The register checks that concern this record, problems in red."""
        french = ui_language() == "fr"
        lines = []
        for item in items:
            colour = "#b00020" if item.severity == "problem" else "#8a6d00"
            text = html.escape(item.message_fr if french else item.message_en)
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


def _enum_combo(values: Sequence[Any], label: Callable[[Any], str], current: Any) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class ProcessorDialog(RecordDialog):
    def __init__(
        self, register: RegisterService, record: ProcessorRecord, parent: QWidget | None = None
    ) -> None:
        title = record.legal_name or self.tr("New third party")
        super().__init__(title, parent)
        self._register = register
        self.record = record
        lang = ui_language()
        self.legal_name = QLineEdit(record.legal_name)
        self.role = _enum_combo(list(ProcessorRole), role_label, record.role)
        self.ccpa_role = _enum_combo([None, *CcpaRole], ccpa_role_label, record.ccpa_role)
        self.address = LinesEdit(record.address)
        self.country = CountryCombo(record.country_code)
        self.contact = QLineEdit(record.contact)
        self.dpo_contact = QLineEdit(record.dpo_contact)
        self.service = LinesEdit([record.service] if record.service else [], rows=2)
        self.purposes = LinesEdit(record.purposes)
        self.categories = CheckList(category_choices(), record.data_categories, rows=4)
        self.people = LinesEdit(record.people_categories, rows=2)
        self.countries = QLineEdit(", ".join(record.countries))
        self.countries.setPlaceholderText(self.tr("ISO codes, e.g. FR, IE, US"))
        self.retention = QLineEdit(record.retention)
        self.security = LinesEdit(
            [record.security_measures] if record.security_measures else [], rows=2
        )
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("None (works for us directly)"), None)
        for other in register.list_processors():
            if other.id != record.id:
                self.parent_combo.addItem(other.legal_name, other.id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(record.parent_id), 0))
        self.status = _enum_combo(list(ProcessorStatus), status_label, record.status)
        self.ended_on = OptionalDate(record.ended_on)
        self.returned_on = OptionalDate(record.data_returned_or_deleted_on)
        self.next_review = OptionalDate(record.next_review)
        self.dpa_signed = OptionalDate(record.dpa_signed_on)
        self.dpa_expires = OptionalDate(record.dpa_expires_on)
        self.terms = CheckList(
            [(t.key, t.text(lang)) for t in ART28_TERMS], record.art28_terms, rows=8
        )
        from albanera_desk.ui.document_view import DocumentRow

        record_id = record.id
        self.agreement = DocumentRow(
            self.tr("Signed agreement"),
            record.dpa_document_id is not None,
            (lambda name, content: register.attach_agreement(record_id, name, content))
            if record_id is not None
            else None,
            self._stored_agreement,
            self.error.setText,
        )
        self.to_complete = QCheckBox(self.tr("To complete"))
        self.to_complete.setChecked(record.to_complete)
        f = self.form
        f.addRow(self.tr("Legal name"), self.legal_name)
        f.addRow(self.tr("Role (GDPR)"), self.role)
        f.addRow(self.tr("Role (CCPA)"), self.ccpa_role)
        f.addRow(self.tr("Address"), self.address)
        f.addRow(self.tr("Country"), self.country)
        f.addRow(self.tr("Contact"), self.contact)
        f.addRow(self.tr("DPO contact"), self.dpo_contact)
        f.addRow(self.tr("Service"), self.service)
        f.addRow(self.tr("Purposes (one per line)"), self.purposes)
        f.addRow(self.tr("Categories of data"), self.categories)
        f.addRow(self.tr("Categories of people"), self.people)
        f.addRow(self.tr("Processed in"), self.countries)
        f.addRow(self.tr("Retention"), self.retention)
        f.addRow(self.tr("Security measures (art. 32)"), self.security)
        f.addRow(self.tr("Sub-processor of"), self.parent_combo)
        f.addRow(self.tr("Status"), self.status)
        f.addRow(self.tr("Ended on"), self.ended_on)
        f.addRow(self.tr("Data returned or deleted on"), self.returned_on)
        f.addRow(self.tr("Next review"), self.next_review)
        f.addRow(self.tr("Agreement signed on"), self.dpa_signed)
        f.addRow(self.tr("Agreement expires on"), self.dpa_expires)
        f.addRow(self.tr("Art. 28(3) terms found"), self.terms)
        f.addRow(self.tr("Signed agreement"), self.agreement)
        f.addRow("", self.to_complete)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        # Art. 28 terms bind processors only; controllers and authorities sign no DPA.
        self.terms.setEnabled(needs_art28_terms(ProcessorRole(self.role.currentData())))

    def _stored_agreement(self) -> StoredDocument | None:
        if self.record.id is None:
            return None
        current = self._register.get_processor(self.record.id)
        document_id = current.dpa_document_id
        return self._register.document(document_id) if document_id else None

    def save(self) -> None:
        r = self.record
        r.legal_name = self.legal_name.text()
        r.role = ProcessorRole(self.role.currentData())
        ccpa = self.ccpa_role.currentData()
        r.ccpa_role = CcpaRole(ccpa) if ccpa else None
        r.address = self.address.lines()
        r.country_code = self.country.code()
        r.contact = self.contact.text()
        r.dpo_contact = self.dpo_contact.text()
        r.service = self.service.toPlainText().strip()
        r.purposes = self.purposes.lines()
        r.data_categories = self.categories.checked_keys()
        r.people_categories = self.people.lines()
        r.countries = codes(self.countries.text())
        r.retention = self.retention.text()
        r.security_measures = self.security.toPlainText().strip()
        r.parent_id = self.parent_combo.currentData()
        r.status = ProcessorStatus(self.status.currentData())
        r.ended_on = self.ended_on.value()
        r.data_returned_or_deleted_on = self.returned_on.value()
        r.next_review = self.next_review.value()
        r.dpa_signed_on = self.dpa_signed.value()
        r.dpa_expires_on = self.dpa_expires.value()
        r.art28_terms = self.terms.checked_keys()
        r.to_complete = self.to_complete.isChecked()
        r.id = self._register.save_processor(r)


class ActivityDialog(RecordDialog):
    def __init__(
        self, register: RegisterService, record: ActivityRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(record.name or self.tr("New processing activity"), parent)
        self._register = register
        self.record = record
        lang = ui_language()
        self.name = QLineEdit(record.name)
        self.purposes = LinesEdit(record.purposes)
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Choose…"), "")
        for basis in LEGAL_BASES:
            self.basis.addItem(basis.text(lang), basis.key)
        self.basis.setCurrentIndex(max(self.basis.findData(record.legal_basis), 0))
        self.categories = CheckList(category_choices(), record.data_categories, rows=4)
        self.people = LinesEdit(record.people_categories, rows=2)
        self.recipients = CheckList(
            [(str(p.id), p.legal_name) for p in register.list_processors()],
            [str(i) for i in record.recipient_ids],
        )
        self.transfers = CheckList(
            [
                (str(t.id), f"{t.importer_name or t.exporter} → {t.destination_country}")
                for t in register.list_transfers()
            ],
            [str(i) for i in record.transfer_ids],
            rows=3,
        )
        self.retention = QLineEdit(record.retention)
        self.security = LinesEdit(
            [record.security_measures] if record.security_measures else [], rows=2
        )
        self.to_complete = QCheckBox(self.tr("To complete"))
        self.to_complete.setChecked(record.to_complete)
        f = self.form
        f.addRow(self.tr("Activity"), self.name)
        f.addRow(self.tr("Purposes (one per line)"), self.purposes)
        f.addRow(self.tr("Legal basis (art. 6)"), self.basis)
        f.addRow(self.tr("Categories of data"), self.categories)
        f.addRow(self.tr("Categories of people"), self.people)
        f.addRow(self.tr("Recipients"), self.recipients)
        f.addRow(self.tr("Transfers outside the EU"), self.transfers)
        f.addRow(self.tr("Retention"), self.retention)
        f.addRow(self.tr("Security measures"), self.security)
        f.addRow("", self.to_complete)

    def save(self) -> None:
        r = self.record
        r.name = self.name.text()
        r.purposes = self.purposes.lines()
        r.legal_basis = str(self.basis.currentData() or "")
        r.data_categories = self.categories.checked_keys()
        r.people_categories = self.people.lines()
        r.recipient_ids = [int(k) for k in self.recipients.checked_keys()]
        r.transfer_ids = [int(k) for k in self.transfers.checked_keys()]
        r.retention = self.retention.text()
        r.security_measures = self.security.toPlainText().strip()
        r.to_complete = self.to_complete.isChecked()
        r.id = self._register.save_activity(r)


def build_register_section(desk: Desk) -> RegisterView:
    return RegisterView(desk)
