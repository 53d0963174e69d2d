"""The short questions the Requests section asks before it moves a request.

Identity asked or confirmed, an extension's reasons, a new status and why,
which posted letter to show again. Each returns the answer, or None when the
coordinator cancels. Their words keep the section's translation context.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from albanera_desk.domain.records import RequestStatus
from albanera_desk.services.requests import SentLetter
from albanera_desk.ui.request_words import letter_label, status_label


def ask_identity(parent: QWidget) -> str | None:
    """Art. 12(6): what is asked to confirm identity (only what is needed)."""
    what, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RequestsView", "Ask for identity"),
        QCoreApplication.translate("RequestsView", "What is asked (only what is needed):"),
    )
    return what if ok else None


def identity_confirmed(parent: QWidget) -> str | None:
    how, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("RequestsView", "Identity confirmed"),
        QCoreApplication.translate("RequestsView", "How it was confirmed:"),
    )
    return how if ok else None


def extension_reasons(parent: QWidget) -> str | None:
    reasons, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("RequestsView", "Extend by two months"),
        QCoreApplication.translate("RequestsView", "Reasons given to the writer:"),
    )
    return reasons if ok else None


def new_status(
    parent: QWidget, choices: Sequence[RequestStatus]
) -> tuple[RequestStatus, str] | None:
    """The status chosen among ``choices``, and why."""
    labels = [status_label(s) for s in choices]
    title = QCoreApplication.translate("RequestsView", "Change status")
    label, ok = QInputDialog.getItem(
        parent,
        title,
        QCoreApplication.translate("RequestsView", "New status:"),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    target = choices[labels.index(label)]
    why, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("RequestsView", "Why:")
    )
    return (target, why) if ok else None


def sent_letter(parent: QWidget, sent: Sequence[SentLetter]) -> SentLetter | None:
    """One of the letters posted for a request, the latest offered first."""
    labels = [
        f"{letter_label(s.kind)} — {s.posted_on.isoformat() if s.posted_on else ''}" for s in sent
    ]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("RequestsView", "Letters sent"),
        QCoreApplication.translate("RequestsView", "Letter:"),
        labels,
        len(labels) - 1,
        False,
    )
    return sent[labels.index(chosen)] if ok else None
