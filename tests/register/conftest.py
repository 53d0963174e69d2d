"""A fresh encrypted store and its register service for each test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from albanera_desk.domain.adequacy import AdequacyCatalogue, parse_catalogue
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.register.adequacy import SHIPPED_CATALOGUE
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

HOSTILE = '=HYPERLINK("http://x","y")'
TODAY = date(2026, 11, 25)


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    OrganisationService(opened, "coordinator").save(profile_from_privacy_policy())
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store) -> RegisterService:
    return RegisterService(store, "coordinator")


@pytest.fixture
def catalogue() -> AdequacyCatalogue:
    """The shipped catalogue, marked as checked recently (so only the test's own check fires)."""
    shipped = parse_catalogue(SHIPPED_CATALOGUE.read_text(encoding="utf-8"))
    return AdequacyCatalogue(date(2026, 11, 1), shipped.decisions, shipped.source_url)
