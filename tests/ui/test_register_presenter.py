"""The Register and Transfers sections' decisions, checked without Qt on a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from albanera_desk.domain.records import LegalGround, ProcessorRole
from albanera_desk.domain.register_records import ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import ART28_TERMS, Zone
from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import create_store
from albanera_desk.services.register_health import check_register
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.presenters.register import (
    AgreementState,
    TransferField,
    agreement_of,
    checks_of,
    export_of,
    ground_fields,
    register_export,
    review_late,
    scc_module_kept,
    toggle_zone,
    zone_countries,
    zone_rows,
)

TODAY = date(2026, 6, 1)


@pytest.fixture
def desk(store_path: Path, keys: KeyringKeys) -> Iterator[Desk]:
    desk = Desk.for_store(create_store(store_path, keys), actor="coordinator")
    yield desk
    desk.close()


def test_an_agreement_is_needed_by_processors_only_and_complete_with_every_term() -> None:
    controller = ProcessorRecord(legal_name="Klarna", role=ProcessorRole.INDEPENDENT_CONTROLLER)
    assert agreement_of(controller).state is AgreementState.NOT_NEEDED
    assert not agreement_of(controller).problem
    vendor = ProcessorRecord(legal_name="Brevo", role=ProcessorRole.PROCESSOR)
    assert agreement_of(vendor).state is AgreementState.MISSING and agreement_of(vendor).problem
    vendor.dpa_signed_on = TODAY
    vendor.art28_terms = [ART28_TERMS[0].key]
    partial = agreement_of(vendor)
    assert partial.state is AgreementState.TERMS_MISSING and partial.problem
    assert partial.missing_terms == len(ART28_TERMS) - 1
    vendor.art28_terms = [term.key for term in ART28_TERMS]
    assert agreement_of(vendor).state is AgreementState.SIGNED
    assert agreement_of(vendor).signed_on == TODAY and not agreement_of(vendor).problem


def test_a_review_is_late_the_day_after_it_was_due() -> None:
    assert not review_late(None, TODAY) and not review_late(TODAY, TODAY)
    assert review_late(TODAY - timedelta(days=1), TODAY)


def test_a_form_shows_only_the_checks_of_its_own_record(desk: Desk) -> None:
    first = desk.register.save_processor(ProcessorRecord(legal_name="Brevo"))
    desk.register.save_processor(ProcessorRecord(legal_name="Mailjet"))
    items = check_register(desk.store, date.today())
    own = checks_of(items, "processor", first)
    assert own and all(i.record_id == first for i in own) and len(own) < len(items)
    assert checks_of(items, "processor", None) == []


def test_exports_are_named_for_the_register_and_the_day() -> None:
    semicolon = export_of("transfers", "csv;", "transfers")
    assert (semicolon.fmt, semicolon.semicolon) == ("csv", True)
    assert semicolon.file_name(TODAY) == "transfers-2026-06-01.csv"
    everything = register_export("xlsx", on_processors=True)
    assert everything.file_name(TODAY) == "register-2026-06-01.xlsx"
    activities = register_export("pdf", on_processors=False)
    assert (activities.kind, activities.fmt, activities.stem) == ("activities", "pdf", "activities")
    assert register_export("csv", on_processors=True).kind == "processors"


def test_a_zone_click_filters_the_transfers_and_a_second_click_clears_it(desk: Desk) -> None:
    northbeam = ProcessorRecord(legal_name="Northbeam Inc.", countries=["US"])
    us = desk.register.save_processor(northbeam)
    there = desk.register.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=us,
            destination_country="US",
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=True,
        )
    )
    desk.register.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_name="Orbit Pvt Ltd",
            destination_country="IN",
            legal_ground=LegalGround.SCC,
        )
    )
    rows, data_map = desk.register.list_transfers(), desk.register.data_map()
    zone = toggle_zone(None, Zone.ADEQUATE)
    shown, names = zone_rows(rows, data_map, zone)
    assert [r.id for r in shown] == [there] and names == ["Northbeam Inc."]
    assert toggle_zone(zone, Zone.ADEQUATE) is None
    assert zone_rows(rows, data_map, None) == (rows, [])
    assert toggle_zone(zone, Zone.FRANCE) is Zone.FRANCE


def test_a_zone_names_six_countries_then_an_ellipsis() -> None:
    assert zone_countries(["CH", "US"]) == "CH, US"
    assert zone_countries([f"C{n}" for n in range(7)]) == "C0, C1, C2, C3, C4, C5…"


def test_a_transfer_form_asks_what_its_ground_needs() -> None:
    scc = ground_fields(LegalGround.SCC, "IN")
    assert TransferField.SCC_MODULE in scc and TransferField.BCR not in scc
    assert ground_fields(LegalGround.DEROGATION, "IN") == {
        TransferField.DEROGATION,
        TransferField.DEROGATION_REASON,
    }
    assert ground_fields(LegalGround.ADEQUACY, "US") == {TransferField.DPF}
    assert ground_fields(LegalGround.ADEQUACY, "JP") == set()
    assert ground_fields(None, "US") == set()
    assert scc_module_kept(LegalGround.SCC, "2") == "2"
    assert scc_module_kept(LegalGround.BCR, "2") == ""
