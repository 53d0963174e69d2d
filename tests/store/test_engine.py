"""The engine: every pooled connection keyed and tuned, usable from another thread, and what
SQLite says turned into one known error."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool, SingletonThreadPool

from albanera_desk.domain.errors import (
    StoreLocked,
    StoreNotFound,
    StoreWriteFailed,
    WrongKeyOrNotAStore,
)
from albanera_desk.domain.records import AuditAction
from albanera_desk.services import audit
from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.opening import create_store
from albanera_desk.store.engine import POOL_SIZE, build_engine, translate_dbapi_error
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "cache_size": -65536,  # 64 MiB
    "temp_store": 2,  # MEMORY: no temporary file holds plaintext
    "secure_delete": 1,
    "busy_timeout": 5000,
    "cipher_log_level": "NONE",
}


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def test_the_pool_is_a_queue_pool_of_four(store: Store) -> None:
    pool = store.engine.pool
    assert isinstance(pool, QueuePool)
    assert not isinstance(pool, SingletonThreadPool)
    assert pool.size() == POOL_SIZE == 4


def test_every_fresh_connection_is_keyed_and_tuned(store: Store) -> None:
    store.engine.dispose()  # nothing pooled: each checkout below is a new connection
    connections = [store.engine.connect() for _ in range(POOL_SIZE)]
    try:
        raw_ids = {id(c.connection.dbapi_connection) for c in connections}
        assert len(raw_ids) == POOL_SIZE
        for conn in connections:
            seen = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS
            }
            assert seen == EXPECTED_PRAGMAS
    finally:
        for conn in connections:
            conn.close()


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"), store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO postal_address (person_id, label, recipient, lines, postcode, city, "
            "region, country_code, is_primary) VALUES (999, '', '', '[]', '', '', '', 'FR', 0)"
        )


def test_another_thread_gets_its_own_working_connection(store: Store) -> None:
    main_conn = store.engine.connect()
    results: list[object] = []
    failures: list[BaseException] = []

    def worker() -> None:
        try:
            with store.engine.connect() as conn:
                results.append(id(conn.connection.dbapi_connection))
                results.append(conn.exec_driver_sql("PRAGMA foreign_keys").scalar())
            with store.session_factory.begin() as session:
                audit.append(session, actor="worker", action=AuditAction.VIEW, record_type="t")
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread below
            failures.append(exc)

    try:
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(timeout=30)
        assert not thread.is_alive()
        assert failures == []
        assert results[0] != id(main_conn.connection.dbapi_connection)
        assert results[1] == 1
        count = main_conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar()
    finally:
        main_conn.close()
    assert count == 2  # the store's creation, and the worker's event
    assert AuditTrail(store).verify().intact


def test_two_threads_writing_at_once_both_succeed(store: Store) -> None:
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with store.writer.begin() as session:
                start.wait()
                audit.append(session, actor=f"w{n}", action=AuditAction.VIEW, record_type="t")
                time.sleep(0.2)  # the other writer is now waiting for the lock
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread below
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    if failures:
        raise failures[0]
    assert AuditTrail(store).count() == 3


def test_build_engine_on_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    with pytest.raises(StoreNotFound):
        build_engine(missing, StoreKey.generate_raw())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("sqlite_says", "kind", "words"),
    [
        ("file is not a database", WrongKeyOrNotAStore, "key is wrong"),
        ("database disk image is malformed", WrongKeyOrNotAStore, "damaged"),
        ("database is locked", StoreLocked, "busy"),
        ("database or disk is full", StoreWriteFailed, "full"),
        ("attempt to write a readonly database", StoreWriteFailed, "read-only"),
        ("unable to open database file", StoreNotFound, "missing"),
        ("disk I/O error", StoreWriteFailed, "reported an error"),
    ],
)
def test_what_sqlite_says_becomes_one_known_sentence(
    sqlite_says: str, kind: type[Exception], words: str
) -> None:
    path = Path("/somewhere/office.db")
    error = translate_dbapi_error(Exception(sqlite_says), path)
    assert isinstance(error, kind)
    text = str(error)
    assert words in text and "office.db" in text and text.endswith(".")
    assert error.path == path  # type: ignore[attr-defined]


def test_an_unknown_failure_stays_a_bug() -> None:
    assert translate_dbapi_error(Exception("no such table: person"), Path("x.db")) is None
