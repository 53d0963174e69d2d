"""A person's file: everything held, read whole; opening it is audited (VIEW).

``load_file`` reads it inside a caller's transaction (the exports use it too); who receives
each category follows the same rule as the letters (active, named register entries).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.people_rules import display_phone, is_minor
from albanera_desk.domain.person_file import (
    AddressView,
    ContactView,
    CorrectionView,
    ItemView,
    MarketingChange,
    MarketingView,
    PersonFile,
)
from albanera_desk.domain.records import AuditAction, ContactKind, DataCategory, MarketingChannel
from albanera_desk.services.answers import latest_choices, recipients_of
from albanera_desk.services.people.audited import audit_person, get_person
from albanera_desk.store.models import ContactPoint, Person, Request
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
    today = date.today()
    if person.erased_at is not None:
        return PersonFile(
            id=person.id,
            reference=person.reference,
            first_name="",
            last_name="",
            birth_date=None,
            age_band=None,
            customer_id=None,
            notes="",
            created_at=person.created_at,
            flagged_minor=False,
            erased=True,
            erased_at=person.erased_at,
        )
    # Who receives each category: the same rule as the letters (active, named entries).
    recipients: dict[str, list[str]] = defaultdict(list)
    for fact in recipients_of(session, [c.value for c in DataCategory]):
        for category in fact.categories:
            recipients[category].append(fact.name)
    history = sorted(person.marketing_choices, key=lambda m: (m.changed_at, m.id), reverse=True)
    latest = latest_choices(person.marketing_choices)
    current = [
        MarketingView(
            channel=channel,
            opted_in=latest[channel].opted_in if channel in latest else None,
            changed_at=latest[channel].changed_at if channel in latest else None,
            source=latest[channel].source if channel in latest else "",
        )
        for channel in MarketingChannel
    ]
    request_refs: dict[int, str] = {}
    request_ids = {c.request_id for c in person.corrections if c.request_id is not None}
    if request_ids:
        request_refs = {
            rid: ref
            for rid, ref in session.execute(
                select(Request.id, Request.reference).where(Request.id.in_(request_ids))
            )
        }
    contacts = sorted(person.contacts, key=lambda c: (not c.is_primary, c.id))
    return PersonFile(
        id=person.id,
        reference=person.reference,
        first_name=person.first_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        age_band=person.age_band,
        customer_id=person.customer_id,
        notes=person.notes,
        created_at=person.created_at,
        flagged_minor=is_minor(person.birth_date, person.age_band, today),
        erased=False,
        addresses=tuple(
            AddressView(
                id=a.id,
                lines=tuple(a.lines),
                postcode=a.postcode,
                city=a.city,
                region=a.region,
                country_code=a.country_code,
                is_primary=a.is_primary,
            )
            for a in sorted(person.addresses, key=lambda a: (not a.is_primary, a.id))
        ),
        emails=tuple(_contact_view(c) for c in contacts if c.kind == ContactKind.EMAIL),
        phones=tuple(_contact_view(c) for c in contacts if c.kind == ContactKind.PHONE),
        marketing=tuple(current),
        marketing_history=tuple(
            MarketingChange(m.channel, m.opted_in, m.changed_at, m.source) for m in history
        ),
        items=tuple(
            ItemView(
                id=i.id,
                category=i.category,
                description=i.description,
                value=i.value,
                source=i.source,
                collected_on=i.collected_on,
                retention_rule=i.retention_rule,
                retention_end=i.retention_end,
                recipients=tuple(sorted(recipients.get(i.category.value, []))),
            )
            for i in sorted(
                person.items, key=lambda i: (list(DataCategory).index(i.category), i.id)
            )
        ),
        corrections=tuple(
            CorrectionView(
                field=c.field,
                before=c.before,
                after=c.after,
                who=c.actor,
                when=c.at,
                why=c.reason,
                request_reference=request_refs.get(c.request_id) if c.request_id else None,
            )
            for c in sorted(person.corrections, key=lambda c: (c.at, c.id), reverse=True)
        ),
    )


def _contact_view(contact: ContactPoint) -> ContactView:
    shown = display_phone(contact.value) if contact.kind == ContactKind.PHONE else contact.value
    return ContactView(contact.id, contact.kind, contact.value, shown, contact.is_primary)
