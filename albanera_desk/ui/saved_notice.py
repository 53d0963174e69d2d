"""The confirmation after a file is written (export, saved PDF, posted letter, restore):
what was written where, with "Open folder"; it does not block the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager; False where none answers."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SavedNotice(QMessageBox):
    """ "Saved: name" and its folder, with "Open folder" and OK."""

    def __init__(self, path: Path, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Saved"))
        self.setText(text or self.tr("Saved: {name}").format(name=path.name))
        self.setInformativeText(self.tr("In the folder {folder}").format(folder=str(path.parent)))
        self.open_button = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.addButton(QMessageBox.StandardButton.Ok)
        self.setDefaultButton(QMessageBox.StandardButton.Ok)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.open_button:
            open_folder(self.path.parent)


def show_saved(parent: QWidget | None, path: Path, text: str = "") -> SavedNotice:
    """Say ``path`` was written (or ``text``), with "Open folder"; returns the box.

    Window-modal and opened without a nested event loop, so a worker's signal can show it.
    """
    box = SavedNotice(path, text, parent)
    box.open()
    return box
