"""Backups: encrypted SQLCipher copies, verified before anything is replaced.

A backup is made with ``sqlcipher_export`` inside one read transaction, so it is
consistent while the app runs, and it has the store's own key. Restoring checks
the backup (key, integrity, audit chain) first, sets the current store aside,
and puts it back if the restored one does not open.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from albanera_desk.domain.audit_chain import ChainReport
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.audit import AuditTrail
from albanera_desk.store import migrations
from albanera_desk.store.engine import build_engine, translate_dbapi_error
from albanera_desk.store.errors import StoreError
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.store import Store

BACKUP_SUFFIX = ".albanera-backup"
KEEP_DEFAULT = 10


class BackupFailed(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class BackupCheck:
    path: Path
    ok: bool
    detail: str
    revision: str | None = None
    chain: ChainReport | None = None


def backup_name(store_path: Path, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{store_path.stem}-{stamp}{BACKUP_SUFFIX}"


def list_backups(folder: Path, store_path: Path) -> list[Path]:
    """This store's backups in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{store_path.stem}-*{BACKUP_SUFFIX}"))


def make_backup(store: Store, folder: Path, *, keep: int = KEEP_DEFAULT) -> Path:
    """A new encrypted backup in ``folder``; only the newest ``keep`` are kept."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Core", "Cannot use the backup folder {folder}: {reason}.").format(
                folder=str(folder), reason=exc.strerror
            )
        ) from exc
    dest = folder / backup_name(store.path)
    try:
        store.backup_to(dest)
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The backup could not be written in {folder}: {reason}."
            ).format(folder=str(folder), reason=exc.strerror)
        ) from exc
    for old in list_backups(folder, store.path)[:-keep]:
        old.unlink(missing_ok=True)
    return dest


def verify_backup(path: Path, key: StoreKey) -> BackupCheck:
    """Open the backup with the key; check integrity, schema, audit chain. Changes nothing."""
    try:
        engine = build_engine(path, key)
    except StoreError as exc:
        return BackupCheck(path, False, exc.args[0])  # the sentence, worded again in the window
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            state = migrations.schema_state(conn)
        if rows != ["ok"]:
            failed = QT_TRANSLATE_NOOP("Core", "integrity check failed: {problems}")
            return BackupCheck(path, False, failed.format(problems="; ".join(rows[:3])))
        if not state.known or state.current is None:
            return BackupCheck(
                path, False, QT_TRANSLATE_NOOP("Core", "not a store of this version"), state.current
            )
        chain = AuditTrail(Store(path, engine, key)).verify()
        if not chain.intact:
            broken = QT_TRANSLATE_NOOP("Core", "audit chain {chain}")
            return BackupCheck(
                path, False, broken.format(chain=chain.describe()), state.current, chain
            )
        return BackupCheck(
            path,
            True,
            QT_TRANSLATE_NOOP("Core", "ok, schema {revision}, audit chain {chain}").format(
                revision=state.current, chain=chain.describe()
            ),
            state.current,
            chain,
        )
    except DBAPIError as exc:
        known = translate_dbapi_error(exc.orig or exc, path)
        return BackupCheck(
            path, False, known.args[0] if known else QT_TRANSLATE_NOOP("Core", "unreadable")
        )
    finally:
        engine.dispose()


def restore_backup(backup: Path, store_path: Path, key: StoreKey) -> Path:
    """Replace the store at ``store_path`` with ``backup`` once the backup checks out.

    The current store is set aside (returned path) and put back if anything fails.
    """
    check = verify_backup(backup, key)
    if not check.ok:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core", "This backup cannot be restored: {why}. Nothing was changed."
            ).format(why=check.detail)
        )
    aside = store_path.with_name(
        f"{store_path.name}.before-restore-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    )
    moved: list[tuple[Path, Path]] = []
    try:
        # The store with its journal companions, so nothing committed is left behind.
        for suffix in ("", "-wal", "-shm"):
            current, kept = Path(f"{store_path}{suffix}"), Path(f"{aside}{suffix}")
            if current.exists():
                current.replace(kept)
                moved.append((kept, current))
        shutil.copyfile(backup, store_path)
        store_path.chmod(0o600)
        Store.open(store_path, key).close()  # an older backup is upgraded, after its own copy
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store_path}{suffix}").unlink(missing_ok=True)
        for kept, current in moved:
            kept.replace(current)
        raise
    return aside


def backup_folder_for(setting: str, default: Path) -> Path:
    return Path(setting).expanduser() if setting.strip() else default


def latest_backup_age_hours(
    folder: Path, store_path: Path, now: datetime | None = None
) -> float | None:
    """Hours since the newest backup of this store in ``folder``, or ``None`` if none."""
    backups = list_backups(folder, store_path)
    if not backups:
        return None
    modified = datetime.fromtimestamp(backups[-1].stat().st_mtime, UTC)
    return ((now or datetime.now(UTC)) - modified).total_seconds() / 3600
