"""The anchor over a store's life: made at upgrade, kept through key changes (interrupted
ones too), copied into backups; and the other findings ``check`` adds for the trail."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.audit_chain import anchor_key, anchor_mac
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import AuditAction
from albanera_desk.services import audit
from albanera_desk.services.backup import list_backups, make_backup, verify_backup
from albanera_desk.services.health import check_store
from albanera_desk.services.key_management import change_key
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.settings import app_paths
from albanera_desk.store import migrations
from albanera_desk.store.engine import build_engine, create_store_file
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store
from tests.audit.conftest import sqlcipher_tool, tamper
from tests.conftest import STRONG_PASSPHRASE


def _finding(store: Store, name: str, backup_dir: Path | None = None) -> tuple[bool, str]:
    (found,) = [f for f in check_store(store, backup_dir).findings if f.name == name]
    return found.ok, found.detail


def test_an_existing_trail_is_anchored_at_the_upgrade_and_then_guarded(
    store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    key = StoreKey.generate_raw()
    keys.put(store_path, key)
    create_store_file(store_path)
    engine = build_engine(store_path, key)
    migrations.upgrade(engine, "0007")
    old = Store(store_path, engine, key)
    for n in range(4):
        with old.writer.begin() as session:
            audit.append(
                session, actor="t", action=AuditAction.UPDATE, record_type="store", fields=[f"f{n}"]
            )
    engine.dispose()

    store = open_store(store_path, keys, backup_dir=tmp_path / "upgrades")
    try:
        assert (
            store.schema_revision() == "0008"
            or store.schema_revision() == migrations.head_revision()
        )
        with store.engine.connect() as conn:
            events, head = conn.exec_driver_sql("SELECT events, head FROM audit_anchor").one()
            last = conn.exec_driver_sql("SELECT hash FROM audit_event WHERE seq = 4").scalar()
        assert (events, head) == (5, head) and events == 5  # 4 events, then the upgrade's own
        assert last != head
        report = check_store(store)
        assert report.ok, report.lines()
    finally:
        store.close()
    tamper(store_path, key, "DELETE FROM audit_event WHERE seq = 5")
    store = open_store(store_path, keys)
    try:
        assert check_store(store).chain.first_bad_event == 5
    finally:
        store.close()


def test_check_is_green_after_key_changes_both_ways(
    store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    store = create_store(store_path, keys)
    OrganisationService(store, "t").save(profile_from_privacy_policy())
    key = store.key
    store.close()
    backups = tmp_path / "backups"
    new = change_key(store_path, key, STRONG_PASSPHRASE, keys, backups)
    reopened = open_store(store_path, keys, STRONG_PASSPHRASE)
    try:
        assert check_store(reopened).ok, check_store(reopened).lines()
    finally:
        reopened.close()
    back = change_key(store_path, new, None, keys, backups)
    reopened = open_store(store_path, keys)
    try:
        assert reopened.key == back
        assert check_store(reopened).ok
        OrganisationService(reopened, "t").save(profile_from_privacy_policy())
        assert check_store(reopened).ok
    finally:
        reopened.close()
    made = list_backups(backups, store_path)
    assert len(made) == 4  # before and after each change
    for backup in made:  # each keeps the key it was made with
        assert any(verify_backup(backup, k).ok for k in (key, new, back))


def test_a_key_change_interrupted_at_any_step_leaves_the_anchor_verifiable(
    store_path: Path, keys: KeyringKeys
) -> None:
    store = create_store(store_path, keys)
    old = store.key
    new = StoreKey.passphrase(STRONG_PASSPHRASE)
    with store.writer.begin() as session:
        audit.sign_anchor_for_next_key(session, new)
    assert check_store(store).ok  # killed before the rekey: the old key's MAC holds
    store.close()
    engine = build_engine(store_path, old, pool_size=1)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(f"PRAGMA rekey = {new.pragma_literal()}")
    engine.dispose()
    store = Store.open(store_path, new)
    try:
        assert check_store(store).ok  # killed after the rekey: the new key's MAC holds
        OrganisationService(store, "t").save(profile_from_privacy_policy())
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT next_mac FROM audit_anchor").scalar() is None
        assert check_store(store).ok
    finally:
        store.close()


def test_an_anchor_signed_with_another_key_is_reported(store_path: Path, keys: KeyringKeys) -> None:
    store = create_store(store_path, keys)
    with store.engine.connect() as conn:
        salt, events, head = conn.exec_driver_sql(
            "SELECT salt, events, head FROM audit_anchor"
        ).one()
    forged = anchor_mac(anchor_key(StoreKey.generate_raw().secret), salt, events, head)
    tamper(store_path, store.key, f"UPDATE audit_anchor SET mac = '{forged}'")
    assert "signature does not match" in check_store(store).chain.describe()
    store.close()


def test_check_reports_a_missing_or_incomplete_search_index(
    store_path: Path, keys: KeyringKeys
) -> None:
    store = create_store(store_path, keys)
    try:
        assert _finding(store, "search index")[0]
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO person (id, reference, first_name, last_name, notes, created_at, "
                "updated_at) VALUES (7, 'P-000007', 'Ana', 'Lopes', '', "
                "'2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')"
            )
        ok, detail = _finding(store, "search index")
        assert not ok and "holds 0 entries for 1 people" in detail
        with sqlcipher_tool(store_path, store.key) as conn:
            conn.execute("DROP TABLE person_search")
        ok, detail = _finding(store, "search index")
        assert not ok and "missing" in detail and "person_search" in detail
    finally:
        store.close()


def test_check_reports_the_backup_age(
    store_path: Path,
    keys: KeyringKeys,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = app_paths().backup_dir
    store = create_store(store_path, keys)
    try:
        assert _finding(store, "backup age", folder) == (True, "no backup yet")
        made = make_backup(store, folder)
        assert _finding(store, "backup age", folder) == (
            True,
            "the newest backup is less than an hour old",
        )
        assert _finding(store, "trail against the newest backup", folder)[0]
        ten_days_ago = time.time() - 10 * 24 * 3600
        os.utime(made, (ten_days_ago, ten_days_ago))
        assert _finding(store, "backup age", folder) == (False, "the newest backup is 10 days old")
    finally:
        store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    assert "FAIL backup age: the newest backup is 10 days old" in capsys.readouterr().out


def test_a_rekey_through_the_audit_service_keeps_the_anchor(
    store_path: Path, keys: KeyringKeys
) -> None:
    store = create_store(store_path, keys)
    OrganisationService(store, "t").save(profile_from_privacy_policy())
    old = store.key
    store.close()
    new = StoreKey.generate_raw()
    audit.rekey_keeping_anchor(store_path, old, new)
    reopened = Store.open(store_path, new)
    try:
        assert check_store(reopened).ok, check_store(reopened).lines()
    finally:
        reopened.close()


def test_a_rewritten_anchor_stays_reported_after_a_key_change(
    store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    """A key change signs only a sound anchor: it never launders a rewritten one."""
    store = create_store(store_path, keys)
    profile = profile_from_privacy_policy()
    for city in ("Lyon", "Lille", "Nantes"):
        profile.city = city
        OrganisationService(store, "t").save(profile)
    key = store.key
    store.close()
    tamper(
        store_path,
        key,
        "DELETE FROM audit_event WHERE seq = 4",
        "UPDATE audit_anchor SET events = 3, head = (SELECT hash FROM audit_event WHERE seq = 3)",
    )
    new = change_key(store_path, key, STRONG_PASSPHRASE, keys, tmp_path / "backups")
    reopened = Store.open(store_path, new)
    try:
        report = check_store(reopened)
        assert not report.ok
        assert report.chain.anchor_problem is not None
        assert "signature does not match" in report.chain.anchor_problem
    finally:
        reopened.close()
