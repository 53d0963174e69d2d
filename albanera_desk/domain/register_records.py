"""The register's records as plain data: what the window and the CLI read and hand back.

``ProcessorRecord`` (a register entry), ``ActivityRecord`` (a line of the record of
processing, art. 30(1)), ``TransferRecord`` (a flow out of France / the EU), the
``StoredDocument`` kept with them, and the data map's cells. No rules here beyond what a
record says about itself; validation is ``register_validation``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from albanera_desk.domain.records import CcpaRole, LegalGround, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_rules import Zone, missing_art28_terms

RecordType = Literal["processor", "activity", "transfer"]


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
    created_on: date | None = None  # read-only: when the entry was made, last changed
    updated_on: date | None = None

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
    ``recipient_ids`` link register entries, ``transfer_ids`` transfer records;
    ``internal_recipients`` name who inside the organisation receives the data;
    ``sensitive_data`` says it holds art. 9 or 10 data. ``created_on``/``updated_on`` are
    read-only.
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
    sensitive_data: bool = False
    internal_recipients: list[str] = field(default_factory=list)
    created_on: date | None = None
    updated_on: date | None = None


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
    to_complete: bool = False
    starter_key: str = ""  # read-only, like the document ids and the dates below
    created_on: date | None = None
    updated_on: date | None = None


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
