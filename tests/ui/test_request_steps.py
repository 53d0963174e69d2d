"""The guided steps: identity and extension forms say what the letter will carry; the status
form allows only what the rules allow; the letter dialog offers only what fits the stage."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from albanera_desk.domain.organisation import OrganisationProfile, profile_from_privacy_policy
from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.letter_dialog import LetterDialog
from albanera_desk.ui.presenters.request_steps import (
    ExtensionForm,
    ExtensionReason,
    IdentityAsk,
    IdentityDoubt,
    IdentityQuestion,
    StepProblem,
    extension_problem,
    extension_text,
    identity_problem,
    identity_text,
)
from albanera_desk.ui.request_forms import (
    ExtensionDialog,
    IdentityAskDialog,
    IdentityConfirmedDialog,
    StatusDialog,
)
from albanera_desk.ui.requests_view import RequestsView

TODAY = date.today()


def _profile() -> OrganisationProfile:
    """The policy's organisation, with the person who signs its letters."""
    return replace(profile_from_privacy_policy(), signatory_name="Claire Martin")


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    desk.organisation.save(_profile())
    yield desk
    desk.close()


def _log(desk: Desk, *kinds: RequestKind, days_ago: int = 3, country: str = "FR") -> str:
    new = NewRequest(
        TODAY - timedelta(days=days_ago),
        list(kinds or [RequestKind.ACCESS]),
        "Jean Dupont",
        ["3 rue Oberkampf", "75011 Paris"],
        writer_country=country,
    )
    return desk.requests.log(new).reference


def _in_dialog(qtbot: QtBot, kind: type[QDialog], fill: Callable[[QDialog], None]) -> list[bool]:
    """Fill the modal dialog the next action opens; records that it was seen."""
    seen: list[bool] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        QTimer.singleShot(5000, dialog.reject)  # never leave a modal dialog hanging a test
        fill(dialog)
        seen.append(True)

    QTimer.singleShot(0, run)
    return seen


def _ok(dialog: QDialog) -> QDialogButtonBox:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    assert isinstance(buttons, QDialogButtonBox)
    return buttons


def test_the_identity_and_extension_sentences_are_written_in_the_letters_language() -> None:
    ask = IdentityAsk(
        [IdentityQuestion.CUSTOMER_NUMBER, IdentityQuestion.LAST_ORDER],
        "",
        IdentityDoubt.ADDRESS_DIFFERS,
        "",
        TODAY,
    )
    french = identity_text(ask, "fr")
    assert french.startswith("le numéro client") and " et la date et le montant" in french
    assert "(nous vous le demandons car l’adresse de votre courrier diffère" in french
    assert identity_text(ask, "en").endswith(
        "(we ask because the address on your letter differs from the one we know)"
    )
    empty = IdentityAsk([], " ", None, "", TODAY)
    assert identity_problem(empty, TODAY, TODAY) is StepProblem.NOTHING_ASKED
    no_reason = IdentityAsk([IdentityQuestion.ACCOUNT_EMAIL], "", None, "", TODAY)
    assert identity_problem(no_reason, TODAY, TODAY) is StepProblem.NO_REASON
    early = IdentityAsk([IdentityQuestion.ACCOUNT_EMAIL], "", IdentityDoubt.NOT_SIGNED, "", TODAY)
    assert identity_problem(early, TODAY + timedelta(days=1), TODAY) is (StepProblem.BEFORE_RECEIPT)
    more = ExtensionForm([ExtensionReason.PROCESSORS], "three shops to ask", TODAY)
    assert extension_text(more, "en") == (
        "we must obtain information from our service providers to answer you in full and "
        "three shops to ask."
    )
    assert extension_problem(ExtensionForm([], "", TODAY), TODAY, TODAY) is StepProblem.NO_REASON


