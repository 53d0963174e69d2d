"""Find and count requests: by reference, name or postcode, and by where they stand.

The Requests section's search box and filters, the Today page's counts and
calendar, and a person's Requests tab read from here. The query narrows on
indexed columns first (status, person, the reference's unique index), reads
only the columns a row shows, and compares words folded once per open store
(``request_text``) through a SQL function registered on the connection, so
"lucja" finds "Łucja" and "orleans" finds "Orléans" among ten thousand
requests without loading them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Date, String, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from albanera_desk.domain.deadlines import ccpa_acknowledgement_due, last_day_to_post
from albanera_desk.domain.records import LetterKind, Regime, RequestKind, RequestStatus
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.holiday_calendar import french_holidays
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.request_text import FoldedText, search_words
from albanera_desk.services.requests import RequestSummary
from albanera_desk.store.models import Letter, Request
from albanera_desk.store.store import Store

WEEK = 7  # days: "this week" on the Today page and in the "to post" filter
# A list of ids bound as one JSON parameter: no SQL is ever built from values.
_IDS = "(SELECT value FROM json_each(?))"


class RequestFilter(StrEnum):
    """Where a request stands, as the Requests section's filter buttons say it."""

    NOT_CLOSED = "not_closed"  # the default: closed requests are hidden
    OPEN = "open"  # received, awaiting identity or in progress
    OVERDUE = "overdue"  # open, and its answer was due before today
    AWAITING_IDENTITY = "awaiting_identity"
    TO_POST = "to_post"  # open, its answer (or CCPA receipt) must go in the post within a week
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class RequestCounts:
    """What the Today page and the sidebar count."""

    open: int
    overdue: int
    awaiting_identity: int
    to_post_this_week: int


def _due_column() -> ColumnElement[Any]:
    """The date shown: the earlier of the GDPR and CCPA due dates that apply."""
    return type_coerce(
        func.min(
            func.coalesce(Request.gdpr_due, Request.ccpa_due),
            func.coalesce(Request.ccpa_due, Request.gdpr_due),
        ),
        Date,
    )


_OPEN = [status.value for status in OPEN_STATUSES]


def _acknowledged() -> ColumnElement[bool]:
    """The request has an acknowledgement recorded as posted."""
    return (
        select(Letter.id)
        .where(
            Letter.request_id == Request.id,
            Letter.kind == LetterKind.ACKNOWLEDGEMENT,
            Letter.posted_on.is_not(None),
        )
        .exists()
    )


SHOWN = 500  # rows the table gets at most: the most urgent first; typing narrows


@dataclass(frozen=True, slots=True)
class Found:
    """The requests to show (at most ``SHOWN``, most urgent first) and how many matched."""

    items: list[RequestSummary]
    total: int

    @property
    def cut(self) -> bool:
        return self.total > len(self.items)


def _last_on_or_before(limit: date, step: Callable[[date], date]) -> date:
    """The latest day whose ``step`` (a date moving forward with it) is on or before ``limit``."""
    day = limit
    while step(day + timedelta(days=1)) <= limit:
        day += timedelta(days=1)
    return day


