"""Word starts are found the same whichever way the search takes to them.

A start of four letters or more is answered through the index's word list, through its
stem with each candidate checked, or by the index itself (``services.people.matching``);
the thresholds that choose between them are made tiny here so that a few dozen people
take every road. Whatever the road, the people found are those the index itself finds for
the same starts (all of them when they fit the limit).
"""

from __future__ import annotations

import pytest

from albanera_desk.domain.people_rules import search_terms
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.people import matching
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store import migrations
from albanera_desk.store.store import Store

FIRST = ["Anne", "Annie", "Élodie", "Jean", "Jeanne", "Marc", "Martine", "Zoé"]
LAST = ["Martin", "Martinez", "Marty", "Dupont", "Dupré", "Valmor", "Valmorcas", "Ștefănescu"]
QUERIES = [
    "exam",
    "examp",
    "@example",
    "5000",
    "50000",
    "C-00",
    "mart",
    "marti",
    "anne mart",
    "mart anne",
    "jean dup",
    "jean dupo",
    "elodie valmor",
    "élod valm",
    "stef",
    "ștefă",
    "0612",
    "06 12 3",
    "p12",
    "zzzz",
    "martin zzzz",
]


def _fill(people: PeopleService) -> None:
    drafts = [
        PersonDraft(
            first_name=FIRST[i % len(FIRST)],
            last_name=LAST[(i * 3) % len(LAST)],
            emails=[f"p{i}.{i % 7}@example.com" if i % 4 else f"p{i}@exemple.fr"],
            phones=[f"06 12 {i % 100:02d} {i % 97:02d} {i % 89:02d}"],
            customer_id=f"C-{i:06d}" if i % 2 else str(5000000000 + i),
        )
        for i in range(64)
    ]
    people.create_many(drafts)


def _by_the_index(store: Store, typed: str) -> set[int]:
    terms = search_terms(typed)
    with store.engine.connect() as conn:
        whole = matching.whole_words(terms)
        starts = " AND ".join(matching.word_starts([t]) for t in terms)
        found = {
            r[0]
            for expression in (whole, starts)
            for r in conn.exec_driver_sql(
                "SELECT rowid FROM person_search WHERE person_search MATCH ?", (expression,)
            )
        }
    return found


@pytest.mark.parametrize(
    ("few_holders", "few_words", "budget"),
    [
        (matching.FEW_HOLDERS, matching.FEW_WORDS, matching.CANDIDATE_BUDGET),  # as shipped
        (2, matching.FEW_WORDS, 1_000),  # every start is common: word lists, stems and checks
        (2, 0, 1_000),  # no word list short enough: stems and checks
        (2, 0, 3),  # and the checks give up early: the index gathers
        (1_000, 0, 3),
    ],
)
def test_every_road_finds_the_people_the_index_finds(
    store: Store,
    people: PeopleService,
    monkeypatch: pytest.MonkeyPatch,
    few_holders: int,
    few_words: int,
    budget: int,
) -> None:
    _fill(people)
    monkeypatch.setattr(matching, "FEW_HOLDERS", few_holders)
    monkeypatch.setattr(matching, "FEW_WORDS", few_words)
    monkeypatch.setattr(matching, "CANDIDATE_BUDGET", budget)
    for typed in QUERIES:
        expected = _by_the_index(store, typed)
        for limit in (200, 5):
            found = [row.id for row in people.search(typed, limit=limit)]
            assert len(found) == len(set(found)), typed
            if len(expected) <= limit:
                assert set(found) == expected, (typed, limit)
            else:
                assert len(found) == limit and set(found) <= expected, (typed, limit)
    assert {r.id for r in people.search("exam")} == _by_the_index(store, "example")
    assert len(_by_the_index(store, "5000")) == len(_by_the_index(store, "C-00")) == 32


def test_whole_words_still_come_first_on_every_road(
    people: PeopleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    longer = people.create(PersonDraft(first_name="Anne", last_name="Martinez"))
    exact = people.create(PersonDraft(first_name="Anne", last_name="Martin"))
    monkeypatch.setattr(matching, "FEW_HOLDERS", 1)
    assert [r.id for r in people.search("anne martin")] == [exact, longer]
    assert [r.id for r in people.search("martin")] == [exact, longer]


def test_an_erased_person_is_not_found_by_any_road(
    people: PeopleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(people)
    gone = people.search("valmorcas")[0].id
    people.erase(gone)
    for few, words in ((matching.FEW_HOLDERS, matching.FEW_WORDS), (1, 8), (1, 0)):
        monkeypatch.setattr(matching, "FEW_HOLDERS", few)
        monkeypatch.setattr(matching, "FEW_WORDS", words)
        for typed in ("valmorc", "valmorcas", "anne valmorc", "p", "exam", "5000"):
            assert gone not in {r.id for r in people.search(typed, limit=200)}, typed


def test_a_store_indexed_by_revision_0003_is_searched_by_word_starts(
    store: Store, people: PeopleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Revision 0003 indexed older stores' people as typed (accents, '@', capitals)."""
    elodie = people.create(
        PersonDraft(
            first_name="Élodie", last_name="Ștefănescu-Dupré", emails=["Elodie.Dupre@Exemple.FR"]
        )
    )
    people.create(PersonDraft(first_name="Marc", last_name="Lefèvre"))
    head = store.schema_revision()
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE person_search")
        conn.exec_driver_sql("DROP INDEX ix_person_listing")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    migrations.upgrade(store.engine, "0003")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (head,))
    monkeypatch.setattr(matching, "FEW_HOLDERS", 1)
    monkeypatch.setattr(matching, "FEW_WORDS", 0)
    for typed in ("elod", "Élod stef", "stef dupr", "exem", "elod exem"):
        assert [r.id for r in people.search(typed)] == [elodie], typed
