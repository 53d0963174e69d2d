"""The records of DESIGN.md as typed SQLAlchemy 2 models, one declarative base.

Every schema change is an Alembic revision in ``db/versions``; a test checks
that these models and the revisions agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from albanera_desk.domain.records import (
    AuditAction,
    CcpaRole,
    Channel,
    ContactKind,
    DataCategory,
    DataSource,
    LegalGround,
    LetterKind,
    MarketingChannel,
    ProcessorRole,
    ProcessorStatus,
    Regime,
    RequestStatus,
)
from albanera_desk.store.types import EnumText, JSONList, UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        list[Any]: JSONList(),
        list[str]: JSONList(),
    }


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


# --- organisation ------------------------------------------------------------


class Organisation(Timestamped, Base):
    """The controller's profile: one row."""

    __tablename__ = "organisation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    controller_name: Mapped[str] = mapped_column(String(200))
    contact_role: Mapped[str] = mapped_column(String(200), default="")
    address_lines: Mapped[list[str]] = mapped_column(default=list)
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="FR")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    dpo_contact: Mapped[str] = mapped_column(String(300), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    ccpa_applies: Mapped[bool] = mapped_column(Boolean, default=False)
    default_language: Mapped[str] = mapped_column(String(5), default="fr")


# --- attachments (scans, letters, contracts), kept inside the store -----------


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- the personal-information file -------------------------------------------


class Person(Timestamped, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="", index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    age_band: Mapped[str | None] = mapped_column(String(20))
    customer_id: Mapped[str | None] = mapped_column(String(64), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when the person was erased: the row stays as a tombstone without personal values.
    erased_at: Mapped[datetime | None] = mapped_column()

    addresses: Mapped[list[PostalAddress]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    marketing_choices: Mapped[list[MarketingChoice]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    items: Mapped[list[HeldItem]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    corrections: Mapped[list[Correction]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class PostalAddress(Base):
    __tablename__ = "postal_address"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(40), default="")
    recipient: Mapped[str] = mapped_column(String(300), default="")
    lines: Mapped[list[str]] = mapped_column(default=list)
    postcode: Mapped[str] = mapped_column(String(20), default="", index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="FR")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship(back_populates="addresses")


class ContactPoint(Base):
    """An email address or a phone number (E.164)."""

    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(EnumText(ContactKind))
    value: Mapped[str] = mapped_column(String(320), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship(back_populates="contacts")


class MarketingChoice(Base):
    """One change of a marketing choice: the history is the rows, the latest wins."""

    __tablename__ = "marketing_choice"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    channel: Mapped[MarketingChannel] = mapped_column(EnumText(MarketingChannel))
    opted_in: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    source: Mapped[str] = mapped_column(String(100), default="")

    person: Mapped[Person] = relationship(back_populates="marketing_choices")


class HeldItem(Timestamped, Base):
    """One piece of information held about a person, in one of the policy's categories."""

    __tablename__ = "held_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    category: Mapped[DataCategory] = mapped_column(EnumText(DataCategory))
    description: Mapped[str] = mapped_column(String(300))
    value: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[DataSource] = mapped_column(EnumText(DataSource))
    collected_on: Mapped[date | None] = mapped_column(Date)
    retention_rule: Mapped[str] = mapped_column(String(300), default="")
    retention_end: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="items")


class Correction(Base):
    """One corrected field: before, after, who, when, why, and the request it answers."""

    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request.id", ondelete="SET NULL"), index=True
    )
    field: Mapped[str] = mapped_column(String(100))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship(back_populates="corrections")


class ErasureRecord(Base):
    """The minimal proof that an erasure was done: no personal values."""

    __tablename__ = "erasure_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_reference: Mapped[str] = mapped_column(String(20))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="SET NULL"))
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))


# --- requests (postal letters) -------------------------------------------------


class Request(Timestamped, Base):
    __tablename__ = "request"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    kinds: Mapped[list[str]] = mapped_column(default=list)
    channel: Mapped[Channel] = mapped_column(EnumText(Channel), default=Channel.POST)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    writer_name: Mapped[str] = mapped_column(String(300), default="")
    writer_address: Mapped[list[str]] = mapped_column(default=list)
    writer_country: Mapped[str] = mapped_column(String(2), default="FR")
    summary: Mapped[str] = mapped_column(Text, default="")
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"))
    status: Mapped[RequestStatus] = mapped_column(
        EnumText(RequestStatus), default=RequestStatus.RECEIVED, index=True
    )
    regimes: Mapped[list[str]] = mapped_column(default=lambda: [Regime.GDPR.value])
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    gdpr_due: Mapped[date | None] = mapped_column(Date, index=True)
    ccpa_due: Mapped[date | None] = mapped_column(Date)
    due_rule: Mapped[str] = mapped_column(Text, default="")
    identity_asked_on: Mapped[date | None] = mapped_column(Date)
    identity_received_on: Mapped[date | None] = mapped_column(Date)
    identity_method: Mapped[str] = mapped_column(String(200), default="")
    identity_result: Mapped[str] = mapped_column(String(40), default="")
    answered_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)

    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestEvent.at"
    )
    letters: Mapped[list[Letter]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )


class RequestEvent(Base):
    __tablename__ = "request_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100))

    request: Mapped[Request] = relationship(back_populates="events")


class Letter(Base):
    """A letter sent back, with the PDF as it was posted."""

    __tablename__ = "letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LetterKind] = mapped_column(EnumText(LetterKind))
    language: Mapped[str] = mapped_column(String(5), default="fr")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    pdf_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"))
    posted_on: Mapped[date | None] = mapped_column(Date)
    registered: Mapped[bool] = mapped_column(Boolean, default=False)
    tracking_number: Mapped[str] = mapped_column(String(60), default="")

    request: Mapped[Request] = relationship(back_populates="letters")


# --- processor register and record of processing --------------------------------


class Processor(Timestamped, Base):
    """A third party that receives personal information."""

    __tablename__ = "processor"

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    address: Mapped[list[str]] = mapped_column(default=list)
    country_code: Mapped[str] = mapped_column(String(2), default="FR")
    contact: Mapped[str] = mapped_column(String(300), default="")
    dpo_contact: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[ProcessorRole] = mapped_column(EnumText(ProcessorRole))
    ccpa_role: Mapped[CcpaRole | None] = mapped_column(EnumText(CcpaRole))
    service: Mapped[str] = mapped_column(Text, default="")
    purposes: Mapped[list[str]] = mapped_column(default=list)
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    people_categories: Mapped[list[str]] = mapped_column(default=list)
    countries: Mapped[list[str]] = mapped_column(default=list)
    retention: Mapped[str] = mapped_column(Text, default="")
    security_measures: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[ProcessorStatus] = mapped_column(
        EnumText(ProcessorStatus), default=ProcessorStatus.ACTIVE
    )
    ended_on: Mapped[date | None] = mapped_column(Date)
    data_returned_or_deleted_on: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date)
    to_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    dpa_signed_on: Mapped[date | None] = mapped_column(Date)
    dpa_expires_on: Mapped[date | None] = mapped_column(Date)
    dpa_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    # The art. 28(3) terms found in the contract, by key (see domain rules).
    art28_terms: Mapped[list[str]] = mapped_column(default=list)

    sub_processors: Mapped[list[Processor]] = relationship(back_populates="parent")
    parent: Mapped[Processor | None] = relationship(
        back_populates="sub_processors", remote_side="Processor.id"
    )


