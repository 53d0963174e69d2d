"""Which way a request may move, and what each move needs, as the law and the office ask."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from albanera_desk.domain.records import RequestStatus
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

S = RequestStatus

TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.RECEIVED: frozenset({S.AWAITING_IDENTITY, S.IN_PROGRESS, S.REFUSED, S.WITHDRAWN}),
    S.AWAITING_IDENTITY: frozenset({S.IN_PROGRESS, S.REFUSED, S.WITHDRAWN}),
    S.IN_PROGRESS: frozenset({S.AWAITING_IDENTITY, S.ANSWERED, S.REFUSED, S.WITHDRAWN}),
    S.ANSWERED: frozenset({S.CLOSED, S.IN_PROGRESS}),
    S.REFUSED: frozenset({S.CLOSED}),
    S.WITHDRAWN: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
}

# The statuses in words, for sentences (worded again in the window's language).
STATUS_WORDS = {
    S.RECEIVED: QT_TRANSLATE_NOOP("Core", "received"),
    S.AWAITING_IDENTITY: QT_TRANSLATE_NOOP("Core", "awaiting identity"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("Core", "in progress"),
    S.ANSWERED: QT_TRANSLATE_NOOP("Core", "answered"),
    S.CLOSED: QT_TRANSLATE_NOOP("Core", "closed"),
    S.REFUSED: QT_TRANSLATE_NOOP("Core", "refused"),
    S.WITHDRAWN: QT_TRANSLATE_NOOP("Core", "withdrawn"),
}

OPEN_STATUSES = frozenset({S.RECEIVED, S.AWAITING_IDENTITY, S.IN_PROGRESS})


class WorkflowRefusal(ValueError):
    """A move the rules do not allow; the message says why, in one sentence."""


@dataclass(frozen=True, slots=True)
class MoveContext:
    """What the rules need to know about a request to judge a move."""

    status: RequestStatus
    answer_posted: bool = False
    refusal_letter_posted: bool = False


def check_move(ctx: MoveContext, target: RequestStatus, reason: str = "") -> None:
    """Raise ``WorkflowRefusal`` unless ``ctx.status`` may move to ``target`` now."""
    if target not in TRANSITIONS[ctx.status]:
        raise WorkflowRefusal(
            QT_TRANSLATE_NOOP("Core", "A request that is {now} cannot become {then}.").format(
                now=STATUS_WORDS[ctx.status], then=STATUS_WORDS[target]
            )
        )
    if target is S.REFUSED and not reason.strip():
        raise WorkflowRefusal(
            QT_TRANSLATE_NOOP(
                "Core", "A refusal needs its reason (manifestly unfounded or excessive, and why)."
            )
        )
    if target is S.ANSWERED and not ctx.answer_posted:
        raise WorkflowRefusal(
            QT_TRANSLATE_NOOP(
                "Core", "The request is answered once the answer letter has been posted."
            )
        )
    if target is S.CLOSED:
        if ctx.status is S.ANSWERED and not ctx.answer_posted:
            raise WorkflowRefusal(
                QT_TRANSLATE_NOOP("Core", "A request cannot be closed before its answer is posted.")
            )
        if ctx.status is S.REFUSED and not ctx.refusal_letter_posted:
            raise WorkflowRefusal(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "A refused request cannot be closed before the refusal letter is posted.",
                )
            )


def check_extension(today: date, notice_deadline: date, reasons: str, already: bool) -> None:
    """Art. 12(3): the extension is notified, with reasons, before the first month is out."""
    if already:
        raise WorkflowRefusal(
            QT_TRANSLATE_NOOP(
                "Core", "This request was already extended; it can be extended only once."
            )
        )
    if not reasons.strip():
        raise WorkflowRefusal(
            QT_TRANSLATE_NOOP("Core", "An extension notice must give the writer its reasons.")
        )
    if today > notice_deadline:
        raise WorkflowRefusal(
            QT_TRANSLATE_NOOP(
                "Core",
                "Too late to extend: the notice had to be sent by {day}, within the first month.",
            ).format(day=notice_deadline.isoformat())
        )
