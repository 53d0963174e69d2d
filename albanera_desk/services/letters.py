"""Letters answering requests: worded from the records and the office's texts, never retyped.

Texts live in ``resources/letters/{fr,en}.json`` so the office can edit them.
The PDF as posted is kept inside the store with the request, its posting date
and, for registered mail, its tracking number.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache, partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from albanera_desk.documents.letters import LetterContent

from albanera_desk.domain.letter_format import EnvelopeKind, date_in_words, french_typography
from albanera_desk.domain.records import AuditAction, DataCategory, LetterKind, RequestKind
from albanera_desk.domain.register_rules import LEGAL_BASES, label_of
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import answer_posting, answers, audit
from albanera_desk.services.addresses import country_line, country_name
from albanera_desk.services.requests import RequestNotFound, RequestRefused
from albanera_desk.settings import RESOURCES_DIR
from albanera_desk.store.models import (
    Attachment,
    Letter,
    Organisation,
    Person,
    Request,
    RequestEvent,
)
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

_NO_ORGANISATION = QT_TRANSLATE_NOOP(
    "Core", "Fill the organisation profile first: letters need its name and address."
)


class RequestLetter(StrEnum):
    """The letters the request workflow prints today, by the CLI's names."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_CHECK = "identity-check"
    EXTENSION_NOTICE = "extension-notice"
    ACCESS_RESPONSE = "access-response"
    CORRECTION_CONFIRMATION = "correction-confirmation"
    ERASURE_CONFIRMATION = "erasure-confirmation"
    OPT_OUT_CONFIRMATION = "opt-out-confirmation"
    REFUSAL = "refusal"

    @property
    def letter_kind(self) -> LetterKind:
        if self is RequestLetter.IDENTITY_CHECK:
            return LetterKind.IDENTITY_REQUEST
        return LetterKind(self.text_key)

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
        day = today or date.today()
        contents = []
        with self._store.session_factory() as session:
            org = session.get(Organisation, 1)
            if org is None:
                raise RequestRefused(_NO_ORGANISATION)
            for reference in references:
                row = self._find(session, reference)
                lang = language or ("fr" if row.writer_country in FRENCH_SPEAKING else "en")
                contents.append(self._content(session, org, row, kind, lang, day))
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

    def prepare_recipient_notices(
        self,
        reference: str,
        *,
        language: str = "fr",
        envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT,
        today: date | None = None,
    ) -> PreparedLetter:
        """Art. 19: one notice to each recipient of what this request corrected or erased.

        The recipients come from the processor register (the categories they receive);
        the request records whom it told, by company name.
        """
        day = today or date.today()
        with self._store.session_factory() as session:
            org = session.get(Organisation, 1)
            if org is None:
                raise RequestRefused(_NO_ORGANISATION)
            row = self._find(session, reference)
            erased = answers.erasure_for(session, row) is not None
            changes = answers.corrections_for(session, row)
            if not erased and not changes:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Nothing was corrected or erased for this request: "
                        "there is nobody to tell.",
                    )
                )
            categories = (
                {c.value for c in DataCategory}
                if erased
                else answers.corrected_categories(session, row)
            )
            told = answers.recipients_of(session, categories)
            if not told:
                raise RequestRefused(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "No recipient in the register receives the corrected information: "
                        "there is nobody to tell.",
                    )
                )
            person = session.get(Person, row.person_id) if row.person_id else None
            words = _Words(
                letter_texts(language),
                language,
                {
                    "reference": row.reference,
                    "received": date_in_words(row.received_on, language),
                    "person": person.reference if person is not None else row.reference,
                    "name": "",
                },
            )
            own = words.texts["recipient_notice"]
            paragraphs = words.body("recipient_notice")
            if erased:
                paragraphs.append(words.fill(own["erased"]))
            else:
                paragraphs.extend(
                    words.fill(own["change"], field=words.field(c.field), after=c.after)
                    for c in changes
                )
            paragraphs.append(words.fill(own["ask"]))
            contents = []
            for recipient in told:
                address = [recipient.name, *recipient.address]
                if recipient.country_code != org.country_code:
                    address.append(country_line(recipient.country_code))
                contents.append(
                    _letter(
                        org,
                        words,
                        reference=row.reference,
                        recipient=address,
                        day=day,
                        subject=words.fill(own["subject"]),
                        paragraphs=paragraphs,
                    )
                )
        from albanera_desk.documents.letters import render_letters

        pdf = render_letters(contents, envelope)
        with self._store.writer.begin() as session:
            row = self._find(session, reference)
            names = ", ".join(r.name for r in told)
            session.add(
                RequestEvent(request=row, kind="recipients_notified", note=names, actor=self._actor)
            )
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.PRINT,
                record_type="request",
                record_id=reference,
                note=f"art. 19 notices to {len(told)} recipients",
            )
        return PreparedLetter(reference, None, language, pdf)

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

    # --- wording ---------------------------------------------------------------------

    def _content(
        self,
        session: Session,
        org: Organisation,
        row: Request,
        kind: RequestLetter,
        lang: str,
        day: date,
    ) -> LetterContent:
        texts = letter_texts(lang)
        common = texts["common"]
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
                QT_TRANSLATE_NOOP(
                    "Core", "A refusal letter needs the refusal's reason: refuse the request first."
                )
            )
        if kind is RequestLetter.IDENTITY_CHECK and not values["what"].strip():
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core", "Record what is asked to confirm identity before printing the letter."
                )
            )
        if kind is RequestLetter.EXTENSION_NOTICE and not row.extended:
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core", "Extend the request (with its reasons) before printing the notice."
                )
            )
        words = _Words(texts, lang, values)
        subject_key = kind.text_key
        annex_title = ""
        annex_rows: list[list[str]] = []
        if kind is RequestLetter.ACCESS_RESPONSE:
            facts = answers.access_facts(session, row)
            if facts.held:
                paragraphs = _access_paragraphs(words, facts)
                annex_title = words.fill(
                    texts["access_response"]["annex_title"], person=facts.person_reference
                )
                annex_rows = _access_annex(words, facts)
            else:
                subject_key = "no_data_held"
                paragraphs = words.body("no_data_held")
        elif kind is RequestLetter.CORRECTION_CONFIRMATION:
            paragraphs = _correction_paragraphs(session, row, words)
        elif kind is RequestLetter.ERASURE_CONFIRMATION:
            paragraphs = _erasure_paragraphs(session, row, words)
        elif kind is RequestLetter.OPT_OUT_CONFIRMATION:
            paragraphs = _opt_out_paragraphs(session, row, words)
        else:
            paragraphs = words.body(kind.text_key)
        if kind in _WITH_COMPLAINT:
            paragraphs.append(words.fill(common["complaint"]))
        recipient = [row.writer_name, *row.writer_address]
        if row.writer_country != org.country_code:
            recipient.append(country_line(row.writer_country))
        return _letter(
            org,
            words,
            reference=row.reference,
            recipient=recipient,
            day=day,
            subject=words.fill(texts[subject_key]["subject"]),
            paragraphs=paragraphs,
            annex_title=annex_title,
            annex_rows=annex_rows,
        )

    @staticmethod
    def _find(session: Any, reference: str) -> Request:
        row = session.scalars(select(Request).where(Request.reference == reference)).first()
        if row is None:
            raise RequestNotFound(
                QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
            )
        return row  # type: ignore[no-any-return]


