"""A real keyring backend for tests: keeps secrets in memory, never on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError, PasswordSetError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


class FileKeyring(KeyringBackend):
    """A keyring shared by a test and the processes it kills: one JSON file, replaced whole.

    Only for tests (a real keyring is never a plaintext file): it lets a child process
    killed in the middle of a key change leave its entries where the test can read them.
    """

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self.path.read_text()))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        part = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with open(part, "w") as handle:
            json.dump(entries, handle)
            handle.flush()
            os.fsync(handle.fileno())
        part.replace(self.path)

    @staticmethod
    def _name(service: str, username: str) -> str:
        return f"{service}\n{username}"

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(self._name(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[self._name(service, username)] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(self._name(service, username), None) is None:
            raise PasswordDeleteError(username)
        self._save(entries)


class RefusingKeyring(MemoryKeyring):
    """A keyring that reads but refuses writes (locked, or out of quota) until allowed."""

    allow_writes = False

    def set_password(self, service: str, username: str, password: str) -> None:
        if not self.allow_writes:
            raise PasswordSetError("refused")
        super().set_password(service, username, password)
