"""Answer deadlines, computed as the law counts them, each with the rule in words.

GDPR art. 12(3), periods as Regulation 1182/71 counts them (the EDPB's reading):
the day of receipt does not count; a period of months ends on the same date of
the last month, or on that month's last day when it has no such date; a period
ending on a Saturday, Sunday or public holiday ends on the next working day.
While more information is awaited to confirm identity (art. 12(6)), French law
suspends the period: the due date moves later by the days waited.
CCPA: 45 calendar days from receipt, extendable once by 45; not paused by
verification; acknowledgement within 10 business days.

Pure functions: the holiday calendar is handed in as ``is_holiday``.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

from albanera_desk.domain.records import Regime
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

HolidayTest = Callable[[date], bool]

CCPA_DAYS = 45
CCPA_ACK_BUSINESS_DAYS = 10


def no_holidays(day: date) -> bool:
    return False


class DeadlineOutOfRange(ValueError):
    """A date to count from whose deadline falls outside the calendar (past 31/12/9999)."""


def _out_of_range(start: date) -> DeadlineOutOfRange:
    return DeadlineOutOfRange(
        QT_TRANSLATE_NOOP(
            "Core",
            "No deadline can be counted from {day}: it would fall outside the calendar "
            "(after 31 December 9999 or before year 1).",
        ).format(day=start.isoformat())
    )


def shift(day: date, days: int) -> date:
    """``day`` moved by ``days``; a sentence, not an ``OverflowError``, past the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        raise _out_of_range(day) from None


@dataclass(frozen=True, slots=True)
class HolidayRegion:
    """A French region with its own public holidays, as the office chooses it."""

    code: str  # the département (or "" for the national calendar)
    calendar: str | None  # the holidays package's subdivision; None: national
    name_en: str
    name_fr: str


# Alsace-Moselle: Moselle keeps its own code; Bas-Rhin and Haut-Rhin are the European
# Collectivity of Alsace in the holidays calendar. Overseas départements have their own.
HOLIDAY_REGIONS: tuple[HolidayRegion, ...] = (
    HolidayRegion("", None, "National holidays only", "Jours fériés nationaux seulement"),
    HolidayRegion("57", "57", "Moselle (57)", "Moselle (57)"),
    HolidayRegion("67", "6AE", "Bas-Rhin (67)", "Bas-Rhin (67)"),
    HolidayRegion("68", "6AE", "Haut-Rhin (68)", "Haut-Rhin (68)"),
    HolidayRegion("971", "971", "Guadeloupe (971)", "Guadeloupe (971)"),
    HolidayRegion("972", "972", "Martinique (972)", "Martinique (972)"),
    HolidayRegion("973", "973", "French Guiana (973)", "Guyane (973)"),
    HolidayRegion("974", "974", "Réunion (974)", "La Réunion (974)"),
    HolidayRegion("976", "976", "Mayotte (976)", "Mayotte (976)"),
)


def holiday_region(code: str | None) -> HolidayRegion | None:
    """The region for a stored or typed code ("67", " 6AE " is not one); None if unknown."""
    wanted = (code or "").strip()
    return next((r for r in HOLIDAY_REGIONS if r.code == wanted), None)


def check_holiday_region(code: str | None) -> None:
    """Refuse a code the desk has no calendar for, with the sentence that says so."""
    if holiday_region(code) is None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{code} is not a holiday region the desk knows: choose 57, 67, 68, an overseas "
                "département (971 to 976) or none.",
            ).format(code=repr((code or "").strip()))
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    regime: Regime
    due: date
    rule: str  # the rule in plain words (English is stored with the date)


