"""Helpers for the foundation tests: raw looks at store files, stores at a chosen revision."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from albanera_desk.store import migrations
from albanera_desk.store.engine import build_engine, create_store_file
from albanera_desk.store.keys import StoreKey

# Distinctive, non-ASCII, and found nowhere else: if these bytes show up in a file, it leaked.
MARKER = "Zébulon-Ørsted-Przybył"
SQLITE_HEADER = b"SQLite format 3\x00"


def companions(path: Path) -> list[Path]:
    """The store file and its -wal / -shm, those that exist."""
    return [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def folder_fingerprint(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@contextmanager
def engine_at(path: Path, key: StoreKey, revision: str) -> Iterator[Engine]:
    """A new keyed store file brought to ``revision`` only (not to head), disposed after."""
    create_store_file(path)
    engine = build_engine(path, key)
    try:
        migrations.upgrade(engine, revision)
        yield engine
    finally:
        engine.dispose()


def first_revision() -> str:
    return migrations.revisions_oldest_first()[0]
