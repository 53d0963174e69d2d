"""A processing activity's form (record of processing, art. 30)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from albanera_desk.domain.register_records import ActivityRecord
from albanera_desk.domain.register_rules import LEGAL_BASES
from albanera_desk.services.addresses import country_name
from albanera_desk.services.register.service import RegisterService
from albanera_desk.ui.form_fields import CheckList, LinesEdit, ui_language
from albanera_desk.ui.record_dialog import RecordDialog, category_choices, narrow_combo


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
        self.basis = narrow_combo(QComboBox())
        self.basis.addItem(self.tr("Choose…"), "")
        for basis in LEGAL_BASES:
            self.basis.addItem(basis.text(lang), basis.key)
        self.basis.setCurrentIndex(max(self.basis.findData(record.legal_basis), 0))
        self.categories = CheckList(category_choices(), record.data_categories, columns=2)
        self.people = LinesEdit(record.people_categories, rows=2)
        self.sensitive = QCheckBox(self.tr("Sensitive data (art. 9 or 10)"))
        self.sensitive.setToolTip(
            self.tr("Health, beliefs, union membership, sex life, criminal convictions…")
        )
        self.sensitive.setChecked(record.sensitive_data)
        self.internal = LinesEdit(record.internal_recipients, rows=2)
        self.recipients = CheckList(
            [(str(p.id), p.legal_name) for p in register.list_processors()],
            [str(i) for i in record.recipient_ids],
        )
        self.transfers = CheckList(
            [
                (
                    str(t.id),
                    f"{t.importer_name or t.exporter} → "
                    + country_name(t.destination_country, lang),
                )
                for t in register.list_transfers()
            ],
            [str(i) for i in record.transfer_ids],
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
        f.addRow("", self.sensitive)
        f.addRow(self.tr("Categories of people"), self.people)
        f.addRow(self.tr("Recipients"), self.recipients)
        f.addRow(self.tr("Internal recipients"), self.internal)
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
        r.sensitive_data = self.sensitive.isChecked()
        r.internal_recipients = self.internal.lines()
        r.recipient_ids = [int(k) for k in self.recipients.checked_keys()]
        r.transfer_ids = [int(k) for k in self.transfers.checked_keys()]
        r.retention = self.retention.text()
        r.security_measures = self.security.toPlainText().strip()
        r.to_complete = self.to_complete.isChecked()
        r.id = self._register.save_activity(r)
