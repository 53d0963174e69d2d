"""The audit trail: append-only, hash-chained, never personal values."""

from __future__ import annotations

from sqlalchemy import (
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from albanera_desk.domain.records import (
    AuditAction,
)
from albanera_desk.store.models.base import Base
from albanera_desk.store.types import EnumText


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