# Letters that close a request, or refuse it, tell the writer where to complain.
_WITH_COMPLAINT = frozenset(
    {
        RequestLetter.ACCESS_RESPONSE,
        RequestLetter.CORRECTION_CONFIRMATION,
        RequestLetter.ERASURE_CONFIRMATION,
        RequestLetter.REFUSAL,
    }
)


class _Words:
    """Fills the office's texts in one language, with French typography in French."""

    def __init__(self, texts: dict[str, Any], lang: str, values: dict[str, str]) -> None:
        self.texts = texts
        self.lang = lang
        self.values = values
        self.labels: dict[str, Any] = texts["labels"]

    def fill(self, text: str, **extra: str) -> str:
        filled = text.format(**{**self.values, **extra})
        return french_typography(filled) if self.lang == "fr" else filled

    def body(self, key: str) -> list[str]:
        return [self.fill(p) for p in self.texts[key]["body"]]

    def label(self, group: str, key: str) -> str:
        return str(self.labels[group].get(key, key))

    def field(self, field: str) -> str:
        return self.label("fields", field.partition(":")[0])

    def day(self, when: date | datetime) -> str:
        return date_in_words(when.date() if isinstance(when, datetime) else when, self.lang)

    def listing(self, parts: list[str]) -> str:
        return "; ".join(parts) if parts else str(self.labels["none"])

    def recipients(self, key: str, names: list[str]) -> str:
        own = self.texts[key]
        if not names:
            return self.fill(own["no_recipients"])
        return self.fill(own["informed"], list=", ".join(names))


def _letter(
    org: Organisation,
    words: _Words,
    *,
    reference: str,
    recipient: list[str],
    day: date,
    subject: str,
    paragraphs: list[str],
    annex_title: str = "",
    annex_rows: Sequence[Sequence[str]] = (),
) -> LetterContent:
    from albanera_desk.documents.letters import LetterContent

    common = words.texts["common"]
    city = org.city or ""
    place_date = (
        f"{city}, le {date_in_words(day, 'fr')}"
        if words.lang == "fr"
        else f"{city}, {date_in_words(day, 'en')}"
    ).lstrip(", ")
    return LetterContent(
        reference=reference,
        sender=[org.controller_name, *org.address_lines, f"{org.postcode} {org.city}".strip()],
        recipient=recipient,
        place_and_date=place_date,
        subject=subject,
        salutation=words.fill(common["salutation"]),
        paragraphs=paragraphs,
        closing=words.fill(common["closing"]),
        signature=[line for line in (org.signatory_name, org.signatory_title) if line],
        page_label=common["page"],
        reference_label=words.fill(common["reference"]),
        annex_title=annex_title,
        annex_rows=annex_rows,
    )


