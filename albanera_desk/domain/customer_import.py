"""What a customer file's columns mean, and what an import reports (pure rules).

The reader (``services.importing``) and the writer (``services.import_writer``) both use
these; neither imports the other's module for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from albanera_desk.domain.people_rules import fold

# Target field -> the header names that mean it, folded to letters and digits.
KNOWN_COLUMNS: dict[str, tuple[str, ...]] = {
    "customer_id": ("customerid", "idclient", "numeroclient", "clientid", "customernumber"),
    "first_name": ("firstname", "prenom", "givenname"),
    "last_name": ("lastname", "nom", "surname", "familyname", "nomdefamille"),
    "email": ("email", "emailaddress", "mail", "courriel", "adresseemail", "adressemail"),
    "accepts_email": (
        "acceptsemailmarketing",
        "acceptsmarketing",
        "emailmarketingconsent",
        "optinemail",
        "newsletter",
    ),
    "company": ("defaultaddresscompany", "company", "societe", "entreprise"),
    "address1": ("defaultaddressaddress1", "address1", "adresse", "adresse1", "address"),
    "address2": ("defaultaddressaddress2", "address2", "adresse2", "complementdadresse"),
    "city": ("defaultaddresscity", "city", "ville"),
    "province": ("defaultaddressprovincecode", "provincecode", "province", "region", "state"),
    "country_code": ("defaultaddresscountrycode", "countrycode", "country", "pays", "codepays"),
    "postcode": ("defaultaddresszip", "zip", "postcode", "postalcode", "codepostal", "cp"),
    "address_phone": ("defaultaddressphone",),
    "phone": ("phone", "telephone", "tel", "mobile", "portable"),
    "accepts_sms": ("acceptssmsmarketing", "smsmarketingconsent", "optinsms"),
    "total_spent": ("totalspent", "montanttotal", "totaldepense"),
    "total_orders": ("totalorders", "nombredecommandes", "commandes"),
    "note": ("note", "notes", "remarque", "remarques"),
    "tags": ("tags", "etiquettes"),
    "birth_date": ("birthdate", "dateofbirth", "datedenaissance", "birthday"),
    "age_band": ("ageband", "trancheage", "tranchedage"),
}
# Columns the platform protects from spreadsheets with a leading apostrophe ('0612..., '75001).
APOSTROPHE_FIELDS = frozenset({"customer_id", "phone", "address_phone", "postcode"})
SHOP_MARKERS = ("customerid", "acceptsemailmarketing", "defaultaddresszip", "totalspent")


def header_key(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isalnum())


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    rejected: tuple[tuple[int, str], ...]  # (line number, reason)
    # Rows saying "accepts marketing" for someone who opted out through the office: the
    # opt-out stands (only the person can undo it), and they are counted here.
    opt_outs_kept: int = 0

    def summary(self) -> str:
        text = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.rejected)} rejected"
        )
        if self.opt_outs_kept:
            text += f", {self.opt_outs_kept} opt-outs kept"
        return text
