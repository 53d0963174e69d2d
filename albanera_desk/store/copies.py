"""Encrypted copies of a store with a manifest inside: whole, checked, or absent.

The copy is made with ``sqlcipher_export`` inside one read transaction on the
source. In that same transaction the source's row count per table and its audit
head (count and last hash) are read and written into the copy as the manifest
(``store_setting`` row ``backup.manifest``). The copy is written under a
temporary name, fsynced, read back and compared with its manifest, and only
then renamed. A copy that does not match its manifest is not a backup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.engine import connect_raw, create_store_file, translate_dbapi_error
from albanera_desk.store.files import partial_name, publish, remove_with_companions
from albanera_desk.store.identity import read_store_id
from albanera_desk.store.keys import StoreKey

MANIFEST_KEY = "backup.manifest"
MANIFEST_FORMAT = 1


class CopyMismatch(StoreError):
    """A copy whose contents are not what its manifest says."""


@dataclass(frozen=True, slots=True)
class Manifest:
    store_id: str | None
    made_at: str  # ISO, UTC
    schema: str | None
    tables: dict[str, int] = field(default_factory=dict)
    audit_count: int = 0
    audit_last_hash: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": MANIFEST_FORMAT,
                "store_id": self.store_id,
                "made_at": self.made_at,
                "schema": self.schema,
                "tables": self.tables,
                "audit": {"count": self.audit_count, "last_hash": self.audit_last_hash},
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        return cls(
            store_id=data.get("store_id"),
            made_at=str(data["made_at"]),
            schema=data.get("schema"),
            tables={str(k): int(v) for k, v in data["tables"].items()},
            audit_count=int(data["audit"]["count"]),
            audit_last_hash=str(data["audit"]["last_hash"]),
        )


def _tables(raw: Any, schema: str) -> list[str]:
    rows = raw.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def read_contents(raw: Any, schema: str = "main") -> Manifest:
    """What a store holds now: rows per table, audit head, schema revision, id."""
    tables: dict[str, int] = {}
    for name in _tables(raw, schema):
        quoted = '"' + name.replace('"', '""') + '"'
        where = f" WHERE key <> '{MANIFEST_KEY}'" if name == "store_setting" else ""
        row = raw.execute(f"SELECT count(*) FROM {schema}.{quoted}{where}").fetchone()
        tables[name] = int(row[0])
    count, last = 0, ""
    if "audit_event" in tables:
        count = tables["audit_event"]
        row = raw.execute(
            f"SELECT hash FROM {schema}.audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        last = str(row[0]) if row else ""
    revision = None
    if "alembic_version" in tables:
        row = raw.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()
        revision = str(row[0]) if row else None
    return Manifest(
        store_id=read_store_id(raw, schema),
        made_at=datetime.now(UTC).isoformat(timespec="seconds"),
        schema=revision,
        tables=tables,
        audit_count=count,
        audit_last_hash=last,
    )


def read_manifest(raw: Any) -> Manifest | None:
    try:
        row = raw.execute(
            "SELECT value FROM store_setting WHERE key = ?", (MANIFEST_KEY,)
        ).fetchone()
    except Exception:  # noqa: BLE001 - no store_setting table: no manifest
        return None
    if not row:
        return None
    try:
        return Manifest.from_json(str(row[0]))
    except (ValueError, KeyError, TypeError):
        return None


def mismatch(manifest: Manifest, found: Manifest) -> str | None:
    """A short sentence naming what differs between a manifest and a copy, or ``None``."""
    if manifest.store_id != found.store_id:
        return QT_TRANSLATE_NOOP("Core", "it belongs to another store")
    for table, count in manifest.tables.items():
        got = found.tables.get(table)
        if got != count:
            return QT_TRANSLATE_NOOP(
                "Core", "table {table} holds {found} rows instead of {expected}"
            ).format(table=table, found="none" if got is None else got, expected=count)
    if (manifest.audit_count, manifest.audit_last_hash) != (
        found.audit_count,
        found.audit_last_hash,
    ):
        return QT_TRANSLATE_NOOP("Core", "its audit trail does not end where the manifest says")
    return None


def export_with_manifest(raw: Any, dest: Path, key: StoreKey, salt: bytes | None) -> Manifest:
    """Copy the store open on ``raw`` to ``dest`` (a new empty file), manifest inside.

    One read transaction covers the counts, the export and the manifest, so the
    manifest describes exactly what was copied.
    """
    raw.execute("BEGIN")
    try:
        manifest = read_contents(raw)
        raw.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_literal()}", (str(dest),))
        try:
            if salt is not None:
                # The copy keeps the store's salt: its keyring entries find it without the key.
                raw.execute(f"PRAGMA backup.cipher_salt = \"x'{salt.hex()}'\"")
            raw.execute("SELECT sqlcipher_export('backup')").fetchall()
            if "store_setting" in manifest.tables:  # a store older than revision 0002 has none
                raw.execute(
                    "INSERT OR REPLACE INTO backup.store_setting (key, value, updated_at) "
                    "VALUES (?, ?, ?)",
                    (MANIFEST_KEY, manifest.to_json(), _now_text()),
                )
            raw.execute("COMMIT")
        finally:
            raw.execute("DETACH DATABASE backup")
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return manifest


def write_copy(raw: Any, dest: Path, key: StoreKey, salt: bytes | None) -> Manifest:
    """A checked copy at ``dest`` (never over an existing file): temp, fsync, check, rename."""
    part = partial_name(dest)
    create_store_file(part)
    try:
        try:
            manifest = export_with_manifest(raw, part, key, salt)
        except dbapi2.DatabaseError as exc:  # a full disk, an I/O error: one sentence
            known = translate_dbapi_error(exc, dest)
            if known is None:
                raise
            raise known from exc
        problem = _compare(part, key, manifest)
        if problem is not None:
            raise CopyMismatch(
                QT_TRANSLATE_NOOP(
                    "Core", "The copy did not match the store ({problem}); it was not kept."
                ).format(problem=problem)
            )
        publish(part, dest)
    except BaseException:
        remove_with_companions(part)
        raise
    return manifest


def _compare(path: Path, key: StoreKey, manifest: Manifest) -> str | None:
    """What differs between the copy at ``path`` and the manifest taken from its source."""
    raw = connect_raw(path, key)
    try:
        if "store_setting" in manifest.tables and read_manifest(raw) != manifest:
            return QT_TRANSLATE_NOOP("Core", "it has no manifest (incomplete or too old)")
        return mismatch(manifest, read_contents(raw))
    finally:
        raw.close()


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