def _access_paragraphs(words: _Words, facts: answers.AccessFacts) -> list[str]:
    own = words.texts["access_response"]
    country = partial(country_name, language=words.lang)
    out = [words.fill(own["intro"])]
    out.append(
        words.fill(
            own["categories"],
            list=", ".join(words.label("categories", c.value) for c in facts.categories),
        )
    )
    if facts.purposes:
        out.append(words.fill(own["purposes_intro"]))
        out.extend(
            words.fill(
                own["purpose_item"],
                activity=p.activity,
                purposes=", ".join(p.purposes) or p.activity,
                basis=label_of(LEGAL_BASES, p.legal_basis, words.lang) if p.legal_basis else "-",
                retention=p.retention.rstrip(".") or own["no_retention"],
            )
            for p in facts.purposes
        )
    if facts.recipients:
        names = [f"{r.name} ({country(r.country_code)})" for r in facts.recipients]
        out.append(words.fill(own["recipients"], list=", ".join(names)))
    else:
        out.append(words.fill(own["no_recipients"]))
    if facts.other_sources:
        sources = ", ".join(words.label("sources", s.value) for s in facts.other_sources)
        out.append(words.fill(own["sources"], list=sources))
    if facts.transfers:
        transfers = [
            words.fill(
                own["transfer_item"],
                importer=t.importer,
                country=country(t.country_code),
                ground=words.label("grounds", t.ground.value)
                + (f", module {t.scc_module}" if t.scc_module else ""),
            )
            for t in facts.transfers
        ]
        out.append(words.fill(own["transfers"], list=words.listing(transfers)))
    else:
        out.append(words.fill(own["no_transfers"]))
    out.append(words.fill(own["automated"]))
    out.append(words.fill(own["rights"]))
    return out


def _access_annex(words: _Words, facts: answers.AccessFacts) -> list[list[str]]:
    rows: list[list[str]] = [list(words.texts["access_response"]["annex_header"])]
    contact = words.label("categories", DataCategory.CONTACT.value)
    for field, value in facts.identity:
        shown = words.label("answers", value) if field.startswith("marketing_") else value
        rows.append([contact, words.field(field), shown, "", "", ""])
    for item in facts.items:
        rows.append(
            [
                words.label("categories", item.category.value),
                item.description,
                item.value,
                words.label("sources", item.source.value),
                words.day(item.collected_on) if item.collected_on else "",
                item.retention,
            ]
        )
    return rows


def _correction_paragraphs(session: Session, row: Request, words: _Words) -> list[str]:
    own = words.texts["correction_confirmation"]
    changes = answers.corrections_for(session, row)
    if not changes:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "No correction is recorded for this request: correct the person's file first "
                "(with this request chosen), then print the confirmation.",
            )
        )
    out = words.body("correction_confirmation")
    out.extend(
        words.fill(
            own["change"],
            field=words.field(c.field),
            before=c.before,
            after=c.after,
            on=words.day(c.at),
        )
        for c in changes
    )
    told = answers.recipients_of(session, answers.corrected_categories(session, row))
    out.append(words.recipients("correction_confirmation", [r.name for r in told]))
    return out


def _erasure_paragraphs(session: Session, row: Request, words: _Words) -> list[str]:
    record = answers.erasure_for(session, row)
    if record is None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "No erasure is recorded for this request: erase the person's file first "
                "(with this request chosen), then print the confirmation.",
            )
        )
    words.values["erased"] = words.day(record.erased_at)
    out = words.body("erasure_confirmation")
    told = answers.recipients_of(session, [c.value for c in DataCategory])
    out.append(words.recipients("erasure_confirmation", [r.name for r in told]))
    return out


def _opt_out_paragraphs(session: Session, row: Request, words: _Words) -> list[str]:
    own = words.texts["opt_out_confirmation"]
    choices = answers.opt_outs(session, row)
    if not choices:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "The linked person is not opted out of any marketing: record the opt-out in "
                "their file first, then print the confirmation.",
            )
        )
    listing = [
        words.fill(
            own["channel_item"],
            channel=words.label("channels", c.channel.value),
            on=words.day(c.changed_at),
        )
        for c in choices
    ]
    words.values["list"] = ", ".join(listing)
    return words.body("opt_out_confirmation")
