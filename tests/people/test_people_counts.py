"""The People list's count and pages, kept by the store (revision 0011), stay exact.

The count and the stretch tallies are compared with a count of the people themselves
after every kind of write (creation, import, correction, erasure, two writers at once);
pages anywhere in the list are compared with the list read in order from its start.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlcipher3 import dbapi2

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.importing import import_people
from albanera_desk.services.people import paging
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store import migrations
from albanera_desk.store.models import Base
from albanera_desk.store.models.people_listing import stretch_of
from albanera_desk.store.store import Store
from tests.people.conftest import DATA
from tests.people.test_people_service import ELODIE

# Short and long names, shared and unique, empty ones: every kind of stretch.
LAST = ["", "Li", "Ng", "O", "Abadie", "Abad", "Abc", "Martin", "Martinez", "Ștefănescu", "Zo"]
FIRST = ["", "Al", "Anne", "Anne-Marie", "Bo", "Élodie", "Jo", "Zoé"]


def _draft(first: str, last: str, number: int) -> PersonDraft:
    return PersonDraft(first_name=first, last_name=last, customer_id=f"C-{number}")


def _everyone() -> list[PersonDraft]:
    return [_draft(f, n, i * 100 + j) for i, n in enumerate(LAST) for j, f in enumerate(FIRST)]


def _listed(store: Store) -> list[int]:
    """The list in order, read from its start: what every page must agree with."""
    with store.engine.connect() as conn:
        return [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM person WHERE erased_at IS NULL ORDER BY last_name, first_name, id"
            )
        ]


def _counts_agree(store: Store, people: PeopleService) -> None:
    last, first, block = stretch_of("p")
    with store.engine.connect() as conn:
        counted = conn.exec_driver_sql(
            "SELECT count(*) FROM person WHERE erased_at IS NULL"
        ).scalar_one()
        tallies = conn.exec_driver_sql(
            "SELECT last_part, first_part, id_block, listed FROM person_tally ORDER BY 1, 2, 3"
        ).all()
        recounted = conn.exec_driver_sql(
            f"SELECT {last}, {first}, {block}, count(*) FROM person p "
            "WHERE p.erased_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ).all()
    assert people.count() == counted
    assert [tuple(t) for t in tallies] == [tuple(r) for r in recounted]


def test_the_count_is_exact_after_every_kind_of_write(store: Store, people: PeopleService) -> None:
    assert people.count() == 0
    elodie = people.create(ELODIE)
    people.create_many(_everyone())
    _counts_agree(store, people)
    import_people(store, "coordinator", DATA / "shop_export.csv")
    _counts_agree(store, people)
    people.correct(elodie, "last_name", "Li", "letter of 3 May")
    people.correct(elodie, "first_name", "Al", "letter of 3 May")
    _counts_agree(store, people)
    before = people.count()
    people.erase(elodie)
    people.erase(people.search("martinez")[0].id)
    assert people.count() == before - 2
    _counts_agree(store, people)
    with store.writer.begin() as session:  # a person deleted outright (no code does, yet)
        session.connection().exec_driver_sql(
            "DELETE FROM person WHERE id = (SELECT max(id) FROM person WHERE erased_at IS NULL)"
        )
    _counts_agree(store, people)


def test_a_refused_write_leaves_the_count_as_it_was(store: Store, people: PeopleService) -> None:
    people.create(PersonDraft(first_name="Anne", last_name="Abadie"))
    with pytest.raises(ValueError):
        people.create_many(
            [
                PersonDraft(first_name="Zoé", last_name="Li"),
                PersonDraft(first_name="", emails=["@"]),
            ]
        )
    assert people.count() == 1
    _counts_agree(store, people)


def test_two_writers_at_once_keep_the_count_exact(store: Store, people: PeopleService) -> None:
    def write(start: int) -> None:
        own = PeopleService(store, "coordinator")
        for batch in range(5):
            own.create_many(
                [
                    _draft(FIRST[i % len(FIRST)], LAST[i % len(LAST)], i)
                    for i in range(start + batch * 20, start + batch * 20 + 20)
                ]
            )

    writers = [threading.Thread(target=write, args=(n * 1000,)) for n in range(2)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    assert people.count() == 200
    _counts_agree(store, people)


def test_pages_anywhere_are_the_list_in_order(
    store: Store, people: PeopleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    # More than 1,024 people with both names short: a stretch is split into id blocks.
    people.create_many(
        [_draft(FIRST[i % len(FIRST)], LAST[(i // 3) % len(LAST)], i) for i in range(2600)]
    )
    for gone in people.search("martin", limit=7):
        people.erase(gone.id)
    listed = _listed(store)
    assert people.count() == len(listed)
    with store.engine.connect() as conn:
        tallies = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT listed FROM person_tally ORDER BY last_part, first_part, id_block"
            )
        ]
    edges = [sum(tallies[:k]) for k in range(len(tallies) + 1)]  # where stretches begin
    offsets = sorted(
        {o for e in edges for o in (e - 101, e - 100, e - 51, e - 1, e, e + 1, e + 49)}
        | set(range(0, len(listed) + 100, 97))
    )
    for near_end in (paging.NEAR_END, 0):
        monkeypatch.setattr(paging, "NEAR_END", near_end)
        for offset in (o for o in offsets if o >= 0):
            for limit in (100, 1):
                page = [row.id for row in people.rows(offset, limit)]
                assert page == listed[offset : offset + limit], (near_end, offset, limit)


def test_a_store_upgraded_to_0011_counts_the_people_it_had(
    store: Store, people: PeopleService
) -> None:
    people.create_many(_everyone())
    people.erase(people.search("abadie")[0].id)
    with store.engine.connect() as conn:
        cfg = migrations.alembic_config()
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.downgrade(cfg, "0010")  # the store as it was before revision 0011
            assert (
                conn.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'person_count'"
                ).scalar_one()
                == 0
            )
    people.create(PersonDraft(first_name="Jo", last_name="Ng"))  # while nothing counts
    migrations.upgrade(store.engine)
    assert people.count() == len(LAST) * len(FIRST)
    _counts_agree(store, people)
    assert [r.id for r in people.rows(0, 1000)] == _listed(store)


def test_a_file_made_from_the_models_counts_like_a_store(tmp_path: Path) -> None:
    """The benchmark's plain file is made by ``create_all``: same triggers as revision 0011."""
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}", module=dbapi2)
    try:
        Base.metadata.create_all(engine)
        Base.metadata.create_all(engine)  # again: nothing doubled
        with engine.begin() as conn:
            made = {
                name: migrations.normalized_sql(sql)
                for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "AND name LIKE 'person_listed_%'"
                )
            }
            conn.exec_driver_sql(
                "INSERT INTO person (reference, first_name, last_name, notes, created_at, "
                "updated_at) VALUES ('P-1', 'Anne', 'Li', '', '2026-01-01', '2026-01-01')"
            )
            assert conn.exec_driver_sql("SELECT listed FROM person_count").all() == [(1,)]
    finally:
        engine.dispose()
    expected = migrations.expected_schema()
    assert made == {name: sql for (kind, name), sql in expected.items() if name in made}
    assert len(made) == 3
