"""What the Today page lists and counts, without Qt.

"Due this week": open requests whose answer is due within seven days (or
overdue), then CCPA receipts to acknowledge within seven days. "Register
checks": the first twelve, and how many more. A link on the page
("processor:12") names the record that fixes a check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.domain.request_workflow import OPEN_STATUSES
from albanera_desk.services.health import HealthReport
from albanera_desk.services.register_health import HealthItem
from albanera_desk.services.requests import RequestSummary

WEEK = 7  # days: what "due this week" means, overdue included
CHECKS_SHOWN = 12


@dataclass(frozen=True, slots=True)
class DueLine:
    reference: str
    writer: str
    due: date
    overdue: bool
    ccpa_acknowledgement: bool  # the receipt to acknowledge, not the answer


def due_this_week(requests: Sequence[RequestSummary], today: date) -> list[DueLine]:
    """Answers due within a week (open requests only), then CCPA receipts to acknowledge."""
    answers = [
        DueLine(item.reference, item.writer_name, item.due, item.due < today, False)
        for item in requests
        if item.status in OPEN_STATUSES and item.due and (item.due - today).days <= WEEK
    ]
    receipts = [
        DueLine(
            item.reference,
            item.writer_name,
            item.acknowledge_by,
            item.acknowledge_by < today,
            True,
        )
        for item in requests
        if item.acknowledge_by is not None and (item.acknowledge_by - today).days <= WEEK
    ]
    return answers + receipts


@dataclass(frozen=True, slots=True)
class CheckLine:
    text: str
    problem: bool  # red; otherwise a warning (amber)
    link: str | None  # "processor:12": the record that fixes it


def check_lines(items: Sequence[HealthItem], language: str) -> tuple[list[CheckLine], int]:
    """The checks shown on the page, and how many more there are."""
    shown = [
        CheckLine(
            item.message(language),
            item.severity == "problem",
            f"{item.record_type}:{item.record_id}" if item.record_id is not None else None,
        )
        for item in items[:CHECKS_SHOWN]
    ]
    return shown, max(len(items) - CHECKS_SHOWN, 0)


def record_link(link: str) -> tuple[str, int] | None:
    """A link's record type and id ("transfer:3" -> ("transfer", 3)), or None if it is not one."""
    kind, _, ident = link.partition(":")
    if not ident.isdigit():
        return None
    return kind, int(ident)


def profile_lines(profile: OrganisationProfile) -> list[str]:
    """The organisation card: who we are and where letters come from."""
    lines = [profile.controller_name, *profile.address_lines]
    lines.append(" ".join(p for p in (profile.postcode, profile.city) if p))
    return [line for line in lines if line]


def failed_checks(report: HealthReport) -> list[str]:
    """The names of the store checks that failed (empty when the store is healthy)."""
    return [finding.name for finding in report.findings if not finding.ok]


# --- counts, first steps and the calendar ------------------------------------------------------

DUE_SHOWN = 12  # lines of "Due this week" before "… and N more"


def request_link(reference: str) -> str:
    """The link a line about a request carries: it opens in the Requests section."""
    return f"request:{reference}"


@dataclass(frozen=True, slots=True)
class FirstStep:
    """One of the three things a new store needs first, and whether it is done."""

    kind: str  # "profile", "import", "letter": what the step's button does
    done: bool


def first_steps(has_profile: bool, people: int, requests: int) -> list[FirstStep]:
    """What to do first in a new store, in order; empty once all three are done."""
    steps = [
        FirstStep("profile", has_profile),
        FirstStep("import", people > 0),
        FirstStep("letter", requests > 0),
    ]
    return [] if all(step.done for step in steps) else steps


def two_months(today: date) -> tuple[date, date]:
    """The calendar's span: the first day of this month to the last day of the next."""
    first = today.replace(day=1)
    year, month = first.year, first.month + 2
    if month > 12:
        year, month = year + 1, month - 12
    return first, date(year, month, 1) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DayMark:
    """How a day of the calendar stands out: its due answers, late ones in red."""

    references: tuple[str, ...]
    overdue: bool
    this_week: bool


def due_days(requests: Sequence[RequestSummary], today: date) -> dict[date, DayMark]:
    """Open requests by the day their answer is due."""
    found: dict[date, list[str]] = {}
    for item in requests:
        if item.due is not None and item.status in OPEN_STATUSES:
            found.setdefault(item.due, []).append(item.reference)
    return {
        day: DayMark(tuple(sorted(refs)), day < today, 0 <= (day - today).days <= WEEK)
        for day, refs in found.items()
    }
