"""PDF pages as pixels, in memory: for the print preview and for printers (PDFium).

Nothing is written to disk. PDFium is not thread-safe, so one caller at a time
renders: the preview in the window's thread, printing in one worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import TracebackType

import pypdfium2 as pdfium

POINTS_PER_INCH = 72


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page as 8-bit RGBX rows (``stride`` bytes each), white where nothing is drawn."""

    width: int
    height: int
    stride: int
    pixels: bytes


class RenderedPdf:
    """An open PDF held in memory; use as a context manager, render pages by index."""

    def __init__(self, pdf: bytes) -> None:
        self._document = pdfium.PdfDocument(pdf)

    def __enter__(self) -> RenderedPdf:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._document.close()

    def __len__(self) -> int:
        return len(self._document)

    def page_size_points(self, index: int) -> tuple[float, float]:
        page = self._document[index]
        try:
            width, height = page.get_size()
            return float(width), float(height)
        finally:
            page.close()

    def render(self, index: int, dpi: float) -> PageImage:
        page = self._document[index]
        try:
            bitmap = page.render(
                scale=dpi / POINTS_PER_INCH,
                fill_color=(255, 255, 255, 255),
                rev_byteorder=True,  # RGBX, as Qt's Format_RGBX8888 reads it
                prefer_bgrx=True,
                optimize_mode="print",
            )
            try:
                return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
        finally:
            page.close()
