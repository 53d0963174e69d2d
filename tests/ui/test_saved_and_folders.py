"""After a file is written: a notice that says where, with "Open folder"; file dialogs start
in the folder last used for that kind of file (else Documents)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from albanera_desk.ui import file_dialogs
from albanera_desk.ui.saved_notice import show_saved


class FileUrls(QObject):
    """Stands in for the system's file manager: Qt hands it the file:// URLs it opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_the_saved_notice_names_the_file_and_opens_its_folder(qtbot: QtBot, tmp_path: Path) -> None:
    written = tmp_path / "exports" / "register-2026-12-01.xlsx"
    written.parent.mkdir()
    written.write_bytes(b"x")
    urls = FileUrls()
    QDesktopServices.setUrlHandler("file", urls, "open")
    try:
        box = show_saved(None, written)
        qtbot.addWidget(box)
        assert box.isVisible()
        assert "register-2026-12-01.xlsx" in box.text()
        assert str(written.parent) in box.informativeText()
        box.open_button.click()
        assert [u.toLocalFile() for u in urls.opened] == [str(written.parent)]
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Ok)
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_file_dialogs_remember_the_folder_of_each_kind_of_file(tmp_path: Path) -> None:
    assert file_dialogs.last_folder(file_dialogs.EXPORT) == file_dialogs.documents_folder()
    exports = tmp_path / "for the auditor"
    exports.mkdir()
    file_dialogs.remember(file_dialogs.EXPORT, exports / "register.csv")
    assert file_dialogs.last_folder(file_dialogs.EXPORT) == exports
    assert file_dialogs.last_folder(file_dialogs.PDF) == file_dialogs.documents_folder()
    backups = tmp_path / "backups"
    backups.mkdir()
    assert file_dialogs.last_folder(file_dialogs.BACKUP, backups) == backups
    exports.rmdir()  # a folder that is gone: back to Documents
    assert file_dialogs.last_folder(file_dialogs.EXPORT) == file_dialogs.documents_folder()
