"""Kill the desk with SIGKILL while it writes: the store opens, `check` passes, every
committed request is there and nothing half-written is visible."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from albanera_desk.services.health import check_store
from albanera_desk.services.opening import create_store, open_store
from albanera_desk.services.requests import RequestService
from albanera_desk.store.keys import KeyringKeys
from tests.conftest import STRONG_PASSPHRASE

WRITER = r"""
import sys
from datetime import date
from pathlib import Path
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.backup import make_backup
from albanera_desk.services.letters import RequestLetter
from albanera_desk.services.opening import open_store
from albanera_desk.services.requests import NewRequest, RequestService
from albanera_desk.store.keys import KeyringKeys

path, passphrase, backups = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
store = open_store(path, KeyringKeys(), passphrase)
requests = RequestService(store, "crash-test")
scan = b"%PDF-1.7\n" + b"x" * 200_000
i = 0
while True:
    i += 1
    ref = requests.log(
        NewRequest(date(2026, 1, 5), [RequestKind.ACCESS], f"Writer {i}", ["1 rue X"]),
        scan=("scan.pdf", scan),
    ).reference
    print(ref, flush=True)  # printed only once committed
    if i % 5 == 0:
        make_backup(store, backups, keep=2)
"""


def _run_and_kill(store_path: Path, backups: Path, seconds: float) -> list[str]:
    env = dict(os.environ, ALBANERA_DESK_LOG_DIR=str(store_path.parent / "logs"))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(store_path), STRONG_PASSPHRASE, str(backups)],
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
    for _ in range(4):
        committed += _run_and_kill(store_path, tmp_path / "backups", rng.uniform(0.05, 1.0))
    assert committed, "the writer committed nothing before being killed"
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        report = check_store(store)
        assert report.ok, report.lines()
        present = {r.reference for r in RequestService(store, "t").list()}
        assert set(committed) <= present
        # Whatever is there is whole: every request has its event and its scan.
        with store.engine.connect() as conn:
            orphans = conn.exec_driver_sql(
                "SELECT count(*) FROM request r WHERE r.scan_id IS NULL OR NOT EXISTS "
                "(SELECT 1 FROM request_event e WHERE e.request_id = r.id)"
            ).scalar()
        assert orphans == 0
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.usefixtures("no_keyring")
def test_sigkill_soak(store_path: Path, tmp_path: Path) -> None:
    """`make soak`: forty kills at random moments, then the same checks."""
    create_store(store_path, KeyringKeys(), STRONG_PASSPHRASE).close()
    rng = random.Random()
    committed: list[str] = []
    for _ in range(40):
        committed += _run_and_kill(store_path, tmp_path / "backups", rng.uniform(0.4, 2.5))
    store = open_store(store_path, KeyringKeys(), STRONG_PASSPHRASE)
    try:
        assert check_store(store).ok
        assert set(committed) <= {r.reference for r in RequestService(store, "t").list()}
    finally:
        store.close()
