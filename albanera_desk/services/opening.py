"""Creating and opening a store: where its key comes from, and what the user is told.

A new store gets a random 32-byte key kept in the system keyring. Where there
is no usable keyring, the user's passphrase is the key (SQLCipher derives it);
it must be at least 12 characters and not weak.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from albanera_desk.domain.passphrase import MIN_LENGTH, assess
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.store.errors import (
    KeyringUnavailable,
    KeyUnavailable,
    StoreNotFound,
    WeakPassphrase,
)
from albanera_desk.store.keys import KeyKind, KeyringKeys, StoreKey
from albanera_desk.store.store import Store


def current_actor() -> str:
    """Who is at the desk: the operating-system account name."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some sandboxes
        return "unknown"


@dataclass(frozen=True, slots=True)
class KeyPlan:
    """How a store will be (or is) keyed, said plainly for the first-start dialog."""

    kind: KeyKind
    keyring_name: str

    def describe(self) -> str:
        if self.kind is KeyKind.RAW:
            return QT_TRANSLATE_NOOP(
                "Core", "The key is kept in this computer's keyring ({keyring})."
            ).format(keyring=self.keyring_name)
        return QT_TRANSLATE_NOOP(
            "Core", "There is no system keyring here: the store is locked with your passphrase."
        )


def plan_for_new_store(keys: KeyringKeys) -> KeyPlan:
    status = keys.status()
    return KeyPlan(KeyKind.RAW if status.available else KeyKind.PASSPHRASE, status.backend_name)


def needs_passphrase(path: Path, keys: KeyringKeys) -> bool:
    """True when the keyring holds no key for ``path``: the user must type the passphrase."""
    return keys.get(path) is None


def check_new_passphrase(passphrase: str) -> None:
    verdict = assess(passphrase)
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(
            QT_TRANSLATE_NOOP("Core", "The passphrase needs at least {count} characters.").format(
                count=MIN_LENGTH
            )
        )
    if not verdict.acceptable:
        raise WeakPassphrase(
            QT_TRANSLATE_NOOP(
                "Core",
                "This passphrase is too easy to guess: use several unrelated words, or mix "
                "letters, digits and signs.",
            )
        )


def new_key(passphrase: str | None, keys: KeyringKeys) -> StoreKey:
    """The key for a new (or rekeyed) store: the passphrase, or random bytes for the keyring."""
    if passphrase is not None:
        check_new_passphrase(passphrase)
        return StoreKey.passphrase(passphrase)
    if not keys.status().available:
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP(
                "Core",
                "There is no system keyring on this computer: choose a passphrase "
                "(or set ALBANERA_DESK_PASSPHRASE for scripts).",
            )
        )
    return StoreKey.generate_raw()


def create_store(path: Path, keys: KeyringKeys, passphrase: str | None = None) -> Store:
    """Create a store keyed by the keyring, or by ``passphrase`` when one is given.

    Without a usable keyring and without a passphrase, it refuses with a sentence
    telling the user to choose a passphrase; it never writes the key elsewhere.
    """
    path = path.absolute()
    key = new_key(passphrase, keys)
    store = Store.create(path, key)
    if key.kind is KeyKind.RAW:
        try:
            keys.put(path, key)
        except BaseException:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
    with store.writer.begin() as session:
        audit.append(
            session,
            actor=current_actor(),
            action=AuditAction.CREATE,
            record_type="store",
            note=f"key: {store.key_kind.value}",
        )
    return store


def open_store(
    path: Path,
    keys: KeyringKeys,
    passphrase: str | None = None,
    *,
    backup_dir: Path | None = None,
) -> Store:
    """Open with the keyring's key for ``path`` if there is one, else with ``passphrase``."""
    path = path.absolute()
    if not path.exists():
        raise StoreNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no store at {path}.").format(path=str(path)),
            path=path,
        )
    key = keys.get(path)
    if key is None:
        if not passphrase:
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The key of this store is not in this computer's keyring: "
                    "enter its passphrase.",
                ),
                path=path,
            )
        key = StoreKey.passphrase(passphrase)
    store = Store.open(path, key, backup_dir=backup_dir)
    if store.migration is not None:
        note = store.migration
        with store.writer.begin() as session:
            audit.append(
                session,
                actor=current_actor(),
                action=AuditAction.MIGRATE,
                record_type="store",
                note=f"schema {note.from_revision} -> {note.to_revision}, backup made first",
            )
    return store
