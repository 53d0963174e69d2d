"""What the Requests section's buttons do to the selected request(s).

Each step asks what it needs in a dialog (``request_forms``, ``request_prompts``,
``letter_dialog``), then calls the requests service. ``RequestsView`` (the
section's layout, list and selection) mixes these in and supplies what they use:
``_desk``, ``selected()``, ``selected_all()``, ``_run(action)``, ``reload()`` and
the ``changed`` signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from albanera_desk.domain.records import RequestStatus
from albanera_desk.services.answer_posting import Answering
from albanera_desk.ui import request_prompts
from albanera_desk.ui.letter_dialog import LetterDialog
from albanera_desk.ui.presenters.requests import answer_was_posted, status_choices
from albanera_desk.ui.request_forms import (
    ExtensionDialog,
    IdentityAskDialog,
    IdentityConfirmedDialog,
    StatusDialog,
)


class RequestSteps:
    """The one-request steps: identity, extension, status, CCPA, scans, letters sent,
    the person the letter is about, and the answering letter (a mixin of ``RequestsView``)."""

    def _ask_identity(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = IdentityAskDialog(self._desk.requests.get(item.reference), self)
        if dialog.exec():
            asked, what = dialog.value().asked_on, dialog.text()
            self._run(lambda: self._desk.requests.ask_identity(item.reference, asked, what))

    def _identity_confirmed(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = IdentityConfirmedDialog(item, self)
        if dialog.exec():
            day, how = dialog.day(), dialog.method()
            self._run(
                lambda: self._desk.requests.identity_confirmed(
                    item.reference, day, how, "confirmed"
                )
            )

    def _extend(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = ExtensionDialog(self._desk.requests.get(item.reference), self)
        if dialog.exec():
            notice_on, reasons = dialog.value().notice_on, dialog.text()
            self._run(lambda: self._desk.requests.extend(item.reference, notice_on, reasons))

    def _change_status(self) -> None:
        item = self.selected()
        if item is None:
            return
        full = self._desk.requests.get(item.reference)
        dialog = StatusDialog(full, status_choices(full.status, answer_was_posted(full)), self)
        chosen = dialog.choice() if dialog.exec() else None
        if chosen is None:
            return
        why = dialog.why()
        if chosen.status is RequestStatus.ANSWERED:
            answering = Answering(self._desk.store, self._desk.actor)
            self._run(lambda: answering.mark_answered(item.reference, why))
        else:
            self._run(lambda: self._desk.requests.move(item.reference, chosen.status, why))

    def _toggle_ccpa(self, applies: bool) -> None:
        item = self.selected()
        if item is not None:
            self._run(lambda: self._desk.requests.set_ccpa(item.reference, applies))

    def view_scan(self) -> QDialog | None:
        """The letter as it arrived, shown from the store (no file is written)."""
        item = self.selected()
        return request_prompts.show_scan(self, self._desk, item.reference) if item else None

    def _attach_scan(self) -> None:
        item = self.selected()
        path = request_prompts.choose_scan(self) if item is not None else None
        if item is not None and path is not None:
            self.attach_scan(item.reference, path)

    def attach_scan(self, reference: str, path: Path) -> bool:
        attached = request_prompts.attach_scan(self, self._desk, reference, path)
        if attached:
            self.reload()
        return attached

    def _view_sent(self) -> None:
        item = self.selected()
        chosen = request_prompts.choose_sent(self, self._desk, item.reference) if item else None
        if item is not None and chosen is not None:
            self.view_sent(item.reference, chosen.id)

    def view_sent(self, reference: str, letter_id: int) -> QDialog | None:
        """The letter exactly as it was posted, from the store (no file is written)."""
        return request_prompts.show_sent(self, self._desk, reference, letter_id)

    def _link_person(self) -> None:
        item = self.selected()
        if item is None:
            return
        from albanera_desk.ui.person_link import PersonLinkDialog

        if PersonLinkDialog(self._desk, self._desk.requests.get(item.reference), self).exec():
            self.reload()
            self.changed.emit()

    def _letter(self) -> None:
        chosen = self.selected_all()
        if not chosen:
            return
        dialog = LetterDialog(self._desk, [item.reference for item in chosen], self)
        dialog.exec()
        if dialog.recorded:
            self.reload()
            self.changed.emit()
