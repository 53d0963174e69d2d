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
from pathlib import Path

from albanera_desk.domain.attachments import MAX_SCAN_BYTES, sniff_media_type
from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.domain.records import Channel, LetterKind, Regime, RequestKind, RequestStatus
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.addresses import address_lines, address_problems
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.requests import NewRequest, RequestSummary

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


def status_choices(current: RequestStatus) -> list[RequestStatus]:
    """The statuses offered by "Change status…": every one but the current one."""
    return [status for status in RequestStatus if status is not current]


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


# --- logging a letter ------------------------------------------------------------------------


class FormProblem(Enum):
    NO_WRITER = "no writer"
    ADDRESS = "address"  # details: what the post would object to, one phrase per field


@dataclass(frozen=True, slots=True)
class LetterForm:
    """What the coordinator typed in "New request"."""

    received_on: date
    kinds: Sequence[RequestKind]
    writer: str
    street: str
    postcode: str
    city: str
    region: str
    country: str
    channel: Channel
    summary: str


@dataclass(frozen=True, slots=True)
class FormRefusal:
    problem: FormProblem
    details: tuple[str, ...] = ()


def read_letter_form(form: LetterForm) -> NewRequest | FormRefusal:
    """The request to log, or why the form cannot be saved yet (name first, then address)."""
    if not form.writer.strip():
        return FormRefusal(FormProblem.NO_WRITER)
    country = form.country.strip().upper() or "FR"
    parts = (
        form.street.splitlines(),
        form.postcode.strip(),
        form.city.strip(),
        form.region.strip(),
        country,
    )
    problems = address_problems(*parts)
    if problems:
        return FormRefusal(FormProblem.ADDRESS, tuple(problems))
    return NewRequest(
        received_on=form.received_on,
        kinds=list(form.kinds),
        writer_name=form.writer,
        writer_address=address_lines(*parts),
        writer_country=country,
        writer_region=form.region.strip(),
        channel=form.channel,
        summary=form.summary,
    )


class ScanProblem(Enum):
    TOO_LARGE = "too large"
    UNREADABLE = "unreadable"
    NOT_A_SCAN = "not a scan"


def read_scan(path: Path) -> tuple[str, bytes] | ScanProblem:
    """The scan's name and content, read now (the service checks it again when it is stored)."""
    try:
        if path.stat().st_size > MAX_SCAN_BYTES:
            return ScanProblem.TOO_LARGE
        content = path.read_bytes()
    except OSError:
        return ScanProblem.UNREADABLE
    if sniff_media_type(content[:16]) is None:
        return ScanProblem.NOT_A_SCAN
    return path.name, content


# --- the letter dialog -----------------------------------------------------------------------

RECIPIENT_NOTICES = "recipient-notices"

# The letters the dialog offers, in its order.
LETTER_CHOICES: tuple[RequestLetter, ...] = (
    RequestLetter.ACKNOWLEDGEMENT,
    RequestLetter.IDENTITY_CHECK,
    RequestLetter.EXTENSION_NOTICE,
    RequestLetter.ACCESS_RESPONSE,
    RequestLetter.CORRECTION_CONFIRMATION,
    RequestLetter.ERASURE_CONFIRMATION,
    RequestLetter.OPT_OUT_CONFIRMATION,
    RequestLetter.REFUSAL,
)


def letter_choices(count: int) -> list[str]:
    """The dialog's letters for ``count`` requests: art. 19 notices only for one request."""
    choices = [kind.value for kind in LETTER_CHOICES]
    if count == 1:
        choices.append(RECIPIENT_NOTICES)
    return choices


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
        # Notices are recorded against the request when they are made, not "posted" here.
        return not self.notices

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
        return typed.strip() if self.single else ""

    def make(self, letters: LetterService) -> bytes:
        """One PDF: the notices, or the whole batch's letters built in one pass."""
        if self.notices:
            return letters.prepare_recipient_notices(
                self.references[0], language=self.language or "fr", envelope=self.envelope
            ).pdf
        return letters.prepare(
            list(self.references), self.kind, language=self.language, envelope=self.envelope
        ).pdf

    def record_posted(
        self, letters: LetterService, posted_on: date, tracking: str, report: Report
    ) -> None:
        """Each request keeps the letter it was sent; all are made before any is recorded."""
        refs = self.references
        pdfs = []
        for done, ref in enumerate(refs):
            report(done, len(refs) * 2)
            pdfs.append(
                letters.prepare(
                    [ref], self.kind, language=self.language, envelope=self.envelope
                ).pdf
            )
        for done, (ref, pdf) in enumerate(zip(refs, pdfs, strict=True)):
            report(len(refs) + done, len(refs) * 2)
            letters.record_posted(
                ref,
                self.kind,
                pdf,
                posted_on=posted_on,
                language=self.language or "auto",
                tracking_number=self.tracking(tracking),
            )
