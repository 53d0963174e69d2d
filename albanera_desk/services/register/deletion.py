"""Deleting a processor, activity or transfer, and every link that pointed at it."""

from __future__ import annotations

from sqlalchemy import select

from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.register_records import RecordType
from albanera_desk.services import audit
from albanera_desk.services.register.writing import RECORD, get_row
from albanera_desk.store.models import ProcessingActivity, Processor, Transfer
from albanera_desk.store.store import Store


def delete_record(store: Store, actor: str, record_type: RecordType, record_id: int) -> None:
    """Delete the record; links to it are cleared, each change audited.

    Sub-processors, transfers and activities keep their rows; their link to a deleted
    processor (parent, importer, recipient, joint controller) is cleared.
    """
    model = {"processor": Processor, "activity": ProcessingActivity, "transfer": Transfer}
    with store.writer.begin() as session:
        row = get_row(session, model[record_type], record_id, RECORD[record_type])
        if record_type in ("processor", "transfer"):
            column = "recipient_ids" if record_type == "processor" else "transfer_ids"
            for activity in session.scalars(select(ProcessingActivity)):
                ids = getattr(activity, column)
                if record_id in ids:
                    setattr(activity, column, [i for i in ids if i != record_id])
                    audit.append(
                        session,
                        actor=actor,
                        action=AuditAction.UPDATE,
                        record_type="activity",
                        record_id=activity.id,
                        fields=[column],
                    )
        session.delete(row)
        audit.append(
            session,
            actor=actor,
            action=AuditAction.DELETE,
            record_type=record_type,
            record_id=record_id,
        )
