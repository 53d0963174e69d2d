"""A person's file: everything held, read whole; opening it is audited (VIEW).

``load_file`` reads it inside a caller's transaction (the exports use it too). It is
``answers.person_file_of``, the builder of the access response's copy of the data
(art. 15(3)): the window, the person-file exports and the letter's annex cannot differ,
and each item's recipients come from the person's provenance (its own activity), never
from the register at large.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from albanera_desk.domain.person_file import PersonFile
from albanera_desk.domain.records import AuditAction
from albanera_desk.services.answers import person_file_of
from albanera_desk.services.people.audited import audit_person, get_person
from albanera_desk.store.models import Person
from albanera_desk.store.store import Store


class PersonFiles:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def open_file(self, person_id: int) -> PersonFile:
        """Everything held about the person; the opening itself goes to the audit trail."""
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            file = load_file(session, person)
            audit_person(session, self._actor, AuditAction.VIEW, person, [])
        return file


def load_file(session: Session, person: Person) -> PersonFile:
    """The file as held (the access response's copy): see the module's docstring."""
    return person_file_of(session, person)
