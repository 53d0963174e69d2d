"""The policy's request office abroad: a letter never states its unconfirmed ground."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from albanera_desk.domain.records import RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.requests import scenario
from tests.requests.scenario import log, text


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def test_a_request_office_transfer_still_to_confirm_stops_the_letter(store: Store) -> None:
    office = scenario.build(store)
    register = RegisterService(store, "coordinator")
    register.add_policy_starters()
    register.add_policy_activities()
    ref = log(store, office.people["anne"], [RequestKind.ACCESS])
    letters = LetterService(store, "coordinator")
    with pytest.raises(RequestRefused, match="transfer still to confirm"):
        letters.prepare([ref], RequestLetter.ACCESS_RESPONSE, language="fr")

    [flow] = [t for t in register.list_transfers() if t.starter_key]
    register.save_transfer(replace(flow, to_complete=False, scc_signed_on=date(2025, 3, 1)))
    said = text(letters.prepare([ref], RequestLetter.ACCESS_RESPONSE, language="fr").pdf)
    assert "États-Unis" in said  # the confirmed flow, with its ground
    assert "clauses contractuelles types" in said
