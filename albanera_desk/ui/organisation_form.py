"""The organisation profile form, used at first start and from File > Organisation profile."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.ui.country_fields import CountryCombo
from albanera_desk.ui.form_guard import GuardedDialog
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.screen_fit import fit_to_screen


class OrganisationForm(QWidget):
    """Edits an ``OrganisationProfile``; no store access of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller_name = QLineEdit()
        self.contact_role = QLineEdit()
        self.address_lines = QPlainTextEdit()
        self.address_lines.setTabChangesFocus(True)
        self.address_lines.setFixedHeight(64)
        self.postcode = QLineEdit()
        self.city = QLineEdit()
        self.region = QLineEdit()
        self.country_code = CountryCombo("FR")
        self.contact_email = QLineEdit()
        self.phone = QLineEdit()
        self.dpo_contact = QLineEdit()
        self.signatory_name = QLineEdit()
        self.signatory_title = QLineEdit()
        self.signatory_title_fr = QLineEdit()
        self.legal_form = QLineEdit()
        self.legal_form.setPlaceholderText(self.tr("SAS, SARL, SA…"))
        self.share_capital = QLineEdit()
        self.registered_office = QLineEdit()
        self.registered_office.setPlaceholderText(self.tr("when not the postal address above"))
        self.rcs = QLineEdit()
        self.rcs.setPlaceholderText(self.tr("RCS Paris 123 456 789"))
        self.siren = QLineEdit()
        self.ccpa_applies = QCheckBox(
            self.tr("Subject to the CCPA (requests from California residents)")
        )
        self.default_language = QComboBox()
        self.default_language.addItem(self.tr("French"), "fr")
        self.default_language.addItem(self.tr("English"), "en")

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Controller (organisation) name"), self.controller_name)
        form.addRow(self.tr("Contact (role)"), self.contact_role)
        form.addRow(self.tr("Postal address (one line each)"), self.address_lines)
        form.addRow(self.tr("Postcode"), self.postcode)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Region or state"), self.region)
        form.addRow(self.tr("Country"), self.country_code)
        form.addRow(self.tr("Contact email"), self.contact_email)
        form.addRow(self.tr("Telephone"), self.phone)
        form.addRow(self.tr("Data protection officer"), self.dpo_contact)
        form.addRow(self.tr("Letters signed by"), self.signatory_name)
        form.addRow(self.tr("Signatory's title"), self.signatory_title)
        form.addRow(self.tr("Signatory's title in French"), self.signatory_title_fr)
        form.addRow(self.tr("Legal form"), self.legal_form)
        form.addRow(self.tr("Share capital"), self.share_capital)
        form.addRow(self.tr("Registered office"), self.registered_office)
        form.addRow(self.tr("RCS registration"), self.rcs)
        form.addRow(self.tr("SIREN"), self.siren)
        form.addRow(self.tr("Default letter language"), self.default_language)
        form.addRow("", self.ccpa_applies)

    def set_profile(self, profile: OrganisationProfile) -> None:
        self.controller_name.setText(profile.controller_name)
        self.contact_role.setText(profile.contact_role)
        self.address_lines.setPlainText("\n".join(profile.address_lines))
        self.postcode.setText(profile.postcode)
        self.city.setText(profile.city)
        self.region.setText(profile.region)
        self.country_code.set_code(profile.country_code or "FR")
        self.contact_email.setText(profile.contact_email)
        self.phone.setText(profile.phone)
        self.dpo_contact.setText(profile.dpo_contact)
        self.signatory_name.setText(profile.signatory_name)
        self.signatory_title.setText(profile.signatory_title)
        self.signatory_title_fr.setText(profile.signatory_title_fr)
        self.legal_form.setText(profile.legal_form)
        self.share_capital.setText(profile.share_capital)
        self.registered_office.setText(", ".join(profile.registered_office))
        self.rcs.setText(profile.rcs)
        self.siren.setText(profile.siren)
        self.ccpa_applies.setChecked(profile.ccpa_applies)
        index = self.default_language.findData(profile.default_language)
        self.default_language.setCurrentIndex(max(index, 0))

    def profile(self) -> OrganisationProfile:
        return OrganisationProfile(
            controller_name=self.controller_name.text().strip(),
            contact_role=self.contact_role.text().strip(),
            address_lines=[
                line.strip()
                for line in self.address_lines.toPlainText().splitlines()
                if line.strip()
            ],
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            country_code=self.country_code.code() or "FR",
            contact_email=self.contact_email.text().strip(),
            phone=self.phone.text().strip(),
            dpo_contact=self.dpo_contact.text().strip(),
            signatory_name=self.signatory_name.text().strip(),
            signatory_title=self.signatory_title.text().strip(),
            signatory_title_fr=self.signatory_title_fr.text().strip(),
            legal_form=self.legal_form.text().strip(),
            share_capital=self.share_capital.text().strip(),
            registered_office=[
                part.strip() for part in self.registered_office.text().split(",") if part.strip()
            ],
            rcs=self.rcs.text().strip(),
            siren=self.siren.text().strip(),
            ccpa_applies=self.ccpa_applies.isChecked(),
            default_language=str(self.default_language.currentData()),
        )

    def missing_text(self) -> str:
        """A sentence naming what a letter still lacks, or an empty string."""
        labels = {
            "controller_name": self.tr("the controller's name"),
            "address_lines": self.tr("the postal address"),
            "city": self.tr("the city"),
            "country_code": self.tr("the country"),
            "signatory_name": self.tr("who signs the letters"),
        }
        missing = [labels[name] for name in self.profile().missing_fields()]
        if not missing:
            return ""
        return self.tr("Letters will need: {fields}.").format(fields=", ".join(missing))


class OrganisationDialog(GuardedDialog):
    """Edit the saved profile; saving goes through the service (and the audit trail)."""

    def __init__(self, service: OrganisationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation profile"))
        self._service = service
        self.form = OrganisationForm()
        self.form.set_profile(service.get() or OrganisationProfile())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, self.form.sizeHint().height() + 120))
        self.remember_state()

    def _save(self) -> None:
        try:
            self._service.save(self.form.profile())
        except StoreError as exc:
            self.status.setText(store_error_text(exc))
            return
        self.accept()
