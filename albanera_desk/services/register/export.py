"""Exporting the register: its rows as printed, rendered to CSV, XLSX or PDF, audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from albanera_desk.documents.output import write_atomically
from albanera_desk.domain.organisation import OrganisationProfile
from albanera_desk.domain.records import AuditAction
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services import audit
from albanera_desk.services.addresses import country_name
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.register.activities import Activities
from albanera_desk.services.register.adequacy import load_adequacy_catalogue
from albanera_desk.services.register.errors import RegisterInvalid
from albanera_desk.services.register.processors import Processors
from albanera_desk.services.register.rows import (
    activity_row,
    named_country,
    processor_row,
    representative,
    transfer_row,
)
from albanera_desk.services.register.transfers import Transfers
from albanera_desk.store.store import Store

if TYPE_CHECKING:
    # ReportLab and openpyxl load only when an export is made, not at every start.
    from albanera_desk.documents.register_export import ExportFormat, RegisterKind


class RegisterExport:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def rows(self, kind: RegisterKind, language: str = "fr") -> list[dict[str, str]]:
        """The register as the exports print it: one dict of text per record."""
        processors = Processors(self._store, self._actor).all()
        names = {p.id: p.legal_name for p in processors}
        if kind == "processors":
            return [processor_row(p, names, language) for p in processors]
        transfers = Transfers(self._store, self._actor).all()
        if kind == "transfers":
            catalogue = load_adequacy_catalogue()
            return [transfer_row(t, catalogue, language) for t in transfers]
        transfer_names = {
            t.id: f"{t.importer_name} ({country_name(t.destination_country, language)})"
            for t in transfers
        }
        activities = Activities(self._store, self._actor).all()
        return [activity_row(a, names, transfer_names, language) for a in activities]

    def export(
        self,
        kind: RegisterKind | Literal["all"],
        fmt: ExportFormat,
        path: Path,
        *,
        language: str | None = None,
        semicolon: bool = False,
        as_of: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Render the register(s), write ``path`` whole or not at all, and audit the export.

        ``kind="all"`` is for XLSX only (one sheet per register). ``progress(done, total)``
        is called while rendering; raise from it to cancel (nothing is written).
        """
        from albanera_desk.documents.register_export import (
            controller_block,
            export_register,
            export_workbook,
        )

        profile = OrganisationService(self._store, self._actor).get() or OrganisationProfile()
        lang = language or profile.default_language or "fr"
        art27 = representative(profile.country_code, lang)
        profile = named_country(profile, lang)
        block = controller_block(profile, lang, representative=art27)
        day = as_of or date.today()
        if kind == "all":
            if fmt != "xlsx":
                raise RegisterInvalid(
                    QT_TRANSLATE_NOOP(
                        "Core", "Only the XLSX export holds all three registers at once."
                    )
                )
            kinds: tuple[RegisterKind, ...] = ("processors", "activities", "transfers")
            data = export_workbook(
                [(k, self.rows(k, lang)) for k in kinds],
                profile,
                language=lang,
                as_of=day,
                progress=progress,
                block=block,
            )
        else:
            data = export_register(
                kind,
                self.rows(kind, lang),
                profile,
                fmt,
                semicolon=semicolon,
                language=lang,
                progress=progress,
                as_of=day,
                block=block,
            )
        write_atomically(path, data)
        with self._store.writer.begin() as session:
            audit.append(
                session,
                actor=self._actor,
                action=AuditAction.EXPORT,
                record_type="register",
                record_id=kind,
                note=fmt,
            )
