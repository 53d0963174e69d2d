"""The passphrase's key derived ahead, while the window's code loads: the window's entry asks
here, before anything heavy (SQLAlchemy, Qt) is imported. Light on purpose: only the file's
salt and the derivation, no engine."""

from __future__ import annotations

from pathlib import Path

from albanera_desk.store.identity import read_salt
from albanera_desk.store.key_derivation import derive_ahead


def derive_key_ahead(store_path: Path, passphrase: str | None) -> None:
    """Start deriving the store's key from ``passphrase`` on its own thread, if both are
    known; opening the store later picks the result up instead of deriving again."""
    salt = read_salt(store_path) if passphrase else None
    if passphrase and salt:
        derive_ahead(passphrase, salt)
