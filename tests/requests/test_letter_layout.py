"""Letters laid out as a French office would sign them, read back from the real PDF.

Positions come from pypdf's text visitor (each drawn line with its place on the page);
fold marks from the page's own drawing operators.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from albanera_desk.documents.letter_parts import AddressDoesNotFit
from albanera_desk.documents.letters import LetterContent, render_letters
from albanera_desk.domain.letter_format import (
    WINDOWS,
    EnvelopeKind,
    PaperSize,
    address_problem,
    fit_name_line,
    fold_marks,
    paper_for,
)
from albanera_desk.domain.records import DataCategory, DataSource, RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.services.requests import NewRequest, RequestRefused, RequestService
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.requests import scenario

Line = tuple[str, float, float]  # text, x, y (points from the bottom-left corner)


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    scenario.set_profile(opened)
    yield opened
    opened.close()


def _lines(pdf: bytes, page: int = 0) -> list[Line]:
    found: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def _at(lines: list[Line], start: str) -> Line:
    return next(line for line in lines if line[0].startswith(start))


def _log(
    store: Store, address: list[str], country: str = "FR", name: str = "Léa Roussenval"
) -> str:
    return (
        RequestService(store, "coordinator")
        .log(
            NewRequest(
                scenario.RECEIVED, [RequestKind.ACCESS], name, address, writer_country=country
            )
        )
        .reference
    )


def _letter(**changes: object) -> LetterContent:
    values: dict[str, object] = {
        "reference": "R-2026-0001",
        "sender": ["Alba Nera", "12 rue de Turenne", "75003 PARIS"],
        "recipient": ["Léa Roussenval", "8 rue des Tanneurs", "67000 STRASBOURG"],
        "place_and_date": "Paris, le 4 mai 2026",
        "subject": "Essai",
        "salutation": "Madame, Monsieur,",
        "paragraphs": ["Nous avons bien reçu votre courrier."],
        "closing": "Nous vous prions d’agréer nos salutations distinguées.",
        "signature": ["Claire Martin", "Coordinatrice"],
        "page_label": "Page {page} sur {pages}",
        "reference_label": "Réf. : {reference}",
    }
    values.update(changes)
    return LetterContent(**values)  # type: ignore[arg-type]


def test_subject_and_references_under_the_date_in_french_and_english(store: Store) -> None:
    ref = _log(store, ["8 rue des Tanneurs", "67000 Strasbourg"])
    service = LetterService(store, "coordinator")
    for lang, ours, theirs, subject in (
        ("fr", "N/Réf.\u202f: ", "V/courrier reçu le 4 mai 2026", "Objet\u202f: "),
        ("en", "Our ref.: ", "Your letter received on 4 May 2026", "Subject: "),
    ):
        pdf = service.prepare([ref], RequestLetter.ACKNOWLEDGEMENT, language=lang).pdf
        lines = _lines(pdf)
        date = next(line for line in lines if "2026" in line[0] and "Paris" in line[0])
        our = _at(lines, ours)
        their = _at(lines, theirs)
        objet = _at(lines, subject)
        assert our[0] == ours + ref, lang
        # Top to bottom: date, our reference, their letter, the subject; all on the left
        # but the date, and all below the envelope's window.
        assert date[2] > our[2] > their[2] > objet[2], lang
        assert our[1] == their[1] == objet[1] == pytest.approx(20 * mm), lang
        window_bottom = PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height - (
            WINDOWS[EnvelopeKind.FR_DL_RIGHT].bottom * mm
        )
        assert date[2] < window_bottom, lang


def test_recipient_notices_name_our_reference_but_no_letter_of_theirs(store: Store) -> None:
    office = scenario.build(store)
    ref = scenario.log(store, office.people["anne"], [RequestKind.CORRECTION])
    from tests.requests.test_answer_letters import _correct

    _correct(store, ref, office.people["anne"], "last_name", "Castelmoure-Vidal")
    pdf = LetterService(store, "x").prepare_recipient_notices(ref).pdf
    first = scenario.pages(pdf)[0]
    assert f"N/Réf. : {ref}" in first and "V/courrier" not in first


def _strings(value: object) -> Iterator[str]:
    """Every text inside a plain-data value (dataclasses, lists, dicts), recursively."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)


