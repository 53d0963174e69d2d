"""A key change killed at any step leaves one known key that opens the store, with every
record; a refused keyring write changes nothing; older backups still restore afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from albanera_desk.cli import main
from albanera_desk.domain.errors import KeyringUnavailable, KeyUnavailable, WrongKeyOrNotAStore
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.backup import list_backups, verify_with_any
from albanera_desk.services.health import check_store
from albanera_desk.services.key_management import change_key
from albanera_desk.services.opening import create_store, open_store, typed_keys
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.keys import KeyKind, KeyringKeys
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import FileKeyring, RefusingKeyring
from tests.kill_support import run_child

NEW_PASSPHRASE = "Mimosa-Rue-des-Lombards-38"
PEOPLE = 25

CHANGE_AND_DIE = r"""
from pathlib import Path
from albanera_desk.services import key_management as km
from albanera_desk.services.opening import open_store
from albanera_desk.store.keys import KeyringKeys

path, old, new, owner, name, when, nth, backups = sys.argv[1:9]
target = {"km": km, "keys": KeyringKeys}[owner]
if name == "random":
    kill_in(float(when))
else:
    kill_at(target, name, when, int(nth))
store = open_store(Path(path), KeyringKeys(), old or None)
key = store.key
store.close()
print("CHANGING", flush=True)
km.change_key(Path(path), key, new or None, KeyringKeys(), Path(backups))
print("DONE", flush=True)
"""

# (owner, function, before/after, which call): every step of change_key, in order.
STEPS = [
    ("km", "make_backup", "after", 1),
    ("keys", "stage_pending", "after", 1),
    ("keys", "keep_as_older", "after", 1),
    ("km", "rekey_file", "before", 1),
    ("km", "rekey_file", "after", 1),
    ("keys", "promote", "after", 1),
    ("keys", "retire_current", "after", 1),
    ("km", "make_backup", "before", 2),
    ("km", "make_backup", "after", 2),
]
# (old key, new key): "" is the keyring.
DIRECTIONS = {
    "keyring-to-passphrase": ("", NEW_PASSPHRASE),
    "passphrase-to-keyring": (STRONG_PASSPHRASE, ""),
    "keyring-to-keyring": ("", ""),
}


@pytest.fixture
def shared_keyring(tmp_path: Path) -> Iterator[Path]:
    """The test and its children read and write one keyring file."""
    path = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(path))
    yield path


def _make_store(path: Path, old: str) -> str:
    store = create_store(path, KeyringKeys(), old or None)
    try:
        people = PeopleService(store, "t")
        for n in range(PEOPLE):
            people.create(PersonDraft(first_name=f"Prénom{n}", last_name=f"Nom{n}"))
        return store.store_id
    finally:
        store.close()


def open_with_a_known_key(path: Path, passphrases: tuple[str, ...]) -> Store:
    """The keyring first, as the app does; then the passphrases the user knows."""
    keys = KeyringKeys()
    try:
        return open_store(path, keys)
    except KeyUnavailable:
        pass
    for phrase in passphrases:
        try:
            return open_store(path, keys, phrase)
        except (WrongKeyOrNotAStore, KeyUnavailable):
            continue
    raise AssertionError("no known key opens the store")


def assert_whole(path: Path, passphrases: tuple[str, ...], backups: Path, people: int) -> None:
    """A known key opens it, check is green, every record is there, every backup opens."""
    store = open_with_a_known_key(path, passphrases)
    try:
        report = check_store(store)
        assert report.ok, report.lines()
        assert PeopleService(store, "t").count() == people
        keys = [store.key, *KeyringKeys().history(store.store_id)]
        keys += [k for p in passphrases for k in typed_keys(p)]
        for backup in list_backups(backups, path):
            check, _ = verify_with_any(backup, keys, store_id=store.store_id)
            assert check.ok, (backup.name, check.detail)
    finally:
        store.close()
    # Once opened, the keyring agrees with the store: the app opens it as usual again.
    again = open_with_a_known_key(path, passphrases)
    again.close()


def _kill_change(
    path: Path,
    old: str,
    new: str,
    step: tuple[str, str, str, int],
    keyring_file: Path,
    backups: Path,
) -> bool:
    owner, name, when, nth = step
    run = run_child(
        CHANGE_AND_DIE,
        str(path),
        old,
        new,
        owner,
        name,
        when,
        str(nth),
        str(backups),
        keyring_file=keyring_file,
    )
    return run.killed


@pytest.mark.parametrize(
    "direction",
    [
        "passphrase-to-keyring",
        "keyring-to-passphrase",
        pytest.param("keyring-to-keyring", marks=pytest.mark.slow),  # `make soak`
    ],
)
def test_a_key_change_killed_at_every_step_leaves_a_known_key(
    store_path: Path, tmp_path: Path, shared_keyring: Path, direction: str
) -> None:
    old, new = DIRECTIONS[direction]
    _make_store(store_path, old)
    backups = tmp_path / "backups"
    known = tuple(p for p in (old, new) if p)
    killed = 0
    for step in STEPS:
        # Each kill starts from where the previous one left the store: keys as they now are.
        current = _current_passphrase(store_path, known)
        target = new if current == old else old  # go back and forth
        killed += _kill_change(store_path, current, target, step, shared_keyring, backups)
        assert_whole(store_path, known, backups, PEOPLE)
    assert killed >= 6  # steps that do not run in a direction (promote/retire) are skipped


def _current_passphrase(path: Path, known: tuple[str, ...]) -> str:
    store = open_with_a_known_key(path, known)
    try:
        return "" if store.key.kind is KeyKind.RAW else store.key.secret
    finally:
        store.close()


def test_a_refused_keyring_write_changes_nothing(store_path: Path, tmp_path: Path) -> None:
    backend = RefusingKeyring()
    keyring.set_keyring(backend)
    store = create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    key = store.key
    store.close()
    with pytest.raises(KeyringUnavailable, match="refused to keep the key"):
        change_key(store_path, key, None, KeyringKeys(), tmp_path / "b")
    open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()  # the old key still opens it

    # A keyring store whose keyring turns read-only: the rotation stops before the rekey.
    rotating = store_path.with_name("rotating.db")
    keyring.set_keyring(memory := RefusingKeyring())
    memory.allow_writes = True
    store = create_store(rotating, KeyringKeys())
    key = store.key
    store.close()
    memory.allow_writes = False
    with pytest.raises(KeyringUnavailable):
        change_key(rotating, key, None, KeyringKeys(), tmp_path / "b")
    assert open_store(rotating, KeyringKeys()).key == key


def test_after_key_changes_older_backups_restore_and_check_is_green(
    store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _make_store(store_path, "")
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["backup"]) == 0
    store = open_store(store_path, KeyringKeys())
    first_key = store.key
    store.close()
    backups = tmp_path / "data" / "backups"
    (oldest,) = list_backups(backups, store_path)
    second = change_key(store_path, first_key, None, KeyringKeys(), backups)  # a new keyring key
    change_key(store_path, second, NEW_PASSPHRASE, KeyringKeys(), backups)  # then a passphrase
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", NEW_PASSPHRASE)
    assert main(["check"]) == 0
    capsys.readouterr()
    assert main(["restore", str(oldest)]) == 0  # made with the first key: still restores
    store = open_store(store_path, KeyringKeys(), NEW_PASSPHRASE)  # and has the current key
    try:
        assert PeopleService(store, "t").count() == PEOPLE
    finally:
        store.close()
    assert main(["check"]) == 0
