"""A disk that fills up during a write: one clear sentence, nothing half-saved, the app goes on.

The child process lowers its own file-size limit (RLIMIT_FSIZE, as a full disk would
stop it) in the middle of its work, so the test needs no special file system.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from albanera_desk.domain.person_drafts import PersonDraft
from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.keys import KeyringKeys
from tests.conftest import STRONG_PASSPHRASE

CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    from pathlib import Path
    from albanera_desk.services.importing import import_people
    from albanera_desk.services.opening import open_store
    from albanera_desk.domain.person_drafts import PersonDraft
    from albanera_desk.services.people.service import PeopleService
    from albanera_desk.domain.errors import StoreError
    from albanera_desk.store.keys import KeyringKeys

    store_path, csv_path, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, no signal
    store = open_store(store_path, KeyringKeys(), passphrase)
    people = PeopleService(store, "coordinator")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, hard))  # the disk is now "full"
    outcome = {}
    try:
        import_people(store, "coordinator", csv_path)
        outcome["import"] = "saved"
    except StoreError as exc:
        outcome["import"] = type(exc).__name__ + ": " + str(exc)
    from albanera_desk.documents.output import write_atomically
    exports = csv_path.parent / "exports"
    exports.mkdir()
    try:
        write_atomically(exports / "register.pdf", b"%PDF" + bytes(1024 * 1024))
        outcome["export"] = "written"
    except StoreError as exc:
        outcome["export"] = str(exc)
    outcome["left_behind"] = sorted(p.name for p in exports.iterdir())
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space freed
    people.create(PersonDraft(first_name="Après", last_name="Libération"))
    outcome["count"] = people.count()
    store.close()
    print(json.dumps(outcome))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_during_an_import_or_export_saves_nothing_and_the_app_goes_on(
    store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    store = create_store(store_path, keys, STRONG_PASSPHRASE)
    PeopleService(store, "coordinator").create(PersonDraft(first_name="Avant", last_name="Tout"))
    store.close()
    csv_path = tmp_path / "customers.csv"
    rows = [
        f"'{n},Prénom{n},Nom{n},client{n}@example.org,'+3361234{n % 10000:04d}"
        for n in range(20_000)
    ]
    csv_path.write_text(
        "Customer ID,First Name,Last Name,Email,Phone\n" + "\n".join(rows), encoding="utf-8"
    )
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(store_path), str(csv_path), STRONG_PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    outcome = json.loads(child.stdout.strip().splitlines()[-1])
    assert outcome["import"].startswith("StoreWriteFailed: ")
    assert "nothing was saved" in outcome["import"]
    assert "Nothing was written" in outcome["export"] and outcome["left_behind"] == []
    assert outcome["count"] == 2  # none of the 20,000 rows, then the next write went through
    reopened = open_store(store_path, keys, STRONG_PASSPHRASE)
    try:
        assert check_store(reopened).ok
    finally:
        reopened.close()


BACKUP_CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from albanera_desk.services.backup import make_backup
    from albanera_desk.services.opening import open_store
    from albanera_desk.services.restore import restore_backup
    from albanera_desk.domain.errors import StoreError
    from albanera_desk.store.keys import KeyringKeys

    store_path, folder, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    store = open_store(store_path, KeyringKeys(), passphrase)
    key = store.key
    early = make_backup(store, folder)  # room enough for this one
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))  # the disk is now "full"
    outcome = {}
    try:
        make_backup(store, folder)
        outcome["backup"] = "written"
    except StoreError as exc:
        outcome["backup"] = str(exc)
    store.close()
    try:
        restore_backup(early, store_path, key)
        outcome["restore"] = "restored"
    except StoreError as exc:
        outcome["restore"] = str(exc)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    outcome["backups"] = sorted(p.name for p in folder.iterdir())
    outcome["beside"] = sorted(p.name for p in store_path.parent.iterdir())
    outcome["early"] = early.name
    print(json.dumps(outcome))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_during_a_backup_or_a_restore_is_one_sentence_and_changes_nothing(
    store_path: Path, keys: KeyringKeys, tmp_path: Path
) -> None:
    store = create_store(store_path, keys, STRONG_PASSPHRASE)
    people = PeopleService(store, "coordinator")
    for n in range(400):
        people.create(PersonDraft(first_name=f"Prénom{n}", last_name=f"Nom{n}"))
    store.close()
    before = sorted(p.name for p in store_path.parent.iterdir())
    folder = tmp_path / "backups"
    child = subprocess.run(
        [sys.executable, "-c", BACKUP_CHILD, str(store_path), str(folder), STRONG_PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    outcome = json.loads(child.stdout.strip().splitlines()[-1])
    assert "backup could not be written" in outcome["backup"], outcome
    assert "\n" not in outcome["backup"]
    assert (
        "could not be restored" in outcome["restore"]
        and "Nothing was changed" in outcome["restore"]
    ), outcome
    assert outcome["backups"] == [outcome["early"]]  # nothing half-made beside it
    assert outcome["beside"] == before
    reopened = open_store(store_path, keys, STRONG_PASSPHRASE)
    try:
        assert check_store(reopened).ok
        assert PeopleService(reopened, "t").count() == 400
    finally:
        reopened.close()
