"""The personal-information file: people and everything held about them.

``person_search`` is an SQLite FTS5 index (one row per person, rowid = person.id, folded
text of names, emails, phones, postcodes and customer ID), kept in step by
``albanera_desk.services.people``. FTS5 makes its own shadow tables; they are declared here
too so the models describe the whole schema (the revision check compares both), and
``create_all`` emits the virtual table and leaves the shadows to it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.schema import CreateTable, DropTable
from sqlalchemy.types import NullType

from albanera_desk.domain.records import (
    ContactKind,
    DataCategory,
    DataSource,
    MarketingChannel,
    PersonFactKind,
)
from albanera_desk.store.models.base import Base, Timestamped
from albanera_desk.store.types import EnumText, utcnow


class Person(Timestamped, Base):
    __tablename__ = "person"
    __table_args__ = (
        # The People list's order; partial, so erased tombstones cost the list nothing.
        Index(
            "ix_person_listing",
            "last_name",
            "first_name",
            "id",
            sqlite_where=text("erased_at IS NULL"),
        ),
        # People under 16 to review: found by birth date or age band without a full scan.
        Index(
            "ix_person_birth_date",
            "birth_date",
            sqlite_where=text("birth_date IS NOT NULL AND erased_at IS NULL"),
        ),
        Index(
            "ix_person_age_band",
            "age_band",
            sqlite_where=text("age_band IS NOT NULL AND age_band != '' AND erased_at IS NULL"),
        ),
    )

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
    facts: Mapped[list[PersonFact]] = relationship(
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
    # Items past their retention end are found without reading every item.
    __table_args__ = (
        Index(
            "ix_held_item_retention_end",
            "retention_end",
            sqlite_where=text("retention_end IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    category: Mapped[DataCategory] = mapped_column(EnumText(DataCategory))
    description: Mapped[str] = mapped_column(String(300))
    value: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[DataSource] = mapped_column(EnumText(DataSource))
    collected_on: Mapped[date | None] = mapped_column(Date)
    retention_rule: Mapped[str] = mapped_column(String(300), default="")
    retention_end: Mapped[date | None] = mapped_column(Date)
    # Provenance: the processing activity this item serves (None: not linked yet, and the
    # letters that speak of recipients refuse until it is), and the partner it came from.
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("processing_activity.id", ondelete="SET NULL"), index=True
    )
    source_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL")
    )

    person: Mapped[Person] = relationship(back_populates="items")


class PersonFact(Base):
    """A fact on the person that decides a disclosure: a contest entry, a consent to
    advertising, an art. 49 transfer made for them, a restriction, an upheld objection."""

    __tablename__ = "person_fact"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PersonFactKind] = mapped_column(EnumText(PersonFactKind))
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("processing_activity.id", ondelete="SET NULL")
    )
    transfer_id: Mapped[int | None] = mapped_column(ForeignKey("transfer.id", ondelete="SET NULL"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="SET NULL"))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship(back_populates="facts")


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


class ErasedIdentifier(Base):
    """A keyed digest (HMAC-SHA256 with the store's own secret) of an erased person's
    customer ID, email or phone: enough to refuse bringing them back with the next shop
    import, never enough to read who they were."""

    __tablename__ = "erased_identifier"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    erasure_id: Mapped[int] = mapped_column(
        ForeignKey("erasure_record.id", ondelete="CASCADE"), index=True
    )


# --- the search index ---------------------------------------------------------------------

SEARCH_TABLE = "person_search"
# remove_diacritics 2 also folds what Python's fold() may miss; prefix indexes keep
# two- and three-letter prefix queries from scanning every term.
SEARCH_TABLE_DDL = (
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5("
    "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

person_search = Table(
    SEARCH_TABLE, Base.metadata, Column("body", NullType()), info={"fts5": SEARCH_TABLE_DDL}
)
_SHADOW = {"fts5_shadow": True}
Table(
    f"{SEARCH_TABLE}_config",
    Base.metadata,
    Column("k", NullType(), primary_key=True),
    Column("v", NullType()),
    info=_SHADOW,
)
Table(
    f"{SEARCH_TABLE}_content",
    Base.metadata,
    Column("id", Integer(), primary_key=True, nullable=True),
    Column("c0", NullType()),
    info=_SHADOW,
)
Table(
    f"{SEARCH_TABLE}_data",
    Base.metadata,
    Column("id", Integer(), primary_key=True, nullable=True),
    Column("block", LargeBinary()),
    info=_SHADOW,
)
Table(
    f"{SEARCH_TABLE}_docsize",
    Base.metadata,
    Column("id", Integer(), primary_key=True, nullable=True),
    Column("sz", LargeBinary()),
    info=_SHADOW,
)
Table(
    f"{SEARCH_TABLE}_idx",
    Base.metadata,
    Column("segid", NullType(), primary_key=True),
    Column("term", NullType(), primary_key=True),
    Column("pgno", NullType()),
    info=_SHADOW,
)


@compiles(CreateTable, "sqlite")
def _create_table(element: CreateTable, compiler: Any, **kw: Any) -> str:
    info = element.element.info
    if "fts5" in info:
        return str(info["fts5"])
    if info.get("fts5_shadow"):
        return "SELECT 1"  # FTS5 made it with the virtual table
    return str(compiler.visit_create_table(element, **kw))


@compiles(DropTable, "sqlite")
def _drop_table(element: DropTable, compiler: Any, **kw: Any) -> str:
    if element.element.info.get("fts5_shadow"):
        return "SELECT 1"  # dropped with the virtual table
    return str(compiler.visit_drop_table(element, **kw))
