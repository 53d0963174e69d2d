"""The pure rules: art. 28 terms, SCC modules, zones, adequacy catalogue."""

from __future__ import annotations

import json
from datetime import date

import pytest

from albanera_desk.domain.adequacy import (
    AdequacyCatalogue,
    AdequacyCatalogueInvalid,
    parse_catalogue,
)
from albanera_desk.domain.records import ProcessorRole
from albanera_desk.domain.register_rules import (
    ART28_KEYS,
    DEROGATION_KEYS,
    EEA_COUNTRIES,
    EU_COUNTRIES,
    Party,
    Zone,
    missing_art28_terms,
    needs_art28_terms,
    party_of,
    scc_module,
    zone_of,
)
from albanera_desk.services.register.adequacy import SHIPPED_CATALOGUE


def shipped():  # type: ignore[no-untyped-def]
    return parse_catalogue(SHIPPED_CATALOGUE.read_text(encoding="utf-8"))


def test_the_issue_lists_eight_art28_terms_in_order() -> None:
    assert ART28_KEYS == (
        "instructions",
        "confidentiality",
        "security",
        "sub_processors",
        "data_subject_rights",
        "assistance",
        "end_of_contract",
        "audits",
    )
    assert missing_art28_terms(["audits", "security"])[:2] == ["instructions", "confidentiality"]


@pytest.mark.parametrize("role", list(ProcessorRole))
def test_only_processors_and_sub_processors_need_art28_terms(role: ProcessorRole) -> None:
    expected = role in {ProcessorRole.PROCESSOR, ProcessorRole.SUB_PROCESSOR}
    assert needs_art28_terms(role) is expected


def test_scc_module_from_the_two_roles() -> None:
    c, p = Party.CONTROLLER, Party.PROCESSOR
    assert [scc_module(c, c), scc_module(c, p), scc_module(p, p), scc_module(p, c)] == [1, 2, 3, 4]
    assert scc_module(c, party_of(ProcessorRole.SUB_PROCESSOR)) == 2
    assert scc_module(c, party_of(ProcessorRole.INDEPENDENT_CONTROLLER)) == 1


def test_country_sets() -> None:
    assert len(EU_COUNTRIES) == 27 and {"IS", "LI", "NO"} <= EEA_COUNTRIES
    assert "GB" not in EEA_COUNTRIES and "CH" not in EEA_COUNTRIES
    assert len(DEROGATION_KEYS) == 8


def test_zones_with_the_shipped_catalogue() -> None:
    catalogue = shipped()
    assert zone_of("FR", catalogue) is Zone.FRANCE
    assert zone_of("se", catalogue) is Zone.EEA
    assert zone_of("NO", catalogue) is Zone.EEA
    assert zone_of("CH", catalogue) is Zone.ADEQUATE
    assert zone_of("GB", catalogue) is Zone.ADEQUATE
    assert zone_of("IN", catalogue) is Zone.THIRD_COUNTRY


def test_the_us_are_adequate_only_for_dpf_certified_importers() -> None:
    catalogue = shipped()
    us = catalogue.decision_for("US")
    assert us is not None and "2023/1795" in us.reference and us.adopted_on == date(2023, 7, 10)
    assert zone_of("US", catalogue) is Zone.THIRD_COUNTRY
    assert zone_of("US", catalogue, dpf_certified=False) is Zone.THIRD_COUNTRY
    assert zone_of("US", catalogue, dpf_certified=True) is Zone.ADEQUATE


def test_canada_is_adequate_for_commercial_organisations_only() -> None:
    catalogue = shipped()
    assert catalogue.covers("CA")
    assert not catalogue.covers("CA", commercial=False)
    assert zone_of("CA", catalogue, commercial=False) is Zone.THIRD_COUNTRY


def test_catalogue_goes_stale_after_six_months() -> None:
    catalogue = AdequacyCatalogue(date(2026, 11, 2), {})
    assert not catalogue.stale(catalogue.last_checked)
    assert not catalogue.stale(date(2027, 5, 2))  # checked 2026-11-02: six months to the day
    assert catalogue.stale(date(2027, 5, 3))


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        json.dumps({"last_checked": "soon", "decisions": []}),
        json.dumps({"last_checked": "2026-01-01", "decisions": [{"country_code": "USA"}]}),
        json.dumps(
            {
                "last_checked": "2026-01-01",
                "decisions": [{"country_code": "US", "adopted_on": "2023-07-10", "condition": "x"}],
            }
        ),
    ],
)
def test_a_broken_catalogue_is_one_sentence(text: str) -> None:
    with pytest.raises(AdequacyCatalogueInvalid) as caught:
        parse_catalogue(text)
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
