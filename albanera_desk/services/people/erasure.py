"""Erasing a person's file: their data and history go, a tombstone keeps the reference."""

from __future__ import annotations

from datetime import UTC, datetime

from albanera_desk.domain.people_rules import identifier_digest
from albanera_desk.domain.records import AuditAction
from albanera_desk.services.people.audited import audit_person, get_person
from albanera_desk.services.people_index import erased_digests, erasure_secret, unindex
from albanera_desk.store.models import ErasedIdentifier, ErasureRecord
from albanera_desk.store.store import Store


class Erasure:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def erase(self, person_id: int, request_id: int | None = None) -> str:
        """Erase the person's data and history; returns the reference kept on the tombstone.

        Contacts, addresses, items, marketing history and corrections are deleted, the
        identity fields blanked, the search row removed (pages zeroed: ``secure_delete``
        for tables, FTS5 ``secure-delete`` for the index). ``ErasureRecord`` keeps the
        reference, the date and the request; the audit trail never held values. Keyed
        digests of the customer ID, emails and phones (``ErasedIdentifier``) let a later
        shop import refuse to bring the person back, without keeping who they were.
        """
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            reference = person.reference
            secret = erasure_secret(session)
            identifiers = [("customer_id", person.customer_id or "")] + [
                (contact.kind.value, contact.value) for contact in person.contacts
            ]
            digests = {
                identifier_digest(secret, kind, value) for kind, value in identifiers if value
            }
            for collection in (
                person.contacts,
                person.addresses,
                person.items,
                person.marketing_choices,
                person.corrections,
            ):
                collection.clear()
            person.first_name = ""
            person.last_name = ""
            person.birth_date = None
            person.age_band = None
            person.customer_id = None
            person.notes = ""
            person.erased_at = datetime.now(UTC)
            record = ErasureRecord(
                person_reference=reference, request_id=request_id, actor=self._actor
            )
            session.add(record)
            session.flush()
            known = erased_digests(session, digests)  # erased before under another file
            session.add_all(
                ErasedIdentifier(digest=d, erasure_id=record.id) for d in digests - known
            )
            unindex(session, person.id)
            audit_person(session, self._actor, AuditAction.ERASE, person, [], note="erased")
        # Old page images in the WAL are encrypted, but need not linger either.
        with self._store.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # outside any transaction, or it cannot run
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return reference
