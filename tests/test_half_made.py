"""Nothing half-made is left behind: a killed demo leaves no store, a killed migration leaves
the store at its old revision (or the new one) with every record, and the lock file never
follows a link."""

from __future__ import annotations

from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.errors import StoreError
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store import migrations
from albanera_desk.store.engine import connect_raw
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.lock import StoreLock
from tests.conftest import STRONG_PASSPHRASE
from tests.kill_support import run_child
from tests.store.support import engine_at

DEMO_AND_DIE = r"""
from pathlib import Path
import albanera_desk.services.people_demo as people_demo
from albanera_desk.services import demo
from albanera_desk.store.keys import KeyringKeys

kill_at(people_demo, "fill", "before")  # the register is in, the people not yet
demo.make_demo(Path(sys.argv[1]), KeyringKeys(), sys.argv[2], "t")
print("DONE", flush=True)
"""

OPEN_AND_DIE = r"""
from pathlib import Path
import alembic.command
from albanera_desk.services.opening import open_store
from albanera_desk.store import copies, migrations
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

owner = {"copies": copies, "migrations": migrations, "alembic": alembic.command, "Store": Store}
kill_at(owner[sys.argv[4]], sys.argv[5], sys.argv[6])
open_store(Path(sys.argv[1]), KeyringKeys(), sys.argv[2], backup_dir=Path(sys.argv[3]))
print("DONE", flush=True)
"""

MIGRATION_STEPS = [
    ("copies", "export_with_manifest", "after"),  # the backup before upgrading, half-made
    ("copies", "publish", "before"),
    ("migrations", "upgrade", "before"),
    ("alembic", "upgrade", "after"),  # every revision run, not committed
    ("Store", "_ensure_store_id", "before"),  # upgraded and committed
]


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_untouched(
    store_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_path.parent.mkdir(parents=True)
    victim = tmp_path / "precious.txt"
    victim.write_text("the user's own words")
    Path(f"{store_path}.lock").symlink_to(victim)
    with pytest.raises(StoreError, match="is a link"):
        StoreLock(store_path).acquire()
    assert victim.read_text() == "the user's own words"
    Path(f"{store_path}.lock").unlink()
    Path(f"{store_path}.lock").symlink_to(tmp_path / "dangling")
    with pytest.raises(StoreError, match="is a link"):
        StoreLock(store_path).acquire()
    assert not (tmp_path / "dangling").exists()


@pytest.mark.usefixtures("no_keyring")
def test_a_demo_killed_half_way_leaves_no_store_and_the_next_demo_cleans_up(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_child(DEMO_AND_DIE, str(store_path), STRONG_PASSPHRASE)
    assert run.killed and "DONE" not in run.lines
    assert not store_path.exists()
    assert any(p.name.endswith(".part") for p in store_path.parent.iterdir())
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["demo"]) == 0
    assert sorted(p.name for p in store_path.parent.iterdir()) == [store_path.name]
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        assert check_store(store).ok and PeopleService(store, "t").count() > 0
    finally:
        store.close()


def _old_store(path: Path, people: int) -> None:
    """A store written by the first version (revision 0001), with people in it."""
    key = StoreKey.passphrase(STRONG_PASSPHRASE)
    first = migrations.revisions_oldest_first()[0]
    with engine_at(path, key, first) as engine, engine.begin() as conn:
        for n in range(people):
            conn.exec_driver_sql(
                "INSERT INTO person (reference, first_name, last_name, notes, created_at, "
                "updated_at) VALUES (?, ?, 'Ancien', '', '2026-01-05T09:00:00+00:00', "
                "'2026-01-05T09:00:00+00:00')",
                (f"P-{n + 1:06d}", f"Prénom{n}"),
            )


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("step", MIGRATION_STEPS, ids=lambda s: f"{s[1]}-{s[2]}")
def test_a_migration_killed_at_any_step_leaves_a_whole_store_and_whole_backups(
    tmp_path: Path, step: tuple[str, str, str]
) -> None:
    path, backups = tmp_path / "old.db", tmp_path / "backups"
    _old_store(path, 20)
    run = run_child(OPEN_AND_DIE, str(path), STRONG_PASSPHRASE, str(backups), *step)
    assert run.killed, run.lines
    finals = [p for p in backups.glob("*") if not p.name.endswith(".part")]
    for backup in finals:  # whatever has a final name is a whole copy of the old store
        raw = connect_raw(backup, StoreKey.passphrase(STRONG_PASSPHRASE))
        try:
            assert raw.execute("SELECT count(*) FROM person").fetchone()[0] == 20
        finally:
            raw.close()
    store = open_store(path, KeyringKeys(), STRONG_PASSPHRASE, backup_dir=backups)
    try:
        assert store.schema_revision() == migrations.head_revision()
        assert check_store(store).ok
        assert PeopleService(store, "t").count() == 20
    finally:
        store.close()
    assert not [p for p in backups.iterdir() if p.name.endswith(".part")]
