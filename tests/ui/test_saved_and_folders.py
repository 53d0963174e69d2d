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


def test_qt_file_and_print_dialogs_speak_french_to_a_french_window(qtbot: QtBot) -> None:
    """Every word Qt's own file and print dialogs ask for has its French (qtbase_fr, and the
    few words it lacks)."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

    from albanera_desk.ui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    french = install_translators(app, "fr")
    asked: list[tuple[str, str, bool]] = []
    dialogs = ("QFileDialog", "QPlatformTheme", "QFileSystemModel", "QPrint", "QPageSetup")

    class Listener(QTranslator):
        def translate(
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str | None:
            if context.startswith(dialogs):
                found = any(t.translate(context, source, disambiguation, n) for t in french)
                asked.append((context, source, found))
            return None  # not "": an empty answer would hide every other translation

    listener = Listener()
    app.installTranslator(listener)
    try:
        files = QFileDialog(None, "Exporter")
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(files)
        files.show()
        printer = QPrinter()
        printing = QPrintDialog(printer)
        qtbot.addWidget(printing)
        printing.show()
        qtbot.wait(50)  # the dialogs word themselves again on the language change event
        labels = [label.text() for label in files.findChildren(QLabel)]
        assert "&Voir dans\u00a0:" in labels and "Fichiers de &type\u00a0:" in labels
        assert "&Nom de fichier\u00a0:" in labels
        assert QApplication.translate("MainWindow", "Today") == "Aujourd’hui"  # ours too
        assert len(asked) > 20
        assert [(c, s) for c, s, found in asked if not found] == []
        files.close()
        printing.close()
    finally:
        app.removeTranslator(listener)
        for translator in french:
            app.removeTranslator(translator)
        install_translators(app, "en")
