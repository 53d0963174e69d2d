"""Restore: a verified backup becomes the store, and at no instant is the store half a file.

The backup is checked (key, integrity, manifest, audit chain), then copied into a
temporary file beside the store with the store's current key and salt, upgraded
if older, given back the erasures made since (one transaction, one audit event),
checked again and fsynced. Only then is the current store (checkpointed) kept
aside under a hard link and the temporary file renamed over it: whoever kills
the process finds either the old store or the restored one at the store's path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.backup import BackupFailed, verify_with_any
from albanera_desk.services.tombstones import Tombstones, read_tombstones, reapply
from albanera_desk.store import migrations
from albanera_desk.store.copies import MANIFEST_KEY, export_with_manifest
from albanera_desk.store.engine import (
    build_engine,
    connect_raw,
    create_store_file,
    translate_dbapi_error,
)
from albanera_desk.store.files import (
    COMPANIONS,
    fsync_dir,
    fsync_file,
    partial_name,
    remove_stale_parts,
    remove_with_companions,
)
from albanera_desk.store.identity import read_salt, read_store_id
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.store import Store


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    aside: Path | None  # where the previous store was kept (None: there was none)
    erasures_reapplied: int
    made_at: str  # when the backup was made (ISO, UTC), from its manifest
    store_id: str | None


def _refuse(why: str) -> BackupFailed:
    return BackupFailed(
        QT_TRANSLATE_NOOP(
            "Core", "This backup cannot be restored: {why}. Nothing was changed."
        ).format(why=why)
    )


def is_store_file(candidate: Path, store_path: Path) -> bool:
    """True when ``candidate`` is the store, one of its companions or its lock."""
    names = [Path(f"{store_path}{s}") for s in (*COMPANIONS, ".lock")]
    for name in names:
        if candidate.absolute() == name.absolute():
            return True
        with contextlib.suppress(OSError):
            if name.exists() and candidate.exists() and candidate.samefile(name):
                return True
    return False


def restore_backup(
    backup: Path,
    store_path: Path,
    key: StoreKey,
    *,
    backup_keys: Sequence[StoreKey] = (),
    actor: str = "restore",
) -> RestoreOutcome:
    """Put ``backup`` at ``store_path``, keyed with ``key``; the current store is kept aside.

    ``backup_keys`` are other keys of the same store (before a key change) that may
    open an older backup. The store need not exist (restoring after it was lost).
    """
    backup, store_path = backup.absolute(), store_path.absolute()
    if is_store_file(backup, store_path):
        raise _refuse(QT_TRANSLATE_NOOP("Core", "it is the store itself"))
    exists = store_path.exists()
    store_id, tombstones = _current_facts(store_path, key) if exists else (None, Tombstones())
    check, backup_key = verify_with_any(backup, [key, *backup_keys], store_id=store_id)
    if not check.ok or backup_key is None or check.manifest is None:
        raise _refuse(check.detail)
    salt = read_salt(store_path) if exists else read_salt(backup)
    part = partial_name(store_path)
    remove_stale_parts(store_path.parent)
    try:
        create_store_file(part)
        reapplied = _fill(part, backup, backup_key, key, salt, tombstones, actor)
        fsync_file(part)
        aside: Path | None = None
        if exists:
            aside = _swap_in(part, store_path, key)
        else:
            _publish_new(part, store_path)
    except OSError as exc:
        remove_with_companions(part)
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core",
                "The backup could not be restored into {folder}: {reason}. Nothing was changed.",
            ).format(folder=str(store_path.parent), reason=exc.strerror or str(exc))
        ) from exc
    except StoreError:
        remove_with_companions(part)
        raise
    except Exception as exc:
        remove_with_companions(part)
        known = translate_dbapi_error(getattr(exc, "orig", None) or exc, store_path)
        if known is None:
            raise
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The backup could not be restored: {reason} Nothing was changed."
            ).format(reason=str(known))
        ) from exc
    except BaseException:
        remove_with_companions(part)
        raise
    return RestoreOutcome(aside, reapplied, check.manifest.made_at, check.manifest.store_id)


def _current_facts(store_path: Path, key: StoreKey) -> tuple[str | None, Tombstones]:
    """The current store's id and erasures, read before it is set aside."""
    raw = connect_raw(store_path, key)
    try:
        return read_store_id(raw), read_tombstones(raw)
    finally:
        raw.close()


def _fill(
    part: Path,
    backup: Path,
    backup_key: StoreKey,
    key: StoreKey,
    salt: bytes | None,
    tombstones: Tombstones,
    actor: str,
) -> int:
    """The backup's contents in ``part`` with ``key``, upgraded, erasures re-applied."""
    raw = connect_raw(backup, backup_key, readonly=False)
    try:
        export_with_manifest(raw, part, key, salt)
    finally:
        raw.close()
    engine = build_engine(part, key, pool_size=1)
    try:
        migrations.upgrade(engine)
        store = Store(part, engine, key)
        with store.writer.begin() as session:
            if backup_key != key:  # the anchor was signed under the backup's key
                audit.carry_anchor_to_key(session, backup_key, key)
            reapplied = reapply(session, tombstones, actor, backup.name)
            session.connection().exec_driver_sql(
                "DELETE FROM store_setting WHERE key = ?", (MANIFEST_KEY,)
            )
            audit.append(
                session,
                actor=actor,
                action=AuditAction.UPDATE,
                record_type="store",
                fields=["restore"],
                note=f"restored from {backup.name[:200]}",
            )
        with engine.connect() as conn:
            # The backup passed a full integrity check; the copy is read back more quickly.
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        chain = AuditTrail(store).verify()
        if rows != ["ok"] or not chain.intact:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Core", "The restored copy did not check out; nothing was changed."
                )
            )
    finally:
        engine.dispose()  # the last close checkpoints and removes part's -wal
    return reapplied


def _checkpoint(store_path: Path, key: StoreKey) -> None:
    """Everything committed in the current store's -wal into its main file."""
    engine = build_engine(store_path, key, pool_size=1)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        engine.dispose()


def aside_name(store_path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return store_path.with_name(f"{store_path.name}.before-restore-{stamp}")


def _swap_in(part: Path, store_path: Path, key: StoreKey) -> Path:
    """Keep the current store aside, then rename ``part`` over it (one atomic step)."""
    _checkpoint(store_path, key)
    aside = aside_name(store_path)
    try:
        os.link(store_path, aside)
    except OSError:
        shutil.copy2(store_path, aside)  # no hard links on this file system
        fsync_file(aside)
    fsync_dir(store_path.parent)
    # After the checkpoint the -wal holds nothing committed: it must not meet the new file.
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{store_path}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{aside}{suffix}"))
    part.replace(store_path)
    fsync_dir(store_path.parent)
    return aside


def _publish_new(part: Path, store_path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{store_path}{suffix}").unlink(missing_ok=True)
    part.replace(store_path)
    fsync_dir(store_path.parent)
