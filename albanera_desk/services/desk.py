"""The services of one open store, handed to the window (and the CLI) as one bundle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.backup import backup_folder_for
from albanera_desk.services.health import HealthReport, check_store
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.opening import current_actor
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.requests import RequestService
from albanera_desk.settings import app_paths
from albanera_desk.store.store import Store

if TYPE_CHECKING:
    from albanera_desk.services.letters import LetterService


@dataclass(frozen=True, slots=True)
class Desk:
    store: Store
    actor: str
    organisation: OrganisationService
    audit: AuditTrail
    requests: RequestService
    settings: OfficeSettingsService
    people: PeopleService
    register: RegisterService
    # Made when first asked for: letters' code is not loaded before the window's first paint.
    _made: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    @property
    def letters(self) -> LetterService:
        found = self._made.get("letters")
        if found is None:
            from albanera_desk.services.letters import LetterService

            found = self._made["letters"] = LetterService(self.store, self.actor)
        return found  # type: ignore[return-value]

    @classmethod
    def for_store(cls, store: Store, actor: str | None = None) -> Desk:
        who = actor or current_actor()
        return cls(
            store=store,
            actor=who,
            organisation=OrganisationService(store, who),
            audit=AuditTrail(store),
            requests=RequestService(store, who),
            settings=OfficeSettingsService(store, who),
            people=PeopleService(store, who),
            register=RegisterService(store, who),
        )

    def backup_folder(self) -> Path:
        return backup_folder_for(self.settings.get().backup_folder, app_paths().backup_dir)

    def health(self) -> HealthReport:
        return check_store(self.store, backup_dir=self.backup_folder())

    def close(self) -> None:
        self.store.close()
