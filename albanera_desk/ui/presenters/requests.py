"""What the Requests section decides about a request, without Qt.

The view asks: how urgent a row looks, which buttons are live, which statuses
a request may be moved to from the menu, what its detail pane lists, what a
logged letter's form says when it is incomplete, and which letters the letter
dialog offers and what recording them does. It turns the answers into words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.domain.records import LetterKind, Regime, RequestKind, RequestStatus
from albanera_desk.domain.request_workflow import OPEN_STATUSES, TRANSITIONS
from albanera_desk.services.answer_posting import is_answer
from albanera_desk.services.batch_letters import Batch, BatchLetters
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.requests import RequestSummary

# --- deadlines -------------------------------------------------------------------------------


class DueState(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    AHEAD = "ahead"


@dataclass(frozen=True, slots=True)
class DueWhen:
    """Where a due date stands from today: overdue by ``days``, today, or in ``days``."""

    state: DueState
    days: int


def due_when(due: date, today: date) -> DueWhen:
    days = (due - today).days
    if days < 0:
        return DueWhen(DueState.OVERDUE, -days)
    if days == 0:
        return DueWhen(DueState.TODAY, 0)
    return DueWhen(DueState.AHEAD, days)


@dataclass(frozen=True, slots=True)
class RowLook:
    """How a request's row reads in the table."""

    shows_due: bool  # the answer's date in words; "—" when closed or without a due date
    shows_post_by: bool
    overdue: bool  # red
    this_week: bool  # bold: due within seven days (or overdue)


def row_look(item: RequestSummary, today: date) -> RowLook:
    open_ = item.status in OPEN_STATUSES
    urgent = open_ and item.due is not None
    return RowLook(
        shows_due=urgent,
        shows_post_by=open_ and item.post_by is not None,
        overdue=urgent and item.due is not None and item.due < today,
        this_week=urgent and item.due is not None and (item.due - today).days <= 7,
    )


# --- the section's buttons -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actions:
    """Which of the section's buttons can be used (New request… always can)."""

    identity: bool
    extend: bool
    status: bool
    link: bool
    letter: bool
    more: bool
    ccpa_checked: bool


def actions_for(selected: RequestSummary | None) -> Actions:
    """Every button acts on the selected request; the service refuses a move the law forbids."""
    chosen = selected is not None
    return Actions(
        identity=chosen,
        extend=chosen,
        status=chosen,
        link=chosen,
        letter=chosen,
        more=chosen,
        ccpa_checked=selected is not None and Regime.CCPA in selected.regimes,
    )


@dataclass(frozen=True, slots=True)
class StatusChoice:
    """A status "Change status…" offers, and whether it needs a reason typed."""

    status: RequestStatus
    needs_reason: bool
    # "Answered" while no answer letter was posted: only with the reason why (audited).
    override: bool = False


# Reached through their own steps, never from the status menu.
_GUIDED = frozenset({RequestStatus.AWAITING_IDENTITY})
# A reason the history keeps: refusing, withdrawing, reopening.
_WITH_REASON = frozenset({RequestStatus.REFUSED, RequestStatus.WITHDRAWN})


def status_choices(current: RequestStatus, answer_posted: bool = False) -> list[StatusChoice]:
    """The moves the rules allow from ``current``, in the workflow's order.

    "Answered" follows the posting of the answer letter by itself; chosen by hand while
    no answer was posted, it needs the reason (an answer handed over, sent by email).
    """
    allowed = TRANSITIONS[current]
    choices = []
    for status in RequestStatus:
        if status is current or status in _GUIDED:
            continue
        if status is RequestStatus.ANSWERED and current in OPEN_STATUSES:
            override = not answer_posted
            choices.append(StatusChoice(status, needs_reason=override, override=override))
        elif status in allowed:
            reopening = status is RequestStatus.IN_PROGRESS and current is RequestStatus.ANSWERED
            choices.append(StatusChoice(status, status in _WITH_REASON or reopening))
    return choices