def test_no_word_is_cut_in_the_annex_tables(store: Store) -> None:
    from albanera_desk.documents import person_file_words as words
    from albanera_desk.services.answers import person_file_of
    from albanera_desk.services.letters import letter_texts
    from albanera_desk.store.models import HeldItem, Person

    office = scenario.build(store)
    with store.writer.begin() as session:  # long words in the narrowest columns
        anne = session.get(Person, office.people["anne"])
        assert anne is not None
        anne.items.append(
            HeldItem(
                category=DataCategory.DEMOGRAPHIC,
                description="Interdépartementalisation",
                value="Anticonstitutionnellement",
                source=DataSource.PURCHASE,
                collected_on=scenario.RECEIVED,
                retention_rule="Indéfiniment renouvelable",
                activity_id=next(iter(office.activities.values())),
            )
        )
    for who in ("anne", "bruno", "chloe", "eve"):
        ref = scenario.log(store, office.people[who], [RequestKind.ACCESS])
        pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACCESS_RESPONSE).pdf
        with store.session_factory() as session:
            person = session.get(Person, office.people[who])
            assert person is not None
            held = person_file_of(session, person)
        # The words as they are written in the records and the annex's own labels.
        source = [*_strings(held), *_strings(vars(words)), *_strings(letter_texts("fr"))]
        vocabulary = {w for text in source for w in text.replace("\u202f", " ").split()}
        vocabulary |= {w.strip(",;:()") for w in vocabulary}
        reader = PdfReader(io.BytesIO(pdf))
        annex = next(n for n, page in enumerate(scenario.pages(pdf)) if "Annexe" in page)
        for page in range(annex, len(reader.pages)):
            for line, _, _ in _lines(pdf, page):
                for word in line.replace("\u202f", " ").split():
                    if re.fullmatch(r"[\d/:,()–-]+|Réf\.|R-2026-\d{4}|Page|sur", word):
                        continue  # dates, numbers and the page's foot
                    # A cut word leaves a piece that is no word of the records ("Démographi").
                    assert word.strip(",;:()") in vocabulary, (who, word)


def test_annex_table_of_long_words_keeps_each_word_whole() -> None:
    words = [
        "Anticonstitutionnellement",
        "Interdépartementalisation",
        "Rétroactivement",
        "Démographie",
        "Authentification",
        "Désinscription",
    ]
    header = ["Catégorie", "Élément", "Valeur", "Source", "Conservation", "Finalité"]
    rows = [[" ".join(words[(i + j) % 6] for j in range(1 + i % 3)) for i in range(6)]] * 4
    pdf = render_letters(
        [_letter(annex_title="Annexe", annex_rows=[header, *rows])], EnvelopeKind.FR_DL_RIGHT
    )
    reader = PdfReader(io.BytesIO(pdf))
    drawn = [w for line, _, _ in _lines(pdf, len(reader.pages) - 1) for w in line.split()]
    allowed = set(words) | set(header) | {"Annexe", "Réf.", ":", "R-2026-0001", "Page", "sur"}
    allowed |= {str(n) for n in range(1, 4)}
    assert set(drawn) <= allowed
    assert drawn.count("Anticonstitutionnellement") >= 4


@pytest.mark.parametrize("filler", range(18, 34))
def test_the_signature_never_stands_alone_on_a_page(filler: int) -> None:
    paragraphs = [f"Paragraphe {n} " + "du texte de la lettre " * 12 for n in range(filler)]
    paragraphs.append("Dernier " + "mot de la fin " * 30)
    pdf = render_letters([_letter(paragraphs=paragraphs)], EnvelopeKind.FR_DL_RIGHT)
    pages = scenario.pages(pdf)
    (signed,) = [p for p in pages if "Claire Martin" in p]
    assert "salutations distinguées" in signed
    assert "mot de la fin" in signed  # the end of the last paragraph comes with it
    for page in pages:
        assert "Page" in page and "Réf. : R-2026-0001" in page


def test_long_letters_number_every_page_and_carry_the_reference(store: Store) -> None:
    office = scenario.build(store)
    ref = scenario.log(store, office.people["bruno"], [RequestKind.ACCESS])
    pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACCESS_RESPONSE).pdf
    pages = scenario.pages(pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Réf. : {ref}" in page and f"Page {number} sur {len(pages)}" in page


def test_addresses_beyond_the_french_postal_standard_are_refused_with_a_sentence(
    store: Store,
) -> None:
    service = LetterService(store, "coordinator")
    seven = _log(store, ["Bâtiment B", "Escalier 3", "Appartement 12", "8 rue X", "BP 12", "Lyon"])
    with pytest.raises(RequestRefused, match=r"7 lines.*6 at most"):
        service.prepare([seven], RequestLetter.ACKNOWLEDGEMENT)
    wide = _log(store, ["Résidence des Grands Chênes Centenaires du Parc", "69003 LYON"])
    with pytest.raises(RequestRefused, match=r"47 characters.*38 at most"):
        service.prepare([wide], RequestLetter.ACKNOWLEDGEMENT)
    assert address_problem(["A" * 38] * 6) is None


@pytest.mark.parametrize("envelope", list(EnvelopeKind))
def test_the_fullest_address_fits_its_window_above_the_date(
    store: Store, envelope: EnvelopeKind
) -> None:
    address = [
        "Résidence Les Tilleuls",
        "Bâtiment B Esc 3",
        "8 rue des Tanneurs Prolongée",
        "BP 42",
    ]
    address.append("67000 STRASBOURG CEDEX")  # with the name: 6 lines, the longest 38
    ref = _log(store, address, name="Marie-Bénédicte Roussenval-Quiberon")
    pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACKNOWLEDGEMENT, envelope=envelope)
    page = PdfReader(io.BytesIO(pdf.pdf)).pages[0]
    height = float(page.mediabox.height)
    window = WINDOWS[envelope]
    lines = _lines(pdf.pdf)
    shown = [line for line in lines if any(line[0] == a for a in [*address, ref])]
    name = _at(lines, "Marie-Bénédicte")
    for text, x, y in [*shown, name]:
        assert window.left * mm <= x <= (window.left + window.width) * mm, (envelope, text)
        assert height - window.bottom * mm <= y - 1 <= height - window.top * mm, (envelope, text)
    date = next(line for line in lines if line[0].startswith("Paris, le"))
    assert date[2] < height - window.bottom * mm  # never printed over the date


