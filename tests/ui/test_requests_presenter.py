"""The Requests section's decisions, checked without Qt: plain pytest on a real store."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from albanera_desk.domain.organisation import OrganisationProfile, profile_from_privacy_policy
from albanera_desk.domain.records import Channel, LetterKind, Regime, RequestKind, RequestStatus
from albanera_desk.services.desk import Desk
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest, RequestSummary
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.presenters.request_form import (
    FormProblem,
    FormRefusal,
    LetterForm,
    ScanProblem,
    read_letter_form,
    read_scan,
)
from albanera_desk.ui.presenters.requests import (
    RECIPIENT_NOTICES,
    DueState,
    DueWhen,
    LetterPlan,
    LetterStage,
    actions_for,
    detail_of,
    due_when,
    event_status,
    letter_choices,
    letters_fitting,
    row_look,
    status_choices,
)

TODAY = date(2026, 6, 1)


def _profile() -> OrganisationProfile:
    """The policy's organisation, with the person who signs its letters."""
    return replace(profile_from_privacy_policy(), signatory_name="Claire Martin")


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    desk.organisation.save(_profile())
    yield desk
    desk.close()


def summary(status: RequestStatus, due: date | None, **more: object) -> RequestSummary:
    fields: dict[str, object] = {
        "reference": "R-2026-0001",
        "kinds": (RequestKind.ACCESS,),
        "status": status,
        "received_on": TODAY - timedelta(days=20),
        "due": due,
        "due_regime": Regime.GDPR,
        "post_by": due - timedelta(days=3) if due else None,
        "writer_name": "Jean Dupont",
        "person_id": None,
        "regimes": (Regime.GDPR,),
        "extended": False,
    }
    fields.update(more)
    return RequestSummary(**fields)  # type: ignore[arg-type]


def test_a_due_date_is_overdue_today_or_ahead() -> None:
    assert due_when(TODAY - timedelta(days=3), TODAY) == DueWhen(DueState.OVERDUE, 3)
    assert due_when(TODAY, TODAY) == DueWhen(DueState.TODAY, 0)
    assert due_when(TODAY + timedelta(days=9), TODAY) == DueWhen(DueState.AHEAD, 9)


def test_open_rows_due_this_week_stand_out_and_closed_ones_do_not() -> None:
    late = row_look(summary(RequestStatus.IN_PROGRESS, TODAY - timedelta(days=1)), TODAY)
    assert late.overdue and late.this_week and late.shows_due and late.shows_post_by
    soon = row_look(summary(RequestStatus.RECEIVED, TODAY + timedelta(days=7)), TODAY)
    assert not soon.overdue and soon.this_week
    later = row_look(summary(RequestStatus.RECEIVED, TODAY + timedelta(days=8)), TODAY)
    assert not later.overdue and not later.this_week and later.shows_due
    closed = row_look(summary(RequestStatus.CLOSED, TODAY - timedelta(days=30)), TODAY)
    assert closed == row_look(summary(RequestStatus.ANSWERED, None), TODAY)
    assert not (closed.overdue or closed.this_week or closed.shows_due or closed.shows_post_by)


def test_buttons_act_on_a_selected_request_and_the_ccpa_box_follows_it() -> None:
    nothing = actions_for(None)
    assert not any((nothing.identity, nothing.extend, nothing.status, nothing.letter))
    chosen = actions_for(summary(RequestStatus.RECEIVED, TODAY))
    assert chosen.identity and chosen.extend and chosen.link and chosen.more
    assert not chosen.ccpa_checked
    both = summary(RequestStatus.RECEIVED, TODAY, regimes=(Regime.GDPR, Regime.CCPA))
    assert actions_for(both).ccpa_checked


def test_change_status_offers_the_moves_the_rules_allow_answered_only_with_a_reason() -> None:
    offered = {c.status: c for c in status_choices(RequestStatus.IN_PROGRESS)}
    assert RequestStatus.IN_PROGRESS not in offered
    assert RequestStatus.AWAITING_IDENTITY not in offered  # the guided "Ask for identity…"
    assert RequestStatus.CLOSED not in offered  # not before it is answered
    answered = offered[RequestStatus.ANSWERED]
    assert answered.override and answered.needs_reason  # no answer letter posted
    assert offered[RequestStatus.REFUSED].needs_reason
    posted = {c.status: c for c in status_choices(RequestStatus.IN_PROGRESS, answer_posted=True)}
    assert not posted[RequestStatus.ANSWERED].override
    after = {c.status: c for c in status_choices(RequestStatus.ANSWERED)}
    assert set(after) == {RequestStatus.CLOSED, RequestStatus.IN_PROGRESS}
    assert after[RequestStatus.IN_PROGRESS].needs_reason  # reopening says why
    assert status_choices(RequestStatus.CLOSED) == []


