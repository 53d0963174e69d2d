"""A request is answered when its answer goes in the post: the workflow moves by itself.

Recording an answer letter as posted (``LetterService.record_posted``, and the
batch in ``services.batch_letters``) calls ``answer_posted`` in its own
transaction: the request becomes "answered" on the posting date and its clock
stops. "Answered" cannot be chosen by hand while no answer was posted, unless
the coordinator gives the reason (answered by email, handed over at the shop):
``mark_answered`` keeps that reason in the request's history and audits it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.records import AuditAction, LetterKind, RequestStatus
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.requests import (
    ANSWER_LETTERS,
    RequestNotFound,
    RequestRefused,
    RequestService,
)
from albanera_desk.store.models import Request, RequestEvent
from albanera_desk.store.store import Store

# The request's own events (worded by the window): the answer went by post, or by other means.
ANSWER_POSTED = "answer_posted"
ANSWERED_BY_HAND = "answered_by_hand"


def is_answer(kind: LetterKind | str) -> bool:
    """Whether posting a letter of this kind answers the request."""
    return str(kind) in ANSWER_LETTERS


def answer_posted(
    session: Session, row: Request, kind: LetterKind | str, posted_on: date, actor: str
) -> bool:
    """In the posting's transaction: an answer letter posted answers an open request.

    Returns whether the request moved. Other letters (acknowledgement, identity check,
    extension notice, refusal) and requests already answered or closed are left as they are.
    """
    if not is_answer(kind) or row.status not in OPEN_STATUSES:
        return False
    row.status = RequestStatus.ANSWERED
    row.answered_on = posted_on
    session.add(RequestEvent(request=row, kind=ANSWER_POSTED, note="", actor=actor))
    audit.append(
        session,
        actor=actor,
        action=AuditAction.UPDATE,
        record_type="request",
        record_id=row.reference,
        fields=["status", "answered_on"],
        note="answer letter posted",
    )
    return True


class Answering:
    """Set "answered" by hand: only with a posted answer, or with the reason why not."""

    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def has_posted_answer(self, reference: str) -> bool:
        with self._store.session_factory() as session:
            row = _find(session, reference)
            return any(is_answer(x.kind) and x.posted_on is not None for x in row.letters)

    def mark_answered(self, reference: str, reason: str, on: date | None = None) -> None:
        """The request was answered without a posted letter: the reason is required, audited."""
        if self.has_posted_answer(reference):
            RequestService(self._store, self._actor).move(reference, RequestStatus.ANSWERED)
            return
        why = reason.strip()
        if not why:
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "No answer letter was posted for this request: say how it was answered "
                    "(the reason is kept in its history).",
                )
            )
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            if row.status not in OPEN_STATUSES:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "Only an open request can be marked as answered.")
                )
            row.status = RequestStatus.ANSWERED
            row.answered_on = on or date.today()
            session.add(
                RequestEvent(request=row, kind=ANSWERED_BY_HAND, note=why[:2000], actor=self._actor)
            )
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type="request",
                record_id=row.reference,
                fields=["status", "answered_on"],
                note="answered without a posted answer letter: override, reason in its history",
            )


def _find(session: Session, reference: str) -> Request:
    row = session.scalars(select(Request).where(Request.reference == reference)).first()
    if row is None:
        raise RequestNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
        )
    return row
