"""A request's deadlines and the summary it is shown as.

The due dates are computed from the stored dates (receipt, identity asked and
received, extension) and the regimes, then stored with the rule in words; the
summary shows the strictest one, the last day to post the answer and, under
the CCPA, when the acknowledgement is due.
"""

from __future__ import annotations

from datetime import date

from albanera_desk.domain.deadlines import (
    Deadline,
    HolidayTest,
    ccpa_acknowledgement_due,
    ccpa_deadline,
    gdpr_deadline,
    last_day_to_post,
    strictest,
)
from albanera_desk.domain.records import LetterKind, Regime, RequestKind
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.holiday_calendar import french_holidays
from albanera_desk.services.request_base import RequestBase, RequestSummary, SentLetter
from albanera_desk.store.models import Request


class RequestDeadlines(RequestBase):
    def _holidays(self) -> HolidayTest:
        return french_holidays(self._settings.get().holiday_region or None)

    def rule_words(self, reference: str, language: str) -> str:
        """The deadline rule worded in ``language``, computed again from the stored dates."""
        with self._store.session_factory() as session:
            row = self._find(session, reference)
            return " ".join(d.rule for d in self._deadlines(row, language))

    def _deadlines(self, row: Request, language: str = "en") -> tuple[Deadline, ...]:
        deadlines: tuple[Deadline, ...] = ()
        if Regime.GDPR.value in row.regimes:
            deadlines += (
                gdpr_deadline(
                    row.received_on,
                    extended=row.extended,
                    identity_asked=row.identity_asked_on,
                    identity_received=row.identity_received_on,
                    is_holiday=self._holidays(),
                    language=language,
                ),
            )
        if Regime.CCPA.value in row.regimes:
            deadlines += (ccpa_deadline(row.received_on, extended=row.extended, language=language),)
        return deadlines

    def _compute_deadlines(self, row: Request) -> None:
        deadlines = self._deadlines(row)
        row.gdpr_due = next((d.due for d in deadlines if d.regime is Regime.GDPR), None)
        row.ccpa_due = next((d.due for d in deadlines if d.regime is Regime.CCPA), None)
        row.due_rule = " ".join(d.rule for d in deadlines)

    def _summary(
        self,
        row: Request,
        *,
        with_events: bool = False,
        posting: tuple[int, HolidayTest] | None = None,
    ) -> RequestSummary:
        options = [
            d
            for d in (
                Deadline(Regime.GDPR, row.gdpr_due, "") if row.gdpr_due else None,
                Deadline(Regime.CCPA, row.ccpa_due, "") if row.ccpa_due else None,
            )
            if d is not None
        ]
        shown = strictest(options) if options else None
        if shown is not None and posting is None:  # one request: read the settings now
            posting = (self._settings.get().postal_transit_days, self._holidays())
        post_by = last_day_to_post(shown.due, *posting) if shown and posting else None
        events = tuple((e.at, e.kind, e.note) for e in row.events) if with_events else ()
        sent = (
            tuple(
                SentLetter(x.id, x.kind, x.posted_on, x.tracking_number, x.language)
                for x in sorted(row.letters, key=lambda x: (x.posted_on or date.min, x.id))
            )
            if with_events
            else ()
        )
        return RequestSummary(
            reference=row.reference,
            kinds=tuple(RequestKind(k) for k in row.kinds),
            status=row.status,
            received_on=row.received_on,
            due=shown.due if shown else None,
            due_regime=shown.regime if shown else None,
            post_by=post_by,
            writer_name=row.writer_name,
            person_id=row.person_id,
            regimes=tuple(Regime(r) for r in row.regimes),
            extended=row.extended,
            rule=row.due_rule,
            events=events,
            writer_address=tuple(row.writer_address),
            writer_country=row.writer_country,
            acknowledge_by=self._acknowledge_by(row),
            letters=sent,
        )

    @staticmethod
    def _acknowledge_by(row: Request) -> date | None:
        if Regime.CCPA.value not in row.regimes or row.status not in OPEN_STATUSES:
            return None
        if any(
            letter.kind is LetterKind.ACKNOWLEDGEMENT and letter.posted_on is not None
            for letter in row.letters
        ):
            return None
        # Business days in California: weekends only (French holidays do not apply there).
        return ccpa_acknowledgement_due(row.received_on)
