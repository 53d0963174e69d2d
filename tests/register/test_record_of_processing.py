"""The register items of issue 9: the request office as a starter with its transfer, the
record of processing's controller block, dates and flags in every format (read back by
csv, openpyxl and pypdf), and ``register check`` on activities."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from albanera_desk.cli import main
from albanera_desk.domain.date_text import table_date
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import LegalGround
from albanera_desk.domain.register_records import ActivityRecord
from albanera_desk.services.opening import open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.register_health import check_register
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store
from tests.register.conftest import TODAY
from tests.store.support import engine_at

ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
LA = "670 S. La Fayette Park Place"


def _profile(store: Store) -> None:
    profile = replace(
        profile_from_privacy_policy(),
        address_lines=["12 rue de Turenne"],
        postcode="75003",
        city="Paris",
        country_code="FR",
        dpo_contact="dpo@albanera.example",
        legal_form="SAS",
    )
    OrganisationService(store, "coordinator").save(profile)


def _activity(service: RegisterService, **changes: object) -> int:
    record = ActivityRecord(
        name="Dossiers médicaux des ateliers",
        purposes=["Adapter les montures aux prescriptions"],
        legal_basis="consent",
        data_categories=["contact"],
        retention="3 ans après la dernière visite",
        security_measures="Armoire fermée à clé",
        sensitive_data=True,
        internal_recipients=["Opticiens de l'atelier", "Service client"],
    )
    for name, value in changes.items():
        setattr(record, name, value)
    return service.save_activity(record)


def test_the_request_office_is_a_starter_with_its_transfer_and_ground(
    store: Store, service: RegisterService, tmp_path: Path
) -> None:
    service.add_policy_starters()
    service.add_policy_activities()
    office = next(p for p in service.list_processors() if p.starter_key == "request_office")
    assert office.address == [LA, "Los Angeles, CA 90057"] and office.country_code == "US"
    assert office.to_complete  # the office confirms who they are and on what terms
    [flow] = [t for t in service.list_transfers() if t.starter_key]
    assert flow.importer_id == office.id and flow.destination_country == "US"
    assert (flow.legal_ground, flow.scc_module, flow.to_complete) == (LegalGround.SCC, "2", True)
    requests = next(a for a in service.list_activities() if a.starter_key == "privacy_requests")
    assert office.id in requests.recipient_ids and flow.id in requests.transfer_ids

    service.export("processors", "csv", tmp_path / "p.csv", language="fr")
    entries = list(csv.DictReader(io.StringIO((tmp_path / "p.csv").read_text("utf-8-sig"))))
    [row] = [r for r in entries if LA in r["Adresse"]]
    assert row["Pays"] == "États-Unis" and row["À compléter"] == "oui"
    service.export("transfers", "csv", tmp_path / "t.csv", language="fr")
    flows = list(csv.DictReader(io.StringIO((tmp_path / "t.csv").read_text("utf-8-sig"))))
    [row] = [r for r in flows if r["Importateur"] == office.legal_name]
    assert row["Fondement"].startswith("clauses contractuelles types")
    assert row["À compléter"] == "oui"
    assert "module 2" in row["Précisions"].lower()
    # register check asks the office to confirm the flow (its ground above all).
    codes = [(i.code, i.record_type) for i in check_register(store, TODAY)]
    assert ("to_complete", "transfer") in codes


def test_starters_added_twice_link_the_request_log_once(service: RegisterService) -> None:
    service.add_policy_activities()  # the request log first, the office after
    service.add_policy_starters()
    service.add_policy_starters()
    requests = next(a for a in service.list_activities() if a.starter_key == "privacy_requests")
    assert len(requests.recipient_ids) == 1 and len(requests.transfer_ids) == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_record_of_processing_carries_the_block_dates_and_flags_in_every_format(
    store: Store, service: RegisterService, tmp_path: Path, lang: str
) -> None:
    _profile(store)
    _activity(service)
    today = table_date(date.today())
    fr = lang == "fr"
    controller = "Responsable du traitement" if fr else "Controller"
    dpo = "Délégué à la protection des données" if fr else "Data protection officer"
    agent = "Représentant (art. 27 RGPD)" if fr else "Representative (GDPR art. 27)"
    no_agent = "sans objet" if fr else "not applicable"

    service.export("activities", "csv", tmp_path / "a.csv", language=lang, semicolon=True)
    raw = (tmp_path / "a.csv").read_text("utf-8-sig")
    [row] = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    assert row[controller] == "Alba Nera SAS" and row[dpo] == "dpo@albanera.example"
    assert row[agent].startswith(no_agent)
    assert row["Créée le" if fr else "Created"] == today
    assert row["Mise à jour le" if fr else "Last updated"] == today
    assert row["Données sensibles (art. 9-10)" if fr else "Sensitive data (art. 9-10)"] == (
        "oui" if fr else "yes"
    )
    internal = row["Destinataires internes" if fr else "Internal recipients"]
    assert internal == "Opticiens de l'atelier; Service client"
    assert not ISO.search(raw)

    service.export("activities", "xlsx", tmp_path / "a.xlsx", language=lang)
    book = load_workbook(tmp_path / "a.xlsx")
    cover = {r[0]: r[1] for r in book.worksheets[0].iter_rows(values_only=True)}
    assert cover[controller] == "Alba Nera SAS" and cover[dpo] == "dpo@albanera.example"
    assert str(cover[agent]).startswith(no_agent)
    sheet = book.worksheets[1]
    header, values = (list(r) for r in sheet.iter_rows(values_only=True))
    record = dict(zip(header, values, strict=True))
    assert record["Créée le" if fr else "Created"] == today
    assert record["Destinataires internes" if fr else "Internal recipients"] == internal

    service.export("activities", "pdf", tmp_path / "a.pdf", language=lang)
    said = " ".join(p.extract_text() for p in PdfReader(tmp_path / "a.pdf").pages)
    for words in (controller, "Alba Nera SAS", dpo, "dpo@albanera.example", agent, today):
        assert words in said, words
    assert "Service client" in said and not ISO.search(said)


def test_an_activity_without_the_sensitive_flag_says_no(
    store: Store, service: RegisterService
) -> None:
    _activity(service, sensitive_data=False, internal_recipients=[])
    [row] = service.export_rows("activities", "fr")
    assert row["sensitive_data"] == "non" and row["internal_recipients"] == ""


def test_register_check_reports_activities_missing_retention_or_security(
    store: Store, service: RegisterService, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = _activity(service, name="Fichier salon", retention="", security_measures=" ")
    kept = _activity(service)
    items = check_register(store, TODAY)
    found = {(i.code, i.record_id) for i in items if i.record_type == "activity"}
    assert found == {("activity_no_retention", bare), ("activity_no_security", bare)}
    message = next(i for i in items if i.code == "activity_no_retention")
    assert "Fichier salon" in message.message_fr and "durée de conservation" in message.message_fr
    assert kept not in {rid for _, rid in found}
    store.close()
    assert main(["--store", str(store.path), "register", "check"]) == 1
    out = capsys.readouterr().out
    assert "activity_no_security" in out and "does not describe its security measures" in out


def test_health_dates_are_words_never_iso(store: Store, service: RegisterService) -> None:
    from albanera_desk.domain.register_records import ProcessorRecord

    service.save_processor(ProcessorRecord(legal_name="Colis Rapide", next_review=date(2026, 1, 5)))
    [due] = [i for i in check_register(store, TODAY) if i.code == "review_due"]
    assert "5 janv. 2026" in due.message_fr and "5 Jan 2026" in due.message_en
    assert not ISO.search(due.message_fr + due.message_en)


def test_upgrade_from_0010_gives_the_new_fields_their_defaults(
    tmp_path: Path, keys: KeyringKeys
) -> None:
    path = tmp_path / "old.db"
    key = StoreKey.generate_raw()
    keys.put(path.absolute(), key)
    stamp = "2025-01-01T00:00:00.000000+00:00"
    with engine_at(path, key, "0010") as engine, engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO processing_activity (id, name, purposes, legal_basis, "
                "data_categories, people_categories, recipient_ids, transfer_ids, retention, "
                "security_measures, to_complete, starter_key, created_at, updated_at) VALUES "
                "(1, 'Orders', '[\"x\"]', 'contract', '[]', '[]', '[]', '[]', '', '', 0, '', "
                ":t, :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO transfer (id, exporter, importer_name, destination_country, "
                "data_categories, purpose, onward_transfers, legal_ground, scc_module, "
                "bcr_reference, derogation, derogation_reason, assessment, measures, "
                "created_at, updated_at) VALUES (1, 'Alba Nera', 'Orbit', 'IN', '[]', '', '', "
                "'scc', '2', '', '', '', '', '', :t, :t)"
            ),
            {"t": stamp},
        )
    store = open_store(path, keys)
    try:
        service = RegisterService(store, "coordinator")
        [activity] = service.list_activities()
        assert not activity.sensitive_data and activity.internal_recipients == []
        assert activity.created_on == date(2025, 1, 1)
        [transfer] = service.list_transfers()
        assert not transfer.to_complete and transfer.starter_key == ""
    finally:
        store.close()
