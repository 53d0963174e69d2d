"""Creating and opening stores: encrypted at rest, private, keyed from the keyring or a
passphrase, and every way it can fail is one sentence of a known kind."""

from __future__ import annotations

import os
import re
import sqlite3
import traceback
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring.errors
import pytest
from sqlcipher3 import dbapi2

from albanera_desk.domain.errors import (
    KeyringUnavailable,
    KeyUnavailable,
    StoreError,
    StoreExists,
    StoreNotFound,
    WeakPassphrase,
    WrongKeyOrNotAStore,
)
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.opening import check_new_passphrase, create_store, open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.store import migrations
from albanera_desk.store.keys import SERVICE, KeyKind, KeyringKeys, StoreKey
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import MemoryKeyring
from tests.store.support import MARKER, SQLITE_HEADER, companions, folder_fingerprint


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def _save_marker(store: Store) -> None:
    profile = profile_from_privacy_policy()
    profile.controller_name = MARKER
    OrganisationService(store, "tester").save(profile)


def _assert_one_sentence(error: BaseException) -> str:
    text = str(error)
    assert "Traceback" not in text and "\n" not in text
    assert text.endswith("."), text
    return text


# --- a new store -----------------------------------------------------------------


def test_new_store_key_lives_in_the_keyring_under_the_store_id(
    store: Store, store_path: Path, test_keyring: MemoryKeyring
) -> None:
    assert store.key_kind is KeyKind.RAW
    assert re.fullmatch(r"[0-9a-f]{32}", store.store_id)
    salt = store_path.read_bytes()[:16].hex()
    assert sorted(test_keyring.entries) == [
        (SERVICE, f"file:{salt}"),
        (SERVICE, f"store:{store.store_id}"),
    ]
    assert test_keyring.entries[(SERVICE, f"file:{salt}")] == store.store_id
    secret = test_keyring.entries[(SERVICE, f"store:{store.store_id}")]
    assert re.fullmatch(r"[0-9a-f]{64}", secret)
    assert store.key.secret == secret
    assert store.schema_revision() == migrations.head_revision()


def test_a_relative_path_opens_from_anywhere_and_a_moved_store_keeps_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, test_keyring: MemoryKeyring
) -> None:
    monkeypatch.chdir(tmp_path)
    create_store(Path("relative.db"), KeyringKeys()).close()
    assert not any(name.startswith("/") for _, name in test_keyring.entries)
    open_store(Path("relative.db"), KeyringKeys()).close()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "relative.db").rename(tmp_path / "elsewhere" / "moved.db")
    open_store(tmp_path / "elsewhere" / "moved.db", KeyringKeys()).close()


def test_two_stores_get_two_different_keys(tmp_path: Path, test_keyring: MemoryKeyring) -> None:
    first = create_store(tmp_path / "a.db", KeyringKeys())
    second = create_store(tmp_path / "b.db", KeyringKeys())
    first.close(), second.close()
    assert first.store_id != second.store_id
    a, b = (test_keyring.entries[(SERVICE, f"store:{s.store_id}")] for s in (first, second))
    assert a != b


def test_store_files_are_private_while_open_and_after(store: Store, store_path: Path) -> None:
    _save_marker(store)
    open_files = companions(store_path)
    assert {p.name for p in open_files} == {"office.db", "office.db-wal", "office.db-shm"}
    for path in open_files:
        assert path.stat().st_mode & 0o777 == 0o600, path.name
    assert store_path.parent.stat().st_mode & 0o777 == 0o700
    store.close()
    for path in companions(store_path):
        assert path.stat().st_mode & 0o777 == 0o600, path.name


def test_nothing_readable_on_disk_neither_in_the_wal_nor_in_the_file(
    store: Store, store_path: Path
) -> None:
    _save_marker(store)
    profile = OrganisationService(store, "tester").get()
    assert profile is not None and profile.controller_name == MARKER  # it was written
    wal = Path(f"{store_path}-wal")
    assert wal.stat().st_size > 0  # the change sits in the WAL until a checkpoint
    needles = (MARKER.encode(), MARKER.encode("utf-16-le"), b"Przyby", b"Alba Nera")
    for path in companions(store_path):
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, (needle, path.name)
    store.close()  # the last connection checkpoints the WAL into the file
    assert not wal.exists()
    data = store_path.read_bytes()
    for needle in needles:
        assert needle not in data
    assert data[:16] != SQLITE_HEADER
    assert b"CREATE TABLE" not in data and b"audit_event" not in data


