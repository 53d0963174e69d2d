"""``albanera-desk demo``: a new store of fictional records, so a newcomer sees a living desk.

Each area has a module in ``_FILLER_MODULES`` with a function ``fill(store, actor)`` that
writes fictional records through the area's services (and so the audit trail),
in its own transaction. Every name, address and email here is invented.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from albanera_desk.domain.errors import StoreExists
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.store.files import (
    partial_name,
    publish,
    remove_stale_parts,
    remove_with_companions,
)
from albanera_desk.store.keys import KeyringKeys
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


def make_demo(
    path: Path,
    keys: KeyringKeys,
    passphrase: str | None,
    actor: str,
    report: Callable[[str], None] = lambda _: None,
) -> Path:
    """A new demo store at ``path``, whole or absent.

    It is built under a temporary name beside ``path`` and renamed only once full:
    a demo killed half-way leaves no store under ``path``, and its temporary file is
    removed by the next ``demo``. An existing ``path`` is never touched.
    """
    from albanera_desk.domain.organisation import profile_from_privacy_policy
    from albanera_desk.services.opening import create_store
    from albanera_desk.services.organisation import OrganisationService

    path = path.absolute()
    if path.exists():
        raise StoreExists(
            QT_TRANSLATE_NOOP(
                "Core", "A file already exists at {path}; choose another name."
            ).format(path=str(path)),
            path=path,
        )
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    remove_stale_parts(path.parent)  # what a demo killed half-way left
    part = partial_name(path)
    store = create_store(part, keys, passphrase)
    try:
        OrganisationService(store, actor).save(profile_from_privacy_policy())
        fill(store, actor, report)
    except BaseException:
        store.close()
        remove_with_companions(part)
        raise
    store.close()  # the last close checkpoints: the file alone holds everything
    try:
        publish(part, path)
    except FileExistsError:
        remove_with_companions(part)
        raise StoreExists(
            QT_TRANSLATE_NOOP(
                "Core", "A file already exists at {path}; choose another name."
            ).format(path=str(path)),
            path=path,
        ) from None
    return path
