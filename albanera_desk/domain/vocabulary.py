"""The records' words in French and English, for the exports (any language, no Qt) and the
window (its own language): one table each, so a category is called the same everywhere.

Letters keep their own wording in resources/letters (the office edits it, and a letter
says "your purchases" where a register says "purchases").
"""

from __future__ import annotations

from dataclasses import dataclass

from albanera_desk.domain.records import (
    CcpaRole,
    DataCategory,
    LegalGround,
    ProcessorRole,
    ProcessorStatus,
)


@dataclass(frozen=True, slots=True)
class Words:
    en: str
    fr: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


CATEGORIES: dict[DataCategory, Words] = {
    DataCategory.CONTACT: Words("contact details", "coordonnées"),
    DataCategory.PAYMENT: Words("payment", "paiement"),
    DataCategory.POSTED_CONTENT: Words(
        "posted content (reviews, messages)", "contenus publiés (avis, messages)"
    ),
    DataCategory.SOCIAL_MEDIA: Words("social media", "réseaux sociaux"),
    DataCategory.DEMOGRAPHIC: Words("demographic", "données démographiques"),
    DataCategory.PURCHASES: Words("purchases", "achats"),
    DataCategory.DEVICES: Words("devices", "appareils"),
    DataCategory.LOCATION: Words("location", "localisation"),
    DataCategory.BROWSING: Words("browsing and tracking", "navigation et traceurs"),
}

ROLES: dict[ProcessorRole, Words] = {
    ProcessorRole.PROCESSOR: Words("processor", "sous-traitant"),
    ProcessorRole.SUB_PROCESSOR: Words("sub-processor", "sous-traitant ultérieur"),
    ProcessorRole.JOINT_CONTROLLER: Words("joint controller", "responsable conjoint"),
    ProcessorRole.INDEPENDENT_CONTROLLER: Words("independent controller", "responsable distinct"),
    ProcessorRole.PUBLIC_AUTHORITY: Words("public authority", "autorité publique"),
}

CCPA_ROLES: dict[CcpaRole, Words] = {
    CcpaRole.SERVICE_PROVIDER: Words(
        "service provider", "prestataire de services (service provider)"
    ),
    CcpaRole.CONTRACTOR: Words("contractor", "contractant (contractor)"),
    CcpaRole.THIRD_PARTY: Words("third party", "tiers (third party)"),
}

STATUSES: dict[ProcessorStatus, Words] = {
    ProcessorStatus.ACTIVE: Words("active", "actif"),
    ProcessorStatus.ENDED: Words("ended", "terminé"),
}

GROUNDS: dict[LegalGround, Words] = {
    LegalGround.WITHIN_EEA: Words("within the EU/EEA", "au sein de l’UE/EEE"),
    LegalGround.ADEQUACY: Words("adequacy decision (art. 45)", "décision d’adéquation (art. 45)"),
    LegalGround.SCC: Words(
        "standard contractual clauses (art. 46)", "clauses contractuelles types (art. 46)"
    ),
    LegalGround.BCR: Words(
        "binding corporate rules (art. 47)", "règles d’entreprise contraignantes (art. 47)"
    ),
    LegalGround.CODE_OR_CERTIFICATION: Words(
        "code of conduct or certification", "code de conduite ou certification"
    ),
    LegalGround.DEROGATION: Words("derogation (art. 49)", "dérogation (art. 49)"),
}


def category_words(value: str, language: str) -> str:
    """A category's name; a word typed by hand (not one of the policy's) as it is."""
    try:
        return CATEGORIES[DataCategory(value)].text(language)
    except ValueError:
        return value
