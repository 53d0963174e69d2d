"""Restore never leaves half a store: killed at any step, the store path holds the old store
or the restored one, whole; erasures made after the backup are made again; misuse is one
sentence and changes nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.backup import make_backup
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.keys import KeyringKeys
from tests.conftest import STRONG_PASSPHRASE
from tests.kill_support import run_child

RESTORE_AND_DIE = r"""
from pathlib import Path
from albanera_desk.services import restore as r
from albanera_desk.store import keys as k

path, backup, name, when, nth = sys.argv[1:6]
if name == "random":
    kill_in(float(when))
else:
    kill_at(r, name, when, int(nth))
key = k.StoreKey.passphrase(sys.argv[6])
print("RESTORING", flush=True)
r.restore_backup(Path(backup), Path(path), key)
print("DONE", flush=True)
"""

# Every step of restore_backup, in order (fsync_dir: 1 after the aside link, 2 after the rename).
STEPS = [
    ("_fill", "after", 1),
    ("fsync_file", "after", 1),
    ("_checkpoint", "after", 1),
    ("fsync_dir", "after", 1),
    ("fsync_dir", "before", 2),
    ("fsync_dir", "after", 2),
]


def _names(path: Path) -> set[str]:
    store = open_store(path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        assert check_store(store).ok
        with store.engine.connect() as conn:
            return set(conn.exec_driver_sql("SELECT first_name FROM person").scalars())
    finally:
        store.close()


def _store_with_backup(store_path: Path, folder: Path) -> tuple[Path, set[str], set[str]]:
    """A store, its backup of 10 people, then 5 more people: (backup, in backup, now)."""
    store = create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    people = PeopleService(store, "t")
    for n in range(10):
        people.create(PersonDraft(first_name=f"Avant{n}", last_name="X"))
    backup = make_backup(store, folder)
    for n in range(5):
        people.create(PersonDraft(first_name=f"Après{n}", last_name="X"))
    store.close()
    before = {f"Avant{n}" for n in range(10)}
    return backup, before, before | {f"Après{n}" for n in range(5)}


@pytest.mark.usefixtures("no_keyring")
def test_a_restore_killed_at_every_step_leaves_a_whole_store(
    store_path: Path, tmp_path: Path
) -> None:
    backup, in_backup, current = _store_with_backup(store_path, tmp_path / "b")
    outcomes = []
    for name, when, nth in STEPS:
        run = run_child(
            RESTORE_AND_DIE, str(store_path), str(backup), name, when, str(nth), STRONG_PASSPHRASE
        )
        assert run.killed, (name, when, run.lines)
        names = _names(store_path)  # opens, check green
        assert names in (in_backup, current), (name, when)
        outcomes.append(names == in_backup)
        leftovers = [p.name for p in store_path.parent.iterdir() if p.name.endswith(".part")]
        restore_backup(backup, store_path, _key())  # the next restore cleans up and succeeds
        assert _names(store_path) == in_backup
        assert not [p for p in store_path.parent.iterdir() if p.name.endswith(".part")], leftovers
        _reset(store_path, current)
    assert outcomes[0] is False and outcomes[-1] is True  # killed before / after the rename


def _key() -> object:
    from albanera_desk.store.keys import StoreKey

    return StoreKey.passphrase(STRONG_PASSPHRASE)


def _reset(store_path: Path, current: set[str]) -> None:
    """Bring the people back to ``current`` for the next kill."""
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        people = PeopleService(store, "t")
        for name in sorted(current - _names_open(store)):
            people.create(PersonDraft(first_name=name, last_name="X"))
    finally:
        store.close()


def _names_open(store: object) -> set[str]:
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        return set(conn.exec_driver_sql("SELECT first_name FROM person").scalars())


@pytest.mark.usefixtures("no_keyring")
def test_restoring_the_store_onto_itself_is_one_sentence(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    before = store_path.read_bytes()
    for target in (store_path, Path(f"{store_path}-wal")):
        if not target.exists():
            continue
        assert main(["restore", str(target)]) == 2
        err = capsys.readouterr().err.strip()
        assert "it is the store itself" in err and len(err.splitlines()) == 1
    link = store_path.with_name("same-file.db")
    os.link(store_path, link)
    assert main(["restore", str(link)]) == 2
    assert "store itself" in capsys.readouterr().err
    assert store_path.read_bytes() == before


def test_a_backup_made_before_an_erasure_is_restored_with_the_erasure_made_again(
    store_path: Path,
    tmp_path: Path,
    keys: KeyringKeys,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = create_store(store_path, keys)
    people = PeopleService(store, "t")
    kept = people.create(
        PersonDraft(first_name="Reste", last_name="Ici", emails=["reste@example.org"])
    )
    gone = people.create(
        PersonDraft(
            first_name="Effacée",
            last_name="Demande",
            emails=["efface@example.org"],
            customer_id="C-77",
        )
    )
    backup = make_backup(store, tmp_path / "b")
    reference = people.erase(gone)
    with store.engine.connect() as conn:
        digests = set(conn.exec_driver_sql("SELECT digest FROM erased_identifier").scalars())
    store.close()
    assert digests

    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    assert main(["restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "made before 1 erasure" in out

    restored = open_store(store_path, keys)
    try:
        assert check_store(restored).ok
        with restored.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT reference, first_name, last_name, customer_id, erased_at IS NOT NULL "
                "FROM person ORDER BY id"
            ).all()
            contacts = conn.exec_driver_sql("SELECT value FROM contact_point").scalars().all()
            tombstones = (
                conn.exec_driver_sql("SELECT person_reference FROM erasure_record").scalars().all()
            )
            restored_digests = set(
                conn.exec_driver_sql("SELECT digest FROM erased_identifier").scalars()
            )
            notes = (
                conn.exec_driver_sql(
                    "SELECT note FROM audit_event WHERE record_type = 'store' AND action = 'erase'"
                )
                .scalars()
                .all()
            )
            found = conn.exec_driver_sql(
                "SELECT count(*) FROM person_search WHERE person_search MATCH 'effacee'"
            ).scalar()
    finally:
        restored.close()
    assert rows[0][1] == "Reste" and rows[1] == (reference, "", "", None, 1)
    assert "efface@example.org" not in contacts and "reste@example.org" in contacts
    assert tombstones == [reference]
    assert restored_digests == digests
    assert len(notes) == 1 and "1 erasures" in notes[0]
    assert found == 0
    assert kept != gone


def test_a_restore_that_cannot_read_the_backup_changes_nothing(
    store_path: Path, tmp_path: Path, keys: KeyringKeys
) -> None:
    store = create_store(store_path, keys)
    key = store.key
    store.close()
    with pytest.raises(StoreError, match="Nothing was changed"):
        restore_backup(tmp_path / "missing.albanera-backup", store_path, key)
