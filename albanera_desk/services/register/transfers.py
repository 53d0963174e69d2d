"""Transfer records: each flow of personal data out of France / the EU (GDPR chapter V)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from albanera_desk.domain.register_records import TransferRecord
from albanera_desk.domain.register_validation import check_transfer
from albanera_desk.services.register.attachments import Attachments
from albanera_desk.services.register.writing import (
    RECORD,
    STAMPS,
    apply_values,
    checked,
    get_row,
    local_day,
)
from albanera_desk.store.models import Processor, Transfer
from albanera_desk.store.store import Store


class Transfers:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def all(self) -> list[TransferRecord]:
        with self._store.session_factory() as session:
            rows = session.scalars(select(Transfer).order_by(Transfer.id))
            return [transfer_record(row) for row in rows]

    def get(self, transfer_id: int) -> TransferRecord:
        with self._store.session_factory() as session:
            return transfer_record(get_row(session, Transfer, transfer_id, RECORD["transfer"]))

    def save(self, record: TransferRecord) -> int:
        """Create (``record.id is None``) or update; the importer's name from its entry."""
        values = checked(check_transfer, record)
        with self._store.writer.begin() as session:
            if values["importer_id"] is not None:
                importer = get_row(session, Processor, values["importer_id"], RECORD["importer"])
                if not values["importer_name"]:
                    values["importer_name"] = importer.legal_name
            row = Transfer() if record.id is None else get_row(session, Transfer, record.id, "")
            return apply_values(session, self._actor, row, values, "transfer")

    def attach_scc(self, transfer_id: int, filename: str, content: bytes) -> int:
        """Keep the signed standard contractual clauses in the store."""
        return Attachments(self._store, self._actor).attach(
            Transfer, transfer_id, "scc_document_id", filename, content
        )

    def attach_tia(self, transfer_id: int, filename: str, content: bytes) -> int:
        """Keep the transfer impact assessment in the store."""
        return Attachments(self._store, self._actor).attach(
            Transfer, transfer_id, "tia_document_id", filename, content
        )


def transfer_record(row: Transfer) -> TransferRecord:
    names = {f.name for f in dataclasses.fields(TransferRecord)} - {"tia_on", "tia_outcome"}
    values = {name: getattr(row, name) for name in names - set(STAMPS)}
    values.update({name: local_day(getattr(row, column)) for name, column in STAMPS.items()})
    values["data_categories"] = list(row.data_categories)
    return TransferRecord(**values, tia_on=row.assessed_on, tia_outcome=row.assessment)
