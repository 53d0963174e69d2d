"""Requests received by post (or otherwise), their events and the letters sent back."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from albanera_desk.domain.records import (
    Channel,
    DecisionGround,
    LetterKind,
    ProcessorRole,
    Regime,
    RequestStatus,
)
from albanera_desk.store.models.base import Base, Timestamped
from albanera_desk.store.types import EnumText, utcnow


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
    # The office said the letter is about nobody in the file (then "no data held" is true).
    nobody_known_on: Mapped[date | None] = mapped_column(Date)
    # A refusal (status refused) with its own ground and reason, never an extension's.
    refusal_ground: Mapped[DecisionGround | None] = mapped_column(EnumText(DecisionGround))
    refusal_reason: Mapped[str] = mapped_column(Text, default="")
    # A partial answer: done except ``partial_left``, for ``partial_reason`` on its ground.
    partial_ground: Mapped[DecisionGround | None] = mapped_column(EnumText(DecisionGround))
    partial_left: Mapped[str] = mapped_column(Text, default="")
    partial_reason: Mapped[str] = mapped_column(Text, default="")

    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestEvent.at"
    )
    letters: Mapped[list[Letter]] = relationship(
        back_populates="request", cascade="all, delete-orphan"
    )
    notices: Mapped[list[RecipientNotice]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RecipientNotice.id"
    )
    documents: Mapped[list[RequestDocument]] = relationship(
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


class RecipientNotice(Base):
    """Art. 19: one recipient to tell of a correction, erasure or restriction for a request.

    Planned from the person's provenance while the file still says who received what
    (so an erasure keeps its notices), posted later; ``identifiers`` are what the
    recipient knows the person by, ``kept`` what a legal duty keeps out of the erasure.
    """

    __tablename__ = "recipient_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    processor_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(String(20))  # correction, erasure, restriction, lift
    recipient_name: Mapped[str] = mapped_column(String(300))
    recipient_address: Mapped[list[str]] = mapped_column(default=list)
    recipient_country: Mapped[str] = mapped_column(String(2), default="FR")
    role: Mapped[ProcessorRole] = mapped_column(EnumText(ProcessorRole))
    identifiers: Mapped[list[str]] = mapped_column(default=list)  # "customer_id=...", ...
    categories: Mapped[list[str]] = mapped_column(default=list)
    changes: Mapped[list[str]] = mapped_column(default=list)  # "field=new value"
    kept: Mapped[list[str]] = mapped_column(default=list)  # categories under art. 17(3)
    planned_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_on: Mapped[date | None] = mapped_column(Date)
    pdf_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id", ondelete="SET NULL"))

    request: Mapped[Request] = relationship(back_populates="notices")


class RequestDocument(Base):
    """A file made for a request and kept with it (the portable copy in JSON and CSV)."""

    __tablename__ = "request_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("request.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(40))  # portability_json, portability_csv
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    request: Mapped[Request] = relationship(back_populates="documents")
