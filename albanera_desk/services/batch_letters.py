"""Several letters at once: made one by one, printed as one PDF, recorded in one transaction.

The day's acknowledgements across requests, or every art. 19 notice of one
request: each request's letter is made on its own (so the PDF it keeps is
exactly what it was sent), the letters are joined into one PDF for one print
job, and recording them as posted is all or nothing: every request keeps its
letter and moves on (an answer answers it), or none does.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.domain.records import AuditAction, LetterKind
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.answer_posting import answer_posted
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.letters.service import mark_notices_posted
from albanera_desk.services.requests import RequestNotFound, RequestRefused
from albanera_desk.store.models import Attachment, Letter, Request
from albanera_desk.store.store import Store

Report = Callable[[int, int], None]  # (done, total); raises to stop (the user cancelled)


@dataclass(frozen=True, slots=True)
class BatchLetter:
    """One request's letter, as it will be printed and kept."""

    reference: str
    kind: LetterKind
    language: str
    pdf: bytes
    name: str  # the kept file's name: "R-2026-0001-acknowledgement.pdf"


@dataclass(frozen=True, slots=True)
class Batch:
    letters: tuple[BatchLetter, ...]
    pdf: bytes  # every letter, in order: one file, one print job


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """The PDFs one after the other, as one document (in memory, nothing on disk)."""
    if len(parts) == 1:
        return parts[0]
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    try:
        for part in parts:
            source = pdfium.PdfDocument(part)
            try:
                merged.import_pages(source)
            finally:
                source.close()
        out = io.BytesIO()
        merged.save(out)
        return out.getvalue()
    finally:
        merged.close()


def _no_report(done: int, total: int) -> None:
    return None


class BatchLetters:
    def __init__(self, store: Store, actor: str, letters: LetterService) -> None:
        self._store = store
        self._actor = actor
        self._letters = letters

    def prepare(
        self,
        references: Sequence[str],
        kind: RequestLetter,
        *,
        language: str | None = None,
        envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT,
        report: Report = _no_report,
    ) -> Batch:
        """Each request's letter (in the writer's language unless one is chosen), then one PDF."""
        if not references:
            raise RequestRefused(QT_TRANSLATE_NOOP("Core", "Choose at least one request."))
        # The records are read once for the whole batch; each letter is still its own PDF.
        prepared = self._letters.prepare_each(
            list(references), kind, language=language, envelope=envelope, report=report
        )
        made = [
            BatchLetter(
                letter.reference,
                kind.letter_kind,
                language or "auto",
                letter.pdf,
                f"{letter.reference}-{kind.value}.pdf",
            )
            for letter in prepared
        ]
        report(len(references), len(references))
        return Batch(tuple(made), merge_pdfs([letter.pdf for letter in made]))

    def prepare_notices(
        self,
        reference: str,
        *,
        language: str = "fr",
        envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT,
    ) -> Batch:
        """Art. 19: one notice to each recipient told of the request's correction or erasure."""
        pdf = self._letters.prepare_recipient_notices(
            reference, language=language, envelope=envelope
        ).pdf
        notices = BatchLetter(
            reference,
            LetterKind.RECIPIENT_NOTICE,
            language,
            pdf,
            f"{reference}-recipient-notices.pdf",
        )
        return Batch((notices,), pdf)

    def record_posted(self, batch: Batch, *, posted_on: date, tracking_number: str = "") -> int:
        """Every letter of the batch kept with its request as posted, in one transaction.

        A tracking number belongs to one envelope: it is kept only for a batch of one.
        Returns how many requests were answered by it.
        """
        tracking = tracking_number.strip() if len(batch.letters) == 1 else ""
        answered = 0
        with self._store.writer.begin() as session:
            for letter in batch.letters:
                row = session.scalars(
                    select(Request).where(Request.reference == letter.reference)
                ).first()
                if row is None:
                    raise RequestNotFound(
                        QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(
                            ref=letter.reference
                        )
                    )
                attachment = Attachment(
                    filename=letter.name,
                    media_type="application/pdf",
                    size=len(letter.pdf),
                    sha256=hashlib.sha256(letter.pdf).hexdigest(),
                    content=letter.pdf,
                )
                session.add(attachment)
                session.flush()
                row.letters.append(
                    Letter(
                        kind=letter.kind,
                        language=letter.language,
                        pdf_id=attachment.id,
                        posted_on=posted_on,
                        registered=bool(tracking),
                        tracking_number=tracking,
                    )
                )
                if letter.kind is LetterKind.RECIPIENT_NOTICE:  # art. 19: the plan is posted
                    mark_notices_posted(session, row, attachment, posted_on, self._actor)
                answered += answer_posted(session, row, letter.kind, posted_on, self._actor)
                audit.append(
                    session,
                    actor=self._actor,
                    action=AuditAction.CREATE,
                    record_type="letter",
                    record_id=letter.reference,
                    fields=["kind", "posted_on", "pdf"] + (["tracking_number"] if tracking else []),
                    note=f"batch of {len(batch.letters)}" if len(batch.letters) > 1 else "",
                )
        return answered
