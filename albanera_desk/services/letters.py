"""Letters answering requests: worded from the records and the office's texts, never retyped.

Texts live in ``resources/letters/{fr,en}.json`` so the office can edit them.
The PDF as posted is kept inside the store with the request, its posting date
and, for registered mail, its tracking number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

if TYPE_CHECKING:
    from albanera_desk.documents.letters import LetterContent

from albanera_desk.domain.letter_format import EnvelopeKind, date_in_words, french_typography
from albanera_desk.domain.records import AuditAction, LetterKind, RequestKind
from albanera_desk.services import audit
from albanera_desk.services.addresses import country_line
from albanera_desk.services.requests import RequestNotFound, RequestRefused
from albanera_desk.settings import RESOURCES_DIR
from albanera_desk.store.models import Attachment, Letter, Organisation, Request
from albanera_desk.store.store import Store

LETTER_TEXTS = RESOURCES_DIR / "letters"
# Letters to these countries are written in French unless the office chooses otherwise.
FRENCH_SPEAKING = frozenset({"FR", "BE", "LU", "MC"})

_KIND_WORDS = {
    "fr": {
        RequestKind.ACCESS: "accès",
        RequestKind.CORRECTION: "rectification",
        RequestKind.ERASURE: "effacement",
        RequestKind.OBJECTION: "opposition à la prospection",
        RequestKind.RESTRICTION: "limitation",
        RequestKind.PORTABILITY: "portabilité",
        RequestKind.OTHER: "autre demande",
    },
    "en": {kind: kind.value.replace("_", " ") for kind in RequestKind},
}
_KIND_WORDS["en"][RequestKind.OBJECTION] = "objection to marketing"


class RequestLetter(StrEnum):
    """The letters the request workflow prints today, by the CLI's names."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_CHECK = "identity-check"
    EXTENSION_NOTICE = "extension-notice"
    REFUSAL = "refusal"

    @property
    def letter_kind(self) -> LetterKind:
        return {
            RequestLetter.ACKNOWLEDGEMENT: LetterKind.ACKNOWLEDGEMENT,
            RequestLetter.IDENTITY_CHECK: LetterKind.IDENTITY_REQUEST,
            RequestLetter.EXTENSION_NOTICE: LetterKind.EXTENSION_NOTICE,
            RequestLetter.REFUSAL: LetterKind.REFUSAL,
        }[self]

    @property
    def text_key(self) -> str:
        return self.value.replace("-", "_")


@cache
def letter_texts(language: str) -> dict[str, Any]:
    path = LETTER_TEXTS / f"{language}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


@dataclass(frozen=True, slots=True)
class PreparedLetter:
    reference: str
    kind: RequestLetter
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
        day = today or date.today()
        contents = []
        with self._store.session_factory() as session:
            org = session.get(Organisation, 1)
            if org is None:
                raise RequestRefused(
                    "Fill the organisation profile first: letters need its name and address."
                )
            for reference in references:
                row = self._find(session, reference)
                lang = language or ("fr" if row.writer_country in FRENCH_SPEAKING else "en")
                contents.append(self._content(org, row, kind, lang, day))
        # ReportLab loads only when a letter is made, not at every start of the app.
        from albanera_desk.documents.letters import render_letters

        pdf = render_letters(contents, envelope)
        with self._store.writer.begin() as session:
            for reference in references:
                audit.append(
                    session,
                    actor=self._actor,
                    action=AuditAction.PRINT,
                    record_type="request",
                    record_id=reference,
                    note=f"letter {kind.value}",
                )
        return PreparedLetter(",".join(references), kind, language or "auto", pdf)

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
            row = self._find(session, reference)
            attachment = Attachment(
                filename=f"{reference}-{kind.value}.pdf",
                media_type="application/pdf",
                size=len(pdf),
                sha256=hashlib.sha256(pdf).hexdigest(),
                content=pdf,
            )
            session.add(attachment)
            session.flush()
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
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.CREATE,
                record_type="letter",
                record_id=reference,
                fields=["kind", "posted_on", "pdf"]
                + (["tracking_number"] if tracking_number else []),
            )

    # --- wording ---------------------------------------------------------------------

    def _content(
        self, org: Organisation, row: Request, kind: RequestLetter, lang: str, day: date
    ) -> LetterContent:
        texts = letter_texts(lang)
        common, own = texts["common"], texts[kind.text_key]
        events = {event.kind: event.note for event in row.events}
        due = min(d for d in (row.gdpr_due, row.ccpa_due) if d is not None)
        values = {
            "reference": row.reference,
            "received": date_in_words(row.received_on, lang),
            "due": date_in_words(due, lang),
            "kinds": ", ".join(_KIND_WORDS[lang][RequestKind(k)] for k in row.kinds),
            "what": events.get("identity_asked", ""),
            "reasons": events.get("extended", "") or events.get("refused", ""),
            "name": row.writer_name,
        }
        if kind is RequestLetter.REFUSAL and not values["reasons"].strip():
            raise RequestRefused(
                "A refusal letter needs the refusal's reason: refuse the request first."
            )
        if kind is RequestLetter.IDENTITY_CHECK and not values["what"].strip():
            raise RequestRefused(
                "Record what is asked to confirm identity before printing the letter."
            )
        if kind is RequestLetter.EXTENSION_NOTICE and not row.extended:
            raise RequestRefused(
                "Extend the request (with its reasons) before printing the notice."
            )

        def word(text: str) -> str:
            filled = text.format(**values)
            return french_typography(filled) if lang == "fr" else filled

        paragraphs = [word(p) for p in own["body"]]
        if kind is RequestLetter.REFUSAL:
            paragraphs.append(word(common["complaint"]))
        city = org.city or ""
        place_date = (
            f"{city}, le {date_in_words(day, 'fr')}"
            if lang == "fr"
            else f"{city}, {date_in_words(day, 'en')}"
        ).lstrip(", ")
        recipient = [row.writer_name, *row.writer_address]
        if row.writer_country != org.country_code:
            recipient.append(country_line(row.writer_country))
        from albanera_desk.documents.letters import LetterContent

        return LetterContent(
            reference=row.reference,
            sender=[org.controller_name, *org.address_lines, f"{org.postcode} {org.city}".strip()],
            recipient=recipient,
            place_and_date=place_date,
            subject=word(own["subject"]),
            salutation=word(common["salutation"]),
            paragraphs=paragraphs,
            closing=word(common["closing"]),
            signature=[line for line in (org.signatory_name, org.signatory_title) if line],
            page_label=common["page"],
            reference_label=word(common["reference"]),
        )

    @staticmethod
    def _find(session: Any, reference: str) -> Request:
        row = session.scalars(select(Request).where(Request.reference == reference)).first()
        if row is None:
            raise RequestNotFound(f"There is no request {reference}.")
        return row  # type: ignore[no-any-return]
