"""Creating and opening a store: where its key comes from, and what the user is told.

A new store gets a random 32-byte key kept in the system keyring. Where there
is no usable keyring, the user's passphrase is the key (SQLCipher derives it);
it must be at least 12 characters and not weak.

This module is the window's and the CLI's one door to the store: they import no
``albanera_desk.store`` module (``tests/test_layers.py``). They create, open, reopen,
lock and unlock stores and ask which keys open a backup here; key changes are in
``key_management``, backups in ``backup`` and ``restore``. The types they hold (an
open ``Store``, a ``StoreKey``, the ``KeyringKeys`` handed to these functions, a
``StoreLock``) are handed out from here too.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from albanera_desk.domain.errors import (
    KeyringUnavailable,
    KeyringValueInvalid,
    KeyUnavailable,
    StoreNotFound,
    WeakPassphrase,
    WrongKeyOrNotAStore,
)
from albanera_desk.domain.keys import KeyKind
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.files import protect_folder, protect_store, remove_with_companions
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.lock import StoreLock

if TYPE_CHECKING:
    from albanera_desk.store.store import Store

__all__ = [
    "KeyPlan",
    "KeyringKeys",
    "Store",
    "StoreKey",
    "StoreLock",
    "backup_keys",
    "check_new_passphrase",
    "create_store",
    "current_actor",
    "keyring_available",
    "keys_for_backup",
    "needs_passphrase",
    "new_key",
    "older_keys",
    "open_store",
    "protect_desk_files",
    "remember_store",
    "reopen_store",
    "settle_keyring",
    "store_lock",
    "typed_keys",
]


def __getattr__(name: str) -> Any:
    """``Store`` is handed out from here too, but loaded only when asked for: the window
    imports this module before its first paint, and the store's engine (SQLAlchemy) after."""
    if name == "Store":
        from albanera_desk.store.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


def keyring_available(keys: KeyringKeys) -> bool:
    """True when this computer has a system keyring the desk may keep a key in."""
    return keys.status().available


def needs_passphrase(path: Path, keys: KeyringKeys) -> bool:
    """True when the keyring holds no key for ``path``: the user must type the passphrase."""
    return keys.get(path) is None


def check_new_passphrase(passphrase: str) -> None:
    # Its strength model loads only when a passphrase is chosen, not at every start.
    from albanera_desk.domain.passphrase import MIN_LENGTH, assess

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
    telling the user to choose a passphrase; it never writes the key elsewhere. The
    key is kept under the new store's own id: no other store's entry is touched.
    """
    from albanera_desk.services import audit
    from albanera_desk.store.store import Store

    path = path.absolute()
    key = new_key(passphrase, keys)
    store = Store.create(path, key)
    try:
        if key.kind is KeyKind.RAW:
            keys.put_new(store.store_id, key)
        keys.remember(path, store.store_id)
    except BaseException:
        store.close()
        remove_with_companions(path)
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


def typed_keys(text: str | None) -> list[StoreKey]:
    """What the user typed as a key: the passphrase, or the recovery sheet's 64 digits."""
    if not text:
        return []
    found = [StoreKey.passphrase(text)]
    digits = re.sub(r"[\s\-]", "", text).lower()
    if re.fullmatch(r"[0-9a-f]{64}", digits):
        found.insert(0, StoreKey(KeyKind.RAW, digits))
    return found


