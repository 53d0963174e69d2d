"""Whether a key reads a store file, asked of SQLCipher alone: no engine, no SQLAlchemy.

The window asks this before its first paint (``services.opening.key_kind_that_opens``), and
opens the store with its engine once it is on screen.
"""

from __future__ import annotations

from pathlib import Path

from sqlcipher3 import dbapi2

from albanera_desk.store.identity import read_salt
from albanera_desk.store.keys import StoreKey


def key_opens(path: Path, key: StoreKey) -> bool:
    """``key`` reads the file at ``path`` (SQLCipher says a wrong key at the first read)."""
    salt = read_salt(path)
    if salt is not None:
        key = key.derived_for(salt)  # a passphrase: the one derivation, shared with the open
    try:
        conn = dbapi2.connect(str(path))
    except dbapi2.Error:
        return False
    try:
        conn.execute(f"PRAGMA key = {key.connection_literal(salt)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.Error:
        return False
    finally:
        conn.close()
    return True
