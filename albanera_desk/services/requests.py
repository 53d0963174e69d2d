"""The requests desk: log a letter, compute its deadlines, move it along, with its trail.

Every change is one transaction with its request event (who, when, why) and its
audit event (fields, never values). Deadlines are stored with the rule in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from albanera_desk.domain.deadlines import extension_notice_deadline
from albanera_desk.domain.records import (
    AuditAction,
    Regime,
    RequestKind,
    RequestStatus,
)
from albanera_desk.domain.request_workflow import (
    OPEN_STATUSES,
    MoveContext,
    WorkflowRefusal,
    check_extension,
    check_move,
)
from albanera_desk.domain.text_input import TextRejected, clean_lines, clean_text
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.request_base import (
    ANSWER_LETTERS,
    PURGED_COUNTS_KEY,
    NewRequest,
    RequestBase,
    RequestNotFound,
    RequestRefused,
    RequestSummary,
    SentLetter,
)
from albanera_desk.services.request_deadlines import RequestDeadlines
from albanera_desk.services.request_files import RequestFiles, _check_scan
from albanera_desk.services.request_retention import RequestRetention
from albanera_desk.store.models import (
    Organisation,
    Person,
    Request,
    StoreSetting,
)

__all__ = [
    "ANSWER_LETTERS",
    "PURGED_COUNTS_KEY",
    "NewRequest",
    "RequestBase",
    "RequestNotFound",
    "RequestRefused",
    "RequestService",
    "RequestSummary",
    "SentLetter",
]


class RequestService(RequestFiles, RequestRetention, RequestDeadlines):
    """The requests desk; scans and posted letters (``RequestFiles``), the retention
    purge (``RequestRetention``) and the deadlines and summaries (``RequestDeadlines``)
    are their own modules."""

    # --- reading -----------------------------------------------------------------------

    def request_id(self, reference: str) -> int:
        """The request's row id, which corrections and erasures point at."""
        with self._store.session_factory() as session:
            return self._find(session, reference).id

    def get(self, reference: str) -> RequestSummary:
        with self._store.session_factory() as session:
            return self._summary(self._find(session, reference), with_events=True)

    def list(
        self, *, overdue_on: date | None = None, due_within: tuple[date, int] | None = None
    ) -> list[RequestSummary]:
        """Every request, soonest due first; filtered to the overdue or the due-soon ones."""
        # Settings first: read inside the session, they would need a second connection.
        posting = (self._settings.get().postal_transit_days, self._holidays())
        with self._store.session_factory() as session:
            rows = session.scalars(select(Request).order_by(Request.received_on)).all()
            items = [self._summary(row, posting=posting) for row in rows]
        if overdue_on is not None:
            items = [i for i in items if i.overdue(overdue_on)]
        if due_within is not None:
            today, days = due_within
            items = [
                i
                for i in items
                if i.status in OPEN_STATUSES and i.due is not None and (i.due - today).days <= days
            ]
        return sorted(items, key=lambda i: (i.due or date.max, i.reference))

    # --- changes ---------------------------------------------------------------------------

    def log(self, new: NewRequest, scan: tuple[str, bytes] | None = None) -> RequestSummary:
        """Log a letter the day it arrives (with its scan): deadlines computed and stored.

        The request and its scan are one transaction: both are saved, or neither.
        """
        media_type = _check_scan(scan[1]) if scan is not None else None
        if not new.kinds:
            raise RequestRefused(
                QT_TRANSLATE_NOOP("Core", "Say what the letter asks for (access, correction, ...).")
            )
        if new.received_on > date.today():
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core", "A letter cannot be received in the future: check the date."
                )
            )
        try:
            writer = clean_text(
                new.writer_name, max_length=300, what=QT_TRANSLATE_NOOP("Core", "writer's name")
            )
            address = clean_lines(
                list(new.writer_address),
                max_lines=8,
                max_length=120,
                what=QT_TRANSLATE_NOOP("Core", "postal address"),
            )
            summary = clean_text(
                new.summary,
                max_length=4000,
                what=QT_TRANSLATE_NOOP("Core", "summary"),
                multiline=True,
            )
        except TextRejected as exc:
            raise RequestRefused(exc.args[0]) from None  # the sentence, worded again in the window
        if not writer:
            raise RequestRefused(
                QT_TRANSLATE_NOOP("Core", "Give the writer's name as it appears on the letter.")
            )
        with self._store.writer.begin() as session:
            org = session.get(Organisation, 1)
            regimes = [Regime.GDPR]
            in_california = new.writer_country == "US" and new.writer_region.upper() == "CA"
            if org is not None and org.ccpa_applies and in_california:
                regimes.append(Regime.CCPA)
            year = new.received_on.year
            row = Request(
                reference=_next_reference(session, year),
                kinds=[RequestKind(k).value for k in new.kinds],
                channel=new.channel,
                received_on=new.received_on,
                writer_name=writer,
                writer_address=address,
                writer_country=new.writer_country.upper(),
                summary=summary,
                person_id=new.person_id,
                status=RequestStatus.RECEIVED,
                regimes=[r.value for r in regimes],
            )
            self._compute_deadlines(row)
            session.add(row)
            session.flush()
            self._event(session, row, "received", "")
            if scan is not None and media_type is not None:
                self._store_scan(session, row, scan[0], scan[1], media_type)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.CREATE,
                record_type="request",
                record_id=row.reference,
                fields=["kinds", "received_on", "writer", "regimes", "due"]
                + (["scan"] if scan is not None else []),
            )
            return self._summary(row)

    def move(self, reference: str, target: RequestStatus, why: str = "") -> RequestSummary:
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            posted = {str(letter.kind) for letter in row.letters if letter.posted_on is not None}
            ctx = MoveContext(
                status=row.status,
                answer_posted=bool(posted & ANSWER_LETTERS),
                refusal_letter_posted="refusal" in posted,
            )
            _allowed(lambda: check_move(ctx, target, why))
            row.status = target
            if target is RequestStatus.REFUSED:
                row.refusal_reason = why.strip()  # its own reason; the ground is chosen apart
            if target is RequestStatus.ANSWERED:
                row.answered_on = date.today()
            if target is RequestStatus.CLOSED:
                row.closed_on = date.today()
            self._record(session, row, target.value, why, ["status"])
            return self._summary(row)

    def set_ccpa(self, reference: str, applies: bool, why: str = "") -> RequestSummary:
        """Apply the CCPA to this request too (or no longer): the stricter due date shows.

        The GDPR always applies (the controller is in France); the CCPA is per request,
        because whether the business falls under it and the writer lives in California
        is the office's call.
        """
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            regimes = [r for r in row.regimes if r != Regime.CCPA.value]
            if applies:
                regimes.append(Regime.CCPA.value)
            if regimes == list(row.regimes):
                return self._summary(row)
            row.regimes = regimes
            self._compute_deadlines(row)
            kind = "ccpa_applies" if applies else "ccpa_removed"
            self._record(session, row, kind, why, ["regimes", "due"])
            return self._summary(row)

    def link_person(self, reference: str, person_id: int | None) -> RequestSummary:
        """Say whom the letter is about (``None``: the office says it is about nobody we
        know; recorded with its date and audited, it is what makes "no data held" true)."""
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            if person_id is not None:
                person = session.get(Person, person_id)
                if person is None or person.erased_at is not None:
                    raise RequestRefused(
                        QT_TRANSLATE_NOOP(
                            "Core", "That person is not in the file (erased or removed)."
                        )
                    )
            nobody = person_id is None
            if row.person_id == person_id and (row.nobody_known_on is not None) == nobody:
                return self._summary(row)
            row.person_id = person_id
            # "Nobody we know" is the office's decision, dated: only then is "no data held" true.
            row.nobody_known_on = date.today() if nobody else None
            kind = "nobody_known" if nobody else "person_linked"
            self._record(session, row, kind, "", ["person_id", "nobody_known_on"])
            return self._summary(row)

    def ask_identity(self, reference: str, asked_on: date, what: str) -> RequestSummary:
        """Art. 12(6): ask only what is needed; the GDPR period stands still meanwhile."""
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            if asked_on < row.received_on:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "Identity cannot be asked before the letter arrived.")
                )
            _allowed(lambda: check_move(MoveContext(row.status), RequestStatus.AWAITING_IDENTITY))
            row.status = RequestStatus.AWAITING_IDENTITY
            row.identity_asked_on = asked_on
            row.identity_received_on = None
            self._record(session, row, "identity_asked", what, ["status", "identity_asked_on"])
            return self._summary(row)

    def identity_confirmed(
        self, reference: str, received_on: date, method: str, result: str
    ) -> RequestSummary:
        """Keep how identity was confirmed and the result: never the documents themselves."""
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            asked = row.identity_asked_on
            if asked is None or row.status is not RequestStatus.AWAITING_IDENTITY:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP("Core", "No identity information was asked for this request.")
                )
            if received_on < asked:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP(
                        "Core", "The answer cannot arrive before the question was asked."
                    )
                )
            row.identity_received_on = received_on
            row.identity_method = method
            row.identity_result = result
            row.status = RequestStatus.IN_PROGRESS
            self._compute_deadlines(row)
            self._record(
                session,
                row,
                "identity_confirmed",
                method,
                ["identity_received_on", "identity_method", "identity_result", "due"],
            )
            return self._summary(row)

    def extend(self, reference: str, notice_on: date, reasons: str) -> RequestSummary:
        """Extend by two months, refused when the notice would come after the first month."""
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            deadline = extension_notice_deadline(
                row.received_on,
                identity_asked=row.identity_asked_on,
                identity_received=row.identity_received_on,
                is_holiday=self._holidays(),
            )
            _allowed(lambda: check_extension(notice_on, deadline, reasons, row.extended))
            row.extended = True
            self._compute_deadlines(row)
            self._record(session, row, "extended", reasons, ["extended", "due"])
            return self._summary(row)


def _next_reference(session: Session, year: int) -> str:
    """R-YYYY-NNNN, never reused, even after closed requests were purged."""
    key = f"request_last_number:{year}"
    setting = session.get(StoreSetting, key)
    number = int(setting.value) + 1 if setting else 1
    if setting is None:
        session.add(StoreSetting(key=key, value=str(number)))
    else:
        setting.value = str(number)
    return f"R-{year}-{number:04d}"


def _allowed(check: Callable[[], None]) -> None:
    """Run a workflow rule; its refusal becomes the user's sentence, nothing saved."""
    try:
        check()
    except WorkflowRefusal as exc:
        raise RequestRefused(exc.args[0]) from None  # the sentence, worded again in the window
