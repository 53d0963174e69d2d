"""Preview then print: pages rendered in memory, printed through a real QPrinter."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from albanera_desk.documents.letters import LetterContent, render_letters
from albanera_desk.domain.letter_format import EnvelopeKind
from albanera_desk.ui.print_preview import PrintPreviewDialog


def _letters(count: int) -> bytes:
    return render_letters(
        [
            LetterContent(
                reference=f"R-2026-{n:04d}",
                sender=["Alba Nera", "12 rue de Turenne", "75003 Paris"],
                recipient=["Łucja Ștefănescu", "8 rue des Tanneurs", "67000 Strasbourg"],
                place_and_date="Paris, le 25 novembre 2026",
                subject="Réponse à votre demande",
                salutation="Madame, Monsieur,",
                paragraphs=["Nous avons bien reçu votre courrier."] * 3,
                closing="Salutations distinguées.",
                signature=["Claire Martin"],
            )
            for n in range(count)
        ],
        EnvelopeKind.FR_DL_RIGHT,
    )


def test_preview_pages_through_a_batch_and_prints_every_page(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = _letters(3)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    dialog = PrintPreviewDialog(pdf, "Letters", "letters.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count == pages == 3
    shown = dialog.page.pixmap()
    assert shown.width() > 700 and shown.height() > 1000  # an A4 page at 96 dpi
    assert not dialog.previous_button.isEnabled()
    dialog.next()
    dialog.next()
    assert dialog.index == 2 and not dialog.next_button.isEnabled()
    dialog.next()
    assert dialog.index == 2

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        dialog.print_to(printer)
    assert printed.args == [3]
    assert len(PdfReader(out).pages) == 3
    dialog.reject()
