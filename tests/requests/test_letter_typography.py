"""French typography survives text extraction: the narrow no-break space (U+202F) before
« : ; ! ? » and inside « » is read back from the real PDF by pypdf and by poppler.

Poppler's ``pdftotext`` treats any single whitespace character as the gap between two
words and writes an ASCII space, even though the embedded font's ToUnicode table maps the
glyph to U+202F (pypdf, which reads that table, finds it). The letters therefore draw each
narrow space inside a marked-content span whose ``ActualText`` is the narrow space and the
character after it; poppler outputs an ``ActualText`` as it is, so U+202F stays.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from albanera_desk.documents.letters import LetterContent, render_letters
from albanera_desk.domain.letter_format import NNBSP, EnvelopeKind
from albanera_desk.domain.records import RequestKind
from albanera_desk.services.letters import LetterService, RequestLetter
from albanera_desk.services.opening import create_store
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.store.store import Store
from tests.requests import scenario


@pytest.fixture
def store(store_path: Path, keys: KeyringKeys) -> Iterator[Store]:
    opened = create_store(store_path, keys)
    yield opened
    opened.close()


def _poppler(pdf: bytes, tmp: Path, mode: str) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("poppler's pdftotext is not installed (apt-get install poppler-utils)")
    path = tmp / "letter.pdf"
    path.write_bytes(pdf)
    args = [tool, *([mode] if mode else []), "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")


@pytest.mark.parametrize("mode", ["", "-raw", "-layout"])
def test_pdftotext_finds_the_narrow_spaces_of_a_french_letter(
    store: Store, tmp_path: Path, mode: str
) -> None:
    office = scenario.build(store)
    ref = scenario.log(store, office.people["bruno"], [RequestKind.ACCESS])
    pdf = LetterService(store, "x").prepare([ref], RequestLetter.ACCESS_RESPONSE).pdf
    text = _poppler(pdf, tmp_path, mode)
    for words in (
        f"N/Réf.{NNBSP}: {ref}",  # under the date
        f"Objet{NNBSP}: Réponse",
        f"Réf.{NNBSP}: {ref}",  # the foot of every page
        f"(article 12, paragraphe 5, du RGPD){NNBSP};",
    ):
        assert words in text, (mode, words)
    assert text.count(NNBSP) >= 10 and " : " not in text.replace(f"{NNBSP}: ", "")
    readers = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert readers.count(NNBSP) == text.count(NNBSP)  # pypdf reads the very same spaces


def test_guillemets_and_amounts_keep_their_narrow_spaces(tmp_path: Path) -> None:
    said = f"Vous avez dit «{NNBSP}non{NNBSP}»{NNBSP}! Frais{NNBSP}: 40,00{NNBSP}€."
    letter = LetterContent(
        reference="R-2026-0001",
        sender=["Alba Nera"],
        recipient=["Léa Dumas", "69003 LYON"],
        place_and_date="Paris, le 4 mai 2026",
        subject="Essai",
        salutation="Madame,",
        paragraphs=[said],
        closing="Salutations.",
        signature=["Claire Martin"],
    )
    pdf = render_letters([letter], EnvelopeKind.FR_DL_RIGHT)
    assert said in _poppler(pdf, tmp_path, "-raw")
    assert said in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
