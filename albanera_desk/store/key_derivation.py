"""A passphrase's SQLCipher key, derived in Python exactly as SQLCipher 4 derives it
(PBKDF2-HMAC-SHA512, its default iterations, the file's 16-byte salt).

Once per open: every connection is then keyed with the raw key, never a second derivation.
When the passphrase is known at launch (``ALBANERA_DESK_PASSPHRASE``), the derivation starts
at once on its own thread (it runs outside the GIL) while the code loads.
"""

from __future__ import annotations

import hashlib
import threading

KDF_ITERATIONS = 256_000  # SQLCipher 4's default for a passphrase
KEY_BYTES = 32

_ahead: dict[tuple[str, bytes], _Derivation] = {}
_ahead_lock = threading.Lock()


class _Derivation(threading.Thread):
    def __init__(self, passphrase: str, salt: bytes) -> None:
        super().__init__(name="key-derivation", daemon=True)  # never holds up an exit
        self._passphrase, self._salt = passphrase, salt
        self.key: str | None = None

    def run(self) -> None:
        self.key = _pbkdf2(self._passphrase, self._salt)


def _pbkdf2(passphrase: str, salt: bytes) -> str:
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, KEY_BYTES)
    return raw.hex() + salt.hex()


def derive_ahead(passphrase: str, salt: bytes) -> None:
    """Start deriving now; ``derive`` with the same passphrase and salt takes the result."""
    with _ahead_lock:
        if (passphrase, salt) in _ahead:
            return
        started = _ahead[(passphrase, salt)] = _Derivation(passphrase, salt)
    started.start()


def forget(passphrase: str, salt: bytes) -> None:
    """A derivation kept for a later call (``again``) that will not come: dropped."""
    with _ahead_lock:
        _ahead.pop((passphrase, salt), None)


def derive(passphrase: str, salt: bytes, *, again: bool = False) -> str:
    """The raw key and salt (96 hex digits) for ``PRAGMA key = "x'...'"``, taken from a
    derivation started ahead if there is one. ``again``: the same key is asked once more
    soon (the window's first look, then the store's open): kept for that one call only."""
    with _ahead_lock:
        started = _ahead.get((passphrase, salt)) if again else _ahead.pop((passphrase, salt), None)
    if started is not None:
        if started.ident is not None:  # a thread (not a derivation kept from an earlier call)
            started.join()
        if started.key is not None:
            return started.key
    key = _pbkdf2(passphrase, salt)
    if again:
        done = _Derivation(passphrase, salt)
        done.key = key
        with _ahead_lock:
            _ahead[(passphrase, salt)] = done
    return key
