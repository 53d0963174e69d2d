"""What the Register and Transfers sections decide, without Qt.

How a third party's agreement stands (not needed, missing, terms missing,
signed) and whether its review is late; which register checks concern one
record; what an export is called and holds; which zone of the data map is
chosen and which transfers and third parties it shows; which fields a
transfer's legal ground needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from albanera_desk.domain.records import LegalGround
from albanera_desk.domain.register_records import DataMap, ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import Zone, needs_art28_terms
from albanera_desk.services.register_health import HealthItem

# --- a third party's agreement ---------------------------------------------------------------


class AgreementState(Enum):
    NOT_NEEDED = "not needed"  # controllers and authorities sign no art. 28 agreement
    MISSING = "missing"
    TERMS_MISSING = "terms missing"
    SIGNED = "signed"


@dataclass(frozen=True, slots=True)
class Agreement:
    state: AgreementState
    signed_on: date | None = None
    missing_terms: int = 0

    @property
    def problem(self) -> bool:
        return self.state in (AgreementState.MISSING, AgreementState.TERMS_MISSING)


def agreement_of(record: ProcessorRecord) -> Agreement:
    if not needs_art28_terms(record.role):
        return Agreement(AgreementState.NOT_NEEDED)
    if record.dpa_signed_on is None:
        return Agreement(AgreementState.MISSING)
    missing = len(record.missing_art28_terms)
    if missing:
        return Agreement(AgreementState.TERMS_MISSING, record.dpa_signed_on, missing)
    return Agreement(AgreementState.SIGNED, record.dpa_signed_on)


def review_late(next_review: date | None, today: date) -> bool:
    return next_review is not None and next_review < today


def checks_of(
    items: Sequence[HealthItem], record_type: str, record_id: int | None
) -> list[HealthItem]:
    """The register checks that concern one record (none for a record not saved yet)."""
    if record_id is None:
        return []
    return [i for i in items if i.record_type == record_type and i.record_id == record_id]


# --- exports ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Export:
    """One export: which register (processors, activities, transfers or all), in which format."""

    kind: str
    fmt: str  # csv, xlsx or pdf
    semicolon: bool  # CSV for French Excel
    stem: str

    def file_name(self, today: date) -> str:
        return f"{self.stem}-{today.isoformat()}.{self.fmt}"


def export_of(kind: str, key: str, stem: str) -> Export:
    """``key``: the menu's choice, "csv", "csv;" (semicolon), "xlsx" or "pdf"."""
    return Export(kind, key.rstrip(";"), key == "csv;", stem)


def register_export(key: str, on_processors: bool) -> Export:
    """The Register section's exports: the tab shown, or every register in one XLSX."""
    kind = "all" if key == "xlsx" else ("processors" if on_processors else "activities")
    return export_of(kind, key, "register" if kind == "all" else kind)


# --- the data map and transfers --------------------------------------------------------------

COUNTRIES_SHOWN = 6


def zone_countries(countries: Sequence[str]) -> str:
    """A zone's countries on its button: the first six, then "…"."""
    shown = ", ".join(countries[:COUNTRIES_SHOWN])
    return shown + ("…" if len(countries) > COUNTRIES_SHOWN else "")


def toggle_zone(current: Zone | None, clicked: Zone) -> Zone | None:
    """A click chooses a zone; a second click on the same zone shows every transfer again."""
    return None if current is clicked else clicked


def zone_rows(
    rows: Sequence[TransferRecord], data_map: DataMap | None, zone: Zone | None
) -> tuple[list[TransferRecord], list[str]]:
    """The transfers the zone shows, and the third parties found there (by name)."""
    if zone is None or data_map is None:
        return list(rows), []
    cell = data_map.cell(zone)
    ids = {link.record_id for link in cell.links if link.record_type == "transfer"}
    names = [link.label for link in cell.links if link.record_type == "processor"]
    return [r for r in rows if r.id in ids], names


class TransferField(Enum):
    SCC_MODULE = "scc module"
    SCC_SIGNED = "scc signed"
    SCC_DOCUMENT = "scc document"
    BCR = "bcr"
    DEROGATION = "derogation"
    DEROGATION_REASON = "derogation reason"
    DPF = "dpf"


def ground_fields(ground: LegalGround | None, country: str) -> frozenset[TransferField]:
    """The fields a transfer's legal ground asks for (the form shows only these)."""
    fields: set[TransferField] = set()
    if ground == LegalGround.SCC:
        fields |= {TransferField.SCC_MODULE, TransferField.SCC_SIGNED, TransferField.SCC_DOCUMENT}
    if ground == LegalGround.BCR:
        fields.add(TransferField.BCR)
    if ground == LegalGround.DEROGATION:
        fields |= {TransferField.DEROGATION, TransferField.DEROGATION_REASON}
    # The US is adequate only for importers certified under the Data Privacy Framework.
    if ground == LegalGround.ADEQUACY and country == "US":
        fields.add(TransferField.DPF)
    return frozenset(fields)


def scc_module_kept(ground: LegalGround | None, module: str) -> str:
    """The SCC module is kept only for a transfer on standard contractual clauses."""
    return module if ground == LegalGround.SCC else ""
