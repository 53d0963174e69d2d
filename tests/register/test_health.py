"""Health checks: one failing case each, and a clean register with none."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from albanera_desk.domain.adequacy import AdequacyCatalogue
from albanera_desk.domain.records import LegalGround, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import ART28_KEYS
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.register_health import HealthItem, check_register
from albanera_desk.store.store import Store
from tests.register.conftest import TODAY

SIGNED = ProcessorRecord(
    legal_name="Atelier Commerce SAS",
    countries=["FR"],
    dpa_signed_on=date(2025, 3, 14),
    art28_terms=list(ART28_KEYS),
    next_review=date(2027, 3, 1),
)


def _transfer(importer_id: int, **extra: object) -> TransferRecord:
    values: dict[str, object] = {
        "exporter": "Alba Nera",
        "importer_id": importer_id,
        "destination_country": "IN",
        "legal_ground": LegalGround.SCC,
        "scc_module": "2",
        "scc_signed_on": date(2025, 1, 10),
        "next_review": date(2027, 1, 1),
    }
    values.update(extra)
    return TransferRecord(**values)  # type: ignore[arg-type]


def _codes(items: list[HealthItem]) -> list[str]:
    return [i.code for i in items]


def _only(items: list[HealthItem], code: str) -> HealthItem:
    assert _codes(items) == [code], items
    item = items[0]
    assert item.message_en.endswith(".") and item.message_fr.endswith(".")
    return item


def test_a_clean_register_has_nothing_to_say(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    service.save_processor(SIGNED)
    pid = service.save_processor(replace(SIGNED, legal_name="Orbit Pvt Ltd", countries=["IN"]))
    service.save_transfer(_transfer(pid))
    service.save_processor(
        ProcessorRecord(
            legal_name="Klarna Bank AB (publ)",
            country_code="SE",
            role=ProcessorRole.INDEPENDENT_CONTROLLER,
        )
    )
    assert check_register(store, TODAY, catalogue) == []


def test_a_processor_without_a_signed_agreement(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    pid = service.save_processor(replace(SIGNED, dpa_signed_on=None))
    item = _only(check_register(store, TODAY, catalogue), "no_signed_agreement")
    assert item.severity == "problem" and (item.record_type, item.record_id) == ("processor", pid)


def test_an_agreement_missing_art28_terms(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    service.save_processor(replace(SIGNED, art28_terms=list(ART28_KEYS[:-1])))
    item = _only(check_register(store, TODAY, catalogue), "missing_art28_terms")
    assert (
        "Audits and information" in item.message_en and "Audits et information" in item.message_fr
    )


def test_an_expired_agreement(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    service.save_processor(replace(SIGNED, dpa_expires_on=date(2026, 1, 1)))
    _only(check_register(store, TODAY, catalogue), "agreement_expired")


def test_processing_outside_the_eea_without_a_transfer_record(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    service.save_processor(replace(SIGNED, countries=["FR", "US"]))
    item = _only(check_register(store, TODAY, catalogue), "outside_eea_without_transfer")
    assert "United States" in item.message_en and "États-Unis" in item.message_fr


@pytest.mark.parametrize(
    "extra",
    [
        {"legal_ground": LegalGround.WITHIN_EEA, "scc_module": ""},
        {"scc_module": ""},
        {"scc_signed_on": None},
        {"legal_ground": LegalGround.DEROGATION, "derogation": "b"},
        {"legal_ground": LegalGround.BCR},
    ],
)
def test_a_transfer_without_a_complete_legal_ground(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue, extra: dict[str, object]
) -> None:
    pid = service.save_processor(replace(SIGNED, countries=["IN"]))
    tid = service.save_transfer(_transfer(pid, **extra))
    item = _only(check_register(store, TODAY, catalogue), "transfer_without_ground")
    assert (item.record_type, item.record_id) == ("transfer", tid)


def test_a_transfer_with_an_expired_review(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    pid = service.save_processor(replace(SIGNED, countries=["IN"]))
    service.save_transfer(_transfer(pid, next_review=date(2026, 11, 1)))
    assert _only(check_register(store, TODAY, catalogue), "transfer_review_expired").severity == (
        "problem"
    )


def test_a_processor_review_date_passed(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    service.save_processor(replace(SIGNED, next_review=date(2026, 11, 24)))
    assert _only(check_register(store, TODAY, catalogue), "review_due").severity == "warning"


def test_the_adequacy_catalogue_not_checked_for_six_months(
    store: Store, catalogue: AdequacyCatalogue
) -> None:
    old = replace(catalogue, last_checked=date(2026, 5, 24))
    item = _only(check_register(store, TODAY, old), "catalogue_stale")
    assert (item.record_type, item.record_id) == ("catalogue", None)
    assert check_register(store, TODAY, replace(catalogue, last_checked=date(2026, 5, 25))) == []


@pytest.mark.parametrize("certified", [None, False])
def test_a_us_adequacy_transfer_to_an_importer_not_dpf_certified(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue, certified: bool | None
) -> None:
    pid = service.save_processor(replace(SIGNED, countries=["US"]))
    service.save_transfer(
        _transfer(
            pid,
            destination_country="US",
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=certified,
        )
    )
    _only(check_register(store, TODAY, catalogue), "us_importer_not_certified")


def test_an_adequacy_transfer_to_a_country_without_a_decision(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    pid = service.save_processor(replace(SIGNED, countries=["IN"]))
    service.save_transfer(_transfer(pid, legal_ground=LegalGround.ADEQUACY))
    _only(check_register(store, TODAY, catalogue), "no_adequacy_decision")


def test_an_ended_processor_without_its_data_returned(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    pid = service.save_processor(SIGNED)
    service.end_processor(pid, date(2026, 10, 1))
    assert service.get_processor(pid).status is ProcessorStatus.ENDED
    _only(check_register(store, TODAY, catalogue), "ended_without_return")


def test_a_starter_entry_to_complete(
    store: Store, service: RegisterService, catalogue: AdequacyCatalogue
) -> None:
    service.add_policy_starters()
    codes = _codes(check_register(store, TODAY, catalogue))
    # 8 register entries and the request office's transfer, all starters to complete.
    assert codes.count("to_complete") == 9 and "no_signed_agreement" in codes
    assert codes.index("no_signed_agreement") < codes.index("to_complete")  # problems first
