"""Import customers: preview first, adjust the column mapping, then all rows or none.

The preview reads only the start of the file. The import itself runs in a
worker with a cancellable progress dialog; cancelling, or any failure, leaves
the store as it was. The report lists rejected lines with their reasons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.customer_import import KNOWN_COLUMNS, ImportReport
from albanera_desk.domain.errors import StoreError
from albanera_desk.services.desk import Desk
from albanera_desk.services.import_activity import report_sentences, shop_activity
from albanera_desk.services.importing import (
    ColumnMapping,
    ImportCancelled,
    ImportPreview,
    import_people,
    read_preview,
)
from albanera_desk.ui.messages import said, store_error_text
from albanera_desk.ui.screen_fit import fit_to_screen
from albanera_desk.ui.worker import Progress, Task


def field_label(name: str) -> str:
    return {
        "customer_id": QCoreApplication.translate("ImportDialog", "Customer ID"),
        "first_name": QCoreApplication.translate("ImportDialog", "First name"),
        "last_name": QCoreApplication.translate("ImportDialog", "Last name"),
        "email": QCoreApplication.translate("ImportDialog", "Email"),
        "accepts_email": QCoreApplication.translate("ImportDialog", "Accepts email marketing"),
        "company": QCoreApplication.translate("ImportDialog", "Company"),
        "address1": QCoreApplication.translate("ImportDialog", "Address line 1"),
        "address2": QCoreApplication.translate("ImportDialog", "Address line 2"),
        "city": QCoreApplication.translate("ImportDialog", "City"),
        "province": QCoreApplication.translate("ImportDialog", "Province or state"),
        "country_code": QCoreApplication.translate("ImportDialog", "Country code"),
        "postcode": QCoreApplication.translate("ImportDialog", "Postcode"),
        "address_phone": QCoreApplication.translate("ImportDialog", "Address phone"),
        "phone": QCoreApplication.translate("ImportDialog", "Phone"),
        "accepts_sms": QCoreApplication.translate("ImportDialog", "Accepts SMS marketing"),
        "total_spent": QCoreApplication.translate("ImportDialog", "Total spent"),
        "total_orders": QCoreApplication.translate("ImportDialog", "Total orders"),
        "note": QCoreApplication.translate("ImportDialog", "Note"),
        "tags": QCoreApplication.translate("ImportDialog", "Tags"),
        "birth_date": QCoreApplication.translate("ImportDialog", "Date of birth"),
        "age_band": QCoreApplication.translate("ImportDialog", "Age band"),
    }.get(name, name)


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, desk: Desk, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import customers — {name}").format(name=path.name))
        fit_to_screen(self, QSize(900, 680))
        self._desk = desk
        self._path = path
        self._task: Task | None = None
        self.report: ImportReport | None = None
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.about.setWordWrap(True)
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sample.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.mapping_form = QFormLayout()
        mapping_box = QWidget()
        mapping_box.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        # When the record of processing lacks the activity the shop's data serves: say so,
        # and offer to add it from the policy's starter (the office decides).
        self.activity_note = QLabel()
        self.activity_note.setTextFormat(Qt.TextFormat.PlainText)
        self.activity_note.setWordWrap(True)
        self.create_activity = QCheckBox(
            self.tr("Add this activity to the record of processing from the privacy policy")
        )
        self.create_activity.setChecked(True)
        missing = shop_activity(desk.store).missing
        self.activity_note.setText(said(missing) if missing is not None else "")
        self.activity_note.setVisible(missing is not None)
        self.create_activity.setVisible(missing is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.sample, 2)
        layout.addWidget(QLabel(self.tr("Which column feeds which field:")))
        layout.addWidget(scroll, 2)
        layout.addWidget(self.activity_note)
        layout.addWidget(self.create_activity)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.preview: ImportPreview | None = None
        self._load_preview()

    def _load_preview(self) -> None:
        try:
            self.preview = read_preview(self._path)
        except StoreError as exc:
            self.about.setText(store_error_text(exc))
            self.import_button.setEnabled(False)
            return
        p = self.preview
        encoding = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "cp1252": "Windows-1252"}.get(
            p.encoding, p.encoding
        )
        delimiter = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(
            p.delimiter, p.delimiter
        )
        kind = (
            self.tr("The shop's customer export: its columns are already mapped.")
            if p.shop_export
            else self.tr("Check which column feeds which field below.")
        )
        self.about.setText(
            self.tr("{encoding}, separated by {delimiter}, {columns} columns. {kind}").format(
                encoding=encoding, delimiter=delimiter, columns=len(p.header), kind=kind
            )
            + "".join(f"\n• {said(problem)}" for problem in p.problems)
        )
        self.sample.setColumnCount(len(p.header))
        self.sample.setHorizontalHeaderLabels(list(p.header))
        self.sample.setRowCount(len(p.sample))
        for r, row in enumerate(p.sample):
            for c, value in enumerate(row[: len(p.header)]):
                self.sample.setItem(r, c, QTableWidgetItem(value))
        for name in KNOWN_COLUMNS:
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for column in p.header:
                combo.addItem(column, column)
            chosen = p.mapping.columns.get(name, "")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self.combos[name] = combo
            self.mapping_form.addRow(field_label(name), combo)

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(
            {
                name: str(combo.currentData())
                for name, combo in self.combos.items()
                if combo.currentData()
            }
        )

    def start_import(self) -> None:
        if self._task is not None or self.preview is None:
            return
        mapping = self.mapping()
        if not any(k in mapping.columns for k in ("last_name", "email", "customer_id")):
            self.error.setText(
                self.tr("Map at least a last name, an email or a customer ID column.")
            )
            return
        self.error.clear()
        store, actor, path = self._desk.store, self._desk.actor, self._path
        create = not self.create_activity.isHidden() and self.create_activity.isChecked()

        def work(progress: Progress) -> ImportReport:
            return import_people(
                store,
                actor,
                path,
                mapping,
                progress=lambda done, total: progress.report(
                    done, max(total, 1), self.tr("Importing… nothing is saved until the end")
                ),
                cancelled=lambda: progress.cancelled,
                create_activity=create,
            )

        self._task = Task(work, parent=self, label=self.tr("Importing customers…"))
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.cancelled.connect(self._cancelled)
        self.import_button.setEnabled(False)
        self._task.start()

    def _cancelled(self) -> None:
        self._task = None
        self.import_button.setEnabled(True)
        self.error.setText(self.tr("Import cancelled: nothing was saved."))

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.import_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            self.error.setText(self.tr("Import cancelled: nothing was saved."))
            return
        text = (
            store_error_text(exc)
            if isinstance(exc, StoreError)
            else self.tr("The import failed: nothing was saved.")
        )
        self.error.setText(text)

    def _done(self, report: ImportReport) -> None:
        self._task = None
        self.report = report
        self.imported.emit()
        # Shown after this dialog closes, without blocking the caller.
        self.report_dialog = ReportDialog(report, self.parentWidget())
        self.report_dialog.open()
        self.accept()

    def wait(self) -> None:
        """Tests: block until the running import has finished."""
        if self._task is not None:
            self._task.wait_until_done()


class ReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(560, 400)
        counts = self.tr("Added: {added}   Updated: {updated}   Unchanged: {unchanged}")
        summary = QLabel(
            counts.format(added=report.added, updated=report.updated, unchanged=report.unchanged)
            + "   "
            + self.tr("Rejected: {rejected}").format(rejected=len(report.rejected))
        )
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rejected = QPlainTextEdit()
        rejected.setReadOnly(True)
        rejected.setPlainText(
            "\n".join(
                self.tr("line {line}: {reason}").format(line=line, reason=said(reason))
                for line, reason in report.rejected
            )
            or self.tr("No line was rejected.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        for sentence in report_sentences(report.activity, report.activity_created, report.unlinked):
            note = QLabel(said(sentence))
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(rejected, 1)
        layout.addWidget(buttons)
