"""Failures the world causes, each with one plain sentence for the user.

Anything not a ``StoreError`` is a bug: it is logged with its traceback and
shown as such, never dressed up as one of these. They live in the domain so the window
and the CLI can catch them without importing the store, which raises most of them.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A known failure; ``str(error)`` is the sentence shown to the user."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreNotFound(StoreError):
    pass


class StoreExists(StoreError):
    pass


class WrongKeyOrNotAStore(StoreError):
    """SQLCipher cannot tell a wrong key from a corrupt file or a file of another kind."""


class StoreTooNew(StoreError):
    pass


class StoreLocked(StoreError):
    pass


class StoreOpenElsewhere(StoreLocked):
    """Another desk on this computer holds the store's lock."""


class StoreWriteFailed(StoreError):
    """Disk full, read-only folder, I/O error: nothing was committed."""


class KeyUnavailable(StoreError):
    """No key for this store in the keyring, and no passphrase given."""


class KeyringUnavailable(StoreError):
    """No usable system keyring on this computer: a passphrase is needed instead."""


class KeyringEntryExists(StoreError):
    """The keyring already keeps a different key under this name: never replaced silently."""


class KeyringValueInvalid(StoreError):
    """A keyring entry that does not hold a key (changed outside the desk)."""


class StoreFilesReplaced(StoreError):
    """The store's file or its -wal was moved, replaced or removed while the desk used it."""


class WeakPassphrase(StoreError):
    pass


class MigrationFailed(StoreError):
    pass
