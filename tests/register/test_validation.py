"""The register's pure rules, without a store: what a save writes, what it refuses, the map."""

from __future__ import annotations

from datetime import date

import pytest

from albanera_desk.domain.adequacy import parse_catalogue
from albanera_desk.domain.bilingual import Bilingual, localised
from albanera_desk.domain.records import LegalGround, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_data_map import data_map
from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import ART28_KEYS, Zone
from albanera_desk.domain.register_validation import (
    RegisterRefusal,
    check_activity,
    check_ending,
    check_processor,
    check_transfer,
    is_country_code,
)
from albanera_desk.services.register.adequacy import SHIPPED_CATALOGUE


def test_a_processor_is_cleaned_before_it_is_saved() -> None:
    values = check_processor(
        ProcessorRecord(
            legal_name="  Brevo\u202e SAS ",  # a direction override never reaches the store
            country_code="fr",
            countries=["de", "DE", "ie"],
            purposes=["Newsletters", " ", "Newsletters", "Order emails"],
            art28_terms=["audits", "instructions"],
            role=ProcessorRole.PROCESSOR,
        )
    )
    assert values["legal_name"] == "Brevo SAS"
    assert (values["country_code"], values["countries"]) == ("FR", ["DE", "IE"])
    assert values["purposes"] == ["Newsletters", "Order emails"]
    assert values["art28_terms"] == [k for k in ART28_KEYS if k in {"audits", "instructions"}]
    assert "id" not in values and "dpa_document_id" not in values and "starter_key" not in values


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (ProcessorRecord(legal_name=" "), "legal name"),
        (ProcessorRecord(legal_name="A", country_code="France"), "two-letter ISO 3166"),
        (ProcessorRecord(legal_name="A", countries=["XX"]), "processing country"),
        (ProcessorRecord(legal_name="A", art28_terms=["secrecy"]), r"art\. 28\(3\) terms"),
        (ProcessorRecord(legal_name="A", status=ProcessorStatus.ENDED), "date its contract"),
        (
            ProcessorRecord(
                legal_name="A", dpa_signed_on=date(2026, 3, 1), dpa_expires_on=date(2026, 2, 1)
            ),
            "expire before it was signed",
        ),
        (ProcessorRecord(legal_name="A" * 301), "legal name is 301 characters"),
    ],
)
def test_a_processor_that_cannot_be_saved_is_one_sentence(
    record: ProcessorRecord, words: str
) -> None:
    with pytest.raises(RegisterRefusal, match=words) as caught:
        check_processor(record)
    assert isinstance(caught.value, ValueError)
    assert caught.value.args[0].endswith(".") and "\n" not in caught.value.args[0]


def test_an_activity_needs_a_name_a_purpose_and_a_legal_basis() -> None:
    with pytest.raises(RegisterRefusal, match="needs a name"):
        check_activity(ActivityRecord(purposes=["x"], legal_basis="consent"))
    with pytest.raises(RegisterRefusal, match="at least one purpose"):
        check_activity(ActivityRecord(name="Orders", purposes=[" "], legal_basis="contract"))
    with pytest.raises(RegisterRefusal, match="legal basis"):
        check_activity(ActivityRecord(name="Orders", purposes=["x"], legal_basis="because"))
    values = check_activity(
        ActivityRecord(
            name="Orders", purposes=["Deliver"], legal_basis="contract", recipient_ids=[3, 3, 1]
        )
    )
    assert values["recipient_ids"] == [3, 1] and values["name"] == "Orders"


def test_a_transfer_keeps_what_its_ground_needs_and_names_the_tia_columns() -> None:
    scc = TransferRecord(
        exporter="Alba Nera",
        importer_name="Shopify Inc.",
        destination_country="ca",
        legal_ground=LegalGround.SCC,
        scc_module="2",
        derogation="a",  # not an art. 49 transfer: dropped
        tia_on=date(2026, 1, 5),
        tia_outcome="Acceptable with encryption",
    )
    values = check_transfer(scc)
    assert values["destination_country"] == "CA" and values["derogation"] == ""
    assert values["assessed_on"] == date(2026, 1, 5)
    assert values["assessment"] == "Acceptable with encryption"
    assert "tia_on" not in values and "tia_outcome" not in values
    with pytest.raises(RegisterRefusal, match="module is 1, 2, 3 or 4"):
        check_transfer(TransferRecord(**{**_fields(scc), "scc_module": "5"}))
    with pytest.raises(RegisterRefusal, match="importer"):
        check_transfer(TransferRecord(**{**_fields(scc), "importer_name": ""}))
    with pytest.raises(RegisterRefusal, match="legal ground"):
        check_transfer(TransferRecord(**{**_fields(scc), "legal_ground": None}))
    with pytest.raises(RegisterRefusal, match=r"not a point of GDPR art\. 49"):
        check_transfer(TransferRecord(**{**_fields(scc), "derogation": "z"}))


def _fields(record: TransferRecord) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__slots__}  # type: ignore[attr-defined]


def test_the_data_cannot_come_back_before_the_contract_ended() -> None:
    check_ending(date(2026, 5, 1), None)
    check_ending(date(2026, 5, 1), date(2026, 5, 1))
    with pytest.raises(RegisterRefusal, match="before the contract ended"):
        check_ending(date(2026, 5, 1), date(2026, 4, 30))


def test_country_codes() -> None:
    assert is_country_code("SE") and is_country_code("us")
    assert not is_country_code("XX") and not is_country_code("FRA") and not is_country_code("")


def test_starter_words_in_the_profile_language() -> None:
    values = {
        "name": Bilingual("Commandes", "Orders"),
        "purposes": [Bilingual("Paiement", "Pay"), "x"],
    }
    assert localised(values, "fr") == {"name": "Commandes", "purposes": ["Paiement", "x"]}
    assert localised(values, "en") == {"name": "Orders", "purposes": ["Pay", "x"]}


def test_the_data_map_places_active_entries_and_current_transfers() -> None:
    catalogue = parse_catalogue(SHIPPED_CATALOGUE.read_text(encoding="utf-8"))
    processors = [
        ProcessorRecord(legal_name="OVH", id=1, country_code="FR"),
        ProcessorRecord(legal_name="Mailer", id=2, country_code="US", countries=["US", "DE"]),
        ProcessorRecord(legal_name="Old", id=3, country_code="IN", status=ProcessorStatus.ENDED),
    ]
    transfers = [
        TransferRecord(
            exporter="Alba Nera",
            importer_id=2,
            importer_name="Mailer",
            destination_country="us",
            id=7,
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=True,
        ),
        TransferRecord(
            exporter="Alba Nera",
            importer_name="Gone",
            destination_country="IN",
            id=8,
            ended_on=date(2025, 1, 1),
        ),
    ]
    found = data_map(processors, transfers, catalogue)
    assert [cell.zone for cell in found.cells] == list(Zone)  # always the four, in order
    assert found.cell(Zone.FRANCE).processors == 1
    assert found.cell(Zone.EEA).countries == ("DE",)
    adequate = found.cell(Zone.ADEQUATE)  # the US, for a DPF-certified importer
    assert (adequate.countries, adequate.processors, adequate.transfers) == (("US",), 1, 1)
    assert {(link.record_type, link.record_id) for link in adequate.links} == {
        ("processor", 2),
        ("transfer", 7),
    }
    third = found.cell(Zone.THIRD_COUNTRY)  # the ended entry and the ended transfer are gone
    assert (third.processors, third.transfers, third.links) == (0, 0, ())
