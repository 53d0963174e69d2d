"""The Transfers section: where our data lives, and each flow out of France with its ground.

The map is a grid of four zones (France, elsewhere in the EU/EEA, adequate
countries, other third countries) with counts; a click filters the table to
that zone's records. Each transfer opens in a form that asks only what its
legal ground needs (SCC module, art. 49 point and reason, DPF certification
for the United States on adequacy).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.records import DataCategory, LegalGround
from albanera_desk.domain.register_rules import DEROGATIONS, SCC_MODULE_LABELS, Zone
from albanera_desk.services.addresses import country_name
from albanera_desk.services.desk import Desk
from albanera_desk.services.register import (
    DataMap,
    RegisterService,
    StoredDocument,
    TransferRecord,
)
from albanera_desk.store.errors import StoreError
from albanera_desk.ui.document_view import DocumentRow
from albanera_desk.ui.form_fields import (
    CheckList,
    CountryCombo,
    LinesEdit,
    OptionalDate,
    ui_language,
)
from albanera_desk.ui.labels import category_label, ground_label
from albanera_desk.ui.messages import as_plain, store_error_text
from albanera_desk.ui.register_view import Exporter, RecordDialog, checks_for
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.table_model import Index, RowTableModel
from albanera_desk.ui.worker import Task

ZONE_COLOURS = {
    Zone.FRANCE: "#2e7d32",
    Zone.EEA: "#558b2f",
    Zone.ADEQUATE: "#f9a825",
    Zone.THIRD_COUNTRY: "#c62828",
}


class TransferTableModel(RowTableModel[TransferRecord]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Importer"),
            self.tr("Destination"),
            self.tr("Legal ground"),
            self.tr("Categories of data"),
            self.tr("Next review"),
        ]
        self.today = date.today()

    def set_rows(self, rows: list[TransferRecord]) -> None:
        self.today = date.today()  # reviews due are judged on the day the rows are shown
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            late = record.next_review is not None and record.next_review < self.today
            if (column == 4 and late) or (column == 2 and record.legal_ground is None):
                return QBrush(QColor("#b00020"))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return record.importer_name
        if column == 1:
            return country_name(record.destination_country, ui_language())
        if column == 2:
            module = f" — module {record.scc_module}" if record.scc_module else ""
            return ground_label(record.legal_ground) + module
        if column == 3:
            return ", ".join(category_label(c) for c in record.data_categories)
        return record.next_review.isoformat() if record.next_review else ""


class ZoneButton(QToolButton):
    def __init__(self, zone: Zone) -> None:
        super().__init__()
        self.zone = zone
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMinimumSize(200, 84)
        colour = ZONE_COLOURS[zone]
        self.setStyleSheet(
            f"QToolButton {{ border: 2px solid {colour}; border-radius: 6px; padding: 6px; "
            f"text-align: left; }} QToolButton:checked {{ background: {colour}; color: white; }}"
        )


class TransfersView(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._register = desk.register
        self._zone: Zone | None = None
        self._map: DataMap | None = None
        self.model = TransferTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.title = QLabel(self.tr("Where our data lives"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.zones = {zone: ZoneButton(zone) for zone in Zone}
        grid = QGridLayout()
        for n, button in enumerate(self.zones.values()):
            grid.addWidget(button, 0, n)
            button.clicked.connect(lambda _=False, z=button.zone: self.filter_zone(z))
        self.zone_links = QLabel()
        self.zone_links.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New transfer…"))
        self.edit_button = QPushButton(self.tr("Open…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.exporter = Exporter(self, self._register)
        self.exporter.menu(
            self.export_button,
            (
                ("csv", self.tr("CSV (comma)")),
                ("csv;", self.tr("CSV (semicolon, for French Excel)")),
                ("xlsx", self.tr("XLSX")),
                ("pdf", self.tr("PDF (landscape table)")),
            ),
            lambda key: self.exporter.ask("transfers", key, "transfers"),
        )
        self.empty = EmptyState(
            QCoreApplication.translate("MainWindow", "Transfers"),
            QCoreApplication.translate(
                "MainWindow",
                "What is stored or accessed outside France, where, and on which legal "
                "ground (adequacy decision, standard contractual clauses, ...).",
            ),
            QCoreApplication.translate(
                "MainWindow",
                "Record each flow of personal data abroad with its importer and its ground.",
            ),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid)
        layout.addWidget(self.zone_links)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(lambda: self.edit_transfer(None))
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(self._open)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.edit_transfer(None))
        self.reload()

    def reload(self) -> None:
        self._map = self._register.data_map()
        lang = ui_language()
        for cell in self._map.cells:
            label = cell.label_fr if lang == "fr" else cell.label_en
            countries = ", ".join(cell.countries[:6]) + ("…" if len(cell.countries) > 6 else "")
            self.zones[cell.zone].setText(
                f"{label}\n"
                + self.tr("%n third party(ies)", "", cell.processors)
                + "\n"
                + self.tr("%n transfer(s)", "", cell.transfers)
                + (f"\n{countries}" if countries else "")
            )
        self._fill_table()

    def filter_zone(self, zone: Zone) -> None:
        self._zone = None if self._zone is zone else zone
        for other, button in self.zones.items():
            button.setChecked(other is self._zone)
        self._fill_table()

    def _fill_table(self) -> None:
        rows = self._register.list_transfers()
        if self._zone is not None and self._map is not None:
            cell = self._map.cell(self._zone)
            ids = {link.record_id for link in cell.links if link.record_type == "transfer"}
            rows = [r for r in rows if r.id in ids]
            names = [link.label for link in cell.links if link.record_type == "processor"]
            self.zone_links.setText(
                self.tr("Third parties here: {names}").format(names=", ".join(names))
                if names
                else ""
            )
        else:
            self.zone_links.setText("")
        self.model.set_rows(rows)
        has_any = bool(self._register.list_transfers())
        self.empty.setVisible(not has_any)
        self.table.setVisible(has_any)

    def export_to(self, path: Path, fmt: str, *, semicolon: bool = False) -> Task | None:
        return self.exporter.run(path, "transfers", fmt, semicolon=semicolon)

    def delete_selected(self) -> bool:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return False
        record = self.model.row_at(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            as_plain(
                self.tr(
                    "Delete the transfer to {importer}? Use this for a record made by mistake; "
                    "a flow that has stopped should get its end date instead."
                ).format(importer=record.importer_name or record.destination_country)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or record.id is None:
            return False
        try:
            self._register.delete("transfer", record.id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Delete"), store_error_text(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open(rows[0])

    def _open(self, index: QModelIndex) -> None:
        self.edit_transfer(self.model.row_at(index.row()).id)

    def edit_transfer(self, transfer_id: int | None) -> None:
        if transfer_id is not None:
            record = self._register.get_transfer(transfer_id)
        else:
            org = self._desk.organisation.get()
            record = TransferRecord(exporter=org.controller_name if org else "")
        dialog = TransferDialog(self._register, record, self)
        dialog.show_checks(checks_for(self._desk, "transfer", transfer_id))
        if dialog.exec():
            self.reload()
            self.changed.emit()


class TransferDialog(RecordDialog):
    def __init__(
        self, register: RegisterService, record: TransferRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(record.importer_name or self.tr("New transfer"), parent)
        self._register = register
        self.record = record
        lang = ui_language()
        self.exporter = QLineEdit(record.exporter)
        self.importer = QComboBox()
        self.importer.addItem(self.tr("Not in the register (name below)"), None)
        for processor in register.list_processors():
            self.importer.addItem(processor.legal_name, processor.id)
        self.importer.setCurrentIndex(max(self.importer.findData(record.importer_id), 0))
        self.importer_name = QLineEdit(record.importer_name)
        self.country = CountryCombo(record.destination_country or "US")
        self.categories = CheckList(
            [(c.value, category_label(c)) for c in DataCategory], record.data_categories, rows=4
        )
        self.purpose = QLineEdit(record.purpose)
        self.onward = QLineEdit(record.onward_transfers)
        self.ground = QComboBox()
        for ground in (None, *LegalGround):
            self.ground.addItem(ground_label(ground), ground)
        self.ground.setCurrentIndex(max(self.ground.findData(record.legal_ground), 0))
        self.module = QComboBox()
        self.module.addItem("", "")
        for number, label in SCC_MODULE_LABELS.items():
            self.module.addItem(label.text(lang), str(number))
        self.module.setCurrentIndex(max(self.module.findData(record.scc_module), 0))
        self.suggest = QPushButton(self.tr("Suggest from the roles"))
        self.scc_signed = OptionalDate(record.scc_signed_on)
        self.bcr = QLineEdit(record.bcr_reference)
        self.derogation = QComboBox()
        self.derogation.addItem("", "")
        for item in DEROGATIONS:
            self.derogation.addItem(item.text(lang), item.key)
        self.derogation.setCurrentIndex(max(self.derogation.findData(record.derogation), 0))
        self.derogation_reason = LinesEdit(
            [record.derogation_reason] if record.derogation_reason else [], rows=2
        )
        self.dpf = QComboBox()
        for value, label in (
            (None, self.tr("Not checked")),
            (True, self.tr("Yes, on the Data Privacy Framework list")),
            (False, self.tr("No")),
        ):
            self.dpf.addItem(label, value)
        self.dpf.setCurrentIndex(max(self.dpf.findData(record.importer_dpf_certified), 0))
        self.tia_on = OptionalDate(record.tia_on)
        self.tia_outcome = QLineEdit(record.tia_outcome)
        self.measures = LinesEdit([record.measures] if record.measures else [], rows=2)
        self.next_review = OptionalDate(record.next_review)
        self.started_on = OptionalDate(record.started_on)
        self.ended_on = OptionalDate(record.ended_on)
        self.scc_document = self._document_row(
            self.tr("Signed standard contractual clauses"), "scc_document_id", register.attach_scc
        )
        self.tia_document = self._document_row(
            self.tr("Transfer impact assessment"), "tia_document_id", register.attach_tia
        )
        module_row = QWidget()
        module_layout = QHBoxLayout(module_row)
        module_layout.setContentsMargins(0, 0, 0, 0)
        module_layout.addWidget(self.module, 1)
        module_layout.addWidget(self.suggest)
        self.module_row = module_row
        f = self.form
        f.addRow(self.tr("Exporter"), self.exporter)
        f.addRow(self.tr("Importer"), self.importer)
        f.addRow(self.tr("Importer's name"), self.importer_name)
        f.addRow(self.tr("Destination country"), self.country)
        f.addRow(self.tr("Categories of data"), self.categories)
        f.addRow(self.tr("Purpose"), self.purpose)
        f.addRow(self.tr("Onward transfers"), self.onward)
        f.addRow(self.tr("Legal ground"), self.ground)
        f.addRow(self.tr("SCC module (2021/914)"), module_row)
        f.addRow(self.tr("SCC signed on"), self.scc_signed)
        f.addRow(self.tr("Signed SCC"), self.scc_document)
        f.addRow(self.tr("BCR reference"), self.bcr)
        f.addRow(self.tr("Derogation (art. 49)"), self.derogation)
        f.addRow(self.tr("Why the derogation applies"), self.derogation_reason)
        f.addRow(self.tr("Importer certified under the DPF"), self.dpf)
        f.addRow(self.tr("Transfer impact assessment on"), self.tia_on)
        f.addRow(self.tr("Assessment outcome"), self.tia_outcome)
        f.addRow(self.tr("Assessment document"), self.tia_document)
        f.addRow(self.tr("Supplementary measures"), self.measures)
        f.addRow(self.tr("Next review"), self.next_review)
        f.addRow(self.tr("Started on"), self.started_on)
        f.addRow(self.tr("Ended on"), self.ended_on)
        self.importer.currentIndexChanged.connect(self._importer_changed)
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.country.currentIndexChanged.connect(self._ground_changed)
        self.suggest.clicked.connect(self._suggest_module)
        self._ground_changed()

    def _document_row(
        self, title: str, field: str, attach: Callable[[int, str, bytes], int]
    ) -> DocumentRow:
        record_id = self.record.id

        def fetch() -> StoredDocument | None:
            current = self._register.get_transfer(record_id) if record_id else None
            document_id = getattr(current, field, None) if current else None
            return self._register.document(document_id) if document_id else None

        return DocumentRow(
            title,
            getattr(self.record, field) is not None,
            (lambda name, content: attach(record_id, name, content)) if record_id else None,
            fetch,
            self.error.setText,
        )

    def _importer_changed(self) -> None:
        if self.importer.currentData() is not None:
            self.importer_name.setText(self.importer.currentText())

    def _ground_changed(self) -> None:
        """Show only what the chosen ground needs."""
        ground = self.ground.currentData()
        visible: dict[QWidget, bool] = {
            self.module_row: ground == LegalGround.SCC,
            self.scc_signed: ground == LegalGround.SCC,
            self.scc_document: ground == LegalGround.SCC,
            self.bcr: ground == LegalGround.BCR,
            self.derogation: ground == LegalGround.DEROGATION,
            self.derogation_reason: ground == LegalGround.DEROGATION,
            # The US is adequate only for importers certified under the Data Privacy Framework.
            self.dpf: ground == LegalGround.ADEQUACY and self.country.code() == "US",
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)

    def _suggest_module(self) -> None:
        importer = self.importer.currentData()
        if importer is None:
            self.error.setText(self.tr("Choose the importer from the register first."))
            return
        number = self._register.suggested_scc_module(importer)
        self.module.setCurrentIndex(max(self.module.findData(str(number)), 0))

    def save(self) -> None:
        r = self.record
        r.exporter = self.exporter.text()
        r.importer_id = self.importer.currentData()
        r.importer_name = self.importer_name.text()
        r.destination_country = self.country.code()
        r.data_categories = self.categories.checked_keys()
        r.purpose = self.purpose.text()
        r.onward_transfers = self.onward.text()
        ground = self.ground.currentData()
        r.legal_ground = LegalGround(ground) if ground else None
        r.scc_module = str(self.module.currentData() or "") if ground == LegalGround.SCC else ""
        r.scc_signed_on = self.scc_signed.value()
        r.bcr_reference = self.bcr.text()
        r.derogation = str(self.derogation.currentData() or "")
        r.derogation_reason = self.derogation_reason.toPlainText().strip()
        r.importer_dpf_certified = self.dpf.currentData()
        r.tia_on = self.tia_on.value()
        r.tia_outcome = self.tia_outcome.text()
        r.measures = self.measures.toPlainText().strip()
        r.next_review = self.next_review.value()
        r.started_on = self.started_on.value()
        r.ended_on = self.ended_on.value()
        r.id = self._register.save_transfer(r)


def build_transfers_section(desk: Desk) -> TransfersView:
    return TransfersView(desk)
