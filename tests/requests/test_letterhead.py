"""Letterhead and signature: the controller's legal identity, the return address in its
country's postal format with the country line, the DPO, the title in the letter's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from albanera_desk.domain.organisation import siren_problem
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import ProfileRefused
from albanera_desk.services.requests import RequestRefused
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.requests import scenario

LEGAL = {
    "legal_form": "SAS",
    "share_capital": "10 000 €",
    "registered_office": ["12 rue de Turenne", "75003 Paris"],
    "rcs": "RCS Paris 123 456 782",
    "siren": "123 456 782",
    "dpo_contact": "dpo@albanera.example",
}


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def _first_page(store: Store, lang: str) -> str:
    ref = scenario.log(store, None, [RequestKind.ACCESS])
    pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACKNOWLEDGEMENT, language=lang).pdf
    return scenario.pages(pdf)[0].replace("\u202f", " ")


def test_letterhead_carries_the_legal_identity_and_the_dpo(store: Store) -> None:
    scenario.set_profile(store, **LEGAL)
    page = _first_page(store, "fr")
    for words in (
        "Alba Nera SAS au capital de 10 000 €",
        "Siège social : 12 rue de Turenne, 75003 Paris",
        "RCS Paris 123 456 782",
        "Délégué à la protection des données : dpo@albanera.example",
        "75003 PARIS FRANCE",
    ):
        assert words in page, words
    assert "SIREN 123 456 782" not in page  # already in the RCS line
    english = _first_page(store, "en")
    assert "Registered office: 12 rue de Turenne" in english
    assert "Data protection officer: dpo@albanera.example" in english


def test_return_address_in_its_countrys_format_and_titles_translated(store: Store) -> None:
    scenario.set_profile(
        store,
        address_lines=["670 S. La Fayette Park Place"],
        postcode="90057",
        city="Los Angeles",
        region="CA",
        country_code="US",
        signatory_title="Ecommerce Coordinator",
        signatory_title_fr="Coordinateur e-commerce",
    )
    french = _first_page(store, "fr")
    assert "LOS ANGELES, CA 90057 UNITED STATES" in french.upper()
    assert "90057 Los Angeles" not in french
    assert "Coordinateur e-commerce" in french and "Ecommerce Coordinator" not in french
    assert "Ecommerce Coordinator" in _first_page(store, "en")


def test_no_letter_without_the_signatorys_name(store: Store) -> None:
    scenario.set_profile(store, signatory_name="")
    with pytest.raises(RequestRefused, match="signatory's name"):
        _first_page(store, "fr")


def test_siren_is_checked_when_the_profile_is_saved(store: Store) -> None:
    assert siren_problem("123 456 782") is None
    assert siren_problem("123 456 789") is not None and siren_problem("12345") is not None
    with pytest.raises(ProfileRefused, match="SIREN"):
        scenario.set_profile(store, siren="123 456 789")
