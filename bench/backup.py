"""``make bench`` figures for backups: make, verify and restore a store of 1M people.

Beside plain SQLite in the same run: the same people in an unencrypted file, backed
up with sqlite3's online backup API and restored by the same API. Ours is an
encrypted SQLCipher export, verified (key, integrity, audit chain) before restore.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from albanera_desk.services.backup import make_backup, restore_backup, verify_backup
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.store import Store
from bench.people import PlainStore, build, figure, sizes


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return round((time.perf_counter() - start) * 1000, 1)


def _plain_backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _plain_check(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def figures() -> list[dict[str, object]]:
    count = max(sizes())
    label = f"{count // 1000}k" if count < 1_000_000 else f"{count // 1_000_000}m"
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="albanera-bench-backup-") as tmp:
        folder = Path(tmp)
        key = StoreKey.generate_raw()
        ours_path, plain_path = folder / "ours.db", folder / "plain.db"
        ours = Store.create(ours_path, key)
        plain = PlainStore.create(plain_path)
        try:
            build(ours, count)
            build(plain, count)
        finally:
            plain.close()
        backups = folder / "backups"
        made: list[Path] = []
        try:
            backup_ms = _ms(lambda: made.append(make_backup(ours, backups, keep=2)))
        finally:
            ours.close()
        plain_copy = folder / "plain-backup.db"
        plain_ms = _ms(lambda: _plain_backup(plain_path, plain_copy))
        size_mib = round(made[0].stat().st_size / 1024**2, 1)
        results.append(
            figure(
                f"backup_{label}_people_make",
                backup_ms,
                plain_ms,
                "sqlite3 online backup API of the same people, unencrypted",
            )
        )
        results[-1]["backup_mib"] = size_mib
        results.append(
            figure(
                f"backup_{label}_people_verify",
                _ms(lambda: verify_backup(made[0], key)),
                _ms(
                    lambda: sqlite3.connect(plain_copy).execute("PRAGMA integrity_check").fetchall()
                ),
                "PRAGMA integrity_check of the plain copy",
            )
        )
        results.append(
            figure(
                f"backup_{label}_people_restore_verified",
                _ms(lambda: restore_backup(made[0], ours_path, key)),
                _ms(lambda: _plain_backup(plain_copy, plain_path)),
                "sqlite3 backup API from the plain copy back over the store",
            )
        )
        for leftover in folder.rglob("*"):
            if leftover.is_file():
                leftover.unlink()
    return results
