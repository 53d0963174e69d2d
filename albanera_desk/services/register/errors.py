"""What a register use case answers when it cannot do what was asked (one sentence each)."""

from __future__ import annotations

from albanera_desk.domain.errors import StoreError


class RegisterInvalid(StoreError, ValueError):
    """A record cannot be saved as it is; ``str()`` is one sentence. Nothing was saved."""


class RecordNotFound(StoreError, LookupError):
    """No such processor, activity or transfer (it may have been deleted meanwhile)."""
