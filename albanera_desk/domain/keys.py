"""The two kinds of key a store can have: a raw key kept in the keyring, or a passphrase.

A plain value the window, the CLI and the store all speak of; where a key is kept and
how SQLCipher is given it are the store's business (``albanera_desk.store.keys``).
"""

from __future__ import annotations

from enum import StrEnum


class KeyKind(StrEnum):
    RAW = "raw"
    PASSPHRASE = "passphrase"
