"""Finding requests on a real encrypted store: words with or without accents, filters, counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from albanera_desk.domain.records import RequestKind, RequestStatus
from albanera_desk.services.opening import create_store
from albanera_desk.services.request_search import RequestFilter, RequestSearch
from albanera_desk.services.request_text import (
    FoldedText,
    fold_many,
    quick_fold,
    search_words,
    searchable_text,
)
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

TODAY = date.today()


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def _log(service: RequestService, name: str, days_ago: int, town: str = "69003 Lyon") -> str:
    new = NewRequest(
        TODAY - timedelta(days=days_ago),
        [RequestKind.ACCESS],
        name,
        writer_address=["12 rue des Lilas", town],
    )
    return service.log(new).reference


@pytest.fixture
def refs(store: Store) -> dict[str, str]:
    """Five letters: one overdue, one awaiting identity, one closed, two on time."""
    service = RequestService(store, "coordinator")
    found = {
        "late": _log(service, "Jean Dupont", 60, "75011 Paris"),
        "lucja": _log(service, "Łucja Ștefănescu", 2),
        "asked": _log(service, "Élodie Martin", 5, "45000 Orléans"),
        "closed": _log(service, "Marie Curie", 90),
        "fresh": _log(service, "Noël Ørsted", 0),
    }
    service.ask_identity(found["asked"], TODAY, "customer number")
    service.move(found["closed"], RequestStatus.WITHDRAWN, "letter withdrawn by phone")
    service.move(found["closed"], RequestStatus.CLOSED)
    return found


def _found(
    search: RequestSearch, text: str = "", which: RequestFilter = RequestFilter.NOT_CLOSED
) -> list[str]:
    return [item.reference for item in search.find(text, which, TODAY).items]


def test_words_match_with_or_without_accents_in_name_postcode_city_and_reference(
    store: Store, refs: dict[str, str]
) -> None:
    search = RequestSearch(store)
    assert _found(search, "lucja stef") == [refs["lucja"]]
    assert _found(search, "ŁUCJA") == [refs["lucja"]]
    assert _found(search, "elodie") == [refs["asked"]]
    assert _found(search, "orleans") == [refs["asked"]]
    assert _found(search, "75011") == [refs["late"]]
    assert _found(search, "orsted") == [refs["fresh"]]
    number = refs["lucja"].rsplit("-", 1)[1]  # "0002": the reference's own number
    assert refs["lucja"] in _found(search, number)
    assert _found(search, refs["lucja"].replace("-", "")) == [refs["lucja"]]
    assert _found(search, "nobody here") == []


def test_closed_requests_are_hidden_unless_asked_for_or_named(
    store: Store, refs: dict[str, str]
) -> None:
    search = RequestSearch(store)
    shown = _found(search)
    assert refs["closed"] not in shown and len(shown) == 4
    assert _found(search, "curie") == []
    assert _found(search, "curie", RequestFilter.CLOSED) == [refs["closed"]]
    assert _found(search, refs["closed"]) == [refs["closed"]]  # a whole reference always finds


def test_filters_open_overdue_awaiting_identity_and_to_post(
    store: Store, refs: dict[str, str]
) -> None:
    search = RequestSearch(store)
    assert set(_found(search, which=RequestFilter.OPEN)) == {
        refs["late"],
        refs["lucja"],
        refs["asked"],
        refs["fresh"],
    }
    assert _found(search, which=RequestFilter.OVERDUE) == [refs["late"]]
    assert _found(search, which=RequestFilter.AWAITING_IDENTITY) == [refs["asked"]]
    # Due in a month: nothing to post this week but the overdue answer.
    assert _found(search, which=RequestFilter.TO_POST) == [refs["late"]]
    # The soonest due first, the overdue at the top.
    assert _found(search)[0] == refs["late"]


def test_to_post_follows_the_last_day_to_post_before_the_due_date(store: Store) -> None:
    service = RequestService(store, "coordinator")
    soon = _log(service, "Anne Soon", 26)  # due in about five days: post by about two
    later = _log(service, "Paul Later", 10)  # due in about three weeks
    search = RequestSearch(store)
    items = {item.reference: item for item in search.find(which=RequestFilter.OPEN).items}
    to_post = _found(search, which=RequestFilter.TO_POST)
    horizon = TODAY + timedelta(days=7)
    for ref in (soon, later):
        post_by = items[ref].post_by
        assert post_by is not None
        assert (ref in to_post) == (post_by <= horizon)
    assert soon in to_post and later not in to_post


def test_counts_for_today_and_the_sidebar(store: Store, refs: dict[str, str]) -> None:
    counts = RequestSearch(store).counts(TODAY)
    assert (counts.open, counts.overdue, counts.awaiting_identity) == (4, 1, 1)
    assert counts.to_post_this_week == 1


def test_a_long_list_shows_the_most_urgent_and_says_how_many_matched(
    store: Store, refs: dict[str, str]
) -> None:
    found = RequestSearch(store).find(which=RequestFilter.OPEN, today=TODAY, limit=2)
    assert found.total == 4 and len(found.items) == 2 and found.cut
    assert found.items[0].reference == refs["late"]


def test_a_persons_requests_and_the_calendar_of_due_dates(
    store: Store, refs: dict[str, str]
) -> None:
    from albanera_desk.domain.person_drafts import PersonDraft
    from albanera_desk.services.people.service import PeopleService

    person = PeopleService(store, "coordinator").create(PersonDraft("Łucja", "Ștefănescu"))
    service = RequestService(store, "coordinator")
    service.link_person(refs["lucja"], person)
    service.link_person(refs["closed"], person)
    search = RequestSearch(store)
    assert [i.reference for i in search.for_person(person)] == [refs["lucja"], refs["closed"]]
    due = service.get(refs["lucja"]).due
    assert due is not None
    on_the_day = search.due_between(due, due)
    assert refs["lucja"] in [i.reference for i in on_the_day]
    assert refs["closed"] not in [i.reference for i in search.due_between(TODAY, due)]


def test_acknowledgements_to_post_are_the_open_requests_not_yet_acknowledged(
    store: Store, refs: dict[str, str]
) -> None:
    waiting = [i.reference for i in RequestSearch(store).to_acknowledge(TODAY)]
    assert set(waiting) == {refs["late"], refs["lucja"], refs["asked"], refs["fresh"]}
    assert waiting[0] == refs["late"]  # oldest received first


def test_the_searchable_text_folds_the_stored_address_lines() -> None:
    text = searchable_text("R-2026-0007", "Zoë Ÿ", '["3 place Stanislas","54000 Nancy"]')
    assert "r20260007" in text and "zoe" in text and "54000" in text and "nancy" in text


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "M", "Nd", "Zs")), max_size=40))
def test_a_name_typed_as_written_always_finds_its_request(text: str) -> None:
    haystack = searchable_text("R-2026-0001", text, None)
    assert all(word in haystack for word in search_words(text))
    assert all(word in haystack for word in search_words(text.upper()))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(exclude_characters="\n"), max_size=30)))
def test_texts_folded_together_are_folded_as_one_by_one(texts: list[str]) -> None:
    assert fold_many(texts) == [quick_fold(text) for text in texts]


def test_the_first_search_folds_every_request_once_and_later_ones_are_still_found(
    store: Store, refs: dict[str, str]
) -> None:
    search = RequestSearch(store)
    folded: FoldedText = search._folded
    assert len(folded) == 0
    assert _found(search, "lucja") == [refs["lucja"]]
    assert len(folded) == 5  # all five, the closed one too, in the first search's one pass
    late = _log(RequestService(store, "coordinator"), "Åsa Ødegård", 1, "13001 Marseille")
    assert _found(search, "asa odegard") == [late]  # written after: folded when first met
    assert _found(search, "marseille") == [late]
    assert _found(search, "lucja") == [refs["lucja"]]


def test_the_query_narrows_on_indexes(store: Store, refs: dict[str, str]) -> None:
    """Open, awaiting identity and a person's requests are found through an index."""
    with store.session_factory() as session:
        for sql in (
            "SELECT id FROM request WHERE status IN ('received', 'in_progress')",
            "SELECT id FROM request WHERE status = 'awaiting_identity'",
            "SELECT id FROM request WHERE person_id = 1",
            "SELECT id FROM request WHERE reference = 'R-2026-0001'",
        ):
            plan = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            assert "USING" in str(plan) and "INDEX" in str(plan), (sql, plan)
