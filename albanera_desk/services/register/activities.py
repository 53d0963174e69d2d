"""The record of processing (GDPR art. 30(1)): one activity per line."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from albanera_desk.domain.register_records import ActivityRecord
from albanera_desk.domain.register_validation import check_activity
from albanera_desk.services.register.writing import (
    RECORD,
    STAMPS,
    apply_values,
    checked,
    get_row,
    local_day,
)
from albanera_desk.store.models import ProcessingActivity, Processor, Transfer
from albanera_desk.store.store import Store


class Activities:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def all(self) -> list[ActivityRecord]:
        with self._store.session_factory() as session:
            rows = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.id))
            return [activity_record(row) for row in rows]

    def get(self, activity_id: int) -> ActivityRecord:
        with self._store.session_factory() as session:
            return activity_record(
                get_row(session, ProcessingActivity, activity_id, RECORD["processing_activity"])
            )

    def save(self, record: ActivityRecord) -> int:
        """Create (``record.id is None``) or update; every linked record must exist."""
        values = checked(check_activity, record)
        with self._store.writer.begin() as session:
            for pid in values["recipient_ids"]:
                get_row(session, Processor, pid, RECORD["recipient"])
            for tid in values["transfer_ids"]:
                get_row(session, Transfer, tid, RECORD["transfer"])
            if values["joint_controller_id"] is not None:
                get_row(session, Processor, values["joint_controller_id"], RECORD["joint"])
            row = (
                ProcessingActivity()
                if record.id is None
                else get_row(session, ProcessingActivity, record.id, "")
            )
            return apply_values(session, self._actor, row, values, "activity")


def activity_record(row: ProcessingActivity) -> ActivityRecord:
    values = {
        f.name: getattr(row, f.name)
        for f in dataclasses.fields(ActivityRecord)
        if f.name not in STAMPS
    }
    values.update({name: local_day(getattr(row, column)) for name, column in STAMPS.items()})
    for name in ("purposes", "data_categories", "people_categories", "internal_recipients"):
        values[name] = list(values[name])
    values["recipient_ids"] = [int(i) for i in row.recipient_ids]
    values["transfer_ids"] = [int(i) for i in row.transfer_ids]
    return ActivityRecord(**values)
