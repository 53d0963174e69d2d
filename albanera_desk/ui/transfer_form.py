"""A transfer's form: it asks only what the legal ground needs (SCC module, art. 49 point
and reason, DPF certification for the United States on adequacy)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from albanera_desk.domain.records import DataCategory, LegalGround
from albanera_desk.domain.register_records import StoredDocument, TransferRecord
from albanera_desk.domain.register_rules import DEROGATIONS, SCC_MODULE_LABELS
from albanera_desk.services.register.service import RegisterService
from albanera_desk.ui.country_fields import CountryCombo
from albanera_desk.ui.document_view import DocumentRow
from albanera_desk.ui.form_fields import CheckList, LinesEdit, OptionalDate, ui_language
from albanera_desk.ui.labels import category_label, ground_label
from albanera_desk.ui.presenters.register import TransferField, ground_fields, scc_module_kept
from albanera_desk.ui.record_dialog import RecordDialog, narrow_combo


class TransferDialog(RecordDialog):
    def __init__(
        self, register: RegisterService, record: TransferRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(record.importer_name or self.tr("New transfer"), parent)
        self._register = register
        self.record = record
        lang = ui_language()
        self.exporter = QLineEdit(record.exporter)
        self.importer = narrow_combo(QComboBox())
        self.importer.addItem(self.tr("Not in the register (name below)"), None)
        for processor in register.list_processors():
            self.importer.addItem(processor.legal_name, processor.id)
        self.importer.setCurrentIndex(max(self.importer.findData(record.importer_id), 0))
        self.importer_name = QLineEdit(record.importer_name)
        self.country = CountryCombo(record.destination_country or "US")
        self.categories = CheckList(
            [(c.value, category_label(c)) for c in DataCategory], record.data_categories, columns=2
        )
        self.purpose = QLineEdit(record.purpose)
        self.onward = QLineEdit(record.onward_transfers)
        self.ground = narrow_combo(QComboBox())
        for ground in (None, *LegalGround):
            self.ground.addItem(ground_label(ground), ground)
        self.ground.setCurrentIndex(max(self.ground.findData(record.legal_ground), 0))
        self.module = narrow_combo(QComboBox())
        self.module.addItem("", "")
        for number, label in SCC_MODULE_LABELS.items():
            self.module.addItem(label.text(lang), str(number))
        self.module.setCurrentIndex(max(self.module.findData(record.scc_module), 0))
        self.suggest = QPushButton(self.tr("Suggest from the roles"))
        self.scc_signed = OptionalDate(record.scc_signed_on)
        self.bcr = QLineEdit(record.bcr_reference)
        self.derogation = narrow_combo(QComboBox())
        self.derogation.addItem("", "")
        for item in DEROGATIONS:
            self.derogation.addItem(item.text(lang), item.key)
        self.derogation.setCurrentIndex(max(self.derogation.findData(record.derogation), 0))
        self.derogation_reason = LinesEdit(
            [record.derogation_reason] if record.derogation_reason else [], rows=2
        )
        self.dpf = narrow_combo(QComboBox())
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
        # A starter from the privacy policy stays "to complete" until the office confirms it.
        self.to_complete = QCheckBox(self.tr("To complete"))
        self.to_complete.setChecked(record.to_complete)
        f.addRow("", self.to_complete)
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
        needed = ground_fields(self.ground.currentData(), self.country.code())
        rows: dict[TransferField, QWidget] = {
            TransferField.SCC_MODULE: self.module_row,
            TransferField.SCC_SIGNED: self.scc_signed,
            TransferField.SCC_DOCUMENT: self.scc_document,
            TransferField.BCR: self.bcr,
            TransferField.DEROGATION: self.derogation,
            TransferField.DEROGATION_REASON: self.derogation_reason,
            TransferField.DPF: self.dpf,
        }
        for field, widget in rows.items():
            self.form.setRowVisible(widget, field in needed)

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
        r.scc_module = scc_module_kept(ground, str(self.module.currentData() or ""))
        r.scc_signed_on = self.scc_signed.value()
        r.bcr_reference = self.bcr.text()
        r.derogation = str(self.derogation.currentData() or "")
        r.derogation_reason = self.derogation_reason.toPlainText().strip()
        r.importer_dpf_certified = self.dpf.currentData()
        r.to_complete = self.to_complete.isChecked()
        r.tia_on = self.tia_on.value()
        r.tia_outcome = self.tia_outcome.text()
        r.measures = self.measures.toPlainText().strip()
        r.next_review = self.next_review.value()
        r.started_on = self.started_on.value()
        r.ended_on = self.ended_on.value()
        r.id = self._register.save_transfer(r)
