"""Input held while the store opens under a window already painted (``MainWindow`` made
without its desk, see ``ui.launcher``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class HeldInput(QObject):
    """While the store opens under a painted window: keys and clicks wait (dropped, with a
    busy cursor), the menus' actions are off, and the status bar says what is going on."""

    _HELD = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.ContextMenu,
        }
    )

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._actions = [a for a in window.findChildren(QAction) if a.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)
        window.statusBar().showMessage(QApplication.translate("MainWindow", "Opening the store…"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._held = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in self._HELD or not isinstance(watched, QWidget):
            return False
        return watched.window() is self._window

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QApplication.restoreOverrideCursor()
        for action in self._actions:
            action.setEnabled(True)
        self._window.statusBar().clearMessage()
