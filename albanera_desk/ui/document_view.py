"""A document kept inside the store (a scanned letter, a signed agreement), shown in memory.

PDFs open in the print preview (pages rendered by PDFium, never written to disk);
JPEG and PNG scans in a scrollable, zoomable image view. Saving a copy is an
explicit export, like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.register_records import StoredDocument
from albanera_desk.ui import file_dialogs
from albanera_desk.ui.messages import said
from albanera_desk.ui.screen_fit import fit_to_screen


class ImageViewer(QDialog):
    def __init__(self, title: str, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, QSize(900, 1000))
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


class DocumentRow(QWidget):
    """ "Attach…" and "View…" for one document kept inside the store with a record.

    ``attach(filename, content) -> None`` stores it (the service checks type and size);
    ``fetch() -> StoredDocument | None`` reads it back for viewing, in memory.
    """

    def __init__(
        self,
        title: str,
        attached: bool,
        attach: Callable[[str, bytes], object] | None,
        fetch: Callable[[], StoredDocument | None],
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._attach = attach
        self._fetch = fetch
        self._report = report
        self.state = QLabel()
        self.attach_button = QPushButton(QCoreApplication.translate("DocumentRow", "Attach…"))
        self.view_button = QPushButton(QCoreApplication.translate("DocumentRow", "View…"))
        self.attach_button.setEnabled(attach is not None)
        if attach is None:
            self.attach_button.setToolTip(
                QCoreApplication.translate("DocumentRow", "Save the record first.")
            )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state, 1)
        layout.addWidget(self.attach_button)
        layout.addWidget(self.view_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.attach_button.clicked.connect(self.choose)
        self.view_button.clicked.connect(self.view)
        self._show(attached)

    def _show(self, attached: bool) -> None:
        self.state.setText(
            QCoreApplication.translate("DocumentRow", "kept in the store")
            if attached
            else QCoreApplication.translate("DocumentRow", "none attached")
        )
        self.view_button.setEnabled(attached)

    def choose(self) -> None:
        path = file_dialogs.open_file(
            self,
            self._title,
            file_dialogs.ATTACHMENT,
            QCoreApplication.translate("DocumentRow", "PDF or image (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.attach_file(path)

    def attach_file(self, path: Path) -> bool:
        if self._attach is None:
            return False
        try:
            self._attach(path.name, path.read_bytes())
        except OSError:
            self._report(QCoreApplication.translate("DocumentRow", "That file cannot be read."))
            return False
        except (StoreError, ValueError) as exc:
            self._report(said(exc))
            return False
        self._show(True)
        return True

    def view(self) -> QDialog | None:
        stored = self._fetch()
        if stored is None:
            return None
        return show_document(self, self._title, stored.filename, stored.media_type, stored.content)
