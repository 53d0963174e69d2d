"""Preview a PDF before printing, then print it with Qt's print dialog or save it.

The dialog fits the screen it opens on. Pages are rendered in memory one at a
time at the zoom shown (fit width, fit page, or a chosen percentage), so a
batch of a thousand letters previews as fast as one. Printing renders each page
at the printer's resolution in a worker, with a cancellable progress dialog; no
file is written anywhere unless the user saves the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.documents.output import write_atomically
from albanera_desk.documents.rasterize import POINTS_PER_INCH, PageImage, RenderedPdf
from albanera_desk.domain.errors import StoreError
from albanera_desk.ui import file_dialogs
from albanera_desk.ui.icons import icon
from albanera_desk.ui.messages import store_error_text
from albanera_desk.ui.saved_notice import show_saved
from albanera_desk.ui.screen_fit import fit_to_screen
from albanera_desk.ui.worker import Progress, Task

PREVIEW_DPI = 96  # 100 %
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 3.0
PAGE_MARGIN = 12  # pixels around the page inside the scroll area
PREFERRED = QSize(900, 1100)


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


class Fit(Enum):
    WIDTH = "width"
    PAGE = "page"
    NONE = "none"  # the zoom the user chose


def fitted_zoom(fit: Fit, page_points: tuple[float, float], room: QSize, current: float) -> float:
    """The zoom (1.0 = 96 dpi) that fits a page of ``page_points`` into ``room`` pixels."""
    width = page_points[0] / POINTS_PER_INCH * PREVIEW_DPI
    height = page_points[1] / POINTS_PER_INCH * PREVIEW_DPI
    if fit is Fit.WIDTH:
        zoom = room.width() / width
    elif fit is Fit.PAGE:
        zoom = min(room.width() / width, room.height() / height)
    else:
        zoom = current
    return min(max(zoom, ZOOM_MIN), ZOOM_MAX)


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
        self._pdf = pdf
        self._suggested = suggested_name
        self._on_saved = on_saved
        self._document = RenderedPdf(pdf)
        self._pages = len(self._document)
        self._task: Task | None = None
        self._closed = False
        self.index = 0
        self.fit = Fit.WIDTH
        self.zoom = 1.0
        self.saved_notice: QDialog | None = None
        self._build()
        self._connect_signals()
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(60)
        self._rerender.timeout.connect(lambda: self.show_page(self.index))
        fit_to_screen(self, PREFERRED)
        self.show_page(0)

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.page = QLabel()
        self.page.setObjectName("pageSheet")
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pageArea")
        self.scroll.setWidget(self.page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.previous_button = self._tool("go-previous", self.tr("Previous page (Page Up)"))
        self.next_button = self._tool("go-next", self.tr("Next page (Page Down)"))
        self.page_number = QSpinBox()
        self.page_number.setRange(1, max(self._pages, 1))
        self.page_number.setAccessibleName(self.tr("Page"))
        self.counter = QLabel(self.tr("of {pages}").format(pages=self._pages))
        self.zoom_out_button = self._tool("zoom-out", self.tr("Zoom out (Ctrl+-)"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("zoom-in", self.tr("Zoom in (Ctrl++)"))
        self.fit_width_button = QPushButton(icon("fit-width"), self.tr("Fit width"))
        self.fit_page_button = QPushButton(icon("fit-page"), self.tr("Whole page"))
        self.fit_page_button.setToolTip(self.tr("Show the whole page (Ctrl+0)"))
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # typed names and paths, as typed
        self.error.setObjectName("error")
        self.error.setWordWrap(True)

        tools = QHBoxLayout()
        tools.addWidget(self.previous_button)
        tools.addWidget(self.page_number)
        tools.addWidget(self.counter)
        tools.addWidget(self.next_button)
        tools.addSpacing(16)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_width_button)
        tools.addWidget(self.fit_page_button)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

    def _tool(self, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        return button

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.page_number.valueChanged.connect(lambda n: self.show_page(n - 1))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_width_button.clicked.connect(lambda: self.set_fit(Fit.WIDTH))
        self.fit_page_button.clicked.connect(lambda: self.set_fit(Fit.PAGE))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        shortcuts = (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous),
            (QKeySequence.StandardKey.MoveToNextPage, self.next),
            (QKeySequence.StandardKey.Print, self.choose_printer),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal), self.zoom_in),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0), lambda: self.set_fit(Fit.PAGE)),
            (QKeySequence(Qt.Key.Key_Home), lambda: self.show_page(0)),
            (QKeySequence(Qt.Key.Key_End), lambda: self.show_page(self.page_count - 1)),
        )
        for key, slot in shortcuts:
            QShortcut(key, self, activated=slot)
        self.finished.connect(self._close_document)

    def _close_document(self) -> None:
        self._closed = True
        self._rerender.stop()
        self._document.close()

    # --- pages and zoom ------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self._pages

    def previous(self) -> None:
        self.show_page(self.index - 1)

    def next(self) -> None:
        self.show_page(self.index + 1)

    def set_fit(self, fit: Fit) -> None:
        self.fit = fit
        self.show_page(self.index)

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def _zoom_by(self, factor: float) -> None:
        self.zoom = min(max(self.zoom * factor, ZOOM_MIN), ZOOM_MAX)
        self.fit = Fit.NONE
        self.show_page(self.index)

    def page_room(self) -> QSize:
        """The pixels a page may take in the scroll area without a horizontal scroll bar."""
        viewport = self.scroll.viewport().size()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        # A few pixels spare: PDFium rounds the page's size up.
        width = viewport.width() - 2 * PAGE_MARGIN - 4 - (bar if self.fit is Fit.WIDTH else 0)
        return QSize(max(width, 50), max(viewport.height() - 2 * PAGE_MARGIN - 4, 50))

    def show_page(self, index: int) -> None:
        busy = self._task is not None and self._task.is_running()
        if self._closed or busy or not 0 <= index < self.page_count:
            return
        self.index = index
        points = self._document.page_size_points(index)
        self.zoom = fitted_zoom(self.fit, points, self.page_room(), self.zoom)
        ratio = self.devicePixelRatioF()
        image = to_qimage(self._document.render(index, PREVIEW_DPI * self.zoom * ratio))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page.setPixmap(pixmap)
        self.page_number.blockSignals(True)
        self.page_number.setValue(index + 1)
        self.page_number.blockSignals(False)
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(self.zoom * 100)))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.page_count)
        self.zoom_in_button.setEnabled(self.zoom < ZOOM_MAX)
        self.zoom_out_button.setEnabled(self.zoom > ZOOM_MIN)
        self.fit_width_button.setChecked(self.fit is Fit.WIDTH)
        self.fit_page_button.setChecked(self.fit is Fit.PAGE)

    def fit_to(self, available: QRect) -> QSize:
        """Size the dialog for a screen whose free area is ``available``; the page follows."""
        size = fit_to_screen(self, PREFERRED, available)
        self.show_page(self.index)
        return size

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit is not Fit.NONE and hasattr(self, "_rerender"):
            self._rerender.start()  # once the resizing stops

    # --- printing and saving ---------------------------------------------------------------

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
        for widget in (
            self.print_button,
            self.save_button,
            self.previous_button,
            self.next_button,
            self.page_number,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.show_page(self.index)

    def _print_failed(self, exc: BaseException) -> None:
        self.error.setText(
            store_error_text(exc)
            if isinstance(exc, StoreError)
            else self.tr("Printing failed; nothing was lost, try again.")
        )

    def save(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Save the PDF"), file_dialogs.PDF, self._suggested, "PDF (*.pdf)"
        )
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        try:
            write_atomically(path, self._pdf)
        except StoreError as exc:
            self.error.setText(store_error_text(exc))
            return False
        self.error.clear()
        self.saved_notice = show_saved(self, path)
        if self._on_saved is not None:
            self._on_saved(path)
        return True
