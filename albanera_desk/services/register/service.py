"""``RegisterService``: the register's one door for the window and the CLI.

Public API (it stays stable; each call is handed to its use case's module):

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

The records are in ``domain.register_records``, the errors in ``register.errors``; the
adequacy catalogue in ``register.adequacy``. Every write is one ``store.writer``
transaction with its audit event (field names only).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.register_data_map import data_map
from albanera_desk.domain.register_records import (
    ActivityRecord,
    DataMap,
    ProcessorRecord,
    RecordType,
    StoredDocument,
    TransferRecord,
)
from albanera_desk.services.register.activities import Activities
from albanera_desk.services.register.adequacy import load_adequacy_catalogue
from albanera_desk.services.register.attachments import Attachments
from albanera_desk.services.register.deletion import delete_record
from albanera_desk.services.register.export import RegisterExport
from albanera_desk.services.register.processors import Processors
from albanera_desk.services.register.starters import Starters
from albanera_desk.services.register.transfers import Transfers
from albanera_desk.store.store import Store

if TYPE_CHECKING:
    from albanera_desk.documents.register_export import ExportFormat, RegisterKind


class RegisterService:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor
        self.processors = Processors(store, actor)
        self.activities = Activities(store, actor)
        self.transfers = Transfers(store, actor)
        self.attachments = Attachments(store, actor)
        self.starters = Starters(store, actor)
        self.exports = RegisterExport(store, actor)

    # --- processors -------------------------------------------------------------

    def list_processors(self) -> list[ProcessorRecord]:
        return self.processors.all()

    def get_processor(self, processor_id: int) -> ProcessorRecord:
        return self.processors.get(processor_id)

    def save_processor(self, record: ProcessorRecord) -> int:
        return self.processors.save(record)

    def end_processor(
        self,
        processor_id: int,
        ended_on: date,
        data_returned_or_deleted_on: date | None = None,
    ) -> None:
        self.processors.end(processor_id, ended_on, data_returned_or_deleted_on)

    def attach_agreement(self, processor_id: int, filename: str, content: bytes) -> int:
        return self.processors.attach_agreement(processor_id, filename, content)

    def suggested_scc_module(self, importer_id: int) -> int:
        return self.processors.suggested_scc_module(importer_id)

    # --- activities -------------------------------------------------------------

    def list_activities(self) -> list[ActivityRecord]:
        return self.activities.all()

    def get_activity(self, activity_id: int) -> ActivityRecord:
        return self.activities.get(activity_id)

    def save_activity(self, record: ActivityRecord) -> int:
        return self.activities.save(record)

    # --- transfers --------------------------------------------------------------

    def list_transfers(self) -> list[TransferRecord]:
        return self.transfers.all()

    def get_transfer(self, transfer_id: int) -> TransferRecord:
        return self.transfers.get(transfer_id)

    def save_transfer(self, record: TransferRecord) -> int:
        return self.transfers.save(record)

    def attach_scc(self, transfer_id: int, filename: str, content: bytes) -> int:
        return self.transfers.attach_scc(transfer_id, filename, content)

    def attach_tia(self, transfer_id: int, filename: str, content: bytes) -> int:
        return self.transfers.attach_tia(transfer_id, filename, content)

    # --- documents, deleting, starters -------------------------------------------

    def document(self, attachment_id: int) -> StoredDocument | None:
        return self.attachments.document(attachment_id)

    def delete(self, record_type: RecordType, record_id: int) -> None:
        delete_record(self._store, self._actor, record_type, record_id)

    def add_policy_starters(self) -> int:
        return self.starters.add_policy_starters()

    def add_policy_activities(self) -> int:
        return self.starters.add_policy_activities()

    # --- views ------------------------------------------------------------------

    def data_map(self, catalogue: AdequacyCatalogue | None = None) -> DataMap:
        """Active processors (by processing country) and current transfers, per zone."""
        catalogue = catalogue or load_adequacy_catalogue()
        return data_map(self.list_processors(), self.list_transfers(), catalogue)

    def export_rows(self, kind: RegisterKind, language: str = "fr") -> list[dict[str, str]]:
        return self.exports.rows(kind, language)

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
        self.exports.export(
            kind,
            fmt,
            path,
            language=language,
            semicolon=semicolon,
            as_of=as_of,
            progress=progress,
        )