def test_a_status_change_event_reads_as_the_status_it_reached() -> None:
    assert event_status("answered") is RequestStatus.ANSWERED
    assert event_status("person_linked") is None


def form(**typed: object) -> LetterForm:
    fields: dict[str, object] = {
        "received_on": TODAY,
        "kinds": [RequestKind.ACCESS],
        "writer": "Łucja Ștefănescu",
        "street": "12 rue des Lilas",
        "postcode": "69003",
        "city": "Lyon",
        "region": "",
        "country": "",
        "channel": Channel.POST,
        "summary": "",
    }
    fields.update(typed)
    return LetterForm(**fields)  # type: ignore[arg-type]


def test_the_new_request_form_asks_for_a_name_then_an_address_the_post_delivers() -> None:
    assert read_letter_form(form(writer="  ")) == FormRefusal(FormProblem.NO_WRITER)
    refused = read_letter_form(form(postcode="6900"))
    assert isinstance(refused, FormRefusal) and refused.problem is FormProblem.ADDRESS
    assert any("postcode not valid" in detail for detail in refused.details)
    new = read_letter_form(form(region=" ", country=" fr "))
    assert isinstance(new, NewRequest)
    assert new.writer_country == "FR" and new.writer_region == ""
    assert "12 rue des Lilas" in new.writer_address and new.kinds == [RequestKind.ACCESS]


def test_a_scan_is_read_only_if_it_really_is_a_scan(tmp_path: Path) -> None:
    png = tmp_path / "courrier.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 10)
    assert read_scan(png) == ("courrier.png", png.read_bytes())
    text = tmp_path / "courrier.pdf"
    text.write_text("not a scan")
    assert read_scan(text) is ScanProblem.NOT_A_SCAN
    assert read_scan(tmp_path / "missing.pdf") is ScanProblem.UNREADABLE


def stage(
    status: RequestStatus,
    *kinds: RequestKind,
    extended: bool = False,
    posted: tuple[LetterKind, ...] = (),
) -> LetterStage:
    return LetterStage(
        status, frozenset(kinds or (RequestKind.ACCESS,)), extended, frozenset(posted)
    )


PRINTED = {letter.value for letter in RequestLetter}


def printed(*names: str) -> list[str]:
    """``names`` in order, but only the letters this version of the letters package prints."""
    return [name for name in names if name in PRINTED]


def test_the_letter_dialog_offers_only_the_letters_that_fit_the_stage() -> None:
    fresh = letters_fitting(stage(RequestStatus.RECEIVED))
    assert fresh == printed("acknowledgement", "access-response", "partial-answer")
    acknowledged = stage(RequestStatus.RECEIVED, posted=(LetterKind.ACKNOWLEDGEMENT,))
    assert letters_fitting(acknowledged) == printed("access-response", "partial-answer")
    waiting = letters_fitting(stage(RequestStatus.AWAITING_IDENTITY))
    assert "identity-check" in waiting and "access-response" not in waiting
    extended = letters_fitting(stage(RequestStatus.IN_PROGRESS, extended=True))
    assert "extension-notice" in extended
    assert "refusal" not in extended  # refusal only for a refused request
    assert letters_fitting(stage(RequestStatus.REFUSED)) == ["refusal"]
    both = letters_fitting(
        stage(RequestStatus.IN_PROGRESS, RequestKind.CORRECTION, RequestKind.OBJECTION)
    )
    assert "correction-confirmation" in both and "opt-out-confirmation" in both
    assert "access-response" not in both and both[-1] == RECIPIENT_NOTICES
    answered = letters_fitting(stage(RequestStatus.ANSWERED, posted=(LetterKind.ACCESS_RESPONSE,)))
    assert answered == ["access-response"]  # a copy of the answer; nothing else is due
    assert letters_fitting(stage(RequestStatus.CLOSED)) == []
    assert letters_fitting(stage(RequestStatus.WITHDRAWN)) == []