def test_asking_for_identity_is_a_guided_form_and_the_letter_carries_its_sentence(
    qtbot: QtBot, desk: Desk
) -> None:
    ref = _log(desk)
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IdentityAskDialog)
        ok = _ok(dialog).button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and "Tick what to ask" in dialog.problem.text()
        qtbot.mouseClick(
            dialog.questions[IdentityQuestion.CUSTOMER_NUMBER], Qt.MouseButton.LeftButton
        )
        dialog.doubt.setCurrentIndex(dialog.doubt.findData(IdentityDoubt.NOT_SIGNED))
        assert ok.isEnabled() and dialog.problem.text() == ""
        assert "le numéro client" in dialog.preview.text()  # a French address: a French letter
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = _in_dialog(qtbot, IdentityAskDialog, fill)
    view.ask_identity_action.trigger()
    assert seen
    asked = desk.requests.get(ref)
    assert asked.status is RequestStatus.AWAITING_IDENTITY
    note = asked.events[-1][2]
    assert note.startswith("le numéro client") and "ne porte pas de signature" in note
    pdf = desk.letters.prepare([ref], RequestLetter.IDENTITY_CHECK).pdf
    from io import BytesIO

    from pypdf import PdfReader

    assert "numéro client" in PdfReader(BytesIO(pdf)).pages[0].extract_text()

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, IdentityConfirmedDialog)
        dialog.how.setCurrentIndex(1)
        qtbot.mouseClick(
            _ok(dialog).button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    view.table.selectRow(0)
    seen = _in_dialog(qtbot, IdentityConfirmedDialog, confirm)
    view.confirmed_action.trigger()
    assert seen and desk.requests.get(ref).status is RequestStatus.IN_PROGRESS
    assert desk.requests.get(ref).events[-1][2] == "The customer number matches"


def test_extending_is_a_guided_form_with_the_reasons_and_the_date(qtbot: QtBot, desk: Desk) -> None:
    ref = _log(desk, country="GB")
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    before = desk.requests.get(ref).due

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExtensionDialog)
        ok = _ok(dialog).button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.reasons[ExtensionReason.VOLUME].setChecked(True)
        assert ok.isEnabled() and "large amount of information" in dialog.preview.text()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = _in_dialog(qtbot, ExtensionDialog, fill)
    qtbot.mouseClick(view.extend_button, Qt.MouseButton.LeftButton)
    assert seen
    extended = desk.requests.get(ref)
    assert extended.extended and before is not None and extended.due is not None
    assert extended.due > before
    assert extended.events[-1][2].startswith("your request covers a large amount")


def test_answered_by_hand_asks_the_reason_and_is_kept_in_the_history(
    qtbot: QtBot, desk: Desk
) -> None:
    ref = _log(desk)
    desk.requests.move(ref, RequestStatus.IN_PROGRESS)
    view = RequestsView(desk)
    qtbot.addWidget(view)
    view.table.selectRow(0)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StatusDialog)
        labels = [dialog.status.itemText(i) for i in range(dialog.status.count())]
        assert "answered — without a posted answer letter" in labels
        assert not any("awaiting" in label for label in labels)  # the guided step instead
        dialog.status.setCurrentIndex(labels.index("answered — without a posted answer letter"))
        ok = _ok(dialog).button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled() and dialog.problem.text() == "Give the reason."
        dialog.reason.setText("handed over at the shop, signed for")
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    seen = _in_dialog(qtbot, StatusDialog, fill)
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert seen
    done = desk.requests.get(ref)
    assert done.status is RequestStatus.ANSWERED
    assert done.events[-1][2] == "handed over at the shop, signed for"
    view.table.selectRow(0)
    assert "answered without a posted letter" in view.detail.text()


def test_the_letter_dialog_offers_what_fits_and_clears_old_warnings(
    qtbot: QtBot, desk: Desk
) -> None:
    fresh = _log(desk, RequestKind.ACCESS, RequestKind.CORRECTION)
    dialog = LetterDialog(desk, [fresh])
    qtbot.addWidget(dialog)
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    printed = {letter.value for letter in RequestLetter}
    assert offered == [
        name
        for name in (
            "acknowledgement",
            "access-response",
            "correction-confirmation",
            "partial-answer",  # where the letters package prints one
        )
        if name in printed
    ] + ["recipient-notices"]  # art. 19: the service says whether anything was corrected
    # A correction confirmation before any correction: the warning says so…
    dialog.kind.setCurrentIndex(2)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "No correction is recorded" in dialog.error.text(), timeout=10_000)
    dialog.kind.setCurrentIndex(0)  # …and goes once another letter is chosen
    assert dialog.error.text() == ""

    refused = _log(desk)
    desk.requests.move(refused, RequestStatus.REFUSED, "fifth identical letter this month")
    only = LetterDialog(desk, [refused])
    qtbot.addWidget(only)
    assert [only.kind.itemData(i) for i in range(only.kind.count())] == [
        RequestLetter.REFUSAL.value
    ]
    withdrawn = _log(desk)
    desk.requests.move(withdrawn, RequestStatus.WITHDRAWN, "by phone")
    none = LetterDialog(desk, [withdrawn])
    qtbot.addWidget(none)
    assert none.kind.count() == 0 and not none.preview_button.isEnabled()
    assert "No letter fits" in none.error.text()
