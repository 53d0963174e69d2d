"""The store's files replaced or removed under the running desk: the next write is refused
with one sentence (and every one after), never accepted into a file nobody will read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from albanera_desk.domain.errors import StoreFilesReplaced
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.keys import KeyringKeys


def _remove_wal_and_shm(path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink()


def _replace_the_file(path: Path) -> None:
    other = path.with_name("other.db")
    create_store(other, KeyringKeys()).close()
    other.replace(path)


def _move_the_file(path: Path) -> None:
    path.rename(path.with_name("moved.db"))


def _replace_the_wal(path: Path) -> None:
    wal = Path(f"{path}-wal")
    data = wal.read_bytes()
    wal.unlink()
    wal.write_bytes(data)


@pytest.mark.parametrize(
    "what",
    [_remove_wal_and_shm, _replace_the_file, _move_the_file, _replace_the_wal],
    ids=["wal-and-shm-removed", "file-replaced", "file-moved", "wal-replaced"],
)
def test_a_write_after_the_files_changed_is_refused_with_a_sentence(
    store_path: Path, keys: KeyringKeys, what: Callable[[Path], None]
) -> None:
    store = create_store(store_path, keys)
    people = PeopleService(store, "t")
    people.create(PersonDraft(first_name="Avant", last_name="Tout"))
    store.check_files()  # all is well: nothing raised
    what(store_path)
    try:
        with pytest.raises(StoreFilesReplaced, match="nothing more can be saved"):
            people.create(PersonDraft(first_name="Perdue", last_name="Sinon"))
        with pytest.raises(StoreFilesReplaced):  # and every write after it
            people.create(PersonDraft(first_name="Encore", last_name="Non"))
        with pytest.raises(StoreFilesReplaced):
            store.check_files()
    finally:
        store.close()


def test_a_checkpoint_or_a_long_session_is_not_taken_for_a_replaced_file(
    store_path: Path, keys: KeyringKeys
) -> None:
    store = create_store(store_path, keys)
    people = PeopleService(store, "t")
    try:
        person = people.create(PersonDraft(first_name="Effacée", last_name="Bientôt"))
        people.erase(person)  # truncates the -wal: the same file still
        for n in range(30):
            people.create(PersonDraft(first_name=f"P{n}", last_name="X"))
        store.check_files()
    finally:
        store.close()
    reopened = open_store(store_path, keys)
    try:
        assert PeopleService(reopened, "t").count() == 30
    finally:
        reopened.close()


def test_a_store_closed_on_purpose_is_not_taken_for_a_lost_one(
    store_path: Path, keys: KeyringKeys
) -> None:
    """Restore and key change close the store, then its -wal goes: that is no loss."""
    store = create_store(store_path, keys)
    store.close()
    assert not Path(f"{store_path}-wal").exists()
    store.check_files()  # nothing raised
