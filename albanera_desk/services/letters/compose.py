"""What each letter to a writer says, and the records a batch of letters reads at once.

``content`` words one letter from its context (its family's builder, the complaint
paragraph where the letter answers or refuses, the frame); ``find_all`` and ``people_of``
read the requests and the people they are about in a few statements for a whole batch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

import albanera_desk.services.letters.access as access
import albanera_desk.services.letters.confirmations as confirmations
import albanera_desk.services.letters.frame as frame
import albanera_desk.services.letters.portability as portability
import albanera_desk.services.letters.procedure as procedure
from albanera_desk.domain.letter_format import date_in_words
from albanera_desk.domain.records import Regime, RequestKind
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.letters.context import Body, LetterContext, RequestLetter
from albanera_desk.services.letters.words import Words, letter_texts
from albanera_desk.services.requests import RequestNotFound
from albanera_desk.store.models import Person, Request

if TYPE_CHECKING:
    from albanera_desk.documents.letters import LetterContent

# Letters to these countries are written in French unless the office chooses otherwise.
FRENCH_SPEAKING = frozenset({"FR", "BE", "LU", "MC"})
L = RequestLetter
_BUILDERS: dict[RequestLetter, Callable[[LetterContext], Body]] = {
    L.ACKNOWLEDGEMENT: procedure.acknowledgement,
    L.IDENTITY_CHECK: procedure.identity_check,
    L.EXTENSION_NOTICE: procedure.extension_notice,
    L.ACCESS_RESPONSE: access.access_response,
    L.PORTABILITY_RESPONSE: portability.portability_response,
    L.CORRECTION_CONFIRMATION: confirmations.correction,
    L.ERASURE_CONFIRMATION: confirmations.erasure,
    L.OPT_OUT_CONFIRMATION: confirmations.opt_out,
    L.RESTRICTION_CONFIRMATION: confirmations.restriction,
    L.RESTRICTION_LIFT_NOTICE: confirmations.restriction_lift,
    L.OBJECTION_RESPONSE: confirmations.objection,
    L.PARTIAL_ANSWER: procedure.partial_answer,
    L.REFUSAL: procedure.refusal,
}
# Letters that answer a request, or refuse it, tell the writer where to complain.
_WITH_COMPLAINT = frozenset(
    set(_BUILDERS) - {L.ACKNOWLEDGEMENT, L.IDENTITY_CHECK, L.EXTENSION_NOTICE}
)
_KIND_WORDS = {
    "fr": {
        RequestKind.ACCESS: "accès",
        RequestKind.CORRECTION: "rectification",
        RequestKind.ERASURE: "effacement",
        RequestKind.OBJECTION: "opposition",
        RequestKind.RESTRICTION: "limitation du traitement",
        RequestKind.PORTABILITY: "portabilité",
        RequestKind.OTHER: "autre demande",
    },
    "en": {
        RequestKind.ACCESS: "access",
        RequestKind.CORRECTION: "correction",
        RequestKind.ERASURE: "erasure",
        RequestKind.OBJECTION: "objection",
        RequestKind.RESTRICTION: "restriction of processing",
        RequestKind.PORTABILITY: "portability",
        RequestKind.OTHER: "other request",
    },
}


def content(ctx: LetterContext, kind: RequestLetter) -> LetterContent:
    body = _BUILDERS[kind](ctx)
    w = ctx.words
    paragraphs = list(body.paragraphs)
    if kind in _WITH_COMPLAINT:
        paragraphs.append(w.fill(w.own("common")["complaint"]))
    row = ctx.row
    return frame.letter(
        ctx.org,
        w,
        reference=row.reference,
        recipient=frame.recipient_block(
            row.writer_name, row.writer_address, row.writer_country, ctx.org
        ),
        day=ctx.day,
        subject=w.text(body.subject_key or kind.text_key, "subject"),
        paragraphs=paragraphs,
        annex_title=body.annex_title,
        annex_file=body.annex_file,
        reply=True,
    )


def words_for(row: Request, lang: str) -> Words:
    ccpa = Regime.CCPA.value in row.regimes
    due = row.ccpa_due if ccpa and row.ccpa_due else row.gdpr_due or row.ccpa_due
    values = {
        "reference": row.reference,
        "received": date_in_words(row.received_on, lang),
        "due": date_in_words(due, lang) if due else "",
        "kinds": ", ".join(_KIND_WORDS[lang][RequestKind(k)] for k in row.kinds),
        "name": row.writer_name,
    }
    return Words(letter_texts(lang), lang, values, ccpa=ccpa)


def find_all(session: Session, references: list[str]) -> list[Request]:
    """The requests, in the order asked; the first one missing is said by its reference."""
    found: dict[str, Request] = {}
    unique = list(dict.fromkeys(references))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        found.update(
            (row.reference, row)
            for row in session.scalars(select(Request).where(Request.reference.in_(chunk)))
        )
    for reference in references:
        if reference not in found:
            raise RequestNotFound(
                QT_TRANSLATE_NOOP("Core", "There is no request {ref}.").format(ref=reference)
            )
    return [found[reference] for reference in references]


def people_of(session: Session, rows: list[Request]) -> dict[int, Person]:
    """The people the requests are about, with everything a letter reads of them, in a few
    queries for the whole batch (not a handful per letter)."""
    ids = list({row.person_id for row in rows if row.person_id is not None})
    people: dict[int, Person] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(Person)
            .where(Person.id.in_(ids[start : start + 500]))
            .options(
                selectinload(Person.items),
                selectinload(Person.facts),
                selectinload(Person.contacts),
                selectinload(Person.addresses),
                selectinload(Person.marketing_choices),
                selectinload(Person.corrections),
            )
        )
        people.update((person.id, person) for person in session.scalars(query))
    return people
