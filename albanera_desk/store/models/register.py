"""The processor register, the record of processing (art. 30) and transfers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from albanera_desk.domain.records import (
    CcpaRole,
    LegalGround,
    ProcessorRole,
    ProcessorStatus,
)
from albanera_desk.store.models.base import Base, Timestamped
from albanera_desk.store.types import EnumText, JSONList


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
    # Which of the policy's starter entries this row came from ("" for the office's own).
    starter_key: Mapped[str] = mapped_column(String(60), default="")

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
    transfer_ids: Mapped[list[int]] = mapped_column(JSONList(), default=list)
    retention: Mapped[str] = mapped_column(Text, default="")
    security_measures: Mapped[str] = mapped_column(Text, default="")
    joint_controller_id: Mapped[int | None] = mapped_column(
        ForeignKey("processor.id", ondelete="SET NULL")
    )
    to_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    starter_key: Mapped[str] = mapped_column(String(60), default="")
    # Art. 9 or 10 data (health, beliefs, criminal convictions...): the record says so.
    sensitive_data: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who inside the organisation receives the data (art. 30(1)(d)): departments, roles.
    internal_recipients: Mapped[list[str]] = mapped_column(default=list)


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
    purpose: Mapped[str] = mapped_column(Text, default="")
    onward_transfers: Mapped[str] = mapped_column(Text, default="")
    legal_ground: Mapped[LegalGround] = mapped_column(EnumText(LegalGround))
    scc_module: Mapped[str] = mapped_column(String(20), default="")  # "1".."4" (2021/914)
    scc_signed_on: Mapped[date | None] = mapped_column(Date)
    scc_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    bcr_reference: Mapped[str] = mapped_column(String(300), default="")
    derogation: Mapped[str] = mapped_column(String(40), default="")  # art. 49(1) point
    derogation_reason: Mapped[str] = mapped_column(Text, default="")
    importer_dpf_certified: Mapped[bool | None] = mapped_column(Boolean)
    # The transfer impact assessment: its outcome, date and signed document.
    assessment: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)
    tia_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    measures: Mapped[str] = mapped_column(Text, default="")
    next_review: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    to_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    # Which of the policy's starter flows this row came from ("" for the office's own).
    starter_key: Mapped[str] = mapped_column(String(60), default="")
