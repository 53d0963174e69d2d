"""A store with a short audit trail, and the tools an attacker holding the key would use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.store.keys import KeyringKeys, StoreKey
from albanera_desk.store.store import Store

CITIES = ("Lyon", "Lille", "Nantes", "Rennes", "Brest")


@pytest.fixture
def trail(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    """A store whose trail holds 6 events: the creation, then five saves."""
    store = create_store(store_path, keys)
    profile = profile_from_privacy_policy()
    service = OrganisationService(store, "tester")
    for city in CITIES:
        profile.city = city
        service.save(profile)
    yield store
    store.close()


@contextmanager
def sqlcipher_tool(path: Path, key: StoreKey) -> Iterator[Any]:
    """What ``sqlcipher FILE`` with the key gives: SQL, without the desk's SQL functions."""
    with closing(dbapi2.connect(str(path), isolation_level=None)) as conn:
        conn.execute(f"PRAGMA key = {key.pragma_literal()}")
        yield conn


def audit_triggers(conn: Any) -> dict[str, str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name LIKE 'audit%'"
    ).fetchall()
    return {name: sql for name, sql in rows}


def tamper(path: Path, key: StoreKey, *statements: str, restore_triggers: bool = True) -> None:
    """Drop the audit triggers, run ``statements``, then (a careful attacker) put them back."""
    with sqlcipher_tool(path, key) as conn:
        triggers = audit_triggers(conn)
        conn.execute("BEGIN")
        for name in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        for sql in statements:
            conn.execute(sql)
        if restore_triggers:
            for sql in triggers.values():
                conn.execute(sql)
        conn.execute("COMMIT")
