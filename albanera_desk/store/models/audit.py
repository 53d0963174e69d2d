"""The audit trail: append-only, hash-chained, never personal values."""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
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


class AuditAnchor(Base):
    """The chain's head (event count, last hash) under a MAC keyed from the store key.

    One row (id 1). The store's triggers keep it in step with every append and refuse
    any other change; ``check`` verifies it against the chain (see ``domain.audit_chain``).
    """

    __tablename__ = "audit_anchor"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    salt: Mapped[str] = mapped_column(String(32))
    events: Mapped[int] = mapped_column(Integer)
    head: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))
    # The MAC under the key a key change is about to set (cleared by the next append).
    next_mac: Mapped[str | None] = mapped_column(String(64))