class RequestSearch:
    """Read-only: finds, counts and lists requests for the window (never writes)."""

    def __init__(self, store: Store, actor: str = "") -> None:
        self._store = store
        self._settings = OfficeSettingsService(store, actor)
        self._folded = FoldedText()

    # --- the Requests section ------------------------------------------------------------

    def find(
        self,
        text: str = "",
        which: RequestFilter = RequestFilter.NOT_CLOSED,
        today: date | None = None,
        limit: int | None = SHOWN,
    ) -> Found:
        """The requests matching every word of ``text`` and the filter, soonest due first.

        A whole reference typed ("R-2026-0012") finds its request whatever the filter.
        """
        day = today or date.today()
        words = search_words(text)
        with self._store.session_factory() as session:
            where = self._where(session, which, day, words)
            exact = self._exact_reference(session, text)
            if exact is not None:
                where = or_(where, Request.id == exact)
            rows = self._rows(session, where, limit, with_total=True)
        total = int(rows[0].total) if rows else 0
        return Found(self._summaries(rows, day), total)

    def counts(self, today: date | None = None) -> RequestCounts:
        """Open, overdue, awaiting identity and to post within a week: one query."""
        day = today or date.today()
        with self._store.session_factory() as session:
            to_post = self._to_post(day)
            row = session.execute(
                select(
                    func.count(Request.id),
                    func.coalesce(func.sum(case((_due_column() < day, 1), else_=0)), 0),
                    func.coalesce(
                        func.sum(
                            case((Request.status == RequestStatus.AWAITING_IDENTITY, 1), else_=0)
                        ),
                        0,
                    ),
                    func.coalesce(func.sum(case((to_post, 1), else_=0)), 0),
                ).where(Request.status.in_(_OPEN))
            ).one()
        return RequestCounts(int(row[0]), int(row[1]), int(row[2]), int(row[3]))

    def _where(
        self, session: Session, which: RequestFilter, day: date, words: Sequence[str]
    ) -> ColumnElement[bool]:
        conditions: list[ColumnElement[bool]] = []
        if which is RequestFilter.NOT_CLOSED:
            conditions.append(Request.status != RequestStatus.CLOSED)
        elif which is RequestFilter.CLOSED:
            conditions.append(Request.status == RequestStatus.CLOSED)
        elif which is RequestFilter.AWAITING_IDENTITY:
            conditions.append(Request.status == RequestStatus.AWAITING_IDENTITY)
        else:  # open, overdue, to post: the open statuses
            conditions.append(Request.status.in_(_OPEN))
        if which is RequestFilter.OVERDUE:
            conditions.append(_due_column() < day)
        if which is RequestFilter.TO_POST:
            conditions.append(self._to_post(day))
        if words:
            self._folded.register(session)
            haystack = type_coerce(
                func.albanera_request_text(
                    Request.reference,
                    type_coerce(Request.writer_name, String),
                    type_coerce(Request.writer_address, String),
                ),
                String,
            )
            conditions.extend(haystack.contains(word) for word in words)
        return and_(*conditions)

    def _to_post(self, today: date) -> ColumnElement[bool]:
        """Its answer must be posted within the week (allowing for the post), or its CCPA
        receipt acknowledged within the week; both dates move with the due and received
        dates, so each becomes a bound on an indexed column."""
        settings = self._settings.get()
        holidays = french_holidays(settings.holiday_region or None)
        horizon = today + timedelta(days=WEEK)
        last_due = _last_on_or_before(
            horizon, lambda due: last_day_to_post(due, settings.postal_transit_days, holidays)
        )
        # ccpa_acknowledgement_due is ten business days on: received up to ~two weeks back.
        first = horizon - timedelta(days=30)
        last_received = max(
            (d for d in _days(first, horizon) if ccpa_acknowledgement_due(d) <= horizon),
            default=first,
        )
        ccpa = func.instr(type_coerce(Request.regimes, String), f'"{Regime.CCPA.value}"') > 0
        return or_(
            _due_column() <= last_due,
            and_(ccpa, Request.received_on <= last_received, ~_acknowledged()),
        )

    def is_empty(self) -> bool:
        """No request at all, closed ones included: the section shows how to start."""
        with self._store.session_factory() as session:
            return session.scalar(select(Request.id).limit(1)) is None

    # --- elsewhere in the window -----------------------------------------------------------

    def for_person(self, person_id: int, today: date | None = None) -> list[RequestSummary]:
        """Every request linked to a person, newest received first."""
        with self._store.session_factory() as session:
            rows = self._rows(session, Request.person_id == person_id)
        found = self._summaries(rows, today or date.today())
        return sorted(found, key=lambda i: (i.received_on, i.reference), reverse=True)

    def due_between(self, first: date, last: date) -> list[RequestSummary]:
        """Open requests whose answer is due from ``first`` to ``last`` (the calendar)."""
        due = _due_column()
        where = and_(Request.status.in_(_OPEN), due >= first, due <= last)
        with self._store.session_factory() as session:
            rows = self._rows(session, where)
        return self._summaries(rows, date.today())

    def to_acknowledge(self, today: date | None = None) -> list[RequestSummary]:
        """Open requests whose receipt no posted letter has acknowledged yet, oldest first."""
        with self._store.session_factory() as session:
            rows = self._rows(session, and_(Request.status.in_(_OPEN), ~_acknowledged()))
        found = self._summaries(rows, today or date.today())
        return sorted(found, key=lambda i: (i.received_on, i.reference))

    def to_acknowledge_count(self) -> int:
        with self._store.session_factory() as session:
            where = and_(Request.status.in_(_OPEN), ~_acknowledged())
            return int(session.scalar(select(func.count(Request.id)).where(where)) or 0)

    def posted_kinds(self, references: Sequence[str]) -> dict[str, set[LetterKind]]:
        """The kinds of letter recorded as posted, for each of ``references``."""
        return self._posted_kinds(references)

    # --- inside --------------------------------------------------------------------------------

    @staticmethod
    def _exact_reference(session: Session, typed: str) -> int | None:
        """A typed reference ("R-2026-0012") always finds its request, whatever the filter."""
        reference = typed.strip().upper()
        if not reference.startswith("R-"):
            return None
        found = session.scalar(select(Request.id).where(Request.reference == reference))
        return int(found) if found is not None else None

    @staticmethod
    def _rows(
        session: Session,
        where: ColumnElement[bool],
        limit: int | None = None,
        *,
        with_total: bool = False,
    ) -> list[Any]:
        """The columns a row shows; ``with_total``: how many match, counted in the same pass."""
        due = _due_column()
        extra = [func.count().over().label("total")] if with_total else []
        query = (
            select(
                Request.id,
                Request.reference,
                Request.kinds,
                Request.status,
                Request.received_on,
                Request.gdpr_due,
                Request.ccpa_due,
                Request.writer_name,
                Request.person_id,
                Request.regimes,
                Request.extended,
                Request.due_rule,
                *extra,
            )
            .where(where)
            .order_by(due.is_(None), due, Request.reference)
            .limit(limit)
        )
        return list(session.execute(query).all())

    def _posted_kinds(self, references: Iterable[str]) -> dict[str, set[LetterKind]]:
        refs = sorted(set(references))
        found: dict[str, set[LetterKind]] = defaultdict(set)
        if not refs:
            return found
        with self._store.session_factory() as session:
            conn = session.connection()
            for start in range(0, len(refs), 500):
                chunk = json.dumps(refs[start : start + 500])
                for reference, kind in conn.exec_driver_sql(
                    "SELECT r.reference, l.kind FROM letter l JOIN request r ON r.id = l.request_id"
                    f" WHERE l.posted_on IS NOT NULL AND r.reference IN {_IDS}",
                    (chunk,),
                ):
                    found[reference].add(LetterKind(kind))
        return found

    def _summaries(self, rows: Sequence[Any], today: date) -> list[RequestSummary]:
        settings = self._settings.get()
        holidays = french_holidays(settings.holiday_region or None)
        transit = settings.postal_transit_days
        post_by: dict[date, date] = {}
        ccpa_open = {
            r.reference
            for r in rows
            if Regime.CCPA.value in r.regimes and r.status in OPEN_STATUSES
        }
        acknowledged = self._posted_kinds(ccpa_open) if ccpa_open else {}
        out = []
        for r in rows:
            dues = [d for d in (r.gdpr_due, r.ccpa_due) if d is not None]
            due = min(dues) if dues else None
            regime = None
            if due is not None:
                regime = Regime.GDPR if r.gdpr_due == due else Regime.CCPA
                if due not in post_by:
                    post_by[due] = last_day_to_post(due, transit, holidays)
            acknowledge_by = None
            if r.reference in ccpa_open and LetterKind.ACKNOWLEDGEMENT not in acknowledged.get(
                r.reference, set()
            ):
                acknowledge_by = ccpa_acknowledgement_due(r.received_on)
            out.append(
                RequestSummary(
                    reference=r.reference,
                    kinds=tuple(RequestKind(k) for k in r.kinds),
                    status=r.status,
                    received_on=r.received_on,
                    due=due,
                    due_regime=regime,
                    post_by=post_by[due] if due is not None else None,
                    writer_name=r.writer_name,
                    person_id=r.person_id,
                    regimes=tuple(Regime(x) for x in r.regimes),
                    extended=r.extended,
                    rule=r.due_rule,
                    acknowledge_by=acknowledge_by,
                )
            )
        return out


def _days(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
