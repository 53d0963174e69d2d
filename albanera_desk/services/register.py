"""The processor register, the record of processing (art. 30) and the transfer records.

Public API (the window and the CLI use only this; it stays stable):

``RegisterService(store, actor)``
  processors
    - ``list_processors() -> list[ProcessorRecord]`` (by name)
    - ``get_processor(id) -> ProcessorRecord`` (raises ``RecordNotFound``)
    - ``save_processor(record) -> int``: creates when ``record.id is None``, else updates;
      returns the id. Raises ``RegisterInvalid`` (a ``ValueError``, one sentence) and
      saves nothing when a required field is missing.
    - ``end_processor(id, ended_on, data_returned_or_deleted_on=None)``
    - ``attach_agreement(id, filename, content)``: the signed DPA (PDF/JPEG/PNG) kept
      inside the store.
  record of processing
    - ``list_activities() / get_activity(id) / save_activity(record)`` (``ActivityRecord``)
  transfers
    - ``list_transfers() / get_transfer(id) / save_transfer(record)`` (``TransferRecord``)
    - ``attach_scc(id, filename, content)``, ``attach_tia(id, filename, content)``
    - ``suggested_scc_module(importer_id) -> int``: from the importer's role (exporter:
      the office, a controller)
  documents: ``document(attachment_id) -> StoredDocument | None``
  deleting: ``delete(record_type, id)`` ("processor" | "activity" | "transfer"; links cleared)
  starters: ``add_policy_starters() -> int`` and ``add_policy_activities() -> int``:
    the entries the privacy policy implies, flagged ``to_complete``, worded in the
    organisation profile's ``default_language`` ("fr" or "en"; French without a profile);
    idempotent (they return how many were added, 0 the second time).
  views: ``data_map() -> DataMap`` (four zones, counts and record links),
    ``export_rows(kind, language) -> list[dict[str, str]]`` (what the exports print),
    ``export(kind, fmt, path, ...)`` (renders, writes atomically, audits the export).

Module functions: ``load_adequacy_catalogue()`` (the office's copy in the data folder
first, else the shipped one; ``adequacy_override_path()`` says where), ``country_name(code,
language)``, ``adequacy_condition(code)`` ("dpf_certified" for the US: ask the question).
Health checks: ``services.register_health.check_register(store, today)``.

Every write is one ``store.writer`` transaction with its audit event (field names only).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # ReportLab and openpyxl load only when an export is made, not at every start.
    from albanera_desk.documents.register_export import ExportFormat, RegisterKind

from albanera_desk.domain.adequacy import AdequacyCatalogue, parse_catalogue
from albanera_desk.domain.attachments import MAX_SCAN_BYTES, sniff_media_type
from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.domain.records import (
    AuditAction,
    CcpaRole,
    DataCategory,
    LegalGround,
    ProcessorRole,
    ProcessorStatus,
)
from albanera_desk.domain.register_rules import (
    ART28_KEYS,
    DEROGATION_KEYS,
    DEROGATIONS,
    LEGAL_BASES,
    LEGAL_BASIS_KEYS,
    SCC_MODULE_LABELS,
    ZONE_LABELS,
    Party,
    Zone,
    art28_label,
    label_of,
    missing_art28_terms,
    needs_art28_terms,
    party_of,
    scc_module,
    zone_of,
)
from albanera_desk.domain.text_input import TextRejected, clean_text
from albanera_desk.domain.vocabulary import (
    CCPA_ROLES,
    GROUNDS,
    ROLES,
    STATUSES,
    category_words,
)
from albanera_desk.services import audit
from albanera_desk.services.addresses import country_name
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.settings import RESOURCES_DIR, app_paths
from albanera_desk.store.errors import StoreError
from albanera_desk.store.models import Attachment, ProcessingActivity, Processor, Transfer
from albanera_desk.store.store import Store

RecordType = Literal["processor", "activity", "transfer"]
SHIPPED_CATALOGUE = RESOURCES_DIR / "adequacy" / "decisions.json"


class RegisterInvalid(StoreError, ValueError):
    """A record cannot be saved as it is; ``str()`` is one sentence. Nothing was saved."""


class RecordNotFound(StoreError, LookupError):
    """No such processor, activity or transfer (it may have been deleted meanwhile)."""


@dataclass(slots=True)
class ProcessorRecord:
    """One register entry: what ``get_processor`` returns and ``save_processor`` takes.

    Required: ``legal_name``, a two-letter ``country_code``; an ended entry needs ``ended_on``.
    ``art28_terms`` holds keys of ``register_rules.ART28_KEYS``; ``data_categories`` values
    of ``DataCategory`` (other words are kept as typed). ``dpa_document_id`` and
    ``starter_key`` are read-only here (``attach_agreement``, the starters set them).
    """

    legal_name: str = ""
    role: ProcessorRole = ProcessorRole.PROCESSOR
    id: int | None = None
    address: list[str] = field(default_factory=list)
    country_code: str = "FR"
    contact: str = ""
    dpo_contact: str = ""
    ccpa_role: CcpaRole | None = None
    service: str = ""
    purposes: list[str] = field(default_factory=list)
    data_categories: list[str] = field(default_factory=list)
    people_categories: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # where the data is processed
    retention: str = ""
    security_measures: str = ""
    parent_id: int | None = None  # set on a sub-processor: the entry it works for
    status: ProcessorStatus = ProcessorStatus.ACTIVE
    ended_on: date | None = None
    data_returned_or_deleted_on: date | None = None
    next_review: date | None = None
    to_complete: bool = False
    dpa_signed_on: date | None = None
    dpa_expires_on: date | None = None
    art28_terms: list[str] = field(default_factory=list)
    dpa_document_id: int | None = None
    starter_key: str = ""

    @property
    def missing_art28_terms(self) -> list[str]:
        return missing_art28_terms(self.art28_terms)

    @property
    def processing_countries(self) -> list[str]:
        """Where the data is processed: ``countries``, else the entry's own country."""
        return list(self.countries) or [self.country_code]


@dataclass(slots=True)
class ActivityRecord:
    """One line of the record of processing (art. 30(1)); the controller is the organisation.

    Required: ``name``, at least one purpose, ``legal_basis`` (a key of ``LEGAL_BASIS_KEYS``).
    ``recipient_ids`` link register entries, ``transfer_ids`` transfer records.
    """

    name: str = ""
    id: int | None = None
    purposes: list[str] = field(default_factory=list)
    legal_basis: str = ""
    data_categories: list[str] = field(default_factory=list)
    people_categories: list[str] = field(default_factory=list)
    recipient_ids: list[int] = field(default_factory=list)
    transfer_ids: list[int] = field(default_factory=list)
    retention: str = ""
    security_measures: str = ""
    joint_controller_id: int | None = None
    to_complete: bool = False
    starter_key: str = ""


