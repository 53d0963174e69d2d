"""Preview then print: pages rendered in memory, printed through a real QPrinter."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
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
    assert shown.height() > shown.width() > 300  # an A4 page, as wide as the dialog allows
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


def test_the_preview_fits_a_1024x700_screen_zooms_and_pages(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QMessageBox

    from albanera_desk.ui.print_preview import Fit

    pdf = _letters(4)
    saved: list[Path] = []
    dialog = PrintPreviewDialog(pdf, "Letters", "letters.pdf", on_saved=saved.append)
    qtbot.addWidget(dialog)
    screen = QRect(0, 0, 1024, 700)
    size = dialog.fit_to(screen)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert size.width() <= 1024 and size.height() <= 700 - 40
    assert screen.contains(QRect(dialog.pos(), size))
    assert frame.height() <= 700 or frame.height() - size.height() > 40  # title bar included

    # Fit width: the page fills the width, no horizontal scroll bar.
    qtbot.waitUntil(lambda: dialog.fit is Fit.WIDTH and dialog.page.pixmap().width() > 0)
    qtbot.waitUntil(lambda: dialog.scroll.horizontalScrollBar().maximum() == 0)
    # The whole page: nothing to scroll at all.
    qtbot.mouseClick(dialog.fit_page_button, Qt.MouseButton.LeftButton)
    assert dialog.fit is Fit.PAGE and dialog.fit_page_button.isChecked()
    bars = (dialog.scroll.verticalScrollBar(), dialog.scroll.horizontalScrollBar())
    qtbot.waitUntil(lambda: all(bar.maximum() == 0 for bar in bars))
    whole = dialog.zoom
    qtbot.mouseClick(dialog.zoom_in_button, Qt.MouseButton.LeftButton)
    assert dialog.zoom > whole and dialog.fit is Fit.NONE
    assert dialog.zoom_label.text() == f"{round(dialog.zoom * 100)}%"
    qtbot.keyClick(dialog, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert abs(dialog.zoom - whole) < 1e-9
    qtbot.keyClick(dialog, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.fit is Fit.PAGE

    # Pages: the spin box, Page Down, End and Home.
    dialog.page_number.setValue(3)
    assert dialog.index == 2
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.index == 3 and not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Home)
    assert dialog.index == 0 and dialog.page_number.value() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_End)
    assert dialog.index == 3

    out = tmp_path / "letters.pdf"
    assert dialog.save_to(out)
    assert len(PdfReader(out).pages) == 4 and saved == [out]
    notice = dialog.saved_notice
    assert isinstance(notice, QMessageBox) and notice.isVisible()
    assert "letters.pdf" in notice.text()
    notice.accept()
    dialog.reject()
