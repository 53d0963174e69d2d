"""Dates as the window's language writes them: one format per language, never ISO.

In sentences: "1 déc. 2026" in French, "1 Dec 2026" in English ("Dec 1, 2026" for a
US locale). In tables, where dates line up: "01/12/2026" in French and British
English, "12/01/2026" in the US. Everything comes from the default ``QLocale``
(set from the window's language at start-up), so a screen never spells a date
its own way.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from itertools import groupby

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _us(locale: QLocale) -> bool:
    return locale.territory() == QLocale.Country.UnitedStates


def text_format(locale: QLocale | None = None) -> str:
    """The Qt pattern of a date in a sentence: "d MMM yyyy" (US: "MMM d, yyyy")."""
    return "MMM d, yyyy" if _us(locale or QLocale()) else "d MMM yyyy"


def table_format(locale: QLocale | None = None) -> str:
    """The locale's short date with two-digit days and months and a four-digit year."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    out = []
    for char, group in groupby(pattern):
        run = len(list(group))
        if char in "dM" and run <= 2:
            out.append(char * 2)
        elif char == "y":
            out.append("yyyy")
        else:
            out.append(char * run)
    return "".join(out)


def text_date(day: date) -> str:
    """A date in a sentence: "1 déc. 2026", "1 Dec 2026"."""
    locale = QLocale()
    return locale.toString(qdate(day), text_format(locale))


def table_date(day: date | None) -> str:
    """A date in a table column: "01/12/2026"; empty when there is none."""
    if day is None:
        return ""
    locale = QLocale()
    return locale.toString(qdate(day), table_format(locale))


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def readable_dates(text: str) -> str:
    """``text`` with every ISO date ("2026-12-01", from a core sentence) as the window writes it."""

    def word(found: re.Match[str]) -> str:
        try:
            return text_date(date(int(found[1]), int(found[2]), int(found[3])))
        except ValueError:
            return found[0]

    return _ISO_DAY.sub(word, text)


def _local(moment: datetime) -> datetime:
    """An aware time in the computer's zone, as a naive local time."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _qdatetime(moment: datetime) -> QDateTime:
    local = _local(moment)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second))


def text_datetime(moment: datetime) -> str:
    """A moment in a sentence: "1 déc. 2026, 14:05" (local time)."""
    locale = QLocale()
    return locale.toString(_qdatetime(moment), text_format(locale) + ", HH:mm")


def table_datetime(moment: datetime) -> str:
    """A moment in a table column: "01/12/2026 14:05" (local time)."""
    locale = QLocale()
    return locale.toString(_qdatetime(moment), table_format(locale) + " HH:mm")
