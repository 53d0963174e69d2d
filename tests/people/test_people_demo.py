"""The demo's people: about 200, every category, some minors and opt-outs, searchable."""

from __future__ import annotations

from albanera_desk.domain.records import DataCategory
from albanera_desk.services import people_demo
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.store import Store


def test_demo_people(store: Store, people: PeopleService) -> None:
    people_demo.fill(store, "demo")
    assert people.count() == people_demo.COUNT
    rows = people.rows(0, 500)
    assert sum(r.flagged_minor for r in rows) >= 3
    assert sum(r.opted_out for r in rows) >= 10
    categories = {item.category for r in rows[:80] for item in people.open_file(r.id).items}
    assert categories == set(DataCategory)
    assert people.search("valombreuse")
    first = people.open_file(1)
    assert first.corrections and first.corrections[0].field == "last_name"
