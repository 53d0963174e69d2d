"""The Transfers section: where our data lives, and each flow out of France with its ground.

The map is a grid of four zones (France, elsewhere in the EU/EEA, adequate
countries, other third countries) with counts; a click filters the table to
that zone's records. Each transfer opens in a form (``transfer_form``) that asks only what its
legal ground needs (SCC module, art. 49 point and reason, DPF certification
for the United States on adequacy).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.register_records import DataMap, TransferRecord
from albanera_desk.domain.register_rules import Zone
from albanera_desk.services.addresses import country_name
from albanera_desk.services.desk import Desk
from albanera_desk.ui.dates import table_date
from albanera_desk.ui.form_fields import ui_language
from albanera_desk.ui.icons import icon
from albanera_desk.ui.labels import category_label, ground_label
from albanera_desk.ui.messages import as_plain, store_error_text
from albanera_desk.ui.presenters.register import (
    review_late,
    toggle_zone,
    zone_countries,
    zone_rows,
)
from albanera_desk.ui.register_export import Exporter
from albanera_desk.ui.register_view import checks_for
from albanera_desk.ui.sections import EmptyState
from albanera_desk.ui.table_model import Index, RowTableModel
from albanera_desk.ui.transfer_form import TransferDialog
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
            late = review_late(record.next_review, self.today)
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
            module = (
                " — " + self.tr("module {number}").format(number=record.scc_module)
                if record.scc_module
                else ""
            )
            return ground_label(record.legal_ground) + module
        if column == 3:
            return ", ".join(category_label(c) for c in record.data_categories)
        return table_date(record.next_review)


class ZoneButton(QToolButton):
    def __init__(self, zone: Zone) -> None:
        super().__init__()
        self.zone = zone
        self.setCheckable(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setMinimumSize(176, 84)  # four side by side beside the sidebar at 1024x700
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
        # One line per transfer, cut with "…"; the categories take the room left.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a heading cut says so with "…"
        # The importer as wide as its name; the ground (long: "… (art. 46) — module 2") cut with
        # "…" at 230 px, so the categories keep room at 1024x700.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 230)
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
            names = [country_name(code, lang) for code in cell.countries]
            # Two names fit a button; the others are counted, and all are in its tooltip.
            countries = ", ".join(names[:2]) + (f" +{len(names) - 2}" if len(names) > 2 else "")
            self.zones[cell.zone].setToolTip(zone_countries(names) if names else "")
            self.zones[cell.zone].setText(
                f"{label}\n"
                + self.tr("%n third party(ies)", "", cell.processors)
                + "\n"
                + self.tr("%n transfer(s)", "", cell.transfers)
                + (f"\n{countries}" if countries else "")
            )
        self._fill_table()

    def filter_zone(self, zone: Zone) -> None:
        self._zone = toggle_zone(self._zone, zone)
        for other, button in self.zones.items():
            button.setChecked(other is self._zone)
        self._fill_table()

    def _fill_table(self) -> None:
        rows, names = zone_rows(self._register.list_transfers(), self._map, self._zone)
        self.zone_links.setText(
            self.tr("Third parties here: {names}").format(names=", ".join(names)) if names else ""
        )
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


def build_transfers_section(desk: Desk) -> TransfersView:
    return TransfersView(desk)
