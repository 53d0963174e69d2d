"""A real encrypted store per test, and the people service on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from albanera_desk.services.opening import create_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


@pytest.fixture
def people(store: Store) -> PeopleService:
    return PeopleService(store, "coordinator")
