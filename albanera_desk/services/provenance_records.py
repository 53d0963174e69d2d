"""Recording provenance: link an item to the activity it serves (and the partner it came
from), record a fact on a person. Each change with its audit event, fields only."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from albanera_desk.domain.records import (
    AuditAction,
    DataCategory,
    DataSource,
    LegalGround,
    PersonFactKind,
)
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.models import (
    HeldItem,
    Person,
    PersonFact,
    ProcessingActivity,
    Processor,
    Transfer,
)
from albanera_desk.store.store import Store

_NEEDS_ACTIVITY = frozenset(
    {PersonFactKind.CONTEST_ENTRY, PersonFactKind.ADVERTISING_CONSENT, PersonFactKind.OBJECTION}
)


class ProvenanceRecords:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def link_item(
        self, item_id: int, activity_id: int | None, partner_id: int | None = None
    ) -> None:
        """Say which activity an item serves (and, for a partner source, which partner)."""
        with self._store.writer.begin() as session:
            item = session.get(HeldItem, item_id)
            if item is None:
                raise RequestRefused(QT_TRANSLATE_NOOP("Core", "That item is not in the file."))
            if activity_id is not None and session.get(ProcessingActivity, activity_id) is None:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "That processing activity does not exist.")
                )
            if partner_id is not None and session.get(Processor, partner_id) is None:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "That partner is not in the register.")
                )
            item.activity_id = activity_id
            if partner_id is not None:
                item.source_partner_id = partner_id
            person = session.get(Person, item.person_id)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type="person",
                record_id=person.reference if person else None,
                fields=[f"item:{item.id}:activity"]
                + ([f"item:{item.id}:partner"] if partner_id is not None else []),
            )

    def unlinked_groups(self) -> list[tuple[DataCategory, DataSource, int]]:
        """Items serving no activity yet, by category and source, with how many there are."""
        with self._store.session_factory() as session:
            rows = session.execute(
                select(HeldItem.category, HeldItem.source, func.count(HeldItem.id))
                .where(HeldItem.activity_id.is_(None))
                .group_by(HeldItem.category, HeldItem.source)
                .order_by(HeldItem.category, HeldItem.source)
            )
            return [(category, source, int(count)) for category, source, count in rows]

    def link_unlinked(self, category: DataCategory, source: DataSource, activity_id: int) -> int:
        """The office's rule for old items: every unlinked item of this category and source
        serves ``activity_id``. Returns how many were linked (one audit event)."""
        with self._store.writer.begin() as session:
            if session.get(ProcessingActivity, activity_id) is None:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "That processing activity does not exist.")
                )
            rows = session.scalars(
                select(HeldItem).where(
                    HeldItem.activity_id.is_(None),
                    HeldItem.category == category,
                    HeldItem.source == source,
                )
            ).all()
            for item in rows:
                item.activity_id = activity_id
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type="person",
                fields=["item:activity"],
                note=f"{len(rows)} items of {category.value}/{source.value} linked to activity "
                f"{activity_id}",
            )
            return len(rows)

    def add_fact(
        self,
        person_id: int,
        kind: PersonFactKind,
        started_on: date,
        *,
        activity_id: int | None = None,
        transfer_id: int | None = None,
        note: str = "",
    ) -> int:
        """A contest entry, a consent to advertising, an art. 49 transfer made for them..."""
        with self._store.writer.begin() as session:
            person = session.get(Person, person_id)
            if person is None or person.erased_at is not None:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "That person is not in the file (erased or removed).")
                )
            if kind in _NEEDS_ACTIVITY and (
                activity_id is None or session.get(ProcessingActivity, activity_id) is None
            ):
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "Choose the processing activity this fact concerns.")
                )
            if kind is PersonFactKind.DEROGATION_TRANSFER:
                transfer = session.get(Transfer, transfer_id) if transfer_id else None
                if transfer is None or transfer.legal_ground is not LegalGround.DEROGATION:
                    raise RequestRefused(
                        QT_TRANSLATE_NOOP(
                            "Core", "Choose the art. 49 transfer that was made for this person."
                        )
                    )
            fact = PersonFact(
                kind=kind,
                activity_id=activity_id,
                transfer_id=transfer_id,
                started_on=started_on,
                note=note.strip(),
                actor=self._actor,
            )
            person.facts.append(fact)
            session.flush()
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type="person",
                record_id=person.reference,
                fields=[f"fact:{kind.value}"],
            )
            return fact.id

    def end_fact(self, fact_id: int, ended_on: date) -> None:
        """A consent withdrawn, a contest over: the fact stays, with its end."""
        with self._store.writer.begin() as session:
            fact = session.get(PersonFact, fact_id)
            if fact is None:
                raise RequestRefused(QT_TRANSLATE_NOOP("Core", "That fact is not in the file."))
            if ended_on < fact.started_on:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "A fact cannot end before it began.")
                )
            fact.ended_on = ended_on
            person = session.get(Person, fact.person_id)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type="person",
                record_id=person.reference if person else None,
                fields=[f"fact:{fact.kind.value}:ended_on"],
            )