def test_plain_sqlite_cannot_read_the_file(store: Store, store_path: Path) -> None:
    store.close()
    with (
        closing(sqlite3.connect(store_path)) as plain,
        pytest.raises(sqlite3.DatabaseError, match="file is not a database"),
    ):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_the_file_is_standard_sqlcipher_4_that_the_key_alone_opens(
    store: Store, store_path: Path
) -> None:
    """What the ``sqlcipher`` tool does: PRAGMA key, nothing else, and the tables are there."""
    secret = store.key.secret
    store.close()
    with closing(dbapi2.connect(str(store_path))) as conn:
        conn.execute(f"PRAGMA key = \"x'{secret}'\"")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert {"person", "request", "audit_event", "alembic_version"} <= tables
    assert version.startswith("4.")
    with closing(dbapi2.connect(str(store_path))) as conn:
        conn.execute(f"PRAGMA key = \"x'{secret}'\"")
        conn.execute("PRAGMA cipher_compatibility = 3")  # another format: must not read
        with pytest.raises(dbapi2.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_create_refuses_an_existing_file_and_leaves_it_and_its_key_alone(
    store: Store, store_path: Path, test_keyring: MemoryKeyring
) -> None:
    store.close()
    before_files = folder_fingerprint(store_path.parent)
    before_keys = dict(test_keyring.entries)
    with pytest.raises(StoreExists) as exc:
        create_store(store_path, KeyringKeys())
    _assert_one_sentence(exc.value)
    assert folder_fingerprint(store_path.parent) == before_files
    assert test_keyring.entries == before_keys


def test_a_keyring_that_refuses_the_key_leaves_no_file(store_path: Path) -> None:
    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.PasswordSetError("locked")

    with pytest.raises(KeyringUnavailable, match="passphrase"):
        create_store(store_path, KeyringKeys(Refusing()))
    assert not store_path.exists()
    assert list(store_path.parent.iterdir()) == []


# --- reopening -----------------------------------------------------------------------


def test_reopen_with_the_keyring_key_without_asking(store: Store, store_path: Path) -> None:
    _save_marker(store)
    store.close()
    again = open_store(store_path, KeyringKeys())
    try:
        assert again.key_kind is KeyKind.RAW
        assert again.migration is None
        profile = OrganisationService(again, "tester").get()
        assert profile is not None and profile.controller_name == MARKER
    finally:
        again.close()


def test_a_store_whose_keyring_entry_vanished_asks_for_its_key(
    store: Store, store_path: Path, test_keyring: MemoryKeyring
) -> None:
    store.close()
    test_keyring.entries.clear()
    with pytest.raises(KeyUnavailable) as exc:
        open_store(store_path, KeyringKeys())
    assert "keyring" in _assert_one_sentence(exc.value)


def test_a_keyring_store_on_a_computer_without_keyring_asks_for_its_key(
    store: Store, store_path: Path, no_keyring: None
) -> None:
    store.close()
    with pytest.raises(KeyUnavailable):
        open_store(store_path, KeyringKeys())


def test_wrong_raw_key_is_one_sentence_that_never_shows_a_key(
    store: Store, store_path: Path
) -> None:
    right = store.key.secret
    store.close()
    wrong = StoreKey.generate_raw()
    with pytest.raises(WrongKeyOrNotAStore) as exc:
        Store.open(store_path, wrong)
    text = _assert_one_sentence(exc.value)
    assert "key is wrong" in text and store_path.name in text
    everything = "".join(traceback.format_exception(exc.value))
    assert right not in everything and wrong.secret not in everything


# --- passphrase instead of keyring -------------------------------------------------------


@pytest.mark.usefixtures("no_keyring")
def test_without_keyring_create_needs_a_passphrase(store_path: Path) -> None:
    keys = KeyringKeys()
    assert not keys.status().available
    with pytest.raises(KeyringUnavailable) as exc:
        create_store(store_path, keys)
    assert "passphrase" in _assert_one_sentence(exc.value)
    assert not store_path.exists()


@pytest.mark.usefixtures("no_keyring")
def test_passphrase_store_reopens_with_the_passphrase_only(store_path: Path) -> None:
    keys = KeyringKeys()
    store = create_store(store_path, keys, STRONG_PASSPHRASE)
    try:
        assert store.key_kind is KeyKind.PASSPHRASE
        _save_marker(store)
    finally:
        store.close()
    assert MARKER.encode() not in store_path.read_bytes()

    with pytest.raises(KeyUnavailable):
        open_store(store_path, keys)
    with pytest.raises(WrongKeyOrNotAStore) as wrong:
        open_store(store_path, keys, STRONG_PASSPHRASE + "x")
    assert "key is wrong" in _assert_one_sentence(wrong.value)
    assert STRONG_PASSPHRASE not in "".join(traceback.format_exception(wrong.value))

    again = open_store(store_path, keys, STRONG_PASSPHRASE)
    try:
        assert again.key_kind is KeyKind.PASSPHRASE
        profile = OrganisationService(again, "tester").get()
        assert profile is not None and profile.controller_name == MARKER
    finally:
        again.close()


def test_a_passphrase_wins_over_the_keyring_and_nothing_goes_into_it(
    store_path: Path, test_keyring: MemoryKeyring
) -> None:
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    # Only which store the file is (its salt -> its id), never a key.
    assert [name.split(":")[0] for _, name in test_keyring.entries] == ["file"]
    with pytest.raises(KeyUnavailable):
        open_store(store_path, KeyringKeys())
    open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()


@pytest.mark.usefixtures("no_keyring")
def test_a_passphrase_with_quotes_and_accents_round_trips(store_path: Path) -> None:
    phrase = 'Quai d\'Orsay "sept" \\ élan ; DROP -- 🔑'
    create_store(store_path, KeyringKeys(), phrase).close()
    open_store(store_path, KeyringKeys(), phrase).close()
    with pytest.raises(WrongKeyOrNotAStore):
        open_store(store_path, KeyringKeys(), phrase.replace("'", "''"))


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize(
    ("phrase", "says"),
    [
        ("", "12 characters"),
        ("short-one", "12 characters"),
        ("Abc-def-ghi", "12 characters"),  # 11
        ("password1234", "easy to guess"),
        ("P@ssw0rd2026!", "easy to guess"),
        ("abcdefghijklmnop", "easy to guess"),
        ("zyxwvutsrqponm", "easy to guess"),
        ("aaaaaaaaaaaaaaaa", "easy to guess"),
    ],
)
def test_weak_passphrases_are_refused_and_nothing_is_created(
    store_path: Path, phrase: str, says: str
) -> None:
    with pytest.raises(WeakPassphrase, match=says) as exc:
        create_store(store_path, KeyringKeys(), phrase)
    _assert_one_sentence(exc.value)
    assert not store_path.exists()
    with pytest.raises(WeakPassphrase):
        check_new_passphrase(phrase)


def test_a_strong_passphrase_passes_the_check() -> None:
    check_new_passphrase(STRONG_PASSPHRASE)


# --- files that are not stores ------------------------------------------------------


def _plain_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, client TEXT)")
        conn.execute("INSERT INTO invoices (client) VALUES ('Client')")
        conn.commit()