class ProcessingActivity(Timestamped, Base):
    """One line of the record of processing (art. 30)."""

    __tablename__ = "processing_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    purposes: Mapped[list[str]] = mapped_column(default=list)
    legal_basis: Mapped[str] = mapped_column(String(100), default="")
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    people_categories: Mapped[list[str]] = mapped_column(default=list)
    recipient_ids: Mapped[list[int]] = mapped_column(JSONList(), default=list)
    retention: Mapped[str] = mapped_column(Text, default="")
    security_measures: Mapped[str] = mapped_column(Text, default="")
    joint_controller_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL")
    )


class Transfer(Timestamped, Base):
    """One flow of personal data out of France / the EU."""

    __tablename__ = "transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    exporter: Mapped[str] = mapped_column(String(300))
    importer_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL"), index=True
    )
    importer_name: Mapped[str] = mapped_column(String(300), default="")
    destination_country: Mapped[str] = mapped_column(String(2))
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    legal_ground: Mapped[LegalGround] = mapped_column(EnumText(LegalGround))
    scc_module: Mapped[str] = mapped_column(String(20), default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)
    measures: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)


# --- audit trail -------------------------------------------------------------------


class AuditEvent(Base):
    """Append-only, hash-chained. Names records and fields, never personal values."""

    __tablename__ = "audit_event"
    __table_args__ = (
        UniqueConstraint("seq", name="seq"),
        Index("ix_audit_event_record", "record_type", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40), index=True)  # ISO text, hashed as stored
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[AuditAction] = mapped_column(EnumText(AuditAction))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(40))
    fields: Mapped[list[str]] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(String(300), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


# --- office settings kept with the data they govern ------------------------------


class StoreSetting(Base):
    """One office setting that belongs to the store (transit days, holiday region, ...)."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
