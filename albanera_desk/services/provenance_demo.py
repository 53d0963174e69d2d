"""Provenance for the demo: each fictional item linked to the activity it serves, and the
facts that decide disclosures (contest entries, consent to advertising, two contest
winners whose hotel booking went to Morocco under art. 49(1)(b)).

Deterministic: the same demo every time. Written in one transaction, with one audit event.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from albanera_desk.domain.records import (
    AuditAction,
    DataCategory,
    LegalGround,
    PersonFactKind,
)
from albanera_desk.services import audit
from albanera_desk.store.models import (
    HeldItem,
    Person,
    PersonFact,
    ProcessingActivity,
    Processor,
    Transfer,
)
from albanera_desk.store.store import Store

C = DataCategory
# Which activity (by the register's starter key) each demo item serves.
_BY_CATEGORY = {
    C.CONTACT: "orders_payment",
    C.PAYMENT: "orders_payment",
    C.PURCHASES: "orders_payment",
    C.POSTED_CONTENT: "reviews",
    C.SOCIAL_MEDIA: "promotions_events",
    C.DEMOGRAPHIC: "marketing_messages",
    C.LOCATION: "store_cards",
    C.BROWSING: "interest_advertising",
}
ANALYTICS_PARTNER = "Northbeam Analytics Inc."
WINNERS = 2


def fill(store: Store, actor: str) -> None:
    with store.writer.begin() as session:
        activities = {
            a.starter_key: a.id
            for a in session.scalars(select(ProcessingActivity))
            if a.starter_key
        }
        partner = session.scalars(
            select(Processor.id).where(Processor.legal_name == ANALYTICS_PARTNER)
        ).first()
        morocco = session.scalars(
            select(Transfer.id).where(Transfer.legal_ground == LegalGround.DEROGATION)
        ).first()
        winners = 0
        people = session.scalars(
            select(Person).where(Person.erased_at.is_(None)).order_by(Person.id)
        ).all()
        for person in people:
            items: list[HeldItem] = list(person.items)
            consented = any(i.category is C.BROWSING for i in items)  # cookies were accepted
            for item in items:
                key = _BY_CATEGORY.get(item.category)
                if item.category is C.DEVICES:
                    key = "interest_advertising" if consented else "customer_accounts"
                item.activity_id = activities.get(key or "")
                if item.source.value == "partner" and partner is not None:
                    item.source_partner_id = partner
            since = min((i.collected_on for i in items if i.collected_on), default=date(2024, 1, 1))
            if consented and "interest_advertising" in activities:
                person.facts.append(
                    PersonFact(
                        kind=PersonFactKind.ADVERTISING_CONSENT,
                        activity_id=activities["interest_advertising"],
                        started_on=since,
                        note="cookie banner",
                        actor=actor,
                    )
                )
            if any(i.category is C.SOCIAL_MEDIA for i in items):
                person.facts.append(
                    PersonFact(
                        kind=PersonFactKind.CONTEST_ENTRY,
                        activity_id=activities.get("promotions_events"),
                        started_on=date(2026, 3, 20),
                        note="spring draw",
                        actor=actor,
                    )
                )
                if morocco is not None and winners < WINNERS:
                    winners += 1
                    person.facts.append(
                        PersonFact(
                            kind=PersonFactKind.DEROGATION_TRANSFER,
                            transfer_id=morocco,
                            started_on=date(2026, 4, 2),
                            note="winner of the spring draw: hotel booking",
                            actor=actor,
                        )
                    )
        audit.append(
            session,
            actor=actor,
            action=AuditAction.UPDATE,
            record_type="person",
            fields=["item:activity", "facts"],
            note=f"demo provenance for {len(people)} people",
        )


def link_orders(store: Store, actor: str, person_id: int) -> None:
    """The demo's Californian customer: their orders serve the orders activity."""
    with store.writer.begin() as session:
        activity = session.scalars(
            select(ProcessingActivity.id).where(ProcessingActivity.starter_key == "orders_payment")
        ).first()
        person = session.get(Person, person_id)
        assert person is not None
        for item in person.items:
            item.activity_id = activity
        audit.append(
            session,
            actor=actor,
            action=AuditAction.UPDATE,
            record_type="person",
            record_id=person.reference,
            fields=["item:activity"],
        )