@dataclass(slots=True)
class TransferRecord:
    """One flow of personal data out of France / the EU (GDPR chapter V).

    Required: ``exporter``, an importer (``importer_id`` or ``importer_name``), a two-letter
    ``destination_country`` and a ``legal_ground``. What the ground needs (``scc_module``
    "1".."4" for SCC; ``derogation``, a key of ``DEROGATION_KEYS``, and
    ``derogation_reason`` for art. 49; ``bcr_reference`` for BCR) may be filled in later:
    the health check names what is missing. ``importer_dpf_certified`` matters for the US.
    ``tia_on``/``tia_outcome``: the transfer impact assessment. Document ids are read-only.
    """

    exporter: str = ""
    destination_country: str = ""
    id: int | None = None
    importer_id: int | None = None
    importer_name: str = ""
    data_categories: list[str] = field(default_factory=list)
    purpose: str = ""
    onward_transfers: str = ""
    legal_ground: LegalGround | None = None
    scc_module: str = ""
    scc_signed_on: date | None = None
    bcr_reference: str = ""
    derogation: str = ""
    derogation_reason: str = ""
    importer_dpf_certified: bool | None = None
    tia_on: date | None = None
    tia_outcome: str = ""
    measures: str = ""
    next_review: date | None = None
    started_on: date | None = None
    ended_on: date | None = None
    scc_document_id: int | None = None
    tia_document_id: int | None = None


@dataclass(frozen=True, slots=True)
class StoredDocument:
    filename: str
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class RecordLink:
    """What a data-map cell leads to: open this record."""

    record_type: RecordType
    record_id: int
    label: str
    country_code: str


@dataclass(frozen=True, slots=True)
class ZoneCell:
    zone: Zone
    label_en: str
    label_fr: str
    countries: tuple[str, ...]  # ISO codes seen in this zone, sorted
    processors: int
    transfers: int
    links: tuple[RecordLink, ...]


@dataclass(frozen=True, slots=True)
class DataMap:
    """Where our data lives: always the four zones, in order (France, EEA, adequate, other)."""

    cells: tuple[ZoneCell, ...]

    def cell(self, zone: Zone) -> ZoneCell:
        return next(c for c in self.cells if c.zone is zone)


# --- reference data ------------------------------------------------------------------


def load_adequacy_catalogue() -> AdequacyCatalogue:
    """The office's own copy (``<data folder>/adequacy/decisions.json``) if present, else ours.

    Raises ``AdequacyCatalogueInvalid`` (one sentence) when the office's copy is broken.
    """
    override = app_paths().data_dir / "adequacy" / "decisions.json"
    path = override if override.is_file() else SHIPPED_CATALOGUE
    return parse_catalogue(path.read_text(encoding="utf-8"))


def adequacy_override_path() -> Path:
    """Where the office puts an updated catalogue."""
    return app_paths().data_dir / "adequacy" / "decisions.json"


def adequacy_condition(country_code: str, catalogue: AdequacyCatalogue | None = None) -> str:
    """What an adequacy transfer to this country must ask about the importer.

    ``"dpf_certified"`` (United States: ask whether the importer is DPF-certified),
    ``"commercial"`` (Canada), ``""`` (no condition) or ``"none"`` (no decision at all).
    """
    decision = (catalogue or load_adequacy_catalogue()).decision_for(country_code)
    return "none" if decision is None else decision.condition


def is_country_code(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


# --- the policy's starter entries -----------------------------------------------------
#
# Their words are kept in both languages and written, when the starters are added, in the
# organisation profile's language (the register goes to the CNIL, its words into letters).

_Language = Literal["fr", "en"]


@dataclass(frozen=True, slots=True)
class _Words:
    """One starter text, in French and in English."""

    fr: str
    en: str

    def in_(self, language: _Language) -> str:
        return self.fr if language == "fr" else self.en


def _localised(values: dict[str, Any], language: _Language) -> dict[str, Any]:
    """``values`` with every ``_Words`` (alone or in a list) written in ``language``."""

    def pick(value: Any) -> Any:
        if isinstance(value, _Words):
            return value.in_(language)
        if isinstance(value, list):
            return [pick(v) for v in value]
        return value

    return {name: pick(value) for name, value in values.items()}


_W = _Words
_C = DataCategory
# People categories shared by several starters.
_CUSTOMERS = _W("clients", "customers")
_VISITORS = _W("visiteurs du site", "visitors")
_PROSPECTS = _W("prospects", "prospects")
_SUBSCRIBERS = _W("abonnés à la newsletter", "newsletter subscribers")
_PROMOTION_PEOPLE = _W("participants aux jeux-concours et promotions", "promotion participants")
_EVENT_PEOPLE = _W("participants aux événements", "event participants")
_PROMOTIONS_EVENTS = _W("Jeux-concours, promotions et événements", "Promotions and events")

_POLICY_STARTERS: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "email_vendor",
        {
            "legal_name": _W(
                "Prestataire d'envoi des courriels (à compléter)",
                "Email-sending vendor (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Envoi de nos courriels commerciaux et transactionnels",
                "Sends our marketing and transactional emails",
            ),
            "purposes": [
                _W("Prospection par courriel et SMS", "Marketing emails and texts"),
                _W("Messages liés au compte et aux commandes", "Account and order messages"),
            ],
            "data_categories": [_C.CONTACT, _C.PURCHASES],
            "people_categories": [_CUSTOMERS, _SUBSCRIBERS],
        },
    ),
    (
        "platform_providers",
        {
            "legal_name": _W(
                "Prestataires de la plateforme (à compléter)",
                "Platform service providers (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Exploitation de la boutique en ligne (hébergement, plateforme de commerce "
                "en ligne)",
                "Operate the online shop (hosting, e-commerce platform)",
            ),
            "purposes": [
                _W("Commandes et paiement", "Orders and payment"),
                _W("Gestion des comptes clients", "Customer accounts"),
            ],
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES, _C.BROWSING],
            "people_categories": [_CUSTOMERS, _VISITORS],
        },
    ),
    (
        "promotion_operator",
        {
            "legal_name": _W(
                "Prestataire des jeux-concours et promotions (à compléter)",
                "Promotion operator (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Organisation de nos jeux-concours et opérations promotionnelles",
                "Runs our promotions and contests",
            ),
            "purposes": [_PROMOTIONS_EVENTS],
            "data_categories": [_C.CONTACT, _C.POSTED_CONTENT],
            "people_categories": [_PROMOTION_PEOPLE],
        },
    ),
    (
        "event_cosponsor",
        {
            "legal_name": _W(
                "Partenaire co-organisateur d'événements (à compléter)",
                "Event co-sponsor (to complete)",
            ),
            "role": ProcessorRole.JOINT_CONTROLLER,
            "service": _W(
                "Co-organisation avec nous d'un événement ou d'une opération promotionnelle",
                "Jointly sponsors an event or promotion with us",
            ),
            "purposes": [_PROMOTIONS_EVENTS],
            "data_categories": [_C.CONTACT],
            "people_categories": [_EVENT_PEOPLE],
        },
    ),
    (
        "advertising_partners",
        {
            "legal_name": _W(
                "Partenaires publicitaires (à compléter)",
                "Advertising partners (to complete)",
            ),
            "role": ProcessorRole.INDEPENDENT_CONTROLLER,
            "service": _W(
                "Publicité ciblée sur les sites web et les appareils",
                "Interest-based advertising across websites and devices",
            ),
            "purposes": [_W("Publicité ciblée", "Interest-based advertising")],
            "data_categories": [_C.DEVICES, _C.BROWSING, _C.DEMOGRAPHIC, _C.PURCHASES],
            "people_categories": [_VISITORS, _CUSTOMERS],
        },
    ),
    (
        "analytics_tools",
        {
            "legal_name": _W(
                "Outils de mesure d'audience et traceurs (à compléter)",
                "Analytics and tracking tools (to complete)",
            ),
            "role": ProcessorRole.PROCESSOR,
            "service": _W(
                "Cookies, balises web et autres traceurs déposés sur la Plateforme",
                "Cookies, web beacons and other tracking tools on the Platform",
            ),
            "purposes": [
                _W("Amélioration de la Plateforme", "Improve the Platform"),
                _W(
                    "Compréhension des centres d'intérêt des visiteurs",
                    "Understand visitors' interests",
                ),
            ],
            "data_categories": [_C.DEVICES, _C.BROWSING, _C.LOCATION],
            "people_categories": [_VISITORS],
        },
    ),
    (
        "klarna",
        {
            "legal_name": "Klarna Bank AB (publ)",
            "role": ProcessorRole.INDEPENDENT_CONTROLLER,
            "country_code": "SE",
            "countries": ["SE"],
            "service": _W(
                "Paiement et crédit ; cookies publicitaires et de mesure d'audience "
                "(jusqu'à 540 jours)",
                "Payment and credit; marketing and analytics cookies (up to 540 days)",
            ),
            "purposes": [
                _W("Paiement", "Payment"),
                _W("Promotion des produits Klarna", "Marketing of Klarna products"),
                _W("Analyse du comportement des utilisateurs", "Analysis of user behaviour"),
            ],
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES, _C.DEVICES],
            "people_categories": [_CUSTOMERS],
            "dpo_contact": _W(
                "Délégué à la protection des données de Klarna (voir klarna.com)",
                "Klarna's data protection officer (see klarna.com)",
            ),
            "retention": _W(
                "Cookies : jusqu'à 540 jours après la dernière interaction avec Klarna",
                "Cookies: up to 540 days from the last interaction with Klarna",
            ),
        },
    ),
)

