"""The SQLCipher engine: keyed on connect, checked at once, tuned for one office computer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool, StaticPool
from sqlcipher3 import dbapi2

from albanera_desk.domain.audit_chain import ANCHOR_SQL_FUNCTION, anchor_sql_function
from albanera_desk.domain.errors import (
    StoreError,
    StoreLocked,
    StoreNotFound,
    StoreWriteFailed,
    WrongKeyOrNotAStore,
)
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.identity import SALT_BYTES, read_salt
from albanera_desk.store.keys import KeyKind, StoreKey

POOL_SIZE = 4
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000
# Execution option value that makes a transaction take SQLite's write lock at BEGIN.
IMMEDIATE = "IMMEDIATE"

_CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    # Temporary tables and sort spills stay in memory, never in a temp file.
    "PRAGMA temp_store = MEMORY",
    # Freed pages are overwritten, so erased data does not linger in the file.
    "PRAGMA secure_delete = ON",
)


def translate_dbapi_error(exc: BaseException, path: Path) -> StoreError | None:
    """Map what SQLite says to one sentence; ``None`` when it is not a known failure."""
    text = str(exc).lower()
    name = path.name
    if "file is not a database" in text or "not a database" in text:
        return WrongKeyOrNotAStore(
            QT_TRANSLATE_NOOP(
                "Core",
                "Cannot open {name}: the key is wrong, or the file is damaged or is not "
                "an Alba Nera Desk store.",
            ).format(name=name),
            path=path,
        )
    if "malformed" in text or "corrupt" in text:
        return WrongKeyOrNotAStore(
            QT_TRANSLATE_NOOP("Core", "The store {name} is damaged (SQLite: {problem}).").format(
                name=name, problem=str(exc)
            ),
            path=path,
        )
    if "locked" in text or "busy" in text:
        return StoreLocked(
            QT_TRANSLATE_NOOP(
                "Core", "The store {name} is busy in another program; close it there and try again."
            ).format(name=name),
            path=path,
        )
    if "disk is full" in text or "database or disk is full" in text:
        return StoreWriteFailed(
            QT_TRANSLATE_NOOP(
                "Core",
                "The disk holding {name} is full: nothing was saved. "
                "Free some space and try again.",
            ).format(name=name),
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return StoreWriteFailed(
            QT_TRANSLATE_NOOP(
                "Core",
                "The store {name} cannot be written (read-only file or folder): nothing was saved.",
            ).format(name=name),
            path=path,
        )
    if "unable to open" in text:
        return StoreNotFound(
            QT_TRANSLATE_NOOP(
                "Core", "Cannot open {path}: the folder is missing or not readable."
            ).format(path=str(path)),
            path=path,
        )
    if "disk i/o error" in text:
        return StoreWriteFailed(
            QT_TRANSLATE_NOOP(
                "Core", "The disk holding {name} reported an error: nothing was saved."
            ).format(name=name),
            path=path,
        )
    return None


def _connect(path: Path, key: StoreKey) -> Any:
    conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.connection_literal(read_salt(path))}")
        conn.create_function(ANCHOR_SQL_FUNCTION, 3, anchor_sql_function(key.secret))
        # SQLCipher only finds out about a wrong key at the first read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _CONNECTION_PRAGMAS:
            conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def connect_raw(path: Path, key: StoreKey, *, readonly: bool = True) -> Any:
    """A single keyed DB-API connection (no WAL set-up), read-only unless asked.

    Raises ``StoreError`` with a sentence when the key is wrong or the file is not a store.
    """
    if not path.is_file():
        raise StoreNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no store at {path}.").format(path=str(path)),
            path=path,
        )
    conn = dbapi2.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except dbapi2.DatabaseError as exc:
        conn.close()
        known = translate_dbapi_error(exc, path)
        if known is not None:
            raise known from exc
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def build_readonly_engine(path: Path, key: StoreKey) -> Engine:
    """An engine over one read-only keyed connection: reads a copy without changing it."""
    conn = connect_raw(path, key)
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        module=dbapi2,
        creator=lambda: conn,
        poolclass=StaticPool,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _do_begin(c: Any) -> None:
        c.exec_driver_sql("BEGIN")

    return engine


def create_store_file(path: Path) -> None:
    """An empty file readable by its owner only; SQLite gives its -wal/-shm the same mode."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def derive_once(path: Path, key: StoreKey) -> StoreKey:
    """A passphrase's key derived once for the file at ``path`` (a new file's salt chosen
    here): every connection of every engine given the result is keyed without a KDF."""
    if key.kind is not KeyKind.PASSPHRASE:
        return key
    return key.derived_for(read_salt(path) or os.urandom(SALT_BYTES))


def build_engine(path: Path, key: StoreKey, *, pool_size: int = POOL_SIZE) -> Engine:
    """An engine whose every connection is keyed, checked and tuned before use.

    Opening the first connection here turns a wrong key or a foreign file into
    a ``StoreError`` at once, not at the first query.
    """
    if not path.exists():
        raise StoreNotFound(
            QT_TRANSLATE_NOOP("Core", "There is no store at {path}.").format(path=str(path)),
            path=path,
        )
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(
        url,
        module=dbapi2,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=0,
        pool_timeout=30,
        # Error messages must never carry record values (they reach logs and dialogs).
        hide_parameters=True,
    )

    @event.listens_for(engine, "do_connect")
    def _do_connect(dialect: Any, conn_rec: Any, cargs: Any, cparams: Any) -> Any:
        return _connect(path, key)

    @event.listens_for(engine, "begin")
    def _do_begin(conn: Any) -> None:
        # The driver's own transaction handling skips DDL; SQLite's own BEGIN covers everything.
        mode = conn.get_execution_options().get("begin")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == IMMEDIATE else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _write_failed(context: Any) -> StoreError | None:
        # A full disk or a read-only folder is the user's to fix, not a bug: one sentence,
        # wherever the write happened (import, correction, letter, backup). SQLite has
        # rolled the transaction back, so nothing half-written is kept.
        known = translate_dbapi_error(context.original_exception, path)
        return known if isinstance(known, StoreWriteFailed) else None

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:
        engine.dispose()
        known = translate_dbapi_error(getattr(exc, "orig", exc) or exc, path)
        if known is not None:
            raise known from exc
        raise
    return engine
