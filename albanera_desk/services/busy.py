"""When another program holds the store's write lock: one sentence, not a bug.

Two programs may write to one store (an import in a terminal while another runs); the
second waits ``busy_timeout``, then SQLite says "database is locked". ``when_busy(store,
sentence)`` turns that into ``StoreLocked`` with the caller's sentence (``{name}`` is the
store's file name); SQLite has rolled the transaction back, so nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from albanera_desk.domain.errors import StoreLocked
from albanera_desk.store.engine import translate_dbapi_error
from albanera_desk.store.store import Store


@contextmanager
def when_busy(store: Store, sentence: str) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        known = translate_dbapi_error(exc.orig or exc, store.path)
        if isinstance(known, StoreLocked):
            raise StoreLocked(sentence.format(name=store.path.name), path=store.path) from None
        raise
