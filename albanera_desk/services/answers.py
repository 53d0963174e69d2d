"""What an answer letter says, drawn from the records (never retyped).

An access response (art. 15) states the purposes, the categories held, the
recipients by name (the CJEU's Österreichische Post ruling, C-154/21), the
retention, the sources other than the person, automated decisions and the
safeguards of transfers outside the EU; its annex lists every item held.
A correction or erasure confirmation lists what was done for the request and
who was told (art. 19). These are plain facts: wording is the letter's job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.records import (
    DataCategory,
    DataSource,
    LegalGround,
    MarketingChannel,
    ProcessorStatus,
)
from albanera_desk.store.models import (
    Correction,
    ErasureRecord,
    HeldItem,
    MarketingChoice,
    Person,
    ProcessingActivity,
    Processor,
    Request,
    Transfer,
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
class HeldItemFact:
    category: DataCategory
    description: str
    value: str
    source: DataSource
    collected_on: date | None
    retention: str


@dataclass(frozen=True, slots=True)
class PurposeFact:
    activity: str
    purposes: tuple[str, ...]
    legal_basis: str
    retention: str


@dataclass(frozen=True, slots=True)
class RecipientFact:
    id: int
    name: str
    country_code: str
    address: tuple[str, ...]
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TransferFact:
    importer: str
    country_code: str
    ground: LegalGround
    scc_module: str


@dataclass(frozen=True, slots=True)
class AccessFacts:
    """Everything art. 15 asks for, about one person; ``held`` is False for nobody known."""

    held: bool
    person_reference: str
    # The file's own fields, by correction field name ("email", "address", ...) and value.
    identity: tuple[tuple[str, str], ...]
    items: tuple[HeldItemFact, ...]
    categories: tuple[DataCategory, ...]
    purposes: tuple[PurposeFact, ...]
    recipients: tuple[RecipientFact, ...]
    transfers: tuple[TransferFact, ...]
    other_sources: tuple[DataSource, ...]


@dataclass(frozen=True, slots=True)
class CorrectionFact:
    field: str
    before: str
    after: str
    at: datetime


@dataclass(frozen=True, slots=True)
class OptOutFact:
    channel: MarketingChannel
    changed_at: datetime


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


def recipients_of(session: Session, categories: Iterable[str]) -> tuple[RecipientFact, ...]:
    """Active register entries that receive any of ``categories``, by name.

    Entries still "to complete" (placeholders from the policy) are not named: a letter
    names actual recipients (C-154/21), not a line of the office's to-do list.
    """
    wanted = {str(c) for c in categories}
    found = []
    for row in session.scalars(
        select(Processor)
        .where(Processor.status == ProcessorStatus.ACTIVE, Processor.to_complete.is_(False))
        .order_by(Processor.legal_name)
    ):
        shared = sorted(wanted & set(row.data_categories))
        if shared:
            found.append(
                RecipientFact(
                    row.id, row.legal_name, row.country_code, tuple(row.address), tuple(shared)
                )
            )
    return tuple(found)


def access_facts(session: Session, request: Request) -> AccessFacts:
    person = session.get(Person, request.person_id) if request.person_id else None
    if person is None or person.erased_at is not None:
        return AccessFacts(False, "", (), (), (), (), (), (), ())
    items = tuple(
        HeldItemFact(
            item.category,
            item.description,
            item.value,
            item.source,
            item.collected_on,
            item.retention_rule
            + (f" ({item.retention_end.isoformat()})" if item.retention_end else ""),
        )
        for item in sorted(person.items, key=lambda i: (i.category.value, i.id))
    )
    categories = {item.category for item in items}
    if person.contacts or person.addresses or person.first_name or person.last_name:
        categories.add(DataCategory.CONTACT)
    ordered = tuple(c for c in DataCategory if c in categories)
    wanted = {c.value for c in ordered}
    purposes = tuple(
        PurposeFact(a.name, tuple(a.purposes), a.legal_basis, a.retention)
        for a in session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.name))
        if wanted & set(a.data_categories)
    )
    recipients = recipients_of(session, wanted)
    importer_ids = {r.id for r in recipients}
    transfers = tuple(
        TransferFact(
            t.importer_name or _name_of(session, t.importer_id),
            t.destination_country,
            t.legal_ground,
            t.scc_module,
        )
        for t in session.scalars(select(Transfer).order_by(Transfer.destination_country))
        if t.ended_on is None
        and t.importer_id in importer_ids
        and t.legal_ground is not LegalGround.WITHIN_EEA
    )
    other_sources = tuple(
        s for s in DataSource if s is not DataSource.PERSON and any(i.source is s for i in items)
    )
    return AccessFacts(
        True,
        person.reference,
        _identity(person),
        items,
        ordered,
        purposes,
        recipients,
        transfers,
        other_sources,
    )


def corrections_for(session: Session, request: Request) -> tuple[CorrectionFact, ...]:
    rows = session.scalars(
        select(Correction).where(Correction.request_id == request.id).order_by(Correction.at)
    )
    return tuple(CorrectionFact(c.field, c.before, c.after, c.at) for c in rows)


def corrected_categories(session: Session, request: Request) -> set[str]:
    rows = session.scalars(select(Correction.field).where(Correction.request_id == request.id))
    return {field_category(field, session).value for field in rows}


def erasure_for(session: Session, request: Request) -> ErasureRecord | None:
    return session.scalars(
        select(ErasureRecord).where(ErasureRecord.request_id == request.id)
    ).first()


def opt_outs(session: Session, request: Request) -> tuple[OptOutFact, ...]:
    """The channels the person is opted out of now, with the date of the change."""
    if not request.person_id:
        return ()
    latest = latest_choices(
        session.scalars(
            select(MarketingChoice).where(MarketingChoice.person_id == request.person_id)
        )
    )
    return tuple(
        OptOutFact(channel, choice.changed_at)
        for channel, choice in sorted(latest.items())
        if not choice.opted_in
    )


def _name_of(session: Session, processor_id: int | None) -> str:
    row = session.get(Processor, processor_id) if processor_id else None
    return row.legal_name if row is not None else ""


def _identity(person: Person) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    for name in ("first_name", "last_name", "customer_id", "age_band"):
        value = getattr(person, name)
        if value:
            rows.append((name, str(value)))
    if person.birth_date:
        rows.append(("birth_date", person.birth_date.isoformat()))
    rows.extend((contact.kind.value, contact.value) for contact in person.contacts)
    for address in person.addresses:
        place = " ".join(p for p in (address.postcode, address.city) if p)
        rows.append(("address", ", ".join([*address.lines, place, address.country_code])))
    for channel, choice in sorted(latest_choices(person.marketing_choices).items()):
        rows.append((f"marketing_{channel.value}", "yes" if choice.opted_in else "no"))
    return tuple(rows)
