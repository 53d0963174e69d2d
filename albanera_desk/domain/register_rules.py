"""The rules of the register, as data: art. 28(3) terms, SCC modules, zones, art. 49 derogations.

Pure: no I/O, nothing of the project but the domain's own vocabulary.

- ``ART28_TERMS``: the terms a processor contract must hold (GDPR art. 28(3)), by key,
  with French and English labels; ``needs_art28_terms(role)`` says who must have them.
- ``scc_module(exporter, importer)``: the module of the 2021/914 standard contractual
  clauses from the two parties' roles (C2C=1, C2P=2, P2P=3, P2C=4).
- ``EU_COUNTRIES`` / ``EEA_COUNTRIES`` (ISO 3166 alpha-2) and ``zone_of(country, catalogue)``.
- ``DEROGATIONS``: the art. 49(1) derogations, by key (``a``..``g``, ``compelling``).
- ``LEGAL_BASES``: the art. 6(1) legal bases of a processing activity, by key.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.records import ProcessorRole


@dataclass(frozen=True, slots=True)
class Label:
    key: str
    en: str
    fr: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


# GDPR art. 28(3), in the order: (a) to (h).
ART28_TERMS: tuple[Label, ...] = (
    Label("instructions", "Documented instructions", "Instructions documentées"),
    Label("confidentiality", "Confidentiality", "Confidentialité"),
    Label("security", "Security", "Sécurité"),
    Label(
        "sub_processors",
        "Sub-processor conditions",
        "Conditions de recours à un sous-traitant ultérieur",
    ),
    Label(
        "data_subject_rights",
        "Help with data-subject rights",
        "Aide à l'exercice des droits des personnes",
    ),
    Label(
        "assistance",
        "Help with security, breach and impact assessments",
        "Aide pour la sécurité, les violations et les analyses d'impact",
    ),
    Label("end_of_contract", "Deletion or return at the end", "Suppression ou restitution en fin"),
    Label("audits", "Audits and information", "Audits et information"),
)
ART28_KEYS: tuple[str, ...] = tuple(term.key for term in ART28_TERMS)

_NEEDS_ART28 = frozenset({ProcessorRole.PROCESSOR, ProcessorRole.SUB_PROCESSOR})


def needs_art28_terms(role: ProcessorRole) -> bool:
    """Only a processor or a sub-processor signs art. 28 terms (not controllers, authorities)."""
    return role in _NEEDS_ART28


def missing_art28_terms(present: list[str] | tuple[str, ...]) -> list[str]:
    """The art. 28(3) keys not in ``present``, in the article's order."""
    have = set(present)
    return [key for key in ART28_KEYS if key not in have]


def art28_label(key: str, language: str) -> str:
    for term in ART28_TERMS:
        if term.key == key:
            return term.text(language)
    return key


class Party(StrEnum):
    """A party's role for the standard contractual clauses."""

    CONTROLLER = "controller"
    PROCESSOR = "processor"


def party_of(role: ProcessorRole) -> Party:
    """The SCC party a register entry's role makes it."""
    return Party.PROCESSOR if role in _NEEDS_ART28 else Party.CONTROLLER


_SCC_MODULES = {
    (Party.CONTROLLER, Party.CONTROLLER): 1,
    (Party.CONTROLLER, Party.PROCESSOR): 2,
    (Party.PROCESSOR, Party.PROCESSOR): 3,
    (Party.PROCESSOR, Party.CONTROLLER): 4,
}


def scc_module(exporter: Party, importer: Party) -> int:
    """Module of Commission Implementing Decision (EU) 2021/914: C2C=1, C2P=2, P2P=3, P2C=4."""
    return _SCC_MODULES[(exporter, importer)]


SCC_MODULE_LABELS: dict[int, Label] = {
    1: Label("1", "Module 1: controller to controller", "Module 1 : responsable à responsable"),
    2: Label("2", "Module 2: controller to processor", "Module 2 : responsable à sous-traitant"),
    3: Label("3", "Module 3: processor to processor", "Module 3 : sous-traitant à sous-traitant"),
    4: Label("4", "Module 4: processor to controller", "Module 4 : sous-traitant à responsable"),
}

