"""What the office decides on a request, each with its trail: a refusal with its ground, a
partial answer, a restriction of processing (and its lifting), an upheld objection.

Each decision is one transaction with its request event and its audit event (fields,
never values). The letters print only what was recorded here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.records import (
    AuditAction,
    DecisionGround,
    PersonFactKind,
    RequestStatus,
)
from albanera_desk.domain.request_workflow import MoveContext, WorkflowRefusal, check_move
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.requests import RequestNotFound, RequestRefused
from albanera_desk.store.models import (
    Person,
    PersonFact,
    ProcessingActivity,
    Request,
    RequestEvent,
)
from albanera_desk.store.store import Store

# Grounds a refusal may rest on (the others only narrow an answer).
REFUSAL_GROUNDS = frozenset(
    {
        DecisionGround.MANIFESTLY_UNFOUNDED,
        DecisionGround.EXCESSIVE,
        DecisionGround.IDENTITY_NOT_ESTABLISHED,
        DecisionGround.STATUTORY_RESTRICTION,
        DecisionGround.COMPELLING_GROUNDS,
        DecisionGround.LEGAL_CLAIMS,
        DecisionGround.CCPA_EXCEPTION,
    }
)


class RequestDecisions:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def refuse(self, reference: str, ground: DecisionGround, reason: str) -> None:
        """Refuse the request on ``ground`` (art. 12(5)(b), 12(2), a statutory restriction...)."""
        if ground not in REFUSAL_GROUNDS:
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core", "This ground narrows an answer; it cannot refuse a whole request."
                )
            )
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            _need(reason, QT_TRANSLATE_NOOP("Core", "A refusal needs its reason, in words."))
            if row.status is not RequestStatus.REFUSED:
                try:
                    check_move(MoveContext(row.status), RequestStatus.REFUSED, reason)
                except WorkflowRefusal as exc:
                    raise RequestRefused(exc.args[0]) from None
                row.status = RequestStatus.REFUSED
            row.refusal_ground = ground
            row.refusal_reason = reason.strip()
            self._record(session, row, "refused", ground.value, ["status", "refusal"])

    def answer_partly(self, reference: str, ground: DecisionGround, left: str, reason: str) -> None:
        """Done except ``left``, for ``reason`` on ``ground`` (the letter gives art. 12(4))."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            _need(left, QT_TRANSLATE_NOOP("Core", "Say what is not done."))
            _need(reason, QT_TRANSLATE_NOOP("Core", "Say why it is not done."))
            row.partial_ground = ground
            row.partial_left = left.strip()
            row.partial_reason = reason.strip()
            self._record(session, row, "partly_answered", ground.value, ["partial"])

    def restrict(self, reference: str, started_on: date, while_reason: str) -> int:
        """Art. 18: from ``started_on`` the person's data is only stored; returns the fact."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            person = _person(session, row)
            fact = PersonFact(
                kind=PersonFactKind.RESTRICTION,
                request_id=row.id,
                started_on=started_on,
                note=while_reason.strip(),
                actor=self._actor,
            )
            person.facts.append(fact)
            session.flush()
            self._record(session, row, "restricted", "", ["restriction"])
            return fact.id

    def lift_restriction(self, reference: str, lift_on: date, reason: str) -> None:
        """Plan the end of the restriction; the person is told before it (art. 18(3))."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            person = _person(session, row)
            _need(reason, QT_TRANSLATE_NOOP("Core", "Say why the restriction ends."))
            facts = [
                f
                for f in person.facts
                if f.kind is PersonFactKind.RESTRICTION and f.request_id == row.id
            ]
            if not facts:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "No restriction is recorded for this request.")
                )
            if lift_on < facts[-1].started_on:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "A restriction cannot end before it began.")
                )
            facts[-1].ended_on = lift_on  # the fact keeps why it began; the event, why it ends
            self._record(session, row, "restriction_lifted", reason.strip(), ["restriction"])

    def uphold_objection(self, reference: str, activity_ids: Sequence[int], on: date) -> None:
        """Art. 21(1) upheld: these activities no longer process the person's data."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            person = _person(session, row)
            if not activity_ids:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "Choose the processing the objection stops.")
                )
            for activity_id in activity_ids:
                if session.get(ProcessingActivity, activity_id) is None:
                    raise RequestRefused(
                        QT_TRANSLATE_NOOP("Core", "That processing activity does not exist.")
                    )
                person.facts.append(
                    PersonFact(
                        kind=PersonFactKind.OBJECTION,
                        activity_id=activity_id,
                        request_id=row.id,
                        started_on=on,
                        actor=self._actor,
                    )
                )
            self._record(session, row, "objection_upheld", "", ["objection"])

    def _record(
        self, session: Session, row: Request, kind: str, note: str, fields: list[str]
    ) -> None:
        session.add(RequestEvent(request=row, kind=kind, note=note, actor=self._actor))
        audit.append(
            session,
            actor=self._actor,
            action=AuditAction.UPDATE,
            record_type="request",
            record_id=row.reference,
            fields=fields,
        )


def _need(text: str, sentence: str) -> None:
    if not text.strip():
        raise RequestRefused(sentence)


def _person(session: Session, row: Request) -> Person:
    person = session.get(Person, row.person_id) if row.person_id else None
    if person is None or person.erased_at is not None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "This request is linked to nobody in the file: link it to the person it is "
                "about first.",
            )
        )
    return person


def _find(session: Session, reference: str) -> Request:
    row = session.scalars(select(Request).where(Request.reference == reference)).first()
    if row is None:
        raise RequestNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
        )
    return row
