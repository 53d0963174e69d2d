"""Register entries: the third parties that receive personal data, and their contracts."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import select

from albanera_desk.domain.records import ProcessorStatus
from albanera_desk.domain.register_records import ProcessorRecord
from albanera_desk.domain.register_rules import Party, party_of, scc_module
from albanera_desk.domain.register_validation import check_ending, check_processor
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.register.attachments import Attachments
from albanera_desk.services.register.errors import RegisterInvalid
from albanera_desk.services.register.writing import (
    RECORD,
    STAMPS,
    apply_values,
    checked,
    get_row,
    local_day,
)
from albanera_desk.store.models import Processor
from albanera_desk.store.store import Store


class Processors:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def all(self) -> list[ProcessorRecord]:
        """Every entry, by name."""
        with self._store.session_factory() as session:
            rows = session.scalars(select(Processor).order_by(Processor.legal_name, Processor.id))
            return [processor_record(row) for row in rows]

    def get(self, processor_id: int) -> ProcessorRecord:
        with self._store.session_factory() as session:
            return processor_record(get_row(session, Processor, processor_id, RECORD["entry"]))

    def save(self, record: ProcessorRecord) -> int:
        """Create (``record.id is None``) or update; returns the id."""
        values = checked(check_processor, record)
        with self._store.writer.begin() as session:
            if values["parent_id"] is not None:
                get_row(session, Processor, values["parent_id"], RECORD["parent"])
                if values["parent_id"] == record.id:
                    raise RegisterInvalid(
                        QT_TRANSLATE_NOOP("Core", "An entry cannot be its own sub-processor.")
                    )
            row = Processor() if record.id is None else get_row(session, Processor, record.id, "")
            return apply_values(session, self._actor, row, values, "processor")

    def end(
        self,
        processor_id: int,
        ended_on: date,
        data_returned_or_deleted_on: date | None = None,
    ) -> None:
        """Mark the contract ended; the date the data was returned or deleted when known."""
        checked(check_ending, ended_on, data_returned_or_deleted_on)
        with self._store.writer.begin() as session:
            row = get_row(session, Processor, processor_id, RECORD["entry"])
            values = {
                "status": ProcessorStatus.ENDED,
                "ended_on": ended_on,
                "data_returned_or_deleted_on": data_returned_or_deleted_on,
            }
            apply_values(session, self._actor, row, values, "processor")

    def attach_agreement(self, processor_id: int, filename: str, content: bytes) -> int:
        """Keep the signed data processing agreement in the store; returns the attachment id."""
        return Attachments(self._store, self._actor).attach(
            Processor, processor_id, "dpa_document_id", filename, content
        )

    def suggested_scc_module(self, importer_id: int) -> int:
        """The SCC module for a transfer from the office (a controller) to this importer."""
        record = self.get(importer_id)
        return scc_module(Party.CONTROLLER, party_of(record.role))


def processor_record(row: Processor) -> ProcessorRecord:
    values = {
        f.name: getattr(row, f.name)
        for f in dataclasses.fields(ProcessorRecord)
        if f.name not in STAMPS
    }
    values.update({name: local_day(getattr(row, column)) for name, column in STAMPS.items()})
    for name in ("address", "purposes", "data_categories", "people_categories", "countries"):
        values[name] = list(values[name])
    values["art28_terms"] = list(row.art28_terms)
    return ProcessorRecord(**values)
