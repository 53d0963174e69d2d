"""A backup is whole or absent: killed backups leave nothing under a final name, and a
backup whose rows are not what its manifest says is refused by restore and by `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from albanera_desk.cli import main
from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.backup import (
    BACKUP_SUFFIX,
    list_backups,
    make_backup,
    verify_backup,
)
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.restore import restore_backup
from albanera_desk.store.copies import MANIFEST_KEY
from albanera_desk.store.engine import connect_raw
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE
from tests.kill_support import run_child

BACKUP_AND_DIE = r"""
from pathlib import Path
from albanera_desk.services.backup import make_backup
from albanera_desk.services.opening import open_store
from albanera_desk.store import copies
from albanera_desk.store.keys import KeyringKeys

where = sys.argv[3]
if where == "export":
    kill_at(copies, "export_with_manifest", "after")
elif where == "check":
    kill_at(copies, "_compare", "before")
elif where == "rename":
    kill_at(copies, "publish", "before")
store = open_store(Path(sys.argv[1]), KeyringKeys(), sys.argv[2])
print("OPEN", flush=True)
make_backup(store, Path(sys.argv[4]))
print("DONE", flush=True)
"""


def _people_store(store_path: Path, count: int) -> None:
    store = create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    people = PeopleService(store, "t")
    for n in range(count):
        people.create(PersonDraft(first_name=f"Prénom{n}", last_name=f"Nom{n}"))
    store.close()


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("where", ["export", "check", "rename"])
def test_a_killed_backup_leaves_no_file_under_a_final_name_and_is_cleaned_up(
    store_path: Path,
    tmp_path: Path,
    where: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _people_store(store_path, 30)
    folder = tmp_path / "backups"
    run = run_child(BACKUP_AND_DIE, str(store_path), STRONG_PASSPHRASE, where, str(folder))
    assert run.killed and "DONE" not in run.lines
    assert not list(folder.glob(f"*{BACKUP_SUFFIX}"))  # nothing under a final name
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")]  # the temporary one
    assert list_backups(folder, store_path) == []

    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    monkeypatch.setenv("ALBANERA_DESK_DATA_DIR", str(tmp_path))  # backups/ is `folder`
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "latest backup: none yet" in out  # never the partial file

    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        made = make_backup(store, folder)
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir()) == [made.name]  # the leftover is gone


@pytest.mark.usefixtures("no_keyring")
def test_the_manifest_holds_the_rows_and_audit_head_of_the_moment_of_the_copy(
    store_path: Path, tmp_path: Path
) -> None:
    _people_store(store_path, 12)
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        backup = make_backup(store, tmp_path / "b")
        check = verify_backup(backup, store.key, store_id=store.store_id)
        with store.engine.connect() as conn:
            head = conn.exec_driver_sql(
                "SELECT count(*), (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) "
                "FROM audit_event"
            ).one()
    finally:
        store.close()
    assert check.ok, check.detail
    assert check.manifest is not None
    assert check.manifest.tables["person"] == 12
    assert (check.manifest.audit_count, check.manifest.audit_last_hash) == tuple(head)
    assert check.manifest.store_id == store.store_id
    assert backup.stat().st_mode & 0o777 == 0o600


def _tamper(backup: Path, store: Store, sql: str) -> None:
    """What a half-done copy looks like: the schema and audit chain, rows missing."""
    raw = connect_raw(backup, store.key, readonly=False)
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute(sql)
    finally:
        raw.close()


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize(
    "sql",
    [
        "DELETE FROM person",
        "DELETE FROM person WHERE id = (SELECT max(id) FROM person)",
        f"DELETE FROM store_setting WHERE key = '{MANIFEST_KEY}'",
        "UPDATE store_setting SET value = 'not json' WHERE key = 'backup.manifest'",
    ],
    ids=["no-people", "one-person-missing", "no-manifest", "garbled-manifest"],
)
def test_a_backup_that_does_not_match_its_manifest_is_refused(
    store_path: Path,
    tmp_path: Path,
    sql: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _people_store(store_path, 20)
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    backup = make_backup(store, tmp_path / "data" / "backups")
    _tamper(backup, store, sql)
    key = store.key
    store.close()
    check = verify_backup(backup, key)
    assert not check.ok
    assert "rows instead of" in check.detail or "manifest" in check.detail
    before = store_path.read_bytes()
    with pytest.raises(Exception, match=r"cannot be restored.*Nothing was changed"):
        restore_backup(backup, store_path, key)
    assert store_path.read_bytes() == before

    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    monkeypatch.setenv("ALBANERA_DESK_PASSPHRASE", STRONG_PASSPHRASE)
    assert main(["check"]) == 1
    assert "FAIL latest backup" in capsys.readouterr().out
    assert main(["restore", str(backup)]) == 2
    assert "Nothing was changed" in capsys.readouterr().err
    reopened = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        assert PeopleService(reopened, "t").count() == 20
    finally:
        reopened.close()


def test_the_manifest_is_json_naming_the_store(store_path: Path, tmp_path: Path) -> None:
    store = create_store(store_path, KeyringKeys())
    backup = make_backup(store, tmp_path / "b")
    raw = connect_raw(backup, store.key)
    try:
        (text,) = raw.execute(
            "SELECT value FROM store_setting WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
    finally:
        raw.close()
        store.close()
    data = json.loads(text)
    assert data["store_id"] == store.store_id and data["audit"]["count"] >= 1
