"""Where a store's key lives: the system keyring (a raw 32-byte key) or a passphrase.

One small wrapper around ``keyring``. It says whether a real system keyring is
there, refuses the plaintext and "fail" backends, and never falls back to
writing a key anywhere else: without a keyring the user chooses a passphrase.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.errors import KeyringUnavailable

SERVICE = "albanera-desk"
RAW_KEY_BYTES = 32

# Backends that "work" but keep nothing safe: refuse them as if there were no keyring.
_UNSAFE_BACKEND_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


class KeyKind(StrEnum):
    RAW = "raw"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True, slots=True)
class StoreKey:
    """A SQLCipher key. ``repr`` never shows the secret."""

    kind: KeyKind
    secret: str  # 64 hex characters for RAW, the passphrase itself otherwise

    @classmethod
    def generate_raw(cls) -> StoreKey:
        return cls(KeyKind.RAW, secrets.token_hex(RAW_KEY_BYTES))

    @classmethod
    def passphrase(cls, text: str) -> StoreKey:
        return cls(KeyKind.PASSPHRASE, text)

    def pragma_literal(self) -> str:
        """The value for ``PRAGMA key = ...``, quoted for SQL."""
        if self.kind is KeyKind.RAW:
            return f"\"x'{self.secret}'\""
        return "'" + self.secret.replace("'", "''") + "'"

    def __repr__(self) -> str:
        return f"StoreKey(kind={self.kind.value}, secret=<hidden>)"


def _backend_is_safe(backend: KeyringBackend) -> bool:
    inner = getattr(backend, "backends", None)
    if inner is not None:
        # A chainer is safe when it chains something, and nothing that writes in plaintext.
        return bool(inner) and all(_backend_is_safe(b) for b in inner)
    if type(backend).__module__.startswith(_UNSAFE_BACKEND_MODULES):
        return False
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a backend whose priority raises is unusable
        return False


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    backend_name: str

    @property
    def description(self) -> str:
        return (
            self.backend_name if self.available else QT_TRANSLATE_NOOP("Core", "no system keyring")
        )


class KeyringKeys:
    """Store keys in the system keyring, one entry per store path."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def status(self) -> KeyringStatus:
        backend = self.backend
        name = getattr(backend, "name", type(backend).__name__)
        return KeyringStatus(available=_backend_is_safe(backend), backend_name=str(name))

    @staticmethod
    def entry_name(store_path: Path) -> str:
        return str(store_path.absolute())

    def get(self, store_path: Path) -> StoreKey | None:
        if not self.status().available:
            return None
        try:
            value = self.backend.get_password(SERVICE, self.entry_name(store_path))
        except keyring.errors.KeyringError:
            return None
        if not value:
            return None
        return StoreKey(KeyKind.RAW, value)

    def put(self, store_path: Path, key: StoreKey) -> None:
        if key.kind is not KeyKind.RAW:
            raise ValueError("only raw keys go to the keyring")
        if not self.status().available:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "There is no system keyring on this computer: choose a passphrase instead.",
                )
            )
        try:
            self.backend.set_password(SERVICE, self.entry_name(store_path), key.secret)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The system keyring refused to keep the key: choose a passphrase instead.",
                )
            ) from exc

    def delete(self, store_path: Path) -> None:
        with contextlib.suppress(keyring.errors.KeyringError):
            self.backend.delete_password(SERVICE, self.entry_name(store_path))
