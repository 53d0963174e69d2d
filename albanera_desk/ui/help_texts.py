"""The Help menu: the keyboard shortcuts and the About box.

Their words keep the main window's translation context, where they were first written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from albanera_desk import __version__
from albanera_desk.ui.file_menu import quit_keys


def _keys(*sequences: str, between: str = " / ") -> str:
    """Keys as the keyboard names them in the window's language ("Échap", "Ctrl+Maj+K")."""
    native = QKeySequence.SequenceFormat.NativeText
    return between.join(QKeySequence(keys).toString(native) for keys in sequences)


def shortcut_rows() -> list[tuple[str, str]]:
    """The keys F1 lists, and what each does (tests check that every one works)."""
    return [
        (
            _keys("Ctrl+1", "Ctrl+6", between=" … "),
            QCoreApplication.translate(
                "MainWindow", "Today, People, Requests, Register, Transfers, Audit"
            ),
        ),
        (
            "Ctrl+N",
            QCoreApplication.translate(
                "MainWindow", "New request, person or register entry (in that section)"
            ),
        ),
        (
            _keys("Ctrl+F"),
            QCoreApplication.translate("MainWindow", "Search people or requests (in that section)"),
        ),
        (
            _keys("Enter"),
            QCoreApplication.translate("MainWindow", "Open the selected file or record"),
        ),
        (
            _keys("Esc"),
            QCoreApplication.translate("MainWindow", "Close a form (asks first if it was changed)"),
        ),
        (_keys("Ctrl+P"), QCoreApplication.translate("MainWindow", "Print, in the letter preview")),
        (
            _keys("PgUp", "PgDown"),
            QCoreApplication.translate(
                "MainWindow", "Previous or next page, in the letter preview"
            ),
        ),
        (
            _keys("Ctrl++", "Ctrl+-", "Ctrl+0"),
            QCoreApplication.translate(
                "MainWindow", "Zoom in, zoom out, whole page, in the letter preview"
            ),
        ),
        (_keys("Ctrl+O"), QCoreApplication.translate("MainWindow", "Open another store")),
        (_keys("Ctrl+L"), QCoreApplication.translate("MainWindow", "Lock now")),
        (_keys("Ctrl+B"), QCoreApplication.translate("MainWindow", "Back up now")),
        (_keys("Ctrl+,"), QCoreApplication.translate("MainWindow", "Organisation profile")),
        (_keys("Ctrl+Shift+K"), QCoreApplication.translate("MainWindow", "Check the store")),
        (_keys("F1"), QCoreApplication.translate("MainWindow", "This list")),
        (
            quit_keys().toString(QKeySequence.SequenceFormat.NativeText),
            QCoreApplication.translate("MainWindow", "Quit"),
        ),
    ]


def shortcuts_text() -> str:
    rows = shortcut_rows()
    cells = "".join(
        f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>"
        for keys, what in rows
    )
    return f"<table cellpadding='3'>{cells}</table>"


def show_shortcuts(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(shortcuts_text())
    box.open()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Alba Nera Desk"),
        QCoreApplication.translate(
            "MainWindow",
            "Alba Nera Desk {version}\nThe privacy office's desk: requests, the "
            "personal-information file, the processor register and transfers, kept in "
            "one encrypted file on this computer.",
        ).format(version=__version__),
    )
