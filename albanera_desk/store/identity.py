"""Who a store is: a random id inside it, and the salt that names its file without the key.

The id (``store.id`` in ``store_setting``) is made at ``init`` and given to an
older store the first time it is opened. It names the keyring entries and the
backups of that store, wherever its file is moved.

A SQLCipher file's first 16 bytes are its salt, in clear: unchanged by a rekey,
and copied into every backup of the store. It is how a file is matched to its
keyring entries before anything can be decrypted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STORE_ID_KEY = "store.id"
SALT_BYTES = 16
_SQLITE_HEADER = b"SQLite format 3\x00"


def new_store_id() -> str:
    return uuid.uuid4().hex


def read_salt(path: Path) -> bytes | None:
    """The file's salt, or ``None`` for a missing, short or plaintext SQLite file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SALT_BYTES)
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == _SQLITE_HEADER:
        return None
    return head


def read_store_id(raw: Any, schema: str = "main") -> str | None:
    """The id kept in ``store_setting`` (``raw`` is a keyed DB-API connection)."""
    try:
        row = raw.execute(
            f"SELECT value FROM {schema}.store_setting WHERE key = ?", (STORE_ID_KEY,)
        ).fetchone()
    except Exception:  # noqa: BLE001 - a store older than store_setting has no id
        return None
    return str(row[0]) if row and row[0] else None


@dataclass(frozen=True, slots=True)
class FileIdentity:
    """Device and inode of the store and its -wal, to notice files replaced under the app."""

    store: tuple[int, int] | None
    wal: tuple[int, int] | None

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        return cls(_dev_ino(path), _dev_ino(Path(f"{path}-wal")))

    def still_there(self, path: Path) -> bool:
        """False when the store or its -wal were removed or replaced since this was taken."""
        now = FileIdentity.of(path)
        if self.store is None or now.store != self.store:
            return False
        # The -wal lives as long as a connection is open: gone or another file means lost work.
        return self.wal is None or now.wal == self.wal


def _dev_ino(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)
