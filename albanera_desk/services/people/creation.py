"""New people: one, or many in one transaction (all or none)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from albanera_desk.domain.person_drafts import AddressDraft, ItemDraft, PersonDraft, clean_draft
from albanera_desk.domain.records import AuditAction, ContactKind
from albanera_desk.services.people.audited import audit_person
from albanera_desk.services.people_index import allocate_references, reindex
from albanera_desk.store.models import (
    ContactPoint,
    HeldItem,
    MarketingChoice,
    Person,
    PostalAddress,
)
from albanera_desk.store.store import Store


class Creation:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def create(self, draft: PersonDraft) -> int:
        return self.create_many([draft])[0]

    def create_many(self, drafts: Sequence[PersonDraft]) -> list[int]:
        """New people, all in one transaction (all or none); returns their ids in order."""
        cleaned = [clean_draft(d) for d in drafts]
        with self._store.writer.begin() as session:
            references = allocate_references(session, len(cleaned))
            people: list[Person] = []
            for draft, reference in zip(cleaned, references, strict=True):
                person = new_person(draft, reference)
                session.add(person)
                people.append(person)
            session.flush()
            reindex(session, [p.id for p in people])
            for person in people:
                audit_person(session, self._actor, AuditAction.CREATE, person, draft_fields(person))
            return [p.id for p in people]


def address_row(draft: AddressDraft, *, primary: bool) -> PostalAddress:
    return PostalAddress(
        lines=list(draft.lines),
        postcode=draft.postcode,
        city=draft.city,
        region=draft.region,
        country_code=draft.country_code,
        is_primary=primary,
    )


def item_row(draft: ItemDraft) -> HeldItem:
    return HeldItem(
        category=draft.category,
        description=draft.description,
        value=draft.value,
        source=draft.source,
        collected_on=draft.collected_on,
        retention_rule=draft.retention_rule,
        retention_end=draft.retention_end,
    )


def new_person(draft: PersonDraft, reference: str) -> Person:
    person = Person(
        reference=reference,
        first_name=draft.first_name,
        last_name=draft.last_name,
        customer_id=draft.customer_id,
        birth_date=draft.birth_date,
        age_band=draft.age_band,
        notes=draft.notes,
    )
    person.contacts.extend(
        ContactPoint(kind=ContactKind.EMAIL, value=e, is_primary=i == 0)
        for i, e in enumerate(draft.emails)
    )
    person.contacts.extend(
        ContactPoint(kind=ContactKind.PHONE, value=p, is_primary=i == 0)
        for i, p in enumerate(draft.phones)
    )
    person.addresses.extend(address_row(a, primary=i == 0) for i, a in enumerate(draft.addresses))
    person.items.extend(item_row(i) for i in draft.items)
    now = datetime.now(UTC)
    person.marketing_choices.extend(
        MarketingChoice(
            channel=m.channel, opted_in=m.opted_in, source=m.source, changed_at=m.changed_at or now
        )
        for m in draft.marketing
    )
    return person


def draft_fields(person: Person) -> list[str]:
    names = ("first_name", "last_name", "customer_id", "birth_date", "age_band")
    present = [n for n in names if getattr(person, n)]
    present += sorted({f"{c.kind.value}" for c in person.contacts})
    if person.addresses:
        present.append("address")
    if person.items:
        present.append("items")
    if person.marketing_choices:
        present.append("marketing")
    return present
