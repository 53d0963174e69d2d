"""What a people use case answers when the person is not there (one sentence)."""

from __future__ import annotations

from albanera_desk.domain.errors import StoreError


class PersonNotFound(StoreError):
    """No person with that id (or the file was erased in the meantime)."""
