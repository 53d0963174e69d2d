"""``albanera-desk demo``: a new store of fictional records, so a newcomer sees a living desk.

Each area has a module in ``_FILLER_MODULES`` with a function ``fill(store, actor)`` that
writes fictional records through the area's services (and so the audit trail),
in its own transaction. Every name, address and email here is invented.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from albanera_desk.store.store import Store

Filler = Callable[[Store, str], None]

# In order: the register first (people's items name recipients), then people, then requests.
_FILLER_MODULES: tuple[tuple[str, str], ...] = (
    ("processors and records of processing", "albanera_desk.services.register_demo"),
    ("people", "albanera_desk.services.people_demo"),
    ("requests", "albanera_desk.services.requests_demo"),
)


def fillers() -> list[tuple[str, Filler]]:
    """Each area's ``fill(store, actor)``, imported only when a demo is made."""
    found: list[tuple[str, Filler]] = []
    for label, module in _FILLER_MODULES:
        found.append((label, importlib.import_module(module).fill))
    return found


def fill(store: Store, actor: str, report: Callable[[str], None] = lambda _: None) -> None:
    for name, filler in fillers():
        report(name)
        filler(store, actor)
