"""A passphrase store derives its key once per open: every other connection uses the raw key."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from albanera_desk.domain.errors import WrongKeyOrNotAStore
from albanera_desk.services.desk import Desk
from albanera_desk.services.health import BackgroundCheck
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.store import key_derivation
from albanera_desk.store.keys import KeyKind, KeyringKeys, StoreKey
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE


class Derivations:
    """Counts the key derivations: ours (PBKDF2 in Python) and SQLCipher's (a connection
    keyed with the passphrase itself makes SQLCipher run its own)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.python = 0
        self.by_sqlcipher = 0
        real_kdf = hashlib.pbkdf2_hmac
        real_literal = StoreKey.connection_literal

        def kdf(*args: object, **kwargs: object) -> bytes:
            self.python += 1
            return real_kdf(*args, **kwargs)  # type: ignore[arg-type]

        def literal(key: StoreKey, salt: bytes | None) -> str:
            text = real_literal(key, salt)
            if key.kind is KeyKind.PASSPHRASE and text == key.pragma_literal():
                self.by_sqlcipher += 1
            return text

        monkeypatch.setattr(key_derivation.hashlib, "pbkdf2_hmac", kdf)
        monkeypatch.setattr(StoreKey, "connection_literal", literal)

    @property
    def total(self) -> int:
        return self.python + self.by_sqlcipher


def test_opening_a_passphrase_store_derives_its_key_once(
    store_path: Path, keys: KeyringKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    counted = Derivations(monkeypatch)
    store = open_store(store_path, keys, STRONG_PASSPHRASE)
    desk = Desk.for_store(store, actor="coordinator")
    try:
        # What the window does next: the start-up check on its own engine, while reads
        # on other threads open more pooled connections.
        check = BackgroundCheck(store)
        readers = [threading.Thread(target=desk.people.anyone) for _ in range(3)]
        with store.engine.connect() as held:  # one connection busy: the next ones are new
            for reader in readers:
                reader.start()
            report = check.run()
            for reader in readers:
                reader.join()
            held.exec_driver_sql("SELECT count(*) FROM person").scalar()
        assert report.ok
        assert store.engine.pool.checkedin() >= 2  # several connections were made
    finally:
        desk.close()
    assert (counted.python, counted.by_sqlcipher) == (1, 0)


def test_a_store_made_with_a_derived_key_is_what_sqlcipher_makes_from_the_passphrase(
    store_path: Path, keys: KeyringKeys
) -> None:
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    conn = dbapi2.connect(str(store_path))  # SQLCipher alone, its own key derivation
    try:
        conn.execute(f"PRAGMA key = {StoreKey.passphrase(STRONG_PASSPHRASE).pragma_literal()}")
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_file_sqlcipher_keyed_with_the_passphrase_opens_with_the_derived_key(
    tmp_path: Path,
) -> None:
    made_by_sqlcipher = tmp_path / "made.db"
    conn = dbapi2.connect(str(made_by_sqlcipher))
    conn.execute(f"PRAGMA key = {StoreKey.passphrase(STRONG_PASSPHRASE).pragma_literal()}")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (42)")
    conn.commit()
    conn.close()
    key = StoreKey.passphrase(STRONG_PASSPHRASE).derived_for(made_by_sqlcipher.read_bytes()[:16])
    raw = dbapi2.connect(str(made_by_sqlcipher))
    try:
        raw.execute(f"PRAGMA key = {key.connection_literal(made_by_sqlcipher.read_bytes()[:16])}")
        assert raw.execute("SELECT x FROM t").fetchone()[0] == 42
    finally:
        raw.close()


def test_a_wrong_passphrase_is_still_one_clear_sentence(
    store_path: Path, keys: KeyringKeys
) -> None:
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    with pytest.raises(WrongKeyOrNotAStore, match="key is wrong"):
        Store.open(store_path, StoreKey.passphrase("Not-the-right-passphrase-42"))


def test_the_first_look_and_the_open_share_one_derivation_then_forget_it(
    store_path: Path, keys: KeyringKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's first look at the store (SQLCipher alone) and the open that follows
    derive the passphrase's key once between them; nothing of it is kept after the open."""
    from albanera_desk.services.first_look import first_look

    monkeypatch.setattr(key_derivation, "_ahead", {})  # nothing kept by earlier tests
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    counted = Derivations(monkeypatch)
    assert first_look(store_path, keys, STRONG_PASSPHRASE + "!") is None  # kept: nothing
    assert not key_derivation._ahead
    assert first_look(store_path, keys, STRONG_PASSPHRASE) is not None
    store = open_store(store_path, keys, STRONG_PASSPHRASE)
    store.close()
    assert counted.total == 2  # the wrong passphrase's, then the right one's, once
    assert not key_derivation._ahead  # the kept derivation was taken by the open
