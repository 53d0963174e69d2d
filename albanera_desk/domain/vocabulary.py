"""The records' words in French and English, for the exports (any language, no Qt) and the
window (its own language): one table each, so a category is called the same everywhere.

Letters keep their own wording in resources/letters (the office edits it, and a letter
says "your purchases" where a register says "purchases").
"""

from __future__ import annotations

from albanera_desk.domain.bilingual import Bilingual
from albanera_desk.domain.records import (
    CcpaRole,
    DataCategory,
    LegalGround,
    ProcessorRole,
    ProcessorStatus,
)

CATEGORIES: dict[DataCategory, Bilingual] = {
    DataCategory.CONTACT: Bilingual("coordonnées", "contact details"),
    DataCategory.PAYMENT: Bilingual("paiement", "payment"),
    DataCategory.POSTED_CONTENT: Bilingual(
        "contenus publiés (avis, messages)", "posted content (reviews, messages)"
    ),
    DataCategory.SOCIAL_MEDIA: Bilingual("réseaux sociaux", "social media"),
    DataCategory.DEMOGRAPHIC: Bilingual("données démographiques", "demographic"),
    DataCategory.PURCHASES: Bilingual("achats", "purchases"),
    DataCategory.DEVICES: Bilingual("appareils", "devices"),
    DataCategory.LOCATION: Bilingual("localisation", "location"),
    DataCategory.BROWSING: Bilingual("navigation et traceurs", "browsing and tracking"),
}

ROLES: dict[ProcessorRole, Bilingual] = {
    ProcessorRole.PROCESSOR: Bilingual("sous-traitant", "processor"),
    ProcessorRole.SUB_PROCESSOR: Bilingual("sous-traitant ultérieur", "sub-processor"),
    ProcessorRole.JOINT_CONTROLLER: Bilingual("responsable conjoint", "joint controller"),
    ProcessorRole.INDEPENDENT_CONTROLLER: Bilingual(
        "responsable distinct", "independent controller"
    ),
    ProcessorRole.PUBLIC_AUTHORITY: Bilingual("autorité publique", "public authority"),
}

CCPA_ROLES: dict[CcpaRole, Bilingual] = {
    CcpaRole.SERVICE_PROVIDER: Bilingual(
        "prestataire de services (service provider)", "service provider"
    ),
    CcpaRole.CONTRACTOR: Bilingual("contractant (contractor)", "contractor"),
    CcpaRole.THIRD_PARTY: Bilingual("tiers (third party)", "third party"),
}

STATUSES: dict[ProcessorStatus, Bilingual] = {
    ProcessorStatus.ACTIVE: Bilingual("actif", "active"),
    ProcessorStatus.ENDED: Bilingual("terminé", "ended"),
}

GROUNDS: dict[LegalGround, Bilingual] = {
    LegalGround.WITHIN_EEA: Bilingual("au sein de l’UE/EEE", "within the EU/EEA"),
    LegalGround.ADEQUACY: Bilingual(
        "décision d’adéquation (art. 45)", "adequacy decision (art. 45)"
    ),
    LegalGround.SCC: Bilingual(
        "clauses contractuelles types (art. 46)", "standard contractual clauses (art. 46)"
    ),
    LegalGround.BCR: Bilingual(
        "règles d’entreprise contraignantes (art. 47)", "binding corporate rules (art. 47)"
    ),
    LegalGround.CODE_OR_CERTIFICATION: Bilingual(
        "code de conduite ou certification", "code of conduct or certification"
    ),
    LegalGround.DEROGATION: Bilingual("dérogation (art. 49)", "derogation (art. 49)"),
}


def category_words(value: str, language: str) -> str:
    """A category's name; a word typed by hand (not one of the policy's) as it is."""
    try:
        return CATEGORIES[DataCategory(value)].text(language)
    except ValueError:
        return value
