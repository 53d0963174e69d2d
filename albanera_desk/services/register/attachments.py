"""Documents kept inside the store with a register record (signed DPA, SCC, TIA)."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from albanera_desk.domain.attachments import MAX_SCAN_BYTES, sniff_media_type
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.register_records import RecordType, StoredDocument
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.register.errors import RegisterInvalid
from albanera_desk.services.register.writing import RECORD, get_row
from albanera_desk.store.models import Attachment, Processor, Transfer
from albanera_desk.store.store import Store


class Attachments:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def document(self, attachment_id: int) -> StoredDocument | None:
        with self._store.session_factory() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                return None
            return StoredDocument(row.filename, row.media_type, row.content)

    def attach(
        self,
        model: type[Processor] | type[Transfer],
        record_id: int,
        column: str,
        filename: str,
        content: bytes,
    ) -> int:
        """Keep ``content`` (a PDF, JPEG or PNG) and point ``column`` at it; the new id."""
        if len(content) > MAX_SCAN_BYTES:
            raise RegisterInvalid(
                QT_TRANSLATE_NOOP(
                    "Core", "The document is {size} MB; the limit is {limit} MB."
                ).format(size=len(content) // (1024 * 1024), limit=MAX_SCAN_BYTES // (1024 * 1024))
            )
        media_type = sniff_media_type(content[:16])
        if media_type is None:
            raise RegisterInvalid(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "This file is not a PDF, JPEG or PNG (whatever its name says); "
                    "nothing was saved.",
                )
            )
        record_type: RecordType = "processor" if model is Processor else "transfer"
        with self._store.writer.begin() as session:
            row = get_row(session, model, record_id, RECORD[record_type])
            attachment = Attachment(
                filename=PurePath(filename).name[:200] or "document",
                media_type=media_type,
                size=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
            session.add(attachment)
            session.flush()
            setattr(row, column, attachment.id)
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.UPDATE,
                record_type=record_type,
                record_id=record_id,
                fields=[column.removesuffix("_id")],
            )
            return attachment.id
