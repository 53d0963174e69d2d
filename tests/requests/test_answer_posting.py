"""Posting the answer answers the request; "answered" by hand only with a reason, audited."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from albanera_desk.domain.organisation import OrganisationProfile, profile_from_privacy_policy
from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.services.answer_posting import ANSWER_POSTED, ANSWERED_BY_HAND, Answering
from albanera_desk.services.audit import AuditFilter
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest, RequestRefused
from albanera_desk.store.keys import KeyringKeys


def _profile() -> OrganisationProfile:
    """The policy's organisation, with the person who signs its letters."""
    return replace(profile_from_privacy_policy(), signatory_name="Claire Martin")


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    desk.organisation.save(_profile())
    yield desk
    desk.close()


def _post(desk: Desk, ref: str, kind: RequestLetter, on: date) -> None:
    pdf = desk.letters.prepare([ref], kind).pdf
    desk.letters.record_posted(ref, kind, pdf, posted_on=on, language="fr")


def test_posting_the_answer_letter_answers_the_request_and_stops_its_clock(desk: Desk) -> None:
    received = date.today() - timedelta(days=50)
    ref = desk.requests.log(NewRequest(received, [RequestKind.ACCESS], "Jean Dupont")).reference
    assert desk.requests.get(ref).overdue(date.today())
    _post(desk, ref, RequestLetter.ACKNOWLEDGEMENT, date.today() - timedelta(days=1))
    assert desk.requests.get(ref).status is RequestStatus.RECEIVED  # not an answer
    posted_on = date.today()
    desk.requests.link_person(ref, None)  # about nobody in the file: "no data held"
    _post(desk, ref, RequestLetter.ACCESS_RESPONSE, posted_on)
    done = desk.requests.get(ref)
    assert done.status is RequestStatus.ANSWERED and not done.overdue(date.today())
    assert [kind for _, kind, _ in done.events][-1] == ANSWER_POSTED
    with desk.store.session_factory() as session:
        from albanera_desk.store.models import Request

        row = session.query(Request).filter_by(reference=ref).one()
        assert row.answered_on == posted_on
    trail = desk.audit.page(AuditFilter(record_type="request", record_id=ref), limit=50)
    assert any(e.note == "answer letter posted" and "status" in e.fields for e in trail)
    # Closing needs no more than that.
    assert desk.requests.move(ref, RequestStatus.CLOSED).status is RequestStatus.CLOSED


def test_answered_by_hand_needs_the_reason_when_no_answer_was_posted(desk: Desk) -> None:
    ref = desk.requests.log(
        NewRequest(date.today(), [RequestKind.CORRECTION], "Marie Curie")
    ).reference
    answering = Answering(desk.store, "coordinator")
    desk.requests.move(ref, RequestStatus.IN_PROGRESS)
    with pytest.raises(RequestRefused, match="answered once the answer letter"):
        desk.requests.move(ref, RequestStatus.ANSWERED)  # the core's own rule still holds
    with pytest.raises(RequestRefused, match="say how it was answered"):
        answering.mark_answered(ref, "   ")
    assert desk.requests.get(ref).status is RequestStatus.IN_PROGRESS
    answering.mark_answered(ref, "answered by email at the writer's request")
    done = desk.requests.get(ref)
    assert done.status is RequestStatus.ANSWERED
    assert done.events[-1][1:] == (ANSWERED_BY_HAND, "answered by email at the writer's request")
    trail = desk.audit.page(AuditFilter(record_type="request", record_id=ref), limit=50)
    override = [e for e in trail if "override" in e.note]
    assert len(override) == 1 and "email" not in override[0].note  # the reason stays private
    with pytest.raises(RequestRefused, match="Only an open request"):
        answering.mark_answered(ref, "again")


def test_answered_by_hand_after_a_posted_answer_is_a_plain_move(desk: Desk) -> None:
    ref = desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], "Noël Ørsted")).reference
    desk.requests.move(ref, RequestStatus.IN_PROGRESS)
    desk.requests.link_person(ref, None)  # about nobody in the file: "no data held"
    _post(desk, ref, RequestLetter.ACCESS_RESPONSE, date.today())
    desk.requests.move(ref, RequestStatus.IN_PROGRESS, "the writer wrote back: annex missing")
    answering = Answering(desk.store, "coordinator")
    assert answering.has_posted_answer(ref)
    answering.mark_answered(ref, "")
    assert desk.requests.get(ref).status is RequestStatus.ANSWERED
