"""Revision 0004 on a store that already holds register rows at 0003."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from albanera_desk.domain.records import LegalGround
from albanera_desk.services.opening import open_store
from albanera_desk.services.register.service import RegisterService
from albanera_desk.store import migrations
from albanera_desk.store.keys import KeyringKeys, StoreKey
from tests.store.support import engine_at


def test_upgrade_from_0003_keeps_the_rows(tmp_path: Path, keys: KeyringKeys) -> None:
    path = tmp_path / "old.db"
    key = StoreKey.generate_raw()
    keys.put(path.absolute(), key)
    with engine_at(path, key, "0003") as engine, engine.begin() as conn:
        stamp = "2025-01-01T00:00:00.000000+00:00"
        conn.execute(
            text(
                "INSERT INTO processor (id, legal_name, address, country_code, contact, "
                "dpo_contact, role, service, purposes, data_categories, people_categories, "
                "countries, retention, security_measures, status, to_complete, art28_terms, "
                "created_at, updated_at) VALUES (1, 'Colis Rapide SAS', '[]', 'FR', '', '', "
                "'processor', '', '[]', '[\"contact\"]', '[]', '[\"FR\"]', '', '', 'active', 0, "
                "'[\"audits\"]', :t, :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO processing_activity (id, name, purposes, legal_basis, "
                "data_categories, people_categories, recipient_ids, retention, "
                "security_measures, created_at, updated_at) VALUES (1, 'Orders', '[\"x\"]', "
                "'contract', '[]', '[]', '[1]', '', '', :t, :t)"
            ),
            {"t": stamp},
        )
        conn.execute(
            text(
                "INSERT INTO transfer (id, exporter, importer_id, importer_name, "
                "destination_country, data_categories, legal_ground, scc_module, assessment, "
                "measures, created_at, updated_at) VALUES (1, 'Alba Nera', 1, 'Colis Rapide SAS', "
                "'IN', '[]', 'scc', '2', 'ok', '', :t, :t)"
            ),
            {"t": stamp},
        )
    store = open_store(path, keys, None, backup_dir=tmp_path / "backups")
    try:
        assert store.schema_revision() == migrations.head_revision()  # 0004 and later
        service = RegisterService(store, "coordinator")
        [processor] = service.list_processors()
        assert processor.legal_name == "Colis Rapide SAS" and processor.art28_terms == ["audits"]
        assert processor.starter_key == ""
        [activity] = service.list_activities()
        assert activity.recipient_ids == [1] and activity.transfer_ids == []
        assert not activity.to_complete
        [transfer] = service.list_transfers()
        assert transfer.legal_ground is LegalGround.SCC and transfer.tia_outcome == "ok"
        assert transfer.importer_dpf_certified is None and transfer.purpose == ""
    finally:
        store.close()
