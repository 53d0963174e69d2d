"""Kill the desk with SIGKILL while it writes: the store opens, `check` passes, every
committed request is there and nothing half-written is visible."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.requests import RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.conftest import STRONG_PASSPHRASE

WRITER = r"""
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.backup import make_backup
from albanera_desk.services.importing import import_people
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import open_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

path, passphrase, backups = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
run = sys.argv[4]
store = open_store(path, KeyringKeys(), passphrase)
OrganisationService(store, "crash-test").save(
    replace(profile_from_privacy_policy(), signatory_name="Claire Martin")
)
requests = RequestService(store, "crash-test")
people = PeopleService(store, "crash-test")
letters = LetterService(store, "crash-test")
scan = b"%PDF-1.7\n" + b"x" * 200_000
i = 0
while True:
    i += 1
    ref = requests.log(
        NewRequest(date(2026, 1, 5), [RequestKind.ACCESS], f"Writer {i}", ["1 rue X"]),
        scan=("scan.pdf", scan),
    ).reference
    print(ref, flush=True)  # printed only once committed
    if i % 2 == 0:  # an import of 50 new people: all of them, or none
        csv_file = backups.parent / f"import-{run}-{i}.csv"
        rows = [f"'{run}-{i}-{n},Prénom,Nom{n},p{run}.{i}.{n}@example.org" for n in range(50)]
        csv_file.write_text("Customer ID,First Name,Last Name,Email\n" + "\n".join(rows))
        import_people(store, "crash-test", csv_file)
        print(f"IMPORT-{run}-{i}", flush=True)
        hit = people.search(f"p{run}.{i}.0@example.org")[0]
        people.correct(hit.id, "last_name", f"Corrigé{i}", "crash test")
        print(f"CORRECTED-{run}-{i}", flush=True)
    if i % 3 == 0:  # a letter saved with the request
        pdf = letters.prepare([ref], RequestLetter.ACKNOWLEDGEMENT).pdf
        letters.record_posted(
            ref, RequestLetter.ACKNOWLEDGEMENT, pdf, posted_on=date(2026, 1, 6), language="fr"
        )
        print(f"LETTER-{ref}", flush=True)
    if i % 5 == 0:
        make_backup(store, backups, keep=2)
"""


def _run_and_kill(store_path: Path, backups: Path, seconds: float, run: int = 0) -> list[str]:
    env = dict(os.environ, ALBANERA_DESK_LOG_DIR=str(store_path.parent / "logs"))
    backups.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_path), STRONG_PASSPHRASE, str(backups), str(run)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    first = child.stdout.readline()  # wait for a first commit: a busy machine starts slowly
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return (first + out).split()


@pytest.mark.usefixtures("no_keyring")
def test_sigkill_during_writes_loses_nothing_committed(store_path: Path, tmp_path: Path) -> None:
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    rng = random.Random(20261125)
    committed: list[str] = []
    for run in range(4):
        committed += _run_and_kill(store_path, tmp_path / "backups", rng.uniform(0.05, 1.0), run)
    assert committed, "the writer committed nothing before being killed"
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        report = check_store(store)
        assert report.ok, report.lines()
        present = {r.reference for r in RequestService(store, "t").list()}
        assert {c for c in committed if c.startswith("R-")} <= present
        _imports_corrections_and_letters_are_whole(store, committed)
        # Whatever is there is whole: every request has its event and its scan.
        with store.engine.connect() as conn:
            orphans = conn.exec_driver_sql(
                "SELECT count(*) FROM request r WHERE r.scan_id IS NULL OR NOT EXISTS "
                "(SELECT 1 FROM request_event e WHERE e.request_id = r.id)"
            ).scalar()
        assert orphans == 0
    finally:
        store.close()


def _imports_corrections_and_letters_are_whole(store: Store, committed: list[str]) -> None:
    """Each import is there whole or not at all; every printed correction and letter is kept."""
    people = PeopleService(store, "t")
    with store.engine.connect() as conn:
        ids = conn.exec_driver_sql("SELECT customer_id FROM person").scalars().all()
        corrections = conn.exec_driver_sql("SELECT count(*) FROM correction").scalar()
        letters = conn.exec_driver_sql("SELECT count(*) FROM letter").scalar()
    # Customer IDs are "<run>-<i>-<n>": one import is one "<run>-<i>".
    per_import = Counter(str(cid).rsplit("-", 1)[0] for cid in ids)
    assert all(count == 50 for count in per_import.values()), per_import
    assert len(per_import) >= sum(c.startswith("IMPORT-") for c in committed)
    assert people.count() == 50 * len(per_import)
    assert (corrections or 0) >= sum(c.startswith("CORRECTED-") for c in committed)
    assert (letters or 0) >= sum(c.startswith("LETTER-") for c in committed)


@pytest.mark.slow
@pytest.mark.usefixtures("no_keyring")
def test_sigkill_soak(store_path: Path, tmp_path: Path) -> None:
    """`make soak`: forty kills at random moments, then the same checks."""
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    rng = random.Random()
    committed: list[str] = []
    for run in range(40):
        committed += _run_and_kill(store_path, tmp_path / "backups", rng.uniform(0.4, 2.5), run)
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        assert check_store(store).ok
        present = {r.reference for r in RequestService(store, "t").list()}
        assert {c for c in committed if c.startswith("R-")} <= present
        _imports_corrections_and_letters_are_whole(store, committed)
    finally:
        store.close()
