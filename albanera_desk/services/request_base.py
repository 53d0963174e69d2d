"""What every part of the requests desk shares: its errors, the plain data it hands out,
and the helpers that find a request and write its event and audit event together."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.records import (
    AuditAction,
    Channel,
    LetterKind,
    Regime,
    RequestKind,
    RequestStatus,
)
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.store.models import Request, RequestEvent
from albanera_desk.store.store import Store

ANSWER_LETTERS = frozenset(
    {
        LetterKind.ACCESS_RESPONSE.value,
        LetterKind.CORRECTION_CONFIRMATION.value,
        LetterKind.ERASURE_CONFIRMATION.value,
        LetterKind.OPT_OUT_CONFIRMATION.value,
        LetterKind.NO_DATA_HELD.value,
        LetterKind.PORTABILITY_RESPONSE.value,
        LetterKind.RESTRICTION_CONFIRMATION.value,
        LetterKind.OBJECTION_RESPONSE.value,
        LetterKind.PARTIAL_ANSWER.value,
    }
)


PURGED_COUNTS_KEY = "purged_request_counts"


class RequestRefused(StoreError):
    """The rules do not allow this change; the sentence says why. Nothing was saved."""


class RequestNotFound(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class NewRequest:
    received_on: date
    kinds: Sequence[RequestKind]
    writer_name: str
    writer_address: Sequence[str] = ()
    writer_country: str = "FR"
    writer_region: str = ""  # state or province, e.g. "CA"
    channel: Channel = Channel.POST
    summary: str = ""
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class SentLetter:
    """A letter posted back, kept in the store as it was sent."""

    id: int
    kind: LetterKind
    posted_on: date | None
    tracking_number: str
    language: str


@dataclass(frozen=True, slots=True)
class RequestSummary:
    reference: str
    kinds: tuple[RequestKind, ...]
    status: RequestStatus
    received_on: date
    due: date | None
    due_regime: Regime | None
    post_by: date | None
    writer_name: str
    person_id: int | None
    regimes: tuple[Regime, ...]
    extended: bool
    rule: str = ""
    events: tuple[tuple[datetime, str, str], ...] = field(default=())
    writer_address: tuple[str, ...] = ()
    writer_country: str = "FR"
    # CCPA: the receipt is acknowledged within 10 business days; None once it is posted.
    acknowledge_by: date | None = None
    letters: tuple[SentLetter, ...] = ()  # with the events: what was posted back, and when

    def overdue(self, today: date) -> bool:
        return self.due is not None and self.status in OPEN_STATUSES and self.due < today


class RequestBase:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor
        self._settings = OfficeSettingsService(store, actor)

    def _record(
        self, session: Session, row: Request, kind: str, note: str, fields: Sequence[str]
    ) -> None:
        """The request's own event (who, when, why) and the audit event (which fields)."""
        self._event(session, row, kind, note)
        audit.append(
            session,
            actor=self._actor,
            action=AuditAction.UPDATE,
            record_type="request",
            record_id=row.reference,
            fields=fields,
        )

    def _event(self, session: Session, row: Request, kind: str, note: str) -> None:
        session.add(RequestEvent(request=row, kind=kind, note=note, actor=self._actor))

    @staticmethod
    def _find(session: Session, reference: str) -> Request:
        row = session.scalars(select(Request).where(Request.reference == reference)).first()
        if row is None:
            raise RequestNotFound(
                QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
            )
        return row
