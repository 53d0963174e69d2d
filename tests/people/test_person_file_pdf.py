"""The person's file as a PDF annex: every section, names in any script, erased files too."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from albanera_desk.documents.person_file import render_person_file
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import AuditAction
from albanera_desk.services.audit import AuditFilter, AuditTrail
from albanera_desk.services.people.service import PeopleService
from albanera_desk.store.store import Store
from tests.people.test_people_service import ELODIE


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_annex_shows_everything_held(people: PeopleService) -> None:
    pid = people.create(ELODIE)
    people.correct(pid, "last_name", "Dupré", "her letter")
    pdf = render_person_file(
        people.open_file(pid), profile_from_privacy_policy(), "fr", date(2026, 6, 5)
    )
    assert pdf.startswith(b"%PDF")
    assert b"DejaVuSans" in pdf  # the font is embedded
    text = _text(pdf)
    for expected in (
        "Informations personnelles détenues",
        "P-000001",
        "Élodie Dupré",
        "12 rue des Lilas",
        "69003 Lyon",
        "+33 6 12 34 56 78",
        "Achats",
        "shop sign-up",
        "Ștefănescu-Dupré",  # the correction's "before"
        "her letter",
        "05/06/2026",
        "Page 1 / 1",
    ):
        assert expected in text, expected
    english = _text(render_person_file(people.open_file(pid), profile_from_privacy_policy(), "en"))
    assert "Personal information we hold" in english and "Purchases" in english


def test_the_annex_of_an_erased_file(people: PeopleService) -> None:
    pid = people.create(ELODIE)
    people.erase(pid)
    text = _text(render_person_file(people.open_file(pid), profile_from_privacy_policy(), "en"))
    assert "P-000001" in text and "was erased" in text and "Élodie" not in text


def test_export_pdf_is_audited(people: PeopleService, store: Store) -> None:
    pid = people.create(ELODIE)
    assert "Élodie" in _text(people.export_pdf(pid, "en"))
    last = AuditTrail(store).page(AuditFilter(record_type="person"))[0]
    assert last.action is AuditAction.EXPORT and last.note == "pdf"
