"""Batches of letters: one PDF of every request's own letter, recorded all or nothing."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from albanera_desk.domain.records import LetterKind, RequestKind, RequestStatus
from albanera_desk.services.batch_letters import Batch, BatchLetter, BatchLetters, merge_pdfs
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.requests import NewRequest, RequestNotFound, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.models import Letter
from albanera_desk.store.store import Store
from tests.requests import scenario

NAMES = ("Jean Dupont", "Marie Curie", "Noël Ørsted")


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    scenario.set_profile(opened)
    yield opened
    opened.close()


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _batches(store: Store) -> BatchLetters:
    return BatchLetters(store, "coordinator", LetterService(store, "coordinator"))


def _letters_kept(store: Store) -> int:
    with store.session_factory() as session:
        return session.query(Letter).count()


def test_the_days_acknowledgements_are_one_pdf_and_each_request_keeps_its_own(
    store: Store,
) -> None:
    service = RequestService(store, "coordinator")
    refs = [service.log(NewRequest(date.today(), [RequestKind.ACCESS], n)).reference for n in NAMES]
    steps: list[tuple[int, int]] = []
    batch = _batches(store).prepare(
        refs, RequestLetter.ACKNOWLEDGEMENT, report=lambda d, t: steps.append((d, t))
    )
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    pages = _pages(batch.pdf)
    assert len(pages) == 3 and all(ref in page for ref, page in zip(refs, pages, strict=True))
    assert _batches(store).record_posted(batch, posted_on=date.today(), tracking_number="1A") == 0
    for ref in refs:
        (sent,) = service.get(ref).letters
        assert sent.kind is LetterKind.ACKNOWLEDGEMENT and sent.tracking_number == ""
        kept = service.sent_letter_pdf(ref, sent.id)
        assert kept is not None
        (page,) = _pages(kept)
        assert ref in page and all(other not in page for other in refs if other != ref)
        assert service.get(ref).status is RequestStatus.RECEIVED  # not an answer


def test_answers_recorded_in_a_batch_answer_every_request(store: Store) -> None:
    office = scenario.build(store)
    service = RequestService(store, "coordinator")
    refs = [
        scenario.log(store, office.people[who], [RequestKind.ACCESS]) for who in ("anne", "bruno")
    ]
    batch = _batches(store).prepare(refs, RequestLetter.ACCESS_RESPONSE, language="en")
    assert _batches(store).record_posted(batch, posted_on=date.today()) == 2
    assert {service.get(ref).status for ref in refs} == {RequestStatus.ANSWERED}


def test_nothing_is_recorded_when_one_letter_of_the_batch_fails(store: Store) -> None:
    office = scenario.build(store)
    service = RequestService(store, "coordinator")
    refs = [scenario.log(store, office.people[w], [RequestKind.ACCESS]) for w in ("anne", "bruno")]
    batch = _batches(store).prepare(refs, RequestLetter.ACCESS_RESPONSE)
    broken = Batch(
        (*batch.letters, BatchLetter("R-1999-0001", LetterKind.ACCESS_RESPONSE, "fr", b"", "x")),
        batch.pdf,
    )
    with pytest.raises(RequestNotFound):
        _batches(store).record_posted(broken, posted_on=date.today())
    assert _letters_kept(store) == 0
    assert {service.get(ref).status for ref in refs} == {RequestStatus.RECEIVED}


def test_all_art_19_notices_of_a_request_are_one_pdf_recorded_with_it(store: Store) -> None:
    office = scenario.build(store)
    chloe = office.people["chloe"]
    ref = scenario.log(store, chloe, [RequestKind.CORRECTION])
    request_id = RequestService(store, "coordinator").request_id(ref)
    PeopleService(store, "coordinator").correct(
        chloe, "last_name", "Vignerolle-Sand", "letter", request_id=request_id
    )
    batch = _batches(store).prepare_notices(ref)
    pages = _pages(batch.pdf)
    told = ["Atelier Commerce SAS", "Galerie Sépia SARL", "Riad Amane"]  # her recipients only
    assert len(pages) == len(told)
    assert all(name in page for name, page in zip(told, pages, strict=True))
    assert not any("Courriel" in page for page in pages)
    _batches(store).record_posted(batch, posted_on=date.today())
    (sent,) = RequestService(store, "x").get(ref).letters
    assert sent.kind is LetterKind.RECIPIENT_NOTICE and sent.posted_on == date.today()


def test_merging_keeps_every_page_in_order() -> None:
    from tests.ui.test_print_preview import _letters

    merged = merge_pdfs([_letters(1), _letters(2)])
    assert len(PdfReader(io.BytesIO(merged)).pages) == 3