def answer_was_posted(item: RequestSummary) -> bool:
    """Whether an answer letter (access response, confirmation…) was recorded as posted."""
    return any(is_answer(sent.kind) and sent.posted_on is not None for sent in item.letters)


# --- the detail pane -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentLine:
    kind: LetterKind
    posted_on: date | None
    tracking: str


@dataclass(frozen=True, slots=True)
class EventLine:
    at: datetime
    kind: str  # a status it reached (see event_status), or what happened
    note: str


@dataclass(frozen=True, slots=True)
class Detail:
    """What the pane under the table says about one request, in order."""

    reference: str
    status: RequestStatus
    rule: str
    linked: bool
    sent: tuple[SentLine, ...]
    acknowledge_by: date | None
    events: tuple[EventLine, ...]


def event_status(kind: str) -> RequestStatus | None:
    """A status change reads as the status it reached; other events are worded by kind."""
    try:
        return RequestStatus(kind)
    except ValueError:
        return None


def detail_of(full: RequestSummary, rule: str) -> Detail:
    """``rule``: how the due date was computed, in the window's language."""
    return Detail(
        reference=full.reference,
        status=full.status,
        rule=rule,
        linked=full.person_id is not None,
        sent=tuple(SentLine(s.kind, s.posted_on, s.tracking_number) for s in full.letters),
        acknowledge_by=full.acknowledge_by,
        events=tuple(EventLine(at, kind, note) for at, kind, note in full.events),
    )


# --- the letter dialog -----------------------------------------------------------------------

RECIPIENT_NOTICES = "recipient-notices"

# The letters the dialog offers, in its order, by the CLI's names. Named rather than
# listed as members: a letter the letters package does not (or no longer) print is skipped.
_ORDER = (
    "acknowledgement",
    "identity-check",
    "extension-notice",
    "access-response",
    "portability-response",
    "correction-confirmation",
    "erasure-confirmation",
    "opt-out-confirmation",
    "restriction-confirmation",
    "restriction-lift-notice",
    "objection-response",
    "partial-answer",
    "refusal",
)
_PRINTED = {letter.value for letter in RequestLetter}
LETTER_CHOICES: tuple[RequestLetter, ...] = tuple(
    RequestLetter(name) for name in _ORDER if name in _PRINTED
)

# The answers each kind of request gets (its confirmation, or the access response).
_ANSWER_FOR: dict[RequestKind, tuple[str, ...]] = {
    RequestKind.ACCESS: ("access-response",),
    RequestKind.PORTABILITY: ("portability-response",),
    RequestKind.CORRECTION: ("correction-confirmation",),
    RequestKind.ERASURE: ("erasure-confirmation",),
    RequestKind.OBJECTION: ("opt-out-confirmation", "objection-response"),
    RequestKind.RESTRICTION: ("restriction-confirmation",),
}
_ANSWERING = frozenset({RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS, RequestStatus.ANSWERED})


@dataclass(frozen=True, slots=True)
class LetterStage:
    """What the letter dialog needs to know of a request to offer only the letters that fit."""

    status: RequestStatus
    kinds: frozenset[RequestKind]
    extended: bool
    posted: frozenset[LetterKind]

    @classmethod
    def of(cls, item: RequestSummary) -> LetterStage:
        """From a request read with its letters (``RequestService.get``)."""
        return cls(
            item.status,
            frozenset(item.kinds),
            item.extended,
            frozenset(sent.kind for sent in item.letters if sent.posted_on is not None),
        )


