"""The letter service: prepare letters (one PDF in one pass), art. 19 notices, the portable
copy, and keep what was posted with the request."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import albanera_desk.services.letters.frame as frame
import albanera_desk.services.letters.notices as notices
import albanera_desk.services.letters.portability as portability
from albanera_desk.domain.letter_format import EnvelopeKind, paper_for
from albanera_desk.domain.records import AuditAction, PersonFactKind
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import answer_posting, answers, audit
from albanera_desk.services.letters.compose import (
    FRENCH_SPEAKING,
    content,
    find_all,
    people_of,
    words_for,
)
from albanera_desk.services.letters.context import LetterContext, RequestLetter
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.register_rows import read_register
from albanera_desk.services.requests import RequestNotFound, RequestRefused
from albanera_desk.store.models import (
    Attachment,
    Letter,
    Organisation,
    Person,
    Request,
    RequestEvent,
)
from albanera_desk.store.store import Store

if TYPE_CHECKING:
    from albanera_desk.documents.letters import LetterContent


@dataclass(frozen=True, slots=True)
class PreparedLetter:
    reference: str
    kind: RequestLetter | None  # None: art. 19 notices to recipients, not to the writer
    language: str
    pdf: bytes


class LetterService:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def prepare(
        self,
        references: list[str],
        kind: RequestLetter,
        *,
        language: str | None = None,
        envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT,
        today: date | None = None,
    ) -> PreparedLetter:
        """One PDF with the letter for each request, in one pass (not merged afterwards)."""
        from albanera_desk.documents.letters import render_letters

        org, contents = self._contents(references, kind, language, today)
        pdf = render_letters(contents, envelope, paper_for(org.country_code))
        self._audit_printed(references, kind)
        return PreparedLetter(",".join(references), kind, language or "auto", pdf)

    def prepare_each(
        self,
        references: list[str],
        kind: RequestLetter,
        *,
        language: str | None = None,
        envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT,
        today: date | None = None,
        report: Callable[[int, int], None] | None = None,
    ) -> list[PreparedLetter]:
        """Each request's own PDF (the one it keeps when posted), the records read once for
        the whole batch; ``report(done, total)`` after each, and may raise to stop."""
        from albanera_desk.documents.letters import render_letters

        org, contents = self._contents(references, kind, language, today)
        paper = paper_for(org.country_code)
        made = []
        for done, (reference, said) in enumerate(zip(references, contents, strict=True)):
            if report is not None:
                report(done, len(references))
            made.append(
                PreparedLetter(
                    reference,
                    kind,
                    language or "auto",
                    render_letters([said], envelope, paper),
                )
            )
        self._audit_printed(references, kind)
        return made

    def _contents(
        self,
        references: list[str],
        kind: RequestLetter,
        language: str | None,
        today: date | None,
    ) -> tuple[Organisation, list[LetterContent]]:
        """What each letter says; the requests, their people and the register read once."""
        day = today or date.today()
        months = OfficeSettingsService(self._store, self._actor).get().request_retention_months
        contents = []
        with self._store.session_factory() as session:
            org = frame.check_profile(session.get(Organisation, 1))
            rows = find_all(session, references)
            people = people_of(session, rows)  # held here: the session keeps them only weakly
            register = read_register(session, people) if people else None
            for row in rows:
                lang = language or ("fr" if row.writer_country in FRENCH_SPEAKING else "en")
                ctx = LetterContext(session, org, row, words_for(row, lang), day, months, register)
                contents.append(content(ctx, kind))
        return org, contents

    def _audit_printed(self, references: list[str], kind: RequestLetter) -> None:
        with self._store.writer.begin() as session:
            audit.append_many(
                session,
                actor=self._actor,
                action=AuditAction.PRINT,
                record_type="request",
                record_ids=references,
                note=f"letter {kind.value}",
            )

    def prepare_recipient_notices(
        self,
        reference: str,
        *,
        action: str | None = None,
        language: str = "fr",
        envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT,
        today: date | None = None,
    ) -> PreparedLetter:
        """Art. 19: one notice to each recipient that received this person's data.

        The notices are planned (kept with the request) from the person's provenance; an
        erasure planned before it ran keeps them. Posting is recorded separately.
        """
        day = today or date.today()
        with self._store.writer.begin() as session:
            org = frame.check_profile(session.get(Organisation, 1))
            row = _find(session, reference)
            chosen = action or _action_of(session, row)
            planned = notices.plan(session, row, chosen, self._actor)
            if not planned:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Nobody received this person's data: there is nobody to tell.",
                    )
                )
            words = words_for(row, language)
            # The notices still to post; once all are posted, all of them again (a reprint).
            to_print = [n for n in planned if n.posted_on is None] or list(planned)
            contents = [
                frame.letter(
                    org,
                    words,
                    reference=row.reference,
                    recipient=frame.recipient_block(
                        n.recipient_name, n.recipient_address, n.recipient_country, org
                    ),
                    day=day,
                    subject=words.text("recipient_notice", f"subject_{n.action}"),
                    paragraphs=notices.notice_paragraphs(words, row, n),
                    to_writer=False,
                )
                for n in to_print
            ]
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.PRINT,
                record_type="request",
                record_id=reference,
                note=f"art. 19 notices ({chosen}) to {len(contents)} recipients",
            )
        from albanera_desk.documents.letters import render_letters

        pdf = render_letters(contents, envelope, paper_for(org.country_code))
        return PreparedLetter(reference, None, language, pdf)

    def record_notices_posted(
        self, reference: str, pdf: bytes, *, posted_on: date, action: str | None = None
    ) -> list[str]:
        """The planned notices are posted: kept with the request; returns the names told."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            attachment = _attachment(session, f"{reference}-art19.pdf", pdf)
            return mark_notices_posted(session, row, attachment, posted_on, self._actor, action)

    def make_portable_copy(self, reference: str) -> list[portability.PortableFile]:
        """Art. 20: the JSON and CSV files, kept with the request (made again if asked)."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            files = portability.make_files(session, row)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.EXPORT,
                record_type="request",
                record_id=reference,
                fields=["portability_json", "portability_csv"],
            )
            return files

    def portable_copy(self, reference: str) -> list[portability.PortableFile]:
        with self._store.session_factory() as session:
            return portability.kept_files(session, _find(session, reference))

    def erase_for_request(self, reference: str) -> str:
        """Plan the art. 19 notices while the file still says who received what, then erase
        the linked person with this request; returns the reference left on the tombstone."""
        from albanera_desk.services.people.service import PeopleService

        with self._store.writer.begin() as session:
            row = _find(session, reference)
            if row.person_id is None:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "This request is linked to nobody in the file: link it to the person "
                        "it is about first.",
                    )
                )
            notices.plan(session, row, notices.ERASURE, self._actor)
            person_id, request_id = row.person_id, row.id
        return PeopleService(self._store, self._actor).erase(person_id, request_id=request_id)

    def plan_erasure_notices(self, request_id: int, person_id: int) -> int:
        """Before erasing ``person_id`` for a request: keep who must be told (art. 19);
        returns how many recipients. The window calls it just before the erasure."""
        with self._store.writer.begin() as session:
            row = session.get(Request, request_id)
            if row is None:
                raise RequestNotFound(QT_TRANSLATE_NOOP("Core", "That request is not in the desk."))
            if row.person_id != person_id:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "That request is about someone else: link it to this person first.",
                    )
                )
            return len(notices.plan(session, row, notices.ERASURE, self._actor))

    def record_posted(
        self,
        reference: str,
        kind: RequestLetter,
        pdf: bytes,
        *,
        posted_on: date,
        language: str,
        tracking_number: str = "",
    ) -> None:
        """Keep the PDF as sent with the request, with its posting date (and tracking)."""
        with self._store.writer.begin() as session:
            row = _find(session, reference)
            attachment = _attachment(session, f"{reference}-{kind.value}.pdf", pdf)
            row.letters.append(
                Letter(
                    kind=kind.letter_kind,
                    language=language,
                    pdf_id=attachment.id,
                    posted_on=posted_on,
                    registered=bool(tracking_number),
                    tracking_number=tracking_number,
                )
            )
            answer_posting.answer_posted(session, row, kind.letter_kind, posted_on, self._actor)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.CREATE,
                record_type="letter",
                record_id=reference,
                fields=["kind", "posted_on", "pdf"]
                + (["tracking_number"] if tracking_number else []),
            )


def mark_notices_posted(
    session: Session,
    row: Request,
    attachment: Attachment,
    posted_on: date,
    actor: str,
    action: str | None = None,
) -> list[str]:
    """In the caller's transaction: the request's planned notices went in the post, in
    ``attachment``; returns the recipients told (what the confirmation then names)."""
    chosen = action or _action_of(session, row)
    pending = [n for n in row.notices if n.action == chosen and n.posted_on is None]
    if not pending:
        raise RequestRefused(
            QT_TRANSLATE_NOOP("Core", "No notice is waiting to be posted for this request.")
        )
    for notice in pending:
        notice.posted_on = posted_on
        notice.pdf_id = attachment.id
        # Posted: the PDF is the record; the details it was made from need not stay.
        notice.identifiers = []
        notice.changes = []
    names = sorted(n.recipient_name for n in pending)
    session.add(
        RequestEvent(request=row, kind="recipients_notified", note=", ".join(names), actor=actor)
    )
    audit.append(
        session,
        actor=actor,
        action=AuditAction.CREATE,
        record_type="letter",
        record_id=row.reference,
        fields=["recipient_notices", "posted_on"],
        note=f"art. 19 notices posted to {len(names)} recipients",
    )
    return names


def _action_of(session: Session, row: Request) -> str:
    """Which art. 19 notice a request calls for: its erasure, its corrections, its restriction."""
    if answers.erasure_for(session, row) is not None or any(
        n.action == notices.ERASURE for n in row.notices
    ):
        return notices.ERASURE
    if answers.corrections_for(session, row):
        return notices.CORRECTION
    person = session.get(Person, row.person_id) if row.person_id else None
    restrictions = (
        [f for f in person.facts if f.kind is PersonFactKind.RESTRICTION and f.request_id == row.id]
        if person is not None
        else []
    )
    if restrictions:
        told = any(n.action == notices.RESTRICTION and n.posted_on for n in row.notices)
        # Once the restriction was notified and its end is planned, the next notice lifts it.
        return notices.LIFT if told and restrictions[-1].ended_on else notices.RESTRICTION
    raise RequestRefused(
        QT_TRANSLATE_NOOP(
            "Core",
            "Nothing was corrected or erased for this request: there is nobody to tell.",
        )
    )


def _attachment(session: Session, name: str, pdf: bytes) -> Attachment:
    attachment = Attachment(
        filename=name,
        media_type="application/pdf",
        size=len(pdf),
        sha256=hashlib.sha256(pdf).hexdigest(),
        content=pdf,
    )
    session.add(attachment)
    session.flush()
    return attachment


def _find(session: Any, reference: str) -> Request:
    row = session.scalars(select(Request).where(Request.reference == reference)).first()
    if row is None:
        raise RequestNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
        )
    return row  # type: ignore[no-any-return]