FOREIGN_FILES = {
    "text": lambda p: p.write_text("Chère Madame, je souhaite accéder à mes données.\n" * 40),
    "short-text": lambda p: p.write_text("hello\n"),
    "random-bytes": lambda p: p.write_bytes(os.urandom(3 * 4096 + 17)),
    "zeros": lambda p: p.write_bytes(bytes(8192)),
    "plain-sqlite": _plain_sqlite,
    "empty": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("kind", list(FOREIGN_FILES))
def test_a_file_that_is_not_a_store_is_refused_and_left_untouched(
    kind: str, tmp_path: Path
) -> None:
    folder = tmp_path / "foreign"
    folder.mkdir()
    path = folder / f"{kind}.db"
    FOREIGN_FILES[kind](path)
    before = folder_fingerprint(folder)
    with pytest.raises(WrongKeyOrNotAStore) as raw:
        Store.open(path, StoreKey.generate_raw())
    assert path.name in _assert_one_sentence(raw.value)
    with pytest.raises(WrongKeyOrNotAStore) as typed:
        open_store(path, KeyringKeys(), STRONG_PASSPHRASE)
    _assert_one_sentence(typed.value)
    assert folder_fingerprint(folder) == before


def test_a_missing_file_is_store_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "missing.db"
    for attempt in (
        lambda: open_store(missing, KeyringKeys(), STRONG_PASSPHRASE),
        lambda: Store.open(missing, StoreKey.generate_raw()),
    ):
        with pytest.raises(StoreNotFound) as exc:
            attempt()
        assert str(missing) in _assert_one_sentence(exc.value)
    assert not missing.parent.exists()


def test_every_failure_here_is_a_store_error() -> None:
    """The CLI and the window turn StoreError into a sentence; the rest is a bug."""
    for kind in (
        KeyringUnavailable,
        KeyUnavailable,
        StoreExists,
        StoreNotFound,
        WeakPassphrase,
        WrongKeyOrNotAStore,
    ):
        assert issubclass(kind, StoreError)
