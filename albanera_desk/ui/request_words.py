"""A request's kinds, statuses, events, letters and due dates in the window's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from albanera_desk.domain.records import LetterKind, RequestKind, RequestStatus
from albanera_desk.ui.dates import pydate, qdate, table_date
from albanera_desk.ui.presenters.requests import DueState, due_when, event_status

__all__ = ["pydate", "qdate"]  # the window's date helpers, kept importable from here


def short_date(day: date) -> str:
    """A date in a table column: 01/12/2026."""
    return table_date(day)


def due_short(due: date, today: date) -> str:
    """The due date as a table shows it: "05/06/2026 · in 9 days", "… · 3 days late"."""
    shown = table_date(due)
    when = due_when(due, today)
    if when.state is DueState.OVERDUE:
        return QCoreApplication.translate(
            "Requests", "{date} · %n day(s) late", "", when.days
        ).format(date=shown)
    if when.state is DueState.TODAY:
        return QCoreApplication.translate("Requests", "{date} · today").format(date=shown)
    return QCoreApplication.translate("Requests", "{date} · in %n day(s)", "", when.days).format(
        date=shown
    )


def due_in_words(due: date, today: date) -> str:
    """ "due Friday 5 June, in 9 days", in the user's language."""
    shown = QLocale().toString(qdate(due), "dddd d MMMM")
    when = due_when(due, today)
    if when.state is DueState.OVERDUE:
        return QCoreApplication.translate(
            "Requests", "overdue since %n day(s) (due {date})", "", when.days
        ).format(date=shown)
    if when.state is DueState.TODAY:
        return QCoreApplication.translate("Requests", "due today, {date}").format(date=shown)
    return QCoreApplication.translate("Requests", "due {date}, in %n day(s)", "", when.days).format(
        date=shown
    )


def kind_label(kind: RequestKind) -> str:
    labels = {
        RequestKind.ACCESS: QCoreApplication.translate("Requests", "access"),
        RequestKind.CORRECTION: QCoreApplication.translate("Requests", "correction"),
        RequestKind.ERASURE: QCoreApplication.translate("Requests", "erasure"),
        RequestKind.OBJECTION: QCoreApplication.translate("Requests", "objection to marketing"),
        RequestKind.RESTRICTION: QCoreApplication.translate("Requests", "restriction"),
        RequestKind.PORTABILITY: QCoreApplication.translate("Requests", "portability"),
        RequestKind.OTHER: QCoreApplication.translate("Requests", "other"),
    }
    return labels[kind]


def status_label(status: RequestStatus) -> str:
    labels = {
        RequestStatus.RECEIVED: QCoreApplication.translate("Requests", "received"),
        RequestStatus.AWAITING_IDENTITY: QCoreApplication.translate(
            "Requests", "awaiting identity"
        ),
        RequestStatus.IN_PROGRESS: QCoreApplication.translate("Requests", "in progress"),
        RequestStatus.ANSWERED: QCoreApplication.translate("Requests", "answered"),
        RequestStatus.CLOSED: QCoreApplication.translate("Requests", "closed"),
        RequestStatus.REFUSED: QCoreApplication.translate("Requests", "refused"),
        RequestStatus.WITHDRAWN: QCoreApplication.translate("Requests", "withdrawn"),
    }
    return labels[status]


def event_label(kind: str) -> str:
    """A request event in words; a status change reads as the status it reached."""
    status = event_status(kind)
    if status is not None:
        return status_label(status)
    words = {
        "received": QCoreApplication.translate("RequestEvents", "letter received"),
        "person_linked": QCoreApplication.translate("RequestEvents", "linked to a person"),
        "person_unlinked": QCoreApplication.translate(
            "RequestEvents", "no longer linked to a person"
        ),
        "identity_asked": QCoreApplication.translate("RequestEvents", "identity asked"),
        "identity_confirmed": QCoreApplication.translate("RequestEvents", "identity confirmed"),
        "extended": QCoreApplication.translate("RequestEvents", "extended by two months"),
        "ccpa_applies": QCoreApplication.translate("RequestEvents", "CCPA applied"),
        "ccpa_removed": QCoreApplication.translate("RequestEvents", "CCPA no longer applied"),
        "recipients_notified": QCoreApplication.translate(
            "RequestEvents", "recipients notified (art. 19)"
        ),
        "scan_attached": QCoreApplication.translate("RequestEvents", "scan attached"),
        "nobody_known": QCoreApplication.translate("RequestEvents", "about nobody in the file"),
        "notices_planned": QCoreApplication.translate(
            "RequestEvents", "notices to recipients prepared (art. 19)"
        ),
        "legal_retention": QCoreApplication.translate(
            "RequestEvents", "kept out of the erasure by a legal duty (art. 17(3)(b))"
        ),
        "partly_answered": QCoreApplication.translate("RequestEvents", "answered in part"),
        "restricted": QCoreApplication.translate("RequestEvents", "processing restricted"),
        "restriction_lifted": QCoreApplication.translate(
            "RequestEvents", "end of the restriction planned"
        ),
        "objection_upheld": QCoreApplication.translate("RequestEvents", "objection upheld"),
        "answer_posted": QCoreApplication.translate(
            "RequestEvents", "answered: the answer letter was posted"
        ),
        "answered_by_hand": QCoreApplication.translate(
            "RequestEvents", "answered without a posted letter"
        ),
    }
    return words.get(kind, kind.replace("_", " "))


def letter_label(kind: LetterKind) -> str:
    """A letter sent, in words (by its stored name, so kinds added later are worded too)."""
    words = {
        "acknowledgement": QCoreApplication.translate("Letters", "acknowledgement"),
        "identity_request": QCoreApplication.translate("Letters", "identity check"),
        "extension_notice": QCoreApplication.translate("Letters", "extension notice"),
        "access_response": QCoreApplication.translate("Letters", "access response"),
        "correction_confirmation": QCoreApplication.translate("Letters", "correction confirmation"),
        "erasure_confirmation": QCoreApplication.translate("Letters", "erasure confirmation"),
        "opt_out_confirmation": QCoreApplication.translate("Letters", "opt-out confirmation"),
        "recipient_notice": QCoreApplication.translate("Letters", "notice to recipient"),
        "refusal": QCoreApplication.translate("Letters", "refusal"),
        "no_data_held": QCoreApplication.translate("Letters", "no data held"),
        "portability_response": QCoreApplication.translate("Letters", "portability response"),
        "restriction_confirmation": QCoreApplication.translate(
            "Letters", "restriction confirmation"
        ),
        "restriction_lift_notice": QCoreApplication.translate(
            "Letters", "notice before lifting a restriction"
        ),
        "objection_response": QCoreApplication.translate("Letters", "answer to an objection"),
        "partial_answer": QCoreApplication.translate("Letters", "partial answer"),
    }
    return words.get(str(kind), str(kind).replace("_", " "))
