"""The register service on a real encrypted store: required fields, audit, starters, map."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import LegalGround, ProcessorRole, ProcessorStatus
from albanera_desk.domain.register_records import ActivityRecord, ProcessorRecord, TransferRecord
from albanera_desk.domain.register_rules import Zone
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.office_settings import OfficeSettings, OfficeSettingsService
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.register.adequacy import load_adequacy_catalogue
from albanera_desk.services.register.errors import RecordNotFound, RegisterInvalid
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store.store import Store
from tests.register.conftest import HOSTILE

PDF = b"%PDF-1.4\n% a signed agreement\n"


def _vendor(**extra: object) -> ProcessorRecord:
    return replace(ProcessorRecord(legal_name="Courriel Mistral SAS"), **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (ProcessorRecord(legal_name="  "), "legal name"),
        (ProcessorRecord(legal_name="X", country_code="France"), "country code"),
        (ProcessorRecord(legal_name="X", countries=["ZZ"]), "country code"),
        (ProcessorRecord(legal_name="X", status=ProcessorStatus.ENDED), "ended"),
        (ProcessorRecord(legal_name="X", art28_terms=["lunch"]), "art. 28(3)"),
    ],
)
def test_processor_required_fields(
    service: RegisterService, record: ProcessorRecord, words: str
) -> None:
    with pytest.raises(RegisterInvalid) as caught:
        service.save_processor(record)
    message = str(caught.value)
    assert words in message and message.endswith(".") and "\n" not in message
    assert isinstance(caught.value, ValueError)
    assert service.list_processors() == []


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (ActivityRecord(name="", purposes=["x"], legal_basis="contract"), "name"),
        (ActivityRecord(name="Orders", legal_basis="contract"), "purpose"),
        (ActivityRecord(name="Orders", purposes=["x"]), "legal basis"),
    ],
)
def test_activity_required_fields(
    service: RegisterService, record: ActivityRecord, words: str
) -> None:
    with pytest.raises(RegisterInvalid, match=words):
        service.save_activity(record)


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (TransferRecord(destination_country="US", importer_name="X"), "exporter"),
        (TransferRecord(exporter="Alba Nera", destination_country="US"), "importer"),
        (TransferRecord(exporter="Alba Nera", importer_name="X"), "destination"),
        (
            TransferRecord(exporter="Alba Nera", importer_name="X", destination_country="US"),
            "legal ground",
        ),
        (
            TransferRecord(
                exporter="Alba Nera",
                importer_name="X",
                destination_country="IN",
                legal_ground=LegalGround.SCC,
                scc_module="5",
            ),
            "module",
        ),
    ],
)
def test_transfer_required_fields(
    service: RegisterService, record: TransferRecord, words: str
) -> None:
    with pytest.raises(RegisterInvalid, match=words):
        service.save_transfer(record)


def test_save_update_and_audit_names_fields_never_values(
    service: RegisterService, store: Store
) -> None:
    pid = service.save_processor(_vendor(contact=HOSTILE, countries=["fr", "ie"]))
    saved = service.get_processor(pid)
    assert saved.countries == ["FR", "IE"] and saved.contact == HOSTILE
    service.save_processor(replace(saved, dpa_signed_on=date(2025, 1, 2)))
    service.save_processor(replace(saved, dpa_signed_on=date(2025, 1, 2)))  # no change
    events = AuditTrail(store).page(AuditFilter(record_type="processor"))
    assert [e.action.value for e in events] == ["update", "create"]
    assert events[0].fields == ("dpa_signed_on",)
    assert HOSTILE not in str(events) and "Courriel" not in str(events)
    with pytest.raises(RecordNotFound):
        service.get_processor(999)


def test_end_a_processor_and_attach_its_agreement(service: RegisterService) -> None:
    pid = service.save_processor(_vendor())
    attachment = service.attach_agreement(pid, "../../contrat signé.pdf", PDF)
    document = service.document(attachment)
    assert document is not None and document.content == PDF
    assert document.filename == "contrat signé.pdf" and document.media_type == "application/pdf"
    with pytest.raises(RegisterInvalid, match="PDF, JPEG or PNG"):
        service.attach_agreement(pid, "contract.pdf", b"MZ not a pdf")
    with pytest.raises(RegisterInvalid, match="before"):
        service.end_processor(pid, date(2026, 5, 1), date(2026, 4, 1))
    service.end_processor(pid, date(2026, 5, 1), date(2026, 5, 20))
    ended = service.get_processor(pid)
    assert ended.status is ProcessorStatus.ENDED and ended.dpa_document_id == attachment
    assert ended.data_returned_or_deleted_on == date(2026, 5, 20)


def test_transfer_documents_and_scc_module_suggestion(service: RegisterService) -> None:
    pid = service.save_processor(_vendor(countries=["IN"]))
    assert service.suggested_scc_module(pid) == 2
    tid = service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=pid,
            destination_country="IN",
            legal_ground=LegalGround.SCC,
            scc_module="2",
            tia_on=date(2025, 1, 1),
            tia_outcome="acceptable",
        )
    )
    service.attach_scc(tid, "scc.pdf", PDF)
    service.attach_tia(tid, "tia.png", b"\x89PNG\r\n\x1a\n....")
    saved = service.get_transfer(tid)
    assert saved.importer_name == "Courriel Mistral SAS" and saved.tia_outcome == "acceptable"
    assert saved.scc_document_id is not None and saved.tia_document_id is not None


def test_policy_starters_and_activities_are_added_once(
    service: RegisterService, store: Store
) -> None:
    OfficeSettingsService(store, "coordinator").save(OfficeSettings(request_retention_months=48))
    english = replace(profile_from_privacy_policy(), default_language="en")
    OrganisationService(store, "coordinator").save(english)  # French wording: its own test
    assert service.add_policy_starters() == 9  # 8 entries, 1 transfer (the request office)
    assert service.add_policy_starters() == 0
    assert service.add_policy_activities() == 11
    assert service.add_policy_activities() == 0
    processors = service.list_processors()
    klarna = next(p for p in processors if p.starter_key == "klarna")
    assert klarna.legal_name == "Klarna Bank AB (publ)" and klarna.country_code == "SE"
    assert klarna.role is ProcessorRole.INDEPENDENT_CONTROLLER and klarna.to_complete
    activities = {a.starter_key: a for a in service.list_activities()}
    requests = activities["privacy_requests"]
    assert requests.legal_basis == "legal_obligation" and "48 months" in requests.retention
    assert activities["orders_payment"].recipient_ids  # linked to the platform and Klarna
    names = {a.name for a in activities.values()}
    assert {"Orders and payment", "Product reviews", "Handling privacy requests"} <= names


def test_data_map_puts_each_record_in_its_zone(service: RegisterService) -> None:
    service.add_policy_starters()  # France by default, Klarna in Sweden, requests in the US
    us = service.save_processor(_vendor(legal_name="Northbeam Inc.", countries=["US"]))
    service.save_processor(_vendor(legal_name="Orbit Pvt Ltd", countries=["IN"]))
    service.save_processor(_vendor(legal_name="Helvetia AG", countries=["CH"]))
    service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=us,
            destination_country="US",
            legal_ground=LegalGround.ADEQUACY,
            importer_dpf_certified=True,
        )
    )
    data_map = service.data_map()
    assert [c.zone for c in data_map.cells] == list(Zone)
    assert data_map.cell(Zone.EEA).countries == ("SE",)
    adequate = data_map.cell(Zone.ADEQUATE)
    assert adequate.countries == ("CH", "US") and adequate.transfers == 1
    # The request office in Los Angeles: a starter under clauses, not DPF-certified.
    assert data_map.cell(Zone.THIRD_COUNTRY).countries == ("IN", "US")
    link = next(link for link in adequate.links if link.record_type == "transfer")
    assert link.label == "Northbeam Inc." and link.country_code == "US"


def test_the_office_copy_of_the_catalogue_wins(isolated_env: Path) -> None:
    assert load_adequacy_catalogue().decision_for("US") is not None
    folder = isolated_env / "adequacy"
    folder.mkdir(parents=True)
    (folder / "decisions.json").write_text(
        json.dumps({"last_checked": "2027-01-02", "decisions": []}), encoding="utf-8"
    )
    office = load_adequacy_catalogue()
    assert office.last_checked == date(2027, 1, 2) and office.decision_for("US") is None


def test_delete_clears_the_links(service: RegisterService, store: Store) -> None:
    pid = service.save_processor(_vendor(countries=["IN"]))
    sub = service.save_processor(_vendor(legal_name="Sub SAS", parent_id=pid))
    tid = service.save_transfer(
        TransferRecord(
            exporter="Alba Nera",
            importer_id=pid,
            destination_country="IN",
            legal_ground=LegalGround.SCC,
            scc_module="2",
        )
    )
    aid = service.save_activity(
        ActivityRecord(
            name="Chat",
            purposes=["answer"],
            legal_basis="contract",
            recipient_ids=[pid, sub],
            transfer_ids=[tid],
        )
    )
    service.delete("processor", pid)
    assert service.get_activity(aid).recipient_ids == [sub]
    assert service.get_processor(sub).parent_id is None
    assert service.get_transfer(tid).importer_id is None
    service.delete("transfer", tid)
    assert service.get_activity(aid).transfer_ids == []
    service.delete("activity", aid)
    assert service.list_activities() == []
    deleted = AuditTrail(store).page(AuditFilter(record_type="processor"))[0]
    assert deleted.action.value == "delete" and deleted.record_id == str(pid)


def test_adequacy_condition_says_what_to_ask() -> None:
    from albanera_desk.services.register.adequacy import adequacy_condition

    assert adequacy_condition("US") == "dpf_certified"
    assert adequacy_condition("CA") == "commercial"
    assert adequacy_condition("JP") == ""
    assert adequacy_condition("IN") == "none"
