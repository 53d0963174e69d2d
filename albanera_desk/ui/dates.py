"""One date format per language, from QLocale: 01/12/2026 in tables, « 1 déc. 2026 » in text.

French and British English both write the day first; the window never shows an ISO date.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _locale(lang: str | None) -> QLocale:
    if lang is None:
        lang = "fr" if QLocale().language() == QLocale.Language.French else "en"
    if lang == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date | None, lang: str | None = None) -> str:
    """01/12/2026 (tables, fields); empty for no date. ``lang``: "fr", "en" or the window's."""
    if day is None:
        return ""
    return _locale(lang).toString(_qdate(day), "dd/MM/yyyy")


def long_date(day: date | None, lang: str | None = None) -> str:
    """ "1 déc. 2026" / "1 Dec 2026" (running text); empty for no date."""
    if day is None:
        return ""
    return _locale(lang).toString(_qdate(day), "d MMM yyyy")


def short_datetime(moment: datetime, lang: str | None = None) -> str:
    """01/12/2026 14:05 in the computer's time zone (the audit trail)."""
    local = moment.astimezone() if moment.tzinfo else moment
    stamp = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute))
    return _locale(lang).toString(stamp, "dd/MM/yyyy HH:mm")


DATE_EDIT_FORMAT = "dd/MM/yyyy"  # QDateEdit's display: the tables' format
