"""The organisation profile, attachments kept inside the store, and office settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from albanera_desk.store.models.base import Base, Timestamped
from albanera_desk.store.types import utcnow


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
    # The controller's legal identity for the letterhead (where the profile has it).
    legal_form: Mapped[str] = mapped_column(String(100), default="")
    share_capital: Mapped[str] = mapped_column(String(60), default="")
    registered_office: Mapped[list[str]] = mapped_column(default=list)
    rcs: Mapped[str] = mapped_column(String(100), default="")  # "RCS Paris 123 456 789"
    siren: Mapped[str] = mapped_column(String(20), default="")
    signatory_title_fr: Mapped[str] = mapped_column(String(200), default="")  # French letters


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StoreSetting(Base):
    """One office setting that belongs to the store (transit days, holiday region, ...)."""

    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