def letters_fitting(stage: LetterStage) -> list[str]:
    """The letters that fit one request where it stands, in the dialog's order.

    The acknowledgement until one is posted; the identity check while identity is
    awaited; the extension notice once extended; the answers its kinds call for while it
    is received or in progress (again once answered, to print a copy); the refusal only
    for a refused request; art. 19 notices after a correction or erasure. A closed or
    withdrawn request gets none.
    """
    open_ = stage.status in OPEN_STATUSES
    fits: set[str] = set()
    if open_ and LetterKind.ACKNOWLEDGEMENT not in stage.posted:
        fits.add("acknowledgement")
    if stage.status is RequestStatus.AWAITING_IDENTITY:
        fits.add("identity-check")
    if open_ and stage.extended:
        fits.add("extension-notice")
    if stage.status in _ANSWERING:
        for kind in stage.kinds:
            fits.update(_ANSWER_FOR.get(kind, ()))
    if open_:  # part of the answer now, the rest by the due date
        fits.add("partial-answer")
    if RequestKind.RESTRICTION in stage.kinds and stage.status is RequestStatus.ANSWERED:
        fits.add("restriction-lift-notice")  # told before the restriction is lifted
    if stage.status is RequestStatus.REFUSED:
        fits.add("refusal")
    choices: list[str] = [kind.value for kind in LETTER_CHOICES if kind.value in fits]
    told = {RequestKind.CORRECTION, RequestKind.ERASURE, RequestKind.RESTRICTION} & stage.kinds
    if told and stage.status in _ANSWERING:  # whether anything was changed: the service says
        choices.append(RECIPIENT_NOTICES)
    return choices


def letter_choices(stages: Sequence[LetterStage]) -> list[str]:
    """The letters that fit every request chosen; art. 19 notices only for one request."""
    if not stages:
        return []
    common = [choice for choice in letters_fitting(stages[0])]
    for stage in stages[1:]:
        fitting = set(letters_fitting(stage))
        common = [choice for choice in common if choice in fitting]
    if len(stages) > 1 and RECIPIENT_NOTICES in common:
        common.remove(RECIPIENT_NOTICES)
    return common


Report = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class LetterPlan:
    """The letter chosen for one or more requests, and what making or recording it does."""

    references: tuple[str, ...]
    choice: str  # a RequestLetter value, or RECIPIENT_NOTICES
    language: str | None = None  # None: from each writer's address
    envelope: EnvelopeKind = EnvelopeKind.FR_DL_RIGHT

    @property
    def notices(self) -> bool:
        return self.choice == RECIPIENT_NOTICES

    @property
    def kind(self) -> RequestLetter:
        # Notices tell recipients about a correction (or erasure): their letter's kind.
        return RequestLetter(RequestLetter.CORRECTION_CONFIRMATION if self.notices else self.choice)

    @property
    def single(self) -> bool:
        return len(self.references) == 1

    @property
    def can_record_posted(self) -> bool:
        # Notices too: the request keeps them, posted to every recipient at once.
        return True

    @property
    def takes_tracking(self) -> bool:
        return not self.notices and self.single

    def _stem(self) -> str:
        return self.references[0] if self.single else "letters"

    def save_name(self) -> str:
        name = "recipient-notices" if self.notices else self.kind.value
        return f"{self._stem()}-{name}.pdf"

    def preview_name(self) -> str:
        return f"{self._stem()}-{self.kind.value}.pdf"

    def tracking(self, typed: str) -> str:
        """A tracking number belongs to one envelope: none is kept for a batch."""
        return typed.strip() if self.takes_tracking else ""

    def make(self, batches: BatchLetters, report: Report | None = None) -> Batch:
        """Each request's letter on its own, joined into one PDF (or the art. 19 notices)."""
        if self.notices:
            return batches.prepare_notices(
                self.references[0], language=self.language or "fr", envelope=self.envelope
            )
        return batches.prepare(
            self.references,
            self.kind,
            language=self.language,
            envelope=self.envelope,
            report=report or (lambda done, total: None),
        )

    def record_posted(
        self, batches: BatchLetters, made: Batch, posted_on: date, tracking: str
    ) -> int:
        """Every request keeps the letter it was sent, all in one transaction, or none."""
        return batches.record_posted(
            made, posted_on=posted_on, tracking_number=self.tracking(tracking)
        )