def add_months(start: date, months: int) -> date:
    """Same date ``months`` later, or that month's last day when it has no such date."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if not MINYEAR <= year <= MAXYEAR:
        raise _out_of_range(start)
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def is_working_day(day: date, is_holiday: HolidayTest) -> bool:
    return day.weekday() < 5 and not is_holiday(day)


def next_working_day(day: date, is_holiday: HolidayTest) -> date:
    while not is_working_day(day, is_holiday):
        day = shift(day, 1)
    return day


def gdpr_deadline(
    received: date,
    *,
    extended: bool = False,
    identity_asked: date | None = None,
    identity_received: date | None = None,
    is_holiday: HolidayTest = no_holidays,
    language: str = "en",
) -> Deadline:
    """Art. 12(3): one month, or three when extended, from receipt; suspended while waiting.

    The rule is worded in ``language`` ("en" or "fr"); the date is the same in both.
    A deadline past the calendar's end is a ``DeadlineOutOfRange`` naming ``received``.
    """
    try:
        return _gdpr_deadline(
            received, extended, identity_asked, identity_received, is_holiday, language
        )
    except DeadlineOutOfRange:
        raise _out_of_range(received) from None


def _gdpr_deadline(
    received: date,
    extended: bool,
    identity_asked: date | None,
    identity_received: date | None,
    is_holiday: HolidayTest,
    language: str,
) -> Deadline:
    fr = language == "fr"
    months = 3 if extended else 1
    end = add_months(received, months)
    if fr:
        period = "trois mois (prolongé de deux)" if extended else "un mois"
        parts = [
            f"RGPD art. 12(3) : {period} à compter de la réception le "
            f"{_fr(received)}, soit le {_fr(end)}"
        ]
    else:
        period = "three months (extended by two)" if extended else "one month"
        parts = [
            f"GDPR art. 12(3): {period} from receipt on {received.isoformat()} "
            f"ends {end.isoformat()}"
        ]
    suspended = suspension_days(identity_asked, identity_received)
    if suspended:
        end = shift(end, suspended)
        if fr:
            parts.append(
                f"suspendu {suspended} jour{'s' if suspended > 1 else ''} le temps de vérifier "
                f"l'identité (du {_fr(identity_asked)} au {_fr(identity_received)}), "
                f"soit le {_fr(end)}"
            )
        else:
            parts.append(
                f"suspended {suspended} day{'s' if suspended != 1 else ''} while identity "
                f"was checked ({identity_asked} to {identity_received}), so {end.isoformat()}"
            )
    due = next_working_day(end, is_holiday)
    if due != end:
        parts.append(
            f"un samedi, un dimanche ou un jour férié, donc le jour ouvré suivant, {_fr(due)}"
            if fr
            else f"a weekend or public holiday, so the next working day, {due.isoformat()}"
        )
    return Deadline(Regime.GDPR, due, "; ".join(parts) + ".")


def _fr(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else ""


def suspension_days(asked: date | None, received: date | None) -> int:
    """Days the GDPR period stands still: from asking for more information to receiving it."""
    if asked is None or received is None:
        return 0
    if received < asked:
        raise ValueError(
            QT_TRANSLATE_NOOP("Core", "identity information cannot arrive before it was asked for")
        )
    return (received - asked).days


def ccpa_deadline(received: date, *, extended: bool = False, language: str = "en") -> Deadline:
    days = CCPA_DAYS * (2 if extended else 1)
    due = shift(received, days)
    if language == "fr":
        rule = (
            f"CCPA : {days} jours calendaires à compter de la réception le {_fr(received)}"
            f"{' (45 plus une prolongation de 45 jours)' if extended else ''} ; "
            "la vérification d'identité ne suspend pas ce délai."
        )
        return Deadline(Regime.CCPA, due, rule)
    rule = (
        f"CCPA: {days} calendar days from receipt on {received.isoformat()}"
        f"{' (45 plus a 45-day extension)' if extended else ''}; not paused by verification."
    )
    return Deadline(Regime.CCPA, due, rule)


def ccpa_acknowledgement_due(received: date, is_holiday: HolidayTest = no_holidays) -> date:
    """Ten business days after receipt."""
    day, counted = received, 0
    while counted < CCPA_ACK_BUSINESS_DAYS:
        day = shift(day, 1)
        if is_working_day(day, is_holiday):
            counted += 1
    return day


def extension_notice_deadline(
    received: date,
    *,
    identity_asked: date | None = None,
    identity_received: date | None = None,
    is_holiday: HolidayTest = no_holidays,
) -> date:
    """The last day to send the extension notice: the end of the first month (art. 12(3))."""
    return gdpr_deadline(
        received,
        identity_asked=identity_asked,
        identity_received=identity_received,
        is_holiday=is_holiday,
    ).due


def last_day_to_post(due: date, transit_days: int, is_holiday: HolidayTest = no_holidays) -> date:
    """The last working day to post an answer so it arrives by ``due``, counting working days."""
    day, left = due, transit_days
    while left > 0:
        day = shift(day, -1)
        if is_working_day(day, is_holiday):
            left -= 1
    while not is_working_day(day, is_holiday):
        day = shift(day, -1)
    return day


def strictest(deadlines: list[Deadline]) -> Deadline:
    """The one to show: the earliest due date of the regimes that apply."""
    return min(deadlines, key=lambda d: d.due)
