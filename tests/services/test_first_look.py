"""The window's first look at a store, by SQLCipher alone: which key reads it, and the People
list's first page, the same rows the desk reads once the store is open."""

from __future__ import annotations

from pathlib import Path

from albanera_desk.domain.keys import KeyKind
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.desk import Desk
from albanera_desk.services.first_look import first_look
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.store.keys import KeyringKeys
from tests.conftest import STRONG_PASSPHRASE


def _audit_length(path: Path, keys: KeyringKeys, passphrase: str | None) -> int:
    store = open_store(path, keys, passphrase)
    try:
        with store.engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT count(*) FROM audit_event").scalar_one())
    finally:
        store.close()


def test_a_keyring_store_is_read_with_its_key(store_path: Path, keys: KeyringKeys) -> None:
    create_store(store_path, keys).close()
    look = first_look(store_path, keys, None)
    assert look is not None and look.key_kind is KeyKind.RAW and look.people is None


def test_a_passphrase_store_right_and_wrong(store_path: Path, keys: KeyringKeys) -> None:
    create_store(store_path, keys, STRONG_PASSPHRASE).close()
    look = first_look(store_path, keys, STRONG_PASSPHRASE)
    assert look is not None and look.key_kind is KeyKind.PASSPHRASE
    assert first_look(store_path, keys, STRONG_PASSPHRASE + "!") is None
    assert first_look(store_path, keys, None) is None  # no key at all: open_store says why


def test_the_first_rows_are_the_desks_own_and_nothing_is_written(
    store_path: Path, keys: KeyringKeys
) -> None:
    desk = Desk.for_store(create_store(store_path, keys, STRONG_PASSPHRASE), actor="coordinator")
    for first, last in (("Łucja", "Ștefănescu"), ("Anne", "Durand"), ("Zoé", "Martin")):
        desk.people.create(PersonDraft(first_name=first, last_name=last))
    expected = desk.people.rows(0, 2)
    desk.close()
    before = _audit_length(store_path, keys, STRONG_PASSPHRASE)
    look = first_look(store_path, keys, STRONG_PASSPHRASE, people_page=2)
    assert look is not None and look.people == expected
    assert look.people[0].display_name.startswith("Anne")
    assert _audit_length(store_path, keys, STRONG_PASSPHRASE) == before


def test_a_file_that_is_not_a_store_is_no_look(tmp_path: Path, keys: KeyringKeys) -> None:
    other = tmp_path / "notes.db"
    other.write_bytes(b"not a database at all" * 100)
    assert first_look(other, keys, STRONG_PASSPHRASE) is None
