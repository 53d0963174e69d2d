"""Reading one register row and writing it with its audit event (every use case's unit).

``get_row`` finds a row or says which record is missing; ``checked`` runs a domain check
and turns its refusal into ``RegisterInvalid``; ``apply_values`` writes what changed and
audits the field names (never the values).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.register_records import RecordType
from albanera_desk.domain.register_validation import RegisterRefusal
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.register.errors import RecordNotFound, RegisterInvalid
from albanera_desk.store.models import ProcessingActivity, Processor, Transfer

R = TypeVar("R")

# What the sentences refusing a record call it (worded again in the window).
RECORD = {
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
# The model's column names where the service speaks of the TIA.
_FIELD_NAMES = {"assessed_on": "tia_on", "assessment": "tia_outcome"}


# Fields of a record that are the row's timestamps, read as local days.
STAMPS = {"created_on": "created_at", "updated_on": "updated_at"}


def local_day(moment: datetime | None) -> date | None:
    """The day a stored moment (UTC) fell on, on this computer's clock."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone().date()


def checked(check: Callable[..., R], *args: Any) -> R:
    """``check(*args)``; a domain refusal becomes the user's sentence, nothing saved."""
    try:
        return check(*args)
    except RegisterRefusal as exc:
        raise RegisterInvalid(exc.args[0]) from None


def get_row(session: Session, model: type[Any], record_id: int, what: str) -> Any:
    row = session.get(model, record_id)
    if row is None:
        raise RecordNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no {what} numbered {id}.").format(
                what=what or QT_TRANSLATE_NOOP("Core", "such record"), id=record_id
            )
        )
    return row


def apply_values(
    session: Session,
    actor: str,
    row: Processor | ProcessingActivity | Transfer,
    values: dict[str, Any],
    record_type: RecordType,
) -> int:
    """Set ``values`` on ``row`` (added when new), audit the fields that changed; its id."""
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
            actor=actor,
            action=AuditAction.CREATE if creating else AuditAction.UPDATE,
            record_type=record_type,
            record_id=row.id,
            fields=[_FIELD_NAMES.get(name, name) for name in changed],
        )
    return row.id