@pytest.mark.skipif(
    "portability-response" not in PRINTED, reason="the letters package prints no such letter yet"
)
def test_portability_restriction_and_objection_get_their_own_answers() -> None:
    portability = letters_fitting(stage(RequestStatus.IN_PROGRESS, RequestKind.PORTABILITY))
    assert "portability-response" in portability and "access-response" not in portability
    restriction = letters_fitting(stage(RequestStatus.IN_PROGRESS, RequestKind.RESTRICTION))
    assert "restriction-confirmation" in restriction
    assert "restriction-lift-notice" not in restriction  # only once it is in place
    lifted = letters_fitting(stage(RequestStatus.ANSWERED, RequestKind.RESTRICTION))
    assert "restriction-lift-notice" in lifted and "partial-answer" not in lifted
    objection = letters_fitting(stage(RequestStatus.IN_PROGRESS, RequestKind.OBJECTION))
    assert {"opt-out-confirmation", "objection-response"} <= set(objection)


def test_a_batch_is_offered_what_fits_every_request_and_no_art_19_notices() -> None:
    one = stage(RequestStatus.IN_PROGRESS, RequestKind.CORRECTION)
    assert letter_choices([one])[-1] == RECIPIENT_NOTICES
    other = stage(RequestStatus.RECEIVED, RequestKind.CORRECTION)
    assert RECIPIENT_NOTICES not in letter_choices([one, one])
    assert letter_choices([one, other]) == printed(
        "acknowledgement", "correction-confirmation", "partial-answer"
    )
    assert letter_choices([one, stage(RequestStatus.REFUSED)]) == []
    assert letter_choices([]) == []


def test_a_letter_plan_names_its_file_and_keeps_tracking_for_one_envelope() -> None:
    one = LetterPlan(("R-2026-0001",), RequestLetter.REFUSAL.value)
    assert one.save_name() == "R-2026-0001-refusal.pdf" and one.takes_tracking
    assert one.tracking(" 1A23 ") == "1A23" and one.can_record_posted
    batch = LetterPlan(("R-1", "R-2"), RequestLetter.ACCESS_RESPONSE.value)
    assert batch.save_name() == "letters-access-response.pdf"
    assert batch.tracking("1A23") == "" and not batch.takes_tracking
    notices = LetterPlan(("R-2026-0001",), RECIPIENT_NOTICES)
    assert notices.kind is RequestLetter.CORRECTION_CONFIRMATION
    assert notices.save_name() == "R-2026-0001-recipient-notices.pdf"
    assert notices.preview_name() == "R-2026-0001-correction-confirmation.pdf"
    assert notices.can_record_posted and not notices.takes_tracking


def test_a_batch_is_one_pdf_and_each_request_keeps_its_own_posted_letter(desk: Desk) -> None:
    from albanera_desk.services.batch_letters import BatchLetters

    refs = tuple(
        desk.requests.log(NewRequest(date.today(), [RequestKind.ACCESS], name)).reference
        for name in ("Jean Dupont", "Marie Curie")
    )
    plan = LetterPlan(refs, RequestLetter.ACKNOWLEDGEMENT.value)
    batches = BatchLetters(desk.store, desk.actor, desk.letters)
    steps: list[tuple[int, int]] = []
    made = plan.make(batches, lambda done, total: steps.append((done, total)))
    assert steps == [(0, 2), (1, 2), (2, 2)]
    pages = PdfReader(io.BytesIO(made.pdf)).pages
    assert [ref in page.extract_text() for ref, page in zip(refs, pages, strict=True)] == [
        True,
        True,
    ]
    plan.record_posted(batches, made, date.today(), "1A23")
    for ref in refs:
        (sent,) = desk.requests.get(ref).letters
        assert sent.kind is LetterKind.ACKNOWLEDGEMENT and sent.tracking_number == ""
        detail = detail_of(desk.requests.get(ref), "one month")
        assert detail.sent[0].kind is LetterKind.ACKNOWLEDGEMENT and not detail.linked
        assert detail.rule == "one month" and detail.events[0].kind == "received"
