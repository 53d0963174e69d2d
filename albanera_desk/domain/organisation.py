"""The organisation profile: who the controller is and where letters are received."""

from __future__ import annotations

from dataclasses import dataclass, field

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP


@dataclass(slots=True)
class OrganisationProfile:
    controller_name: str = ""
    contact_role: str = ""
    address_lines: list[str] = field(default_factory=list)
    postcode: str = ""
    city: str = ""
    region: str = ""
    country_code: str = "FR"
    contact_email: str = ""
    phone: str = ""
    dpo_contact: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    ccpa_applies: bool = False
    default_language: str = "fr"
    signatory_title_fr: str = ""  # the title in French letters (signatory_title: English)
    legal_form: str = ""  # "SAS", "SARL", ...
    share_capital: str = ""  # as printed: "10 000 €"
    registered_office: list[str] = field(default_factory=list)  # when not the address above
    rcs: str = ""  # "RCS Paris 123 456 789"
    siren: str = ""

    def missing_fields(self) -> list[str]:
        """Fields a letter cannot do without."""
        needed = {
            "controller_name": self.controller_name,
            "address_lines": " ".join(self.address_lines),
            "city": self.city,
            "country_code": self.country_code,
            "signatory_name": self.signatory_name,
        }
        return [name for name, value in needed.items() if not value.strip()]


def siren_problem(siren: str) -> str | None:
    """Why ``siren`` is not a SIREN (9 digits passing the Luhn check), or None if it is one."""
    digits = siren.replace(" ", "").replace("\u00a0", "")
    if not digits:
        return None
    if len(digits) != 9 or not digits.isdigit():
        return QT_TRANSLATE_NOOP("Core", "A SIREN number has nine digits.")
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    if total % 10:
        return QT_TRANSLATE_NOOP("Core", "This SIREN number is not valid: check its digits.")
    return None


def profile_from_privacy_policy() -> OrganisationProfile:
    """What the published privacy policy says, as a starting point to check.

    The policy's postal address names another company (Jacques Marie Mage) in
    Los Angeles: it is kept as written, and the first-start dialog asks the user
    to confirm it, because letters are answered from wherever it really is.
    """
    return OrganisationProfile(
        controller_name="Alba Nera",
        contact_role="Ecommerce Coordinator",
        address_lines=["Jacques Marie Mage, Ecommerce Coordinator", "670 S. La Fayette Park Place"],
        postcode="90057",
        city="Los Angeles",
        region="CA",
        country_code="US",
        signatory_title="Ecommerce Coordinator",
        signatory_title_fr="Coordinateur e-commerce",
        ccpa_applies=False,
        default_language="fr",
    )
