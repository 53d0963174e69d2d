"""Searching the file is capped and audited: how many were found, never what was typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.domain.records import AuditAction
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.people.listing import MAX_SEARCH_RESULTS
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.store import Store


def _searches(store: Store) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    return [
        (e.record_type, e.record_id, e.fields, e.note)
        for e in AuditTrail(store).page(AuditFilter(), limit=10_000)
        if e.action is AuditAction.SEARCH
    ]


def test_every_search_is_audited_with_its_count_never_its_text(
    store: Store, people: PeopleService
) -> None:
    people.create_many(
        [
            PersonDraft(first_name="Zénobie", last_name="Quintal", emails=["zq@exemple.fr"]),
            PersonDraft(first_name="Zénaïde", last_name="Quintal"),
        ]
    )
    assert len(people.search("quintal")) == 2
    assert people.search("zenobie zq@exemple.fr")[0].display_name == "Zénobie Quintal"
    assert people.search("nobody-by-that-name") == []
    assert len(people.find_for_request("Zénaïde Quintal")) == 1
    assert people.search("   ") == [] and people.search("quintal", limit=0) == []
    assert _searches(store) == [  # newest first; blank or empty searches are no search
        ("person", None, (), "1 found"),
        ("person", None, (), "0 found"),
        ("person", None, (), "1 found"),
        ("person", None, (), "2 found"),
    ]
    trail = json.dumps([list(map(str, s)) for s in _searches(store)]).casefold()
    assert not any(word in trail for word in ("quintal", "zenobie", "zénobie", "zq@", "nobody"))


def test_a_search_lists_at_most_the_maximum_whatever_the_limit(
    store: Store, people: PeopleService
) -> None:
    people.create_many([PersonDraft(first_name=f"Anne{i}", last_name="Martin") for i in range(205)])
    assert len(people.search("martin", limit=10_000)) == MAX_SEARCH_RESULTS == 200
    assert len(people.search("martin", limit=7)) == 7
    assert _searches(store)[:2] == [
        ("person", None, (), "7 found"),
        ("person", None, (), "200 found"),
    ]


def test_people_search_limit_is_capped_with_a_sentence(
    store: Store,
    people: PeopleService,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    people.create_many([PersonDraft(first_name=f"Paul{i}", last_name="Roux") for i in range(203)])
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["people", "search", "roux", "--limit", "100000", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 200
    assert err == (
        "albanera-desk: a search lists at most 200 people; showing the first 200 "
        "(add words to narrow it).\n"
    )
    assert main(["people", "search", "roux", "--limit", "3"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 4  # the heading and three people
    assert [note for *_, note in _searches(store)[:2]] == ["3 found", "200 found"]
