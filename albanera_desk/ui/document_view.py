"""A document kept inside the store (a scanned letter, a signed agreement), shown in memory.

PDFs open in the print preview (pages rendered by PDFium, never written to disk);
JPEG and PNG scans in a scrollable, zoomable image view. Saving a copy is an
explicit export, like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ImageViewer(QDialog):
    def __init__(self, title: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self._pixmap = QPixmap()
        self.loaded = self._pixmap.loadFromData(content)
        self.zoom = 1.0
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.set_zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.set_zoom(0.8))
        self.set_zoom(1.0)

    def set_zoom(self, factor: float) -> None:
        self.zoom = min(max(self.zoom * factor, 0.1), 8.0)
        if self.loaded:
            width = int(self._pixmap.width() * self.zoom * 0.5)
            self.image.setPixmap(
                self._pixmap.scaledToWidth(
                    max(width, 1), Qt.TransformationMode.SmoothTransformation
                )
            )


def show_document(
    parent: QWidget, title: str, filename: str, media_type: str, content: bytes
) -> QDialog | None:
    """Open the right viewer for ``media_type``; says so plainly when it cannot."""
    if media_type == "application/pdf":
        from albanera_desk.ui.print_preview import PrintPreviewDialog

        try:
            dialog: QDialog = PrintPreviewDialog(content, title, filename, parent)
        except Exception:  # noqa: BLE001 - a damaged PDF is the sender's, not a bug
            damaged = QCoreApplication.translate(
                "DocumentViewer", "This PDF is damaged and cannot be shown."
            )
            QMessageBox.warning(parent, title, damaged)
            return None
    else:
        viewer = ImageViewer(title, content, parent)
        if not viewer.loaded:
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate("DocumentViewer", "This image cannot be shown."),
            )
            return None
        dialog = viewer
    dialog.open()
    return dialog
