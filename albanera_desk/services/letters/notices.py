"""Art. 19: tell each recipient that received this person's data of a correction, erasure or
restriction, and only those; a processor gets an instruction, a controller information.

Notices are planned from the person's provenance while the file still says who received
what (an erasure plans them before it runs), and record the identifiers each recipient
knows the person by, and what a legal duty keeps out of an erasure (art. 17(3)(b)).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from albanera_desk.domain.records import DataCategory, ProcessorRole
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import answers
from albanera_desk.services.provenance import Provenance, RecipientLink, known_identifiers, walk
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.models import Person, Processor, RecipientNotice, Request, RequestEvent

PLANNED_EVENT = "notices_planned"
KEPT_EVENT = "legal_retention"  # an erasure kept invoices out (art. 17(3)(b))

CORRECTION = "correction"
ERASURE = "erasure"
RESTRICTION = "restriction"
LIFT = "lift"  # the restriction ends: processors may resume under our instructions
# Invoices and accounting records: 10 years, Code de commerce art. L123-22.
LEGAL_RETENTION_CATEGORIES = frozenset({DataCategory.PURCHASES.value, DataCategory.PAYMENT.value})
_PROCESSOR_ROLES = frozenset({ProcessorRole.PROCESSOR, ProcessorRole.SUB_PROCESSOR})


def is_processor(role: ProcessorRole) -> bool:
    return role in _PROCESSOR_ROLES


def receives(recipient: RecipientLink, categories: set[str]) -> bool:
    """Whether the recipient got any of ``categories`` (an entry that lists none: all)."""
    return not recipient.categories or bool(categories & set(recipient.categories))


def plan(session: Session, row: Request, action: str, actor: str) -> list[RecipientNotice]:
    """(Re)plan the unposted notices of ``action`` for this request; returns them all."""
    person = session.get(Person, row.person_id) if row.person_id else None
    if person is None or person.erased_at is not None:
        planned = [n for n in row.notices if n.action == action]
        if planned:
            return planned
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "The file no longer says who received this person's data (erased before the "
                "notices were planned): tell the recipients from the register yourself.",
            )
        )
    found = walk(session, person)
    if found.problems:
        raise RequestRefused(found.problems[0])
    changes: list[tuple[str, str, str]] = []  # (category, field, new value)
    if action == CORRECTION:
        for c in answers.corrections_for(session, row):
            category = answers.field_category(c.field, session).value
            changes.append((category, c.field, c.after))
        if not changes:
            raise RequestRefused(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Nothing was corrected for this request: there is nobody to tell.",
                )
            )
        wanted = {category for category, _, _ in changes}
    else:
        wanted = {c.value for c in DataCategory}
    held = {i.category.value for i in found.items}
    kept = sorted(held & LEGAL_RETENTION_CATEGORIES) if action == ERASURE else []
    for old in [n for n in row.notices if n.action == action and n.posted_on is None]:
        row.notices.remove(old)
    duties = {a.name for a in found.activities if a.legal_duty}
    for recipient in found.receivers:
        if not receives(recipient, wanted):
            continue
        if action == ERASURE and set(recipient.activities) <= duties:
            # It holds their data only for what the law makes us keep (the record of the
            # request itself, art. 17(3)(b)): nothing of it is erased, nothing to tell.
            continue
        processor = session.get(Processor, recipient.id)
        row.notices.append(
            RecipientNotice(
                processor_id=recipient.id,
                action=action,
                recipient_name=recipient.name,
                recipient_address=list(processor.address if processor else recipient.address),
                recipient_country=recipient.country_code,
                role=recipient.role,
                identifiers=[f"{k}={v}" for k, v in known_identifiers(person, recipient)],
                categories=sorted(wanted & set(recipient.categories or wanted)),
                changes=[
                    f"{field}={after}"
                    for category, field, after in changes
                    if receives(recipient, {category})
                ],
                kept=[k for k in kept if receives(recipient, {k})],
            )
        )
    if not was_planned(row, action):
        row.events.append(RequestEvent(kind=PLANNED_EVENT, note=action, actor=actor))
    if kept and not any(e.kind == KEPT_EVENT for e in row.events):
        # What the law keeps out of the erasure, known while the file still showed it.
        row.events.append(RequestEvent(kind=KEPT_EVENT, note=",".join(kept), actor=actor))
    session.flush()
    return [n for n in row.notices if n.action == action]


def was_planned(row: Request, action: str) -> bool:
    return any(e.kind == PLANNED_EVENT and e.note == action for e in row.events)


def sentence(ctx_words: object, row: Request, action: str, found: Provenance | None) -> str:
    """The confirmation's art. 19 sentence: names only once notices are posted."""
    from albanera_desk.services.letters.words import Words

    assert isinstance(ctx_words, Words)
    w = ctx_words
    common = w.own("common")
    notices = [n for n in row.notices if n.action == action]
    posted = [n for n in notices if n.posted_on is not None]
    if posted and len(posted) == len(notices):
        last = max(n.posted_on for n in posted if n.posted_on is not None)
        names = sorted({n.recipient_name for n in posted})
        return w.fill(common["recipients_informed"], on=w.day(last), list=w.joined(names))
    if notices:
        return w.fill(common["recipients_to_inform"])
    if was_planned(row, action):
        return w.fill(common["no_recipients"])
    if found is None:
        return w.fill(common["recipients_if_any"])
    if not found.receivers:
        return w.fill(common["no_recipients"])
    return w.fill(common["recipients_to_inform"])


def notice_paragraphs(w: object, row: Request, notice: RecipientNotice) -> list[str]:
    """One recipient's notice: who the person is to them, what changed, what is kept."""
    from albanera_desk.services.letters.words import Words

    assert isinstance(w, Words)
    own = w.own("recipient_notice")
    who = "; ".join(
        f"{w.field(kind).lower()}: {value}"
        for kind, _, value in (entry.partition("=") for entry in notice.identifiers)
    )
    processor = is_processor(notice.role)
    out = [w.fill(own["processor_intro" if processor else "controller_intro"], who=who or "-")]
    key = ("processor_" if processor else "controller_") + notice.action
    out.append(w.fill(own[key]))
    if notice.action == CORRECTION:
        for entry in notice.changes:
            field, _, after = entry.partition("=")
            out.append(w.fill(own["change"], field=w.field(field), after=after))
    if notice.kept:
        kept = [w.label("kept", k) for k in notice.kept]
        # A processor keeps them for us; a controller is only told what we keep.
        out.append(w.fill(own["kept" if processor else "kept_controller"], list=w.joined(kept)))
    out.append(w.fill(own["ask_processor" if processor else "ask_controller"]))
    return out
