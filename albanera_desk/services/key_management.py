"""Key management: the recovery sheet, putting a key back, changing or rotating the key.

Every change of key is made on a closed store, after a fresh encrypted backup
with the old key, and is checked by reopening with the new key before the
keyring is updated. Nothing here ever writes a key anywhere but the keyring.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from albanera_desk.documents.recovery_sheet import RecoveryFacts
from albanera_desk.domain.letter_format import date_in_words
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.backup import make_backup
from albanera_desk.services.opening import current_actor, new_key
from albanera_desk.store.engine import build_engine
from albanera_desk.store.errors import StoreError, WrongKeyOrNotAStore
from albanera_desk.store.keys import KeyKind, KeyringKeys, StoreKey
from albanera_desk.store.store import Store


class KeyChangeFailed(StoreError):
    pass


def recovery_facts(store: Store, today: date | None = None) -> RecoveryFacts:
    key = store.key
    return RecoveryFacts(
        store_path=str(store.path),
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
    """Check the typed key opens the store, then keep it in this computer's keyring."""
    key = parse_raw_key(typed)
    Store.open(store_path, key).close()  # a wrong key is one sentence, nothing stored
    keys.put(store_path.absolute(), key)


def change_key(
    store_path: Path,
    old_key: StoreKey,
    new_passphrase: str | None,
    keys: KeyringKeys,
    backup_dir: Path,
) -> StoreKey:
    """Rekey the closed store: to a new passphrase, or (``None``) to a fresh keyring key.

    A backup with the old key is made first; the keyring entry follows the new key.
    """
    new = new_key(new_passphrase, keys)
    store = Store.open(store_path, old_key)
    try:
        make_backup(store, backup_dir)
        with store.writer.begin() as session:
            audit.append(
                session,
                actor=current_actor(),
                action=AuditAction.UPDATE,
                record_type="store",
                fields=["key"],
                note=f"key: {old_key.kind.value} -> {new.kind.value}, backup made first",
            )
            audit.sign_anchor_for_next_key(session, new)  # last before the rekey
    finally:
        store.close()
    engine = build_engine(store_path, old_key, pool_size=1)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"PRAGMA rekey = {new.pragma_literal()}")
    finally:
        engine.dispose()
    try:
        Store.open(store_path, new).close()
    except WrongKeyOrNotAStore as exc:  # pragma: no cover - SQLCipher failed to rekey
        raise KeyChangeFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The new key does not open the store; restore the backup made just before."
            )
        ) from exc
    if new.kind is KeyKind.RAW:
        keys.put(store_path.absolute(), new)
    else:
        keys.delete(store_path.absolute())
    return new
