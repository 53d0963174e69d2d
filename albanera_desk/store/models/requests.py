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
    LetterKind,
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
