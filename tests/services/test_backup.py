"""Backups are encrypted copies with the same key; restore verifies first and loses nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.backup import (
    BackupFailed,
    list_backups,
    make_backup,
    verify_backup,
)
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    profile = profile_from_privacy_policy()
    profile.city = "Paris"
    OrganisationService(opened, "tester").save(profile)
    yield opened
    opened.close()


def _city(store: Store) -> str | None:
    profile = OrganisationService(store, "tester").get()
    return profile.city if profile else None


def test_backup_is_encrypted_verified_and_rotated(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    made = [make_backup(store, folder, keep=3) for _ in range(5)]
    kept = list_backups(folder, store.path)
    assert kept == made[-3:]
    assert kept[-1].stat().st_mode & 0o777 == 0o600
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(kept[-1]).execute("SELECT * FROM sqlite_master").fetchall()
    check = verify_backup(kept[-1], store.key)
    assert check.ok and "audit chain intact" in check.detail
    assert not verify_backup(kept[-1], StoreKey.generate_raw()).ok


def test_restore_puts_the_backup_back_and_keeps_the_current_store_aside(
    store: Store, store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    backup = make_backup(store, tmp_path / "b")
    profile = profile_from_privacy_policy()
    profile.city = "Lyon"
    OrganisationService(store, "tester").save(profile)
    key = store.key
    store.close()
    aside = restore_backup(backup, store_path, key).aside
    assert aside is not None
    restored = open_store(store_path, keys)
    try:
        assert _city(restored) == "Paris"
    finally:
        restored.close()
    old = Store.open(aside, key)
    try:
        assert _city(old) == "Lyon"
    finally:
        old.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    backup = make_backup(store, tmp_path / "b")
    data = bytearray(backup.read_bytes())
    data[5000:5100] = bytes(100)  # a scratched page
    backup.write_bytes(bytes(data))
    key = store.key
    store.close()
    before = store_path.read_bytes()
    with pytest.raises(BackupFailed, match="Nothing was changed"):
        restore_backup(backup, store_path, key)
    assert store_path.read_bytes() == before


def test_backup_restore_and_check_commands(
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "verified: ok" in out
    assert main(["check"]) == 0
    assert "latest backup" in capsys.readouterr().out
    single = tmp_path / "copy.albanera-backup"
    assert main(["backup", "-o", str(single)]) == 0
    assert main(["backup", "-o", str(single)]) == 2  # never overwrites
    capsys.readouterr()
    assert main(["restore", str(single)]) == 0
    assert "previous store is kept" in capsys.readouterr().out
    not_a_backup = tmp_path / "x.albanera-backup"
    not_a_backup.write_bytes(b"\0" * 8192)
    assert main(["restore", str(not_a_backup)]) == 2
    assert "Nothing was changed" in capsys.readouterr().err
