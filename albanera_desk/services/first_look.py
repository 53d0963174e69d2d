"""What the window's first frame shows of the store, read before the store opens with its
engine: whether the key reads it (the keyring's keys, then the passphrase, in
``open_store``'s order) and, when the window opens on the People section, the list's first
page. SQLCipher alone (``store.peek``): no SQLAlchemy, nothing written, nothing settled;
``open_store`` then opens the store for real while the window is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from albanera_desk.domain.keys import KeyKind
from albanera_desk.domain.person_file import PersonRow
from albanera_desk.services.opening import typed_keys
from albanera_desk.services.people.paging import page_ids
from albanera_desk.services.people.row_reading import person_rows
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.peek import Peek, PeekError, peek


@dataclass(frozen=True, slots=True)
class FirstLook:
    key_kind: KeyKind  # the kind of key that read the store
    people: list[PersonRow] | None = None  # the People list's first page, when asked for


def first_look(
    path: Path, keys: KeyringKeys, passphrase: str | None, *, people_page: int = 0
) -> FirstLook | None:
    """The first frame's look at ``path``; ``None`` when no key reads it (``open_store``
    then says why). ``people_page``: how many of the People list's first rows to read."""
    path = path.absolute()
    for key in [*keys.candidates(path), *typed_keys(passphrase)]:
        with peek(path, key) as look:
            if look is not None:
                people = _first_people(look, people_page) if people_page > 0 else None
                return FirstLook(key.kind, people)
    return None


def _first_people(look: Peek, limit: int) -> list[PersonRow] | None:
    """The list's first rows, as the People section reads them (``None`` when this store's
    schema is older than the list's: it is migrated when it opens, and read then)."""
    try:
        return person_rows(look, page_ids(look, 0, limit))
    except PeekError:
        return None
