"""``albanera-desk demo``: a new store of fictional records, so a newcomer sees a living desk.

Each area adds its filler to ``FILLERS``: a function ``fill(store, actor)`` that
writes fictional records through the area's services (and so the audit trail),
in its own transaction. Every name, address and email here is invented.
"""

from __future__ import annotations

from collections.abc import Callable

from albanera_desk.store.store import Store

Filler = Callable[[Store, str], None]

FILLERS: list[tuple[str, Filler]] = []


def fill(store: Store, actor: str, report: Callable[[str], None] = lambda _: None) -> None:
    for name, filler in FILLERS:
        report(name)
        filler(store, actor)
