"""A store is its id, not its path: keys, backups and retention follow the id wherever the
file goes, and `init` never takes another store's keyring entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.errors import KeyringEntryExists, StoreError
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.backup import list_backups, make_backup
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.engine import connect_raw
from albanera_desk.store.identity import STORE_ID_KEY
from albanera_desk.store.keys import SERVICE, KeyringKeys, StoreKey
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import MemoryKeyring


def _person(path: Path, name: str) -> str:
    store = open_store(path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        PeopleService(store, "t").create(PersonDraft(first_name=name, last_name="Test"))
        return store.store_id
    finally:
        store.close()


def _names(path: Path, passphrase: str | None = None) -> list[str]:
    store = open_store(path, KeyringKeys(), passphrase)
    try:
        with store.engine.connect() as conn:
            return list(conn.exec_driver_sql("SELECT first_name FROM person").scalars())
    finally:
        store.close()


def test_init_at_the_same_path_never_touches_the_key_of_the_store_moved_aside(
    store_path: Path, keys: KeyringKeys, test_keyring: MemoryKeyring
) -> None:
    first = create_store(store_path, keys)
    PeopleService(first, "t").create(PersonDraft(first_name="Ancienne", last_name="Base"))
    first.close()
    entries_before = dict(test_keyring.entries)
    moved = store_path.with_name("moved-aside.db")
    store_path.rename(moved)
    second = create_store(store_path, keys)  # same path, a new store
    second.close()
    assert second.store_id != first.store_id
    for name, value in entries_before.items():
        assert test_keyring.entries[name] == value  # nothing replaced
    assert _names(moved) == ["Ancienne"]  # the moved store opens with its own key
    assert _names(store_path) == []


def test_a_keyring_entry_is_never_replaced_without_asking(keys: KeyringKeys) -> None:
    keys.put_new("0" * 32, StoreKey.generate_raw())
    with pytest.raises(KeyringEntryExists, match="nothing was replaced"):
        keys.put_new("0" * 32, StoreKey.generate_raw())


def test_an_older_store_keyed_by_its_path_opens_and_is_given_an_id(
    store_path: Path, keys: KeyringKeys, test_keyring: MemoryKeyring
) -> None:
    store = create_store(store_path, keys)
    key, old_id = store.key, store.store_id
    store.close()
    # What an earlier version left: no id inside, one keyring entry named by the path.
    raw = connect_raw(store_path, key, readonly=False)
    raw.execute("DELETE FROM store_setting WHERE key = ?", (STORE_ID_KEY,))
    raw.close()
    test_keyring.entries.clear()
    keys.put(store_path, key)

    reopened = open_store(store_path, keys)
    new_id = reopened.store_id
    reopened.close()
    assert new_id != old_id and len(new_id) == 32
    assert test_keyring.entries[(SERVICE, f"store:{new_id}")] == key.secret
    assert test_keyring.entries[(SERVICE, str(store_path))] == key.secret  # left as it was
    moved = store_path.with_name("moved.db")
    store_path.rename(moved)
    open_store(moved, keys).close()  # found by its salt now, wherever it is


def test_two_stores_with_the_same_name_share_a_backup_folder_without_touching_each_other(
    tmp_path: Path,
    keys: KeyringKeys,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_path, b_path = tmp_path / "a" / "office.db", tmp_path / "b" / "office.db"
    folder = tmp_path / "data" / "backups"
    a, b = create_store(a_path, keys), create_store(b_path, keys)
    try:
        b_backups = [make_backup(b, folder, keep=2) for _ in range(2)]
        a_backups = [make_backup(a, folder, keep=2) for _ in range(4)]
        assert list_backups(folder, a_path) == a_backups[-2:]
        assert list_backups(folder, b_path) == b_backups  # A's retention left them alone
        assert all(p.exists() for p in b_backups)
        b_key = b.key
    finally:
        a.close(), b.close()
    # B's backup is not A's: restore refuses it even with the right key at hand.
    with pytest.raises(StoreError, match="another store"):
        restore_backup(b_backups[-1], a_path, keys.get(a_path) or b_key, backup_keys=[b_key])
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(a_path))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert a_backups[-1].name in out and b_backups[-1].name not in out


def test_restore_works_when_the_store_file_is_gone(
    store_path: Path,
    keys: KeyringKeys,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = create_store(store_path, keys)
    PeopleService(store, "t").create(PersonDraft(first_name="Gardée", last_name="Test"))
    backup = make_backup(store, tmp_path / "usb")
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["restore", str(backup)]) == 0  # the keyring's key, found by the salt
    assert "Restored" in capsys.readouterr().out
    assert _names(store_path) == ["Gardée"]


@pytest.mark.usefixtures("no_keyring")
def test_restore_of_a_passphrase_store_when_its_file_is_gone(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    _person(store_path, "Sauvée")
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    backup = make_backup(store, tmp_path / "usb")
    store.close()
    store_path.unlink()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["restore", str(backup)]) == 2  # no keyring, no passphrase: one sentence
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["restore", str(backup)]) == 0
    assert _names(store_path, STRONG_PASSPHRASE) == ["Sauvée"]


def test_a_keyring_value_with_a_quote_is_one_sentence(
    store_path: Path,
    keys: KeyringKeys,
    test_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = create_store(store_path, keys)
    store.close()
    test_keyring.entries[(SERVICE, f"store:{store.store_id}")] = "ab'; DROP TABLE person; --"
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["check"]) == 2
    err = capsys.readouterr().err.strip()
    assert "does not hold a key" in err and len(err.splitlines()) == 1
