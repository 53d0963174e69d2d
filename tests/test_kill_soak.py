"""`make soak`: 200 SIGKILLs at random moments of backup, restore, key change (both ways), demo
and migrations. After each kill: the store opens with a known key, `check` is green, every
committed record is there, and nothing half-made carries a final name. `make test` runs one
kill of each kind."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.backup import BACKUP_SUFFIX, list_backups, verify_with_any
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store, open_store, typed_keys
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store import migrations
from albanera_desk.store.keys import KeyKind, KeyringKeys
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.keyring_backend import FileKeyring
from tests.kill_support import run_child
from tests.services.test_key_change_kills import NEW_PASSPHRASE, open_with_a_known_key
from tests.store.support import engine_at

PEOPLE = 300
# Kills per kind in `make soak` (200 in all); `make test` runs one of each.
SOAK = {
    "backup": 40,
    "restore": 40,
    "key-to-keyring": 30,
    "key-to-passphrase": 30,
    "demo": 30,
    "migration": 30,
}
# How long each kind runs, about, on a slow machine: kills land anywhere in it.
SPAN = {
    "backup": 1.2,
    "restore": 5.0,
    "key-to-keyring": 2.5,
    "key-to-passphrase": 2.5,
    "demo": 4.0,
    "migration": 0.8,
}

CHILD = r"""
from pathlib import Path
from albanera_desk.services import demo, key_management
from albanera_desk.services.backup import make_backup
from albanera_desk.services.opening import open_store
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.keys import KeyringKeys, StoreKey

kind, path, delay, extra = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
known = [p for p in sys.argv[5:] if p]
keys = KeyringKeys()


def opened():
    for phrase in [None, *known]:
        try:
            return open_store(path, keys, phrase, backup_dir=Path(extra))
        except Exception:
            continue
    raise SystemExit("no known key")


if kind == "demo":
    kill_in(delay)
    demo.make_demo(path, keys, known[0], "soak")
elif kind == "migration":
    kill_in(delay)
    open_store(path, keys, known[0], backup_dir=Path(extra)).close()
else:
    store = opened()
    key = store.key
    if kind == "backup":
        kill_in(delay)
        make_backup(store, Path(extra), keep=3)
    store.close()
    if kind == "restore":
        kill_in(delay)
        restore_backup(Path(extra), path, key)
    elif kind.startswith("key-"):
        new = None if kind == "key-to-keyring" else known[-1]
        if key.kind.value == "passphrase" and new == key.secret:
            new = known[0]  # already on that passphrase: change to the other one
        kill_in(delay)
        key_management.change_key(path, key, new, keys, path.parent / "backups")
