"""Letters about the request itself: acknowledgement, identity check, extension, refusal and
partial answer. A refusal is printed only for a refused request, with its own ground and
reason (never the extension's), and the remedies of art. 12(4)."""

from __future__ import annotations

from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import answers
from albanera_desk.services.letters.context import Body, LetterContext
from albanera_desk.services.requests import RequestRefused


def acknowledgement(ctx: LetterContext) -> Body:
    return Body(ctx.words.body("acknowledgement"))


def identity_check(ctx: LetterContext) -> Body:
    asked = [e.note for e in ctx.row.events if e.kind == "identity_asked"]
    if not asked or not asked[-1].strip():
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core", "Record what is asked to confirm identity before printing the letter."
            )
        )
    return Body(ctx.words.body("identity_check", what=asked[-1].strip().rstrip(".")))


def extension_notice(ctx: LetterContext) -> Body:
    reasons = [e.note for e in ctx.row.events if e.kind == "extended"]
    if not ctx.row.extended or not reasons:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core", "Extend the request (with its reasons) before printing the notice."
            )
        )
    return Body(ctx.words.body("extension_notice", reasons=_sentence(reasons[-1])))


def refusal(ctx: LetterContext) -> Body:
    row = ctx.row
    if row.status is not RequestStatus.REFUSED:
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "A refusal letter is printed only for a refused request: refuse it first, "
                "with its legal ground and its reason.",
            )
        )
    if row.refusal_ground is None or not row.refusal_reason.strip():
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Record the refusal's legal ground and its reason before printing the letter.",
            )
        )
    w = ctx.words
    own = w.own("refusal")
    out = [
        w.fill(own["intro"]),
        w.fill(w.own("grounds")[row.refusal_ground.value], reason=_sentence(row.refusal_reason)),
    ]
    if own["remedies"]:  # then the complaint paragraph says where (art. 12(4))
        out.append(w.fill(own["remedies"]))
    return Body(out)


def partial_answer(ctx: LetterContext) -> Body:
    row = ctx.row
    if row.partial_ground is None or not row.partial_left.strip():
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Record what is not done, on which ground and why, before printing a partial "
                "answer.",
            )
        )
    kinds = set(row.kinds)
    done = (
        RequestKind.ERASURE.value not in kinds or answers.erasure_for(ctx.session, row) is not None
    ) and (
        RequestKind.CORRECTION.value not in kinds or bool(answers.corrections_for(ctx.session, row))
    )
    if not done:  # "done except X" is said only once the rest is recorded as done
        raise RequestRefused(
            QT_TRANSLATE_NOOP(
                "Core",
                "Do (and record) what the request asks except what is refused before printing "
                "a partial answer: erase or correct the person's file with this request chosen.",
            )
        )
    w = ctx.words
    own = w.own("partial_answer")
    out = [
        w.fill(own["intro"], left=row.partial_left.strip().rstrip(".")),
        w.fill(
            w.own("grounds")[row.partial_ground.value],
            reason=_sentence(row.partial_reason or "-"),
        ),
    ]
    if own["remedies"]:
        out.append(w.fill(own["remedies"]))
    return Body(out)


def _sentence(text: str) -> str:
    """A reason typed by the office, ending as a sentence."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
