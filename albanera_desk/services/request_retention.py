"""Closed requests past the office's retention: deleted, with anonymous counts kept."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from albanera_desk.domain.deadlines import add_months
from albanera_desk.domain.records import AuditAction, RequestStatus
from albanera_desk.services import audit
from albanera_desk.services.request_base import PURGED_COUNTS_KEY, RequestBase
from albanera_desk.store.models import Attachment, Request, StoreSetting


class RequestRetention(RequestBase):
    def purge_closed(self, today: date) -> int:
        """Delete closed requests past the office's retention, keeping anonymous counts.

        The counts (year received, kinds, final status) stay in the store's settings
        so the office can still report how many requests it handled.
        """
        months = self._settings.get().request_retention_months
        with self._store.writer.begin() as session:
            rows = session.scalars(
                select(Request).where(
                    Request.status == RequestStatus.CLOSED, Request.closed_on.is_not(None)
                )
            ).all()
            expired = [r for r in rows if r.closed_on and add_months(r.closed_on, months) <= today]
            if not expired:
                return 0
            setting = session.get(StoreSetting, PURGED_COUNTS_KEY)
            counts: dict[str, int] = json.loads(setting.value) if setting else {}
            for row in expired:
                for kind in row.kinds:
                    key = f"{row.received_on.year}:{kind}"
                    counts[key] = counts.get(key, 0) + 1
                # Everything kept with the request goes with it: the scan, the letters and
                # notices posted, the portable copy (and the notices' recipient details).
                kept = {row.scan_id}
                kept |= {letter.pdf_id for letter in row.letters}
                kept |= {notice.pdf_id for notice in row.notices}
                kept |= {document.attachment_id for document in row.documents}
                session.delete(row)
                session.flush()  # the request's rows first, then the files they pointed at
                for attachment_id in sorted(i for i in kept if i is not None):
                    attachment = session.get(Attachment, attachment_id)
                    if attachment is not None:
                        session.delete(attachment)
            value = json.dumps(counts, sort_keys=True)
            if setting is None:
                session.add(StoreSetting(key=PURGED_COUNTS_KEY, value=value))
            else:
                setting.value = value
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.DELETE,
                record_type="request",
                note=f"retention purge: {len(expired)} closed requests",
            )
            return len(expired)

    def purged_counts(self) -> dict[str, int]:
        """Requests purged after retention, by "year:kind"."""
        with self._store.session_factory() as session:
            setting = session.get(StoreSetting, PURGED_COUNTS_KEY)
            return dict(json.loads(setting.value)) if setting else {}
