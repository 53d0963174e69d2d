"""A look at a store file by SQLCipher alone: no engine, no SQLAlchemy, nothing written.

The window asks it, before its first paint, whether the key reads the store
(``services.first_look``), and for the People list's first page when that is the section it
opens on; it opens the store with its engine once it is on screen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2

from albanera_desk.domain.keys import KeyKind
from albanera_desk.store.identity import read_salt
from albanera_desk.store.key_derivation import forget
from albanera_desk.store.keys import StoreKey

__all__ = ["Peek", "PeekError", "peek"]

PeekError = dbapi2.Error  # what a read of the look may raise (a table an older schema lacks)


class _Rows:
    """The rows of one statement, read as the engine's results are read."""

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None

    def scalar_one(self) -> Any:
        if len(self._rows) != 1:
            raise dbapi2.DatabaseError("expected exactly one row")
        return self._rows[0][0]

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def all(self) -> list[Any]:
        return list(self._rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)


class Peek:
    """One read-only connection: SQL text run with ``exec_driver_sql``, as on the engine's
    connections, so the same reading code serves both."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def exec_driver_sql(self, sql: str, parameters: Sequence[Any] = ()) -> _Rows:
        return _Rows(self._conn.execute(sql, tuple(parameters)).fetchall())


@contextmanager
def peek(path: Path, key: StoreKey) -> Iterator[Peek | None]:
    """A look at ``path`` with ``key``; ``None`` when the key does not read it (SQLCipher
    says a wrong key at the first read) or the file cannot be read."""
    salt = read_salt(path)
    if salt is not None:
        key = key.derived_for(salt, again=True)  # a passphrase: derived once, for the open too
    try:
        conn = dbapi2.connect(str(path))
    except dbapi2.Error:
        yield None
        return
    try:
        try:
            conn.execute(f"PRAGMA key = {key.connection_literal(salt)}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA query_only = ON")
        except dbapi2.Error:
            if salt is not None and key.kind is KeyKind.PASSPHRASE:
                forget(key.secret, salt)  # kept for an open this key will not make
            yield None
            return
        yield Peek(conn)
    finally:
        conn.close()
