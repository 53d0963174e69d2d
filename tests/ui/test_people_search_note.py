"""The People section says when a typed word of one letter is matched only whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.people_view import PeopleView


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    store = create_store(store_path, keys)
    desk = Desk.for_store(store, actor="coordinator")
    yield desk
    desk.close()


def test_a_one_letter_word_is_found_whole_and_the_count_says_so(qtbot: QtBot, desk: Desk) -> None:
    jo = desk.people.create(PersonDraft(first_name="J", last_name="Dupont"))
    jean = desk.people.create(PersonDraft(first_name="Jean", last_name="Dupont"))
    view = PeopleView(desk)
    qtbot.addWidget(view)
    view.show()
    view.search.setText("j dupont")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=3000)
    assert view.model.person_at(0).id == jo  # type: ignore[union-attr]
    assert "A single letter is found only as a whole word (j)" in view.count_label.text()
    view.search.setText("je dupont")
    qtbot.waitUntil(lambda: view.model.query == "je dupont", timeout=3000)
    assert "single letter" not in view.count_label.text()
    assert view.model.rowCount() == 1 and view.model.person_at(0).id == jean  # type: ignore[union-attr]
