"""Deciding on a request from the window: each choice recorded through the services, and the
letter it allows then prints."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from albanera_desk.domain.records import DecisionGround, RequestKind, RequestStatus
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.request_decisions import (
    DecisionsButton,
    ObjectionDialog,
    PartialAnswerDialog,
    RefuseDialog,
    RestrictionDialog,
)
from tests.requests import scenario


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


@pytest.fixture
def office(desk: Desk) -> scenario.Office:
    return scenario.build(desk.store)


def test_refuse_with_a_ground_then_the_refusal_prints(
    qtbot: QtBot, desk: Desk, office: scenario.Office
) -> None:
    ref = scenario.log(desk.store, office.people["anne"], [RequestKind.ACCESS])
    dialog = RefuseDialog(desk, ref)
    qtbot.addWidget(dialog)
    dialog.save()  # no reason yet: refused with its sentence, nothing saved
    assert "reason" in dialog.error.text() and desk.requests.get(ref).status is not (
        RequestStatus.REFUSED
    )
    dialog.ground.setCurrentIndex(dialog.ground.findData(DecisionGround.EXCESSIVE.value))
    dialog.reason.setPlainText("cinquième demande identique ce mois-ci")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert desk.requests.get(ref).status is RequestStatus.REFUSED
    said = scenario.text(desk.letters.prepare([ref], RequestLetter.REFUSAL).pdf)
    assert "cinquième demande identique" in said and "caractère répétitif" in said


def test_partial_restriction_and_objection_are_recorded(
    qtbot: QtBot, desk: Desk, office: scenario.Office, tmp_path: Path
) -> None:
    ref = scenario.log(
        desk.store, office.people["bruno"], [RequestKind.RESTRICTION, RequestKind.OBJECTION]
    )
    restrict = RestrictionDialog(desk, ref, lifting=False)
    qtbot.addWidget(restrict)
    restrict.reason.setText("nous vérifions votre adresse")
    restrict.save()
    lift = RestrictionDialog(desk, ref, lifting=True)
    qtbot.addWidget(lift)
    lift.reason.setText("adresse vérifiée")
    lift.save()
    assert "sera levée" in scenario.text(
        desk.letters.prepare([ref], RequestLetter.RESTRICTION_LIFT_NOTICE).pdf
    )
    objection = ObjectionDialog(desk, ref)
    qtbot.addWidget(objection)
    for row in range(objection.activities.count()):
        item = objection.activities.item(row)
        if item.text() == "Publicité ciblée":
            item.setCheckState(Qt.CheckState.Checked)
    objection.save()
    assert objection.result() == objection.DialogCode.Accepted
    assert "Publicité ciblée" in scenario.text(
        desk.letters.prepare([ref], RequestLetter.OBJECTION_RESPONSE).pdf
    )
    partial = PartialAnswerDialog(desk, ref)
    qtbot.addWidget(partial)
    partial.left.setText("l’arrêt de la prospection par courrier")
    partial.reason.setPlainText("aucune prospection par courrier n’est faite")
    partial.save()
    assert partial.result() == partial.DialogCode.Accepted
    button = DecisionsButton(desk, lambda: ref)
    qtbot.addWidget(button)
    written = button.portable_copy(tmp_path)
    assert [p.name for p in written] == [f"{ref}-data.json", f"{ref}-data.csv"]
    assert all(p.stat().st_size > 0 for p in written)
    assert "bruno@example.org" in written[0].read_text(encoding="utf-8")


def test_notices_recorded_as_posted_from_the_letter_dialog(
    qtbot: QtBot, desk: Desk, office: scenario.Office
) -> None:
    from albanera_desk.ui.letter_dialog import LetterDialog
    from albanera_desk.ui.presenters.requests import RECIPIENT_NOTICES

    ref = scenario.log(desk.store, office.people["anne"], [RequestKind.CORRECTION])
    desk.requests.move(ref, RequestStatus.IN_PROGRESS)  # the notices are offered once at work
    request_id = desk.requests.request_id(ref)
    desk.people.correct(office.people["anne"], "last_name", "Castelmoure-Ys", "letter", request_id)
    before = scenario.text(desk.letters.prepare([ref], RequestLetter.CORRECTION_CONFIRMATION).pdf)
    assert "Atelier Commerce SAS" not in before
    dialog = LetterDialog(desk, [ref])
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(RECIPIENT_NOTICES))
    assert dialog.posted_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.posted_button, Qt.MouseButton.LeftButton)
    after = scenario.text(desk.letters.prepare([ref], RequestLetter.CORRECTION_CONFIRMATION).pdf)
    assert "nous avons informé le" in after and "Atelier Commerce SAS" in after


def test_items_of_older_imports_are_linked_to_their_activity(
    qtbot: QtBot, desk: Desk, office: scenario.Office
) -> None:
    from albanera_desk.services.requests import RequestRefused
    from albanera_desk.ui.provenance_links import ItemLinksDialog

    ref = scenario.log(desk.store, office.people["denis"], [RequestKind.ACCESS])
    with pytest.raises(RequestRefused, match="serve no processing activity"):
        desk.letters.prepare([ref], RequestLetter.ACCESS_RESPONSE)
    dialog = ItemLinksDialog(desk)
    qtbot.addWidget(dialog)
    [(category, source, combo)] = dialog.choices
    assert category.value == "purchases" and source.value == "purchase"
    combo.setCurrentIndex(combo.findData(office.activities["orders"]))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    said = scenario.text(desk.letters.prepare([ref], RequestLetter.ACCESS_RESPONSE).pdf)
    assert "Atelier Commerce SAS" in said
