"""Key management: the recovery sheet, putting a key back, changing or rotating the key.

Every change of key is made on a closed store, after a fresh encrypted backup
with the old key, in an order where one known key always opens the store.
Nothing here ever writes a key anywhere but the keyring.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from albanera_desk.documents.recovery_sheet import RecoveryFacts
from albanera_desk.domain.errors import StoreError, WrongKeyOrNotAStore
from albanera_desk.domain.letter_format import date_in_words
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.backup import make_backup
from albanera_desk.services.opening import current_actor, new_key
from albanera_desk.store.engine import build_engine
from albanera_desk.store.keys import KeyKind, KeyringKeys, StoreKey
from albanera_desk.store.store import Store


class KeyChangeFailed(StoreError):
    pass


def recovery_facts(store: Store, today: date | None = None) -> RecoveryFacts:
    key = store.key
    return RecoveryFacts(
        store_path=str(store.path),
        store_id=store.store_id,
        created_on=date_in_words(today or date.today(), "en"),
        raw_key_hex=key.secret if key.kind is KeyKind.RAW else None,
    )


def parse_raw_key(text: str) -> StoreKey:
    """The 64 hex digits from a recovery sheet, whatever spaces or case were typed."""
    digits = re.sub(r"[\s\-]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise KeyChangeFailed(
            QT_TRANSLATE_NOOP(
                "Core",
                "A key is 64 characters from 0-9 and A-F (as on the recovery sheet); check what "
                "was typed.",
            )
        )
    return StoreKey(KeyKind.RAW, digits)


def restore_key_to_keyring(store_path: Path, typed: str, keys: KeyringKeys) -> None:
    """Check the typed key opens the store, then keep it in this computer's keyring.

    The key is kept under the store's own id; a different key already there is
    kept as an older key, never lost.
    """
    key = parse_raw_key(typed)
    store = Store.open(store_path, key)  # a wrong key is one sentence, nothing stored
    try:
        store_id = store.store_id
    finally:
        store.close()
    keys.put_recovered(store_id, key)
    keys.remember(store_path.absolute(), store_id)


def rekey_file(store_path: Path, old_key: StoreKey, new: StoreKey) -> None:
    """SQLCipher's rekey: one transaction, so the old key or the new one opens the file."""
    engine = build_engine(store_path, old_key, pool_size=1)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"PRAGMA rekey = {new.pragma_literal()}")
    finally:
        engine.dispose()


def _opens(store_path: Path, key: StoreKey) -> bool:
    try:
        Store.open(store_path, key).close()
    except WrongKeyOrNotAStore:
        return False
    return True


def change_key(
    store_path: Path,
    old_key: StoreKey,
    new_passphrase: str | None,
    keys: KeyringKeys,
    backup_dir: Path,
) -> StoreKey:
    """Rekey the closed store: to a new passphrase, or (``None``) to a fresh keyring key.

    Ordered so that at every instant one known key opens the store: a backup with
    the old key; the new keyring key kept first as *pending* (a refusal stops here,
    nothing changed); the old keyring key kept as *older* (backups made with it
    still open); the rekey (one SQLCipher transaction); then the pending key
    promoted, or the old entry retired for a passphrase. Opening finishes a change
    that was interrupted between the rekey and the last step. Afterwards a backup
    with the new key is made, so the latest backup opens with the current key.
    """
    new = new_key(new_passphrase, keys)
    store = Store.open(store_path, old_key)
    try:
        store_id = store.store_id
        make_backup(store, backup_dir)
        with store.writer.begin() as session:
            # The anchor verifies under the new key too, so a change killed after the
            # rekey leaves a trail that checks out; the next append signs it afresh.
            audit.sign_anchor_for_next_key(session, new)
    finally:
        store.close()
    if new.kind is KeyKind.RAW:
        keys.stage_pending(store_id, new)  # KeyringUnavailable: nothing changed
    if keys.status().available:
        keys.remember(store_path, store_id)
        keys.keep_as_older(store_id, old_key)
    try:
        rekey_file(store_path, old_key, new)
    except BaseException:
        if _opens(store_path, old_key):  # the rekey did not happen: roll back
            if new.kind is KeyKind.RAW:
                keys.drop_pending(store_id)
            raise
        if not _opens(store_path, new):  # pragma: no cover - neither key opens: say so
            raise KeyChangeFailed(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The new key does not open the store; restore the backup made just before.",
                )
            ) from None
    if new.kind is KeyKind.RAW:
        keys.promote(store_id, new)
    elif keys.status().available:
        keys.retire_current(store_id)
    store = Store.open(store_path, new)
    try:
        with store.writer.begin() as session:
            audit.append(
                session,
                actor=current_actor(),
                action=AuditAction.UPDATE,
                record_type="store",
                fields=["key"],
                note=f"key: {old_key.kind.value} -> {new.kind.value}, backup made first",
            )
        make_backup(store, backup_dir)
    finally:
        store.close()
    return new