_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
EU_COUNTRIES: frozenset[str] = frozenset(_EU.split())
EEA_COUNTRIES: frozenset[str] = EU_COUNTRIES | {"IS", "LI", "NO"}


class Zone(StrEnum):
    """Where data lives, from the office's point of view (the data map's four cells)."""

    FRANCE = "france"
    EEA = "eea"  # elsewhere in the EU/EEA
    ADEQUATE = "adequate"  # a country with an adequacy decision that covers the flow
    THIRD_COUNTRY = "third_country"


ZONE_LABELS: dict[Zone, Label] = {
    Zone.FRANCE: Label("france", "France", "France"),
    Zone.EEA: Label("eea", "Elsewhere in the EU/EEA", "Ailleurs dans l'UE/EEE"),
    Zone.ADEQUATE: Label("adequate", "Adequate countries", "Pays adéquats"),
    Zone.THIRD_COUNTRY: Label("third_country", "Other third countries", "Autres pays tiers"),
}


def in_eea(country_code: str) -> bool:
    return country_code.upper() in EEA_COUNTRIES


def zone_of(
    country_code: str,
    catalogue: AdequacyCatalogue,
    *,
    dpf_certified: bool | None = None,
    commercial: bool = True,
) -> Zone:
    """The zone of ``country_code``; a conditional decision counts only when its condition holds.

    The United States count as adequate only for a DPF-certified organisation
    (``dpf_certified=True``); Canada only for a commercial organisation.
    """
    code = country_code.upper()
    if code == "FR":
        return Zone.FRANCE
    if code in EEA_COUNTRIES:
        return Zone.EEA
    if catalogue.covers(code, dpf_certified=dpf_certified, commercial=commercial):
        return Zone.ADEQUATE
    return Zone.THIRD_COUNTRY


# GDPR art. 49(1): points (a) to (g), then the second subparagraph.
DEROGATIONS: tuple[Label, ...] = (
    Label(
        "a", "(a) explicit consent after being informed of the risks", "(a) consentement explicite"
    ),
    Label(
        "b",
        "(b) performance of a contract with the person",
        "(b) exécution d'un contrat avec la personne",
    ),
    Label(
        "c",
        "(c) contract concluded in the person's interest",
        "(c) contrat conclu dans l'intérêt de la personne",
    ),
    Label(
        "d", "(d) important reasons of public interest", "(d) motifs importants d'intérêt public"
    ),
    Label("e", "(e) legal claims", "(e) constatation, exercice ou défense de droits en justice"),
    Label("f", "(f) vital interests", "(f) sauvegarde des intérêts vitaux"),
    Label("g", "(g) public register", "(g) registre public"),
    Label(
        "compelling",
        "Art. 49(1) second subparagraph: compelling legitimate interests",
        "Art. 49(1) alinéa 2 : intérêts légitimes impérieux",
    ),
)
DEROGATION_KEYS: tuple[str, ...] = tuple(d.key for d in DEROGATIONS)

# GDPR art. 6(1): the legal basis of a processing activity.
LEGAL_BASES: tuple[Label, ...] = (
    Label("consent", "Consent (art. 6(1)(a))", "Consentement (art. 6.1.a)"),
    Label("contract", "Contract (art. 6(1)(b))", "Exécution d'un contrat (art. 6.1.b)"),
    Label("legal_obligation", "Legal obligation (art. 6(1)(c))", "Obligation légale (art. 6.1.c)"),
    Label("vital_interests", "Vital interests (art. 6(1)(d))", "Intérêts vitaux (art. 6.1.d)"),
    Label("public_task", "Public task (art. 6(1)(e))", "Mission d'intérêt public (art. 6.1.e)"),
    Label(
        "legitimate_interests",
        "Legitimate interests (art. 6(1)(f))",
        "Intérêt légitime (art. 6.1.f)",
    ),
)
LEGAL_BASIS_KEYS: tuple[str, ...] = tuple(b.key for b in LEGAL_BASES)


def label_of(labels: tuple[Label, ...], key: str, language: str) -> str:
    """The label of ``key`` in ``labels``, or the key itself when unknown (typed by hand)."""
    for label in labels:
        if label.key == key:
            return label.text(language)
    return key