print("DONE", flush=True)
"""


def _fill(store: Store, count: int) -> None:
    people = PeopleService(store, "soak")
    for n in range(count):
        people.create(PersonDraft(first_name=f"Prénom{n}", last_name=f"Nom{n}"))


def _names(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT first_name FROM person").scalars())


def _report_line(kind: str, n: int, delay: float, killed: bool, detail: str) -> str:
    how = f"killed after {delay:.2f}s" if killed else f"finished before {delay:.2f}s"
    return f"{kind} #{n + 1}: {how}: {detail}"


def _whole(
    path: Path,
    passphrases: tuple[str, ...],
    people: set[str] | tuple[set[str], ...],
    backups: Path | None = None,
) -> str:
    """Opens with a known key, check green, the records; every backup with a final name opens."""
    store = open_with_a_known_key(path, passphrases)
    try:
        report = check_store(store)
        assert report.ok, report.lines()
        names = _names(store)
        allowed = people if isinstance(people, tuple) else (people,)
        assert names in allowed, len(names)
        how = "keyring key" if store.key.kind is KeyKind.RAW else "passphrase"
        if backups is not None:
            keys = [store.key, *KeyringKeys().history(store.store_id)]
            keys += [k for p in passphrases for k in typed_keys(p)]
            for backup in list_backups(backups, path):
                check, _ = verify_with_any(backup, keys, store_id=store.store_id)
                assert check.ok, (backup.name, check.detail)
    finally:
        store.close()
    return f"opens with its {how}, check green, {len(names)} people"


def _soak(kind: str, kills: int, tmp_path: Path, seed: int, people: int = PEOPLE) -> list[str]:
    rng = random.Random(seed)
    runner: Callable[[int, float], str] = {
        "backup": _backup_kills,
        "restore": _restore_kills,
        "key-to-keyring": _key_kills,
        "key-to-passphrase": _key_kills,
        "demo": _demo_kills,
        "migration": _migration_kills,
    }[kind](kind, tmp_path, people)
    span = SPAN[kind] * max(people, 100) / PEOPLE
    lines: list[str] = []
    # Until ``kills`` runs were really killed (a run that finished first is checked too).
    while sum("killed after" in line for line in lines) < kills and len(lines) < 3 * kills:
        delay = rng.uniform(0.0, span)
        lines.append(runner(len(lines), delay))
        if "finished before" in lines[-1]:
            span = min(span, delay)  # it runs faster here: aim the next kills inside it
    return lines


def _backup_kills(kind: str, tmp_path: Path, people: int) -> Callable[[int, float], str]:
    path, folder = tmp_path / "store.db", tmp_path / "backups"
    store = create_store(path, KeyringKeys(), STRONG_PASSPHRASE)
    _fill(store, people)
    names = _names(store)
    store.close()

    def once(n: int, delay: float) -> str:
        run = run_child(CHILD, kind, str(path), str(delay), str(folder), STRONG_PASSPHRASE)
        detail = _whole(path, (STRONG_PASSPHRASE,), names, folder)
        assert not [
            p for p in folder.glob(f"*{BACKUP_SUFFIX}") if p not in list_backups(folder, path)
        ]
        return _report_line(kind, n, delay, run.killed, detail)

    return once


def _restore_kills(kind: str, tmp_path: Path, people: int) -> Callable[[int, float], str]:
    path = tmp_path / "store.db"
    store = create_store(path, KeyringKeys(), STRONG_PASSPHRASE)
    _fill(store, people)
    from albanera_desk.services.backup import make_backup

    backup = make_backup(store, tmp_path / "backups")
    in_backup = _names(store)
    _fill_more(store)
    now = _names(store)
    store.close()

    def once(n: int, delay: float) -> str:
        run = run_child(CHILD, kind, str(path), str(delay), str(backup), STRONG_PASSPHRASE)
        detail = _whole(path, (STRONG_PASSPHRASE,), (in_backup, now))
        _back_to(path, now)
        return _report_line(kind, n, delay, run.killed, detail)

    return once


def _fill_more(store: Store) -> None:
    people = PeopleService(store, "soak")
    for n in range(20):
        people.create(PersonDraft(first_name=f"Après{n}", last_name="X"))


def _back_to(path: Path, now: set[str]) -> None:
    store = open_store(path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        if _names(store) != now:
            _fill_more(store)
    finally:
        store.close()


def _key_kills(kind: str, tmp_path: Path, people: int) -> Callable[[int, float], str]:
    keyring_file = tmp_path / "keyring.json"
    keyring.set_keyring(FileKeyring(keyring_file))
    path = tmp_path / "store.db"
    first = None if kind == "key-to-passphrase" else STRONG_PASSPHRASE
    store = create_store(path, KeyringKeys(), first)
    _fill(store, people)
    names = _names(store)
    store.close()
    known = (STRONG_PASSPHRASE, NEW_PASSPHRASE)

    def once(n: int, delay: float) -> str:
        run = run_child(
            CHILD,
            kind,
            str(path),
            str(delay),
            str(tmp_path / "backups"),
            *known,
            keyring_file=keyring_file,
        )
        detail = _whole(path, known, names, tmp_path / "backups")
        _key_back(path, kind, known)
        return _report_line(kind, n, delay, run.killed, detail)

    return once


def _key_back(path: Path, kind: str, known: tuple[str, ...]) -> None:
    """Back to the starting kind of key, so every kill changes in the same direction."""
    from albanera_desk.services.key_management import change_key

    store = open_with_a_known_key(path, known)
    key = store.key
    store.close()
    want_raw = kind == "key-to-passphrase"
    if (key.kind is KeyKind.RAW) != want_raw:
        change_key(
            path,
            key,
            None if want_raw else STRONG_PASSPHRASE,
            KeyringKeys(),
            path.parent / "backups",
        )


def _demo_kills(kind: str, tmp_path: Path, people: int) -> Callable[[int, float], str]:
    keyring.set_keyring(fail.Keyring())

    def once(n: int, delay: float) -> str:
        path = tmp_path / f"demo-{n}.db"
        run = run_child(CHILD, kind, str(path), str(delay), "", STRONG_PASSPHRASE)
        if not path.exists():
            leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(f"demo-{n}.db")]
            assert leftovers == [], leftovers
            return _report_line(
                kind, n, delay, run.killed, "no store under its name (whole or absent)"
            )
        store = open_store(path, KeyringKeys(), STRONG_PASSPHRASE)
        try:
            assert check_store(store).ok and PeopleService(store, "t").count() > 0
        finally:
            store.close()
        return _report_line(kind, n, delay, run.killed, "a whole demo store, check green")

    return once


def _migration_kills(kind: str, tmp_path: Path, people: int) -> Callable[[int, float], str]:
    from albanera_desk.store.keys import StoreKey

    names = {f"Prénom{n}" for n in range(people)}

    def once(n: int, delay: float) -> str:
        path, backups = tmp_path / f"old-{n}.db", tmp_path / f"backups-{n}"
        key = StoreKey.passphrase(STRONG_PASSPHRASE)
        with (
            engine_at(path, key, migrations.revisions_oldest_first()[0]) as engine,
            engine.begin() as conn,
        ):
            for i in range(people):
                conn.exec_driver_sql(
                    "INSERT INTO person (reference, first_name, last_name, notes, created_at, "
                    "updated_at) VALUES (?, ?, 'X', '', '2026-01-05T09:00:00+00:00', "
                    "'2026-01-05T09:00:00+00:00')",
                    (f"P-{i + 1:06d}", f"Prénom{i}"),
                )
        run = run_child(CHILD, kind, str(path), str(delay), str(backups), STRONG_PASSPHRASE)
        detail = _whole(path, (STRONG_PASSPHRASE,), names)
        return _report_line(kind, n, delay, run.killed, detail)

    return once


@pytest.fixture
def no_shared_keyring() -> None:
    keyring.set_keyring(fail.Keyring())


@pytest.mark.usefixtures("no_shared_keyring")
@pytest.mark.parametrize("kind", sorted(SOAK))
def test_one_random_kill_of_each_kind(kind: str, tmp_path: Path) -> None:
    """The bounded version `make test` runs."""
    lines = _soak(kind, 1, tmp_path, seed=sum(map(ord, kind)), people=40)
    assert lines and all("check green" in line or "whole" in line for line in lines)


@pytest.mark.slow
@pytest.mark.usefixtures("no_shared_keyring")
@pytest.mark.parametrize("kind", sorted(SOAK))
def test_soak_kills(kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _soak(kind, SOAK[kind], tmp_path, seed=random.randrange(1 << 30))
    with capsys.disabled():
        print()
        for line in lines:
            print("  " + line)
    killed = sum("killed after" in line for line in lines)
    assert killed == SOAK[kind], f"only {killed} of {len(lines)} runs were killed"
