"""Adding to a file: a contact, an address, an item held, a change of marketing choice."""

from __future__ import annotations

from albanera_desk.domain.person_drafts import (
    AddressDraft,
    ItemDraft,
    clean_address,
    clean_field,
    clean_item,
    contact_value,
)
from albanera_desk.domain.records import AuditAction, ContactKind, MarketingChannel
from albanera_desk.services.people.audited import audit_person, get_person, home_region
from albanera_desk.services.people.creation import address_row, item_row
from albanera_desk.services.people_index import reindex
from albanera_desk.store.models import ContactPoint, MarketingChoice
from albanera_desk.store.store import Store


class Additions:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def add_contact(self, person_id: int, kind: ContactKind, value: str) -> int:
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            stored = contact_value(kind, value, home_region(person))
            contact = ContactPoint(
                kind=kind,
                value=stored,
                is_primary=not any(c.kind == kind for c in person.contacts),
            )
            person.contacts.append(contact)
            session.flush()
            reindex(session, [person.id])
            audit_person(
                session, self._actor, AuditAction.UPDATE, person, [f"{kind.value}:{contact.id}"]
            )
            return contact.id

    def add_address(self, person_id: int, draft: AddressDraft) -> int:
        address = clean_address(draft)
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            row = address_row(address, primary=not person.addresses)
            person.addresses.append(row)
            session.flush()
            reindex(session, [person.id])
            audit_person(session, self._actor, AuditAction.UPDATE, person, [f"address:{row.id}"])
            return row.id

    def add_item(self, person_id: int, item: ItemDraft) -> int:
        draft = clean_item(item)
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            row = item_row(draft)
            person.items.append(row)
            session.flush()
            audit_person(session, self._actor, AuditAction.UPDATE, person, [f"item:{row.id}"])
            return row.id

    def set_marketing(
        self, person_id: int, channel: MarketingChannel, opted_in: bool, source: str
    ) -> None:
        """Record a change of choice on one channel; the history keeps every change."""
        where = clean_field(source, 100, "source of the choice")
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            person.marketing_choices.append(
                MarketingChoice(channel=MarketingChannel(channel), opted_in=opted_in, source=where)
            )
            session.flush()
            audit_person(
                session, self._actor, AuditAction.UPDATE, person, [f"marketing:{channel.value}"]
            )
