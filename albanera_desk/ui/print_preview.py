"""Preview a PDF before printing, then print it with Qt's print dialog or save it.

Pages are rendered in memory one at a time (PageUp/PageDown), so a batch of a
thousand letters previews as fast as one. Printing renders each page at the
printer's resolution in a worker, with a cancellable progress dialog; no file
is written anywhere unless the user saves the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.documents.output import write_atomically
from albanera_desk.documents.rasterize import PageImage, RenderedPdf
from albanera_desk.store.errors import StoreError
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.worker import Progress, Task

PREVIEW_DPI = 96
MAX_PRINT_DPI = 300


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)
    return image.copy()  # own the pixels: the bytes object may go


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint every page of ``pdf`` on ``printer``, fitted to its printable page; pages printed."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise StoreError("The printer could not be started: check it is on and connected.")
    try:
        with RenderedPdf(pdf) as document:
            total = len(document)
            for index in range(total):
                if progress is not None:
                    progress.report(index, total)
                if index:
                    printer.newPage()
                image = to_qimage(document.render(index, dpi))
                target = QRectF(painter.viewport())
                scale = min(target.width() / image.width(), target.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF(0, 0, width, height), image)
            return total
    finally:
        painter.end()


class PrintPreviewDialog(QDialog):
    printed = Signal(int)

    def __init__(
        self,
        pdf: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        on_saved: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(880, 980)
        self._pdf = pdf
        self._suggested = suggested_name
        self._on_saved = on_saved
        self._document = RenderedPdf(pdf)
        self._pages = len(self._document)
        self._task: Task | None = None
        self.index = 0
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.counter = QLabel()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        close = QPushButton(self.tr("Close"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.counter)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.previous_button.clicked.connect(lambda: self.show_page(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.index + 1))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.MoveToPreviousPage, self, activated=self.previous)
        QShortcut(QKeySequence.StandardKey.MoveToNextPage, self, activated=self.next)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.choose_printer)
        self.finished.connect(lambda _: self._document.close())
        self.show_page(0)

    @property
    def page_count(self) -> int:
        return self._pages

    def previous(self) -> None:
        self.show_page(self.index - 1)

    def next(self) -> None:
        self.show_page(self.index + 1)

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.page_count or (self._task and self._task.is_running()):
            return
        self.index = index
        image = to_qimage(self._document.render(index, PREVIEW_DPI * self.devicePixelRatioF()))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page.setPixmap(pixmap)
        self.counter.setText(
            self.tr("Page {page} of {pages}").format(page=index + 1, pages=self.page_count)
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.page_count)

    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> Task:
        """Print in a worker (PDFium renders there alone while the dialog waits)."""
        pdf = self._pdf
        task = Task(
            lambda progress: print_pdf(pdf, printer, progress),
            parent=self,
            label=self.tr("Printing…"),
        )
        task.succeeded.connect(lambda pages: self.printed.emit(int(pages)))
        task.failed.connect(self._print_failed)
        # PDFium renders in one thread at a time: the preview waits while the printer works.
        self._set_busy(True)
        task.finished.connect(lambda: self._set_busy(False))
        self._task = task
        task.start()
        return task

    def _set_busy(self, busy: bool) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(not busy)
        if busy:
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(False)
        else:
            self.show_page(self.index)

    def _print_failed(self, exc: BaseException) -> None:
        self.error.setText(
            store_error_text(exc)
            if isinstance(exc, StoreError)
            else self.tr("Printing failed; nothing was lost, try again.")
        )

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF"), self._suggested, "PDF (*.pdf)"
        )
        if not path:
            return
        try:
            write_atomically(Path(path), self._pdf)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return
        if self._on_saved is not None:
            self._on_saved(Path(path))
