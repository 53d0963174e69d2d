"""The Requests section's documents: the scanned letter and the letters sent, from the store.

The guided steps (identity, extension, status) are forms of their own, in
``request_forms``. Each question returns the answer, or None when the
coordinator cancels; its words keep the section's translation context.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from albanera_desk.domain.errors import StoreError
from albanera_desk.services.desk import Desk
from albanera_desk.services.requests import SentLetter
from albanera_desk.ui.dates import text_date
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.request_words import letter_label

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def sent_letter(parent: QWidget, sent: Sequence[SentLetter]) -> SentLetter | None:
    """One of the letters posted for a request, the latest offered first."""
    labels = [
        f"{letter_label(s.kind)} — {text_date(s.posted_on) if s.posted_on else ''}" for s in sent
    ]
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("RequestsView", "Letters sent"),
        translate("RequestsView", "Letter:"),
        labels,
        len(labels) - 1,
        False,
    )
    return sent[labels.index(chosen)] if ok else None


def show_scan(parent: QWidget, desk: Desk, reference: str) -> QDialog | None:
    """The letter as it arrived, shown from the store (no file is written)."""
    from albanera_desk.ui.document_view import show_document

    scan = desk.requests.scan(reference)
    if scan is None:
        QMessageBox.information(
            parent,
            translate("RequestsView", "Scanned letter"),
            translate("RequestsView", "No scan was kept with this request."),
        )
        return None
    media_type, content = scan
    title = translate("RequestsView", "Letter {ref}").format(ref=reference)
    return show_document(parent, title, f"{reference}-scan", media_type, content)


def choose_scan(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("RequestsView", "Scanned letter"),
        "",
        translate("RequestsView", "Scans (*.pdf *.png *.jpg *.jpeg)"),
    )
    return Path(path) if path else None


def attach_scan(parent: QWidget, desk: Desk, reference: str, path: Path) -> bool:
    try:
        content = path.read_bytes()
    except OSError:
        QMessageBox.warning(
            parent,
            translate("RequestsView", "Scanned letter"),
            translate("RequestsView", "That file cannot be read."),
        )
        return False
    try:
        desk.requests.attach_scan(reference, path.name, content)
    except StoreError as exc:
        QMessageBox.warning(
            parent,
            translate("RequestsView", "Scanned letter"),
            store_error_text(exc),
        )
        return False
    return True


def choose_sent(parent: QWidget, desk: Desk, reference: str) -> SentLetter | None:
    sent = desk.requests.get(reference).letters
    if not sent:
        QMessageBox.information(
            parent,
            translate("RequestsView", "Letters sent"),
            translate("RequestsView", "No letter has been recorded as posted."),
        )
        return None
    return sent_letter(parent, sent)


def show_sent(parent: QWidget, desk: Desk, reference: str, letter_id: int) -> QDialog | None:
    """The letter exactly as it was posted, from the store (no file is written)."""
    from albanera_desk.ui.document_view import show_document

    pdf = desk.requests.sent_letter_pdf(reference, letter_id)
    if pdf is None:
        return None
    title = translate("RequestsView", "Letter {ref}").format(ref=reference)
    return show_document(parent, title, f"{reference}-letter.pdf", "application/pdf", pdf)
