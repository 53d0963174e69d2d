"""Where a store's key lives: the system keyring (a raw 32-byte key) or a passphrase.

One small wrapper around ``keyring``. It says whether a real system keyring is
there, refuses the plaintext and "fail" backends, and never falls back to
writing a key anywhere else: without a keyring the user chooses a passphrase.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from albanera_desk.domain.errors import KeyringEntryExists, KeyringUnavailable, KeyringValueInvalid
from albanera_desk.domain.keys import KeyKind
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.identity import read_salt
from albanera_desk.store.key_derivation import derive
from albanera_desk.store.keyring_choice import system_keyring

__all__ = ["KeyKind", "KeyringKeys", "KeyringStatus", "StoreKey"]  # KeyKind: from the domain

SERVICE = "albanera-desk"
RAW_KEY_BYTES = 32

# Backends that "work" but keep nothing safe: refuse them as if there were no keyring.
_UNSAFE_BACKEND_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True, slots=True)
class StoreKey:
    """A SQLCipher key. ``repr`` never shows the secret."""

    kind: KeyKind
    secret: str  # 64 hex characters for RAW, the passphrase itself otherwise
    # A passphrase's key as SQLCipher derives it for one file (key and salt, 96 hex digits):
    # derived once at open (``derived_for``), then every connection is keyed without a KDF.
    derived: str | None = field(default=None, compare=False, repr=False)

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

    def connection_literal(self, salt: bytes | None) -> str:
        """``PRAGMA key`` for a connection to the file with ``salt``: the derived key when it
        was derived for that salt (no KDF), else the key itself."""
        # A new, empty file has no salt yet: the derived key's own salt becomes its salt.
        if self.derived is not None and (salt is None or self.derived.endswith(salt.hex())):
            return f"\"x'{self.derived}'\""
        return self.pragma_literal()

    def derived_for(self, salt: bytes, *, again: bool = False) -> StoreKey:
        """This key with the raw key SQLCipher 4 derives from it for a file with ``salt``
        (PBKDF2-HMAC-SHA512, its default iterations): the one key derivation of an open.
        ``again``: the open that follows takes the same derivation (see ``derive``)."""
        if self.kind is KeyKind.RAW:
            return self
        if self.derived is not None and self.derived.endswith(salt.hex()):
            return self
        return StoreKey(self.kind, self.secret, derive(self.secret, salt, again=again))

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
    """Store keys in the system keyring, under the store's identity.

    Entries (service ``albanera-desk``):
    ``store:<id>`` the current key; ``store:<id>:pending`` a key being put in place
    by a key change (written before the rekey, promoted after); ``store:<id>:previous``
    the store's older keys (its older backups need them); ``file:<salt>`` which store
    a file with that salt is (the salt is readable without the key). Stores made by
    earlier versions had one entry named by their path: still read, never written.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else system_keyring()

    def status(self) -> KeyringStatus:
        backend = self.backend
        name = getattr(backend, "name", type(backend).__name__)
        return KeyringStatus(available=_backend_is_safe(backend), backend_name=str(name))

    # --- entry names ---------------------------------------------------------------

    @staticmethod
    def entry_name(store_path: Path) -> str:
        """The entry of a store made by an earlier version: its path."""
        return str(store_path.absolute())

    @staticmethod
    def _current(store_id: str) -> str:
        return f"store:{store_id}"

    @staticmethod
    def _pending(store_id: str) -> str:
        return f"store:{store_id}:pending"

    @staticmethod
    def _previous(store_id: str) -> str:
        return f"store:{store_id}:previous"

    @staticmethod
    def _file(salt: bytes) -> str:
        return f"file:{salt.hex()}"

    # --- reading ---------------------------------------------------------------------

    def _read(self, name: str) -> str | None:
        if not self.status().available:
            return None
        try:
            value = self.backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError:
            return None
        return value or None

    def store_id_for(self, store_path: Path) -> str | None:
        """Which store the file at ``store_path`` is, from its salt (no key needed)."""
        salt = read_salt(store_path)
        if salt is None:
            return None
        value = self._read(self._file(salt))
        return value if value and _STORE_ID.fullmatch(value) else None

    def current(self, store_id: str) -> StoreKey | None:
        return _raw_key(self._read(self._current(store_id)))

    def pending(self, store_id: str) -> StoreKey | None:
        return _raw_key(self._read(self._pending(store_id)))

    def history(self, store_id: str) -> list[StoreKey]:
        """The store's older keys, newest first (to open backups made before a change)."""
        text = self._read(self._previous(store_id))
        if not text:
            return []
        try:
            values = json.loads(text)
        except ValueError:
            return []
        if not isinstance(values, list):
            return []
        return [StoreKey(KeyKind.RAW, v) for v in values if isinstance(v, str) and _HEX.match(v)]

    def candidates(self, store_path: Path) -> list[StoreKey]:
        """Keys to try, in order, for the file at ``store_path``: current, pending, legacy."""
        found: list[StoreKey] = []
        store_id = self.store_id_for(store_path)
        if store_id is not None:
            for key in (self.current(store_id), self.pending(store_id)):
                if key is not None and key not in found:
                    found.append(key)
        legacy = _raw_key(self._read(self.entry_name(store_path)))
        if legacy is not None and legacy not in found:
            found.append(legacy)
        return found

    def get(self, store_path: Path) -> StoreKey | None:
        """The first key to try for ``store_path``, or ``None`` when the keyring has none."""
        found = self.candidates(store_path)
        return found[0] if found else None

    # --- writing ---------------------------------------------------------------------

    def _write(self, name: str, value: str) -> None:
        if not self.status().available:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "There is no system keyring on this computer: choose a passphrase instead.",
                )
            )
        try:
            self.backend.set_password(SERVICE, name, value)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The system keyring refused to keep the key: choose a passphrase instead.",
                )
            ) from exc

    def _delete(self, name: str) -> None:
        with contextlib.suppress(keyring.errors.KeyringError):
            self.backend.delete_password(SERVICE, name)

    def remember(self, store_path: Path, store_id: str) -> None:
        """Note which store the file at ``store_path`` is (by its salt); no secret."""
        salt = read_salt(store_path)
        if salt is not None and self.status().available:
            with contextlib.suppress(KeyringUnavailable):
                if self._read(self._file(salt)) != store_id:
                    self._write(self._file(salt), store_id)

    def put_new(self, store_id: str, key: StoreKey) -> None:
        """Keep the key of a new store; an existing entry is never replaced."""
        _only_raw(key)
        existing = self._read(self._current(store_id))
        if existing is not None and existing != key.secret:
            raise KeyringEntryExists(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The keyring already holds another key for this store; nothing was replaced.",
                )
            )
        self._write(self._current(store_id), key.secret)

    def put_recovered(self, store_id: str, key: StoreKey) -> None:
        """A key proven to open the store becomes current; a different one is kept as older."""
        _only_raw(key)
        existing = self.current(store_id) if self._read(self._current(store_id)) else None
        if existing is not None and existing != key:
            self._add_history(store_id, existing)
        self._write(self._current(store_id), key.secret)

    def stage_pending(self, store_id: str, key: StoreKey) -> None:
        """Step 1 of a key change: the new key is kept before the store is rekeyed."""
        _only_raw(key)
        self._write(self._pending(store_id), key.secret)

    def drop_pending(self, store_id: str) -> None:
        self._delete(self._pending(store_id))

    def promote(self, store_id: str, new: StoreKey) -> None:
        """Last step of a change to a keyring key: ``new`` becomes current, the old one older."""
        _only_raw(new)
        old = self._safe_current(store_id)
        if old is not None and old != new:
            self._add_history(store_id, old)
        self._write(self._current(store_id), new.secret)
        self.drop_pending(store_id)

    def keep_as_older(self, store_id: str, key: StoreKey) -> None:
        """Keep a raw key the store is about to stop using (its backups still need it)."""
        if key.kind is KeyKind.RAW:
            self._add_history(store_id, key)

    def retire_current(self, store_id: str) -> None:
        """Last step of a change to a passphrase: the keyring key is kept only as older."""
        old = self._safe_current(store_id)
        if old is not None:
            self._add_history(store_id, old)
        self._delete(self._current(store_id))

    def _safe_current(self, store_id: str) -> StoreKey | None:
        try:
            return self.current(store_id)
        except KeyringValueInvalid:
            return None

    def _add_history(self, store_id: str, key: StoreKey) -> None:
        older = [k.secret for k in self.history(store_id) if k != key]
        self._write(self._previous(store_id), json.dumps([key.secret, *older][:HISTORY_KEPT]))

    def put(self, store_path: Path, key: StoreKey) -> None:
        """The path entry of an earlier version (as such stores have it); never replaces one."""
        _only_raw(key)
        name = self.entry_name(store_path)
        existing = self._read(name)
        if existing is not None and existing != key.secret:
            raise KeyringEntryExists(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The keyring already holds another key for this store; nothing was replaced.",
                )
            )
        self._write(name, key.secret)

    def delete(self, store_path: Path) -> None:
        """Remove the path entry of an earlier version (identity entries stay)."""
        self._delete(self.entry_name(store_path))

    def adopt_legacy(self, store_path: Path, store_id: str, key: StoreKey) -> None:
        """A store of an earlier version, opened with its path entry: key it by identity too."""
        if key.kind is KeyKind.RAW and self._read(self._current(store_id)) is None:
            self._write(self._current(store_id), key.secret)
        self.remember(store_path, store_id)


HISTORY_KEPT = 20
_HEX = re.compile(r"^[0-9a-f]{64}$")
_STORE_ID = re.compile(r"^[0-9a-f]{32}$")


def _only_raw(key: StoreKey) -> None:
    if key.kind is not KeyKind.RAW:
        raise ValueError("only raw keys go to the keyring")


def _raw_key(value: str | None) -> StoreKey | None:
    """A keyring value as a key; anything but 64 hex digits is refused with a sentence."""
    if value is None:
        return None
    if not _HEX.match(value):
        raise KeyringValueInvalid(
            QT_TRANSLATE_NOOP(
                "Core",
                "The keyring entry of this store does not hold a key (it was changed outside "
                "Alba Nera Desk): put the key back from the recovery sheet with "
                "'albanera-desk key restore'.",
            )
        )
    return StoreKey(KeyKind.RAW, value)
