"""What the register exports print: columns and headers per register, titles, and the
controller block (art. 30(1)(a)) every format carries; shared by CSV, XLSX and PDF.

Cells a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab
or CR) get a leading apostrophe (``neutralise``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from albanera_desk.domain.organisation import OrganisationProfile

RegisterKind = Literal["processors", "activities", "transfers"]
ExportFormat = Literal["csv", "xlsx", "pdf"]
Progress = Callable[[int, int], None]
# The controller block: (label, value) lines, in the export's language.
Block = Sequence[tuple[str, str]]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    en: str
    fr: str
    pdf: float = 0.0  # share of the PDF table's width; 0: not in the PDF

    def header(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


COLUMNS: dict[RegisterKind, tuple[Column, ...]] = {
    "processors": (
        Column("id", "No.", "N°", 3),
        Column("legal_name", "Legal name", "Raison sociale", 12),
        Column("role", "Role", "Rôle", 8),
        Column("ccpa_role", "CCPA role", "Rôle CCPA"),
        Column("country", "Country", "Pays", 7),
        Column("address", "Address", "Adresse"),
        Column("contact", "Contact", "Contact"),
        Column("dpo_contact", "DPO contact", "Contact DPO"),
        Column("service", "Service", "Prestation", 12),
        Column("purposes", "Purposes", "Finalités", 12),
        Column("data_categories", "Data categories", "Catégories de données", 10),
        Column("people_categories", "People categories", "Catégories de personnes"),
        Column("countries", "Where processed", "Lieux de traitement", 8),
        Column("retention", "Retention", "Durée de conservation"),
        Column("security_measures", "Security measures", "Mesures de sécurité"),
        Column("parent", "Sub-processor of", "Sous-traitant de"),
        Column("dpa_signed_on", "Agreement signed", "Contrat signé le", 7),
        Column("dpa_expires_on", "Agreement expires", "Contrat expire le"),
        Column("art28_terms", "Art. 28(3) terms", "Clauses art. 28.3", 11),
        Column("status", "Status", "Statut", 5),
        Column("ended_on", "Ended on", "Terminé le"),
        Column("data_returned_or_deleted_on", "Data returned/deleted", "Données rendues/effacées"),
        Column("next_review", "Next review", "Prochaine revue", 7),
        Column("to_complete", "To complete", "À compléter"),
        Column("created_on", "Created", "Créée le"),
        Column("updated_on", "Last updated", "Mise à jour le"),
    ),
    # The CNIL's register template (« registre des activités de traitement »).
    "activities": (
        Column("id", "Ref.", "N° réf.", 3),
        Column("name", "Processing activity", "Activité de traitement", 13),
        Column("joint_controller", "Joint controller", "Responsable conjoint", 6),
        Column("purposes", "Purposes", "Finalités", 13),
        Column("legal_basis", "Legal basis", "Base légale", 9),
        Column("people_categories", "Categories of people", "Catégories de personnes", 9),
        Column("data_categories", "Categories of data", "Catégories de données", 10),
        Column("sensitive_data", "Sensitive data (art. 9-10)", "Données sensibles (art. 9-10)", 5),
        Column("recipients", "Recipients", "Destinataires", 11),
        Column("internal_recipients", "Internal recipients", "Destinataires internes", 8),
        Column("transfers", "Transfers outside the EU", "Transferts hors UE", 9),
        Column("retention", "Retention periods", "Durées de conservation", 9),
        Column("security_measures", "Security measures", "Mesures de sécurité", 10),
        Column("to_complete", "To complete", "À compléter"),
        Column("created_on", "Created", "Créée le", 5),
        Column("updated_on", "Last updated", "Mise à jour le", 5),
    ),
    "transfers": (
        Column("id", "No.", "N°", 3),
        Column("exporter", "Exporter", "Exportateur", 8),
        Column("importer", "Importer", "Importateur", 10),
        Column("destination", "Destination", "Pays de destination", 8),
        Column("zone", "Zone", "Zone", 7),
        Column("data_categories", "Data categories", "Catégories de données", 9),
        Column("purpose", "Purpose", "Finalité", 10),
        Column("legal_ground", "Legal ground", "Fondement", 9),
        Column("ground_details", "Ground details", "Précisions", 13),
        Column("tia", "Transfer impact assessment", "Analyse d'impact du transfert", 10),
        Column("measures", "Supplementary measures", "Mesures supplémentaires", 9),
        Column("onward_transfers", "Onward transfers", "Transferts ultérieurs"),
        Column("next_review", "Next review", "Prochaine revue", 6),
        Column("period", "Period", "Période"),
        Column("to_complete", "To complete", "À compléter"),
        Column("created_on", "Created", "Créé le"),
        Column("updated_on", "Last updated", "Mis à jour le"),
    ),
}

TITLES: dict[RegisterKind, tuple[str, str]] = {
    "processors": (
        "Register of processors and third parties",
        "Registre des sous-traitants et tiers",
    ),
    "activities": (
        "Record of processing activities (GDPR art. 30)",
        "Registre des activités de traitement (RGPD art. 30)",
    ),
    "transfers": (
        "Transfers of personal data outside France",
        "Transferts de données personnelles hors de France",
    ),
}
SHEET_NAMES: dict[RegisterKind, tuple[str, str]] = {
    "processors": ("Processors", "Sous-traitants"),
    "activities": ("Processing activities", "Activités de traitement"),
    "transfers": ("Transfers", "Transferts"),
}


def title(kind: RegisterKind, language: str) -> str:
    en, fr = TITLES[kind]
    return fr if language == "fr" else en


def neutralise(value: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cells(row: Mapping[str, str], columns: Sequence[Column]) -> list[str]:
    return [neutralise(str(row.get(c.key, "") or "")) for c in columns]


def tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 200 == 0 or done == total):
        progress(done, total)


def controller_block(
    organisation: OrganisationProfile, language: str, *, representative: str = ""
) -> list[tuple[str, str]]:
    """Art. 30(1)(a): the controller, its address and contact, the DPO and, when given, the
    representative (art. 27), as (label, value) lines in ``language``."""
    fr = language == "fr"
    o = organisation
    name = " ".join(x for x in (o.controller_name, o.legal_form) if x)
    legal = ", ".join(x for x in (o.rcs, f"SIREN {o.siren}" if o.siren else "") if x)
    place = " ".join(x for x in (o.postcode, o.city) if x)
    address = ", ".join(x for x in (*o.address_lines, place, o.region, o.country_code) if x)
    contact = " — ".join(x for x in (o.contact_role, o.contact_email, o.phone) if x)
    unknown = "non renseigné" if fr else "not recorded"
    lines = [
        (
            "Responsable du traitement" if fr else "Controller",
            name + (f" ({legal})" if legal else ""),
        ),
        ("Adresse du responsable" if fr else "Controller's address", address),
        ("Contact du responsable" if fr else "Controller's contact", contact),
        (
            "Délégué à la protection des données" if fr else "Data protection officer",
            o.dpo_contact or unknown,
        ),
    ]
    if representative:
        lines.append(
            (
                "Représentant (art. 27 RGPD)" if fr else "Representative (GDPR art. 27)",
                representative,
            )
        )
    return lines
