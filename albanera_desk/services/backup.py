"""Backups: encrypted SQLCipher copies with a manifest inside, whole or absent.

A backup is made with ``sqlcipher_export`` inside one read transaction, so it is
consistent while the app runs, with the store's own key and salt. In the same
transaction the rows per table and the audit head are written into the copy
(its manifest, with the store's id); the copy is written under a temporary
name, fsynced, checked against its manifest and only then renamed. A backup
belongs to the store whose salt it carries (the salt is the file's first 16
bytes, readable without the key) and whose id its manifest names: retention,
``check`` and restore never look at another store's backups.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from albanera_desk.domain.audit_chain import ChainReport
from albanera_desk.domain.errors import StoreError, StoreWriteFailed
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.audit import AuditTrail
from albanera_desk.store import migrations
from albanera_desk.store.copies import Manifest, mismatch, read_contents, read_manifest
from albanera_desk.store.engine import build_readonly_engine, connect_raw, translate_dbapi_error
from albanera_desk.store.files import remove_stale_parts
from albanera_desk.store.identity import read_salt
from albanera_desk.store.keys import StoreKey
from albanera_desk.store.store import Store

BACKUP_SUFFIX = ".albanera-backup"
KEEP_DEFAULT = 10
_STAMP = re.compile(r"-(\d{8}T\d{6}\d*Z)" + re.escape(BACKUP_SUFFIX) + "$")


class BackupFailed(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class BackupCheck:
    path: Path
    ok: bool
    detail: str
    revision: str | None = None
    chain: ChainReport | None = None
    manifest: Manifest | None = None


def backup_name(store: Store, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{store.path.stem}-{store.store_id[:8]}-{stamp}{BACKUP_SUFFIX}"


def _stamp(path: Path) -> str:
    match = _STAMP.search(path.name)
    return match.group(1) if match else ""


def list_backups(folder: Path, store_path: Path) -> list[Path]:
    """This store's backups in ``folder`` (same salt as the store), oldest first.

    Another store's backups, even with the same file name stem, carry another salt
    and are never listed (so never rotated away nor reported).
    """
    salt = read_salt(store_path)
    if salt is None or not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"*{BACKUP_SUFFIX}") if p.is_file() and read_salt(p) == salt]
    return sorted(found, key=lambda p: (_stamp(p), p.name))


def make_backup(store: Store, folder: Path, *, keep: int = KEEP_DEFAULT) -> Path:
    """A new verified backup in ``folder``; only this store's newest ``keep`` are kept."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_stale_parts(folder)  # what a killed backup left under a temporary name
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("Core", "Cannot use the backup folder {folder}: {reason}.").format(
                folder=str(folder), reason=exc.strerror
            )
        ) from exc
    dest = folder / backup_name(store)
    write_backup(store, dest)
    for old in list_backups(folder, store.path)[:-keep]:
        old.unlink(missing_ok=True)
    return dest


def write_backup(store: Store, dest: Path) -> Path:
    """One verified backup at ``dest`` (never over an existing file); a sentence on failure."""
    try:
        return store.backup_to(dest)
    except StoreWriteFailed as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The backup could not be written in {folder}: {reason}"
            ).format(folder=str(dest.parent), reason=str(exc))
        ) from exc
    except OSError as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The backup could not be written in {folder}: {reason}."
            ).format(folder=str(dest.parent), reason=exc.strerror or str(exc))
        ) from exc
    except DBAPIError as exc:
        known = translate_dbapi_error(exc.orig or exc, dest)
        if known is None:
            raise
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The backup could not be written in {folder}: {reason}"
            ).format(folder=str(dest.parent), reason=str(known))
        ) from exc


def verify_backup(path: Path, key: StoreKey, *, store_id: str | None = None) -> BackupCheck:
    """Open the backup read-only with ``key``; check integrity, manifest, schema, audit chain.

    With ``store_id``, a backup of another store is refused. Changes nothing.
    """
    try:
        raw = connect_raw(path, key)
    except StoreError as exc:
        return BackupCheck(path, False, exc.args[0])  # the sentence, worded again in the window
    refused: BackupCheck | None = None
    try:
        rows = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            failed = QT_TRANSLATE_NOOP("Core", "integrity check failed: {problems}")
            return BackupCheck(path, False, failed.format(problems="; ".join(rows[:3])))
        manifest = read_manifest(raw)
        if manifest is None:
            return BackupCheck(
                path, False, QT_TRANSLATE_NOOP("Core", "it has no manifest (incomplete or too old)")
            )
        problem = mismatch(manifest, read_contents(raw))
        if problem is None and store_id is not None and manifest.store_id != store_id:
            problem = QT_TRANSLATE_NOOP("Core", "it belongs to another store")
        if problem is not None:
            refused = BackupCheck(path, False, problem, manifest.schema, manifest=manifest)
    except Exception as exc:  # noqa: BLE001 - a damaged file is a finding, not a crash
        known = translate_dbapi_error(exc, path)
        return BackupCheck(
            path, False, known.args[0] if known else QT_TRANSLATE_NOOP("Core", "unreadable")
        )
    finally:
        raw.close()
    revision = manifest.schema
    if revision is None or revision not in set(migrations.revisions_oldest_first()):
        return BackupCheck(
            path, False, QT_TRANSLATE_NOOP("Core", "not a store of this version"), revision
        )
    checked = _with_chain(path, key, manifest)
    if refused is None:
        return checked
    if checked.chain is not None and not checked.chain.intact:
        # The chain names the first event that was cut or altered: say it first.
        return BackupCheck(
            path, False, f"{checked.detail}; {refused.detail}", revision, checked.chain, manifest
        )
    return refused


def _with_chain(path: Path, key: StoreKey, manifest: Manifest) -> BackupCheck:
    engine = build_readonly_engine(path, key)
    try:
        chain = AuditTrail(Store(path, engine, key)).verify()
    except DBAPIError as exc:
        known = translate_dbapi_error(exc.orig or exc, path)
        return BackupCheck(
            path, False, known.args[0] if known else QT_TRANSLATE_NOOP("Core", "unreadable")
        )
    finally:
        engine.dispose()
    if not chain.intact:
        broken = QT_TRANSLATE_NOOP("Core", "audit chain {chain}")
        return BackupCheck(
            path, False, broken.format(chain=chain.describe()), manifest.schema, chain, manifest
        )
    rows = sum(manifest.tables.values())
    return BackupCheck(
        path,
        True,
        QT_TRANSLATE_NOOP(
            "Core", "ok, schema {revision}, {rows} rows as in its manifest, audit chain {chain}"
        ).format(revision=manifest.schema, rows=rows, chain=chain.describe()),
        manifest.schema,
        chain,
        manifest,
    )


def verify_with_any(
    path: Path, keys: Iterable[StoreKey], *, store_id: str | None = None
) -> tuple[BackupCheck, StoreKey | None]:
    """The first of ``keys`` that opens the backup, and the backup's check with it.

    A backup made before a key change opens with an older key of the same store.
    """
    first: BackupCheck | None = None
    for key in _unique(keys):
        check = verify_backup(path, key, store_id=store_id)
        if check.ok or check.manifest is not None:
            return check, key
        first = first or check
    return first or BackupCheck(path, False, QT_TRANSLATE_NOOP("Core", "no key to open it")), None


def _unique(keys: Iterable[StoreKey]) -> Sequence[StoreKey]:
    seen: list[StoreKey] = []
    for key in keys:
        if key not in seen:
            seen.append(key)
    return seen


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
