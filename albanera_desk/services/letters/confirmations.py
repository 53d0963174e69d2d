"""Confirmations of what was done: correction, erasure, marketing opt-out, restriction (and the
notice before lifting it), objection. Each says exactly what was applied, nothing more."""

from __future__ import annotations

import albanera_desk.services.letters.notices as notices
from albanera_desk.domain.records import MarketingChannel, PersonFactKind
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import answers
from albanera_desk.services.letters.context import Body, LetterContext
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.models import PersonFact


def correction(ctx: LetterContext) -> Body:
    w = ctx.words
    own = w.own("correction_confirmation")
    changes = answers.corrections_for(ctx.session, ctx.row)
    if not changes:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "No correction is recorded for this request: correct the person's file first "
                "(with this request chosen), then print the confirmation.",
            )
        )
    out = w.body("correction_confirmation")
    out.extend(
        w.fill(
            own["change"], field=w.field(c.field), before=c.before, after=c.after, on=w.day(c.at)
        )
        for c in changes
    )
    found = ctx.truthful_provenance() if _alive(ctx) else None
    out.append(notices.sentence(w, ctx.row, notices.CORRECTION, found))
    return Body(out)


def erasure(ctx: LetterContext) -> Body:
    w = ctx.words
    own = w.own("erasure_confirmation")
    record = answers.erasure_for(ctx.session, ctx.row)
    if record is None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "No erasure is recorded for this request: erase the person's file first "
                "(with this request chosen), then print the confirmation.",
            )
        )
    out = w.body("erasure_confirmation", erased=w.day(record.erased_at))
    kept = [w.fill(own["kept_intro"])]
    digests = answers.kept_digests(ctx.session, record)
    if digests:
        key = "kept_digest" if digests == 1 else "kept_digests"
        kept.append(w.fill(own[key], count=str(digests)))
    planned = [n for n in ctx.row.notices if n.action == notices.ERASURE]
    if notices.was_planned(ctx.row, notices.ERASURE):  # while the file showed what was held
        if any(n.kept for n in planned) or any(
            e.kind == notices.KEPT_EVENT for e in ctx.row.events
        ):
            kept.append(w.fill(own["kept_invoices"]))
    else:
        kept.append(w.fill(own["kept_invoices_if"]))
    kept.append(w.fill(own["kept_record"], months=str(ctx.request_months)))
    out.extend(kept)  # one line each, as a list
    out.append(notices.sentence(w, ctx.row, notices.ERASURE, None))
    return Body(out)


def opt_out(ctx: LetterContext) -> Body:
    w = ctx.words
    own = w.own("opt_out_confirmation")
    person = ctx.live_person()
    facts = answers.channels(person, ctx.row)
    applied = [f for f in facts if f.applied_for_request]
    ads = answers.advertising_stopped(person, ctx.row)
    if not applied and ads is not True:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Nothing was stopped for this request yet: record the opt-out in the person's "
                "file first, then print the confirmation.",
            )
        )
    out = []
    if applied:
        listing = [
            w.fill(
                own["applied_item"],
                channel=w.label("channels", f.channel.value),
                on=w.day(f.changed_at) if f.changed_at else "",
            )
            for f in applied
        ]
        out.append(w.fill(own["applied"], list=w.joined(listing)))
    if ads is True:
        out.append(w.fill(own["profiling_stopped"]))
    still = [w.label("channels", f.channel.value) for f in facts if f.opted_in]
    if still:
        out.append(w.fill(own["still"], list=w.joined(still)))
    never = [w.label("channels", f.channel.value) for f in facts if f.opted_in is None]
    if never:
        out.append(w.fill(own["never"], list=w.joined(never)))
    every = w.joined([w.label("channels", c.value) for c in MarketingChannel])
    out.append(w.fill(own["offer"], all=every))
    if ads is False and not ctx.ccpa:
        out.append(w.fill(own["profiling_running"]))
    return Body(out)


def restriction(ctx: LetterContext) -> Body:
    w = ctx.words
    fact = _fact(ctx, PersonFactKind.RESTRICTION)
    out = w.body("restriction_confirmation", since=w.day(fact.started_on))
    if fact.note:
        out.append(w.text("restriction_confirmation", "reason", reason=_sentence(fact.note)))
    out.append(w.fill(w.own("common")["restriction_ends"]))
    out.append(notices.sentence(w, ctx.row, notices.RESTRICTION, ctx.truthful_provenance()))
    return Body(out)


def restriction_lift(ctx: LetterContext) -> Body:
    w = ctx.words
    fact = _fact(ctx, PersonFactKind.RESTRICTION)
    if fact.ended_on is None:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Record when and why the restriction will be lifted first: the person is told "
                "before it is lifted (art. 18(3)).",
            )
        )
    why = [e.note for e in ctx.row.events if e.kind == "restriction_lifted"]
    return Body(
        w.body(
            "restriction_lift_notice",
            since=w.day(fact.started_on),
            lift_on=w.day(fact.ended_on),
            reason=_sentence(why[-1] if why else "-"),
        )
    )


def objection(ctx: LetterContext) -> Body:
    w = ctx.words
    person = ctx.live_person()
    upheld = [
        f for f in person.facts if f.kind is PersonFactKind.OBJECTION and f.request_id == ctx.row.id
    ]
    if not upheld:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "No objection is recorded as upheld for this request: record it (or refuse "
                "it with its compelling grounds) first.",
            )
        )
    found = ctx.truthful_provenance()
    names = [a.name for a in found.activities if any(f.activity_id == a.id for f in upheld)]
    return Body(
        w.body(
            "objection_response",
            activities=w.joined(names),
            since=w.day(min(f.started_on for f in upheld)),
        )
    )


def _fact(ctx: LetterContext, kind: PersonFactKind) -> PersonFact:
    person = ctx.live_person()
    facts = [f for f in person.facts if f.kind is kind and f.request_id == ctx.row.id]
    if not facts:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "No restriction is recorded for this request: record it first, then print the "
                "letter.",
            )
        )
    return facts[-1]


def _alive(ctx: LetterContext) -> bool:
    person = ctx.person
    return person is not None and person.erased_at is None


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
