"""The organisation profile: read it, save it (with its audit event)."""

from __future__ import annotations

import dataclasses

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.organisation import OrganisationProfile, siren_problem
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.text_input import strip_harmful
from albanera_desk.services import audit
from albanera_desk.store.models import Organisation
from albanera_desk.store.store import Store

_FIELDS = [f.name for f in dataclasses.fields(OrganisationProfile)]


class ProfileRefused(StoreError):
    """The profile cannot be saved as it is; the sentence says why. Nothing was saved."""


class OrganisationService:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def get(self) -> OrganisationProfile | None:
        with self._store.session_factory() as session:
            row = session.get(Organisation, 1)
            if row is None:
                return None
            values = {name: getattr(row, name) for name in _FIELDS}
            values["address_lines"] = list(values["address_lines"])
            values["registered_office"] = list(values["registered_office"])
            return OrganisationProfile(**values)

    def save(self, profile: OrganisationProfile) -> list[str]:
        """Store ``profile``; returns the names of the fields that changed."""
        problem = siren_problem(profile.siren)
        if problem is not None:
            raise ProfileRefused(problem)
        with self._store.writer.begin() as session:
            row = session.get(Organisation, 1)
            action = AuditAction.UPDATE
            if row is None:
                row = Organisation(id=1)
                session.add(row)
                action = AuditAction.CREATE
            changed = []
            for name in _FIELDS:
                new = getattr(profile, name)
                if name in ("address_lines", "registered_office"):
                    new = [strip_harmful(line) for line in new if strip_harmful(line)]
                elif isinstance(new, str):
                    new = strip_harmful(new)  # names as everywhere: no bidi, zero-width, controls
                if getattr(row, name, None) != new:
                    setattr(row, name, new)
                    changed.append(name)
            if changed:
                audit.append(
                    session,
                    actor=self._actor,
                    action=action,
                    record_type="organisation",
                    record_id=1,
                    fields=changed,
                )
            return changed
