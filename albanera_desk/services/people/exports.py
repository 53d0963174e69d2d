"""A person's file exported: JSON and CSV (art. 20 portability), PDF (the access annex).

Every format is built from ``answers.person_file_of``, the one builder of the copy of the
data the access response annexes (``documents.person_file.file_flowables`` prints it in
both), so the person file and the copy never differ. Each export is audited (EXPORT, with
the format); the PDF is built by ``documents.person_file.render_person_file``.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from datetime import date, datetime
from enum import Enum
from typing import Any

from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.person_file import file_lines
from albanera_desk.domain.records import AuditAction
from albanera_desk.services.answers import person_file_of
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.people.audited import audit_person, get_person
from albanera_desk.store.store import Store


class PersonExports:
    def __init__(self, store: Store, actor: str) -> None:
        self._store = store
        self._actor = actor

    def export_json(self, person_id: int) -> bytes:
        """The file as JSON (art. 20 portability): UTF-8, dates in ISO 8601."""
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            file = person_file_of(session, person)
            audit_person(session, self._actor, AuditAction.EXPORT, person, [], note="json")
        payload = _jsonable(asdict(file))
        return json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8")

    def export_pdf(self, person_id: int, language: str = "fr") -> bytes:
        """The file as the PDF annex of an access response; the export is audited."""
        organisation = OrganisationService(self._store, self._actor).get()
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            file = person_file_of(session, person)
            audit_person(session, self._actor, AuditAction.EXPORT, person, [], note="pdf")
        from albanera_desk.documents.person_file import render_person_file  # ReportLab, on use

        return render_person_file(
            file, organisation or profile_from_privacy_policy(), language=language
        )

    def export_csv(self, person_id: int) -> bytes:
        """The file as CSV (art. 20): one line per value, section/field/value/source/date,
        and for an item the activity it serves and who receives it (as in the annex).

        UTF-8 with a BOM and semicolons, so a French Excel opens it as written.
        """
        with self._store.writer.begin() as session:
            person = get_person(session, person_id)
            file = person_file_of(session, person)
            audit_person(session, self._actor, AuditAction.EXPORT, person, [], note="csv")
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["section", "field", "value", "source", "date", "activity", "recipients"])
        for line in file_lines(file):
            writer.writerow([_safe_cell(v) for v in line])
        return ("\ufeff" + out.getvalue()).encode("utf-8")


def _safe_cell(value: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas: keep them text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
