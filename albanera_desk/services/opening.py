"""Creating and opening a store: where its key comes from, and what the user is told.

A new store gets a random 32-byte key kept in the system keyring. Where there
is no usable keyring, the user's passphrase is the key (SQLCipher derives it);
it must be at least 12 characters and not weak.
"""

from __future__ import annotations

import getpass
import re
from dataclasses import dataclass
from pathlib import Path

from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.store.errors import (
    KeyringUnavailable,
    KeyringValueInvalid,
    KeyUnavailable,
    StoreNotFound,
    WeakPassphrase,
    WrongKeyOrNotAStore,
)
from albanera_desk.store.files import remove_with_companions
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
