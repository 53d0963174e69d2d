"""The scanned letter and the letters posted back, kept inside the store with the request."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from sqlalchemy.orm import Session

from albanera_desk.domain.attachments import MAX_SCAN_BYTES, sniff_media_type
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.request_base import RequestBase, RequestRefused
from albanera_desk.store.models import Attachment, Request


class RequestFiles(RequestBase):
    def attach_scan(self, reference: str, filename: str, content: bytes) -> None:
        """Keep the scanned letter inside the store (PDF, JPEG or PNG, size-limited)."""
        media_type = _check_scan(content)
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            self._store_scan(session, row, filename, content, media_type)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type="request",
                record_id=row.reference,
                fields=["scan"],
            )

    def _store_scan(
        self, session: Session, row: Request, filename: str, content: bytes, media_type: str
    ) -> None:
        attachment = Attachment(
            filename=PurePath(filename).name[:200],
            media_type=media_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
        session.add(attachment)
        session.flush()
        row.scan_id = attachment.id
        self._event(session, row, "scan_attached", "")  # its type is on the attachment

    def scan(self, reference: str) -> tuple[str, bytes] | None:
        """The scanned letter's media type and bytes, read from the store."""
        with self._store.session_factory() as session:
            row = self._find(session, reference)
            if row.scan_id is None:
                return None
            attachment = session.get(Attachment, row.scan_id)
            return (attachment.media_type, attachment.content) if attachment else None

    def sent_letter_pdf(self, reference: str, letter_id: int) -> bytes | None:
        """The PDF of a letter as it was posted, read from the store."""
        with self._store.session_factory() as session:
            row = self._find(session, reference)
            letter = next((sent for sent in row.letters if sent.id == letter_id), None)
            if letter is None or letter.pdf_id is None:
                return None
            attachment = session.get(Attachment, letter.pdf_id)
            return attachment.content if attachment is not None else None


def _check_scan(content: bytes) -> str:
    if len(content) > MAX_SCAN_BYTES:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "The scan is {size} MB; the limit is {limit} MB. Scan it at a lower resolution.",
            ).format(size=len(content) // (1024 * 1024), limit=MAX_SCAN_BYTES // (1024 * 1024))
        )
    media_type = sniff_media_type(content[:16])
    if media_type is None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "This file is not a PDF, JPEG or PNG scan (whatever its name says); "
                "nothing was saved.",
            )
        )
    return media_type