_POLICY_ACTIVITIES: tuple[tuple[str, dict[str, Any]], ...] = (
    (
        "orders_payment",
        {
            "name": _W("Commandes et paiement", "Orders and payment"),
            "purposes": [
                _W("Prise et livraison des commandes", "Take and deliver orders"),
                _W("Encaissement des paiements", "Take payment"),
                _W("Conservation des justificatifs de transaction", "Keep transaction records"),
            ],
            "legal_basis": "contract",
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES],
            "people_categories": [_CUSTOMERS],
        },
    ),
    (
        "customer_accounts",
        {
            "name": _W("Gestion des comptes clients", "Customer accounts"),
            "purposes": [
                _W("Compte client en ligne", "Online account"),
                _W(
                    "Messages relatifs au compte et à la relation client",
                    "Messages about the account and our relationship",
                ),
            ],
            "legal_basis": "contract",
            "data_categories": [_C.CONTACT, _C.PURCHASES, _C.DEVICES],
            "people_categories": [_CUSTOMERS],
        },
    ),
    (
        "marketing_messages",
        {
            "name": _W("Prospection par courriel et SMS", "Marketing emails and texts"),
            "purposes": [
                _W(
                    "Information sur les nouveaux produits et les offres spéciales par "
                    "courriel, SMS ou téléphone",
                    "New products and special offers by email, text or phone",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.CONTACT, _C.DEMOGRAPHIC, _C.PURCHASES],
            "people_categories": [_CUSTOMERS, _PROSPECTS, _SUBSCRIBERS],
        },
    ),
    (
        "interest_advertising",
        {
            "name": _W("Publicité ciblée", "Interest-based advertising"),
            "purposes": [
                _W(
                    "Publicité ciblée sur les sites web, appareils et plateformes",
                    "Targeted advertising across websites, devices and platforms",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.DEVICES, _C.BROWSING, _C.LOCATION, _C.DEMOGRAPHIC],
            "people_categories": [_VISITORS, _CUSTOMERS],
        },
    ),
    (
        "security_fraud",
        {
            "name": _W("Sécurité et lutte contre la fraude", "Security and fraud prevention"),
            "purposes": [
                _W(
                    "Protection de l'entreprise, des clients et de la Plateforme",
                    "Protect the business, customers and Platform",
                ),
                _W("Prévention de la fraude", "Prevent fraud"),
            ],
            "legal_basis": "legitimate_interests",
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.DEVICES, _C.PURCHASES],
            "people_categories": [_CUSTOMERS, _VISITORS],
        },
    ),
    (
        "legal_accounting",
        {
            "name": _W("Obligations légales et comptables", "Legal and accounting records"),
            "purposes": [
                _W(
                    "Comptabilité, audit, assurance et respect des obligations légales",
                    "Accounting, audit, insurance and legal requirements",
                )
            ],
            "legal_basis": "legal_obligation",
            "data_categories": [_C.CONTACT, _C.PAYMENT, _C.PURCHASES],
            "people_categories": [_CUSTOMERS],
            "retention": _W(
                "10 ans pour les pièces comptables (Code de commerce, art. L123-22)",
                "10 years for accounting records (Code de commerce, art. L123-22)",
            ),
        },
    ),
    (
        "customer_service",
        {
            "name": _W(
                "Service client (formulaire de contact et chat)",
                "Customer service (contact page and chat)",
            ),
            "purposes": [
                _W(
                    "Réponse aux messages envoyés par le formulaire de contact ou le chat en ligne",
                    "Answer messages sent by the Contact page or live chat",
                )
            ],
            "legal_basis": "legitimate_interests",
            "data_categories": [_C.CONTACT, _C.POSTED_CONTENT, _C.PURCHASES],
            "people_categories": [_CUSTOMERS, _PROSPECTS],
        },
    ),
    (
        "reviews",
        {
            "name": _W("Avis clients", "Product reviews"),
            "purposes": [
                _W(
                    "Publication des avis sur les produits déposés sur la Plateforme",
                    "Publish product reviews posted on the Platform",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.POSTED_CONTENT, _C.CONTACT],
            "people_categories": [_CUSTOMERS],
        },
    ),
    (
        "promotions_events",
        {
            "name": _PROMOTIONS_EVENTS,
            "purposes": [
                _W(
                    "Organisation de jeux-concours, de promotions et d'événements, avec des "
                    "partenaires co-organisateurs",
                    "Run promotions and events, with co-sponsors",
                )
            ],
            "legal_basis": "contract",
            "data_categories": [_C.CONTACT, _C.POSTED_CONTENT, _C.SOCIAL_MEDIA],
            "people_categories": [_EVENT_PEOPLE, _PROMOTION_PEOPLE],
        },
    ),
    (
        "store_cards",
        {
            "name": _W("Carte de fidélité en magasin", "In-store customer cards"),
            "purposes": [
                _W(
                    "Fiches de renseignements clients remplies dans nos boutiques",
                    "Customer information cards filled in at our stores",
                )
            ],
            "legal_basis": "consent",
            "data_categories": [_C.CONTACT, _C.DEMOGRAPHIC, _C.PURCHASES],
            "people_categories": [_CUSTOMERS],
        },
    ),
)

# The request log's own activity; ``{months}`` is the office's request retention.
_REQUESTS_ACTIVITY: dict[str, Any] = {
    "name": _W("Traitement des demandes d'exercice des droits", "Handling privacy requests"),
    "purposes": [
        _W(
            "Enregistrement des demandes relatives aux données personnelles (accès, "
            "rectification, effacement, opposition), réponse à ces demandes et preuve de "
            "la réponse apportée",
            "Log, answer and prove the answer to requests about personal information "
            "(access, correction, erasure, objection)",
        )
    ],
    "legal_basis": "legal_obligation",
    "data_categories": [_C.CONTACT],
    "people_categories": [
        _W("personnes qui nous adressent une demande", "people who write to us"),
        _W("leurs représentants", "their representatives"),
    ],
    "retention": _W(
        "{months} mois après la clôture de la demande",
        "{months} months after the request is closed",
    ),
    "security_measures": _W(
        "Base de données chiffrée (SQLCipher) sur l'ordinateur du bureau ; clé conservée "
        "dans le trousseau du système ; journal d'audit chaîné par empreintes",
        "Encrypted store (SQLCipher) on the office computer; key in the system keyring; "
        "hash-chained audit trail",
    ),
}

# Which starter entries receive each policy activity's data.
_ACTIVITY_RECIPIENTS = {
    "orders_payment": ("platform_providers", "klarna"),
    "customer_accounts": ("platform_providers", "email_vendor"),
    "marketing_messages": ("email_vendor",),
    "interest_advertising": ("advertising_partners", "analytics_tools"),
    "security_fraud": ("platform_providers",),
    "customer_service": ("platform_providers",),
    "reviews": ("platform_providers",),
    "promotions_events": ("promotion_operator", "event_cosponsor"),
}
REQUESTS_ACTIVITY_KEY = "privacy_requests"


# --- the service ----------------------------------------------------------------------


class RegisterService:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    # --- processors -------------------------------------------------------------

    def list_processors(self) -> list[ProcessorRecord]:
        with self._store.session_factory() as session:
            rows = session.scalars(select(Processor).order_by(Processor.legal_name, Processor.id))
            return [_processor_record(row) for row in rows]

    def get_processor(self, processor_id: int) -> ProcessorRecord:
        with self._store.session_factory() as session:
            return _processor_record(_get(session, Processor, processor_id, _RECORD["entry"]))

    def save_processor(self, record: ProcessorRecord) -> int:
        values = _check_processor(record)
        with self._store.writer.begin() as session:
            if values["parent_id"] is not None:
                _get(session, Processor, values["parent_id"], _RECORD["parent"])
                if values["parent_id"] == record.id:
                    raise RegisterInvalid(
                        QT_TRANSLATE_NOOP("Core", "An entry cannot be its own sub-processor.")
                    )
            row = Processor() if record.id is None else _get(session, Processor, record.id, "")
            return self._apply(session, row, values, "processor")

    def end_processor(
        self,
        processor_id: int,
        ended_on: date,
        data_returned_or_deleted_on: date | None = None,
    ) -> None:
        """Mark the contract ended; the date the data was returned or deleted when known."""
        if data_returned_or_deleted_on is not None and data_returned_or_deleted_on < ended_on:
            raise RegisterInvalid(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The data cannot have been returned or deleted before the contract ended.",
                )
            )
        with self._store.writer.begin() as session:
            row = _get(session, Processor, processor_id, _RECORD["entry"])
            values = {
                "status": ProcessorStatus.ENDED,
                "ended_on": ended_on,
                "data_returned_or_deleted_on": data_returned_or_deleted_on,
            }
            self._apply(session, row, values, "processor")

    def attach_agreement(self, processor_id: int, filename: str, content: bytes) -> int:
        """Keep the signed data processing agreement in the store; returns the attachment id."""
        return self._attach(Processor, processor_id, "dpa_document_id", filename, content)

    # --- activities -------------------------------------------------------------

    def list_activities(self) -> list[ActivityRecord]:
        with self._store.session_factory() as session:
            rows = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.id))
            return [_activity_record(row) for row in rows]

    def get_activity(self, activity_id: int) -> ActivityRecord:
        with self._store.session_factory() as session:
            return _activity_record(
                _get(session, ProcessingActivity, activity_id, _RECORD["processing_activity"])
            )

    def save_activity(self, record: ActivityRecord) -> int:
        values = _check_activity(record)
        with self._store.writer.begin() as session:
            for pid in values["recipient_ids"]:
                _get(session, Processor, pid, _RECORD["recipient"])
            for tid in values["transfer_ids"]:
                _get(session, Transfer, tid, _RECORD["transfer"])
            if values["joint_controller_id"] is not None:
                _get(session, Processor, values["joint_controller_id"], _RECORD["joint"])
            row = (
                ProcessingActivity()
                if record.id is None
                else _get(session, ProcessingActivity, record.id, "")
            )
            return self._apply(session, row, values, "activity")

    # --- transfers --------------------------------------------------------------

    def list_transfers(self) -> list[TransferRecord]:
        with self._store.session_factory() as session:
            rows = session.scalars(select(Transfer).order_by(Transfer.id))
            return [_transfer_record(row) for row in rows]

    def get_transfer(self, transfer_id: int) -> TransferRecord:
        with self._store.session_factory() as session:
            return _transfer_record(_get(session, Transfer, transfer_id, _RECORD["transfer"]))

    def save_transfer(self, record: TransferRecord) -> int:
        values = _check_transfer(record)
        with self._store.writer.begin() as session:
            if values["importer_id"] is not None:
                importer = _get(session, Processor, values["importer_id"], _RECORD["importer"])
                if not values["importer_name"]:
                    values["importer_name"] = importer.legal_name
            row = Transfer() if record.id is None else _get(session, Transfer, record.id, "")
            return self._apply(session, row, values, "transfer")

    def attach_scc(self, transfer_id: int, filename: str, content: bytes) -> int:
        """Keep the signed standard contractual clauses in the store."""
        return self._attach(Transfer, transfer_id, "scc_document_id", filename, content)

    def attach_tia(self, transfer_id: int, filename: str, content: bytes) -> int:
        """Keep the transfer impact assessment in the store."""
        return self._attach(Transfer, transfer_id, "tia_document_id", filename, content)

    def suggested_scc_module(self, importer_id: int) -> int:
        """The SCC module for a transfer from the office (a controller) to this importer."""
        record = self.get_processor(importer_id)
        return scc_module(Party.CONTROLLER, party_of(record.role))

    def document(self, attachment_id: int) -> StoredDocument | None:
        with self._store.session_factory() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                return None
            return StoredDocument(row.filename, row.media_type, row.content)

    def delete(self, record_type: RecordType, record_id: int) -> None:
        """Delete a processor, activity or transfer, and every link that pointed at it.

        Sub-processors, transfers and activities keep their rows; their link to a deleted
        processor (parent, importer, recipient, joint controller) is cleared.
        """
        model = {"processor": Processor, "activity": ProcessingActivity, "transfer": Transfer}
        with self._store.writer.begin() as session:
            row = _get(session, model[record_type], record_id, _RECORD[record_type])
            if record_type in ("processor", "transfer"):
                column = "recipient_ids" if record_type == "processor" else "transfer_ids"
                for activity in session.scalars(select(ProcessingActivity)):
                    ids = getattr(activity, column)
                    if record_id in ids:
                        setattr(activity, column, [i for i in ids if i != record_id])
                        audit.append(
                            session,
                            actor=self._actor,
                            action=AuditAction.UPDATE,
                            record_type="activity",
                            record_id=activity.id,
                            fields=[column],
                        )
            session.delete(row)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.DELETE,
                record_type=record_type,
                record_id=record_id,
            )

    # --- starters from the privacy policy ---------------------------------------

    def add_policy_starters(self) -> int:
        """The third parties the policy names, flagged to complete; returns how many were added.

        Their words are in the organisation profile's language (French without a profile).
        """
        language = self._starter_language()
        added = 0
        with self._store.writer.begin() as session:
            have = set(session.scalars(select(Processor.starter_key)))
            for key, values in _POLICY_STARTERS:
                if key in have:
                    continue
                row = Processor(starter_key=key, to_complete=True)
                words = _localised(values, language)
                self._apply(session, row, {**_PROCESSOR_DEFAULTS, **words}, "processor")
                added += 1
        return added

    def add_policy_activities(self) -> int:
        """The policy's processing activities and the request log's own; returns how many.

        Their words are in the organisation profile's language (French without a profile).
        """
        months = OfficeSettingsService(self._store, self._actor).get().request_retention_months
        language = self._starter_language()
        added = 0
        with self._store.writer.begin() as session:
            have = set(session.scalars(select(ProcessingActivity.starter_key)))
            starters = {
                row.starter_key: row.id
                for row in session.scalars(select(Processor).where(Processor.starter_key != ""))
            }
            for key, values in _POLICY_ACTIVITIES:
                if key in have:
                    continue
                recipients = [
                    starters[k] for k in _ACTIVITY_RECIPIENTS.get(key, ()) if k in starters
                ]
                row = ProcessingActivity(starter_key=key, to_complete=True)
                self._apply(
                    session,
                    row,
                    {
                        **_ACTIVITY_DEFAULTS,
                        **_localised(values, language),
                        "recipient_ids": recipients,
                    },
                    "activity",
                )
                added += 1
            if REQUESTS_ACTIVITY_KEY not in have:
                row = ProcessingActivity(starter_key=REQUESTS_ACTIVITY_KEY, to_complete=False)
                words = _localised(_REQUESTS_ACTIVITY, language)
                words["retention"] = words["retention"].format(months=months)
                self._apply(session, row, {**_ACTIVITY_DEFAULTS, **words}, "activity")
                added += 1
        return added

    def _starter_language(self) -> _Language:
        """The organisation profile's language: "en" when it says so, else "fr"."""
        profile = OrganisationService(self._store, self._actor).get()
        return "en" if profile is not None and profile.default_language == "en" else "fr"

    # --- views ------------------------------------------------------------------

    def data_map(self, catalogue: AdequacyCatalogue | None = None) -> DataMap:
        """Active processors (by processing country) and current transfers, per zone."""
        catalogue = catalogue or load_adequacy_catalogue()
        processors = [p for p in self.list_processors() if p.status is ProcessorStatus.ACTIVE]
        transfers = [t for t in self.list_transfers() if t.ended_on is None]
        certified = {
            (t.importer_id, t.destination_country.upper())
            for t in transfers
            if t.importer_dpf_certified
        }
        cells: dict[Zone, dict[str, Any]] = {
            zone: {"countries": set(), "processors": set(), "transfers": set(), "links": []}
            for zone in Zone
        }
        for p in processors:
            assert p.id is not None
            for code in dict.fromkeys(c.upper() for c in p.processing_countries):
                zone = zone_of(code, catalogue, dpf_certified=(p.id, code) in certified)
                cell = cells[zone]
                cell["countries"].add(code)
                cell["processors"].add(p.id)
                cell["links"].append(RecordLink("processor", p.id, p.legal_name, code))
        for t in transfers:
            assert t.id is not None
            code = t.destination_country.upper()
            zone = zone_of(code, catalogue, dpf_certified=t.importer_dpf_certified)
            cell = cells[zone]
            cell["countries"].add(code)
            cell["transfers"].add(t.id)
            cell["links"].append(RecordLink("transfer", t.id, t.importer_name, code))
        return DataMap(
            tuple(
                ZoneCell(
                    zone=zone,
                    label_en=ZONE_LABELS[zone].en,
                    label_fr=ZONE_LABELS[zone].fr,
                    countries=tuple(sorted(cells[zone]["countries"])),
                    processors=len(cells[zone]["processors"]),
                    transfers=len(cells[zone]["transfers"]),
                    links=tuple(cells[zone]["links"]),
                )
                for zone in Zone
            )
        )

    def export_rows(self, kind: RegisterKind, language: str = "fr") -> list[dict[str, str]]:
        """The register as the exports print it: one dict of text per record."""
        processors = self.list_processors()
        names = {p.id: p.legal_name for p in processors}
        if kind == "processors":
            return [processor_row(p, names, language) for p in processors]
        transfers = self.list_transfers()
        if kind == "transfers":
            catalogue = load_adequacy_catalogue()
            return [transfer_row(t, catalogue, language) for t in transfers]
        transfer_names = {
            t.id: f"{t.importer_name} ({country_name(t.destination_country, language)})"
            for t in transfers
        }
        return [activity_row(a, names, transfer_names, language) for a in self.list_activities()]

    def export(
        self,
        kind: RegisterKind | Literal["all"],
        fmt: ExportFormat,
        path: Path,
        *,
        language: str | None = None,
        semicolon: bool = False,
        as_of: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Render the register(s), write ``path`` whole or not at all, and audit the export.

        ``kind="all"`` is for XLSX only (one sheet per register). ``progress(done, total)``
        is called while rendering; raise from it to cancel (nothing is written).
        """
        from albanera_desk.documents.register_export import export_register, export_workbook

        profile = OrganisationService(self._store, self._actor).get() or OrganisationProfile()
        lang = language or profile.default_language or "fr"
        day = as_of or date.today()
        if kind == "all":
            if fmt != "xlsx":
                raise RegisterInvalid(
                    QT_TRANSLATE_NOOP(
                        "Core", "Only the XLSX export holds all three registers at once."
                    )
                )
            kinds: tuple[RegisterKind, ...] = ("processors", "activities", "transfers")
            data = export_workbook(
                [(k, self.export_rows(k, lang)) for k in kinds],
                profile,
                language=lang,
                as_of=day,
                progress=progress,
            )
        else:
            data = export_register(
                kind,
                self.export_rows(kind, lang),
                profile,
                fmt,
                semicolon=semicolon,
                language=lang,
                progress=progress,
                as_of=day,
            )
        write_atomically(path, data)
        with self._store.writer.begin() as session:
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.EXPORT,
                record_type="register",
                record_id=kind,
                note=fmt,
            )

    # --- internals --------------------------------------------------------------

    def _apply(
        self,
        session: Session,
        row: Processor | ProcessingActivity | Transfer,
        values: dict[str, Any],
        record_type: RecordType,
    ) -> int:
        creating = row.id is None
        changed = []
        for name, value in values.items():
            if creating or getattr(row, name) != value:
                setattr(row, name, value)
                changed.append(name)
        if creating:
            session.add(row)
        session.flush()
        if changed:
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.CREATE if creating else AuditAction.UPDATE,
                record_type=record_type,
                record_id=row.id,
                fields=[_FIELD_NAMES.get(name, name) for name in changed],
            )
        return row.id

    def _attach(
        self,
        model: type[Processor] | type[Transfer],
        record_id: int,
        column: str,
        filename: str,
        content: bytes,
    ) -> int:
        if len(content) > MAX_SCAN_BYTES:
            raise RegisterInvalid(
                QT_TRANSLATE_NOOP(
                    "Core", "The document is {size} MB; the limit is {limit} MB."
                ).format(size=len(content) // (1024 * 1024), limit=MAX_SCAN_BYTES // (1024 * 1024))
            )
        media_type = sniff_media_type(content[:16])
        if media_type is None:
            raise RegisterInvalid(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This file is not a PDF, JPEG or PNG (whatever its name says); "
                    "nothing was saved.",
                )
            )
        record_type: RecordType = "processor" if model is Processor else "transfer"
        with self._store.writer.begin() as session:
            row = _get(session, model, record_id, _RECORD[record_type])
            attachment = Attachment(
                filename=PurePath(filename).name[:200] or "document",
                media_type=media_type,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
            session.add(attachment)
            session.flush()
            setattr(row, column, attachment.id)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type=record_type,
                record_id=record_id,
                fields=[column.removesuffix("_id")],
            )
            return attachment.id


# The model's column names where the service speaks of the TIA.
_FIELD_NAMES = {"assessed_on": "tia_on", "assessment": "tia_outcome"}
_PROCESSOR_FIELDS = [
    f.name
    for f in dataclasses.fields(ProcessorRecord)
    if f.name not in {"id", "dpa_document_id", "starter_key"}
]
_PROCESSOR_DEFAULTS = {
    f: getattr(ProcessorRecord(), f) for f in _PROCESSOR_FIELDS if f != "to_complete"
}
_ACTIVITY_FIELDS = [
    f.name for f in dataclasses.fields(ActivityRecord) if f.name not in {"id", "starter_key"}
]
_ACTIVITY_DEFAULTS = {
    f: getattr(ActivityRecord(), f) for f in _ACTIVITY_FIELDS if f != "to_complete"
}


# What the sentences refusing a record or its text call it (worded again in the window).
_RECORD = {
    "processor": QT_TRANSLATE_NOOP("Core", "processor"),
    "activity": QT_TRANSLATE_NOOP("Core", "activity"),
    "processing_activity": QT_TRANSLATE_NOOP("Core", "processing activity"),
    "transfer": QT_TRANSLATE_NOOP("Core", "transfer"),
    "entry": QT_TRANSLATE_NOOP("Core", "register entry"),
    "parent": QT_TRANSLATE_NOOP("Core", "parent register entry"),
    "recipient": QT_TRANSLATE_NOOP("Core", "recipient"),
    "joint": QT_TRANSLATE_NOOP("Core", "joint controller"),
    "importer": QT_TRANSLATE_NOOP("Core", "importer"),
}
_WHAT = {
    "legal_name": QT_TRANSLATE_NOOP("Core", "legal name"),
    "country_code": QT_TRANSLATE_NOOP("Core", "entry's country"),
    "countries": QT_TRANSLATE_NOOP("Core", "processing country"),
    "address": QT_TRANSLATE_NOOP("Core", "address"),
    "contact": QT_TRANSLATE_NOOP("Core", "contact"),
    "dpo_contact": QT_TRANSLATE_NOOP("Core", "DPO contact"),
    "service": QT_TRANSLATE_NOOP("Core", "service"),
    "retention": QT_TRANSLATE_NOOP("Core", "retention"),
    "security_measures": QT_TRANSLATE_NOOP("Core", "security measures"),
    "purpose": QT_TRANSLATE_NOOP("Core", "purpose"),
    "data_category": QT_TRANSLATE_NOOP("Core", "data category"),
    "people_category": QT_TRANSLATE_NOOP("Core", "people category"),
    "activity_name": QT_TRANSLATE_NOOP("Core", "activity name"),
    "exporter": QT_TRANSLATE_NOOP("Core", "exporter"),
    "importer": QT_TRANSLATE_NOOP("Core", "importer"),
    "destination": QT_TRANSLATE_NOOP("Core", "destination country"),
    "onward_transfers": QT_TRANSLATE_NOOP("Core", "onward transfers"),
    "bcr_reference": QT_TRANSLATE_NOOP("Core", "BCR reference"),
    "derogation_reason": QT_TRANSLATE_NOOP("Core", "derogation reason"),
    "tia_outcome": QT_TRANSLATE_NOOP("Core", "TIA outcome"),
    "measures": QT_TRANSLATE_NOOP("Core", "measures"),
}


def _get(session: Session, model: type[Any], record_id: int, what: str) -> Any:
    row = session.get(model, record_id)
    if row is None:
        raise RecordNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no {what} numbered {id}.").format(
                what=what or QT_TRANSLATE_NOOP("Core", "such record"), id=record_id
            )
        )
    return row


def _text(value: str, what: str, *, multiline: bool = False, max_length: int = 300) -> str:
    try:
        return clean_text(value, max_length=max_length, what=what, multiline=multiline)
    except TextRejected as exc:
        raise RegisterInvalid(exc.args[0]) from None


def _texts(values: Sequence[str], what: str) -> list[str]:
    cleaned = [_text(str(v), what) for v in values]
    return list(dict.fromkeys(v for v in cleaned if v))


def _country(code: str, what: str) -> str:
    code = code.strip().upper()
    if not is_country_code(code):
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP(
                "Core",
                "The {what} must be a two-letter ISO 3166 country code (for example FR, SE or US).",
            ).format(what=what)
        )
    return code


def _check_processor(record: ProcessorRecord) -> dict[str, Any]:
    name = _text(record.legal_name, _WHAT["legal_name"])
    if not name:
        raise RegisterInvalid(QT_TRANSLATE_NOOP("Core", "A register entry needs its legal name."))
    if record.status is ProcessorStatus.ENDED and record.ended_on is None:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "An ended entry needs the date its contract ended.")
        )
    unknown = [t for t in record.art28_terms if t not in ART28_KEYS]
    if unknown:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "{term} is not one of the art. 28(3) terms.").format(
                term=repr(unknown[0])
            )
        )
    if (
        record.dpa_signed_on is not None
        and record.dpa_expires_on is not None
        and record.dpa_expires_on < record.dpa_signed_on
    ):
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "The agreement cannot expire before it was signed.")
        )
    values: dict[str, Any] = {f: getattr(record, f) for f in _PROCESSOR_FIELDS}
    values.update(
        legal_name=name,
        role=ProcessorRole(record.role),
        ccpa_role=CcpaRole(record.ccpa_role) if record.ccpa_role else None,
        status=ProcessorStatus(record.status),
        country_code=_country(record.country_code, _WHAT["country_code"]),
        countries=[_country(c, _WHAT["countries"]) for c in dict.fromkeys(record.countries)],
        address=_texts(record.address, _WHAT["address"]),
        contact=_text(record.contact, _WHAT["contact"]),
        dpo_contact=_text(record.dpo_contact, _WHAT["dpo_contact"]),
        service=_text(record.service, _WHAT["service"], multiline=True, max_length=2000),
        retention=_text(record.retention, _WHAT["retention"], multiline=True, max_length=2000),
        security_measures=_text(
            record.security_measures, _WHAT["security_measures"], multiline=True, max_length=4000
        ),
        purposes=_texts(record.purposes, _WHAT["purpose"]),
        data_categories=_texts(record.data_categories, _WHAT["data_category"]),
        people_categories=_texts(record.people_categories, _WHAT["people_category"]),
        art28_terms=[k for k in ART28_KEYS if k in set(record.art28_terms)],
    )
    return values


def _check_activity(record: ActivityRecord) -> dict[str, Any]:
    name = _text(record.name, _WHAT["activity_name"])
    if not name:
        raise RegisterInvalid(QT_TRANSLATE_NOOP("Core", "A processing activity needs a name."))
    purposes = _texts(record.purposes, _WHAT["purpose"])
    if not purposes:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "A processing activity needs at least one purpose.")
        )
    if record.legal_basis not in LEGAL_BASIS_KEYS:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP(
                "Core", "A processing activity needs its legal basis (GDPR art. 6(1))."
            )
        )
    values: dict[str, Any] = {f: getattr(record, f) for f in _ACTIVITY_FIELDS}
    values.update(
        name=name,
        purposes=purposes,
        data_categories=_texts(record.data_categories, _WHAT["data_category"]),
        people_categories=_texts(record.people_categories, _WHAT["people_category"]),
        recipient_ids=list(dict.fromkeys(int(i) for i in record.recipient_ids)),
        transfer_ids=list(dict.fromkeys(int(i) for i in record.transfer_ids)),
        retention=_text(record.retention, _WHAT["retention"], multiline=True, max_length=2000),
        security_measures=_text(
            record.security_measures, _WHAT["security_measures"], multiline=True, max_length=4000
        ),
    )
    return values


def _check_transfer(record: TransferRecord) -> dict[str, Any]:
    exporter = _text(record.exporter, _WHAT["exporter"])
    if not exporter:
        raise RegisterInvalid(QT_TRANSLATE_NOOP("Core", "A transfer needs its exporter."))
    importer_name = _text(record.importer_name, _WHAT["importer"])
    if record.importer_id is None and not importer_name:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "A transfer needs its importer (a register entry or a name).")
        )
    if not record.destination_country.strip():
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "A transfer needs its destination country.")
        )
    if record.legal_ground is None:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP(
                "Core",
                "A transfer needs its legal ground (adequacy, standard contractual clauses, "
                "binding corporate rules, a code or certification, or an art. 49 derogation).",
            )
        )
    ground = LegalGround(record.legal_ground)
    module = record.scc_module.strip()
    if module and module not in {"1", "2", "3", "4"}:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "The standard contractual clauses' module is 1, 2, 3 or 4.")
        )
    if record.derogation and record.derogation not in DEROGATION_KEYS:
        raise RegisterInvalid(
            QT_TRANSLATE_NOOP("Core", "{point} is not a point of GDPR art. 49(1).").format(
                point=repr(record.derogation)
            )
        )
    return {
        "exporter": exporter,
        "importer_id": record.importer_id,
        "importer_name": importer_name,
        "destination_country": _country(record.destination_country, _WHAT["destination"]),
        "data_categories": _texts(record.data_categories, _WHAT["data_category"]),
        "purpose": _text(record.purpose, _WHAT["purpose"], multiline=True, max_length=2000),
        "onward_transfers": _text(
            record.onward_transfers, _WHAT["onward_transfers"], multiline=True, max_length=2000
        ),
        "legal_ground": ground,
        "scc_module": module,
        "scc_signed_on": record.scc_signed_on,
        "bcr_reference": _text(record.bcr_reference, _WHAT["bcr_reference"]),
        "derogation": record.derogation if ground is LegalGround.DEROGATION else "",
        "derogation_reason": _text(
            record.derogation_reason, _WHAT["derogation_reason"], multiline=True, max_length=2000
        ),
        "importer_dpf_certified": record.importer_dpf_certified,
        "assessed_on": record.tia_on,
        "assessment": _text(
            record.tia_outcome, _WHAT["tia_outcome"], multiline=True, max_length=4000
        ),
        "measures": _text(record.measures, _WHAT["measures"], multiline=True, max_length=4000),
        "next_review": record.next_review,
        "started_on": record.started_on,
        "ended_on": record.ended_on,
    }


def _processor_record(row: Processor) -> ProcessorRecord:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(ProcessorRecord)}
    for name in ("address", "purposes", "data_categories", "people_categories", "countries"):
        values[name] = list(values[name])
    values["art28_terms"] = list(row.art28_terms)
    return ProcessorRecord(**values)


def _activity_record(row: ProcessingActivity) -> ActivityRecord:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(ActivityRecord)}
    for name in ("purposes", "data_categories", "people_categories"):
        values[name] = list(values[name])
    values["recipient_ids"] = [int(i) for i in row.recipient_ids]
    values["transfer_ids"] = [int(i) for i in row.transfer_ids]
    return ActivityRecord(**values)


def _transfer_record(row: Transfer) -> TransferRecord:
    names = {f.name for f in dataclasses.fields(TransferRecord)} - {"tia_on", "tia_outcome"}
    values = {name: getattr(row, name) for name in names}
    values["data_categories"] = list(row.data_categories)
    return TransferRecord(**values, tia_on=row.assessed_on, tia_outcome=row.assessment)


# --- rows as the exports print them ------------------------------------------------------


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


def _yes(flag: bool, language: str) -> str:
    return ("oui" if language == "fr" else "yes") if flag else ""


def processor_row(
    p: ProcessorRecord, names: dict[int | None, str], language: str
) -> dict[str, str]:
    missing = p.missing_art28_terms
    total = len(ART28_KEYS)
    if not needs_art28_terms(p.role):
        terms = "n/a"
    elif not missing:
        terms = f"{total}/{total}"
    elif len(missing) == total:
        terms = f"0/{total} — " + ("aucune clause relevée" if language == "fr" else "none recorded")
    else:
        terms = f"{total - len(missing)}/{total} — "
        terms += "manque : " if language == "fr" else "missing: "
        terms += ", ".join(art28_label(k, language) for k in missing)
    sep = "; "
    return {
        "id": str(p.id),
        "legal_name": p.legal_name,
        "role": ROLES[p.role].text(language),
        "ccpa_role": CCPA_ROLES[p.ccpa_role].text(language) if p.ccpa_role else "",
        "country": country_name(p.country_code, language),
        "address": ", ".join(p.address),
        "contact": p.contact,
        "dpo_contact": p.dpo_contact,
        "service": p.service,
        "purposes": sep.join(p.purposes),
        "data_categories": sep.join(category_words(c, language) for c in p.data_categories),
        "people_categories": sep.join(p.people_categories),
        "countries": sep.join(country_name(c, language) for c in p.countries),
        "retention": p.retention,
        "security_measures": p.security_measures,
        "parent": names.get(p.parent_id, "") if p.parent_id else "",
        "dpa_signed_on": _d(p.dpa_signed_on),
        "dpa_expires_on": _d(p.dpa_expires_on),
        "art28_terms": terms,
        "status": STATUSES[p.status].text(language),
        "ended_on": _d(p.ended_on),
        "data_returned_or_deleted_on": _d(p.data_returned_or_deleted_on),
        "next_review": _d(p.next_review),
        "to_complete": _yes(p.to_complete, language),
    }


def activity_row(
    a: ActivityRecord,
    names: dict[int | None, str],
    transfer_names: dict[int | None, str],
    language: str,
) -> dict[str, str]:
    sep = "; "
    return {
        "id": str(a.id),
        "name": a.name,
        "joint_controller": names.get(a.joint_controller_id, "") if a.joint_controller_id else "",
        "purposes": sep.join(a.purposes),
        "legal_basis": label_of(LEGAL_BASES, a.legal_basis, language),
        "people_categories": sep.join(a.people_categories),
        "data_categories": sep.join(category_words(c, language) for c in a.data_categories),
        "recipients": sep.join(names.get(i, f"#{i}") for i in a.recipient_ids),
        "transfers": sep.join(transfer_names.get(i, f"#{i}") for i in a.transfer_ids),
        "retention": a.retention,
        "security_measures": a.security_measures,
        "to_complete": _yes(a.to_complete, language),
    }


def transfer_row(t: TransferRecord, catalogue: AdequacyCatalogue, language: str) -> dict[str, str]:
    fr = language == "fr"
    details = ""
    if t.legal_ground is LegalGround.SCC and t.scc_module in {"1", "2", "3", "4"}:
        details = SCC_MODULE_LABELS[int(t.scc_module)].text(language)
        if t.scc_signed_on:
            details += (", signées le " if fr else ", signed ") + _d(t.scc_signed_on)
    elif t.legal_ground is LegalGround.ADEQUACY:
        decision = catalogue.decision_for(t.destination_country)
        details = decision.reference if decision else ("aucune décision" if fr else "no decision")
        if decision and decision.condition == "dpf_certified":
            certified = t.importer_dpf_certified is True
            details += (
                " ; importateur certifié DPF : " if fr else "; importer DPF-certified: "
            ) + (("oui" if fr else "yes") if certified else ("non" if fr else "no"))
    elif t.legal_ground is LegalGround.BCR:
        details = t.bcr_reference
    elif t.legal_ground is LegalGround.DEROGATION:
        details = f"{label_of(DEROGATIONS, t.derogation, language)}: {t.derogation_reason}"
    tia = ""
    if t.tia_on or t.tia_outcome:
        tia = f"{_d(t.tia_on)} {t.tia_outcome}".strip()
    zone = zone_of(t.destination_country, catalogue, dpf_certified=t.importer_dpf_certified)
    return {
        "id": str(t.id),
        "exporter": t.exporter,
        "importer": t.importer_name,
        "destination": f"{country_name(t.destination_country, language)} ({t.destination_country})",
        "zone": ZONE_LABELS[zone].text(language),
        "data_categories": "; ".join(category_words(c, language) for c in t.data_categories),
        "purpose": t.purpose,
        "legal_ground": GROUNDS[t.legal_ground].text(language) if t.legal_ground else "",
        "ground_details": details,
        "tia": tia,
        "measures": t.measures,
        "onward_transfers": t.onward_transfers,
        "next_review": _d(t.next_review),
        "period": " → ".join(x for x in (_d(t.started_on), _d(t.ended_on)) if x),
    }