def test_an_address_no_size_can_fit_is_refused_before_drawing() -> None:
    letter = _letter(recipient=["W" * 38, "67000 STRASBOURG"])
    with pytest.raises(AddressDoesNotFit, match="does not fit the envelope's window"):
        render_letters([letter], EnvelopeKind.DIN_5008_B)


def _marks(pdf: bytes) -> list[tuple[float, float]]:
    """The short strokes at the left edge: (their length, mm from the top), top to bottom."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    data = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    found = []
    for x1, y1, x2, y2 in re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l", data):
        if float(x2) < 10 * mm and y1 == y2:
            found.append((round((float(x2) - float(x1)) / mm), round((height - float(y1)) / mm, 1)))
    return sorted(found, key=lambda mark: mark[1])


@pytest.mark.parametrize(
    ("envelope", "paper", "folds", "punch"),
    [
        (EnvelopeKind.FR_DL_RIGHT, PaperSize.A4, (99.0, 198.0), 148.5),
        (EnvelopeKind.DIN_5008_B, PaperSize.A4, (105.0, 210.0), 148.5),
        (EnvelopeKind.US_10, PaperSize.A4, (99.0, 198.0), 148.5),
        (EnvelopeKind.US_10, PaperSize.LETTER, (93.1, 186.3), 139.7),
        (EnvelopeKind.FR_DL_RIGHT, PaperSize.LETTER, (93.1, 186.3), 139.7),
    ],
)
def test_fold_marks_of_every_envelope(
    envelope: EnvelopeKind, paper: PaperSize, folds: tuple[float, float], punch: float
) -> None:
    assert fold_marks(envelope, paper) == folds
    pdf = render_letters([_letter()], envelope, paper)
    marks = _marks(pdf)
    assert [at for length, at in marks if length == 5] == list(folds)
    assert [at for length, at in marks if length == 4] == [punch]


def test_us_letter_paper_for_an_office_in_the_us(store: Store) -> None:
    ref = _log(store, ["8 rue des Tanneurs", "67000 Strasbourg"])
    service = LetterService(store, "x")
    a4 = PdfReader(io.BytesIO(service.prepare([ref], RequestLetter.ACKNOWLEDGEMENT).pdf))
    assert (
        round(float(a4.pages[0].mediabox.width)),
        round(float(a4.pages[0].mediabox.height)),
    ) == (
        595,
        842,
    )
    scenario.set_profile(
        store,
        address_lines=["670 S. La Fayette Park Place"],
        postcode="90057",
        city="Los Angeles",
        region="CA",
        country_code="US",
    )
    pdf = service.prepare([ref], RequestLetter.ACKNOWLEDGEMENT, envelope=EnvelopeKind.US_10).pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    assert paper_for("US") is PaperSize.LETTER and paper_for("FR") is PaperSize.A4
    assert [at for length, at in _marks(pdf) if length == 5] == [93.1, 186.3]


def test_a_long_name_line_is_fitted_as_the_post_advises_never_cut() -> None:
    office = "Jacques Marie Mage, bureau du coordinateur e-commerce"
    fitted = fit_name_line([office, "670 S. La Fayette Park Place", "Los Angeles, CA 90057"])
    assert fitted[:2] == ["Jacques Marie Mage", "bureau du coordinateur e-commerce"]
    assert address_problem(fitted) is None
    person = fit_name_line(["Mme Zéphyrine Quaglioni-Brzęczyszczykiewicz", "1 rue des Lilas"])
    assert person[0] == "Mme Z. Quaglioni-Brzęczyszczykiewicz"  # the title kept, a name initial
    assert fit_name_line(["Anne Dupont", "1 rue"]) == ["Anne Dupont", "1 rue"]  # fits: untouched
    too_long = ["Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "1 rue"]
    assert fit_name_line(too_long) == too_long  # nothing to abbreviate: refused with a sentence
    assert address_problem(too_long) is not None
