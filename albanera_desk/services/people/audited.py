"""A person's row for a use case, and the audit event each use case writes about it.

Audit events name fields and the person's reference, never values.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.people.errors import PersonNotFound
from albanera_desk.store.models import Person

RECORD_TYPE = "person"


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, int(person_id))
    if person is None:
        raise PersonNotFound(
            QT_TRANSLATE_NOOP("Core", "This person is not in the file (erased or never recorded).")
        )
    return person


def audit_person(
    session: Session,
    actor: str,
    action: AuditAction,
    person: Person,
    fields: Sequence[str],
    note: str = "",
) -> None:
    audit.append(
        session,
        actor=actor,
        action=action,
        record_type=RECORD_TYPE,
        record_id=person.reference,
        fields=list(fields),
        note=note,
    )


def home_region(person: Person) -> str:
    """The country of the primary address (reads national phone numbers); FR without one."""
    primary = next((a for a in person.addresses if a.is_primary), None)
    return primary.country_code if primary else "FR"
