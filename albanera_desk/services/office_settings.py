"""Office settings kept in the store (they govern its data): typed, with defaults, in one place."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from albanera_desk.domain.deadlines import check_holiday_region
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.store.models import StoreSetting
from albanera_desk.store.store import Store


@dataclass(slots=True)
class OfficeSettings:
    holiday_region: str = ""  # French subdivision for regional holidays ("57", "67", "68"...)
    postal_transit_days: int = 3  # working days a letter takes to arrive
    request_retention_months: int = 36  # closed requests kept (never under 24: CCPA)
    backup_folder: str = ""  # a USB drive or a share; empty: the data folder's backups/
    backups_kept: int = 10
    backup_on_exit: bool = True
    auto_lock_minutes: int = 15  # close the store after this long without use; 0: never


class OfficeSettingsService:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def get(self) -> OfficeSettings:
        with self._store.session_factory() as session:
            stored = {row.key: row.value for row in session.scalars(select(StoreSetting))}
        values = OfficeSettings()
        for field in fields(OfficeSettings):
            if field.name in stored:
                kind = type(getattr(values, field.name))
                raw = stored[field.name]
                value = raw == "True" if kind is bool else kind(raw)
                setattr(values, field.name, value)
        return values

    def save(self, settings: OfficeSettings) -> None:
        check_holiday_region(settings.holiday_region)  # a choice list, checked again here
        if settings.request_retention_months < 24:
            raise ValueError(
                QT_TRANSLATE_NOOP("Core", "request records are kept at least 24 months (CCPA)")
            )
        with self._store.writer.begin() as session:
            changed = []
            for field in fields(OfficeSettings):
                value = str(getattr(settings, field.name))
                row = session.get(StoreSetting, field.name)
                if row is None:
                    session.add(StoreSetting(key=field.name, value=value))
                    changed.append(field.name)
                elif row.value != value:
                    row.value = value
                    changed.append(field.name)
            if changed:
                audit.append(
                    session,
                    actor=self._actor,
                    action=AuditAction.UPDATE,
                    record_type="settings",
                    fields=changed,
                )