def open_store(
    path: Path,
    keys: KeyringKeys,
    passphrase: str | None = None,
    *,
    backup_dir: Path | None = None,
) -> Store:
    """Open with the keyring's keys for this file (current, then pending), else ``passphrase``.

    A key change that was interrupted is finished here: the key that opened the
    store becomes the keyring's current one.
    """
    from albanera_desk.services import audit
    from albanera_desk.store.store import Store

    path = path.absolute()
    if not path.exists():
        raise StoreNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no store at {path}.").format(path=str(path)),
            path=path,
        )
    from_keyring = keys.candidates(path)
    tried = [*from_keyring, *typed_keys(passphrase)]
    failure: WrongKeyOrNotAStore | None = None
    for key in tried:
        try:
            store = Store.open(path, key, backup_dir=backup_dir)
            break
        except WrongKeyOrNotAStore as exc:
            failure = failure or exc
    else:
        if not passphrase and from_keyring:
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "Cannot open {name} with the key in this computer's keyring: the key is "
                    "wrong, or the file is damaged. Enter its passphrase, or put the key back "
                    "from the recovery sheet.",
                ).format(name=path.name),
                path=path,
            )
        if not passphrase:
            raise KeyUnavailable(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The key of this store is not in this computer's keyring: "
                    "enter its passphrase.",
                ),
                path=path,
            )
        assert failure is not None
        raise failure
    try:
        finished = settle_keyring(store, keys)
    except BaseException:
        store.close()
        raise
    if finished or store.migration is not None:
        note = (
            f"schema {store.migration.from_revision} -> {store.migration.to_revision}, "
            "backup made first"
            if store.migration is not None
            else ""
        )
        with store.writer.begin() as session:
            if store.migration is not None:
                audit.append(
                    session,
                    actor=current_actor(),
                    action=AuditAction.MIGRATE,
                    record_type="store",
                    note=note,
                )
            if finished:
                audit.append(
                    session,
                    actor=current_actor(),
                    action=AuditAction.UPDATE,
                    record_type="store",
                    fields=["key"],
                    note="an interrupted key change was finished at open",
                )
    return store


def settle_keyring(store: Store, keys: KeyringKeys) -> bool:
    """Make the keyring agree with the key that opened ``store``; True if a change was finished.

    Opened with the pending key: the rekey happened, the pending key is promoted.
    Opened with a passphrase while the keyring still holds a key: a change to a
    passphrase was interrupted after the rekey, the old key is kept only as older.
    A store of an earlier version is keyed by its identity too.
    """
    if not keys.status().available:
        return False
    store_id, used = store.store_id, store.key
    try:
        current, pending = keys.current(store_id), keys.pending(store_id)
    except KeyringValueInvalid:
        current, pending = None, None
    finished = False
    if pending is not None and used == pending and current != used:
        keys.promote(store_id, used)
        finished = True
    elif used.kind is KeyKind.PASSPHRASE and current is not None:
        keys.retire_current(store_id)
        finished = True
    elif used.kind is KeyKind.RAW and current is None:
        keys.adopt_legacy(store.path, store_id, used)
    keys.remember(store.path, store_id)
    return finished


def reopen_store(path: Path, key: StoreKey) -> Store:
    """Open again, with a key that already opened it, a store the desk closed on purpose
    (after a restore or a key change)."""
    from albanera_desk.store.store import Store

    return Store.open(path, key)


def store_lock(path: Path) -> StoreLock:
    """The one-desk-per-store lock of ``path``, not yet taken: ``.acquire()`` it or use it in
    ``with`` (``StoreOpenElsewhere`` when another desk holds it)."""
    return StoreLock(path)


def protect_desk_files(store_path: Path, backup_dir: Path) -> None:
    """Nothing the desk writes may land on this store, its companions, or the backup folder."""
    protect_store(store_path)
    protect_folder(backup_dir)


def remember_store(path: Path, store_id: str, keys: KeyringKeys) -> None:
    """Note in the keyring which store the file at ``path`` is (no secret is written)."""
    keys.remember(path, store_id)


def older_keys(store: Store, keys: KeyringKeys) -> list[StoreKey]:
    """The keys this store had before a key change, newest first (its older backups)."""
    return keys.history(store.store_id)


def backup_keys(store: Store, keys: KeyringKeys) -> list[StoreKey]:
    """The keys that may open this store's backups: its own, then the older ones it had."""
    return [store.key, *older_keys(store, keys)]


def keys_for_backup(backup: Path, keys: KeyringKeys, typed: str | None) -> list[StoreKey]:
    """The keys that may open ``backup`` when its store file is gone: the keyring's keys of
    the store it belongs to (found by its salt), then what was typed, then older keys."""
    found = keys.candidates(backup)
    found += typed_keys(typed)
    store_id = keys.store_id_for(backup)
    if store_id is not None:
        found += keys.history(store_id)
    return found
