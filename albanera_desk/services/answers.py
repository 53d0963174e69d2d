"""What an answer letter says, drawn from the records (never retyped).

The facts about a person come from their provenance (``services.provenance``): the
activities their items and facts bring them into, and only those activities' recipients
and transfers. ``person_file`` builds the copy of the data (art. 15(3)) as the same
``PersonFile`` the person-file PDF prints: every item as held, notes, the consent history
and the correction history. These are plain facts: wording is the letters' job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

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
from albanera_desk.domain.records import (
    ContactKind,
    DataCategory,
    MarketingChannel,
    PersonFactKind,
)
from albanera_desk.services.provenance import Provenance, walk
from albanera_desk.store.models import (
    Correction,
    ErasedIdentifier,
    ErasureRecord,
    HeldItem,
    MarketingChoice,
    Person,
    Request,
)

# Correction field names ("email:12") name a category of data, so art. 19 knows whom to tell.
_FIELD_CATEGORY = {
    "first_name": DataCategory.CONTACT,
    "last_name": DataCategory.CONTACT,
    "email": DataCategory.CONTACT,
    "phone": DataCategory.CONTACT,
    "address": DataCategory.CONTACT,
    "customer_id": DataCategory.PURCHASES,
    "birth_date": DataCategory.DEMOGRAPHIC,
    "age_band": DataCategory.DEMOGRAPHIC,
}


@dataclass(frozen=True, slots=True)
class CorrectionFact:
    field: str
    before: str
    after: str
    at: datetime
    item_id: int | None  # for "item:7"


@dataclass(frozen=True, slots=True)
class ChannelFact:
    """One marketing channel now: opted in or not, and whether this request changed it."""

    channel: MarketingChannel
    opted_in: bool | None  # None: never asked
    changed_at: datetime | None
    applied_for_request: bool


def field_category(field: str, session: Session) -> DataCategory:
    """The category a corrected field belongs to ("item:7" looks up the item)."""
    base, _, ident = field.partition(":")
    if base == "item" and ident.isdigit():
        item = session.get(HeldItem, int(ident))
        return item.category if item is not None else DataCategory.CONTACT
    return _FIELD_CATEGORY.get(base, DataCategory.CONTACT)


def latest_choices(choices: Iterable[MarketingChoice]) -> dict[MarketingChannel, MarketingChoice]:
    """Each channel's current choice: the history is the rows, the latest one wins."""
    latest: dict[MarketingChannel, MarketingChoice] = {}
    for choice in sorted(choices, key=lambda c: (c.changed_at, c.id)):
        latest[choice.channel] = choice
    return latest


def corrections_for(session: Session, request: Request) -> tuple[CorrectionFact, ...]:
    rows = session.scalars(
        select(Correction).where(Correction.request_id == request.id).order_by(Correction.at)
    )
    out = []
    for c in rows:
        base, _, ident = c.field.partition(":")
        item_id = int(ident) if base == "item" and ident.isdigit() else None
        out.append(CorrectionFact(c.field, c.before, c.after, c.at, item_id))
    return tuple(out)


def erasure_for(session: Session, request: Request) -> ErasureRecord | None:
    return session.scalars(
        select(ErasureRecord).where(ErasureRecord.request_id == request.id)
    ).first()


def kept_digests(session: Session, erasure: ErasureRecord) -> int:
    """How many keyed digests of identifiers the erasure kept (to refuse a re-import)."""
    return len(
        session.scalars(
            select(ErasedIdentifier.digest).where(ErasedIdentifier.erasure_id == erasure.id)
        ).all()
    )


def channels(person: Person, request: Request) -> tuple[ChannelFact, ...]:
    """Every channel, its current choice, and whether it was stopped for this request."""
    latest = latest_choices(person.marketing_choices)
    out = []
    for channel in MarketingChannel:
        choice = latest.get(channel)
        applied = (
            choice is not None
            and not choice.opted_in
            and choice.changed_at.date() >= request.received_on
        )
        out.append(
            ChannelFact(
                channel,
                choice.opted_in if choice is not None else None,
                choice.changed_at if choice is not None else None,
                applied,
            )
        )
    return tuple(out)


def advertising_stopped(person: Person, request: Request) -> bool | None:
    """Interest-based advertising (profiling): None if never consented, True if stopped
    for this request, False if still running."""
    facts = [f for f in person.facts if f.kind is PersonFactKind.ADVERTISING_CONSENT]
    if not facts:
        return None
    if any(f.ended_on is None for f in facts):
        return False
    return any(f.ended_on is not None and f.ended_on >= request.received_on for f in facts)


def person_file(session: Session, person: Person, provenance: Provenance) -> PersonFile:
    """The whole file as held: the same plain data the person-file PDF prints, with each
    item's recipients taken from its own activity (never the register at large)."""
    if person.erased_at is not None:
        return _erased_file(person)
    latest = latest_choices(person.marketing_choices)
    history = sorted(person.marketing_choices, key=lambda m: (m.changed_at, m.id), reverse=True)

    def recipients(activity: str, category: DataCategory) -> tuple[str, ...]:
        return tuple(
            sorted(
                r.name
                for r in provenance.receivers
                if activity in r.activities and (not r.categories or category.value in r.categories)
            )
        )

    refs: dict[int, str] = {}
    ids = {c.request_id for c in person.corrections if c.request_id is not None}
    if ids:
        refs = {
            rid: ref
            for rid, ref in session.execute(
                select(Request.id, Request.reference).where(Request.id.in_(ids))
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
        flagged_minor=is_minor(person.birth_date, person.age_band, date.today()),
        erased=False,
        addresses=tuple(
            AddressView(
                a.id, tuple(a.lines), a.postcode, a.city, a.region, a.country_code, a.is_primary
            )
            for a in sorted(person.addresses, key=lambda a: (not a.is_primary, a.id))
        ),
        emails=tuple(
            ContactView(c.id, c.kind, c.value, c.value, c.is_primary)
            for c in contacts
            if c.kind is ContactKind.EMAIL
        ),
        phones=tuple(
            ContactView(c.id, c.kind, c.value, display_phone(c.value), c.is_primary)
            for c in contacts
            if c.kind is ContactKind.PHONE
        ),
        marketing=tuple(
            MarketingView(
                channel,
                latest[channel].opted_in if channel in latest else None,
                latest[channel].changed_at if channel in latest else None,
                latest[channel].source if channel in latest else "",
            )
            for channel in MarketingChannel
        ),
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
                retention_rule=i.retention,
                retention_end=i.retention_end,
                recipients=recipients(i.activity, i.category),
                activity=i.activity,
                partner=i.partner,
            )
            for i in provenance.items
        ),
        corrections=tuple(
            CorrectionView(
                field=c.field,
                before=c.before,
                after=c.after,
                who=c.actor,
                when=c.at,
                why=c.reason,
                request_reference=refs.get(c.request_id) if c.request_id else None,
            )
            for c in sorted(person.corrections, key=lambda c: (c.at, c.id), reverse=True)
        ),
    )


def person_file_of(session: Session, person: Person) -> PersonFile:
    """The person's file with each item's recipients from its own activity: what the
    window shows, the person-file exports (PDF, JSON, CSV) and the access response's copy
    all print (one builder)."""
    if person.erased_at is not None:
        return _erased_file(person)
    return person_file(session, person, walk(session, person))


def _erased_file(person: Person) -> PersonFile:
    """What is left of an erased person: the tombstone, nothing of who they were."""
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
