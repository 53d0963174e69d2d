"""A third party's form: role, contract and its art. 28 terms, countries, review."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from albanera_desk.domain.records import CcpaRole, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_records import ProcessorRecord, StoredDocument
from albanera_desk.domain.register_rules import (
    ART28_TERMS,
    art28_label,
    missing_art28_terms,
    needs_art28_terms,
)
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.register_health import HealthItem
from albanera_desk.ui.country_fields import CountriesEdit, CountryCombo
from albanera_desk.ui.form_fields import CheckList, LinesEdit, OptionalDate, ui_language
from albanera_desk.ui.labels import ccpa_role_label, role_label, status_label
from albanera_desk.ui.record_dialog import (
    RecordDialog,
    category_choices,
    enum_combo,
    narrow_combo,
)


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
        self.role = enum_combo(list(ProcessorRole), role_label, record.role)
        self.ccpa_role = enum_combo([None, *CcpaRole], ccpa_role_label, record.ccpa_role)
        self.address = LinesEdit(record.address)
        self.country = CountryCombo(record.country_code)
        self.contact = QLineEdit(record.contact)
        self.dpo_contact = QLineEdit(record.dpo_contact)
        self.service = LinesEdit([record.service] if record.service else [], rows=2)
        self.purposes = LinesEdit(record.purposes)
        self.categories = CheckList(category_choices(), record.data_categories, columns=2)
        self.people = LinesEdit(record.people_categories, rows=2)
        self.countries = CountriesEdit(record.countries)
        self.retention = QLineEdit(record.retention)
        self.security = LinesEdit(
            [record.security_measures] if record.security_measures else [], rows=2
        )
        self.parent_combo = narrow_combo(QComboBox())
        self.parent_combo.addItem(self.tr("None (works for us directly)"), None)
        for other in register.list_processors():
            if other.id != record.id:
                self.parent_combo.addItem(other.legal_name, other.id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(record.parent_id), 0))
        self.status = enum_combo(list(ProcessorStatus), status_label, record.status)
        self.ended_on = OptionalDate(record.ended_on)
        self.returned_on = OptionalDate(record.data_returned_or_deleted_on)
        self.next_review = OptionalDate(record.next_review)
        self.dpa_signed = OptionalDate(record.dpa_signed_on)
        self.dpa_expires = OptionalDate(record.dpa_expires_on)
        self.terms = CheckList([(t.key, t.text(lang)) for t in ART28_TERMS], record.art28_terms)
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
        self.terms.changed.connect(self._show_missing_terms)
        self.dpa_signed.enabled.toggled.connect(self._show_missing_terms)
        self.attention.linkActivated.connect(lambda _: self.scroll.ensureWidgetVisible(self.terms))
        self._role_changed()

    def show_checks(self, items: Sequence[HealthItem]) -> None:
        # Missing art. 28(3) terms are said by the line kept up to date with the form.
        super().show_checks([i for i in items if i.code != "missing_art28_terms"])

    def _role_changed(self) -> None:
        # Art. 28 terms bind processors only; controllers and authorities sign no DPA.
        self.terms.setEnabled(needs_art28_terms(ProcessorRole(self.role.currentData())))
        self._show_missing_terms()

    def _show_missing_terms(self) -> None:
        """Above the form, always in sight: the art. 28(3) terms the agreement still lacks."""
        missing = missing_art28_terms(self.terms.checked_keys())
        needed = needs_art28_terms(ProcessorRole(self.role.currentData()))
        if not needed or not missing:
            self.attention.setVisible(False)
            return
        names = ", ".join(art28_label(key, ui_language()) for key in missing)
        text = self.tr(
            "%n art. 28(3) term(s) missing from the agreement: {terms}.", "", len(missing)
        )
        link = self.tr("Show the terms")
        self.attention.setText(
            f'<span style="color:#b00020">⚠ {html.escape(text.format(terms=names))}</span>'
            f' <a href="#terms">{html.escape(link)}</a>'
        )
        self.attention.setVisible(True)

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
        r.countries = self.countries.codes()
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
