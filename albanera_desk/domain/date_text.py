"""Dates as a person reads them, for what the core writes (exports): one format per language.

Tables: 01/12/2026 (French and English alike). Running text: "1 déc. 2026" / "1 Dec 2026".
The window writes the same with QLocale (``ui.dates``); a test keeps the two identical.
"""

from __future__ import annotations

from datetime import date, datetime

_FR_SHORT_MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
_EN_SHORT_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)


def table_date(day: date | None) -> str:
    """01/12/2026 (day/month/year in French and British English); empty for no date."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def text_date(day: date | None, language: str) -> str:
    """ "1 déc. 2026" / "1 Dec 2026"; empty for no date."""
    if day is None:
        return ""
    months = _FR_SHORT_MONTHS if language == "fr" else _EN_SHORT_MONTHS
    return f"{day.day} {months[day.month - 1]} {day.year}"


def table_datetime(moment: datetime) -> str:
    """01/12/2026 14:05, in the moment's own time zone."""
    return f"{table_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"
