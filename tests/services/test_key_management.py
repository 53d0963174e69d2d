"""Losing the keyring loses nothing; keys change only after a backup, and are checked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from albanera_desk.cli import main
from albanera_desk.documents.recovery_sheet import key_fingerprint
from albanera_desk.domain.errors import KeyringUnavailable, KeyUnavailable, WrongKeyOrNotAStore
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.backup import list_backups, verify_backup
from albanera_desk.services.key_management import (
    change_key,
    restore_key_to_keyring,
)
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.store.keys import SERVICE, KeyKind, KeyringKeys
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import MemoryKeyring


def test_recovery_sheet_brings_the_key_back_on_a_new_computer(
    store_path: Path,
    keys: KeyringKeys,
    test_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = create_store(store_path, keys)
    store.close()
    entry = (SERVICE, f"store:{store.store_id}")
    secret = test_keyring.entries[entry]
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    sheet = tmp_path / "sheet.pdf"
    assert main(["key", "sheet", "-o", str(sheet)]) == 0
    text = PdfReader(sheet).pages[0].extract_text()
    assert secret[:4].upper() in text and key_fingerprint(secret) in text

    test_keyring.entries.clear()  # a reinstall: the keyring is empty
    with pytest.raises(KeyUnavailable):
        open_store(store_path, keys)
    typed = " ".join(secret[i : i + 4].upper() for i in range(0, 64, 4))
    with pytest.raises(WrongKeyOrNotAStore):
        restore_key_to_keyring(store_path, "ab" * 32, keys)
    assert entry not in test_keyring.entries
    monkeypatch.setattr("sys.stdin", io.StringIO(typed + "\n"))
    assert main(["key", "restore"]) == 0
    assert test_keyring.entries[entry] == secret
    open_store(store_path, keys).close()


def test_change_from_keyring_to_passphrase_and_back(
    store_path: Path, keys: KeyringKeys, test_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = create_store(store_path, keys)
    OrganisationService(store, "t").save(profile_from_privacy_policy())
    old_key, store_id = store.key, store.store_id
    store.close()
    backups = tmp_path / "backups"
    with pytest.raises(Exception, match="12 characters"):
        change_key(store_path, old_key, "short", keys, backups)
    new_key = change_key(store_path, old_key, STRONG_PASSPHRASE, keys, backups)
    assert new_key.kind is KeyKind.PASSPHRASE
    assert (SERVICE, f"store:{store_id}") not in test_keyring.entries
    assert keys.history(store_id) == [old_key]  # kept for the backups made with it
    with pytest.raises(WrongKeyOrNotAStore):
        Store.open(store_path, old_key)
    reopened = open_store(store_path, keys, STRONG_PASSPHRASE)
    assert OrganisationService(reopened, "t").get() is not None
    reopened.close()
    before, after = list_backups(backups, store_path)  # one with each key
    assert verify_backup(before, old_key, store_id=store_id).ok
    assert verify_backup(after, new_key, store_id=store_id).ok

    raw = change_key(store_path, new_key, None, keys, backups)
    assert raw.kind is KeyKind.RAW
    open_store(store_path, keys).close()  # no passphrase needed any more


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_no_move_to_keyring(store_path: Path, tmp_path: Path) -> None:
    keys = KeyringKeys()
    store = create_store(store_path, keys, STRONG_PASSPHRASE)
    key = store.key
    store.close()
    with pytest.raises(KeyringUnavailable, match="no system keyring"):
        change_key(store_path, key, None, keys, tmp_path)
