"""The services of one open store, handed to the window (and the CLI) as one bundle."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from albanera_desk.services.audit import AuditTrail
from albanera_desk.services.backup import backup_folder_for
from albanera_desk.services.health import HealthReport, check_store
from albanera_desk.services.letters import LetterService
from albanera_desk.services.office_settings import OfficeSettingsService
from albanera_desk.services.opening import current_actor
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.people.service import PeopleService
from albanera_desk.services.register.service import RegisterService
from albanera_desk.services.requests import RequestService
from albanera_desk.settings import app_paths
from albanera_desk.store.store import Store


@dataclass(frozen=True, slots=True)
class Desk:
    store: Store
    actor: str
    organisation: OrganisationService
    audit: AuditTrail
    requests: RequestService
    letters: LetterService
    settings: OfficeSettingsService
    people: PeopleService
    register: RegisterService

    @classmethod
    def for_store(cls, store: Store, actor: str | None = None) -> Desk:
        who = actor or current_actor()
        return cls(
            store=store,
            actor=who,
            organisation=OrganisationService(store, who),
            audit=AuditTrail(store),
            requests=RequestService(store, who),
            letters=LetterService(store, who),
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
