"""The search index follows every write path, and the 0003 revision indexes older stores."""

from __future__ import annotations

from albanera_desk.domain.person_drafts import AddressDraft, PersonDraft
from albanera_desk.domain.records import ContactKind
from albanera_desk.services.importing import import_people
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store import migrations
from albanera_desk.store.store import Store
from tests.people.conftest import DATA
from tests.people.test_people_service import ELODIE


def _index(store: Store) -> dict[int, str]:
    with store.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT rowid, body FROM person_search").all())


def test_every_write_path_leaves_the_index_as_a_rebuild_would(
    store: Store, people: PeopleService
) -> None:
    pid = people.create(ELODIE)
    other = people.create(PersonDraft(first_name="Marc", last_name="Lefèvre"))
    import_people(store, "coordinator", DATA / "shop_export.csv")
    import_people(store, "coordinator", DATA / "shop_export_excel_bom_semicolon.csv")
    people.add_contact(other, ContactKind.EMAIL, "marc@exemple.fr")
    people.add_address(other, AddressDraft(["1 rue X"], "35000", "Rennes"))
    file = people.open_file(pid)
    people.correct_many(pid, {"first_name": "Elo", f"phone:{file.phones[0].id}": ""}, "letter")
    erased = people.search("lucja")[0].id
    people.erase(erased)
    written = _index(store)
    assert erased not in written
    assert people.rebuild_index() == people.count()
    assert _index(store) == written


def test_upgrading_a_0002_store_indexes_its_people(store: Store, people: PeopleService) -> None:
    people.create(ELODIE)
    head = store.schema_revision()
    with store.engine.begin() as conn:  # back to how a 0002 store looks
        conn.exec_driver_sql("DROP TABLE person_search")
        conn.exec_driver_sql("DROP INDEX ix_person_listing")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0002'")
    migrations.upgrade(store.engine, "0003")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (head,))
    assert [r.display_name for r in people.search("elodie")] == ["Élodie Ștefănescu-Dupré"]
    assert [r.display_name for r in people.search("69003")] == ["Élodie Ștefănescu-Dupré"]
    assert [r.display_name for r in people.rows(0, 10)] == ["Élodie Ștefănescu-Dupré"]
