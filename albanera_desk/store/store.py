"""One open store: its engine, its session factory, and how it was opened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from albanera_desk.domain.errors import (
    StoreError,
    StoreExists,
    StoreFilesReplaced,
    StoreTooNew,
    WrongKeyOrNotAStore,
)
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store import migrations
from albanera_desk.store.copies import write_copy
from albanera_desk.store.engine import (
    IMMEDIATE,
    build_engine,
    create_store_file,
    derive_once,
    translate_dbapi_error,
)
from albanera_desk.store.files import protect_store, remove_stale_parts, remove_with_companions
from albanera_desk.store.identity import (
    STORE_ID_KEY,
    FileIdentity,
    new_store_id,
    read_salt,
    read_store_id,
)
from albanera_desk.store.keys import StoreKey


@dataclass(frozen=True, slots=True)
class MigrationNote:
    """What happened at open when the store was older than the app."""

    from_revision: str | None
    to_revision: str
    backup_path: Path


class Store:
    """An open, keyed, up-to-date store. Close it when done."""

    def __init__(self, path: Path, engine: Engine, key: StoreKey) -> None:
        self.path = path
        protect_store(path)  # no document is ever written over it
        self.engine = engine
        self.key_kind = key.kind
        # SQLCipher holds the key for every connection anyway; kept for encrypted backups.
        self._key = key
        # Reads start deferred, so a long read never holds the write lock.
        self.session_factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        # Writes take the lock at BEGIN (IMMEDIATE): two writers queue on busy_timeout instead
        # of both reading one snapshot and the second failing at once with SQLITE_BUSY_SNAPSHOT.
        self.writer: sessionmaker[Session] = sessionmaker(
            engine.execution_options(begin=IMMEDIATE), expire_on_commit=False
        )
        self.migration: MigrationNote | None = None
        self._store_id: str | None = None
        # Which files this store is: a write into a file replaced or removed since is lost.
        self._files = FileIdentity.of(path)
        self._lost: StoreFilesReplaced | None = None
        self._closed = False
        event.listen(engine, "begin", self._before_begin, insert=True)

    # --- opening -----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, key: StoreKey) -> Store:
        """A new store at ``path`` with the full schema; refuses to overwrite anything."""
        if path.exists():
            raise StoreExists(
                QT_TRANSLATE_NOOP(
                    "Core", "A file already exists at {path}; choose another name."
                ).format(path=str(path)),
                path=path,
            )
        try:
            create_store_file(path)
        except OSError as exc:
            raise StoreError(
                QT_TRANSLATE_NOOP("Core", "Cannot create {path}: {reason}.").format(
                    path=str(path), reason=exc.strerror
                ),
                path=path,
            ) from exc
        try:
            key = derive_once(path, key)
            engine = build_engine(path, key)
            migrations.upgrade(engine)
            store = cls(path, engine, key)
            store._ensure_store_id()
        except BaseException:
            _remove_store_files(path)
            raise
        return store

    @classmethod
    def open(cls, path: Path, key: StoreKey, *, backup_dir: Path | None = None) -> Store:
        """Open ``path`` with ``key``; back up then upgrade an older store, refuse a newer one."""
        if path.is_file() and path.stat().st_size == 0:
            # SQLite takes an empty file for a new database under any key: never make it a store.
            raise WrongKeyOrNotAStore(
                QT_TRANSLATE_NOOP(
                    "Core", "{name} is an empty file, not an Alba Nera Desk store."
                ).format(name=path.name),
                path=path,
            )
        key = derive_once(path, key)  # the open's one key derivation, before any connection
        engine = build_engine(path, key)
        try:
            with engine.connect() as conn:
                state = migrations.schema_state(conn)
            if not state.known:
                raise StoreTooNew(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{name} was written by a newer version of Alba Nera Desk "
                        "(schema {revision}); update the application to open it.",
                    ).format(name=path.name, revision=state.current),
                    path=path,
                )
            if state.current is None and state.has_tables:
                raise WrongKeyOrNotAStore(
                    QT_TRANSLATE_NOOP(
                        "Core", "{name} is an encrypted database, but not an Alba Nera Desk store."
                    ).format(name=path.name),
                    path=path,
                )
            store = cls(path, engine, key)
            if not state.up_to_date:
                backup = None
                if not state.is_empty:
                    backup = store.export_copy(
                        _backup_name(path, backup_dir, state.current or "empty"), key
                    )
                migrations.upgrade(engine)
                if backup is not None:
                    store.migration = MigrationNote(state.current, state.head, backup)
            store._ensure_store_id()
            return store
        except DBAPIError as exc:
            engine.dispose()
            known = translate_dbapi_error(exc.orig or exc, path)
            if known is not None:
                raise known from exc
            raise
        except BaseException:
            engine.dispose()
            raise

    def close(self) -> None:
        self._closed = True  # its files may change now: that is no loss
        self.engine.dispose()

    # --- the files under the app ------------------------------------------------------

    def check_files(self) -> None:
        """Raise ``StoreFilesReplaced`` once the store or its -wal is not the file opened.

        Called before each write transaction and, in the window, on a timer. Once
        raised, every later write is refused too: nothing is accepted that cannot be kept.
        """
        if self._closed:
            return
        if self._lost is None and not self._files.still_there(self.path):
            self._lost = StoreFilesReplaced(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "The store {name} (or its -wal file) was moved, replaced or removed while "
                    "the desk was using it: nothing more can be saved in it. Close the desk "
                    "and open the store again, or restore the latest backup.",
                ).format(name=self.path.name),
                path=self.path,
            )
        if self._lost is not None:
            raise self._lost

    def _before_begin(self, conn: Any) -> None:
        if conn.get_execution_options().get("begin") == IMMEDIATE:
            self.check_files()

    # --- facts ---------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrations.schema_state(conn).current

    @property
    def store_id(self) -> str:
        """The random id inside the store: its keyring entries and backups carry it."""
        if self._store_id is None:
            self._ensure_store_id()
        if self._store_id is None:
            raise StoreError(
                QT_TRANSLATE_NOOP("Core", "The store {name} has no identity yet.").format(
                    name=self.path.name
                ),
                path=self.path,
            )
        return self._store_id

    @property
    def salt(self) -> bytes | None:
        """The file's first 16 bytes (readable without the key; kept by rekey and backups)."""
        return read_salt(self.path)

    def _ensure_store_id(self) -> None:
        """Read the store's id; an older store gets one now (once, in its own transaction)."""
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            found = read_store_id(raw)
            has_settings = raw.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'store_setting'"
            ).fetchone()
            if found is None and has_settings:  # before revision 0002 there is nowhere to keep it
                raw.execute("BEGIN IMMEDIATE")
                try:
                    raw.execute(
                        "INSERT OR IGNORE INTO store_setting (key, value, updated_at) "
                        "VALUES (?, ?, ?)",
                        (STORE_ID_KEY, new_store_id(), datetime.now(UTC).isoformat()),
                    )
                    raw.execute("COMMIT")
                except BaseException:
                    raw.execute("ROLLBACK")
                    raise
                found = read_store_id(raw)
        self._store_id = found

    @property
    def key(self) -> StoreKey:
        """The key this store was opened with (its repr never shows the secret)."""
        return self._key

    def backup_to(self, dest: Path) -> Path:
        """An encrypted, consistent copy at ``dest`` with this store's own key."""
        return self.export_copy(dest, self._key)

    def export_copy(self, dest: Path, key: StoreKey) -> Path:
        """A consistent encrypted copy of the store at ``dest`` with ``key``, mode 0600.

        ``sqlcipher_export`` copies inside one read transaction, so it is safe
        while the app runs; the copy is never plaintext. It is written under a
        temporary name, fsynced, checked against the manifest written inside it
        (rows per table, audit head, store id), then renamed: ``dest`` holds a
        whole copy or nothing. An existing ``dest`` is never overwritten.
        """
        if dest.exists():
            raise StoreExists(
                QT_TRANSLATE_NOOP(
                    "Core", "A file already exists at {path}; choose another name."
                ).format(path=str(dest)),
                path=dest,
            )
        if self._store_id is None:
            self._ensure_store_id()  # an older store gets its id before it is copied
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            write_copy(raw, dest, key, self.salt)
        return dest


def _backup_name(path: Path, backup_dir: Path | None, revision: str) -> Path:
    folder = backup_dir or path.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_parts(folder)  # what a migration killed during its backup left
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = path.suffix or ".db"
    name = folder / f"{path.stem}.before-upgrade-from-{revision}.{stamp}{suffix}"
    extra = 2
    while name.exists():  # a migration killed in this same second left its whole backup here
        name = folder / f"{path.stem}.before-upgrade-from-{revision}.{stamp}-{extra}{suffix}"
        extra += 1
    return name


def _remove_store_files(path: Path) -> None:
    remove_with_companions(path)
