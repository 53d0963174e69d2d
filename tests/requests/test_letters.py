"""Letters are real PDFs: read back with pypdf, address placed in the envelope window."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from albanera_desk.cli import main
from albanera_desk.documents.letters import PAGE_H, calibration_page
from albanera_desk.domain.letter_format import (
    NNBSP,
    WINDOWS,
    EnvelopeKind,
    date_in_words,
    french_typography,
    money,
)
from albanera_desk.domain.organisation import profile_from_privacy_policy
from albanera_desk.domain.records import DecisionGround, RequestKind, RequestStatus
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.organisation import OrganisationService
from albanera_desk.services.request_decisions import RequestDecisions
from albanera_desk.services.requests import NewRequest, RequestRefused, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store

WRITER = "Łucja Ștefănescu"


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    profile = profile_from_privacy_policy()
    profile.address_lines = ["12 rue de Turenne"]
    profile.postcode, profile.city, profile.country_code = "75003", "Paris", "FR"
    profile.signatory_name = "Claire Martin"
    OrganisationService(opened, "coordinator").save(profile)
    yield opened
    opened.close()


def _log(store: Store, country: str = "FR") -> str:
    return (
        RequestService(store, "coordinator")
        .log(
            NewRequest(
                date(2026, 5, 4),
                [RequestKind.ACCESS, RequestKind.CORRECTION],
                WRITER,
                ["12 rue des Lilas", "69003 Lyon"],
                writer_country=country,
            )
        )
        .reference
    )


def _words_at(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():  # the text matrix, placed on the page by the current matrix
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_acknowledgement_in_french_with_the_due_date_in_words(store: Store) -> None:
    ref = _log(store)
    pdf = LetterService(store, "coordinator").prepare([ref], RequestLetter.ACKNOWLEDGEMENT).pdf
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert WRITER in text  # ł and ș print: the font is embedded
    assert "4 mai 2026" in text and "4 juin 2026" in text
    assert "accès, rectification" in text
    assert f"Réf.{NNBSP}: {ref}" in text and "Page 1 sur 1" in text
    assert "Claire Martin" in text


def test_address_block_sits_in_the_window(store: Store) -> None:
    ref = _log(store)
    for envelope in EnvelopeKind:
        pdf = (
            LetterService(store, "x")
            .prepare([ref], RequestLetter.ACKNOWLEDGEMENT, envelope=envelope)
            .pdf
        )
        window = WINDOWS[envelope]
        (x, y) = next((x, y) for word, x, y in _words_at(pdf) if word.startswith("Łucja"))
        assert window.left * mm <= x <= (window.left + window.width) * mm, envelope
        top = PAGE_H - window.top * mm
        assert top - window.height * mm <= y <= top, envelope


def test_letter_abroad_is_in_english_with_the_country_last(store: Store) -> None:
    ref = _log(store, country="US")
    pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACKNOWLEDGEMENT).pdf
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "We received your letter" in text and "4 June 2026" in text
    assert text.index("UNITED STATES") > text.index("69003 Lyon")


def test_refusal_only_for_a_refused_request_with_its_own_ground_and_reason(store: Store) -> None:
    requests = RequestService(store, "coordinator")
    ref = _log(store)
    letters = LetterService(store, "coordinator")
    with pytest.raises(RequestRefused, match="only for a refused request"):
        letters.prepare([ref], RequestLetter.REFUSAL)
    requests.move(ref, RequestStatus.IN_PROGRESS)
    requests.extend(ref, date(2026, 5, 20), "the archives are in storage")
    with pytest.raises(RequestRefused, match="only for a refused request"):
        letters.prepare([ref], RequestLetter.REFUSAL)  # an extension is no refusal
    requests.move(ref, RequestStatus.REFUSED, "the same request for the fifth time this month")
    with pytest.raises(RequestRefused, match="legal ground"):
        letters.prepare([ref], RequestLetter.REFUSAL)
    RequestDecisions(store, "coordinator").refuse(
        ref, DecisionGround.EXCESSIVE, "the same request for the fifth time this month"
    )
    pdf = letters.prepare([ref], RequestLetter.REFUSAL).pdf
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "fifth time" in text and "CNIL" in text and "juridiction" in text
    assert "12, paragraphe 5, point b)" in text and "il nous incombe" in text
    assert "archives" not in text  # the extension's reason is not the refusal's


def test_several_letters_in_one_pdf_each_numbered_and_kept_when_posted(store: Store) -> None:
    refs = [_log(store) for _ in range(3)]
    letters = LetterService(store, "coordinator")
    pdf = letters.prepare(refs, RequestLetter.ACKNOWLEDGEMENT).pdf
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    for page, ref in zip(reader.pages, refs, strict=True):
        assert ref in page.extract_text() and "Page 1 sur 1" in page.extract_text()
    letters.record_posted(
        refs[0],
        RequestLetter.ACKNOWLEDGEMENT,
        pdf,
        posted_on=date(2026, 5, 5),
        language="fr",
        tracking_number="1A23456789012",
    )
    with store.engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT l.posted_on, l.tracking_number, a.content FROM letter l "
            "JOIN attachment a ON a.id = l.pdf_id"
        ).one()
    assert kept[0] == "2026-05-05" and kept[1] == "1A23456789012" and kept[2] == pdf


def test_letter_command_writes_the_pdf(
    store: Store, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = _log(store)
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    out = tmp_path / "ack.pdf"
    assert main(["letter", ref, "acknowledgement", "-o", str(out)]) == 0
    assert WRITER in PdfReader(out).pages[0].extract_text()
    assert main(["letter", ref, "refusal", "-o", str(tmp_path / "r.pdf")]) == 2
    assert not (tmp_path / "r.pdf").exists()
    assert main(["letter", ref, "acknowledgement", "-o", str(tmp_path / "nowhere" / "a.pdf")]) == 2


def test_french_typography_and_words() -> None:
    assert french_typography("Réf. : 12 ; ok ! « oui »") == (
        f"Réf.{NNBSP}: 12{NNBSP}; ok{NNBSP}! «{NNBSP}oui{NNBSP}»"
    )
    assert (
        french_typography("voir https://www.cnil.fr à 10:30") == "voir https://www.cnil.fr à 10:30"
    )
    assert date_in_words(date(2026, 6, 1), "fr") == "1er juin 2026"
    assert date_in_words(date(2026, 6, 5), "en") == "5 June 2026"
    assert money(4000, "fr") == f"40,00{NNBSP}€"
    assert money(123456, "en") == "€1,234.56"


def test_calibration_page_outlines_the_window() -> None:
    reader = PdfReader(io.BytesIO(calibration_page(EnvelopeKind.FR_DL_RIGHT)))
    assert "fr_dl_right" in reader.pages[0].extract_text()


def test_requests_list_command(
    store: Store,
    store_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    ref = _log(store)
    store.close()
    monkeypatch.setenv("ALBANERA_DESK_STORE", str(store_path))
    capsys.readouterr()
    assert main(["requests", "list", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["ref"] == ref and row["kinds"] == ["access", "correction"]
    assert row["status"] == "received" and row["received"] == "2026-05-04"
    assert row["due"] == "2026-06-04"
    assert main(["requests", "list", "--overdue"]) == 0
    assert ref in capsys.readouterr().out
    assert main(["requests", "list", "--format", "csv", "--due-within", "3"]) == 0
    assert ref in capsys.readouterr().out  # overdue counts as due within any window


def test_addresses_follow_each_countrys_post() -> None:
    from albanera_desk.services.addresses import address_lines, address_problems, country_line

    assert address_lines(["670 S. La Fayette Park Place"], "90057", "Los Angeles", "CA", "US") == [
        "670 S. La Fayette Park Place",
        "LOS ANGELES, CA 90057",
    ]
    assert address_lines(["12 rue des Lilas"], "69003", "Lyon", "", "FR") == [
        "12 rue des Lilas",
        "69003 LYON",
    ]
    assert address_problems(["12 rue des Lilas"], "6900", "Lyon", "", "FR") == [
        "postcode not valid"
    ]
    assert country_line("DE") == "GERMANY"


def test_a_narrow_space_never_breaks_a_line_and_stays_in_the_pdf(tmp_path: Path) -> None:
    from albanera_desk.documents.letters import LetterContent, render_letters
    from tests.requests.scenario import bad_line_starts, pdftotext

    words = " ".join(f"mot{'x' * (n % 7)}{NNBSP}:{NNBSP}«{NNBSP}oui{NNBSP}»" for n in range(300))
    letter = LetterContent(
        reference="R-2026-0001",
        sender=["Alba Nera", "12 rue de Turenne", "75003 PARIS", "FRANCE"],
        recipient=["Léa Roussenval"],
        place_and_date="Paris, le 4 mai 2026",
        subject="Essai",
        salutation="Madame, Monsieur,",
        paragraphs=[words],
        closing="Salutations.",
        signature=["Claire Martin"],
    )
    pdf = render_letters([letter], EnvelopeKind.FR_DL_RIGHT)
    reader = PdfReader(io.BytesIO(pdf))
    extracted = "".join(p.extract_text() for p in reader.pages)
    assert f"{NNBSP}:" in extracted and f"«{NNBSP}oui{NNBSP}»" in extracted
    layout = pdftotext(pdf, tmp_path) or extracted
    assert len(layout.splitlines()) > 20 and bad_line_starts(layout) == []
