"""The store as the issue asks: create, reopen, passphrase fallback, wrong key, foreign files,
newer schema refused, older schema backed up then upgraded, audit chain tamper detection."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.pool import QueuePool

from albanera_desk.cli import main
from albanera_desk.domain.errors import (
    KeyringUnavailable,
    KeyUnavailable,
    StoreNotFound,
    StoreTooNew,
    WeakPassphrase,
    WrongKeyOrNotAStore,
)
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.store import migrations
from albanera_desk.store.engine import build_engine, create_store_file
from albanera_desk.store.keys import SERVICE, KeyringKeys, StoreKey
from albanera_desk.store.models import Base
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import MemoryKeyring

MARKER = "Zébulon-Ørsted-Przybył"


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def test_new_store_is_encrypted_private_and_keyed_from_the_keyring(
    store: Store, store_path: Path, test_keyring: MemoryKeyring
) -> None:
    profile = profile_from_privacy_policy()
    profile.controller_name = MARKER
    OrganisationService(store, "tester").save(profile)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    key = test_keyring.entries[(SERVICE, f"store:{store.store_id}")]
    assert len(key) == 64 and int(key, 16) >= 0
    for suffix in ("", "-wal", "-shm"):
        companion = Path(f"{store_path}{suffix}")
        if companion.exists():
            assert companion.stat().st_mode & 0o777 == 0o600, suffix
            assert MARKER.encode() not in companion.read_bytes()
    assert not store_path.read_bytes().startswith(b"SQLite format 3\x00")
    plain = sqlite3.connect(store_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_reopen_with_the_keyring_key_without_asking(store: Store, store_path: Path) -> None:
    OrganisationService(store, "tester").save(profile_from_privacy_policy())
    store.close()
    again = open_store(store_path, KeyringKeys())
    try:
        assert OrganisationService(again, "tester").get() == profile_from_privacy_policy()
    finally:
        again.close()


def test_connection_is_tuned_and_pooled(store: Store) -> None:
    assert isinstance(store.engine.pool, QueuePool)
    with store.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "cache_size",
                "temp_store",
                "secure_delete",
                "cipher_log_level",
            )
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "cache_size": -65536,
        "temp_store": 2,
        "secure_delete": 1,
        "cipher_log_level": "NONE",
    }
    seen: list[object] = []

    def other_thread() -> None:
        with store.engine.connect() as conn:
            seen.append(conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar())

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert seen == [1]


@pytest.mark.usefixtures("no_keyring")
def test_without_keyring_a_passphrase_is_required_and_checked(store_path: Path) -> None:
    keys = KeyringKeys()
    assert not keys.status().available
    with pytest.raises(KeyringUnavailable):
        create_store(store_path, keys)
    with pytest.raises(WeakPassphrase, match="12 characters"):
        create_store(store_path, keys, "short-one")
    with pytest.raises(WeakPassphrase, match="easy to guess"):
        create_store(store_path, keys, "password1234")
    assert not store_path.exists()
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    with pytest.raises(KeyUnavailable):
        open_store(store_path, keys)
    with pytest.raises(WrongKeyOrNotAStore, match="key is wrong"):
        open_store(store_path, keys, STRONG_PASSPHRASE + "x")
    reopened = open_store(store_path, keys, STRONG_PASSPHRASE)
    assert reopened.schema_revision() == migrations.head_revision()
    reopened.close()


def test_plaintext_keyring_backends_are_refused(store_path: Path) -> None:
    class Plaintext(MemoryKeyring):
        pass

    Plaintext.__module__ = "keyrings.alt.file"
    backend = Plaintext()
    keys = KeyringKeys(backend)
    assert not keys.status().available
    with pytest.raises(KeyringUnavailable):
        create_store(store_path, keys)
    assert backend.entries == {}
    assert "secret=<hidden>" in repr(StoreKey.generate_raw())


def test_wrong_raw_key_and_foreign_files_get_one_sentence(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    store.close()
    with pytest.raises(WrongKeyOrNotAStore) as wrong:
        Store.open(store_path, StoreKey.generate_raw())
    assert "Traceback" not in str(wrong.value)

    text = tmp_path / "letter.txt"
    text.write_text("Chère Madame, je souhaite accéder à mes données.\n" * 40)
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 64)
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for path in (text, noise, plain):
        with pytest.raises(WrongKeyOrNotAStore, match="not an Alba Nera Desk store"):
            Store.open(path, StoreKey.generate_raw())
    with pytest.raises(StoreNotFound):
        open_store(tmp_path / "missing.db", KeyringKeys())


def test_an_encrypted_database_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    key = StoreKey.generate_raw()
    create_store_file(path)
    engine = build_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    engine.dispose()
    with pytest.raises(WrongKeyOrNotAStore, match="not an Alba Nera Desk store"):
        Store.open(path, key)


def test_models_and_revisions_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_newer_schema_is_refused_and_the_file_left_alone(store: Store, store_path: Path) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    store.close()  # the last connection to close checkpoints the WAL into the file
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    with pytest.raises(StoreTooNew, match="newer version"):
        open_store(store_path, KeyringKeys())
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before


def test_older_store_is_backed_up_then_upgraded_through_every_revision(
    store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    first = migrations.revisions_oldest_first()[0]
    key = StoreKey.generate_raw()
    keys.put(store_path, key)
    create_store_file(store_path)
    engine = build_engine(store_path, key)
    migrations.upgrade(engine, first)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, controller_name, contact_role, address_lines, "
            "postcode, city, region, country_code, contact_email, phone, dpo_contact, "
            "signatory_name, signatory_title, ccpa_applies, default_language, created_at, "
            "updated_at) VALUES (1, 'Alba Nera', '', '[]', '75003', 'Paris', '', 'FR', '', "
            "'', '', 'Claire Martin', '', 0, 'fr', '2026-01-05T09:00:00+00:00', "
            "'2026-01-05T09:00:00+00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO person (id, reference, first_name, last_name, notes, created_at, "
            "updated_at) VALUES (7, 'P-000007', 'Élodie', 'Martin', '', "
            "'2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO request (id, reference, kinds, channel, received_on, writer_name, "
            "writer_address, writer_country, summary, person_id, status, regimes, extended, "
            "due_rule, identity_method, identity_result, created_at, updated_at) VALUES "
            "(3, 'R-2026-0003', '[\"access\"]', 'post', '2026-01-05', 'Élodie Martin', '[]', "
            "'FR', '', 7, 'received', '[\"gdpr\"]', 0, '', '', '', "
            "'2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO processor (id, legal_name, address, country_code, contact, "
            "dpo_contact, role, service, purposes, data_categories, people_categories, "
            "countries, retention, security_measures, status, to_complete, art28_terms, "
            "created_at, updated_at) VALUES (2, 'Klarna Bank AB (publ)', '[]', 'SE', '', '', "
            "'independent_controller', '', '[]', '[]', '[]', '[\"SE\"]', '', '', 'active', 1, "
            "'[]', '2026-01-05T09:00:00+00:00', '2026-01-05T09:00:00+00:00')"
        )
    engine.dispose()

    backups = tmp_path / "backups"
    store = open_store(store_path, keys, backup_dir=backups)
    try:
        assert store.schema_revision() == migrations.head_revision()
        assert store.migration is not None and store.migration.from_revision == first
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT city FROM organisation").scalar() == "Paris"
            assert conn.exec_driver_sql("SELECT first_name FROM person").scalar() == "Élodie"
            assert conn.exec_driver_sql("SELECT reference FROM request").scalar() == ("R-2026-0003")
            assert conn.exec_driver_sql("SELECT country_code FROM processor").scalar() == "SE"
            actions = [r[0] for r in conn.exec_driver_sql("SELECT action FROM audit_event")]
        assert actions == ["migrate"]
        assert check_store(store).ok
    finally:
        store.close()

    (backup,) = list(backups.iterdir())
    assert f"before-upgrade-from-{first}" in backup.name
    assert backup.stat().st_mode & 0o777 == 0o600
    engine = build_engine(backup, key)
    with engine.connect() as conn:
        assert migrations.schema_state(conn).current == first
        assert conn.exec_driver_sql("SELECT last_name FROM person").scalar() == "Martin"
    engine.dispose()


def test_audit_trail_refuses_edits_and_check_names_the_tampered_event(
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    service = OrganisationService(store, "tester")
    profile = profile_from_privacy_policy()
    service.save(profile)
    profile.city = "Paris"
    service.save(profile)
    assert check_store(store).ok
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET actor = 'x' WHERE seq = 2")

    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        conn.exec_driver_sql("UPDATE audit_event SET fields = '[\"phone\"]' WHERE seq = 2")
    report = check_store(store)
    assert not report.ok
    assert report.chain.breaks[0].seq == 2
    store.close()

    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "broken at event 2" in out
    assert "PROBLEMS FOUND" in out


def test_deleted_and_forged_events_are_detected(store: Store) -> None:
    service = OrganisationService(store, "tester")
    profile = profile_from_privacy_policy()
    for city in ("Lyon", "Lille", "Nantes"):
        profile.city = city
        service.save(profile)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        conn.exec_driver_sql("DELETE FROM audit_event WHERE seq = 3")
    report = check_store(store).chain
    assert [b.seq for b in report.breaks] == [4, 4]  # a gap, and a broken link
    with store.engine.begin() as conn:
        for trigger in ("audit_event_append_only", "audit_event_anchor"):  # revision 0008
            conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
        conn.exec_driver_sql(
            "INSERT INTO audit_event (seq, at, actor, action, record_type, record_id, fields, "
            "note, prev_hash, hash) SELECT 3, at, actor, action, record_type, record_id, "
            "fields, note, prev_hash, hash FROM audit_event WHERE seq = 2"
        )
    assert not check_store(store).chain.intact


def test_organisation_audit_names_fields_never_values(store: Store) -> None:
    profile = profile_from_privacy_policy()
    profile.signatory_name = MARKER
    OrganisationService(store, "tester").save(profile)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM audit_event").fetchall()
    assert "signatory_name" in str(rows)
    assert MARKER not in str(rows)


def test_cli_init_and_check_with_a_passphrase(
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    no_keyring: None,
) -> None:
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["init"]) == 2
    err = capsys.readouterr().err
    assert "ALBANERA_DESK_PASSPHRASE" in err and "Traceback" not in err

    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["init"]) == 0
    assert main(["check"]) == 0
    assert capsys.readouterr().out.strip().endswith("healthy")

    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", "Another-Wrong-Phrase-99")
    assert main(["check"]) == 2
    err = capsys.readouterr().err
    assert "key is wrong" in err and len(err.strip().splitlines()) == 1


def test_cli_store_option_beats_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "chosen.db"
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(tmp_path / "ignored.db"))
    assert main(["--store", str(chosen), "init"]) == 0
    assert chosen.exists() and not (tmp_path / "ignored.db").exists()
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("hello " * 500)
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["--store", str(not_a_store), "check"]) == 2
    assert "not an Alba Nera Desk store" in capsys.readouterr().err
    with pytest.raises(SystemExit) as version:
        main(["--version"])
    assert version.value.code == 0
